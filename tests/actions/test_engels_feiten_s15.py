"""Issue #15 with #20, session 15: English first replies that reach the person's facts, kinds of the misses in
bench/antwoorden_afstemmen_en_s15.yml, in other words written here: a young person with no contact with the parents
(the young person's norm and its raise); a bare age that opens the message before how one lives; an age with its
unit between commas; someone named beside "I live alone" (no housemate); a single parent's share of the wage said as
a percentage; the youngest child reaching the ontheffing age on a later day; the ontheffing asked for a young child;
until when the duties hold at 64; a parent who died is no housemate; a stay in an instelling asked in the norm form;
a payment stopped over an address; going on holiday read as the holiday pay; English topic answers whose first sentence did not answer (reporting a side job,
a guest, what a home visit checks, savings under the limit)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.engels import naar_nederlands
from actions import parse
from tests.actions.eerste_antwoord import antwoord, form_begin, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


def form_start(form: str, text: str):
    return form_begin(form, text, PEILDATUM, "en", "voorbeelddorp")


def eerste(form: str, text: str) -> tuple[str, str]:
    """The response name and the English text of the form's first message before its question."""
    bericht = form_start(form, text).berichten[0]
    return bericht.get("response"), tekst_op(bericht, DAG, "en")


# --- young people and their parents --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["I'm 18, no contact with parents, I live on my own. what is my bijstand",
                                  "age 20, alone, no contact with my parents anymore, how much do I get"])
def test_no_contact_with_parents_gives_the_raised_young_norm(text):
    naam, tekst = eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_eigen_jong"
    assert "1,112.66" in tekst


@pytest.mark.parametrize("text, leeftijd", [("19 and living with my parents, what bijstand can I get", "19"),
                                            ("20 and i still live with mum and dad. how much is bijstand", "20")])
def test_a_bare_age_then_and_how_one_lives_is_the_own_age(text, leeftijd):
    assert naar_nederlands(text).startswith(f"ik ben {leeftijd}, ik ")
    assert form_start("norm_form", text).berichten[0]["response"] == "utter_jongeren"


def test_a_bare_number_and_an_amount_is_no_age():
    assert not naar_nederlands("20 and 30 euro from my aunt").startswith("ik ben")


# --- the earnings form ---------------------------------------------------------------------------------------------

def test_an_age_with_its_unit_between_commas_is_the_own_age():
    assert "ik ben 44" in naar_nederlands("I earn 150 a week in a shop, 44 y/o, what stays for me")
    naam, tekst = eerste("bijverdienen_form", "I earn 150 euro a week in a shop, 44y, how much do I keep")
    assert naam.startswith("utter_bijverdienen_eerst_bijstand_over")
    assert "162.50" in tekst  # 150 x 52 / 12 = 650 a month, 25 % = 162.50


def test_a_length_of_time_between_commas_is_no_age():
    assert "ik ben" not in naar_nederlands("I work in a shop, 10 years, and earn 400")


def test_someone_named_beside_living_alone_is_no_housemate():
    naam, tekst = eerste("bijverdienen_form", "im 24 and i live alone on bijstand. i got a job, 600 a month net. my "
                                              "cousin who is 35 keeps some of his pay. what is left of my bijstand?")
    assert naam == "utter_bijverdienen_eerst_niets_over"
    assert "819.46" in tekst  # 1,419.46 - 600: nothing kept under 27, no kostendelersnorm


def test_a_single_parents_share_is_said_as_a_percentage():
    naam, tekst = eerste("bijverdienen_form", "single mum, my daughter is 8, working for 10 months now, 800 net a "
                                              "month. what can I keep")
    assert naam.startswith("utter_bijverdienen_eerst_zonder_leeftijd_jong_niets")
    assert "12.5%" in tekst and "€100" in tekst  # 800 x 12.5 %


# --- the duties and a young child ----------------------------------------------------------------------------------

def test_the_youngest_turning_five_later_is_the_months_of_ontheffing_left():
    assert "mijn jongste wordt in " in naar_nederlands("my youngest turns 5 in April 2027, what about my duties then")
    naam, tekst = eerste("plichten_form", "my youngest turns 5 in April 2027, what about my duties then")
    assert naam == "utter_participatieplicht_ontheffing_nog"
    assert "4 months more" in tekst and "ends" in tekst  # the number with its unit (actions/aantallen.py)


def test_the_ontheffing_asked_for_a_young_child():
    naam, tekst = eerste("plichten_form", "my daughter is 2, can I get an exemption from applying, for how long")
    assert naam == "utter_participatieplicht_jong_kind"
    assert "younger than 5" in tekst


def test_a_couple_asking_the_ontheffing_keeps_the_couples_answer():
    naam, _ = eerste("plichten_form", "we are married, our son is 3, can I get an exemption")
    assert naam.startswith("utter_participatieplicht_stel_jong_kind")


def test_until_when_the_duties_hold_at_64():
    naam, tekst = eerste("plichten_form", "I'm 65, when may I stop looking for work")
    assert naam == "utter_participatieplicht_jonger"
    assert "67" in tekst


# --- who lives in the home -----------------------------------------------------------------------------------------

def test_a_parent_who_died_is_no_housemate():
    assert "is overleden" in naar_nederlands("my dad of 70 lives with me since my mother passed away")
    assert parse.medebewoners(naar_nederlands("my dad of 70 lives with me since my mother passed away")) == \
        [parse.Medebewoner(70, "ouder")]
    assert parse.medebewoners("mijn vader van 70 woont bij mij sinds mijn moeder is overleden") == \
        [parse.Medebewoner(70, "ouder")]


def test_a_couple_with_housemates_after_a_death_gets_the_couples_kostendelersnorm():
    naam, tekst = eerste("norm_form", "we are a couple, I am 50 and my wife is 48. my father of 75 lives with us since "
                                      "my mother died, and my sister of 44 too. what do we get together a month?")
    assert naam == "utter_bijstandsnorm_stel_kostendeler"
    assert "1,622.24" in tekst


def test_a_stay_in_an_instelling_in_the_norm_form_is_the_instelling_norm():
    naam, tekst = eerste("norm_form", "my mother is 58, single, she lives in a nursing home for half a year now. "
                                      "how much bijstand does she get there?")
    assert naam == "utter_opname_inrichting"
    assert "449" in tekst


# --- English topic answers that answer first -----------------------------------------------------------------------

def tekst(intent: str, text: str) -> str:
    return tekst_op(antwoord(intent, text, PEILDATUM, "en")[0], DAG, "en")


def test_a_payment_stopped_over_an_address():
    assert antwoord("stopgezet", "they suspended my benefit because of my address", PEILDATUM, "en")[0][
        "response"] == "utter_stopgezet_adres"


@pytest.mark.parametrize("intent, text, woorden", [
    ("bijverdienen", "do I have to tell them about my weekend job?", ["must report"]),
    ("logeren", "my sister wants to come and stay 2 weeks, is that ok?", ["may stay"]),
    ("huisbezoek", "what do they look at during a home visit", ["who lives with you"]),
])
def test_the_first_sentence_answers(intent, text, woorden):
    assert all(w in tekst(intent, text) for w in woorden)


def test_savings_under_the_limit_do_not_lower_the_bijstand():
    assert "does not lower your bijstand" in " ".join(tekst("vermogen", "I have 3000 saved, does that count?").split())


# --- going on holiday read as the holiday pay ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["am I allowed a vacation while on bijstand?", "can I go on holiday when I get benefits"])
def test_going_on_holiday_read_as_the_holiday_pay_is_the_trip_answer(text):
    assert antwoord("vakantiegeld", text, PEILDATUM, "en")[0]["response"] == "utter_buitenland"


@pytest.mark.parametrize("text", ["when is my holiday pay paid", "how much holiday money will I get"])
def test_the_holiday_pay_stays_the_holiday_pay(text):
    assert antwoord("vakantiegeld", text, PEILDATUM, "en")[0]["response"].startswith("utter_vakantiegeld")


# --- the duties asked, read as a trip or as the young people's topic ----------------------------------------------

@pytest.mark.parametrize("intent, text, naam", [
    ("jongeren", "I'm 63, until when must I keep applying for jobs?", "utter_participatieplicht_jonger"),
    ("buitenland", "my daughter is 3, I want an exemption from work, for how long?", "utter_participatieplicht_jong_kind"),
])
def test_the_duties_asked_read_as_another_topic(intent, text, naam):
    assert antwoord(intent, text, PEILDATUM, "en")[0]["response"] == naam


@pytest.mark.parametrize("intent, text", [
    ("jongeren", "I'm 22, do I have to do job applications too?"),
    ("buitenland", "can I get an exemption to stay in Morocco 6 weeks?"),
])
def test_a_young_persons_duties_and_a_trip_keep_their_topic(intent, text):
    assert not antwoord(intent, text, PEILDATUM, "en")[0]["response"].startswith("utter_participatieplicht")


def test_a_son_turning_27_is_no_childs_later_birthday():
    # session 18: read as the Dutch say it ("wordt in februari 27": a housemate who will count, the norm now and
    # from that day), which is no young child's birthday for the ontheffing
    assert naar_nederlands("my son turns 27 in february and lives with me") == "mijn zoon wordt in februari 27 en woont bij mij"
    assert "mijn kind wordt" not in naar_nederlands("my son turns 27 in february and lives with me")


# --- why the young get less, read as the norm ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["my son is 19 and gets way less bijstand than his cousin of 22, why?",
                                  "waarom krijgt mijn dochter van 18 zoveel minder dan haar zus van 25"])
def test_why_someone_under_21_gets_less_is_the_young_peoples_answer(text):
    variant = "nl-u" if "waarom" in text else "en"
    assert antwoord("bijstandsnorm", text, PEILDATUM, variant)[0]["response"] == "utter_jongeren"


@pytest.mark.parametrize("text", ["I am 19 and earn 300 a month, do I get less than 1419?",
                                  "we are 45 and 47, why do we get less than two single people"])
def test_an_amount_or_no_young_age_keeps_the_norm(text):
    assert antwoord("bijstandsnorm", text, PEILDATUM, "en")[0]["response"] != "utter_jongeren"
