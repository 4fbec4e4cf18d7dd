"""Crisis first, session 8: violence at home (to the person or someone with them) gets 112 and Veilig Thuis
before anything else, and an empty fridge is no food today, whatever topic the model read (kinds of misses of
bench/antwoorden_afstemmen_s8.yml: a neighbour just hit by her husband got the logeren answer, "0 euro en de
koelkast is leeg" the bijzondere-bijstand text). Through ActionAntwoord; the numbers come from knowledge/."""

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


# --- crisis first: violence at home, an empty fridge ----------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("logeren", "mijn buurvrouw is door haar man geslagen en zit nu bij mij"),
    ("samenwonen", "mijn vriend slaat me als hij gedronken heeft, kan ik met bijstand alleen wonen"),
    ("informeren", "ik ben bang voor mijn ex hij bedreigt me elke dag"),
])
def test_violence_at_home_gets_112_and_veilig_thuis_first_whatever_the_topic(intent, text):
    berichten = antwoord(intent, text, PEILDATUM)
    assert berichten[0]["response"] == "utter_noodsituatie_geweld"
    eerste = tekst(berichten[0])
    assert FEITEN["telefoon_112"] in eerste and FEITEN["telefoon_veilig_thuis"] in eerste
    assert "utter_noodsituatie" in [b["response"] for b in berichten]  # then money, food and a place to sleep


def test_veilig_thuis_is_a_dated_sourced_parameter_and_its_call_link_is_offered():
    berichten = antwoord("logeren", "haar man heeft haar net geslagen", PEILDATUM)
    urls = [link["url"] for link in berichten[0]["custom"]["wegwijs_bericht"]["links"]]
    assert f"tel:{FEITEN['telefoon_veilig_thuis'].replace('-', '')}" in urls
    assert knowledge.waarde("telefoon.veilig_thuis", DAG) == FEITEN["telefoon_veilig_thuis"]


@pytest.mark.parametrize("intent, text", [
    ("bijzondere_bijstand", "de koelkast is leeg en ik heb niks meer, wat nu"),
    ("bijstandsnorm", "lege koelkast en pas over een week geld"),
])
def test_an_empty_fridge_is_no_food_today_the_crisis_answer(intent, text):
    assert responses(intent, text)[0] == "utter_noodsituatie"


@pytest.mark.parametrize("text", ["ik heb 0 euro spaargeld", "mijn zoon speelt een spel met geweldige graphics",
                                  "ik heb de bank gebeld over mijn rekening"])
def test_words_near_the_crisis_words_are_not_a_crisis(text):
    assert not crisis.in_crisis(text)
