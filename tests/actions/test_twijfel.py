"""Not sure what was meant (issue #20, part 2): say so, offer the closest topics and a person."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import twijfel
from actions.antwoorden import ActionAntwoord, ActionNietBegrepen
from wegwijs.responses import all_responses

DOMAIN = {"responses": all_responses()}


def tracker(text: str, ranking: list[tuple[str, float]], events: list | None = None) -> Tracker:
    top = {"name": ranking[0][0], "confidence": ranking[0][1]}
    message = {"text": text, "intent": top, "metadata": {"peildatum": "2026-12-05"},
               "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}
    return Tracker("test", {}, message, events or [], False, None, {}, "action_listen")


def run(action, t: Tracker) -> tuple[list[dict], list[dict]]:
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, t, DOMAIN)
    return dispatcher.messages, events


def payloads(message: dict) -> list[str]:
    return [b["payload"] for b in message.get("buttons") or []]


def test_every_topic_with_an_answer_has_a_button_title():
    """A topic the model can pick must be offerable when Wegwijs is unsure."""
    import yaml

    from wegwijs.settings import ROOT

    rules = yaml.safe_load((ROOT / "bot" / "rules" / "onderwerpen.yml").read_text())["rules"]
    topics = {r["steps"][0]["intent"] for r in rules if r["steps"][1].get("action") == "action_antwoord"}
    missing = sorted(t for t in topics if f"utter_knop_{t}" not in DOMAIN["responses"])
    assert not missing, f"no utter_knop_ title for {missing}"


def test_too_unsure_answers_nothing_and_offers_the_closest_topics_and_a_person():
    said, _ = run(ActionAntwoord(), tracker("ik heb een vraag over dat ding",
                                            [("vermogen", 0.26), ("erfenis", 0.2), ("giften", 0.15), ("taal", 0.01)]))
    assert [m["response"] for m in said] == ["utter_niet_zeker"]
    assert payloads(said[0]) == ["/vermogen", "/erfenis", "/giften", "/mens_spreken"]
    assert said[0]["buttons"][0]["title"] == DOMAIN["responses"]["utter_knop_vermogen"][0]["text"]


def test_unsure_answers_the_likeliest_topic_then_offers_the_others():
    said, _ = run(ActionAntwoord(), tracker("hoe zit het met vakantie", [("buitenland", 0.5), ("vakantiegeld", 0.35)]))
    assert [m["response"] for m in said] == ["utter_buitenland", "utter_niet_zeker_anders"]
    assert payloads(said[1]) == ["/vakantiegeld", "/mens_spreken"]


def test_two_close_topics_answer_the_first_then_ask_which_one():
    """'Gaat uw vraag over A of over B?': the first of two close topics was right in 1 of 3 held-out cases."""
    said, _ = run(ActionAntwoord(), tracker("hoe zit het met vakantie", [("buitenland", 0.45), ("vakantiegeld", 0.4)]))
    assert [m["response"] for m in said] == ["utter_buitenland", "utter_niet_zeker_kiezen"]
    assert payloads(said[1]) == ["/buitenland", "/vakantiegeld", "/mens_spreken"]
    assert (said[1]["onderwerp_a"], said[1]["onderwerp_b"]) == ("Naar het buitenland", "Vakantiegeld")


def test_two_close_topics_in_english_have_english_titles():
    t = tracker("what about holiday", [("buitenland", 0.45), ("vakantiegeld", 0.4)])
    t.slots["variant"] = "en"
    said, _ = run(ActionAntwoord(), t)
    assert [b["title"] for b in said[1]["buttons"]] == ["Going abroad", "Holiday pay", "Talk to a person"]


def test_a_fact_that_decides_the_first_of_two_close_topics_answers_it():
    said, _ = run(ActionAntwoord(), tracker("wij hebben samen 20000 euro op de bank, kunnen we bijstand aanvragen",
                                            [("aanvraag", 0.4), ("vermogen", 0.39), ("jongeren", 0.16)]))
    assert said[0]["response"] == "utter_vermogen_boven_grens"


def test_a_close_topic_without_a_button_is_not_offered_as_a_choice():
    said, _ = run(ActionAntwoord(), tracker("hoeveel krijg ik", [("bijstandsnorm", 0.5), ("bereken_norm", 0.45)]))
    assert "utter_niet_zeker_kiezen" not in [m["response"] for m in said]


def test_sure_answers_without_doubt():
    said, _ = run(ActionAntwoord(), tracker("mag ik naar turkije", [("buitenland", 0.9), ("vakantiegeld", 0.05)]))
    assert [m["response"] for m in said] == ["utter_buitenland"]


@pytest.mark.parametrize("intent", ["mens_spreken"])
def test_a_person_is_always_given_however_unsure(intent):
    said, _ = run(ActionAntwoord(), tracker("iemand", [(intent, 0.27), ("taal", 0.2)]))
    assert "utter_niet_zeker" not in [m["response"] for m in said]


def test_fallback_with_close_topics_offers_them():
    said, _ = run(ActionNietBegrepen(), tracker("mag de gemeente mij korten zonder mijn kant te horen", [
        ("nlu_fallback", 0.25), ("samenwonen", 0.16), ("maatregel", 0.15), ("inlichtingenplicht", 0.12)]))
    assert [m["response"] for m in said] == ["utter_niet_zeker"]
    assert payloads(said[0])[:2] == ["/samenwonen", "/maatregel"]


def test_gibberish_without_any_close_topic_asks_to_say_it_differently():
    # (the language filter marks gibberish, wegwijs/rasa/taalfilter.py; "asdfghjk" was so marked by the start model
    # of session 14, buiten_bereik 0.94 behind it; the low giften is added here)
    t = tracker("asdfghjk", [("nlu_fallback", 1.0), ("buiten_bereik", 0.94), ("giften", 0.05)])
    t.latest_message["taalfilter"] = "onzin"
    said, _ = run(ActionNietBegrepen(), t)
    assert [m["response"] for m in said] == ["utter_niet_begrepen"]


@pytest.mark.parametrize("text, ranking, topics", [
    # rankings shaped like the session-14 start model's for such messages (FallbackClassifier, threshold 0.25; a flat
    # ranking, no topic near 0.1)
    ("heb ik recht op iets", [("nlu_fallback", 0.25), ("informeren", 0.16), ("noodsituatie", 0.09),
                              ("bijstandsnorm", 0.06), ("toeslagen", 0.04), ("giften", 0.02)],
     ["/noodsituatie", "/bijstandsnorm", "/toeslagen"]),
    ("mijn digid werkt niet", [("nlu_fallback", 0.25), ("informeren", 0.2), ("wat_kun_je", 0.16),
                               ("aanvraag", 0.08), ("privacy", 0.05)], ["/aanvraag", "/privacy"]),
])
def test_a_message_the_classifier_was_unsure_of_names_the_closest_topics_it_saw(text, ranking, topics):
    """issue #20 part 2: not sure what was meant, say so and offer the closest topics or a person, not only a
    general menu, also when no topic came near 0.1."""
    said, _ = run(ActionNietBegrepen(), tracker(text, ranking))
    assert [m["response"] for m in said] == ["utter_niet_zeker"]
    assert payloads(said[0]) == [*topics, "/mens_spreken"]


@pytest.mark.parametrize("text, plain", [
    ("nee", True), ("ja hoor", True), ("oké dank je wel", True), ("nee, dat is alles", True),
    ("mag dat of niet", False), ("klopt het bedrag", False), ("ze zeggen dat het niet mag", False),
])
def test_a_plain_yes_or_no(text, plain):
    assert twijfel.gewoon_ja_nee(text) is plain


def test_no_with_more_words_and_no_open_question_is_not_answered_with_dat_is_goed():
    said, _ = run(twijfel.ActionGeenVraag(), tracker("ze zeggen dat het niet mag", [
        ("ontkennen", 0.78), ("bezwaar", 0.13), ("participatieplicht", 0.01)]))
    assert [m["response"] for m in said] == ["utter_niet_zeker"]
    assert payloads(said[0]) == ["/bezwaar", "/mens_spreken"]


def test_a_plain_no_gets_the_short_reply():
    said, _ = run(twijfel.ActionGeenVraag(), tracker("nee hoor", [("ontkennen", 0.95), ("bezwaar", 0.01)]))
    assert [m["response"] for m in said] == ["utter_ontkennen"]


def test_a_sure_statement_gets_the_short_reply_and_an_unsure_one_the_closest_topics():
    said, _ = run(twijfel.ActionGeenVraag(), tracker("ik woon alleen", [("informeren", 0.8), ("bijstandsnorm", 0.1)]))
    assert [m["response"] for m in said] == ["utter_informeren"]
    said, _ = run(twijfel.ActionGeenVraag(), tracker("mijn broer woont al 5 maanden bij mij", [
        ("informeren", 0.5), ("kostendelersnorm", 0.39), ("logeren", 0.05)]))
    assert [m["response"] for m in said] == ["utter_niet_zeker"]
    assert payloads(said[0]) == ["/kostendelersnorm", "/logeren", "/mens_spreken"]


def test_a_statement_that_asks_after_a_comma_gets_the_answer_its_facts_decide():
    said, events = run(twijfel.ActionGeenVraag(), tracker(
        "ik ben weduwnaar van 50 en woon alleen in een huurhuis, wat is mijn uitkering per maand",
        [("informeren", 0.9), ("bijstandsnorm", 0.05), ("kostendelersnorm", 0.03)]))
    assert [m["response"] for m in said] == ["utter_bijstandsnorm_eigen", "utter_niet_zeker_anders"]
    assert {"event": "slot", "name": "leeftijd", "value": 50} in [
        {k: e.get(k) for k in ("event", "name", "value")} for e in events]


@pytest.mark.parametrize("text, vraag", [("mag dat?", True), ("ik woon alleen, mag ik naar turkije", True),
                                         ("ik woon alleen met mijn zoon", False), ("wat is de norm", True)])
def test_a_question(text, vraag):
    assert twijfel.is_vraag(text) is vraag
