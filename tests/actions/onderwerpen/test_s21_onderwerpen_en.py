"""Session 21 (H6): English answers on the other topics answer first. One '# --- <topic>: ...' section per fix."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import GEMEENTE, OpPeildatum

# the day the session-21 sets were written for (a Tuesday)
EN_8 = OpPeildatum("2026-12-08", GEMEENTE, "en")
NL_8 = OpPeildatum("2026-12-08", GEMEENTE, "nl-je")


# --- bezwaar: "can i still object today" beside the decision's date is the day one asks, not a second date ----------

@pytest.mark.parametrize("text, einde", [
    ("i got a letter dated 27 october that they lower my bijstand. can i still make bezwaar today?", "8 December 2026"),
    ("the decision came on 30 october, is it too late to object today?", "11 December 2026"),
    ("Today i read the letter from 5 november about my maatregel, can i still do bezwaar", "17 December 2026"),
    ("my mother got a besluit dated 2 november. can she object today still?", "14 December 2026"),
])
def test_a_dated_decision_and_today_in_english_get_the_last_day(text, einde):
    naam, tekst = EN_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd"
    assert tekst.startswith("Yes, you still can.") and f"the last day is {einde}" in tekst


@pytest.mark.parametrize("text, einde", [
    ("ik kreeg een brief van 27 oktober, kan ik vandaag nog bezwaar maken?", "8 december 2026"),
    ("besluit van 30 oktober, kan ik nog vandaag bezwaar maken", "11 december 2026"),
])
def test_a_dated_decision_and_vandaag_in_dutch_get_the_last_day(text, einde):
    naam, tekst = NL_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd" and f"de laatste dag {einde}" in tekst


def test_a_letter_of_today_alone_is_todays_decision():
    naam, tekst = NL_8.eerste("bezwaar", "ik kreeg vandaag een brief, hoe lang heb ik voor bezwaar")
    assert naam == "utter_bezwaar_op_tijd" and "besluit is van 8 december 2026" in tekst  # (a day named, H4)
