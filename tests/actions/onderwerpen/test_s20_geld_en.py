"""Session 20 (H5): English answers on money and the calculators. One section per fix; H7 folds each into its topic
module afterwards."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest

from actions.engels import naar_nederlands
from actions.feiten_uit_bericht.vrijlating import start_werk
from tests.actions.eerste_antwoord import DAG, EN_DORP, OpPeildatum, norm


def en_geld(waarde) -> str:
    """An amount as the English texts write it ("€878.71")."""
    return f"€{Decimal(str(waarde)):,.2f}"


def cijfers(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators: its amounts alike in the English and Dutch notation (the
    test helpers fill the facts in Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


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
    assert cijfers(kostendelers(eigen, *anderen)) in cijfers(tekst)


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
    assert cijfers(kostendelers(eigen, *anderen)) in cijfers(tekst)


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


# --- norm: a bare partner word right after the own age ('me 69 wife 67') is the writer's partner ---------------------

@pytest.mark.parametrize("text, response, bedrag", [
    ("me 69 wife 67 both have not full aow, to which amount is it filled up", "utter_aow_aio_norm", "€2,176.10"),
    ("i am 45 husband 47, no income, how much bijstand", "utter_bijstandsnorm_stel", "€2,027.79"),
    ("me 52 husband 55, both no job, how much bijstand do we get", "utter_bijstandsnorm_stel", "€2,027.79"),
])
def test_a_bare_partner_after_the_own_age_is_a_couple(text, response, bedrag):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == response and cijfers(bedrag) in cijfers(tekst)


def test_an_amount_before_a_partner_word_stays():
    assert "mijn vrouw" not in naar_nederlands("i pay 50 wife")


# --- norm: a girlfriend who comes to live with me + 'how much do we get (together)' is a couple ---------------------

@pytest.mark.parametrize("text", [
    "if my girlfriend (31) comes live with me and we both have no money, how much we get together? im 33",
    "my boyfriend 29 will move in with me next month, how much do we get? i am 27",
    "im 40, my girlfriend of 38 is moving in with me. what will we get together",
])
def test_a_partner_moving_in_and_the_couples_amount_asked_is_the_couples_norm(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_bijstandsnorm_stel" and "202779" in cijfers(tekst)


# --- trips: weekends 'friday to sunday' read as the Dutch readers take them ---------------------------------------

@pytest.mark.parametrize("text, gelezen", [
    ("went 6 weekends to germany this year, always friday to sunday", "6 weekenden"),
    ("every weekend from saturday till monday to belgium", "zaterdag tot maandag"),
    ("always thursday until sunday to my mother in antwerp", "altijd donderdag tot zondag"),
])
def test_weekends_and_days_of_the_week(text, gelezen):
    assert gelezen in naar_nederlands(text)


def test_a_weekend_from_day_to_day_counts_its_days():
    naam, tekst = EN_DORP.form_eerste("verblijf_buitenland_form",
                                      "every weekend from saturday till monday to belgium, how many weekends can i go")
    assert naam == "utter_buitenland_weekenden"


# --- gifts: the sum so far of a monthly gift says how often it came ------------------------------------------------

@pytest.mark.parametrize("text, keer, boven", [
    ("my aunt give me 150 euro every month since january, total is now 1650 for this year. problem??", 11, "€450"),
    ("mum gives me 120 a month since january, so far that is 1320 in total. is that ok?", 11, "€120"),
    ("my uncle sends 200 euro every month since february, in total already 2200 now. is it too much", 11, "€1,000"),
])
def test_the_total_so_far_counts_the_months_of_a_monthly_gift(text, keer, boven):
    naam, tekst = EN_DORP.form_eerste("giften_form", text)
    assert naam == "utter_giften_eerst_boven"
    assert f"({keer} months)" in tekst and cijfers(boven) + "overthelimit" in cijfers(tekst)


def test_the_total_so_far_in_dutch():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "nl-u").form_eerste(
        "giften_form", "mijn tante geeft me sinds januari elke maand 150 euro, totaal is nu 1650. probleem?")
    assert "(11 maanden)" in tekst and "€ 450" in tekst


def test_a_total_that_is_no_multiple_of_the_gift_is_left_alone():
    naam, tekst = EN_DORP.form_eerste("giften_form", "my aunt gives 150 every month since january, total is now 1700")
    assert "months)" not in tekst


# --- vakantiegeld: whether it is in the norm, and that the norm's amounts are net, as the Dutch text says ------------

@pytest.mark.parametrize("variant, text, woorden", [
    ("en", "is the amount net or bruto and is vakantiegeld inside it", ("already in the norm", "net")),
    ("en", "does my monthly bijstand include the holiday money already?", ("already in the norm", "net")),
    ("nl-u", "zit het vakantiegeld al in mijn bijstand of komt het erbij", ("al in de norm", "netto")),
    ("nl-je", "krijg ik vakantiegeld bovenop mijn bijstand", ("al in de norm", "netto")),
])
def test_vakantiegeld_is_in_the_norm_and_the_norm_is_net(variant, text, woorden):
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", variant).eerste("vakantiegeld", text)
    assert naam == "utter_vakantiegeld"
    assert all(w in tekst for w in woorden)


# --- earnings: 'they told me the vrijlating is over, is that right' gets 'yes' first ------------------------------

@pytest.mark.parametrize("variant, text, begin", [
    ("en", "i am 33 and working since april, 700 net per month. they told me vrijlating is over now? is that right",
     "Yes, that is probably right."),
    ("en", "my klantmanager says the 25% has ended because i work since march, 800 net, i am 40. is that true?",
     "Yes, that is probably right."),
    ("nl-je", "ik ben 45, werk sinds februari voor 900 netto. de gemeente zegt dat mijn vrijlating voorbij is, klopt dat?",
     "Ja, dat klopt waarschijnlijk."),
    ("nl-u", "ik werk al sinds maart, 650 netto, ben 50 en woon alleen. mijn vrijlating is afgelopen zeggen ze, is dat zo?",
     "Ja, dat klopt waarschijnlijk"),
])
def test_the_vrijlating_said_to_be_over_is_confirmed_first(variant, text, begin):
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", variant).form_eerste("bijverdienen_form", text)
    assert naam.startswith("utter_bijverdienen_eerst_voorbij") and naam.endswith("_klopt")
    assert tekst.startswith(begin)


def test_the_months_over_without_the_question_stay_no():
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", "i work since january, 500 a month, i am 30. can i still keep some?")
    assert not naam.endswith("_klopt") and "probably right" not in tekst
