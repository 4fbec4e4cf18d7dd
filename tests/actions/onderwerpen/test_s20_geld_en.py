"""Session 20 (H5): English answers on money and the calculators. One section per fix; H7 folds each into its topic
module afterwards."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from actions.engels import naar_nederlands
from actions.feiten_uit_bericht.vrijlating import start_werk
from tests.actions.eerste_antwoord import DAG, EN_DORP, norm


def en_geld(waarde) -> str:
    """An amount as the English texts write it ("€878.71")."""
    return f"€{Decimal(str(waarde)):,.2f}"


def kostendelers(eigen: int, *anderen: int) -> str:
    """knowledge/'s norm of someone on their own with these adults (no partner) in the home, in English."""
    return en_geld(norm(leeftijd=eigen, leefsituatie="alleenstaande",
                        medebewoners=[{"leeftijd": a, "relatie": "anders"} for a in anderen])["norm"])


# --- norm: grown children who 'still live at home with me' live with the writer, not the writer with parents -------

@pytest.mark.parametrize("text, eigen, anderen", [
    ("widow 52, my two children 28 and 31 still live at home with me. what is my uitkering amount", 52, (28, 31)),
    ("I am 58, my sons 30 and 33 still live at home with me, how much bijstand do i get", 58, (30, 33)),
    ("im 61 and my daughter (35) still lives at home with me. what is my norm", 61, (35,)),
    ("my two kids 29 and 40 live at home with us, I am 66 and alone. how much money", 66, (29, 40)),
])
def test_grown_children_at_home_with_me_are_housemates_not_my_parents(text, eigen, anderen):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert kostendelers(eigen, *anderen) in tekst


def test_the_ages_before_still_keep_their_space():
    assert "31 wonen" in naar_nederlands("my two children 28 and 31 still live at home with me")
    assert "35 wonen" in naar_nederlands("my cousins 33 and 35 live together with me")


# --- norm: family or friends who 'live together' share a home, they are no couple ------------------------------------

@pytest.mark.parametrize("text, eigen, anderen", [
    ("me (40), my brother 38 and my two cousins 33 and 35 live together in one apartment. how much bijstand do i get",
     40, (38, 33, 35)),
    ("i am 45, me and my two sisters 41 and 50 are living together in my house. what is my bijstand", 45, (41, 50)),
    ("I'm 30 and my 2 friends 31 and 32 and me live together, how much do i get", 30, (31, 32)),
])
def test_family_who_live_together_share_a_home(text, eigen, anderen):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_kostendeler"
    assert kostendelers(eigen, *anderen) in tekst


@pytest.mark.parametrize("text", ["my girlfriend and me live together, we are 30 and 31",
                                  "we are married and live together"])
def test_a_couple_who_live_together_stays_a_couple(text):
    assert "samenwonen" in naar_nederlands(text) or "wonen samen" in naar_nederlands(text)


# --- norm: a stay in a clinic longer than the months of the inrichting's norm -----------------------------------------

@pytest.mark.parametrize("text", [
    "i go in a clinic for 5 months from january, i am single. how much money i will get while i am there",
    "I am going into a clinic for 6 months, alone, what bijstand do i get there",
    "i have to go to a psychiatric clinic for 4 months. how much do i get then? i live alone",
])
def test_a_long_stay_in_a_clinic_gets_the_pocket_money(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_opname_inrichting"
    assert "zak- en kleedgeld" in tekst


# --- trips: 'i already had 3 weeks holiday' is a trip taken --------------------------------------------------------

@pytest.mark.parametrize("text, samen", [
    ("i already had 3 weeks holiday in poland this summer. now i want 2 weeks to family in december. ok?", 35),
    ("I have already had 10 days in spain this summer. Now I want 3 weeks to my family in december, ok?", 31),
    ("i've had 3 weeks abroad already. can i go 2 weeks more in december?", None),
])
def test_weeks_had_before_count_with_the_new_trip(text, samen):
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form", text)
    assert naam != "utter_buitenland" and tekst.startswith("No")
    assert f"{samen} days" in tekst if samen else "7 days left" in tekst


# --- earnings: where someone came from is no start of work ----------------------------------------------------------

@pytest.mark.parametrize("text, maanden", [
    ("i came from poland 6 years ago. after long time on bijstand i finally started a job 2 months ago", 2),
    ("we moved here from syria 8 years ago, i started working 3 months ago", 3),
    ("He came from Eritrea in 2019 and started a job 4 months ago", 4),
])
def test_came_from_a_country_is_no_date_of_work(text, maanden):
    assert start_werk(naar_nederlands(text), DAG) == date(2026, 12 - maanden, 7)


def test_came_from_a_country_keeps_the_vrijlating_of_new_work():
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form",
                                      "hello, i am 31 years old and i live alone, i came from poland 6 years ago. i "
                                      "finally started a job 2 months ago in a bakery and i earn 600 netto a month. how "
                                      "much can i keep every month?")
    assert naam.startswith("utter_bijverdienen_eerst_bijstand_over")
    assert "€150" in tekst


def test_from_a_month_stays_a_date():
    assert "vanaf januari" in naar_nederlands("i came from january on bijstand")
