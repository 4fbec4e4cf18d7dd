"""The answers benchmark's reading of a demanded fact (bench/answers.py): amounts in either notation, and the
whole-word share, where a short demanded word must be a word of its own."""

from __future__ import annotations

import importlib.util
import sys

from wegwijs.settings import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # bench/ is scripts, not a package: answers.py imports its neighbours
_spec = importlib.util.spec_from_file_location("bench_answers", ROOT / "bench" / "answers.py")
answers = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(answers)


def test_a_short_word_inside_a_longer_word_is_found_only_by_the_substring_count():
    case = {"moet_bevatten": [["ja"], ["28"]]}
    reply = "Dit jaar heeft u 280 euro gekregen."
    assert answers.missing(case, reply) == []
    assert answers.missing(case, reply, whole_words=True) == [["ja"], ["28"]]


def test_a_short_word_of_its_own_counts_in_the_whole_word_share():
    case = {"moet_bevatten": [["ja", "mag"], ["28"]]}
    assert answers.missing(case, "Ja, dat mag. U heeft nog 28 dagen.", whole_words=True) == []
    assert answers.missing(case, "Ja. Nog 28.", whole_words=True) == []


def test_amounts_and_longer_words_match_as_before_in_the_whole_word_share():
    case = {"moet_bevatten": [["1.200", "1200"], ["doorgeven"], ["1.419"]]}
    reply = "De grens is € 1.200 per jaar. Geef het altijd door. De norm is €1,419.46."
    assert answers.missing(case, reply, whole_words=True) == []
