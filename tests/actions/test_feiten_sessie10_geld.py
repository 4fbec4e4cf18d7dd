"""Answer first with the person's facts, session 10, the money topics (issue #20): the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s10.yml, each as a general rule (never one message's words). Every amount the tests
expect is computed from knowledge/, never typed here; the messages are new ones of the same kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from knowledge.datums import plus_maanden
from knowledge.teksten import maand
from tests.actions.eerste_antwoord import DOMAIN, geld, tekst_op
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)



def eerst(intent: str, text: str):
    return feiten_uit_bericht.antwoord(intent, text, DAG, DOMAIN, GEMEENTE)


# --- gifts: the limit asked in the gift form is no gift of that amount -------------------------------------------

@pytest.mark.parametrize("vraag", ["wat gebeurt er eigenlijk als iemand per jaar meer dan {grens} euro aan giften "
                                   "binnenkrijgt",
                                   "en als ik over de {grens} euro ga, moet ik dan alles terugbetalen"])
def test_what_happens_above_the_limit_asked_in_the_gift_form_is_the_limit_not_a_gift(vraag):
    grens = int(parameter("giften.vrijlating_per_jaar"))
    slots, said, _ = start("giften_form", vraag.format(grens=grens))
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


# (session 14: an own age from the adult norm to the search period's age, "ik ben 22, welke regels gelden er onder de
# 27", now gets the rules of that age: tests/actions/test_eerst_antwoord_s14_onderwerpen.py)
@pytest.mark.parametrize("text", ["ik woon tot 27 maart bij mijn ouders"])
def test_an_own_age_or_a_date_is_no_question_about_the_rules_under_that_age(text):
    gevonden = eerst("jongeren", text)
    assert gevonden is None or gevonden.response != "utter_jongeren_onder_leeftijd"


# --- bijverdienen: work that starts when the new rule holds ----------------------------------------------------------

def test_work_that_starts_under_the_new_rule_gets_its_vrijlating_first(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)  # a gemeente that applies only the old rule now
    ingang = knowledge.waarde("bijverdienen.regime", DAG)
    assert ingang != "artikel_34a"  # today the old rule: else this test has no meaning
    start_dag = date(DAG.year + 1, 2, 1)
    percentage = knowledge.waarde("vrijlating_34a.percentage", start_dag)
    _, said, _ = start("bijverdienen_form", f"vanaf 1 februari {start_dag.year} ga ik 800 euro netto per maand "
                                            "verdienen, wat mag ik daarvan houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_nieuwe_regel"
    assert said[0]["vrijlating"] == geld(Decimal(800) * Decimal(str(percentage)) / 100)


def test_work_that_starts_soon_under_todays_rule_keeps_todays_answer(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    _, said, _ = start("bijverdienen_form", "ik ga volgende week 400 euro per maand verdienen, ik ben 35")
    assert said[0]["response"] != "utter_bijverdienen_eerst_nieuwe_regel"


def test_only_the_partner_earns_gives_the_couples_bijstand_left(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE, "leeftijd": 40,
                                                     "leefsituatie": "gehuwden", "start_werk": "onbekend",
                                                     "netto_inkomsten": {"bedrag": 900, "periode": "maand"}})
    slots, said, _ = start("bijverdienen_form", "mijn man (40) kan 900 netto per maand gaan verdienen, wij hebben "
                                                "samen bijstand, wat houden we over")
    assert said[0]["response"] == "utter_bijverdienen_eerst_alleen_partner"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"]) and slots.get("rekenhulp_klaar") is True


# --- a commercial lodger and the norm asked ---------------------------------------------------------------------------

def test_a_commercial_lodger_and_the_norm_asked_gets_the_norm_of_someone_on_their_own():
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 44, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    _, said, _ = start("norm_form", "ik ben 44 en een vrouw van 29 huurt een kamer bij mij, met een schriftelijk "
                                    "contract tegen marktprijs. hoeveel bijstand krijg ik")
    assert said[0]["response"] == "utter_kostendelersnorm_huurder_norm"
    assert said[0]["norm_eigen"] == geld(uit["norm"])


# --- savings asked as 'will my bijstand stop' ---------------------------------------------------------------------------

def test_savings_with_will_my_bijstand_stop_read_as_stopgezet_are_held_against_the_limit():
    grens = Decimal(str(parameter("vermogen.grens_alleenstaande")))
    gevonden = eerst("stopgezet", f"ik woon alleen en heb {int(grens) + 700} euro gespaard, stopt mijn bijstand nu")
    assert gevonden.response == "utter_vermogen_boven_grens" and gevonden.waarden["vermogen_boven"] == geld(700)


def test_a_bijstand_stopped_because_of_savings_keeps_the_stopgezet_answer():
    gevonden = eerst("stopgezet", "mijn bijstand is vorige week gestopt omdat ik 9000 euro spaargeld heb")
    assert gevonden is None or not gevonden.response.startswith("utter_vermogen")


# --- a single parent past the months of the general vrijlating ------------------------------------------------------

def test_a_number_word_with_months_is_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("ik verdien 700 netto, zijn die vijf maanden al om")] == \
        [Decimal("700")]


def test_what_a_person_is_then_the_age_after_a_comma_is_the_own_age():
    assert feiten_uit_bericht.eigen_leeftijd("alleenstaande vader, 41, zoon van 9. wat mag ik houden") == 41


def test_a_single_parent_past_the_months_of_the_general_vrijlating_gets_the_single_parents_share(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    deel = Decimal(str(parameter("vrijlating_31_2_r.percentage")))
    maximum = Decimal(str(parameter("vrijlating_31_2_r.maximum")))
    _, said, _ = start("bijverdienen_form", "alleenstaande vader, 41, zoon van 9. ik werk al 10 maanden en verdien 1000 "
                                            "netto, wat blijft er vrij nu die zes maanden voorbij zijn")
    assert said[0]["vrijlating"] == geld(min(Decimal(1000) * deel / 100, maximum))


# --- a count with an amount per time, and children are no amount ------------------------------------------------------

def test_a_count_with_an_amount_per_time_is_multiplied_and_kids_are_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("mijn buurman heeft 3x de boodschappen betaald voor 40 euro per keer. "
                                                  "ik heb 3 kids")] == [Decimal("120")]


# --- alimentatie in the gift form, and the whole wage of the young in the earnings form ----------------------------------

@pytest.mark.parametrize("text", ["mijn ex stort elke maand 180 euro kinderalimentatie voor mijn dochter van 6, "
                                  "mag ik dat houden",
                                  "ik krijg 400 euro partneralimentatie, is dat een gift"])
def test_alimentatie_read_as_a_gift_gets_the_alimentatie_answer_not_the_gift_limit(text):
    slots, said, _ = start("giften_form", text)
    assert said[0]["response"].startswith("utter_alimentatie") and slots.get("rekenhulp_klaar") is True


def test_money_from_the_ex_said_to_be_no_alimentatie_stays_a_gift_in_the_gift_form():
    _, said, _ = start("giften_form", "mijn ex geeft me 100 euro per maand, er is geen alimentatie afgesproken")
    assert said[0]["response"].startswith("utter_giften")


def test_under_the_age_of_the_vrijlating_the_whole_wage_is_said_to_go_off(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    jong = parameter("leeftijd.jongeren_zonder_arbeidsvrijlating") - 3
    _, said, _ = start("bijverdienen_form", f"ik ben {jong} en verdien 350 euro per maand, hoeveel gaat eraf")
    assert said[0]["response"].startswith("utter_bijverdienen_eerst_niets")  # session 12: _over_alleen
    assert "€ 350" in tekst_op(said[0], DAG)


def test_whom_the_gift_limit_is_for_read_as_earnings_gets_the_households_limit():
    grens = int(parameter("giften.vrijlating_per_jaar"))
    slots, said, _ = start("bijverdienen_form", f"is die {grens} euro per persoon of voor het hele gezin")
    assert said[0]["response"] == "utter_giften_per_huishouden" and slots.get("rekenhulp_klaar") is True
