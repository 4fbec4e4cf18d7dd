"""Answer first, session 12 (issue #20), the non-money topics and the conversation: the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s12.yml, each tested with new messages of that kind. Every number the tests expect
comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from tests.actions.eerste_antwoord import OpPeildatum, antwoord, tekst_op
from wegwijs.responses import response_text

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


OP = OpPeildatum(PEILDATUM)
responses = OP.responses


# --- a named debt instrument: the afkoelingsperiode and its months -----------------------------------------------

AFKOELING = [
    "wat houdt een afkoelperiode bij schulden in",
    "kan de gemeente mijn schuldeisers een tijdje stilzetten",
    "ik hoorde van een moratorium voor schulden, hoe lang duurt dat",
    "kan de incasso even bevroren worden terwijl ik in de schuldhulp zit",
]


@pytest.mark.parametrize("text", AFKOELING)
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_afkoelingsperiode_asked_gets_its_months(text, variant):
    eerste = antwoord("schulden", text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_schulden_afkoelingsperiode"
    zin = tekst_op(eerste, DAG, variant)
    assert f"{FEITEN['schuldhulp_afkoelingsperiode_maanden']} maanden" in zin and "rechter" in zin


def test_debts_without_an_instrument_keep_the_general_answer():
    assert responses("schulden", "ik heb 3000 euro schuld bij de energie, wie helpt mij") == ["utter_schulden"]


# --- the money no longer comes: ask why (and the help for today after it) ------------------------------------------

GEEN_GELD_MEER = [
    "hoe kan het dat ik opeens geen uitkering meer krijg",
    "sinds vorige week krijgen we geen bijstand meer op de rekening, waarom",
    "de sociale dienst betaalt me niks meer uit, ik snap niet waarom",
    "ik heb deze maand geen geld meer ontvangen van de gemeente",
]


@pytest.mark.parametrize("text", GEEN_GELD_MEER)
@pytest.mark.parametrize("intent", ["stopgezet", "informeren", "bijstandsnorm"])
def test_money_that_no_longer_comes_gets_ask_why(intent, text):
    assert responses(intent, text)[0] == "utter_uitkering_niet_betaald"


@pytest.mark.parametrize("text", GEEN_GELD_MEER)
def test_read_as_an_acute_need_without_its_words_the_question_comes_first(text):
    namen = responses("noodsituatie", text)
    assert namen[0] == "utter_uitkering_niet_betaald" and "utter_noodsituatie" in namen
    assert "utter_noodsituatie_113" in namen


def test_no_food_today_keeps_the_help_for_today_first():
    namen = responses("noodsituatie", "vandaag geen eten en ik krijg geen uitkering meer")
    assert namen[0] == "utter_noodsituatie" and "utter_uitkering_niet_betaald" in namen


@pytest.mark.parametrize("text", [
    "als ik ga samenwonen krijg ik dan geen bijstand meer?",
    "ik krijg geen geld meer van mijn ex, wat nu",
    "ik heb geen geld meer voor boodschappen",
])
def test_a_consequence_money_from_someone_or_money_short_is_no_missed_payment(text):
    assert "utter_uitkering_niet_betaald" not in responses("samenwonen", text)


# --- the conversation: a bare yes, and what can I ask -------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_bare_yes_asks_for_the_next_question(variant):
    zin = response_text("utter_bevestigen", variant).lower()
    assert "vraag" in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_what_can_i_ask_says_questions_and_calculating(variant):
    zin = response_text("utter_wat_kun_je", variant).lower()
    assert "vragen" in zin and "uitrekenen" in zin and "bijstand" in zin


# --- the AOW age reached in a later month: under it today, bijstand and duties till then ---------------------------

AOW_LATER = [
    ("ik word in april 67, wat verandert er voor mij", "april 2027"),
    ("volgende maand word ik 67, wat moet ik regelen met mijn uitkering", "januari 2027"),
    ("mijn aow gaat pas in juni in, ik ben nu 66, hoe zit het tot dan", "juni 2027"),
    ("over vier maanden word ik 67, wat gebeurt er dan", "april 2027"),
]


@pytest.mark.parametrize("text,maand", AOW_LATER)
def test_the_aow_age_in_a_later_month_keeps_bijstand_till_then(text, maand):
    eerste = antwoord("aow_aio", text, PEILDATUM, "nl-je")[0]
    assert eerste["response"] == "utter_aow_aio_later"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert f"begint in {maand}" in zin and "SVB" in zin and "plichten" in zin


@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
@pytest.mark.parametrize("text", [
    "ik word in mei 67, moet ik nu nog solliciteren",
    "ik ben 66 en 3 maanden en mijn aow begint in september, heb ik nog sollicitatieplicht",
])
def test_duties_asked_before_the_aow_month_are_yes(intent, text):
    eerste = antwoord(intent, text, PEILDATUM, "nl-je")[0]
    assert eerste["response"] == "utter_participatieplicht_jonger"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert zin.startswith("Ja") and "66 jaar" in zin


def test_an_age_in_years_and_months_is_no_trip():
    namen = responses("aow_aio", "ik ben 66 en 7 maanden, mijn aow begint in mei, wat nu")
    assert not any(n.startswith("utter_buitenland") for n in namen)


def test_the_forms_keep_the_age_of_today():
    from tests.actions.eerste_antwoord import form_begin
    begin = form_begin("plichten_form", "ik word in maart 67, moet ik nog werk zoeken", PEILDATUM)
    assert begin.slots["leeftijd"] == FEITEN_AOW - 1


def test_past_the_aow_age_stays_past_it():
    assert responses("aow_aio", "ik ben 68, moet ik nog solliciteren")[0] != "utter_aow_aio_later"


FEITEN_AOW = knowledge.waarde("leeftijd.aow_jaren", DAG)


def test_a_partners_aow_in_a_later_month_is_not_the_writers():
    namen = responses("aow_aio", "mijn vrouw is 66 en haar aow begint in maart, wat krijgen wij dan")
    assert "utter_aow_aio_later" not in namen


# --- a guest with an age (and a stay of months): whether they count for the kostendelersnorm ---------------------

@pytest.mark.parametrize("text", [
    "mijn neef van 19 logeert een tijdje bij mij, krijg ik minder",
    "een vriendin van 24 slaapt al 4 maanden op de bank bij ons, telt die",
    "mijn broertje van 20 logeert een paar maanden bij me",
])
def test_a_guest_under_the_kostendeler_age_does_not_count(text):
    eerste = antwoord("logeren", text, PEILDATUM, "nl-je")[0]
    assert eerste["response"] == "utter_logeren_jonger"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert zin.startswith("Nee") and f"{FEITEN['kostendeler_leeftijd']} jaar" in zin


@pytest.mark.parametrize("text", [
    "mijn zus van 33 slaapt al 3 maanden op mijn bank, moet ik dat melden",
    "een vriend van 45 logeert sinds een half jaar bij mij",
])
def test_a_guest_of_the_age_staying_months_may_count(text):
    eerste = antwoord("logeren", text, PEILDATUM, "nl-je")[0]
    assert eerste["response"] == "utter_logeren_maanden"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert "hoofdverblijf" in zin and "kostendelersnorm" in zin and "Geef" in zin


@pytest.mark.parametrize("text", [
    "mijn broer van 35 logeert 2 weken bij mij",
    "mijn dakloze vriend van 50 slaapt al 2 maanden bij mij",
])
def test_weeks_or_someone_homeless_keep_the_general_answer(text):
    assert responses("logeren", text)[0] == "utter_logeren"
