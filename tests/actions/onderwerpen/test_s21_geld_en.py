"""Session 21, H5: English answers on money and the calculators (issue #15/#20), one section per fix, to be folded into
the topic modules by H7 (tests/actions/onderwerpen/test_<topic>.py)."""

from __future__ import annotations

import re

import pytest

from actions import engels, parse
from tests.actions.eerste_antwoord import OpPeildatum

EN = OpPeildatum("2026-12-08", "voorbeelddorp", "en")
NL = OpPeildatum("2026-12-08", "voorbeelddorp", "nl-je")


def cijfers(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators (amounts alike in English and Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


# --- norm: 'we are 4 friends', 'we rent a house with 4 people': the writer is one of them -------------------------------

@pytest.mark.parametrize("text, anderen", [
    ("we are 4 friends in one house, all between 30 and 45. i am the one on bijstand. how much per month", 3),
    ("we're 3 brothers in one house, the others are 40 and 44. what do i get", 2),
    ("We are four housemates, all above 30, only me on bijstand", 3),
    ("we rent a house with 4 people, all over 30", 3),
    ("we are renting an apartment with 5 people, all around 40", 4),
    ("i rent a house with 3 friends, all over 30", 3),  # "i" with 3 friends: 3 others, as before
])
def test_we_with_a_number_counts_the_writer_in(text, anderen):
    gevonden = parse.medebewoners(engels.naar_nederlands(text))
    assert gevonden is not None and len(gevonden) == anderen


def test_four_friends_get_the_norm_of_four_adults():
    naam, tekst = EN.form_eerste("norm_form", "we are 4 friends in one house, all between 30 and 45. i am the one on "
                                              "bijstand. how much per month")
    assert naam == "utter_bijstandsnorm_kostendeler" and "811" in cijfers(tekst) and "4 adults" in tekst


# --- norm: 'what is bijstand for us' asks the amount of a couple ----------------------------------------------------------

@pytest.mark.parametrize("text, bedrag", [
    ("me and my husband are both 20, no kids yet. what is bijstand for us", "70084"),
    ("my wife and I are both 19. what would bijstand be for us", "70084"),
    ("me 20 my husband 24, what is the bijstand for us?", "136432"),
])
def test_what_is_bijstand_for_us_is_the_couples_amount(text, bedrag):
    naam, tekst = EN.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel_jong" and bedrag in cijfers(tekst)


def test_wat_is_bijstand_voor_ons_in_dutch():
    naam, tekst = NL.form_eerste("norm_form", "ik ben 20 en mijn vrouw 24, wat is bijstand voor ons")
    assert naam == "utter_bijstandsnorm_stel_jong" and "1.364,32" in tekst
