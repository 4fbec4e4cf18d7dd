"""Answer first with the person's facts, session 11, the money topics (issue #20): the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s11.yml about amounts (the norm, the AIO, gifts, the vrijwilligersvergoeding and
income that is not from work), each as a general rule. Every amount the tests expect is computed from knowledge/,
never typed here; the messages are new ones of the same kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from tests.actions.eerste_antwoord import DOMAIN, geld
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)



def norm(**invoer) -> Decimal:
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], **invoer})
    return Decimal(str(uit["norm"]))


def eerst(intent: str, text: str):
    return feiten_uit_bericht.antwoord(intent, text, DAG, DOMAIN, GEMEENTE)


AOW = parameter("leeftijd.aow_jaren")
KOSTENDELER = parameter("normen.kostendeler_minimumleeftijd")
VOLWASSEN = parameter("leeftijd.volwassenennorm")
GRENS = Decimal(str(parameter("giften.vrijlating_per_jaar")))


# --- the AIO: the amount asked at or past the AOW age -------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("bijstandsnorm", "wat krijg je als je de aow-leeftijd hebt bereikt"),
    ("aow_aio", "welk bedrag krijgt iemand die de aow leeftijd heeft"),
])
def test_the_amount_asked_for_the_aow_age_in_general_is_the_aio_level(intent, text):
    assert eerst(intent, text).response == "utter_aow_aio_norm"


def test_an_amount_asked_past_the_aow_age_without_a_household_gets_the_aio_levels_not_the_duties():
    assert eerst("bijstandsnorm", f"ik ben {AOW + 2} hoeveel krijg ik").response == "utter_aow_aio_norm"


def test_the_aio_with_a_grown_up_child_at_home_is_the_kostendelersnorm_of_the_aio():
    _, said, _ = start("norm_form", f"ik ben {AOW + 1} en mijn zoon van {KOSTENDELER + 8} woont bij mij, "
                                    "wat wordt mijn uitkering")
    assert said[0]["response"] == "utter_aow_aio_norm_kostendeler"
    assert said[0]["norm_eigen"] == geld(norm(leeftijd=AOW + 1, leefsituatie="onbekend",
                                              medebewoners=[{"leeftijd": KOSTENDELER + 8, "relatie": "kind"}]))


def test_what_the_aio_is_asked_gets_the_aanvulling():
    assert eerst("aow_aio", "wat betekent aio eigenlijk").response == "utter_aow_aio_wat_is"
    assert "aanvulling" in DOMAIN["responses"]["utter_aow_aio_wat_is"][0]["text"]


# --- the young: someone of 18-20 in general, a young couple -------------------------------------------------------

def test_the_norm_asked_for_an_age_written_as_jarige_is_that_age_s_norm():
    gevonden = eerst("bijstandsnorm", f"wat is de bijstandsnorm voor {VOLWASSEN - 1} jarigen")
    assert gevonden.response == "utter_bijstandsnorm_eigen_jong"
    assert gevonden.waarden["norm_eigen"] == geld(parameter("normen.jongere_alleenstaande"))


def test_a_child_of_an_age_written_as_jarige_is_a_housemate_not_the_age_asked():
    assert feiten_uit_bericht.norm.iemand_van("mijn 19 jarige zoon woont bij mij") is None


@pytest.mark.parametrize("text, leeftijd", [("ik 20 mijn vrouw 22", 20), ("ik 40 jaar krijg 300 per maand", 40),
                                            ("ik 10 jaar in de bijstand", None), ("ik 25 euro", None)])
def test_the_age_right_after_ik_in_short_writing(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


def test_a_young_couple_in_short_writing_gets_the_norm_for_one_young_spouse():
    jong, oud = VOLWASSEN - 1, VOLWASSEN + 1
    _, said, _ = start("norm_form", f"ik {jong} mijn vrouw {oud} we zijn getrouwd hoeveel krijgen we")
    assert said[0]["response"] == "utter_bijstandsnorm_stel_jong"
    assert said[0]["norm_eigen"] == geld(norm(leeftijd=jong, leefsituatie="gehuwden", partner_leeftijd=oud))


# --- housemates under the kostendeler age do not lower the norm ---------------------------------------------------

def test_housemates_all_under_the_kostendeler_age_leave_the_full_norm():
    text = f"ik ben 41 en woon met mijn neef van {KOSTENDELER - 4} en een vriend van {KOSTENDELER - 2} hoeveel bijstand krijg ik"
    gevonden = eerst("jongeren", text)
    assert gevonden.response == "utter_bijstandsnorm_huisgenoten_jonger"
    assert gevonden.waarden["norm_eigen"] == geld(norm(leeftijd=41, leefsituatie="alleenstaande"))


# --- income that is not from work comes off the norm in full ------------------------------------------------------

def test_a_ww_uitkering_comes_off_the_norm_in_full():
    _, said, _ = start("norm_form", "ik ben 50, woon alleen en krijg een ww uitkering van 500 euro per maand, "
                                    "hoeveel bijstand nog")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen"
    assert said[0]["bijstand_over"] == geld(norm(leeftijd=50, leefsituatie="alleenstaande") - 500)


def test_alimentatie_with_age_and_household_says_what_is_left():
    gevonden = eerst("alimentatie", "ik ben 38 woon alleen en krijg 400 euro alimentatie per maand hoeveel bijstand "
                                    "blijft er over")
    assert gevonden.response == "utter_bijstandsnorm_inkomen"
    assert gevonden.waarden["bijstand_over"] == geld(norm(leeftijd=38, leefsituatie="alleenstaande") - 400)


def test_alimentatie_above_the_norm_leaves_no_bijstand():
    boven = int(norm(leeftijd=40, leefsituatie="alleenstaande")) + 200
    _, said, _ = start("norm_form", f"ik ben 40 alleen met {boven} euro partneralimentatie per maand, krijg ik nog iets")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen_te_hoog"


# --- gifts: paying back to the gemeente, dated gifts, whether to report a present ---------------------------------

def test_a_large_gift_and_paying_back_to_the_gemeente_is_the_part_above_the_limit():
    gift = int(GRENS) + 300
    gevonden = eerst("giften", f"mijn tante gaf me {gift} euro voor mijn verjaardag, moet ik dat terugbetalen aan de gemeente?")
    assert gevonden.response == "utter_giften_terugbetalen_boven"
    assert gevonden.waarden["gift_boven_grens"] == geld(gift - GRENS)


def test_a_gift_under_the_limit_read_as_a_terugvordering_is_nothing_to_pay_back():
    gevonden = eerst("terugvordering", f"oma heeft me {int(GRENS) - 300} euro gegeven, moet ik nu bijstand terugbetalen?")
    assert gevonden.response == "utter_giften_terugbetalen_binnen"


def test_a_large_gift_and_paying_back_in_the_gift_form_is_counted_not_a_terugvordering():
    slots, said, _ = start("giften_form", f"pa heeft mij {int(GRENS) + 500} euro gegeven in een keer, moet ik nu "
                                          "terugbetalen aan de sociale dienst?")
    assert said[0]["response"] == "utter_giften_terugbetalen_boven"
    assert slots["gift_bedrag"]["euro"] == int(GRENS) + 500


def test_money_paid_back_to_the_giver_stays_a_loan():
    _, said, _ = start("giften_form", "mijn broer gaf me 1500 maar ik moet het aan hem terugbetalen")
    assert said[0]["response"] == "utter_lening"


def test_gifts_each_with_its_own_month_in_one_part_are_all_counted():
    delen = [b.bedrag.euro for b in parse.bedragen("ik kreeg 300 in januari, 250 in mei 400 in augustus")]
    assert delen == [300, 250, 400]
    _, said, _ = start("giften_form", "ik kreeg 300 in januari, 250 in mei 400 in augustus, hoeveel ruimte heb ik nog")
    assert said[0]["response"] == "utter_giften_eerst_meer_binnen"
    assert said[0]["gift_ruimte"] == geld(GRENS - 950)


def test_month_before_amount_gifts_are_split_with_their_own_month():
    delen = parse.bedragen("kreeg in maart 100 in mei 250")
    assert [b.bedrag.euro for b in delen] == [100, 250] and "mei" in delen[1].zin


def test_whether_to_report_presents_without_an_amount_is_the_year_limit():
    assert eerst("inlichtingenplicht", "moet ik cadeaus van mijn familie melden").response == "utter_giften_melden"


# --- vrijwilligersvergoeding above what is left free: how much counts -----------------------------------------------

def test_a_vergoeding_per_month_above_the_free_amount_says_how_much_counts():
    per_maand = Decimal(str(parameter("vrijwilligersvergoeding.per_maand")))
    bedrag = int(per_maand) + 40
    gevonden = eerst("vrijwilligerswerk", f"ik ben 50 en krijg {bedrag} per maand als vrijwilliger bij de bieb hoeveel telt mee")
    assert gevonden.response == "utter_vrijwilligerswerk_boven"
    assert gevonden.waarden["vergoeding_telt_mee"] == f"{geld(bedrag - per_maand)} per maand"


def test_a_couple_past_the_aow_age_asking_the_amount_read_as_the_aio_gets_the_aio_levels():
    text = f"mijn vrouw en ik zijn allebei {AOW + 1} en hebben een kleine aow, hoeveel krijgen we samen"
    assert eerst("aow_aio", text).response == "utter_aow_aio_norm"
