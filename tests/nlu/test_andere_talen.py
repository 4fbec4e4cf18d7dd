"""The reply to another language: a fixed text in that language, written once and marked for review.

Without the stack: actions/andere_taal.py with a tracker as the Taalfilter leaves it.
"""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.andere_taal import ActionAndereTaal, andere_talen, taal_van
from wegwijs.gemeente import laad_gemeente
from wegwijs.protocol import BERICHT_EXTRA

TALEN = andere_talen()["talen"]
ISSUE_TALEN = ("ar", "tr", "pl", "uk", "ti", "en")  # issue #15 part 5, and English
# English has a fixed text too, but an English message may also switch the session to English
# (actions/taal.py, issue #15 part 2; tested in tests/test_engels.py): these get the fixed text always.
ALLEEN_VASTE_TEKST = ("ar", "tr", "pl", "uk", "ti")


def tracker(taal: str | None, variant: str = "nl-u", gemeente: str = "voorbeeldstad") -> Tracker:
    entities = [{"entity": "taalcode", "value": taal}] if taal else []
    return Tracker("test", {"variant": variant},
                   {"text": "...", "metadata": {"peildatum": date(2026, 12, 5).isoformat(), "gemeente": gemeente},
                    "intent": {"name": "andere_taal", "confidence": 1.0}, "entities": entities},
                   [], False, None, {}, "action_listen")


def run(taal: str | None, **kwargs) -> list[dict]:
    dispatcher = CollectingDispatcher()
    ActionAndereTaal().run(dispatcher, tracker(taal, **kwargs), {})
    return dispatcher.messages


def test_every_language_of_the_issue_has_a_text():
    assert set(ISSUE_TALEN) <= set(TALEN)


@pytest.mark.parametrize("taal", sorted(TALEN))
def test_each_text_points_to_the_phone_a_tolk_and_dutch(taal):
    tekst = TALEN[taal]["tekst"]
    assert "{gemeente_telefoon}" in tekst and "{gemeente_naam}" in tekst and "(tolk)" in tekst
    assert TALEN[taal]["bellen"] and TALEN[taal]["richting"] in ("ltr", "rtl")


@pytest.mark.parametrize("taal", sorted(TALEN))
def test_each_text_says_whether_a_native_speaker_checked_it(taal):
    assert TALEN[taal]["controle"], f"{taal}: controle must say 'nodig' or who checked the text and when"


def test_the_texts_still_waiting_for_a_native_speaker_are_listed():
    # Not a failure: written by the developers, to be checked before a gemeente goes live.
    wachtend = sorted(t for t, v in TALEN.items() if v["controle"] == "nodig")
    print("texts waiting for review by a native speaker:", wachtend)
    assert set(wachtend) <= set(TALEN)


@pytest.mark.parametrize("taal", ALLEEN_VASTE_TEKST)
def test_the_reply_is_the_text_of_that_language_with_the_gemeentes_phone(taal):
    gemeente = laad_gemeente("voorbeeldstad")
    eerste, nederlands = run(taal)
    assert eerste["text"].startswith(TALEN[taal]["tekst"].split("{")[0].strip())
    assert gemeente.telefoon in eerste["text"] and "{" not in eerste["text"]
    links = eerste["custom"][BERICHT_EXTRA]["links"]
    assert links == [{"titel": TALEN[taal]["bellen"], "url": gemeente.template_values()["gemeente_telefoon_url"]}]
    assert nederlands["text"].startswith("Ik begrijp alleen Nederlands en Engels (English).") and \
        gemeente.telefoon in nederlands["text"]
    assert nederlands["buttons"] == [{"title": "Nederlands (makkelijke woorden)", "payload": "/taal"},
                                     {"title": "English", "payload": "/taal_en"}]


@pytest.mark.parametrize("taal", sorted(TALEN))
def test_each_text_says_english_is_understood_too(taal):
    # English is a session language (issue #15): "I only understand Dutch" was no longer true (tuning set s13).
    assert "English" in TALEN[taal]["tekst"]


def test_the_dutch_line_follows_the_gemeentes_variant():
    assert "typ uw vraag" in run("ar")[1]["text"]
    assert "typ je vraag" in run("ar", variant="nl-je")[1]["text"]


def test_a_language_without_a_text_of_its_own_gets_english():
    assert taal_van(tracker(None)) == "en" and taal_van(tracker("xx")) == "en" and taal_van(tracker("pl")) == "pl"
