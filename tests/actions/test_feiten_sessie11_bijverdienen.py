"""Answer first with the person's facts, session 11, earning beside bijstand (issue #20): the kinds of misses of the
tuning set bench/antwoorden_afstemmen_s11.yml on bereken_bijverdienen, each as a general rule (never one message's
words). Every amount the tests expect is computed by knowledge/, never typed here; the messages are new ones of the
same kind."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from knowledge.datums import plus_maanden
from tests.actions.eerste_antwoord import form_begin, geld, tekst_op

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


def start(text: str):
    begin = form_begin("bijverdienen_form", text, PEILDATUM, gemeente=GEMEENTE)
    return begin.slots, begin.berichten, begin.open_vragen


def responses(said: list[dict]) -> list[str]:
    return [m.get("response") for m in said]


def parameter(naam: str, dag: date = DAG):
    return knowledge.waarde(naam, dag)


def zinnen(tekst: str, n: int) -> str:
    """The first n sentences of a text (an amount's dot is no end of a sentence)."""
    return " ".join(re.split(r"(?<=[.?!])\s+", tekst)[:n])



def vrijlating(dag: date = DAG, **invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": dag.isoformat(), "gemeente": GEMEENTE,
                                                      "leefsituatie": "onbekend", "start_werk": "onbekend", **invoer})


# --- 1. the bijstand left beside the wage, first; the household assumed and said when not given ---------------------

def test_age_and_wage_without_the_household_give_the_bijstand_left_for_someone_alone_first():
    _, said, _ = start("ik ben 58 en ga in de thuiszorg werken voor 400 euro netto per maand, wat mag ik houden")
    assert responses(said)[0] == "utter_bijverdienen_eerst_bijstand_over_maanden_alleen"  # art. 31 lid 2 n: months
    uit = vrijlating(leeftijd=58, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 400})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    tekst = tekst_op(said[0], DAG)
    assert tekst.startswith("Woont u alleen?") and geld(uit["aanvullende_bijstand"]) in zinnen(tekst, 2)


def test_a_couple_s_wage_gives_the_couple_s_bijstand_left_first():
    _, said, _ = start("ik woon samen met mijn vrouw, ben 44 en verdien 700 netto per maand, wat mag ik houden")
    assert responses(said)[0] == "utter_bijverdienen_eerst_bijstand_over_maanden"
    uit = vrijlating(leeftijd=44, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 700})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_months_over_the_bijstand_left_follows_for_someone_alone():
    _, said, _ = start("ik ben 40 en werk nu al 9 maanden voor 450 netto, waarom krijg ik minder")
    # session 12: the bijstand left in the first sentence of the first bubble, no second one
    assert responses(said) == ["utter_bijverdienen_eerst_voorbij_over_alleen"]
    uit = vrijlating(leeftijd=40, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG, -9).isoformat(),
                     netto_inkomsten={"bedrag": 450})
    assert uit["vrijlating_per_maand"] == 0
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 2. an age the message gives is never asked again -----------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [("alleenstaande vader 44, dochter van 9, ik verdien 600 netto per maand. "
                                             "hoeveel mag ik houden", 44),
                                            ("ik ben alleenstaande moeder (29) met een zoon van 4 en verdien 300 "
                                             "netto per maand", 29)])
def test_the_age_after_single_parent_is_the_person_s_own(text, leeftijd):
    slots, _, open_vragen = start(text)
    assert slots["leeftijd"] == leeftijd and "leeftijd" not in open_vragen
    assert "jongste_kind_leeftijd" not in open_vragen


def test_a_number_before_one_child_is_no_count_of_children():
    assert parse.medebewoners("alleenstaande papa 41 dochtertje van 6") == [parse.Medebewoner(6, "kind")]


def test_the_partner_who_starts_work_and_the_partner_s_age_give_the_couple_s_bijstand_left():
    _, said, _ = start("mijn vrouw is 41 en verdient sinds kort 700 netto per maand, wij zitten samen in de bijstand. "
                       "hoeveel houden we over")
    assert responses(said) == ["utter_bijverdienen_eerst_alleen_partner"]
    uit = vrijlating(leeftijd=41, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 700})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_part_that_starts_with_its_verb_has_the_subject_of_the_part_before():
    lonen = parse.bedragen("mijn man is 50 en werkt 20 uur voor 650 netto per maand")
    assert [b.van_partner for b in lonen] == [True]
    assert [b.van_partner for b in parse.bedragen("ik verdien 600 en mijn partner 400")] == [False, True]
    assert [b.van_partner for b in parse.bedragen("mijn vrouw is ziek en ik verdien 500")] == [False]


# --- 3. after the first months: the single parent's and the medische urenbeperking's vrijlating ----------------------

def test_a_single_parent_working_for_months_gets_the_single_parent_s_vrijlating():
    slots, said, open_vragen = start("ik ben alleenstaande moeder van 36 met een dochter van 5, ik werk al 10 maanden "
                                     "en verdien 900 netto")
    assert open_vragen == ["bevestigd"]
    uit = vrijlating(leeftijd=36, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=5,
                     start_werk=slots["start_werk"], netto_inkomsten={"bedrag": 900})
    assert uit["regel"] == "31_2_r"
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert said[0]["vrijlating_deel"] == "12,5%"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


@pytest.mark.parametrize("text, maanden", [("ik werk al een jaar bij de bakker", 12), ("ik heb al 3 jaar een baan", 36),
                                           ("ik werk sinds anderhalf jaar in een winkel", 18)])
def test_work_lasting_years_started_that_long_ago(text, maanden):
    assert feiten_uit_bericht.start_werk(text, DAG) == plus_maanden(DAG, -maanden)


def test_years_of_work_are_no_amount():
    assert feiten_uit_bericht.eigen_loon("ik werk nu anderhalf jaar voor 750 netto") == parse.Bedrag(Decimal(750), None)


def test_a_medische_urenbeperking_after_the_first_months_gets_its_own_vrijlating():
    slots, said, _ = start("door een medische urenbeperking werk ik al twee jaar parttime, 560 netto per maand, ik ben "
                           "47, hoeveel houd ik over")
    uit = vrijlating(leeftijd=47, leefsituatie="alleenstaande", start_werk=slots["start_werk"],
                     medische_urenbeperking=True, netto_inkomsten={"bedrag": 560})
    assert uit["regel"] == "31_2_y"
    assert responses(said)[0] == "utter_bijverdienen_eerst_bijstand_over_alleen"
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 4. a wage above the norm: no bijstand left, first ---------------------------------------------------------------

@pytest.mark.parametrize("text, response", [
    ("ik ben 42, woon alleen en kan een baan krijgen voor 1900 netto per maand, hoeveel mag ik houden",
     "utter_bijverdienen_eerst_geen_bijstand"),
    ("ik ben 30 en ga 1800 netto verdienen, kan ik dan nog iets krijgen", "utter_bijverdienen_eerst_geen_bijstand_alleen")])
def test_a_wage_above_the_norm_says_first_no_bijstand_is_left(text, response):
    _, said, _ = start(text)
    assert responses(said)[0] == response
    assert "geen bijstand meer" in zinnen(tekst_op(said[0], DAG), 2)


# --- 5. work that starts on a date when the new rule holds -----------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd, maand", [("vanaf februari ga ik 1000 netto verdienen, ik ben 23", 23, 2),
                                                   ("per 1 maart begin ik bij de bakker voor 700 netto per maand ik "
                                                    "ben 51", 51, 3)])
def test_work_starting_on_a_later_date_is_computed_by_the_law_of_that_date(text, leeftijd, maand):
    begin = date(DAG.year + 1, maand, 1)
    slots, said, _ = start(text)
    loon = slots["inkomsten"]["euro"]
    uit = vrijlating(begin, leeftijd=leeftijd, start_werk=begin.isoformat(), netto_inkomsten={"bedrag": loon})
    assert uit["regel"] == "34a"
    assert responses(said) == ["utter_bijverdienen_eerst_nieuwe_regel"]  # no bijstand left by today's rule after it
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert "gemeente beslist" in tekst_op(said[0], DAG)


@pytest.mark.parametrize("text", ["per 1 februari begin ik een baan", "vanaf maart start ik met werken"])
def test_a_start_said_in_the_present_tense_lies_ahead(text):
    assert feiten_uit_bericht.start_werk(text, DAG) is None
    assert feiten_uit_bericht.start_werk_later(text, DAG) > DAG


def test_work_that_began_has_no_later_start():
    assert feiten_uit_bericht.start_werk_later("ik ben in maart begonnen met werken", DAG) is None


# --- 6. a wage paid once: the bijstand left in that month ------------------------------------------------------------

def test_a_wage_paid_once_gives_the_bijstand_left_in_that_month():
    _, said, _ = start("vorige maand heb ik eenmalig 450 euro verdiend met een klus, ik ben 39, wat houd ik over")
    assert responses(said)[0] == "utter_bijverdienen_eerst_eenmalig_alleen"
    uit = vrijlating(leeftijd=39, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 450})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    tekst = tekst_op(said[0], DAG)
    assert "in die maand" in tekst and "per maand" not in tekst


def test_a_later_start_given_is_not_asked_and_the_outcome_uses_the_law_of_that_date():
    from rasa_sdk import Tracker

    from actions.rekenhulpen.bijverdienen import CALCULATOR, invoer

    slots, _, open_vragen = start("ik ben 31, woon alleen en vanaf maart ga ik 900 netto per maand verdienen")
    begin = date(DAG.year + 1, 3, 1)
    assert slots["start_werk"] == begin.isoformat() and "start_werk" not in open_vragen
    tracker = Tracker("test", {**slots, "jongste_kind_leeftijd": None},
                      {"text": "", "metadata": {"peildatum": PEILDATUM, "gemeente": GEMEENTE}}, [], False, None, {},
                      "action_listen")
    uit = knowledge.bereken(CALCULATOR, invoer(tracker))  # knowledge/ takes no start after its peildatum
    assert uit == vrijlating(begin, leeftijd=31, leefsituatie="alleenstaande", start_werk=begin.isoformat(),
                             netto_inkomsten={"bedrag": 900})
    assert uit["regel"] == "34a"
