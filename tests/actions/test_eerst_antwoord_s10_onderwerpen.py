"""Answer first, session 10 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s10.yml and the kinds session 9 left. No food today and a benefit not paid or stopped
get the crisis help and what to do about the money. Every number the tests expect comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from actions import crisis
from tests.actions.eerste_antwoord import OpPeildatum, antwoord
from tests.actions.test_feiten_sessie7 import tekst

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


OP = OpPeildatum(PEILDATUM)
responses = OP.responses


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


# --- stopped, bezwaar made, no income while it runs ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ze hebben mijn uitkering stopgezet. Ik heb bezwaar gemaakt maar ik heb nu helemaal geen inkomen. "
    "Kan ik iets doen zolang het bezwaar loopt?",
    "mijn bijstand is ingetrokken, wat kan ik doen in afwachting van mijn bezwaar",
])
def test_stopped_and_no_income_while_the_bezwaar_runs_is_the_spoed_answer(text):
    eerste = antwoord("bezwaar", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_stopgezet"
    assert "voorlopige voorziening" in tekst(eerste)


# --- texts that say what was asked --------------------------------------------------------------------------

def _tekst(response: str, variant: str) -> str:
    return tekst({"response": response, "gemeente_naam": "Voorbeeldstad"}, variant)


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_stopping_says_ok_and_that_a_new_question_can_start(variant):
    zin = _tekst("utter_stoppen", variant)
    assert zin.startswith("Oké") and "opnieuw" in zin and "nieuwe vraag" in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_verlaging_names_verwijtbaar(variant):
    assert "verwijtbaar" in _tekst("utter_maatregel", variant)


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_rent_during_an_opname_names_bijzondere_bijstand_for_the_woonkosten(variant):
    zin = _tekst("utter_opname", variant)
    assert "woonkosten" in zin and "bijzondere bijstand" in zin


# --- written for a parent who lives alone: the parent's own norm, not a housemate ---------------------------

VADER = ("Ik help mijn vader (66) met zijn post. Hij woont alleen en heeft bijstand. Wat krijgt hij nu per maand "
         "en verandert dat als hij volgend jaar 67 wordt?")


def _norm_alleen(leeftijd: int) -> str:
    from decimal import Decimal
    from knowledge.geld import euro
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], "leeftijd": leeftijd,
                                              "leefsituatie": "alleenstaande"})
    return euro(Decimal(str(uit["norm"])))


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_father_of_66_who_lives_alone_gets_his_own_norm_and_the_aio_from_the_aow_age(variant):
    from tests.actions.test_eerst_antwoord_rekenhulp import start
    slots, said, _ = start("norm_form", VADER)
    assert said[0]["response"] == "utter_aow_aio_familie_jonger"
    zin = tekst(said[0], variant)
    assert _norm_alleen(66) in zin and FEITEN["norm_alleenstaande_aow"] in zin and "SVB" in zin
    assert "kostendelersnorm" not in zin
    assert slots.get("rekenhulp_klaar") is True  # nothing asked about the writer


@pytest.mark.parametrize("intent", ["bijstandsnorm", "aow_aio", "kostendelersnorm"])
def test_a_relative_who_lives_alone_read_as_a_topic_gets_the_same(intent):
    assert responses(intent, VADER)[0] == "utter_aow_aio_familie_jonger"


def test_a_mother_past_the_aow_age_who_lives_alone_gets_the_aio_level():
    eerste = antwoord("bijstandsnorm", "mijn moeder (69) woont alleen, hoeveel krijgt ze per maand", PEILDATUM)[0]
    assert eerste["response"] == "utter_aow_aio_familie_ouder"
    assert eerste["norm_eigen"] == _norm_alleen(69)


@pytest.mark.parametrize("text", ["mijn vader (66) woont bij mij, hoeveel bijstand krijg ik nog",
                                  "mijn moeder van 70 woont bij ons in huis, krijg ik dan minder"])
def test_a_parent_who_lives_with_the_writer_stays_a_housemate(text):
    from actions.feiten_uit_bericht import familielid_alleen
    assert familielid_alleen(text, DAG) is None


# --- only the year of birth: the AOW age in years and months ----------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_year_of_birth_gets_the_aow_age_in_years_and_months_from_knowledge(variant):
    from knowledge.aow import aow_datum
    geboren = date(1961, 1, 1)
    dag = aow_datum(geboren)
    maanden = (dag.year - geboren.year) * 12 + dag.month - geboren.month
    eerste = antwoord("aow_aio", "Ik ben geboren in 1961. Wanneer krijg ik AOW en moet ik dan bijstand bij de "
                                 "gemeente stoppen?", PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_aow_aio_geboortejaar"
    zin = tekst(eerste, variant)
    assert f"{maanden // 12} jaar en {maanden % 12} maanden" in zin and "SVB" in zin and "1961" in zin


def test_a_year_whose_aow_age_is_whole_years_says_only_the_years():
    eerste = antwoord("aow_aio", "geboren in 1960, wanneer krijg ik aow", PEILDATUM)[0]
    assert eerste["response"] == "utter_aow_aio_geboortejaar_hele_jaren"
    assert eerste["aow_jaren"] == str(FEITEN["aow_leeftijd"])


def test_a_birth_month_keeps_the_month_answer():
    assert responses("aow_aio", "ik ben geboren in juni 1961, wanneer krijg ik aow")[0] == "utter_aow_aio_datum"


# --- stopped because of the address; a terugvordering for the ex's unreported work -------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren", "verhuizen"])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_payment_stopped_over_the_address_says_to_put_the_brp_right_and_bezwaar(intent, variant):
    eerste = antwoord(intent, "gemeente betaalt niet meer uit omdat mijn adres niet zou kloppen", PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_stopgezet_adres"
    zin = tekst(eerste, variant)
    assert "BRP" in zin and "door aan" in zin and "bezwaar" in zin and FEITEN["wet_verhuizen"] in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_ex_who_did_not_report_work_makes_both_liable(variant):
    text = ("mijn ex heeft destijds niet gemeld dat hij werkte toen we samen bijstand hadden. "
            "moet ik nu ook terugbetalen?")
    eerste = antwoord("terugvordering", text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_terugvordering_gezin"
    zin = tekst(eerste, variant)
    assert zin.startswith("Ja") and "aansprakelijk" in zin and FEITEN["wet_terugvordering_gezin"] in zin
    assert "bezwaar" in zin and "beslist" in zin


def test_a_terugvordering_of_ones_own_stays_the_general_answer():
    assert responses("terugvordering", "ik moet 2000 euro terugbetalen aan de gemeente")[0] != "utter_terugvordering_gezin"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_verlaging_for_not_applying_is_called_a_maatregel(variant):
    assert "maatregel" in _tekst("utter_maatregel_hoogte", variant)


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_long_opname_with_rent_names_bijzondere_bijstand_for_the_woonkosten(variant):
    zin = _tekst("utter_opname_inrichting", variant)
    assert "woonkosten" in zin and "bijzondere bijstand" in zin


# --- the AOW age next year; the months left of the ontheffing for a young child ----------------------------

@pytest.mark.parametrize("intent", ["participatieplicht", "aow_aio"])
def test_reaching_the_aow_age_next_year_says_the_duties_until_then_and_the_svb(intent):
    eerste = antwoord(intent, "ik word volgend jaar 67, moet ik dan nog steeds solliciteren en wie betaalt dan",
                      PEILDATUM)[0]
    assert eerste["response"] == "utter_aow_aio_jonger"
    assert eerste["leeftijd"] == str(int(FEITEN["aow_leeftijd"]) - 1) and eerste["jaren_tot_aow"] == "1"
    assert "SVB" in tekst(eerste)


def test_the_plichten_form_says_it_first_too():
    from tests.actions.test_eerst_antwoord_rekenhulp import start
    _, said, _ = start("plichten_form", "ik word volgend jaar 67, moet ik dan nog steeds solliciteren en wie betaalt dan")
    assert said[0]["response"] == "utter_aow_aio_jonger"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_months_left_of_the_ontheffing_for_a_young_child(variant):
    from tests.actions.test_eerst_antwoord_rekenhulp import start
    text = ("mijn jongste is 4 jaar en 10 maanden en ik heb als alleenstaande moeder ontheffing van de "
            "sollicitatieplicht. hoe lang heb ik die nog?")
    grens = knowledge.waarde("participatie.ontheffing_kind_jonger_dan", DAG)
    _, said, _ = start("plichten_form", text)
    assert said[0]["response"] == "utter_participatieplicht_ontheffing_nog"
    assert said[0]["maanden_over"] == str(int(grens) * 12 - (4 * 12 + 10))
    zin = tekst(said[0], variant)
    assert f"{grens} jaar" in zin and "beslist" in zin
    assert responses("participatieplicht", text, variant)[0] == "utter_participatieplicht_ontheffing_nog"


# --- the partner's trip abroad does not count for the person -----------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_partners_weeks_abroad_do_not_count_for_the_person(variant):
    from tests.actions.test_eerst_antwoord_rekenhulp import start
    text = "Mijn man is in mei 3 weken naar Egypte geweest. Mag ik nu nog 4 weken gaan of tellen zijn weken ook mee?"
    _, said, _ = start("verblijf_buitenland_form", text)
    assert said[0]["response"] == "utter_buitenland_partner_los"
    zin = tekst(said[0], variant)
    assert zin.startswith("Nee") and "eigen" in zin and f"{FEITEN['buitenland_weken']} weken" in zin
    assert responses("buitenland", text, variant)[0] == "utter_buitenland_partner_los"


def test_a_trip_together_keeps_the_couples_answer():
    from actions.feiten_uit_bericht.reizen import buitenland
    assert buitenland("mijn man en ik willen 3 weken weg, hij was al 2 weken weg", DAG,
                      "buitenland").response == "utter_buitenland_partner_te_lang"


# --- the weeks of this year used up, a trip next year ------------------------------------------------------

def test_weeks_used_up_this_year_and_a_trip_in_january_counts_in_the_new_year():
    from tests.actions.test_eerst_antwoord_rekenhulp import start
    text = "heb mijn 4 weken dit jaar al op. mag ik op 2 januari 2027 twee weken naar familie in polen?"
    _, said, _ = start("verblijf_buitenland_form", text)
    assert said[0]["response"] == "utter_buitenland_dagen_over"
    assert said[0]["jaar"] == "2027"
    assert tekst(said[0]).startswith("Ja")


def test_weeks_used_up_and_a_trip_now_is_too_long():
    from actions.feiten_uit_bericht.reizen import buitenland
    gevonden = buitenland("mijn 4 weken zijn al op, mag ik nog 1 week naar duitsland", DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_te_lang"


# --- a partner who just reached the AOW age: the SVB, also when the duties are asked ------------------------

@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_a_partner_just_past_the_aow_age_gets_the_svb_answer(intent):
    text = "mijn man is net 67 geworden, ik ben 60. wie betaalt nu onze uitkering en moet ik nog werk zoeken?"
    eerste = antwoord(intent, text, PEILDATUM)[0]
    assert eerste["response"] == "utter_aow_aio_partner"
    assert "SVB" in tekst(eerste)
