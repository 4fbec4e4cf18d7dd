"""Issue #15 with #20, session 14 (second round): English first replies that reach the person's facts, kinds of the
final model's misses in bench/antwoorden_afstemmen_en_s14.yml and the older English tuning sets (s12), in other
words written here: a job that "starts" on a date ahead (the rule of that date); "I turn 67 in February" (the AOW
age reached later, also when read as paying back); bijstand asked for earlier months (terugwerkende kracht, also
read as a trip); bijstand the gemeente wants paid back (no loan); a young person whose parents put them out (the
young person's own norm and its raise, no parents as housemates)."""

from __future__ import annotations

from datetime import date

import pytest

from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import antwoord_namen, form_begin

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


def form_start(form: str, text: str):
    return form_begin(form, text, PEILDATUM, "en", "voorbeelddorp")


def namen(intent: str, text: str, variant: str = "en") -> list[str]:
    return antwoord_namen(intent, text, PEILDATUM, variant)


# --- work that starts on a date ahead ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, dag", [
    ("My job begins on 2 February 2027 and pays 700 net a month, I live alone and I am 45. what can I keep?",
     "2027-02-02"),
    ("the contract starts 1 March 2027, about 900 netto monthly. how much of it may I keep", "2027-03-01"),
    ("New position starting 8 January 2027, I will get 1100 euro net every month. Im single, 52", "2027-01-08"),
])
def test_a_job_that_starts_on_a_date_ahead_has_that_start(text, dag):
    fb = form_start("bijverdienen_form", text)
    assert fb.slots.get("start_werk") == dag
    assert [m.get("response") for m in fb.berichten][:1] == ["utter_bijverdienen_eerst_nieuwe_regel"]


def test_work_that_started_keeps_its_past_start():
    assert form_start("bijverdienen_form", "My work started on 1 October, I earn 500 net a month").slots.get(
        "start_werk") == "2026-10-01"


# --- the AOW age reached later, said as "I turn 67 in February" -----------------------------------------------------

@pytest.mark.parametrize("text", ["I turn 67 in March, I'm on bijstand now. what do I have to do?",
                                  "i will turn 67 in february, is there something to arrange with my benefit"])
def test_turning_the_aow_age_in_a_month_ahead_is_later(text):
    assert "ik word in " in naar_nederlands(text)
    assert namen("aow_aio", text)[:1] == ["utter_aow_aio_later"]


def test_turning_the_aow_age_read_as_paying_back_gets_the_aow_answer():
    assert namen("terugvordering", "I turn 67 in March, I get bijstand now. Do I need to do anything?")[:1] == \
        ["utter_aow_aio_later"]


def test_paying_back_said_beside_the_aow_age_stays_paying_back():
    assert namen("terugvordering", "I turn 67 in March and the gemeente wants 2000 euro back")[:1] == \
        ["utter_terugvordering"]


# --- bijstand for earlier months -----------------------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("aanvraag", "is it possible to get bijstand back to the previous months, I applied too late"),
    ("buitenland", "can my benefit go back to earlier weeks?"),
    ("terugvordering", "can they backdate my bijstand to when I lost my job"),
])
def test_bijstand_for_earlier_months_is_the_application(intent, text):
    assert namen(intent, text)[:1] == ["utter_aanvraag"]


def test_a_trip_with_retroactive_stays_a_trip():
    assert namen("buitenland", "I was 6 weeks in Ghana, will they stop my bijstand retroactively?")[0].startswith(
        "utter_buitenland")


# --- bijstand to pay back is no loan -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["the gemeente says I have to pay back 2500 euro of bijstand, is that allowed",
                                  "they want me to pay back the benefit of last spring, what can I do"])
def test_paying_back_bijstand_is_no_loan(text):
    assert "lening" not in naar_nederlands(text)
    assert namen("terugvordering", text)[:1] == ["utter_terugvordering"]


@pytest.mark.parametrize("text", ["my uncle lent me 400 and I must pay it back in june",
                                  "I need to pay back the loan to my cousin, does that count"])
def test_money_lent_stays_a_loan(text):
    assert "lening" in naar_nederlands(text)


# --- parents who put a young person out ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["i am 19 and my dad kicked me out last week, how much bijstand is it",
                                  "I'm 20, my parents threw me out of the house. what do I get a month?"])
def test_parents_who_put_a_young_person_out_are_no_housemates(text):
    assert [m.get("response") for m in form_start("norm_form", text).berichten][:1] == \
        ["utter_bijstandsnorm_eigen_jong"]


def test_dutch_parents_who_put_a_young_person_out_are_no_housemates():
    fb = form_begin("norm_form", "ik ben 18 en mijn moeder heeft me eruit gezet, hoeveel bijstand krijg ik",
                    PEILDATUM, "nl-je", "voorbeelddorp")
    assert [m.get("response") for m in fb.berichten][:1] == ["utter_bijstandsnorm_eigen_jong"]


# --- moving in with a partner who earns, read as the earnings form ---------------------------------------------------

@pytest.mark.parametrize("text", ["we are going to live together, my boyfriend who earns 2600 net a month and me. will I keep my bijstand?",
                                  "we want to live together, my partner makes 2400 netto per month, what happens to my benefit"])
def test_moving_in_with_a_partner_who_earns_read_as_the_earnings_form(text):
    assert [m.get("response") for m in form_start("bijverdienen_form", text).berichten][:1] == \
        ["utter_samenwonen_partner_verdient_meer"]


def test_own_wage_in_the_earnings_form_stays_the_vrijlating():
    namen_ = [m.get("response") for m in form_start("bijverdienen_form", "I live together with my partner and I earn 400 net a "
                                                     "month, how much can I keep").berichten]
    assert namen_ and namen_[0].startswith("utter_bijverdienen")


# --- a housemate who counts, named in English beside a wage ---------------------------------------------------------

@pytest.mark.parametrize("text, over", [
    ("I am 44 and my brother (35) lives with me, I earn 300 net a month at a shop. what is left of my bijstand?", "788.90"),
    ("my daughter of 31 lives with me, I'm 58 and I make 200 euro net monthly babysitting. how much bijstand is left",
     "863.90"),
])
def test_a_housemate_named_in_english_beside_a_wage_gives_the_kostendelersnorm(text, over):
    fb = form_start("bijverdienen_form", text)
    eerste = fb.berichten[0]
    assert eerste.get("response") == "utter_bijverdienen_eerst_bijstand_over_maanden"
    from tests.actions.eerste_antwoord import tekst_op
    assert over in tekst_op(eerste, DAG, "en")
