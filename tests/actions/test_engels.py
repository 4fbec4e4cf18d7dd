"""English answers to the calculator forms are read like Dutch ones (issue #15, actions/engels.py).

The first tests check each reader of actions/parse.py with English answers; the last ones
RekenhulpForm.beoordeel with the slot `variant` "en", and that a Dutch session is unchanged.
"""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import feiten_uit_bericht, parse, rekenhulp
from actions.engels import in_sessietaal, naar_nederlands, waarden_in_sessietaal
from actions.rekenhulpen import verblijf_buitenland
from actions.rekenhulpen.bijverdienen import ValidateBijverdienen
from actions.rekenhulpen.giften import ValidateGiften
from actions.rekenhulpen.norm import ValidateNorm
from actions.rekenhulpen.plichten import ValidatePlichten
from tests.actions.eerste_antwoord import DOMAIN, form_tracker as tracker

VANDAAG = date(2026, 12, 5)


def lees(reader, text: str):
    return reader(naar_nederlands(text), VANDAAG)


@pytest.mark.parametrize("text, euro, periode", [
    ("500 euros", 500, None), ("€50", 50, None), ("1,200 euros", 1200, None), ("12.50 per week", 12.5, "week"),
    ("500 euro every month", 500, "maand"), ("about 300 euro a week", 300, "week"), ("100 monthly", 100, "maand"),
    ("2000 a year", 2000, "jaar"), ("once, 1000 euro", 1000, "keer"), ("fifty euros", 50, None),
    ("nothing", 0, None),
])
def test_amounts(text, euro, periode):
    assert lees(rekenhulp._bedrag, text) == {"euro": euro, "periode": periode}


@pytest.mark.parametrize("text, datum", [
    ("since 1 January", "2026-01-01"), ("January 1st", "2026-01-01"), ("since March 3rd 2025", "2025-03-03"),
    ("2 months ago", "2026-10-05"), ("last month", "2026-11-01"), ("in March", "2026-03-01"),
    ("the beginning of October", "2026-10-01"), ("mid November", "2026-11-15"), ("yesterday", "2026-12-04"),
])
def test_dates(text, datum):
    assert lees(rekenhulp._datum, text) == datum


@pytest.mark.parametrize("text, antwoord", [
    ("yes", True), ("yeah sure", True), ("that's right", True), ("correct", True),
    ("no", False), ("nope", False), ("not really", False), ("no, that is wrong", False),
])
def test_yes_and_no(text, antwoord):
    assert parse.ja_nee(naar_nederlands(text)) is antwoord


@pytest.mark.parametrize("text", ["I don't know", "dont know", "no idea", "not sure"])
def test_not_knowing(text):
    assert parse.weet_niet(naar_nederlands(text))


@pytest.mark.parametrize("text", ["34", "I am 34", "34 years old", "I'm 34 years old"])
def test_ages(text):
    assert lees(rekenhulp._leeftijd, text) == 34


@pytest.mark.parametrize("text, situatie", [
    ("alone", "alleenstaande"), ("I live alone", "alleenstaande"), ("not married", "alleenstaande"),
    ("with my partner", "gehuwden"), ("with my husband", "gehuwden"), ("married", "gehuwden"),
    ("alone with my 2 kids", "alleenstaande_ouder"), ("single mother", "alleenstaande_ouder"),
])
def test_how_a_person_lives(text, situatie):
    assert lees(rekenhulp._leefsituatie, text) == situatie


@pytest.mark.parametrize("text, mensen", [
    ("my son of 19", [(19, "kind")]), ("my son is 22 and my daughter is 19", [(22, "kind"), (19, "kind")]),
    ("my mother aged 70", [(70, "ouder")]), ("nobody", []), ("no one else", []),
])
def test_housemates(text, mensen):
    assert [(m["leeftijd"], m["relatie"]) for m in lees(rekenhulp._medebewoners, text)] == mensen


@pytest.mark.parametrize("text, soort", [
    ("money", "geld"), ("cash", "geld"), ("groceries", "in_natura"), ("she pays my rent", "in_natura"),
    ("a loan", "lening"), ("food bank", "voedselbank"),
])
def test_kinds_of_gift(text, soort):
    assert lees(rekenhulp._gift_soort, text) == soort


@pytest.mark.parametrize("text, vermogen", [
    ("yes fully", "volledig"), ("full time", "volledig"), ("a few hours", "beperkt"), ("partly", "beperkt"),
    ("no", "geen_duurzaam"), ("not at all", "geen_duurzaam"),
])
def test_ability_to_work(text, vermogen):
    assert lees(rekenhulp._arbeidsvermogen, text) == vermogen


@pytest.mark.parametrize("text, vertrek, terug", [
    ("3 weeks in July", "2027-07-01", "2027-07-22"),
    ("I go to Turkey for 3 weeks in July", "2027-07-01", "2027-07-22"),
    ("two weeks in August", "2027-08-01", "2027-08-15"),
    ("for a month in September", "2027-09-01", "2027-10-01"),
    ("from 3 to 20 June", "2027-06-03", "2027-06-20"),
    ("July 1 to July 22", "2027-07-01", "2027-07-22"),
    ("I leave on 1 August and come back on 25 August", "2027-08-01", "2027-08-25"),
])
def test_trips(text, vertrek, terug):
    assert feiten_uit_bericht.reis_uit_tekst(naar_nederlands(text), VANDAAG) == {"vertrek": vertrek, "terug": terug}


@pytest.mark.parametrize("text, aantal", [("no", 0), ("not yet", 0), ("2 weeks in March and 10 days in May", 2)])
def test_earlier_trips(text, aantal):
    assert len(verblijf_buitenland._eerdere_reizen(naar_nederlands(text), VANDAAG)) == aantal


def test_a_length_given_back_is_english_in_an_english_session():
    assert waarden_in_sessietaal({"reis_duur": "5 weken", "dagen_over": "7"}, "en") == {
        "reis_duur": "5 weeks", "dagen_over": "7", "dagen_over_tekst": "7 days"}  # with its unit (actions/aantallen.py)
    assert waarden_in_sessietaal({"reis_duur": "1 maand"}, "nl-u") == {"reis_duur": "1 maand"}


def test_dutch_passes_unchanged_and_a_dutch_session_is_not_rewritten():
    assert naar_nederlands("50 euro per maand sinds 1 januari") == "50 euro per maand sinds 1 januari"
    assert in_sessietaal("yes", "nl-u") == "yes" and in_sessietaal("yes", "en") == "ja"


# --- the forms themselves, with the slot variant "en" -----------------------------------------

def beoordeel(validator, slot: str, text: str, variant: str = "en", **slots) -> tuple[dict, list[str]]:
    dispatcher = CollectingDispatcher()
    t = tracker({"variant": variant, **slots}, text=text, requested=slot)
    return validator().beoordeel(slot, text, dispatcher, t, DOMAIN), [m["response"] for m in dispatcher.messages]


@pytest.mark.parametrize("validator, slot, text, waarde", [
    (ValidateGiften, "gift_bedrag", "50 euros every month", {"euro": 50.0, "periode": "maand"}),
    (ValidateGiften, "gift_soort", "groceries", "in_natura"),
    (ValidateGiften, "gift_datum", "since 1 January", "2026-01-01"),
    (ValidateBijverdienen, "inkomsten", "300 euro a month", {"euro": 300.0, "periode": "maand"}),
    (ValidateBijverdienen, "start_werk", "last month", "2026-10-01"),
    (ValidateNorm, "leeftijd", "I am 45", 45),
    (ValidateNorm, "medebewoners", "my son of 23", [{"leeftijd": 23, "relatie": "kind"}]),
    (ValidatePlichten, "arbeidsvermogen", "a few hours", "beperkt"),
    (ValidatePlichten, "mantelzorg", "no", False),
])
def test_an_english_session_answers_the_forms_in_english(validator, slot, text, waarde):
    values, said = beoordeel(validator, slot, text)
    assert values[slot] == waarde and said == []


def test_not_knowing_in_english_makes_the_assumption():
    values, _ = beoordeel(ValidateGiften, "gift_datum", "I don't know")
    assert values["gift_datum"] == rekenhulp.ONBEKEND


def test_the_english_summary_is_confirmed_with_yes():
    values, _ = beoordeel(ValidateGiften, "bevestigd", "yes that's right")
    assert values["bevestigd"] is True


def test_a_dutch_session_does_not_read_english_words():
    """'since' is no Dutch: a Dutch session re-asks, as before (only an English session rewrites)."""
    values, said = beoordeel(ValidateGiften, "gift_datum", "since 1 January", variant="nl-u")
    assert values["gift_datum"] is None and said == ["utter_opnieuw_datum"]
