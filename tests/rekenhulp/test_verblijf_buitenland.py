"""Verblijf buiten Nederland and a recurring gift as conversations through the gateway,
checked against knowledge/ for today's date (issue #20 parts 2 and 5, issue #18).
The same examples with a fixed peildatum are dialogue scripts (dialogen/55-57)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.context import peildatum
import knowledge
from actions.feiten_uit_bericht import reis_uit_tekst
from actions.rekenhulpen import REKENHULPEN
from actions.rekenhulpen.verblijf_buitenland import FORM, _eerdere_reizen
from knowledge.datums import kalenderjaar
from knowledge.teksten import datum, maand
from tests.rekenhulp.gesprek import Sessie
from wegwijs.responses import response_text

pytestmark = pytest.mark.stack

VANDAAG = peildatum()  # the run's one today (tests/conftest.py)


def text_of(messages: list[dict]) -> str:
    return " ".join(part for m in messages for part in (m["text"], *(u["tekst"] for u in m.get("meer_uitleg", []))))


def buttons_of(messages: list[dict]) -> list[str]:
    return [b["title"] for m in messages for b in m["buttons"]]


def verwacht(text: str, leeftijd, eerder: list[dict] = ()) -> tuple[dict, dict]:
    """The trip of `text` as knowledge/ computes it, in the calendar year of the trip."""
    reis = reis_uit_tekst(text, VANDAAG)
    peildatum = max(VANDAAG, kalenderjaar(date.fromisoformat(reis["vertrek"]))[0])
    return reis, knowledge.bereken("verblijf_buitenland", {
        "peildatum": peildatum.isoformat(), "leeftijd": leeftijd, "reizen": [*eerder, reis]})


def verwachte_uitkomst(form: str, result: dict) -> str:
    """The outcome sentence the form's own module makes of knowledge/'s result."""
    response, values = REKENHULPEN[form].uitkomst(result)
    return response_text(response, **values)


def test_three_weeks_in_july_says_the_days_left_first(stack):
    """Issue #20: 'ik ga in juli 3 weken naar Turkije' (in the calendar year of that July)."""
    bericht = "ik ga in juli 3 weken naar Turkije"
    _, uit = verwacht(bericht, "onbekend")
    eerste = Sessie(stack).say(bericht)
    assert eerste[0]["text"].startswith(
        f"Ja, dat mag: na deze reis van 3 weken heeft u in {uit['peildatum'][:4]} nog {uit['dagen_over']} dagen over.")
    assert "Tel mijn andere reizen mee" in buttons_of(eerste)


def test_a_trip_this_month_then_the_form_asks_only_age_and_earlier_trips(stack):
    sessie = Sessie(stack)
    bericht = f"ik ga in {maand(VANDAAG)} 3 weken naar Turkije"  # leaves today: this calendar year
    reis, algemeen = verwacht(bericht, "onbekend")
    assert sessie.say(bericht)[0]["text"].startswith(
        f"Ja, dat mag: na deze reis van 3 weken heeft u in {VANDAAG.year} nog {algemeen['dagen_over']} dagen over.")
    vraag = sessie.say("/bereken_verblijf_buitenland")
    assert "Hoe oud bent u?" in text_of(vraag) and "Wanneer gaat u weg" not in text_of(vraag)
    assert "eerder buiten Nederland" in text_of(sessie.say("45"))
    samenvatting = text_of(sessie.say("nee"))
    van, tot = (datum(date.fromisoformat(reis[k])) for k in ("vertrek", "terug"))
    assert f"U gaat weg van {van} tot {tot}" in samenvatting and "niet weg geweest" in samenvatting
    _, uit = verwacht(bericht, 45)
    antwoord = sessie.say("ja")
    assert antwoord[0]["text"].startswith(verwachte_uitkomst(FORM, uit))
    assert "De dag van vertrek telt als dag in Nederland" in text_of(antwoord)


def test_five_weeks_to_morocco_is_too_long_in_the_first_sentence(stack):
    antwoord = Sessie(stack).say("Ik wil 5 weken naar Marokko, mag dat?")
    _, uit = verwacht("Ik wil 5 weken naar Marokko, mag dat?", "onbekend")
    assert antwoord[0]["text"].startswith("Nee, 5 weken is te lang.")
    assert f"Dat zijn {uit['max_dagen']} dagen, en u bent dan {uit['langste_reis_dagen']} dagen weg." \
        in antwoord[0]["text"]
    assert "geen bijstand" in antwoord[0]["text"]


def test_an_earlier_trip_counts_with_this_one(stack):
    sessie = Sessie(stack)
    bericht = f"ik ga in {maand(VANDAAG)} 3 weken weg"
    for turn in (bericht, "/bereken_verblijf_buitenland", "40", "ja, 3 weken in januari"):
        sessie.say(turn)
    antwoord = sessie.say("ja")
    _, uit = verwacht(bericht, 40, _eerdere_reizen("ja, 3 weken in januari", VANDAAG))
    assert antwoord[0]["text"].startswith(verwachte_uitkomst(FORM, uit))
    assert ("Maak de reis korter" in text_of(antwoord)) == uit["te_lang"]


def test_a_monthly_gift_from_a_brother_is_understood_without_what_it_is_for(stack):
    """Testersreview (issue #18): 'elke maand 150 euro van mijn broer' is a recurring gift."""
    sessie = Sessie(stack)
    eerste = text_of(sessie.say("ik krijg elke maand 150 euro van mijn broer"))
    assert "€ 150 per maand telt als € 1.800 per jaar" in eerste
    assert "Hoeveel" not in eerste and "Wat kreeg u" not in eerste and "Sinds wanneer" in eerste
    assert "Is het elke maand" not in eerste  # said already (issue #20, testers' review 5.4)
    assert "€ 150 per maand" in text_of(sessie.say("sinds januari"))
    uit = knowledge.bereken("giftenruimte", {"peildatum": VANDAAG.isoformat(), "gemeente": "voorbeeldstad", "giften": [
        {"datum": date(VANDAAG.year, 1, 1).isoformat(), "bedrag": 150, "soort": "geld", "periode": "maand"}]})
    antwoord = sessie.say("ja")
    assert antwoord[0]["text"].startswith(verwachte_uitkomst("giften_form", uit))
