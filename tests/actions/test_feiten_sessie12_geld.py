"""Answer first with the person's own facts, session 12, money (issue #20): the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s12.yml on earning, the norm and alimentatie, and two known misses of session 11, each as
a general rule. The messages are new ones of each kind (none is a set's message); every amount the tests expect is
computed by knowledge/, never typed here."""

from __future__ import annotations

import re
from datetime import date

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from knowledge.datums import plus_maanden
from tests.actions.eerste_antwoord import antwoord, form_begin, geld, tekst_op

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


def start(form: str, text: str):
    begin = form_begin(form, text, PEILDATUM, gemeente=GEMEENTE)
    return begin.slots, begin.berichten, begin.open_vragen


def responses(said: list[dict]) -> list[str]:
    return [m.get("response") for m in said]


def eerste_zin(tekst: str) -> str:
    """The first sentence, or the first two when the first is a question ("Woont u alleen? Dan ...")."""
    zinnen = re.split(r"(?<=[.?!])\s+", tekst)
    return " ".join(zinnen[:2]) if zinnen[0].endswith("?") else zinnen[0]


def waarde(naam: str):
    return knowledge.waarde(naam, DAG)


def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE,
                                                      "leefsituatie": "onbekend", "start_werk": "onbekend", **invoer})


def norm(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], **invoer})


# --- 1. an age in years on its own is the writer's; a housemate's age or a length of time is not -------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("woon alleen, 45 jaar, en ga in een magazijn werken", 45),
    ("33 jaar en woon op mezelf, wat mag ik houden van mijn bijbaan", 33),
    ("ik ben alleenstaand 58 jaar en heb een uitkering", 58),
    ("ik heb een baantje van 300 per maand. 61 jaar, geen kinderen.", 61),
    ("ik ben alleen 47 jaar en krijg pensioen", 47),
    ("mijn vrouw en ik zitten in de bijstand, allebei 44", 44),
    ("we krijgen samen bijstand en zijn beiden 52", 52),
])
def test_an_age_in_years_on_its_own_is_the_writers(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text", [
    "mijn dochter, 22 jaar, woont nog bij mij",
    "ik zit al 12 jaar in de bijstand",
    "alleen, 5 jaar geleden gescheiden",
    "mijn ouders wonen bij mij, allebei 70",
    "ik heb een oom wonen bij mij, 59 jaar",
])
def test_a_housemates_age_or_a_length_of_time_is_not_the_writers(text):
    assert feiten_uit_bericht.eigen_leeftijd(text) is None


# --- 2. ages are no amounts; a vriend one is married to is the partner; "N huisgenoten boven de X" --------------

@pytest.mark.parametrize("text, bedrag", [
    ("hij is 33 ik 30, hij gaat 700 per maand verdienen", 700),
    ("we zitten samen in de bijstand, allebei 50, mijn vrouw gaat 800 netto verdienen", 800),
])
def test_an_age_beside_ik_or_allebei_is_no_amount(text, bedrag):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [bedrag]


def test_a_vriendin_one_is_married_to_is_the_partner():
    assert parse.medebewoners("ik 23 en mijn vriendin 22, we zijn getrouwd") == [parse.Medebewoner(22, "partner")]
    assert parse.medebewoners("mijn vriend woont bij mij, hij is 30") == [parse.Medebewoner(30, "anders")]


def test_one_partner_named_twice_is_one_partner():
    text = "mijn man en ik hebben bijstand, mijn man wil gaan werken, hij is 36"
    assert [m for m in parse.medebewoners(text) if m.relatie == "partner"] == [parse.Medebewoner(36, "partner")]


def test_housemates_above_an_age_all_have_it():
    assert parse.medebewoners("ik woon met 2 vrienden boven de 40") == [parse.Medebewoner(41, "anders")] * 2


# --- 3. a bare wish to earn: today's rule in general first, then the first question (session 11's miss) ----------

@pytest.mark.parametrize("text", ["ik wil graag wat bijverdienen", "ik ga binnenkort werken", "mag ik werken naast de bijstand"])
def test_a_bare_wish_to_earn_gets_the_rule_first(text):
    _, said, open_vragen = start("bijverdienen_form", text)
    assert responses(said) == ["utter_bijverdienen"]
    assert open_vragen[0] == "leeftijd"
    tekst = tekst_op(said[0], DAG)
    assert knowledge.feiten(DAG)["vrijlating_percentage"] in tekst and knowledge.feiten(DAG)["vrijlating_maximum"] in tekst


# --- 4. nothing may be kept: the bijstand left in the first sentence (session 11's miss) ------------------------

def test_too_young_the_bijstand_left_comes_first():
    jong = waarde("leeftijd.jongeren_zonder_arbeidsvrijlating") - 2
    _, said, _ = start("bijverdienen_form", f"ik ben {jong}, woon alleen en verdien 500 per maand met een bijbaan")
    assert responses(said) == ["utter_bijverdienen_eerst_niets_over"]
    uit = vrijlating(leeftijd=jong, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 500})
    assert uit["vrijlating_per_maand"] == 0
    assert geld(uit["aanvullende_bijstand"]) in eerste_zin(tekst_op(said[0], DAG))


def test_months_over_the_bijstand_left_comes_first_household_not_said():
    _, said, _ = start("bijverdienen_form", "ik ben 50 en werk nu al 10 maanden voor 300 euro per maand")
    assert responses(said) == ["utter_bijverdienen_eerst_voorbij_over_alleen"]
    uit = vrijlating(leeftijd=50, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG, -10).isoformat(),
                     netto_inkomsten={"bedrag": 300})
    assert geld(uit["aanvullende_bijstand"]) in eerste_zin(tekst_op(said[0], DAG))


# --- 5. a wage without an age: the bijstand left at the age of the vrijlating, first -----------------------------

def test_a_single_parent_without_an_age_hears_the_bijstand_left():
    _, said, _ = start("bijverdienen_form", "alleenstaande vader, dochter van 6, sinds 10 maanden werk ik voor 600 netto")
    assert responses(said)[0].startswith("utter_bijverdienen_eerst_zonder_leeftijd") and \
        responses(said)[0].endswith("_over")
    grens = waarde("leeftijd.jongeren_zonder_arbeidsvrijlating")
    uit = vrijlating(leeftijd=grens, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=6,
                     start_werk=plus_maanden(DAG, -10).isoformat(), netto_inkomsten={"bedrag": 600})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_the_age_on_its_own_gives_the_bijstand_left():
    _, said, _ = start("bijverdienen_form", "ik ga 900 netto per maand verdienen in de bouw, woon alleen, 39 jaar. "
                                            "wat blijft er over")
    uit = vrijlating(leeftijd=39, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 900})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_couple_allebei_and_the_partners_wage():
    _, said, _ = start("bijverdienen_form", "wij hebben samen bijstand, allebei 41, mijn vrouw gaat 900 netto per "
                                            "maand verdienen, hoeveel houden we over")
    assert responses(said) == ["utter_bijverdienen_eerst_alleen_partner"]
    uit = vrijlating(leeftijd=41, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 900})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 6. pay off the books: report it (else fraud), first ----------------------------------------------------------

@pytest.mark.parametrize("text", ["ik krijg 50 euro per week onder de tafel voor klussen, mag dat",
                                  "kan ik zwart bijverdienen met oppassen"])
def test_pay_off_the_books_first_hears_to_report_it(text):
    _, said, _ = start("bijverdienen_form", text)
    assert responses(said)[0] == "utter_bijverdienen_zwart"
    assert responses(antwoord("bijverdienen", text, PEILDATUM))[0] == "utter_bijverdienen_zwart"


def test_a_black_dog_is_no_pay_off_the_books():
    assert not feiten_uit_bericht.zwart_werk("ik ga uitlaten als baan. mijn hond is zwart")
    assert not feiten_uit_bericht.zwart_werk("ik ga 20 uur werken in een winkel")


# --- 7. alimentatie with an amount counts, also for a young child --------------------------------------------------

def test_alimentatie_for_a_young_child_with_an_amount_names_it():
    said = antwoord("alimentatie", "de vader betaalt 180 per maand voor mijn zoon van 5, telt dat mee", PEILDATUM)
    assert responses(said) == ["utter_alimentatie_bedrag"] and said[0]["alimentatie_bedrag_tekst"] == "€ 180 per maand"


# --- 8. the norm: housemates above an age, a married vriendin's age ------------------------------------------------

def test_housemates_above_an_age_give_the_kostendelersnorm_first():
    _, said, _ = start("norm_form", "ik woon met 2 huisgenoten boven de 40, wat krijg ik")
    assert responses(said) == ["utter_bijstandsnorm_kostendeler"]
    uit = norm(leeftijd="onbekend", leefsituatie="onbekend",
               medebewoners=[{"leeftijd": 41, "relatie": "anders"}] * 2)
    assert said[0]["kostendelersnorm_bedrag"] == geld(uit["norm"])


def test_a_married_couple_with_a_vriendin_gets_their_norm():
    _, said, _ = start("norm_form", "ik 22 en mijn vriendin 20, wij zijn getrouwd, hoeveel krijgen we")
    assert responses(said) == ["utter_bijstandsnorm_stel_jong"]
    uit = norm(leeftijd=22, leefsituatie="gehuwden", partner_leeftijd=20)
    assert said[0]["norm_eigen"] == geld(uit["norm"])
