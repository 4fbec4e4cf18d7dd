"""The values of a fact answer given beside a form or with doubt are in the session's language too.

Session 15 (review of f7a5692): a one-off gift's words became 'De gift', which the topic answer turned into
'The gift' in English, but a gift question answered while a form waits (rekenhulp.zijvraag) and a statement
answered with doubt (twijfel.beantwoord_met_feiten) passed the Dutch values on: 'De gift counts as € 300 a year'.
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.rekenhulpen.norm import ValidateNorm
from actions.twijfel import ActionGeenVraag
from wegwijs.responses import all_responses

DOMAIN = {"responses": all_responses()}


def tracker(text: str, taal: str, ranking: list[tuple[str, float]]) -> Tracker:
    top = {"name": ranking[0][0], "confidence": ranking[0][1]}
    message = {"text": text, "intent": top, "metadata": {"peildatum": "2026-12-07"},
               "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}
    return Tracker("test", {"variant": taal}, message, [], False, None, {}, "action_listen")


def test_a_gift_asked_while_a_form_waits_is_told_in_english():
    t = tracker("my mother gives me 300 euro once, is that allowed?", "en", [("giften", 0.9)])
    dispatcher = CollectingDispatcher()
    ValidateNorm().zijvraag("leeftijd", "giften", "mijn moeder geeft me eenmalig 300 euro, mag dat?", dispatcher, t,
                            DOMAIN, {})
    assert dispatcher.messages[0]["response"] == "utter_giften_binnen_grens"
    assert dispatcher.messages[0]["gift_bedrag_tekst"] == "The gift"


def test_the_same_in_dutch_keeps_de_gift():
    t = tracker("mijn moeder geeft me eenmalig 300 euro, mag dat?", "nl-u", [("giften", 0.9)])
    dispatcher = CollectingDispatcher()
    ValidateNorm().zijvraag("leeftijd", "giften", "mijn moeder geeft me eenmalig 300 euro, mag dat?", dispatcher, t,
                            DOMAIN, {})
    assert dispatcher.messages[0]["gift_bedrag_tekst"] == "De gift"


def test_a_gift_answered_with_doubt_is_told_in_english():
    t = tracker("mijn moeder geeft me eenmalig 300 euro, mag dat?", "en",
                [("informeren", 0.4), ("giften", 0.35), ("lening", 0.1)])
    dispatcher = CollectingDispatcher()
    answered = ActionGeenVraag().beantwoord_met_feiten(dispatcher, t, DOMAIN,
                                                           "mijn moeder geeft me eenmalig 300 euro, mag dat?")
    assert answered
    gift = [m for m in dispatcher.messages if m.get("gift_bedrag_tekst")]
    assert gift and gift[0]["gift_bedrag_tekst"] == "The gift"
