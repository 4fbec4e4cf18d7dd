"""Issue #15 with #20, session 13: English first replies that reach the facts the person gave (kinds of
bench/antwoorden_afstemmen_en_s13.yml's misses, in other words written here). A count in the singular ("7 month
now"); trips written as "4-9 March", ended by "came back on", two ranges joined by "and"; an amount "each time" and
how many times; a monthly gift and the months it came, listed."""

from __future__ import annotations

import pytest

from actions import parse
from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import form_begin

PEILDATUM = "2026-12-06"


def form_start(form: str, text: str):
    return form_begin(form, text, PEILDATUM, "en", "voorbeelddorp")


# --- a count in the singular --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, euro", [("my aunt sends 80 euro every month, 7 month now", 80),
                                        ("granny gives 40 a week, 6 week already", 40)])
def test_a_count_in_the_singular_is_no_amount(text, euro):
    assert [b.bedrag.euro for b in parse.bedragen(naar_nederlands(text))] == [euro]


def test_one_month_stays_singular():
    assert "1 maand" in naar_nederlands("I started 1 month ago")


# --- trips ---------------------------------------------------------------------------------------------------------

def test_day_ranges_with_a_dash_are_trips():
    slots = form_start("verblijf_buitenland_form", "Holidays so far: 4-9 March, 12-20 May. How many days are left for me?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-03-04", "terug": "2026-03-09"},
                                       {"vertrek": "2026-05-12", "terug": "2026-05-20"}]


def test_a_date_with_dashes_is_no_range():
    assert naar_nederlands("born 3-4-1990") == "geboren 3-4-1990"


def test_the_day_back_ends_a_trip():
    slots = form_start("verblijf_buitenland_form",
                       "I left for Ghana on 5 Aug, came back on 25 Aug. Can I go again 20 to 23 December?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-08-05", "terug": "2026-08-25"}]


def test_two_ranges_joined_by_and_are_two_trips():
    slots = form_start("verblijf_buitenland_form",
                       "I was in Turkey 2-12 April and 1-6 September. Can I still go 18-22 December?").slots
    assert len(slots["eerdere_reizen"]) == 2


# --- gifts: how many times -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, totaal", [("my uncle paid my phone bill 4 times, 40 euro each time", 160),
                                          ("a neighbour did my shopping, 25 euro every time, 6 times so far", 150)])
def test_an_amount_each_time_and_how_many_times(text, totaal):
    assert form_start("giften_form", text).slots["gift_bedrag"]["euro"] == totaal


@pytest.mark.parametrize("text, totaal", [("my sister gives me 50 a month, she did it in june july and august", 150),
                                          ("grandpa sends 120 euro monthly, I got it in sep, oct, nov.", 360)])
def test_a_monthly_gift_and_the_months_it_came(text, totaal):
    assert form_start("giften_form", text).slots["gift_bedrag"]["euro"] == totaal


def test_a_monthly_gift_since_a_month_is_still_counted_to_december():
    assert form_start("giften_form", "my mother gives me 100 euro every month since february").slots["gift_datum"] == \
        "2026-02-01"


# --- earning past the AOW age --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["retired, 69, on AIO. I do some gardening for 250 a month, what may I keep?",
                                  "ik ben 70 en heb aio, ik verdien 200 per maand met oppassen"])
def test_earning_past_the_aow_age_names_the_svb_and_no_months(text):
    namen = [m["response"] for m in form_start("bijverdienen_form", text).berichten]
    assert "utter_wat_nu_svb" in namen
    assert not any(naam.endswith(("_maanden", "_maanden_alleen")) for naam in namen)


def test_earning_under_the_aow_age_hears_no_svb():
    assert "utter_wat_nu_svb" not in [m["response"] for m in form_start("bijverdienen_form",
                                                                          "I am 52 and earn 300 a month").berichten]


# --- the AIO asked for someone else past the AOW age ---------------------------------------------------------------

def eerste(intent: str, text: str) -> str:
    from tests.actions.eerste_antwoord import antwoord
    return antwoord(intent, text, PEILDATUM, "en")[0].get("response")


@pytest.mark.parametrize("intent", ["aow_aio", "bijstandsnorm"])
@pytest.mark.parametrize("text", ["I help an old client, a woman of 71 with a small AOW. What is she entitled to?",
                                  "my grandparents: grandpa 75 and grandma 69 have only AOW, how much should they get?",
                                  "mijn moeder is 70 en heeft een halve aow, hoeveel kan ze krijgen"])
def test_the_amount_for_someone_else_past_the_aow_age_is_the_aio_level(intent, text):
    assert eerste(intent, text) == "utter_aow_aio_norm"


@pytest.mark.parametrize("text", ["my father is 70 and lives with me, how much bijstand do I get",
                                  "mijn vader is 70 en woont bij mij, hoeveel bijstand krijg ik"])
def test_ones_own_bijstand_beside_someone_past_the_aow_age_is_not(text):
    assert eerste("bijstandsnorm", text) != "utter_aow_aio_norm"


# --- a couple who say they live together ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, slots", [
    ("my boyfriend is 22 and I am 19, we live together. what is the bijstand for us?", {"leeftijd": 19, "partner_leeftijd": 22}),
    ("We are living together, my girlfriend is 30 and I am 31. What do we get?", {"leeftijd": 31, "partner_leeftijd": 30})])
def test_we_live_together_is_a_couple(text, slots):
    gevuld = form_start("norm_form", text).slots
    assert gevuld["leefsituatie"] == "gehuwden"
    assert {k: gevuld[k] for k in slots} == slots


# --- a stay in a clinic since a month -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["my sister (44) has been in a rehab clinic since July, what about her bijstand?",
                                  "mijn vader woont sinds april in een verpleeghuis, wat gebeurt er met zijn bijstand"])
def test_a_stay_since_a_month_longer_than_the_limit_gets_the_pocket_money(text):
    assert eerste("opname", text) == "utter_opname_inrichting"


def test_a_stay_since_last_week_does_not():
    assert eerste("opname", "I am in hospital since last week, do I tell the gemeente?") != "utter_opname_inrichting"


# --- the gemeente keeps an amount back from the benefit ------------------------------------------------------------

@pytest.mark.parametrize("text", ["the gemeente deducts 90 euro a month from my benefit for the boete. can they?",
                                  "they take 200 each month off my bijstand for the terugvordering, I have nothing left"])
def test_an_amount_kept_back_from_the_benefit_is_offsetting(text):
    assert eerste("terugvordering", text) == "utter_terugvordering_verrekenen"


def test_a_trip_asked_from_one_day_to_another_after_one_taken():
    slots = form_start("verblijf_buitenland_form",
                       "I was in Spain from 3 Oct and came back 12 Oct. Could I go to Paris from 20 to 23 December?").slots
    assert slots["eerdere_reizen"] == [{"vertrek": "2026-10-03", "terug": "2026-10-12"}]
    assert slots["reis"] == {"vertrek": "2026-12-20", "terug": "2026-12-23"}


# --- a single parent's norm: children without an age, toeslagen asked beside it ------------------------------------

@pytest.mark.parametrize("text", ["single dad 35, three kids, no income. how much bijstand per month?",
                                  "dad (41), two children, how much bijstand"])
def test_a_young_single_parents_children_without_an_age_do_not_stop_the_norm(text):
    assert form_start("norm_form", text).berichten[0]["response"] == "utter_bijstandsnorm_eigen"


def test_children_without_an_age_of_an_older_parent_are_asked():
    assert form_start("norm_form", "single mum 58 with 2 children, what do I get?").berichten[0]["response"] != \
        "utter_bijstandsnorm_eigen"


@pytest.mark.parametrize("text", ["single mom 31 with a baby, what bijstand do I get? and child benefit on top?",
                                  "alleenstaande moeder, ik ben 30, 2 kinderen. hoeveel bijstand? krijg ik kinderbijslag erbij?"])
def test_toeslagen_asked_beside_the_norm_get_their_answer_after_it(text):
    namen = [m["response"] for m in form_start("norm_form", text).berichten]
    assert namen[0].startswith("utter_bijstandsnorm") and "utter_toeslagen" in namen


def test_no_toeslagen_answer_when_not_asked():
    assert "utter_toeslagen" not in [m["response"] for m in form_start("norm_form", "I am 40, alone, how much bijstand?").berichten]


def test_alimentatie_from_the_ex_comes_off_a_parents_norm():
    text = "father 38 with 2 kids, divorced. my ex pays 200 partneralimentatie a month. what bijstand is left?"
    assert form_start("norm_form", text).berichten[0]["response"] == "utter_bijstandsnorm_inkomen"


# --- living with someone to care for them -------------------------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "samenwonen", "buitenland"])
@pytest.mark.parametrize("text", ["I will go live with my terminally ill mother for a few months to look after her. Does the "
                                  "kostendelersnorm apply to me there?",
                                  "My neighbour has Parkinson and I want to move in with him just to care for him. Are we a couple then?"])
def test_moving_in_to_care_for_someone_is_mantelzorg(intent, text):
    assert eerste(intent, text) == "utter_kostendelersnorm_mantelzorg"


def test_a_trip_abroad_to_care_for_someone_stays_a_trip():
    assert eerste("buitenland", "I go to Morocco for 6 weeks to take care of my sick mother") != \
        "utter_kostendelersnorm_mantelzorg"
