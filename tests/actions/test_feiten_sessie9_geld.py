"""Answer first with the person's facts, session 9, the money topics (issue #20): the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s9.yml, each as a general rule (never one message's words). Every amount the tests
expect is computed from knowledge/, never typed here; the messages are new ones of the same kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from actions.context import DEFAULT_GEMEENTE
from tests.actions.eerste_antwoord import antwoord, geld, tekst_op
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)



def responses(said: list[dict]) -> list[str]:
    return [m.get("response") for m in said]


# --- ages the readers missed, and ages that are no amounts -----------------------------------------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("mag ik als 22 jarige iets van mijn loon houden", 22),
    ("ben alleenstaande moeder 33 jr, zoon van 4", 33),
    ("ik (52) en mijn vrouw (50) hebben bijstand", 52),
    ("mijn man en ik (allebei 45) hebben samen bijstand", 45),
])
def test_the_own_age_in_more_forms(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text, bedragen", [
    ("mijn zoon (31) krijgt bijstand, ik geef hem elke maand 80 euro", [Decimal("80")]),
    ("mijn buurvrouw (72, weduwe) krijgt 40 euro van mij", [Decimal("40")]),
    ("wij zijn 58 en 61, samen hebben we 9000 spaargeld", [Decimal("9000")]),
])
def test_an_age_in_brackets_or_of_wij_is_no_amount(text, bedragen):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == bedragen


def test_a_deceased_parent_is_no_housemate():
    assert parse.medebewoners("ik woon met mijn zus van 40 in het huis van mijn overleden vader") == \
        [parse.Medebewoner(40, "anders")]


# --- earning: the bijstand left beside the wage, the start of work before an amount -----------------------------

def test_age_household_and_wage_give_the_bijstand_left_after_the_amount_kept():
    _, said, _ = start("bijverdienen_form", "ik ben 41 en woon alleen, ik werk sinds oktober en verdien 700 netto. "
                                            "hoeveel mag ik houden")
    # session 11: the bijstand left comes first, with the amount kept ("hoeveel mag ik houden": what do I have then)
    assert responses(said) == ["utter_bijverdienen_eerst_bijstand_over_maanden"]
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM, "gemeente": DEFAULT_GEMEENTE, "leeftijd": 41, "leefsituatie": "alleenstaande",
        "start_werk": "2026-10-01", "netto_inkomsten": {"bedrag": 700}})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert geld(uit["aanvullende_bijstand"]) in tekst_op(said[0], DAG)


def test_under_the_age_of_the_old_vrijlating_what_is_left_is_asked_for_someone_alone():
    _, said, _ = start("bijverdienen_form", "ik ben 22 en verdien 300 per maand, hoeveel krijg ik nog")
    assert responses(said)[-1] == "utter_bijverdienen_bijstand_erbij_alleen"
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM, "gemeente": DEFAULT_GEMEENTE, "leeftijd": 22, "leefsituatie": "alleenstaande",
        "start_werk": "onbekend", "netto_inkomsten": {"bedrag": 300}})
    assert said[-1]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_no_bijstand_left_without_how_the_person_lives_or_the_question():
    _, said, _ = start("bijverdienen_form", "ik ben 41 en ga 700 euro netto verdienen, hoeveel mag ik houden")
    assert "utter_bijverdienen_bijstand_erbij" not in responses(said)
    assert "utter_bijverdienen_bijstand_erbij_alleen" not in responses(said)


def test_the_start_of_work_ends_where_the_amount_starts():
    assert feiten_uit_bericht.start_werk("werk sinds april 650 netto per maand", DAG) == date(2026, 4, 1)


def test_alimentatie_in_the_earnings_form_gets_the_alimentatie_answer():
    _, said, _ = start("bijverdienen_form", "mijn ex betaalt 300 euro partneralimentatie, mag ik dat houden")
    assert responses(said) == ["utter_alimentatie_bedrag"]


# --- gifts: a monthly gift from a start this year, the part of the last gift that fits, the limit asked -------

def test_a_monthly_gift_since_a_month_this_year_counts_from_that_month():
    _, said, _ = start("giften_form", "mijn zus geeft me sinds 1 mei elke maand 140 euro, mag dat")
    maanden = 12 - 5 + 1
    assert said[0]["gift_per_jaar"] == geld(140 * maanden)
    assert f"({maanden} maanden)" in said[0]["gift_bedrag_tekst"]


def test_the_topic_answer_counts_a_monthly_gift_from_its_start_too():
    said = antwoord("giften", "sinds augustus krijg ik elke maand 200 euro van mijn oom", PEILDATUM)
    assert said[0]["gift_per_jaar"] == geld(200 * 5)


def test_more_gifts_over_the_limit_say_how_much_of_the_last_one_still_fits():
    _, said, _ = start("giften_form", "in maart kreeg ik 500 van mijn oom en in mei 300 van mijn opa. "
                                      "nu wil mijn tante 600 geven, kan dat")
    assert said[0]["response"] == "utter_giften_eerst_meer_boven_deel"
    grens = Decimal(str(parameter("giften.vrijlating_per_jaar")))
    assert said[0]["gift_ruimte"] == geld(grens - 800)


@pytest.mark.parametrize("intent", ["giften", "terugvordering"])
def test_what_happens_above_the_limit_is_not_all_paid_back(intent):
    grens = int(parameter("giften.vrijlating_per_jaar"))
    said = antwoord(intent, f"wat als ik dit jaar meer dan {grens} euro krijg, moet ik dan alles terugbetalen",
                    PEILDATUM)
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"
    assert tekst_op(said[0], DAG).startswith("Nee, niet vanzelf")


@pytest.mark.parametrize("intent", ["giften", "inlichtingenplicht"])
def test_whether_to_report_a_gift_without_an_amount(intent):
    said = antwoord(intent, "moet ik doorgeven dat mijn oma mij soms geld geeft", PEILDATUM)
    assert said[0]["response"] == "utter_giften_melden"


def test_money_lent_that_need_not_be_paid_back_is_a_gift_even_read_as_a_terugvordering():
    said = antwoord("terugvordering", "mijn tante leent me 400 maar ik hoef het nie terug te geven", PEILDATUM)
    assert said[0]["response"] == "utter_giften_binnen_grens"


# --- savings and an inheritance against the vermogensgrens -----------------------------------------------------

def test_savings_above_the_limit_say_by_how_much():
    grens = Decimal(str(parameter("vermogen.grens_alleenstaande")))
    said = antwoord("vermogen", f"ik woon alleen en heb {grens + 700} euro spaargeld", PEILDATUM)
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(700)


def test_is_it_too_much_gets_no():
    grens = Decimal(str(parameter("vermogen.grens_gezin")))
    said = antwoord("vermogen", f"wij zijn getrouwd en hebben {grens - 3000} euro op de bank, is dat te veel", PEILDATUM)
    assert said[0]["response"] == "utter_vermogen_niet_te_veel"
    assert tekst_op(said[0], DAG).startswith("Nee")


def test_savings_read_as_the_norm_are_held_against_the_limit():
    grens = Decimal(str(parameter("vermogen.grens_gezin")))
    said = antwoord("bijstandsnorm", f"wij zijn 50 en 52 en getrouwd, we hebben {grens + 1000} spaargeld. "
                                     "krijgen we bijstand", PEILDATUM)
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(1000)


@pytest.mark.parametrize("text, response", [
    ("ik heb 2500 euro geerfd van mijn tante, ik woon alleen. mag ik dat houden", "utter_erfenis_onder_grens"),
    ("ik ben alleenstaande vader en erf 20.000 euro van mijn moeder", "utter_erfenis_boven_grens"),
])
def test_an_inheritance_against_the_households_limit(text, response):
    said = antwoord("erfenis", text, PEILDATUM)
    assert said[0]["response"] == response
    assert "melden" in tekst_op(said[0], DAG)


def test_an_inheritance_without_how_the_person_lives_gets_the_general_answer():
    assert antwoord("erfenis", "ik erf 9000 euro, wat nu", PEILDATUM)[0]["response"] == "utter_erfenis"


# --- other income: the inkomenstoeslag's amount, vakantiegeld, huurtoeslag and the rent --------------------------

def test_how_much_inkomenstoeslag_is_for_the_gemeente():
    assert antwoord("inkomenstoeslag", "hoe hoog is die toeslag voor langdurig laag inkomen", PEILDATUM)[0]["response"] \
        == "utter_inkomenstoeslag_hoeveel"


def test_how_much_vakantiegeld_is_the_part_of_the_norm_knowledge_names():
    said = antwoord("vakantiegeld", "hoeveel vakantiegeld krijg je in de bijstand", PEILDATUM)
    assert said[0]["response"] == "utter_vakantiegeld_hoeveel"
    per_maand = (Decimal(str(parameter("normen.alleenstaande"))) * Decimal(str(parameter("normen.vakantietoeslag_percentage")))
                 / 100).quantize(Decimal("0.01"))
    assert said[0]["vakantiegeld_alleen_maand"] == geld(per_maand)
    assert said[0]["vakantiegeld_alleen_jaar"] == geld(per_maand * 12)


def test_a_rent_above_the_huurtoeslag_limit_can_still_get_huurtoeslag():
    grens = Decimal(str(parameter("toeslagen.huurtoeslag_maximale_huur")))
    said = antwoord("toeslagen", f"mijn huur is {grens + 100} euro, krijg ik dan nog huurtoeslag", PEILDATUM)
    assert said[0]["response"] == "utter_toeslagen_huur_boven" and said[0]["huur_grens"] == geld(grens)


def test_a_young_persons_rent_counts_up_to_the_lower_limit():
    said = antwoord("toeslagen", "ik ben 20 en betaal 600 euro kale huur, hoeveel krijg ik huurtoeslag", PEILDATUM)
    assert said[0]["response"] == "utter_toeslagen_huur_jong"
    assert said[0]["huur_grens"] == geld(parameter("toeslagen.huurtoeslag_maximale_huur_jongeren"))


# --- the norm: a young couple who live together, a child's own bijstand ----------------------------------------

def test_a_young_couple_who_live_together_get_their_norm():
    _, said, _ = start("norm_form", "ik ben 19 en mijn vriendin is 24, we wonen samen met ons kind van 1. "
                                    "hoeveel bijstand krijgen we")
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 19, "leefsituatie": "gehuwden",
                                              "partner_leeftijd": 24, "medebewoners": [{"leeftijd": 1, "relatie": "kind"}]})
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong" and said[0]["norm_eigen"] == geld(uit["norm"])


def test_a_parent_asking_whether_a_grown_child_can_get_bijstand():
    _, said, _ = start("norm_form", "onze dochter van 19 woont thuis, kan zij bijstand krijgen")
    assert said[0]["response"] == "utter_jongeren_kind_eigen_bijstand_jong"


def test_money_from_the_ex_said_not_to_be_alimentatie_is_held_against_the_gift_limit():
    said = antwoord("alimentatie", "mijn ex betaalt elke maand 80 euro voor de boodschappen, we hebben geen alimentatie "
                                   "afgesproken. telt dat", PEILDATUM)
    assert said[0]["response"] == "utter_giften_binnen_grens"
    assert antwoord("alimentatie", "mijn ex betaalt 200 euro alimentatie per maand", PEILDATUM)[0]["response"] \
        == "utter_alimentatie_bedrag"


def test_a_thing_of_three_digits_is_a_price_not_an_age():
    assert [b.bedrag.euro for b in parse.bedragen("mijn broer kocht een fiets van 180 voor me")] == [Decimal("180")]
    assert parse.bedragen("mijn dochter van 16 woont bij mij") == []


def test_the_limit_asked_with_paying_back_read_as_gifts_is_not_the_terugvordering_answer():
    grens = int(parameter("giften.vrijlating_per_jaar"))
    said = antwoord("giften", f"als ik meer dan {grens} krijg, moet ik dan alles terugbetalen", PEILDATUM)
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"


def test_how_much_vakantiegeld_read_as_the_norm_gets_the_amount():
    said = antwoord("bijstandsnorm", "hoeveel vakantiegeld krijg ik in de bijstand", PEILDATUM)
    assert said[0]["response"] == "utter_vakantiegeld_hoeveel"


def test_savings_in_the_norm_form_are_held_against_the_limit():
    grens = Decimal(str(parameter("vermogen.grens_gezin")))
    _, said, _ = start("norm_form", f"wij zijn 45 en 47 en getrouwd en hebben {grens + 2000} spaargeld, "
                                    "hoeveel bijstand krijgen we")
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(2000)
