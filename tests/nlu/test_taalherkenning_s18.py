"""Keyboard mash whose word is in an out-of-scope training line (session 18, H4).

nlu/basis.yml holds out-of-scope lines such as a row of keys hit; the language filter keeps the training words as
known words, and a word that is only keys hit must not count as Dutch (rammel). "asdkjh" (two runs of three keys
along a row) and "lkj" (a run of three) did, so a message of such a word and another mash was half Dutch and went to
the classifier, which read it as buiten_bereik instead of "I did not understand" (nlu_fallback)."""

from __future__ import annotations

import pytest

from wegwijs.rasa.taalherkenning import NEDERLANDS, ONZIN, Taalherkenner, rammel


@pytest.mark.parametrize("woord", ["asdkjh", "asdfkj", "lkj", "kjh", "kjhkjh", "asdfkjh"])
def test_runs_along_a_keyboard_row_are_keys_hit(woord):
    assert rammel(woord)
    assert woord not in Taalherkenner([woord]).trainingswoorden


@pytest.mark.parametrize("woord", ["werkplicht", "flexwerk", "trein", "uitzendwerk", "werkcoach", "ggz", "kvk"])
def test_words_with_one_run_stay_training_words(woord):
    assert not rammel(woord)
    assert woord in Taalherkenner([woord]).trainingswoorden


def test_a_dutch_word_with_two_runs_stays_dutch():
    """"concentreert" has two runs ("tre" twice), but the Dutch word list keeps it."""
    assert "concentreert" in Taalherkenner(["concentreert"]).trainingswoorden


@pytest.mark.parametrize("text", ["asdkjh kjh", "asdkjh lkj", "kjh asdfkj"])
def test_mash_of_out_of_scope_words_is_gibberish(text):
    herkenner = Taalherkenner(["asdkjh", "qwlekj", "asdfkj", "lkj", "kjh", "ik", "heb", "een", "vraag"])
    assert herkenner.herken(text).soort == ONZIN


def test_dutch_beside_it_stays_dutch():
    herkenner = Taalherkenner(["asdkjh", "ik", "heb", "een", "vraag"])
    assert herkenner.herken("ik heb een vraag").soort == NEDERLANDS
