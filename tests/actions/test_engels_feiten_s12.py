"""Issue #15 with #20, session 12: English first replies that reach the facts the person gave (kinds of
bench/antwoorden_afstemmen_en_s12.yml's misses, in other words written here). An age named as "age 45" or after
"single"/"pensioner"; "single parents" in the plural; a year after the rule it dates is no amount; a child's age after
the person's own; work past the months of the old vrijlating without a wage; a wage asked about as a young person; a
couple's ages said as "we both 40" or "couple 35 and 38" and an in-law; "after the pension age"."""

from __future__ import annotations

from datetime import date

import pytest

from actions import parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import eigen_leeftijd
from tests.actions.eerste_antwoord import antwoord, form_begin

PEILDATUM = "2026-12-06"
VANDAAG = date(2026, 12, 6)


def eerste(intent: str, text: str) -> str:
    return antwoord(intent, text, PEILDATUM, "en")[0].get("response")


def form_start(form: str, text: str) -> list[str]:
    return [m["response"] for m in form_begin(form, text, PEILDATUM, "en", "voorbeelddorp").berichten]


# --- the person's own age ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, jaren", [("age 52, living alone, no income", 52),
                                         ("Aged 33, single. what do I get", 33),
                                         ("I work 20 hours. my age is 41", 41),
                                         ("pensioner 70, alone, small pension", 70),
                                         ("retired 69 and on my own", 69),
                                         ("single 47, no kids, how much bijstand", 47)])
def test_an_age_named_as_such_is_the_writers_own(text, jaren):
    assert eigen_leeftijd(naar_nederlands(text)) == jaren


@pytest.mark.parametrize("text", ["my son aged 19 lives with me", "a single 50 euro payment from my aunt"])
def test_an_age_of_someone_else_or_an_amount_is_not(text):
    assert eigen_leeftijd(naar_nederlands(text)) is None


def test_a_childs_age_after_the_persons_own_is_the_childs():
    assert parse.medebewoners("ik ben 29, dochter is 6") == [parse.Medebewoner(6, "kind")]
    assert parse.medebewoners(naar_nederlands("single dad 40, son is 7, I work 9 months now")) == \
        [parse.Medebewoner(7, "kind")]


# --- earning -------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["for single mothers, how long can they keep part of their wage",
                                  "do single parents keep more of their salary"])
def test_single_parents_in_the_plural_hear_the_single_parents_rule(text):
    assert eerste("bijverdienen", text) == "utter_bijverdienen_alleenstaande_ouder"


@pytest.mark.parametrize("text", ["what are the new rules 2027 for a side job", "is the vermogensgrens 2026 higher",
                                  "huurtoeslag limits 2027?"])
def test_a_year_after_the_rule_it_dates_is_no_amount(text):
    assert parse.bedragen(naar_nederlands(text)) == []


def test_money_beside_a_year_stays_money():
    assert parse.bedrag(naar_nederlands("my uncle gave me 2025 euro")).euro == 2025


@pytest.mark.parametrize("text", ["I am 44, my job started 10 months ago, no kids. is any of my pay still free?",
                                  "aged 39, working since january, can I still keep a part?"])
def test_work_past_the_first_months_without_a_wage_hears_nothing_is_kept(text):
    assert form_start("bijverdienen_form", text)[0] == "utter_bijverdienen_eerst_voorbij"


def test_work_within_the_first_months_is_not_said_to_be_over():
    assert "utter_bijverdienen_eerst_voorbij" not in form_start("bijverdienen_form",
                                                                 "I am 44, I started working 2 months ago, can I keep some?")


def test_a_young_persons_wage_read_as_the_young_peoples_topic_gets_the_earnings_answer():
    said = antwoord("jongeren", "I'm 24 and I earn 450 net a month from a job, do I keep any of it?", PEILDATUM, "en")
    assert said[0]["response"].startswith("utter_bijverdienen")


def test_the_young_peoples_topic_without_a_wage_stays():
    assert eerste("jongeren", "I'm 19 and live with my parents, how much bijstand") == "utter_jongeren"


# --- couples and the AOW age -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["we are married, we both 45, no income. what do we get",
                                  "we are couple 30 and 33, no kids, how much do we get"])
def test_a_couples_ages_give_the_couples_norm(text):
    assert eerste("samenwonen", text) == "utter_bijstandsnorm_stel"


def test_an_in_law_of_27_or_older_makes_the_couple_share_costs():
    said = form_start("norm_form", "we are a couple 41 and 43 and my father in law (72) lives with us, how much")
    assert said[0] == "utter_bijstandsnorm_stel_kostendeler"


def test_two_past_the_aow_age_who_say_we_are_both_hear_the_aio_levels():
    assert eerste("aow_aio", "we are both 70, only a small pension, how much can we get") == "utter_aow_aio_norm"


@pytest.mark.parametrize("text", ["how much bijstand after the state pension age",
                                  "what is the bijstandsnorm past pension age"])
def test_the_norm_past_the_aow_age_is_the_aio(text):
    assert eerste("bijstandsnorm", text) == "utter_aow_aio_norm"


# --- other topics ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["will the gemeente take the debt off my monthly benefit",
                                  "can they take the fine from my bijstand"])
def test_what_is_owed_taken_from_the_benefit_is_verrekenen(text):
    assert eerste("terugvordering", text) == "utter_terugvordering_verrekenen"


def test_a_gift_taken_from_the_benefit_is_not_read_as_verrekenen():
    assert "inhouden" not in naar_nederlands("my aunt gave me 300, will they take it from my bijstand")


@pytest.mark.parametrize("text", ["can I get money for a removal van", "who pays for the truck to move my things"])
def test_a_van_or_truck_for_the_move_is_the_cost_of_moving(text):
    assert eerste("verhuizen", text) == "utter_verhuizen_kosten"


def test_a_move_into_a_nursing_home_asking_the_amount_gets_the_norm_of_an_instelling():
    assert eerste("verhuizen", "my father goes to live in a care home, how much bijstand will he get there") == \
        "utter_opname_inrichting"


def test_a_move_to_another_town_stays_a_move():
    assert eerste("verhuizen", "I move to Utrecht next month, what happens with my bijstand") != "utter_opname_inrichting"


def test_a_birth_date_gives_the_aow_date():
    assert eerste("aow_aio", "I was born on 14 August 1960, when does my AOW start") == "utter_aow_aio_datum"


@pytest.mark.parametrize("text", ["my rent is 990 a month, can I get huurtoeslag", "the basic rent is 1020, rent benefit?"])
def test_the_persons_own_rent_is_read_beside_huurtoeslag(text):
    assert eerste("toeslagen", text).startswith("utter_toeslagen_huur")


def test_someone_pays_my_rent_stays_a_gift_in_kind():
    assert "boodschappen" in naar_nederlands("my sister pays my rent every month")


@pytest.mark.parametrize("text", ["single mom, my youngest is 2, must I apply for jobs",
                                  "single dad here, our youngest one is 4. do I have to work"])
def test_the_youngest_childs_age_is_a_childs(text):
    assert form_start("plichten_form", text)[0] == "utter_participatieplicht_jong_kind"


# --- trips -----------------------------------------------------------------------------------------------------------

def test_a_trip_of_last_year_does_not_count_and_this_years_month_past_is_a_trip_taken():
    from actions.feiten_uit_bericht import eerdere_reizen, nieuwe_reis
    tekst = naar_nederlands("last year I went 4 weeks to Ghana. this year 10 days in april. can I go 3 weeks in december?")
    assert [r["vertrek"][:7] for r in eerdere_reizen(tekst, VANDAAG)] == ["2026-04"]
    assert nieuwe_reis(tekst, VANDAAG) is not None
    assert form_start("verblijf_buitenland_form", "last year I went 4 weeks to Ghana. this year 10 days in april. "
                                                  "can I go 3 weeks in december?")[0] == "utter_buitenland_eerder_te_lang"


@pytest.mark.parametrize("intent, text", [("aanvraag", "my bijstand ended in May, now I am unemployed again, must I send "
                                                     "all documents again"),
                                          ("aow_aio", "had bijstand until june, again without a job, all the forms again?")])
def test_applying_again_within_a_year_hears_the_data_may_be_reused(intent, text):
    assert eerste(intent, text) == "utter_aanvraag_opnieuw"
