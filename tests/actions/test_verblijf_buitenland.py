"""Verblijf buiten Nederland in the dialogue, without the running stack: a trip read from a
message, the first answer through knowledge/, the form's questions and its outcome. And the
monthly-gift projection in the giften outcome (issue #18)."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import engels, feiten_uit_bericht
from actions.berekenen import ActionBereken
from actions.rekenhulpen import REKENHULPEN
from actions.rekenhulpen.verblijf_buitenland import ValidateVerblijfBuitenland, invoer
from tests.actions.eerste_antwoord import (DOMAIN, JUNI, REIS_FORM as FORM, alles, bereken_reis as bereken,
                                           feiten_juni as _feiten, reis_tracker as tracker)
from wegwijs.responses import response_text



def waarde(naam: str):
    return knowledge.waarde(naam, JUNI)


@pytest.mark.parametrize("text, vertrek, terug", [
    ("ik ga in juli 3 weken naar Turkije", "2026-07-01", "2026-07-22"),
    ("op 10 augustus ga ik 2 weken naar Spanje", "2026-08-10", "2026-08-24"),
    ("ik wil 5 weken naar Marokko", "2026-06-15", "2026-07-20"),
    ("in maart een maand naar Polen", "2027-03-01", "2027-04-01"),  # March has passed: next year's
    ("deze maand nog 10 dagen weg", "2026-06-15", "2026-06-25"),
    ("in juni 10 dagen weg", "2026-06-15", "2026-06-25"),  # this month: from today
    ("volgende maand drie weken naar Bosnië", "2026-07-01", "2026-07-22"),
    ("ik vertrek 1 augustus en kom 25 augustus terug", "2026-08-01", "2026-08-25"),
    ("van 3 tot en met 20 juli in Marokko", "2026-07-03", "2026-07-20"),
    ("van 20 december tot 10 januari naar Suriname", "2026-12-20", "2027-01-10"),
])
def test_a_trip_from_a_message(text, vertrek, terug):
    assert feiten_uit_bericht.reis_uit_tekst(text, JUNI) == {"vertrek": vertrek, "terug": terug}


@pytest.mark.parametrize("text", ["mag ik op vakantie", "ik ga 2 weken en dan nog 3 dagen weg", "op 31 juni 2 weken"])
def test_no_single_trip_no_trip(text):
    assert feiten_uit_bericht.reis_uit_tekst(text, JUNI) is None


def test_three_weeks_in_july_says_the_days_left_first():
    """Issue #20: 'ik ga in juli 3 weken naar Turkije' gives the days left this year."""
    said = feiten_uit_bericht.antwoord("buitenland", "ik ga in juli 3 weken naar Turkije", JUNI, DOMAIN)
    over = waarde("buitenland.weken_per_jaar") * 7 - 21
    assert said.response == "utter_buitenland_dagen_over"
    assert said.waarden["dagen_over"] == str(over) and said.waarden["jaar"] == "2026"
    # the days with their unit on the way out (engels.waarden_in_sessietaal, as every answer's values)
    text = response_text(said.response, **engels.waarden_in_sessietaal(said.waarden, "nl-u"), **_feiten())
    assert text.startswith(f"Ja, dat mag: na deze reis van 3 weken heeft u in 2026 nog {over} dagen over.")



@pytest.mark.parametrize("text, variant, ja", [
    ("kan ik twee weken op vakantie", "nl-u", "Ja, dat mag: na deze reis van 2 weken heeft u in 2026 nog"),
    ("mag ik 2 weken naar turkije", "nl-je", "Ja, dat mag: na deze reis van 2 weken heb je in 2026 nog"),
    ("can I go on holiday for two weeks", "en", "Yes, you may: after this trip of 2 weeks you have"),
])
def test_a_trip_within_the_limit_is_answered_yes_first_with_the_days_left(text, variant, ja):
    """Issue #20: 'kan ik twee weken op vakantie' got the days left with no 'ja' before them."""
    gelezen = engels.in_sessietaal(text, variant)
    said = feiten_uit_bericht.antwoord("buitenland", gelezen, JUNI, DOMAIN)
    over = waarde("buitenland.weken_per_jaar") * 7 - 14
    assert said.response == "utter_buitenland_dagen_over" and said.waarden["dagen_over"] == str(over)
    waarden = engels.waarden_in_sessietaal(said.waarden, variant)
    text = response_text(said.response, variant, **waarden, **_feiten())
    assert text.startswith(f"{ja} {over} days" if variant == "en" else f"{ja} {over} dagen over."), text

def test_dates_without_a_length_are_a_trip_too():
    said = feiten_uit_bericht.antwoord("buitenland", "ik vertrek 1 augustus en kom 25 augustus terug", JUNI, DOMAIN)
    assert said.response == "utter_buitenland_dagen_over"
    assert said.waarden["reis_duur"] == "24 dagen" and said.waarden["dagen_over"] == "4"


def test_five_weeks_is_too_long_with_the_days():
    said = feiten_uit_bericht.antwoord("buitenland", "Ik wil 5 weken naar Marokko, mag dat?", JUNI, DOMAIN)
    text = response_text(said.response, **engels.waarden_in_sessietaal(said.waarden, "nl-u"), **_feiten())
    assert text.startswith("Nee, 5 weken is te lang.") and "35 dagen" in text and "geen bijstand" in text


# --- the form -----------------------------------------------------------------------------

def beoordeel(slot: str, text: str) -> dict:
    dispatcher = CollectingDispatcher()
    return ValidateVerblijfBuitenland().beoordeel(slot, text, dispatcher, tracker(text=text, requested=slot), DOMAIN)


def test_the_trip_told_before_is_not_asked_again():
    events = [{"event": "user", "text": "ik ga in juli 3 weken naar Turkije",
               "metadata": {"peildatum": JUNI.isoformat()}},
              {"event": "action", "name": "action_antwoord"},
              {"event": "user", "text": "/bereken_verblijf_buitenland"}]
    found = asyncio.run(ValidateVerblijfBuitenland().extract_reis(CollectingDispatcher(), tracker(events=events), DOMAIN))
    assert found == {"reis": {"vertrek": "2026-07-01", "terug": "2026-07-22"}}


def test_a_trip_from_before_the_last_calculation_is_not_taken_again():
    events = [{"event": "user", "text": "ik ga in juli 3 weken naar Turkije"},
              {"event": "action", "name": "action_bereken"},
              {"event": "user", "text": "/bereken_verblijf_buitenland"}]
    found = asyncio.run(ValidateVerblijfBuitenland().extract_reis(CollectingDispatcher(), tracker(events=events), DOMAIN))
    assert found == {}


@pytest.mark.parametrize("text, reizen", [
    ("nee", []),
    ("nee, nog nergens geweest", []),
    ("ja 2 weken in maart", [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]),
    ("10 dagen in april en 1 week in mei", [{"vertrek": "2026-04-01", "terug": "2026-04-11"},
                                            {"vertrek": "2026-05-01", "terug": "2026-05-08"}]),
    ("ja, een week", [{"vertrek": "2026-01-01", "terug": "2026-01-08"}]),
    ("van 3 tot en met 20 maart", [{"vertrek": "2026-03-03", "terug": "2026-03-20"}]),
])
def test_earlier_trips_this_year(text, reizen):
    assert beoordeel("eerdere_reizen", text) == {"eerdere_reizen": reizen, "mislukt": None}


def test_earlier_trips_not_understood_asks_again_with_an_example():
    dispatcher = CollectingDispatcher()
    values = ValidateVerblijfBuitenland().beoordeel("eerdere_reizen", "ja", dispatcher,
                                                    tracker(text="ja", requested="eerdere_reizen"), DOMAIN)
    assert values["eerdere_reizen"] is None and [m["response"] for m in dispatcher.messages] == ["utter_opnieuw_eerdere_reizen"]


def test_weet_niet_counts_only_this_trip_and_says_so():
    values = beoordeel("eerdere_reizen", "weet ik niet")
    assert values["eerdere_reizen"] == "onbekend" and "eerdere_reizen" in values["onbekend"]


def test_a_typed_slot_value_of_the_wrong_shape_is_asked_again():
    from actions.slotvorm import vorm_klopt

    assert vorm_klopt("reis", {"vertrek": "2026-07-01", "terug": "2026-07-22"})
    assert not vorm_klopt("reis", {"vertrek": "2026-07-22", "terug": "2026-07-01"})
    assert not vorm_klopt("reis", {"vertrek": "2026-07-01", "terug": "2026-07-22", "x": 1})
    assert not vorm_klopt("eerdere_reizen", [{"vertrek": "gisteren", "terug": "2026-07-22"}])


def test_the_outcome_with_earlier_trips_is_too_long_and_says_from_when():
    messages = bereken({"leeftijd": 45, "reis": {"vertrek": "2026-07-01", "terug": "2026-07-22"},
                        "eerdere_reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert messages[0]["text"].startswith("Dit is te lang. In 2026 bent u 35 dagen weg, en u mag hoogstens 28 dagen.")
    assert "Over 7 dagen krijgt u geen bijstand, vanaf 16 juli 2026." in messages[0]["text"]
    assert "Maak de reis korter" in alles(messages)


def test_the_outcome_within_the_limit_gives_the_days_left():
    messages = bereken({"leeftijd": 45, "reis": {"vertrek": "2026-07-01", "terug": "2026-07-22"},
                        "eerdere_reizen": []})
    assert messages[0]["text"].startswith("Deze reis mag. Daarna heeft u in 2026 nog 7 dagen over.")


def test_from_the_aow_age_the_svb():
    messages = bereken({"leeftijd": 70, "reis": {"vertrek": "2026-07-01", "terug": "2026-09-01"},
                        "eerdere_reizen": "onbekend"})
    assert messages[0]["text"].startswith("Deze reis mag. Daarna heeft u in 2026 nog 29 dagen over.")
    assert "utter_bron_en_svb" in [m.get("response") for m in messages] and "AIO" in alles(messages)


def test_the_input_for_knowledge():
    t = tracker(slots={"leeftijd": 45, "reis": {"vertrek": "2026-07-01", "terug": "2026-07-22"},
                       "eerdere_reizen": "onbekend"})
    assert invoer(t)["reizen"] == [{"vertrek": "2026-07-01", "terug": "2026-07-22"}]
    assert REKENHULPEN[FORM].CALCULATOR == "verblijf_buitenland"


# --- the monthly gift projection (issue #18) ----------------------------------------------------

def test_a_monthly_gift_under_the_limit_says_when_it_passes_the_limit():
    events = [{"event": "active_loop", "name": "giften_form"}, {"event": "active_loop", "name": None}]
    slots = {"bevestigd": True, "gift_bedrag": {"euro": 150.0, "periode": "maand"}, "gift_soort": "geld",
             "gift_datum": "2026-01-01"}
    dispatcher = CollectingDispatcher()
    ActionBereken().run(dispatcher, tracker(slots=slots, form=None, events=events), DOMAIN)
    grens = knowledge.waarde("giften.vrijlating_per_jaar", JUNI)
    assert grens == 1200  # legal-facts.md; the expected month below follows from it
    assert "Nu telt € 900 mee." in dispatcher.messages[0]["text"]
    assert "Dan komt u in september boven de grens van € 1.200." in dispatcher.messages[0]["text"]



@pytest.mark.parametrize("variant, nu, geen, doorgeven", [
    ("nl-u", "Nu heeft dit nog geen gevolgen voor uw bijstand.", "U hoeft nu niets door te geven",
     "Komt u in september boven de grens? Geef het dan meteen door aan de gemeente."),
    ("nl-je", "Nu heeft dit nog geen gevolgen voor je bijstand.", "Je hoeft nu niets door te geven",
     "Kom je in september boven de grens? Geef het dan meteen door aan de gemeente."),
    ("en", "For now this does not change your bijstand.", "You do not need to report anything now",
     "Do you go over the limit in September? Then tell the gemeente right away."),
])
def test_a_gift_that_passes_the_limit_later_says_nothing_now_and_what_to_do_then(variant, nu, geen, doorgeven):
    """Issue #20: 'Dan komt u in september boven de grens' was followed by 'Dit heeft geen gevolgen voor
    uw bijstand. U hoeft nu niets door te geven.', which read as a contradiction."""
    events = [{"event": "active_loop", "name": "giften_form"}, {"event": "active_loop", "name": None}]
    slots = {"bevestigd": True, "gift_bedrag": {"euro": 150.0, "periode": "maand"}, "gift_soort": "geld",
             "gift_datum": "2026-01-01", "variant": variant}
    dispatcher = CollectingDispatcher()
    ActionBereken().run(dispatcher, tracker(slots=slots, form=None, events=events), DOMAIN)
    text = dispatcher.messages[0]["text"]
    assert nu in text and doorgeven in text and geen not in text, text


@pytest.mark.parametrize("variant, vraag", [
    ("nl-u", "boven de grens?"), ("nl-je", "boven de grens?"), ("en", "tell the gemeente right away"),
])
def test_a_gift_that_passes_the_limit_later_says_once_to_pass_it_on(variant, vraag):
    """Review: 'Komt u in september boven de grens? Geef het dan meteen door.' was followed in the closing
    bubble by 'Komt u boven de grens? Geef het dan direct door.' Said once, in the outcome with its month."""
    events = [{"event": "active_loop", "name": "giften_form"}, {"event": "active_loop", "name": None}]
    slots = {"bevestigd": True, "gift_bedrag": {"euro": 150.0, "periode": "maand"}, "gift_soort": "geld",
             "gift_datum": "2026-01-01", "variant": variant}
    dispatcher = CollectingDispatcher()
    ActionBereken().run(dispatcher, tracker(slots=slots, form=None, events=events), DOMAIN)
    alles = " ".join(m.get("text") or m.get("wat_nu") or "" for m in dispatcher.messages)
    assert dispatcher.messages[-1]["wat_nu"], dispatcher.messages
    assert alles.count(vraag) == 1, alles
    assert "bankafschriften" in alles or "bank statements" in alles  # what to keep is still said


def test_a_gift_that_stays_under_the_limit_all_year_keeps_no_consequences():
    events = [{"event": "active_loop", "name": "giften_form"}, {"event": "active_loop", "name": None}]
    slots = {"bevestigd": True, "gift_bedrag": {"euro": 50.0, "periode": "maand"}, "gift_soort": "geld",
             "gift_datum": "2026-01-01"}
    dispatcher = CollectingDispatcher()
    ActionBereken().run(dispatcher, tracker(slots=slots, form=None, events=events), DOMAIN)
    assert "Dit heeft geen gevolgen voor uw bijstand. U hoeft nu niets door te geven." in dispatcher.messages[0]["text"]

def test_the_form_sets_the_trip_it_found_when_it_starts():
    """The shared validation returns only what it read itself; the found trip must reach Rasa too."""
    events = [{"event": "user", "text": "ik ga in juli 3 weken naar Turkije"},
              {"event": "action", "name": "action_antwoord"},
              {"event": "user", "text": "/bereken_verblijf_buitenland"}]
    domain = {**DOMAIN, "forms": {FORM: {"required_slots": ["leeftijd", "reis", "eerdere_reizen", "bevestigd"]}}}
    uit = asyncio.run(ValidateVerblijfBuitenland().run(CollectingDispatcher(), tracker(events=events), domain))
    assert {"event": "slot", "timestamp": None, "name": "reis",
            "value": {"vertrek": "2026-07-01", "terug": "2026-07-22"}} in uit


def test_a_trip_next_year_is_counted_in_next_year_without_earlier_trips():
    """Found through the gateway in December: 'in juli 3 weken' is next July, so it counts next year."""
    t = tracker(slots={"leeftijd": 45, "reis": {"vertrek": "2027-03-01", "terug": "2027-03-22"},
                       "eerdere_reizen": [{"vertrek": "2026-03-01", "terug": "2026-03-15"}]})
    assert invoer(t)["peildatum"] == "2027-01-01"
    assert invoer(t)["reizen"] == [{"vertrek": "2027-03-01", "terug": "2027-03-22"}]
    assert ValidateVerblijfBuitenland().weglaten(t) == {"eerdere_reizen"}
    dit_jaar = tracker(slots={"reis": {"vertrek": "2026-07-01", "terug": "2026-07-22"}})
    assert ValidateVerblijfBuitenland().weglaten(dit_jaar) == set() and invoer(dit_jaar)["peildatum"] == "2026-06-15"


def test_laatste_berekening_computes_the_same_outcome_again():
    """The overzicht recomputes from this slot alone; it must give what the person was told."""
    events = [{"event": "active_loop", "name": FORM}, {"event": "active_loop", "name": None}]
    slots = {"bevestigd": True, "leeftijd": 45, "reis": {"vertrek": "2027-07-01", "terug": "2027-07-22"},
             "eerdere_reizen": []}
    dispatcher = CollectingDispatcher()
    uit = ActionBereken().run(dispatcher, tracker(slots=slots, form=None, events=events), DOMAIN)
    laatste = next(e["value"] for e in uit if e["name"] == "laatste_berekening")
    assert laatste["invoer"]["peildatum"] == "2027-01-01"
    opnieuw = knowledge.bereken(laatste["rekenhulp"], laatste["invoer"], laatste["variant"])
    response, outcome = REKENHULPEN[FORM].uitkomst(opnieuw)
    assert dispatcher.messages[0]["text"].startswith(response_text(response, **outcome))
