"""Issue #15 with issue #20 (session 6): a calculator form started by an ENGLISH first message reads that
message like the topic answers do (actions/engels.py) and says the outcome first, instead of asking the age
or the household the message already gave (bench/antwoorden_afstemmen_en_s6.yml: 'i am 30 and live alone,
how much bijstand' got 'Who else lives in your home?')."""

from __future__ import annotations


import pytest

from tests.actions.eerste_antwoord import form_begin

PEILDATUM = "2026-12-06"


def eerste_berichten(form: str, text: str) -> list[str]:
    """The responses a form sends at its start in an English session, before its first question."""
    return [m.get("response") for m in form_begin(form, text, PEILDATUM, "en").berichten]


@pytest.mark.parametrize("form, text", [
    ("norm_form", "i am 34 years old and live on my own, what is my monthly bijstand"),
    ("norm_form", "i live with my son of 29, i am 50, how much bijstand"),
    ("plichten_form", "i am a single mother with a daughter of 2, do i have to look for work"),
])
def test_an_english_first_message_gets_its_outcome_first(form, text):
    dutch = {"i am 34 years old and live on my own, what is my monthly bijstand":
             "ik ben 34 jaar en woon alleen, hoeveel bijstand krijg ik per maand",
             "i live with my son of 29, i am 50, how much bijstand": "ik woon met mijn zoon van 29, ik ben 50, hoeveel bijstand",
             "i am a single mother with a daughter of 2, do i have to look for work":
             "ik ben alleenstaande moeder met een dochter van 2, moet ik werk zoeken"}[text]
    english = eerste_berichten(form, text)
    assert english and english == eerste_berichten(form, dutch)[:len(english)]
    assert english[0] != f"utter_{'plichten' if form == 'plichten_form' else 'x'}"
