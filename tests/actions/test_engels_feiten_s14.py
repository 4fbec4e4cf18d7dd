"""Issue #15 with #20, session 14: English first replies that reach the facts the person gave (kinds of
bench/antwoorden_afstemmen_en_s14.yml's misses, in other words written here). The writer's age in brackets after
"I"; a partner named bare ("wife 66"); an age said roughly ("both around 35"); "one daughter of 7"; parents "w"
(with) and without "my"; a study that ended ("he quit"); the total asked; work "since March this year" and "I now
work 10 months"; assumptions said in English."""

from __future__ import annotations

from datetime import date

import pytest

from actions import parse
from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import form_begin, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


def form_start(form: str, text: str):
    return form_begin(form, text, PEILDATUM, "en", "voorbeelddorp")


def eerste_tekst(form: str, text: str) -> str:
    return " ".join(tekst_op(m, DAG, "en") for m in form_start(form, text).berichten)


# --- who lives with the writer -------------------------------------------------------------------------------------

def test_the_writers_age_in_brackets_after_i():
    slots = form_start("norm_form", "I (45) share a flat with my brother (52) and my aunt (61). What is my bijstand?").slots
    assert slots["leeftijd"] == 45
    assert sorted(m["leeftijd"] for m in slots["medebewoners"]) == [52, 61]


@pytest.mark.parametrize("text", ["me 69, wife 65, we both have a small AOW. what is our total a month?",
                                  "Husband 70, me 66. is there a top up for us?"])
def test_a_partner_named_bare_is_the_partner(text):
    leden = parse.medebewoners(naar_nederlands(text))
    assert leden and all(m.relatie == "partner" for m in leden)


def test_the_total_asked_by_a_couple_past_the_aow_age_is_the_aio_level():
    namen = [m["response"] for m in form_start(
        "norm_form", "I am 68 with AOW and my husband is 60 without income. What would our total be per month?").berichten]
    assert namen[:1] == ["utter_aow_aio_norm"]


def test_an_age_said_roughly_is_an_age():
    slots = form_start("bijverdienen_form", "My wife started a job last month, 700 net a month. We are both about 40.").slots
    assert slots["leeftijd"] == 40
    assert slots["inkomsten"]["euro"] == 700


def test_one_child_said_as_one():
    assert form_start("bijverdienen_form", "single dad, 35, one son of 9. I earn 400 a month").slots.get(
        "jongste_kind_leeftijd") == 9


@pytest.mark.parametrize("text", ["19 yo living w parents, how much bijstand", "I am 20 and live with parents. amount?"])
def test_living_with_parents_without_my(text):
    assert "bij mijn ouders" in naar_nederlands(text)


@pytest.mark.parametrize("text", [
    "My daughter is 31 and lives with me. She had studiefinanciering but she dropped out in the summer. I'm 57, how much bijstand now?",
    "mijn dochter van 31 woont bij mij, ze had stufi maar is gestopt met haar studie. ik ben 57, hoeveel bijstand krijg ik"])
def test_a_study_that_ended_makes_a_kostendeler(text):
    namen = [m["response"] for m in form_begin("norm_form", text, PEILDATUM, None if text.startswith("mijn") else "en",
                                               "voorbeelddorp").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_kostendeler"]


def test_a_student_with_stufi_still_is_one():
    namen = [m["response"] for m in form_start(
        "norm_form", "my son (29) lives with me and studies with stufi. I am 58, how much do I get?").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_student"]


def test_the_assumptions_are_said_in_english():
    tekst = eerste_tekst("norm_form", "I (48) live with my cousin (33). How much bijstand will I get?")
    assert "Ik weet niet" not in tekst and "Ik ga ervan uit" not in tekst
    assert "partner" in tekst


# --- when work started ---------------------------------------------------------------------------------------------

def test_work_since_a_month_this_year():
    assert form_start("bijverdienen_form", "I'm 29 and live alone. I work since April this year, 300 net a month.").slots[
        "start_werk"] == "2026-04-01"


def test_sinds_een_maand_dit_jaar():
    assert form_begin("bijverdienen_form", "ik ben 29, ik werk sinds april dit jaar, 300 netto per maand", PEILDATUM,
                      None, "voorbeelddorp").slots["start_werk"] == "2026-04-01"


def test_i_now_work_n_months():
    assert form_start("bijverdienen_form", "I now work 8 months as a cleaner, 400 net a month, I am 45").slots[
        "start_werk"] == "2026-04-07"


def test_a_single_parent_working_longer_than_six_months_keeps_the_parents_share():
    tekst = eerste_tekst("bijverdienen_form",
                         "Single mum, 34, one son of 5. I have worked since February this year, 600 euro net a month. "
                         "What do I keep?")
    assert "12.5%" in tekst and "25%" not in tekst


# --- the amount asked, a baby, people past the AOW age ------------------------------------------------------------

def eerste(intent: str, text: str) -> str:
    from tests.actions.eerste_antwoord import antwoord
    return antwoord(intent, text, PEILDATUM, "en")[0].get("response")


def test_a_young_couple_with_a_newborn_gets_the_couples_norm():
    namen = [m["response"] for m in form_start(
        "norm_form", "We got married in May, I am 20 and my wife is 23, and we have a new-born daughter. "
                     "What will our bijstand be?").berichten]
    assert namen[:1] == ["utter_bijstandsnorm_stel_jong"]
    assert {"leeftijd": 0, "relatie": "kind"} in form_start(
        "norm_form", "me 19, husband 21, we have a newborn baby. what would our norm be?").slots["medebewoners"]


@pytest.mark.parametrize("text", ["Is there bijstand for pensioners whose AOW is too low? How much?",
                                  "how much do elderly people get with only half an AOW"])
def test_people_past_the_aow_age_in_general_get_the_aio_levels(text):
    assert eerste("bijstandsnorm", text) == "utter_aow_aio_norm"


# --- living together, savings, an own home -------------------------------------------------------------------------

def test_moving_in_with_a_partner_who_earns_is_samenwonen():
    assert eerste("samenwonen", "I want to move in with my boyfriend who earns 3000 a month. Do I keep my bijstand?") == \
        "utter_samenwonen_partner_verdient_meer"


def test_savings_put_aside_from_the_benefit():
    assert eerste("vermogen", "I was able to save 6000 from my bijstand over 4 years, is that a problem?") == \
        "utter_vermogen_gespaard_van_bijstand"


def test_the_equity_of_an_own_home_is_not_savings():
    assert eerste("vermogen", "We own a flat with about 50000 equity. Does that count as savings?") == "utter_vermogen"


# --- an age opening the message, trips -----------------------------------------------------------------------------

def test_a_bare_age_and_a_comma_open_the_message():
    assert "ik ben 24," in naar_nederlands("24, applied last week, must I wait first?")
    assert naar_nederlands("40, per month?").startswith("40,")


def test_days_in_brackets_repeat_the_weeks():
    slots = form_start("verblijf_buitenland_form",
                       "2 weeks abroad this year so far (14 days). I want to go 10 to 17 December. ok?").slots
    assert len(slots["eerdere_reizen"]) == 1


def test_a_trip_going_on_since_a_day_and_asked_until_another():
    slots = form_start("verblijf_buitenland_form",
                       "I'm in Ghana since 15 November for my father. Can I stay until 22 December?").slots
    assert slots["reis"] == {"vertrek": "2026-11-15", "terug": "2026-12-22"}


@pytest.mark.parametrize("text, dag", [
    ("I'm in Pakistan since 10 November. Can I stay until 20 December?", "8 December 2026"),
    ("ik ga van 1 december tot 15 januari naar Suriname, mag dat?", "29 december 2026")])
def test_a_trip_too_long_with_its_dates_names_the_last_day_to_come_back(text, dag):
    engels = not text.startswith("ik")
    bericht = form_begin("verblijf_buitenland_form", text, PEILDATUM, "en" if engels else None,
                         "voorbeelddorp").berichten[0]
    assert bericht["response"] == "utter_buitenland_reis_te_lang"
    assert dag in bericht["uiterlijk_terug"]


def test_a_trip_too_long_said_by_its_length_names_no_day():
    bericht = form_start("verblijf_buitenland_form", "I want to go 6 weeks to Morocco, is that ok?").berichten[0]
    assert bericht["response"] == "utter_buitenland_reis_te_lang" and bericht["uiterlijk_terug"] == ""


def test_moving_in_with_a_partner_who_earns_read_as_earning():
    assert eerste("bijverdienen", "If I go live together with my boyfriend who earns 2800 net, do I keep my bijstand?") == \
        "utter_samenwonen_partner_verdient_meer"
