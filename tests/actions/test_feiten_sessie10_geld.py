"""Answer first with the person's facts, session 10, the money topics (issue #20): the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s10.yml, each as a general rule (never one message's words). Every amount the tests
expect is computed from knowledge/, never typed here; the messages are new ones of the same kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from knowledge.teksten import maand
from tests.actions.eerste_antwoord import DOMAIN, tekst_op
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)


def geld(waarde) -> str:
    return euro(Decimal(str(waarde)))


def eerst(intent: str, text: str):
    return feiten_uit_bericht.antwoord(intent, text, DAG, DOMAIN, GEMEENTE)


# --- gifts: the limit asked in the gift form is no gift of that amount -------------------------------------------

def test_what_happens_above_the_limit_asked_in_the_gift_form_is_the_limit_not_a_gift():
    grens = int(parameter("giften.vrijlating_per_jaar"))
    slots, said, _ = start("giften_form", f"wat gebeurt er eigenlijk als iemand per jaar meer dan {grens} euro "
                                          "aan giften binnenkrijgt")
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"
    assert slots.get("rekenhulp_klaar") is True and not slots.get("gift_bedrag")


# --- bijverdienen: the age limit and the single parent asked in general --------------------------------------------

def test_the_vrijlating_asked_for_those_younger_than_its_age_is_no():
    grens = parameter("leeftijd.jongeren_zonder_arbeidsvrijlating")
    gevonden = eerst("bijverdienen", f"mag je ook iets houden als je jonger bent dan {grens}")
    assert gevonden.response == "utter_bijverdienen_onder_grens"


def test_a_rule_for_single_parents_asked_in_the_plural_gets_their_vrijlating():
    gevonden = eerst("bijverdienen", "hebben alleenstaande moeders andere regels als ze gaan werken")
    assert gevonden.response == "utter_bijverdienen_alleenstaande_ouder"
    assert gevonden.waarden["ouder_maximum"] == geld(parameter("vrijlating_31_2_r.maximum"))


# --- the norm: asked for someone of an age, and a young couple with a baby ----------------------------------------

def test_the_norm_asked_for_someone_of_an_age_is_that_age_s_norm():
    gevonden = eerst("bijstandsnorm", "wat is de bijstand voor een 19-jarige")
    assert gevonden.response == "utter_bijstandsnorm_eigen_jong"
    assert gevonden.waarden["norm_eigen"] == geld(parameter("normen.jongere_alleenstaande"))


def test_someone_of_an_age_named_as_a_housemate_is_no_question_about_that_age():
    assert feiten_uit_bericht.norm.iemand_van("er woont iemand bij mij") is None


def test_a_couple_of_one_age_with_a_baby_gets_the_young_couples_norm_with_child():
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 19, "leefsituatie": "gehuwden",
                                              "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 0,
                                                                                        "relatie": "kind"}]})
    _, said, _ = start("norm_form", "we zijn allebei 19 en hebben een zoontje van 5 maanden, wat krijgen we")
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


# --- living together to give care -----------------------------------------------------------------------------------

def test_a_partner_who_moves_in_to_be_cared_for_is_no_couple():
    gevonden = eerst("samenwonen", "mijn vriend trekt bij me in omdat hij kanker heeft en ik hem verzorg, "
                                   "zijn we dan samenwonend")
    assert gevonden.response == "utter_samenwonen_zorg"
    assert tekst_op({"response": gevonden.response}, DAG).startswith("Nee")


def test_a_partner_who_moves_in_without_care_is_still_a_couple():
    assert eerst("samenwonen", "mijn vriendin komt bij mij wonen, we hebben al 2 jaar een relatie").response == \
        "utter_samenwonen_partner_komt"


# --- huurtoeslag: a rent said without 'euro' ------------------------------------------------------------------------

def test_a_rent_without_euro_is_held_against_the_huurtoeslag_limit():
    grens = Decimal(str(parameter("toeslagen.huurtoeslag_maximale_huur")))
    gevonden = eerst("toeslagen", f"mijn kale huur is {int(grens) + 100}, kan ik nog huurtoeslag krijgen")
    assert gevonden.response == "utter_toeslagen_huur_boven"
    assert gevonden.waarden["huur_grens"] == geld(grens)


# --- inkomenstoeslag: once per period -------------------------------------------------------------------------------

def test_an_inkomenstoeslag_received_inside_the_period_is_not_yet_again():
    maanden = int(parameter("inkomenstoeslag.eens_per_maanden"))
    gevonden = eerst("inkomenstoeslag", "ik heb in mei 2026 de inkomenstoeslag gekregen, mag ik nu een nieuwe aanvragen")
    weer = plus_maanden(date(2026, 5, 1), maanden)
    assert gevonden.response == "utter_inkomenstoeslag_nog_niet"
    assert gevonden.waarden["inkomenstoeslag_weer"] == f"{maand(weer)} {weer.year}"


def test_an_inkomenstoeslag_received_before_the_period_gets_the_general_answer():
    gevonden = eerst("inkomenstoeslag", "in januari 2025 kreeg ik de inkomenstoeslag, kan ik hem weer aanvragen")
    assert gevonden is None or gevonden.response != "utter_inkomenstoeslag_nog_niet"


# --- jongeren: the rules under the age of the search period asked ---------------------------------------------------

def test_the_rules_under_the_age_of_the_search_period_are_answered_as_such():
    grens = parameter("leeftijd.jongeren_zoektermijn")
    gevonden = eerst("jongeren", f"welke regels gelden er als je jonger bent dan {grens} en bijstand wilt")
    assert gevonden.response == "utter_jongeren_onder_leeftijd"
    tekst = tekst_op({"response": gevonden.response}, DAG)
    assert f"{parameter('termijn.jongeren_zoektermijn_weken')} weken" in tekst and "studiefinanciering" in tekst


@pytest.mark.parametrize("text", ["ik ben 22, welke regels gelden er onder de 27",
                                  "ik woon tot 27 maart bij mijn ouders"])
def test_an_own_age_or_a_date_is_no_question_about_the_rules_under_that_age(text):
    gevonden = eerst("jongeren", text)
    assert gevonden is None or gevonden.response != "utter_jongeren_onder_leeftijd"
