"""The spelling step (wegwijs/rasa/spelling.py): a typo of a training word becomes that word, nothing else."""

from __future__ import annotations

import pytest

from wegwijs.rasa.spelling import Verbeteraar, _one_edit

WOORDEN = {"bijstand": 40, "uitkering": 90, "schulden": 20, "verhuizen": 12, "huurtoeslag": 8,
           "ik": 900, "geld": 300, "gemeente": 70, "wasmachine": 3}


@pytest.fixture(scope="module")
def verbeteraar():
    return Verbeteraar(WOORDEN)


@pytest.mark.parametrize("typo, woord", [
    ("bijstnd", "bijstand"),  # a letter left out
    ("uitkerring", "uitkering"),  # a letter too many
    ("gemeende", "gemeente"),  # a letter changed
    ("schudlen", "schulden"),  # two letters swapped
    ("Huurtoeslg", "huurtoeslag"),
])
def test_a_typo_of_a_training_word_becomes_that_word(verbeteraar, typo, woord):
    assert verbeteraar.verbeter(typo) == woord


@pytest.mark.parametrize("token", [
    "bijstand",  # already a training word
    "gelf",  # too short to guess
    "1200",  # a number
    "kinderen",  # a real Dutch word the training words lack
    "wasmchn",  # two edits away
])
def test_other_tokens_stay(verbeteraar, token):
    assert verbeteraar.verbeter(token) is None


def test_one_edit():
    assert _one_edit("abcd", "abd") and _one_edit("abcd", "abdc") and _one_edit("abcd", "abxd")
    assert not _one_edit("abcd", "abcd") and not _one_edit("abcd", "badc") and not _one_edit("abcd", "ab")
