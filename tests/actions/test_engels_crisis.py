"""English crisis words and English questions (issue #15).

Found after the English texts were in: the crisis words and the question detection were Dutch only.
"I can't go on" (read as nlu_fallback) got "I did not understand", "I don't want to live anymore"
(read as stoppen) got no 113, and "can I keep a gift from my mother" was not seen as a question.
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord, ActionNietBegrepen
from actions.crisis import in_crisis, in_gevaar
from actions.twijfel import ActionGeenVraag, is_vraag
from wegwijs.responses import all_responses

DOMAIN = {"responses": all_responses()}
GEVAAR = ["I want to end my life", "I can't go on", "I cant go on anymore", "I don't want to live anymore",
          "I am going to kill myself", "I want to die", "I keep thinking about suicide", "I can't take it anymore",
          # the -ing forms (session 13: the first was read as stopgezet and got no 113)
          "been thinking about killing myself since the letter came", "I am thinking of ending my life",
          "thinking about taking my own life",
          # Dutch words the list missed
          "ik denk aan zelfdoding", "ik wil een einde aan mijn leven maken", "soms wil ik mezelf ophangen"]
NOOD = ["no food for my kids", "I have no money for food", "we are being evicted tomorrow",
        "I am sleeping on the street", "my children are hungry and there is nothing to eat"]
GEEN_CRISIS = ["I can't go on holiday this year", "when does my benefit end", "I want to end my contract",
               "I hurt my back at work", "can I get food from the food bank", "my mother buys food for us",
               "ik heb geen geld meer voor boodschappen", "hoeveel mag ik bijverdienen",
               "the deadline is killing me, when must I send the form", "ending my contract early, does that count",
               "een einde aan mijn huurcontract, wat nu"]


@pytest.mark.parametrize("text", GEVAAR)
def test_english_danger_words(text):
    assert in_gevaar(text) and in_crisis(text)


@pytest.mark.parametrize("text", NOOD)
def test_english_words_of_an_acute_need(text):
    assert in_crisis(text) and not in_gevaar(text)


@pytest.mark.parametrize("text", GEEN_CRISIS)
def test_no_alarm_without_crisis_words(text):
    assert not in_crisis(text)


def said(action, text: str, intent: str, confidence: float = 0.9) -> list[str]:
    tracker = Tracker("t", {"variant": "en"},
                      {"text": text, "metadata": {"peildatum": "2026-11-26"},
                       "intent": {"name": intent, "confidence": confidence},
                       "intent_ranking": [{"name": intent, "confidence": confidence}]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    action.run(dispatcher, tracker, DOMAIN)
    return [m.get("response") for m in dispatcher.messages]


@pytest.mark.parametrize("action, text, intent", [
    (ActionNietBegrepen(), "I can't go on", "nlu_fallback"),
    (ActionAntwoord(), "I don't want to live anymore", "stoppen"),
    (ActionAntwoord(), "I want to end my life, can my mother still give me money", "giften"),
    (ActionGeenVraag(), "I want to die", "informeren"),
])
def test_english_danger_gets_113_and_112_first_whatever_the_intent(action, text, intent):
    assert said(action, text, intent)[0] == "utter_noodsituatie_gevaar"


@pytest.mark.parametrize("action, text, intent", [
    (ActionAntwoord(), "no food for my kids", "kinderbijslag"),
    (ActionNietBegrepen(), "we are being evicted tomorrow", "nlu_fallback"),
    (ActionGeenVraag(), "I have no money for food", "informeren"),
])
def test_an_english_acute_need_gets_the_crisis_answer_first(action, text, intent):
    assert said(action, text, intent)[0] == "utter_noodsituatie"


@pytest.mark.parametrize("text", [
    "can I keep a gift from my mother", "how much can I earn next to my benefit", "do I have to tell the gemeente",
    "is it allowed to go abroad for five weeks", "what happens if I start working", "I am 34, what is my benefit",
    "my son lives with me. does that change my money", "Am I allowed to study", "should I report this",
    "I live alone, will I get less"])
def test_english_questions_are_questions(text):
    assert is_vraag(text)


@pytest.mark.parametrize("text", ["I am 34", "my mother gives me 50 euros every month", "yes", "since January",
                                  "I live alone with my son", "groceries"])
def test_english_statements_are_no_questions(text):
    assert not is_vraag(text)


def test_a_homeless_friend_staying_over_is_no_crisis_of_the_person():
    """Found by the English answers bench: 'a homeless friend is sleeping at my place' got the crisis answer."""
    assert not in_crisis("a homeless friend is sleeping at my place for a few weeks")
    assert in_crisis("I am homeless") and in_crisis("we're homeless since yesterday")


@pytest.mark.parametrize("text", ["how long does it take before I hear if I get bijstand",
                                  "when will I hear about my application", "how soon do I get an answer"])
def test_how_long_an_application_takes_is_read_in_english(text):
    """The decision time and the voorschot, not the general 'how to apply' (bench/antwoorden_afstemmen_en.yml)."""
    from actions import engels, feiten_uit_bericht
    assert feiten_uit_bericht.aanvraag_duur(engels.naar_nederlands(text)) is not None
    assert feiten_uit_bericht.aanvraag_duur(engels.naar_nederlands("how do I apply for bijstand")) is None


def test_hours_are_read_as_hours():
    from actions import engels
    assert engels.naar_nederlands("I work 12 hours a week") == "I werken 12 uur per week"
