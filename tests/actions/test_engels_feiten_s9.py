"""Issue #15 with #20, session 9: English facts the Dutch readers missed because actions/engels.py did not rewrite
them (kinds of bench/antwoorden_afstemmen_en_s9.yml and _s8.yml's misses, in other words): ages after a plural
("my two sons 28 and 31"), a partner's age as "he is 24", a partner without a residence permit, moving in with a
parent to give care, work that started "2 years" ago, an age at the very start ("29 years, single", "single 50y",
"single mother of 32"), "no partner" (not "nee partner"), "66 and 4 months old", savings "from my bijstand money",
"moving costs", "a letter dated 2 November 2026", a trip with years in its dates, a trip "stayed" (taken), "25
percent" (no amount), "the 600" named again, "savings". And the English texts that did not say what the Dutch
rule decides: the duties still hold under the AOW age, the AIO level of a couple, the days without bijstand."""

from __future__ import annotations

from datetime import date

import pytest

from actions import feiten_uit_bericht, parse
from actions.engels import naar_nederlands
from actions.rekenhulp import EERSTE_BERICHT
from tests.actions.eerste_antwoord import antwoord, tekst_op
from tests.actions.test_engels_rekenhulp_eerst import eerste_berichten

PEILDATUM = "2026-12-06"
VANDAAG = date(2026, 12, 6)


def eerste(intent: str, text: str) -> str:
    return antwoord(intent, text, PEILDATUM, "en")[0].get("response")


# --- people and ages ------------------------------------------------------------------------------------------

def test_ages_after_a_plural_belong_to_the_people_named():
    huisgenoten = parse.medebewoners(naar_nederlands("i live with my two sons 28 and 31, both not students"))
    assert [(m.relatie, m.leeftijd) for m in huisgenoten] == [("kind", 28), ("kind", 31)]
    assert "van 3, 7 en 11" in naar_nederlands("we have three children of 3, 7 and 11")
    assert "van 20" not in naar_nederlands("my sons 20 euro and 30 euro")  # amounts stay amounts


def test_no_before_a_noun_is_geen():
    assert "geen partner" in naar_nederlands("both not students, no partner")
    assert "geen kinderen" in naar_nederlands("I have no kids")
    assert naar_nederlands("no, thanks").startswith("nee")


def test_of_a_couple_he_is_24_is_the_partner():
    assert "mijn partner is 24" in naar_nederlands("we are married, I am 20 and he is 24, no children yet")
    assert "partner" not in naar_nederlands("we are married with a son, he is 19, I am 40").split("getrouwd")[1]
    assert feiten_uit_bericht.antwoord("bijstandsnorm", naar_nederlands(
        "we are married, I am 20 and he is 24, no children yet, how much bijstand"), VANDAAG,
        {"responses": {"utter_bijstandsnorm_stel_jong": []}}).response == "utter_bijstandsnorm_stel_jong"


@pytest.mark.parametrize("english", [
    "my husband has no residence permit yet, I have bijstand, no kids. how much do we get",
    "my wife is not entitled to bijstand, how much do I get",
])
def test_a_partner_without_a_right_to_bijstand(english):
    assert eerste_berichten("norm_form", english)[0] == "utter_samenwonen_partner_geen_recht"


def test_moving_in_with_a_parent_who_needs_care_is_mantelzorg():
    assert eerste("kostendelersnorm", "I want to move in with my father for some months because he needs a lot of "
                                      "care, will they put the kostendelersnorm on him or me") \
        == "utter_kostendelersnorm_mantelzorg"


@pytest.mark.parametrize("english, leeftijd", [
    ("29 years, single, no kids, I started a job on 1 november 2026", 29),
    ("650 net, single 50y, what do I keep", 50),
    ("single mother of 32, my kid is 6, I work since april 2026", 32),
    ("I am 66 and 4 months old, still werkplicht?", 66),
])
def test_an_age_said_without_i_am(english, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(naar_nederlands(english)) == leeftijd


def test_months_beside_an_age_are_no_trip():
    assert parse.duur(naar_nederlands("I am 66 and 4 months old, still werkplicht?")) is None


# --- work, money, letters -------------------------------------------------------------------------------------

@pytest.mark.parametrize("english, start", [
    ("medisch urenbeperkt, working 2 years in same job, 650 net", "2024-12-06"),
    ("I work already 8 months in a shop and earn 600 net", "2026-04-06"),
    ("I work already more than one year, 500 net per month", "2025-12-06"),
])
def test_work_that_started_that_long_ago(english, start):
    assert EERSTE_BERICHT["start_werk"](naar_nederlands(english), VANDAAG) == start


def test_a_percentage_is_no_amount():
    assert parse.bedrag(naar_nederlands("how long can I keep the 25 percent of my salary")) is None


def test_an_amount_named_again_is_counted_once():
    text = naar_nederlands("My friend gave me 300 euro in April, 500 in September and now he wants to give me 600 "
                           "for Christmas. Is the 600 still ok?")
    assert sorted(b.bedrag.euro for b in parse.bedragen(text)) == [300, 500, 600]


def test_savings_from_the_bijstand_itself():
    assert eerste("vermogen", "I saved 2000 from my bijstand money over the years, does this count as vermogen") \
        == "utter_vermogen_gespaard_van_bijstand"


def test_savings_beside_the_question_whether_we_live_together():
    """'I have 3,000 in savings. Question: do we count as living together' asks about samenwonen, not the savings."""
    assert "spaargeld" in naar_nederlands("I have 3,000 in savings")
    assert eerste("samenwonen", "I live with my girlfriend, she has her own job. I have 3,000 in savings. Question: "
                                "do we count as living together for the gemeente?") == "utter_samenwonen"


def test_moving_costs():
    assert eerste("verhuizen", "can the gemeente pay my moving costs") == "utter_verhuizen_kosten"


def test_a_letter_dated_is_the_date_of_the_decision():
    berichten = antwoord("bezwaar", "I got a rejection letter dated 2 november 2026, can I still object", PEILDATUM, "en")
    assert berichten[0]["response"] == "utter_bezwaar_op_tijd"
    assert "14 December 2026" in tekst_op(berichten[0], VANDAAG, "en")


# --- trips ----------------------------------------------------------------------------------------------------

def test_a_trip_with_years_in_its_dates():
    text = naar_nederlands("nothing abroad this year. trip from 27 december 2026 to 20 january 2027, too long?")
    assert feiten_uit_bericht.reis_uit_tekst(text, VANDAAG) == {"vertrek": "2026-12-27", "terug": "2027-01-20"}
    assert "1 november 2026" in naar_nederlands("I started a job on 1 november 2026")  # a single date keeps its year


def test_a_stay_abroad_this_year_is_a_trip_taken():
    gevonden = feiten_uit_bericht.buitenland(naar_nederlands(
        "I stayed in Spain 35 days this year because I got sick there, no other trip. what happens"), VANDAAG, "buitenland")
    assert gevonden is not None and gevonden.waarden["dagen_zonder_bijstand"] == "7"


# --- answers the English texts now give -----------------------------------------------------------------------

def test_under_the_aow_age_the_duties_still_hold():
    berichten = eerste_berichten("plichten_form", "I am 66 and 4 months old, still werkplicht?")
    assert berichten[0] == "utter_participatieplicht_jonger"
    assert eerste_berichten("plichten_form", "I am 35, what are my duties")[0] == "utter_participatieplicht"
    assert eerste_berichten("plichten_form", "I look after my father with dementia every day, I am 52, do I still "
                                             "have to apply for work?")[0] == "utter_participatieplicht_mantelzorg"


def test_the_duties_answer_names_the_aow_age():
    berichten = antwoord("participatieplicht", "I am 66, do I still have to apply for jobs", PEILDATUM, "en")
    tekst = tekst_op(berichten[0], VANDAAG, "en")
    assert tekst.startswith("Yes.") and "67" in tekst


def test_a_couple_with_one_partner_past_the_aow_age_hears_the_level():
    berichten = antwoord("bijstandsnorm", "I am 66 and my husband is 68, we live alone. what do we get?", PEILDATUM, "en")
    assert berichten[0]["response"] == "utter_aow_aio_partner"
    tekst = tekst_op(berichten[0], VANDAAG, "en")
    assert "2,176.10" in tekst or "2.176,10" in tekst  # the AIO level of a couple, from knowledge/


@pytest.mark.parametrize("response, woorden", [
    ("utter_bezwaar", ["does not stop the decision", "voorlopige voorziening"]),
    ("utter_beslag", ["calculator"]),
    ("utter_huisbezoek", ["refuse"]),
    ("utter_bijzondere_bijstand", ["apply for special assistance"]),
    ("utter_giften_eerst_boven", ["The gemeente decides"]),
])
def test_the_english_text_says_it(response, woorden):
    tekst = tekst_op({"response": response, "gift_bedrag_tekst": "€1,500", "gift_per_jaar": "€1,500",
                      "gift_boven_grens": "€300"}, VANDAAG, "en")
    assert all(w in tekst for w in woorden), tekst


def test_a_wage_above_the_bijstand_leaves_none_said_as_such():
    """'my new job pays 1800 net, do I still get some bijstand': no bijstand left, said in words (it said 'you still get
    €0 bijstand', and the next bubble 'about €0 of your bijstand is left')."""
    for text in ("I am 33 single and my new job pays 1800 net, do I still get some bijstand",
                 "ik ben 33, alleenstaand, mijn nieuwe baan betaalt 1800 netto, krijg ik nog wat bijstand"):
        assert eerste_berichten("bijverdienen_form", text) == ["utter_bijverdienen_eerst_geen_bijstand"]
    assert eerste_berichten("bijverdienen_form", "I am 33 and my new job pays 1800 net, how much bijstand do I get "
                                                 "then") == ["utter_bijverdienen_eerst_geen_bijstand_alleen"]
