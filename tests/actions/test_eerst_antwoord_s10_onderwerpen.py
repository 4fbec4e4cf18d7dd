"""Answer first, session 10 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s10.yml and the kinds session 9 left. No food today and a benefit not paid or stopped
get the crisis help and what to do about the money. Every number the tests expect comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from actions import crisis
from tests.actions.eerste_antwoord import antwoord, antwoord_namen
from tests.actions.test_feiten_sessie7 import tekst

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


def responses(intent: str, text: str, variant: str = "nl-u") -> list[str]:
    return antwoord_namen(intent, text, PEILDATUM, variant)


# --- no food today, and the benefit did not come ------------------------------------------------------------

@pytest.mark.parametrize("text", ["vandaag geen brood in huis", "geen melk voor de baby vandaag"])
def test_food_named_is_no_food_today(text):
    assert crisis.in_nood(text)


@pytest.mark.parametrize("intent", ["noodsituatie", "stopgezet", "informeren"])
@pytest.mark.parametrize("text, betaling", [
    ("vandaag geen brood in huis en mijn bijstand is niet betaald", "utter_uitkering_niet_betaald"),
    ("mijn uitkering is niet gekomen en ik heb 0 euro, vandaag geen melk voor de baby", "utter_uitkering_niet_betaald"),
    ("mijn uitkering is stopgezet en we hebben vandaag geen eten", "utter_stopgezet"),
])
def test_no_food_and_the_benefit_not_paid_gets_the_crisis_help_first_then_the_payment_help(intent, text, betaling):
    namen = responses(intent, text)
    assert namen[0] == "utter_noodsituatie"
    assert namen[1] == betaling
    assert "utter_noodsituatie_113" in namen


def test_no_food_without_the_benefit_is_the_crisis_help_only():
    assert "utter_uitkering_niet_betaald" not in responses("noodsituatie", "geen geld en geen eten, de huur is niet betaald")
