"""An English session's dates are English: the facts in responses and the words of a form's summary.

Found after issue #15's texts were in: '{giftenregel_sinds}' and the summary's dates were
rendered outside the session's variant, so an English answer read "since 1 januari 2026".
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import context
from actions.rekenhulpen._woorden import Woorden
from knowledge.teksten import huidige_variant

DOMAIN = {"responses": {}}


def tracker(variant: str) -> Tracker:
    metadata = {"peildatum": "2026-12-05", "gemeente": "voorbeeldstad", "test": True}
    return Tracker("c", {"variant": variant}, {"text": "hello", "metadata": metadata}, [], False, None, {},
                   "action_listen")


def test_the_facts_of_an_english_session_have_english_dates():
    english = context.template_values(tracker("en"))
    dutch = context.template_values(tracker("nl-u"))
    assert english["peildatum"] == "5 December 2026"
    assert dutch["peildatum"] == "5 december 2026"
    assert english["giftenregel_sinds"] != dutch["giftenregel_sinds"]
    assert huidige_variant() == "nl-u", "the variant is set for the facts only, not left behind"


def test_a_summarys_dates_follow_its_variant():
    assert Woorden(DOMAIN, "en").datum("2026-03-01") == "1 March 2026"
    assert Woorden(DOMAIN, "nl-je").datum("2026-03-01") == "1 maart 2026"
