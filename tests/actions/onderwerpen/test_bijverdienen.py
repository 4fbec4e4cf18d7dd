"""Earning beside the bijstand (bijverdienen): the start of work, the first months' vrijlating and its end, the single
parent's share, the medical vrijlating, a gemeente's own policy, the earnings calculator's first turn. Dutch first,
then English."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import feiten_uit_bericht, parse
from actions.context import DEFAULT_GEMEENTE
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import reizen, start_werk, start_werk_later
from actions.feiten_uit_bericht.vrijlating import medische_urenbeperking, start_werk as parse_start
from actions.rekenhulp import EERSTE_BERICHT
from actions.rekenhulpen.bijverdienen import medisch
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from tests.actions.eerste_antwoord import (DAG, DAG_5, DAG_6, DAG_8, DOMAIN, DORP, DORP_6, EN_6, EN_8, EN_DORP,
                                           EN_DORP_6, GEMEENTE, JE_8, OP_5, OP_6, OpPeildatum, PEILDATUM, PEILDATUM_6,
                                           PEILDATUM_8, antwoord, antwoord_namen, bijverdienen_6, cijfers, eerste_zin,
                                           feit_antwoord_6, form_begin, form_berichten_en_6, form_namen_en_6,
                                           form_teksten_en, geld, parameter_6, response_namen, start, tekst_6, tekst_op,
                                           validator_van, vrijlating, vrijlating_6, vrijlating_onbekend_6,
                                           vrijlating_uit_6, zinnen)


# --- s14: an amount is never an age, a count of months never an amount, a year before a rule never a wage -------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_days_of_work_per_week_are_not_the_wages_period():
    text = "ik ben 58 en kan een paar middagen in de week bij de bibliotheek werken voor 300 euro netto per maand"
    assert parse.bedrag(text) == parse.Bedrag(Decimal("300.00"), "maand")


# --- s14: earning: the months of the old vrijlating said to be over, a half year of work ------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["ik werk al ruim een half jaar bij de kapper", "die vrijlating heb ik al gehad",
                                  "mijn eerste vrijlating is voorbij"])
def test_work_longer_than_the_months_of_the_old_vrijlating(text):
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    begin = feiten_uit_bericht.start_werk(text, DAG)
    assert begin is not None and plus_maanden(begin, int(maanden)) < DAG


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_past_the_first_months_gets_the_single_parents_share():
    text = ("ik ben alleenstaande vader van 36 met een dochter van 9. ik werk al ruim een half jaar voor 600 euro netto "
            "per maand, de eerste vrijlating is voorbij. wat houd ik nu over")
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=36, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=9,
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 600, "periode": "maand"})
    assert uit["regel"] == "31_2_r"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_months_over_without_an_age_say_the_bijstand_left_beside_the_whole_wage():
    text = ("ik heb nu 10 maanden een baan en verdien 900 netto, die vrijlating heb ik al gehad. ik woon alleen. "
            "hoeveel bijstand blijft er nog")
    _, said, _ = start("bijverdienen_form", text)
    grens = knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG)
    uit = vrijlating(leeftijd=grens, leefsituatie="alleenstaande",
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 900, "periode": "maand"})
    assert uit["vrijlating_per_maand"] == 0
    assert said[0]["response"].startswith("utter_bijverdienen_eerst_voorbij_over")
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_one_off_wage_in_a_past_month_is_this_years():
    text = "ik heb in september een keer 250 bijverdiend met een klus. ik ben 44. hoeveel gaat eraf"
    assert feiten_uit_bericht.start_werk_later(text, DAG) is None
    slots, said, _ = start("bijverdienen_form", text)
    assert not (slots.get("start_werk") or "").startswith(str(DAG.year + 1))
    assert said[0]["response"] != "utter_bijverdienen_eerst_nieuwe_regel"


@pytest.mark.usefixtures("voorbeelddorp")
def test_work_said_to_come_later_still_lies_ahead():
    assert feiten_uit_bericht.start_werk_later("vanaf maart ga ik bij de bakker werken voor 500", DAG) > DAG


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_wage_with_days_of_work_per_week_gets_the_amount_first():
    _, said, _ = start("bijverdienen_form", "ik ben 58 en kan een paar middagen in de week bij de bibliotheek werken "
                                            "voor 300 euro netto per maand, blijft er iets over?")
    uit = vrijlating(leeftijd=58, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 300, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_earning_beside_a_housemate_who_counts_gets_the_kostendelersnorm():
    text = "ik ben 47 en mijn zus van 51 woont bij mij. ik ga 350 netto per maand verdienen bij de supermarkt. wat krijg ik nog"
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=47, leefsituatie="alleenstaande", kostendelers=1,
                     netto_inkomsten={"bedrag": 350, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert not said[0]["response"].endswith("_alleen")


# --- s14: open item of session 13: the gemeente's own policy as the person states it ----------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["bij ons geldt de nieuwe vrijlating al, wat houd ik dan over",
                                  "onze gemeente gebruikt de nieuwe regel van 15 procent nu al toch?"])
def test_a_stated_gemeente_policy_is_taken_as_the_persons_statement(text):
    namen = antwoord_namen("bijverdienen", text, PEILDATUM)
    assert namen[0] == "utter_bijverdienen_gemeente_34a"
    tekst = tekst_op({"response": namen[0]}, DAG).lower()
    assert "zegt" in tekst and "gemeente beslist" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_stated_gemeente_policy_with_a_wage_gets_the_new_rules_amount():
    text = "mijn gemeente past de 15%-regel al toe. ik ben 23 en verdien 700 netto per maand, wat mag ik houden"
    ingang = knowledge.loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": ingang.isoformat(), "leeftijd": 23,
                                                     "leefsituatie": "onbekend", "start_werk": ingang.isoformat(),
                                                     "netto_inkomsten": {"bedrag": 700, "periode": "maand"}})
    for said in (start("bijverdienen_form", text)[1], [{"response": n} for n in antwoord_namen("bijverdienen", text,
                                                                                               PEILDATUM)]):
        assert said[0]["response"] == "utter_bijverdienen_gemeente_34a_bedrag"
        assert len(said) == 1  # no second answer by the gemeente's rule in knowledge/ (nothing kept under 27)
    _, said, _ = start("bijverdienen_form", text)
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_medical_limit_with_a_wage_says_the_bijstand_left_after_the_first_months():
    text = "ik ben medisch urenbeperkt en kan maar 12 uur werken. ik verdien 700 netto. hoeveel uitkering houd ik"
    _, said, _ = start("bijverdienen_form", text)
    medisch = next(m for m in said if m["response"] == "utter_bijverdienen_medisch_bedrag")
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    uit = vrijlating(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG),
                     leefsituatie="alleenstaande", medische_urenbeperking=True,
                     start_werk=plus_maanden(DAG, -int(maanden) - 1).isoformat(),
                     netto_inkomsten={"bedrag": 700})
    assert uit["regel"] == "31_2_y"
    assert medisch["medisch_bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s15: earning: the start of the bijstand is no start of work; a start date right after the verb -------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik zit sinds 2024 in de bijstand en kan straks bij de groenteboer werken voor 400 per maand",
    "ik heb sinds vorig jaar een uitkering, binnenkort ga ik 600 netto verdienen",
])
def test_the_start_of_the_bijstand_is_no_start_of_work(text):
    assert feiten_uit_bericht.start_werk(text, DAG) is None


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, begin", [
    ("ik zit sinds 2023 in de bijstand en werk sinds 1 november bij de bakker", date(2026, 11, 1)),
    ("ik werk sinds 1 oktober naast mijn bijstand voor 500", date(2026, 10, 1)),
])
def test_the_start_of_work_beside_the_bijstand_is_still_read(text, begin):
    assert feiten_uit_bericht.start_werk(text, DAG) == begin


@pytest.mark.usefixtures("voorbeelddorp")
def test_work_to_come_after_years_of_bijstand_gets_the_first_months_vrijlating():
    text = ("ik ben 44 en zit sinds vorig jaar in de bijstand. volgende maand kan ik in een magazijn beginnen "
            "en dan verdien ik 640 euro netto per maand, wat mag ik houden")
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=44, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 640, "periode": "maand"})
    assert uit["vrijlating_per_maand"] > 0
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, begin", [("ik start 1 februari met werk voor 800 netto", date(2027, 2, 1)),
                                         ("wij beginnen 11 januari in de kassen, ik verdien 900", date(2027, 1, 11))])
def test_a_start_date_right_after_the_verb(text, begin):
    assert feiten_uit_bericht.start_werk_later(text, DAG) == begin


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["ik heb mijn zes maanden van 25 procent gehad", "de 25%-regeling is voorbij",
                                  "die 6 maanden 25% heb ik al gehad"])
def test_the_months_of_25_percent_said_to_be_over(text):
    begin = feiten_uit_bericht.start_werk(text, DAG)
    maanden = knowledge.waarde("vrijlating_31_2_n.maanden", DAG)
    assert begin is not None and begin < DAG.replace(month=DAG.month - int(maanden))


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_past_the_25_percent_gets_the_single_parents_share():
    text = "alleenstaande moeder, dochter van 6, mijn 6 maanden van 25% zijn voorbij. ik verdien 800 netto"
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG),
                     leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=6,
                     start_werk=feiten_uit_bericht.start_werk(text, DAG).isoformat(),
                     netto_inkomsten={"bedrag": 800, "periode": "maand"})
    assert uit["regel"] == "31_2_r"
    tekst = tekst_op(said[0], DAG, "nl-je")
    assert geld(uit["vrijlating_per_maand"]) in tekst
    assert said[0]["vrijlating_deel"] in tekst  # "(12,5% van je netto loon)"


@pytest.mark.usefixtures("voorbeelddorp")
def test_months_over_say_so():
    text = "ik werk al 9 maanden voor 600 per maand naast de bijstand, ik ben 45 en woon alleen. waarom minder?"
    _, said, _ = start("bijverdienen_form", text)
    assert "voorbij" in tekst_op(said[0], DAG, "nl-je")


# --- s16: earning: wages of several months, the question about one of them --------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_wage_of_the_month_asked_is_the_wage():
    text = "ik werk op oproepbasis, in september 400 en in oktober 700 netto. ik ben 35. wat houd ik over van oktober"
    loon = feiten_uit_bericht.vrijlating.eigen_loon(text)
    assert (loon.euro, loon.periode) == (Decimal("700"), "maand")


@pytest.mark.usefixtures("voorbeelddorp")
def test_wages_of_several_months_without_a_month_asked_stay_unread():
    assert feiten_uit_bericht.vrijlating.loon_van_gevraagde_maand("in september 400 en in oktober 700 netto, hoeveel mag ik houden") is None


# --- s17: what may be kept: the maximum asked, and the rule of a later date -------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_amount_one_may_keep_is_no_second_wage():
    soorten = [b.soort for b in parse.bedragen("ik verdien 1400 netto, de klantmanager zegt ik mag maar 285 houden")]
    assert soorten == ["loon", "vrijlating"]


@pytest.mark.usefixtures("voorbeelddorp")
def test_why_not_more_than_the_maximum_is_answered_with_the_maximum():
    _, berichten, _ = start("bijverdienen_form", "ik ben 45 en verdien 1300 netto. ik mag maar 285 houden van de "
                                                 "gemeente, waarom niet meer?")
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM, "leeftijd": 45, "leefsituatie": knowledge.ONBEKEND, "start_werk": knowledge.ONBEKEND,
        "netto_inkomsten": {"bedrag": 1300, "periode": "maand"}})
    assert uit["vrijlating_per_maand"] == uit["maximum"]
    assert berichten[0]["response"] == "utter_bijverdienen_eerst_maximum"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"Dat klopt: {geld(uit['maximum'])} per maand is het maximum")


@pytest.mark.usefixtures("voorbeelddorp")
def test_under_27_asking_about_the_rule_from_2027_gets_knowledges_amount_on_that_date():
    _, berichten, _ = start("bijverdienen_form", "ben 22, ik verdien nu 700 netto. klopt het dat ik in 2027 wel iets "
                                                 "mag houden? hoeveel")
    dag = date(DAG.year + 1, 1, 1)
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": dag.isoformat(), "leeftijd": 22, "leefsituatie": knowledge.ONBEKEND,
        "start_werk": dag.isoformat(), "netto_inkomsten": {"bedrag": 700, "periode": "maand"}})
    assert uit["regel"] == "34a" and uit["vrijlating_per_maand"] > 0
    assert berichten[0]["response"] == "utter_bijverdienen_eerst_regel_later_jong"
    assert berichten[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert not any(b["response"].startswith("utter_bijverdienen_bijstand_erbij") for b in berichten)  # today's


# --- s18: a single parent whose first months of the vrijlating are over -----------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_first_months_of_the_vrijlating_over_is_a_start_of_work_before_them():
    maanden = int(knowledge.waarde("vrijlating_31_2_n.maanden", DAG))
    gevonden = start_werk(f"de eerste {maanden} maanden zijn voorbij, ik verdien 900", DAG)
    assert gevonden is not None and (DAG.year - gevonden.year) * 12 + DAG.month - gevonden.month > maanden


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_after_the_first_months_gets_the_single_parents_share():
    maanden = int(knowledge.waarde("vrijlating_31_2_n.maanden", DAG))
    _, berichten, _ = start("bijverdienen_form", f"ik ben alleenstaande moeder (dochter 8) en de eerste {maanden} "
                                                 "maanden zijn om. ik verdien 1500 netto, wat mag ik houden")
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_r.maximum", DAG)))
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_r.percentage", DAG))) * 1500 / 100
    assert geld(min(maximum, deel)) in tekst_op(berichten[0], DAG)


# --- s17 (English): a start of work said as a year --------------------------------------------------------------------

def test_a_year_alone_is_a_start_of_work_at_its_latest_day():
    assert start_werk("werken sinds 2024, 900 netto per maand", DAG) == date(2024, 12, 31)
    assert start_werk("werken sinds begin 2025", DAG) == date(2025, 1, 1)
    assert start_werk("ik zit sinds 2023 in de bijstand", DAG) is None


def test_single_parent_working_since_last_year_gets_the_single_parents_share():
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", "single dad, daughter 7, I work since 2025 and earn 1500 net a month. "
                                              "how much can I keep")
    assert naam.startswith("utter_bijverdienen_eerst")
    assert "€177.66" in tekst and "12.5%" in tekst  # art. 31 lid 2 r: 12.5% of 1,500 is over the 177.66 cap


# --- s17 (English): second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ---

def test_the_old_vrijlating_in_english_names_its_maximum():
    tekst = tekst_op({"response": "utter_bijverdienen"}, DAG, "en")
    assert "maximum of" in tekst and "285" in tekst  # art. 31 lid 2 n: 25% up to a maximum a month


# --- s18 (English): the medical vrijlating holds at every age ---------------------------------------------------------

def test_the_medical_vrijlating_says_it_holds_under_27_too():
    berichten = form_begin("bijverdienen_form", "I am 24 and the UWV says I can only work few hours because of my "
                                                "health (medische urenbeperking). I earn 400 net. Do I keep any of it?",
                           PEILDATUM, "en", "voorbeelddorp").berichten
    teksten = {b.get("response"): tekst_op(b, DAG, "en") for b in berichten}
    assert "also under 27" in teksten["utter_bijverdienen_medisch_bedrag"]


# --- s13: earnings past the AOW age read as the AOW topic -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik ben 69 en heb aio. ik kan 200 euro per maand verdienen als oppas, hoeveel gaat er af",
    "ik ben 70, aio, en krijg 150 euro per maand voor een klusje in de buurt. hoeveel mag ik houden",
])
def test_earnings_past_the_aow_age_get_what_is_kept(text):
    assert OP_6.responses("aow_aio", text)[0].startswith("utter_bijverdienen")


# --- s13: earning: a wage per hour; the earnings topic names the bijstand left ----------------------------------------

def test_hours_and_a_wage_per_hour_make_a_wage_per_month():
    loon = feiten_uit_bericht.eigen_loon("ik ga 12 uur per week werken voor 13,50 per uur")
    assert loon is not None and loon.periode == "maand"
    assert loon.euro == (12 * Decimal("13.50") * 52 / 12).quantize(Decimal("0.01"))


def test_the_earnings_topic_says_the_bijstand_left():
    gevonden = feiten_uit_bericht.ook("bijverdienen", "ik ben 36 en heb een bijbaan van 350 euro per maand", DAG_6,
                                      GEMEENTE)
    uit = vrijlating_6(leeftijd=36, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 350, "periode": "maand"})
    assert [a.response for a in gevonden] == ["utter_bijverdienen_bijstand_erbij_alleen"]
    assert gevonden[0].waarden["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s13: questions that had only the general text: each kind gets its own answer -------------------------------------

def test_what_comes_off_the_bijstand_is_named():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik ben 45, vorige maand 1 keer 320 euro verdiend met een klus, hoeveel houden ze in")
    uit = vrijlating_6(leeftijd=45, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 320, "periode": "maand"})
    assert said[0]["loon_af"] == geld(Decimal(320) - Decimal(str(uit["vrijlating_per_maand"])))


# --- s14 (English): when work started ---------------------------------------------------------------------------------

def test_work_since_a_month_this_year():
    assert EN_DORP.begin("bijverdienen_form", "I'm 29 and live alone. I work since April this year, 300 net a month.").slots[
        "start_werk"] == "2026-04-01"


def test_sinds_een_maand_dit_jaar():
    assert form_begin("bijverdienen_form", "ik ben 29, ik werk sinds april dit jaar, 300 netto per maand", PEILDATUM,
                      None, "voorbeelddorp").slots["start_werk"] == "2026-04-01"


def test_i_now_work_n_months():
    assert EN_DORP.begin("bijverdienen_form", "I now work 8 months as a cleaner, 400 net a month, I am 45").slots[
        "start_werk"] == "2026-04-07"


def test_a_single_parent_working_longer_than_six_months_keeps_the_parents_share():
    tekst = form_teksten_en("bijverdienen_form",
                         "Single mum, 34, one son of 5. I have worked since February this year, 600 euro net a month. "
                         "What do I keep?")
    assert "12.5%" in tekst and "25%" not in tekst


# --- s14b (English): work that starts on a date ahead -----------------------------------------------------------------

@pytest.mark.parametrize("text, dag", [
    ("My job begins on 2 February 2027 and pays 700 net a month, I live alone and I am 45. what can I keep?",
     "2027-02-02"),
    ("the contract starts 1 March 2027, about 900 netto monthly. how much of it may I keep", "2027-03-01"),
    ("New position starting 8 January 2027, I will get 1100 euro net every month. Im single, 52", "2027-01-08"),
])
def test_a_job_that_starts_on_a_date_ahead_has_that_start(text, dag):
    fb = EN_DORP.begin("bijverdienen_form", text)
    assert fb.slots.get("start_werk") == dag
    assert [m.get("response") for m in fb.berichten][:1] == ["utter_bijverdienen_eerst_nieuwe_regel"]


def test_work_that_started_keeps_its_past_start():
    assert EN_DORP.begin("bijverdienen_form", "My work started on 1 October, I earn 500 net a month").slots.get(
        "start_werk") == "2026-10-01"


# --- s14b (English): moving in with a partner who earns, read as the earnings form ------------------------------------

@pytest.mark.parametrize("text", ["we are going to live together, my boyfriend who earns 2600 net a month and me. will I keep my bijstand?",
                                  "we want to live together, my partner makes 2400 netto per month, what happens to my benefit"])
def test_moving_in_with_a_partner_who_earns_read_as_the_earnings_form(text):
    assert [m.get("response") for m in EN_DORP.begin("bijverdienen_form", text).berichten][:1] == \
        ["utter_samenwonen_partner_verdient_meer"]


def test_own_wage_in_the_earnings_form_stays_the_vrijlating():
    namen_ = [m.get("response") for m in EN_DORP.begin("bijverdienen_form", "I live together with my partner and I earn 400 net a "
                                                     "month, how much can I keep").berichten]
    assert namen_ and namen_[0].startswith("utter_bijverdienen")


# --- s14b (English): a housemate who counts, named in English beside a wage -------------------------------------------

@pytest.mark.parametrize("text, over", [
    ("I am 44 and my brother (35) lives with me, I earn 300 net a month at a shop. what is left of my bijstand?", "788.90"),
    ("my daughter of 31 lives with me, I'm 58 and I make 200 euro net monthly babysitting. how much bijstand is left",
     "863.90"),
])
def test_a_housemate_named_in_english_beside_a_wage_gives_the_kostendelersnorm(text, over):
    fb = EN_DORP.begin("bijverdienen_form", text)
    eerste = fb.berichten[0]
    assert eerste.get("response") == "utter_bijverdienen_eerst_bijstand_over_maanden"
    from tests.actions.eerste_antwoord import tekst_op
    assert over in tekst_op(eerste, DAG, "en")


# --- s15 (English): the earnings form ---------------------------------------------------------------------------------

def test_a_single_parents_share_is_said_as_a_percentage():
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", "single mum, my daughter is 8, working for 10 months now, 800 net a "
                                              "month. what can I keep")
    assert naam.startswith("utter_bijverdienen_eerst_zonder_leeftijd_jong_niets")
    assert "12.5%" in tekst and "€100" in tekst  # 800 x 12.5 %


# --- s16 (English): the months of the old vrijlating said to be over --------------------------------------------------

@pytest.mark.parametrize("text", ["on my own with my daughter of 9. I earn 1800 net, the 6 months of 25% are over. "
                                  "what do I keep",
                                  "single dad, son is 11, 1600 net a month, my vrijlating has ended. how much is mine"])
def test_the_old_vrijlating_over_gives_the_single_parents_share(text):
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", text)
    assert naam.startswith("utter_bijverdienen_eerst")
    assert "12.5%" in tekst and "€177.66" in tekst  # 12.5 % of 1,600 or 1,800 is over the single parent's 177.66


@pytest.mark.parametrize("text", ["my savings are over the limit", "is it over the state pension age"])
def test_over_before_a_limit_or_an_age_is_no_period_that_ended(text):
    assert "voorbij" not in naar_nederlands(text)


# --- s16 (English): work still to come, said with "will" --------------------------------------------------------------

@pytest.mark.parametrize("text", ["from january 2027 i will earn 1000 net a month, i am 45. how much can i keep",
                                  "next year I'm going to earn 1000 net per month, age 45, what do I keep"])
def test_work_that_will_start_next_year_gets_the_new_rule(text):
    naam, tekst = EN_DORP.form_eerste("bijverdienen_form", text)
    assert naam == "utter_bijverdienen_eerst_nieuwe_regel"  # before: "No, probably not any more" (work begun long ago)
    assert "15%" in tekst and "€150" in tekst


def test_a_dutch_date_before_the_verb_and_the_amount_after_it_is_read():
    begin = form_begin("bijverdienen_form", "vanaf volgend jaar ga ik verdienen 1000 netto per maand, ik ben 45",
                       PEILDATUM, "nl-je", "voorbeelddorp")
    assert begin.berichten[0]["response"] == "utter_bijverdienen_eerst_nieuwe_regel"


# --- s9 (English): work, money, letters -------------------------------------------------------------------------------

@pytest.mark.parametrize("english, start", [
    ("medisch urenbeperkt, working 2 years in same job, 650 net", "2024-12-06"),
    ("I work already 8 months in a shop and earn 600 net", "2026-04-06"),
    ("I work already more than one year, 500 net per month", "2025-12-06"),
])
def test_work_that_started_that_long_ago(english, start):
    assert EERSTE_BERICHT["start_werk"](naar_nederlands(english), DAG_6) == start


# --- s9 (English): answers the English texts now give -----------------------------------------------------------------

def test_a_wage_above_the_bijstand_leaves_none_said_as_such():
    """'my new job pays 1800 net, do I still get some bijstand': no bijstand left, said in words (it said 'you still get
    €0 bijstand', and the next bubble 'about €0 of your bijstand is left')."""
    for text in ("I am 33 single and my new job pays 1800 net, do I still get some bijstand",
                 "ik ben 33, alleenstaand, mijn nieuwe baan betaalt 1800 netto, krijg ik nog wat bijstand"):
        assert EN_6.begin_namen("bijverdienen_form", text) == ["utter_bijverdienen_eerst_geen_bijstand"]
    assert EN_6.begin_namen("bijverdienen_form", "I am 33 and my new job pays 1800 net, how much bijstand do I get "
                                                 "then") == ["utter_bijverdienen_eerst_geen_bijstand_alleen"]


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

@pytest.mark.parametrize("english, maanden", [
    ("single man 31, third month working, 800 euro netto monthly", 2),
    ("I work part time 600 net each month already 9 months", 9),
    ("i work since 8 months and earn 800 net a month", 8),
])
def test_months_of_work_said_in_english_are_the_start_of_work(english, maanden):
    assert parse_start(naar_nederlands(english), DAG_6) == plus_maanden(DAG_6, -maanden)


def test_months_without_work_are_no_start_of_work():
    assert "begonnen" not in naar_nederlands("already 3 months on bijstand, my second month in this flat")


# --- s11 (English): something not reported ----------------------------------------------------------------------------

def test_work_not_yet_reported_with_a_question_about_the_amount_is_still_computed():
    said = form_berichten_en_6("bijverdienen_form", "I have not told the gemeente yet, I earn 500 a month, how much can I keep")
    assert not said or said[0]["response"] != "utter_inlichtingenplicht"


# --- s11 (English): earning beside bijstand: the rule after the first months, health, work that starts in 2027 --------

def test_a_single_parent_without_an_age_after_the_first_months_keeps_the_single_parents_part():
    begin = form_begin("bijverdienen_form", "single dad, my daughter is 9, working 8 months already for 800 net a month, "
                                            "what can I keep", PEILDATUM_6, "en", "voorbeelddorp")
    uit = bijverdienen_6(leeftijd=knowledge.waarde("leeftijd.jongeren_zonder_arbeidsvrijlating", DAG_6),
                     leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=9, start_werk=begin.slots["start_werk"],
                     netto_inkomsten={"bedrag": 800})
    assert uit["regel"] == "31_2_r" and uit["vrijlating_per_maand"] > 0
    assert cijfers(begin.berichten[0]["vrijlating"]) == cijfers(euro(Decimal(str(uit["vrijlating_per_maand"]))))


@pytest.mark.parametrize("text", ["I am sick a lot, so I can only work 12 hours a week. I earn 650 a month, how much can I keep",
                                  "chronic illness, the doctor says just a few hours of work. 500 euro per month, vrijlating?"])
def test_health_and_fewer_hours_name_the_vrijlating_for_a_medical_limit(text):
    assert "utter_bijverdienen_medisch_bedrag" in [m["response"] for m in form_berichten_en_6("bijverdienen_form", text)]


def test_work_past_the_first_months_said_after_the_number_is_no_vrijlating_any_more():
    begin = form_begin("bijverdienen_form", "41 no children, working at the supermarket since march (9 months now), 600 net "
                                            "a month. why do they take all of it now?", PEILDATUM_6, "en", "voorbeelddorp")
    assert begin.slots["leeftijd"] == 41 and begin.slots["start_werk"]
    assert begin.berichten[0]["response"].startswith("utter_bijverdienen_eerst_voorbij")  # s12: _over_alleen


def test_work_that_starts_in_2027_is_computed_by_the_new_rule():
    said = form_berichten_en_6("bijverdienen_form", "when I start as a cleaner in february 2027 for 800 a month, how much can I "
                                           "keep? I am 45")
    assert said[0]["response"] == "utter_bijverdienen_eerst_nieuwe_regel"


@pytest.mark.parametrize("text", ["my husband is 38 and earns 900 net a month, we both get bijstand, i am 35. how much is left",
                                  "my wife works and makes 700 a month, we are married, both 40. what do we keep"])
def test_a_partners_wage_is_the_partners(text):
    said = form_berichten_en_6("bijverdienen_form", text)
    assert said[0]["response"] == "utter_bijverdienen_eerst_alleen_partner"


# --- s12 (English): earning -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["for single mothers, how long can they keep part of their wage",
                                  "do single parents keep more of their salary"])
def test_single_parents_in_the_plural_hear_the_single_parents_rule(text):
    assert EN_6.naam("bijverdienen", text) == "utter_bijverdienen_alleenstaande_ouder"


@pytest.mark.parametrize("text", ["I am 44, my job started 10 months ago, no kids. is any of my pay still free?",
                                  "aged 39, working since january, can I still keep a part?"])
def test_work_past_the_first_months_without_a_wage_hears_nothing_is_kept(text):
    assert form_namen_en_6("bijverdienen_form", text)[0] == "utter_bijverdienen_eerst_voorbij"


def test_work_within_the_first_months_is_not_said_to_be_over():
    assert "utter_bijverdienen_eerst_voorbij" not in form_namen_en_6("bijverdienen_form",
                                                                 "I am 44, I started working 2 months ago, can I keep some?")


def test_a_young_persons_wage_read_as_the_young_peoples_topic_gets_the_earnings_answer():
    said = antwoord("jongeren", "I'm 24 and I earn 450 net a month from a job, do I keep any of it?", PEILDATUM_6, "en")
    assert said[0]["response"].startswith("utter_bijverdienen")


# --- s13 (English): earning past the AOW age --------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["retired, 69, on AIO. I do some gardening for 250 a month, what may I keep?",
                                  "ik ben 70 en heb aio, ik verdien 200 per maand met oppassen"])
def test_earning_past_the_aow_age_names_the_svb_and_no_months(text):
    namen = [m["response"] for m in EN_DORP_6.begin("bijverdienen_form", text).berichten]
    assert "utter_wat_nu_svb" in namen
    assert not any(naam.endswith(("_maanden", "_maanden_alleen")) for naam in namen)


def test_earning_under_the_aow_age_hears_no_svb():
    assert "utter_wat_nu_svb" not in [m["response"] for m in EN_DORP_6.begin("bijverdienen_form",
                                                                          "I am 52 and earn 300 a month").berichten]


# --- s19: earnings: health named by the body or a doctor; work from a month ahead -------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["door mijn hernia kan ik maar 16 uur werken", "ik kan door mijn reuma maar 10 uur werken",
                                  "de bedrijfsarts zegt dat ik hoogstens 20 uur werk"])
def test_health_named_by_a_body_part_an_illness_or_a_doctor(text):
    assert medische_urenbeperking(text)


@pytest.mark.usefixtures("voorbeelddorp")
def test_fewer_hours_for_care_is_no_health_limit():
    assert not medische_urenbeperking("door de zorg voor mijn moeder kan ik maar 20 uur werken")


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_health_limit_by_the_back_names_the_medical_share_of_the_wage():
    _, berichten, _ = start("bijverdienen_form", "door mijn rug kan ik maar 12 uur werken, ik verdien 600 netto. "
                                                 "wat mag ik houden")
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_y.percentage", DAG)))
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_y.maximum", DAG)))
    tekst = " ".join(tekst_op(b, DAG) for b in berichten)
    assert geld(min(maximum, deel * 600 / 100)) in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_work_from_a_month_ahead_said_with_werk_ik():
    assert start_werk_later("ik ben 24 en vanaf februari werk ik voor 500 netto", DAG) == date(2027, 2, 1)
    assert start_werk_later("per 1 maart verdien ik 700", DAG) == date(2027, 3, 1)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_starting_next_year_gets_the_new_rule():
    _, berichten, _ = start("bijverdienen_form", "ik ben 24 en vanaf februari werk ik voor 500 netto, mag ik iets houden")
    deel = Decimal(str(knowledge.waarde("vrijlating_34a.percentage", date(2027, 2, 1))))
    assert geld(deel * 500 / 100) in tekst_op(berichten[0], DAG)


# --- s19: the first months of the vrijlating had, no age said; read as a trip -----------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_months_of_the_vrijlating_had_without_an_age_are_over():
    gevonden = DORP.responses("bijverdienen", "die 6 maanden van 25 procent vrijlating heb ik gehad, en nu?")
    assert gevonden[0] == "utter_bijverdienen_eerst_voorbij"


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_months_of_the_vrijlating_read_as_a_trip_are_no_trip():
    gevonden = reizen.buitenland("de vrijlating van 25% heb ik 6 maanden gehad, wat nu", DAG, "buitenland")
    assert gevonden is None or gevonden.response.startswith("utter_bijverdienen")


# --- s19: a single parent's share after the first months --------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_with_a_young_child_hears_the_share_after_the_first_months():
    _, berichten, _ = start("bijverdienen_form", "alleenstaande vader, dochter van 6, ik verdien 1450 netto. hoeveel "
                                                 "vrijlating krijg ik")
    namen = [b["response"] for b in berichten]
    assert "utter_bijverdienen_ouder_bedrag" in namen
    deel = Decimal(str(knowledge.waarde("vrijlating_31_2_r.percentage", DAG))) * 1450 / 100
    maximum = Decimal(str(knowledge.waarde("vrijlating_31_2_r.maximum", DAG)))
    assert geld(min(deel, maximum)) in tekst_op(berichten[namen.index("utter_bijverdienen_ouder_bedrag")], DAG)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_single_parent_of_an_older_child_hears_no_such_share():
    _, berichten, _ = start("bijverdienen_form", "alleenstaande moeder, zoon van 15, ik verdien 900 netto. wat mag ik houden")
    assert "utter_bijverdienen_ouder_bedrag" not in [b["response"] for b in berichten]


# --- s19: why the wage comes off the bijstand -------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_general_earnings_answer_says_why_the_wage_comes_off():
    for variant in ("nl-u", "nl-je"):
        tekst = tekst_op({"response": "utter_bijverdienen"}, DAG, variant)
        assert "aan tot het minimum" in tekst and "verrekenen" in tekst


# --- s19: the duties asked, read as the norm --------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_month_that_passed_with_werk_ik_is_work_that_began():
    assert start_werk_later("per 1 november werk ik 16 uur per week voor 880 netto", DAG) is None


# --- s19 (English): earnings: health and fewer hours, a single parent past the first year -----------------------------

def test_a_back_and_a_doctor_are_read_as_the_dutch_readers_take_health():
    """(H3's Dutch reader of a medische urenbeperking takes 'rug' and 'dokter', session 19; 'pay me back' is no back.)"""
    from actions.engels import naar_nederlands
    gelezen = naar_nederlands("my back is bad so i can only work less hours, my doctor said so. i earn 900 net")
    assert "mijn rug" in gelezen and "de dokter" in gelezen and "minder uren" in gelezen
    assert "rug" not in naar_nederlands("my brother will pay me back next month")


def test_a_single_parent_working_more_than_a_year_keeps_12_5_percent():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "en").form_eerste("bijverdienen_form", "single mother, son of 9, i work since more than a year "
                                                   "now, 800 net a month. what can i keep")
    assert "12.5%" in tekst and "€100" in tekst


# --- s5: a child's wage -----------------------------------------------------------------------------------------------

def test_the_wage_of_a_grown_up_child_at_home_does_not_count():
    text = "mijn zoon van 19 woont thuis en heeft een baan, telt zijn loon mee"
    assert OP_5.naam("kostendelersnorm", text) == "utter_kind_loon_volwassen"
    zin = OP_5.eerste_tekst("kostendelersnorm", text)
    assert zin.startswith("Nee.") and "19" in zin
    assert str(knowledge.waarde("normen.kostendeler_minimumleeftijd", DAG_5)) in zin


def test_the_wage_of_a_minor_child_is_not_settled():
    assert OP_5.naam("bijverdienen", "mijn dochter van 16 heeft een bijbaantje wordt mijn bijstand lager") \
        == "utter_kind_loon_jong"


@pytest.mark.parametrize("text", [
    "mijn zoon van 30 woont bij mij en werkt, krijg ik minder",   # a kostendeler: that rule answers
    "ik werk 20 uur en mijn zoon van 19 woont bij mij",            # the person's own wage
    "mijn dochter is 4 en ik krijg alimentatie voor haar, telt dat als inkomen",
])
def test_no_childs_wage_answer_where_another_question_is_asked(text):
    assert not OP_5.naam("kostendelersnorm", text).startswith("utter_kind_loon")


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

def test_a_young_volunteer_asking_if_the_allowance_counts_hears_yes_and_asking_to_keep_it_hears_no():
    assert OP_5.naam("vrijwilligerswerk", "ik ben 23 en krijg 100 euro per maand als vrijwilliger, telt dat mee") == \
        "utter_vrijwilligerswerk_jong_telt_mee"
    assert OP_5.naam("vrijwilligerswerk", "ik ben 23, mag ik mijn vrijwilligersvergoeding houden") == \
        "utter_vrijwilligerswerk_jong_vergoeding"


# --- s8: earning: the months of the old vrijlating, months already worked, the bijstand left --------------------------

def test_the_amount_kept_names_the_months_of_the_old_vrijlating():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 36 en woon alleen, ik ga 640 euro netto per maand verdienen. "
                                                 "hoeveel mag ik daarvan houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"
    uit = vrijlating_uit_6(leeftijd=36, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 640})
    assert euro(Decimal(str(uit["vrijlating_per_maand"]))) in tekst_6(said[0])
    assert f"{parameter_6('vrijlating_31_2_n.maanden')} maanden" in tekst_6(said[0])


def test_work_for_longer_than_the_months_of_the_old_vrijlating_says_so_and_what_the_new_rule_leaves():
    # the assistant's own gemeente (Voorbeeldstad) applies art. 34a early: after the months of art. 31 lid 2 n
    _, said, _ = OP_6.start("bijverdienen_form", "ik heb nu al 9 maanden een baan voor 750 netto, ik woon alleen ben 41. "
                                                 "mag ik nog steeds iets houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_n_voorbij_34a"
    start_werk = plus_maanden(DAG_6, -9).isoformat()
    uit = vrijlating_uit_6(leeftijd=41, leefsituatie="alleenstaande", start_werk=start_werk, netto_inkomsten={"bedrag": 750},
                           gemeente="voorbeeldstad")
    assert uit["regel"] == "34a"
    assert euro(Decimal(str(uit["vrijlating_per_maand"]))) in tekst_6(said[0])
    assert f"{parameter_6('vrijlating_31_2_n.maanden')} maanden" in tekst_6(said[0])
    assert "voorbij" in tekst_6(said[0])


@pytest.mark.parametrize("text", [
    "ik ben 50 en ga 1300 netto per maand verdienen in de zorg, krijg ik dan nog bijstand",
    "kan ik 1300 netto bijverdienen en nog wat bijstand houden ik ben 50",
])
def test_the_bijstand_left_without_the_household_is_said_for_someone_on_their_own(text):
    _, said, _ = OP_6.start("bijverdienen_form", text)
    uit = vrijlating_uit_6(leeftijd=50, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 1300})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden_alleen"  # art. 31 lid 2 n: months
    assert euro(Decimal(str(uit["aanvullende_bijstand"]))) in tekst_6(said[0])


def test_a_social_worker_asking_for_a_client_gets_the_bijstand_left_of_the_client():
    _, said, _ = OP_6.start("bijverdienen_form", "mijn cliënt is 33 woont alleen en verdient 500 netto per maand, "
                                                 "hoeveel bijstand houdt hij")
    uit = vrijlating_uit_6(leeftijd=33, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 500})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"  # art. 31 lid 2 n: its months
    assert euro(Decimal(str(uit["aanvullende_bijstand"]))) in tekst_6(said[0])


def start_in(gemeente: str, form: str, text: str) -> list[dict]:
    """The first turn of `form` for `text` in `gemeente` (the gateway puts it in the message metadata)."""
    validator = validator_van(form)
    eerste_vraag = validator.vragen[0]
    tracker = Tracker("test", {"requested_slot": eerste_vraag},
                      {"text": text, "metadata": {"peildatum": PEILDATUM_6, "gemeente": gemeente},
                       "intent": {"name": "bereken_x", "confidence": 0.9}},
                      [{"event": "slot", "name": "requested_slot", "value": eerste_vraag}], False, None, {},
                      "action_listen")
    domain = {**DOMAIN, "forms": {form: {"required_slots": validator.vragen + ["bevestigd"]}},
              "slots": {s: {} for s in validator.vragen + ["bevestigd"]}}
    dispatcher = CollectingDispatcher()
    asyncio.run(validator().get_validation_events(dispatcher, tracker, domain))
    return dispatcher.messages


def test_in_a_gemeente_on_the_old_rule_only_work_past_its_months_keeps_nothing():
    said = start_in("voorbeelddorp", "bijverdienen_form", "ik werk al 8 maanden voor 700 netto per maand, ik ben 39 "
                                                          "en woon alleen. krijg ik nog die vrijlating")
    assert said[0]["response"].startswith("utter_bijverdienen_eerst_voorbij")  # session 12: _over
    assert tekst_6(said[0]).startswith("Nee")
    uit = vrijlating_uit_6(leeftijd=39, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG_6, -8).isoformat(),
                           netto_inkomsten={"bedrag": 700}, gemeente="voorbeelddorp")
    assert uit["vrijlating_per_maand"] == 0


# --- s8: the age limit of the vrijlating asked, with no wage ----------------------------------------------------------

def test_the_vrijlating_under_its_age_limit_is_no_wage_and_says_what_the_gemeente_applies():
    grens_jaren = parameter_6("leeftijd.jongeren_zonder_arbeidsvrijlating")
    text = f"geldt die vrijlating voor werk ook voor mensen onder de {grens_jaren}"
    assert feiten_uit_bericht.eigen_loon(text) is None
    bericht = OP_6.bericht("bijverdienen", text)  # the assistant's own gemeente applies art. 34a early
    assert bericht["response"] == "utter_bijverdienen_onder_grens_34a"
    assert knowledge.feiten(DAG_6)["vrijlating_34a_percentage"] in tekst_6(bericht)
    assert feiten_uit_bericht.bijverdienen(text, DAG_6, "bijverdienen", "voorbeelddorp").response == \
        "utter_bijverdienen_onder_grens"


# --- s8: the norm: other adults in the home, a couple of whom one has the AOW age, a lodger at market rent ------------

def test_work_still_to_start_in_a_month_is_never_said_to_be_past_the_months_of_the_vrijlating():
    _, said, _ = OP_6.start("bijverdienen_form", "mijn cliënt is 46 en alleenstaand, hij gaat vanaf februari 900 euro netto "
                                                 "per maand verdienen. hoeveel mag hij houden")
    assert said[0]["response"] not in ("utter_bijverdienen_eerst_n_voorbij_34a", "utter_bijverdienen_eerst_voorbij")
    assert "voorbij" not in tekst_6(said[0])


# --- s9: earning: the bijstand left beside the wage, the start of work before an amount -------------------------------

def test_age_household_and_wage_give_the_bijstand_left_after_the_amount_kept():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 41 en woon alleen, ik werk sinds oktober en verdien 700 netto. "
                                                 "hoeveel mag ik houden")
    # session 11: the bijstand left comes first, with the amount kept ("hoeveel mag ik houden": what do I have then)
    assert response_namen(said) == ["utter_bijverdienen_eerst_bijstand_over_maanden"]
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM_6, "gemeente": DEFAULT_GEMEENTE, "leeftijd": 41, "leefsituatie": "alleenstaande",
        "start_werk": "2026-10-01", "netto_inkomsten": {"bedrag": 700}})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert geld(uit["aanvullende_bijstand"]) in tekst_op(said[0], DAG_6)


def test_under_the_age_of_the_old_vrijlating_what_is_left_is_asked_for_someone_alone():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 22 en verdien 300 per maand, hoeveel krijg ik nog")
    assert response_namen(said)[-1] == "utter_bijverdienen_bijstand_erbij_alleen"
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": PEILDATUM_6, "gemeente": DEFAULT_GEMEENTE, "leeftijd": 22, "leefsituatie": "alleenstaande",
        "start_werk": "onbekend", "netto_inkomsten": {"bedrag": 300}})
    assert said[-1]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_no_bijstand_left_without_how_the_person_lives_or_the_question():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 41 en ga 700 euro netto verdienen, hoeveel mag ik houden")
    assert "utter_bijverdienen_bijstand_erbij" not in response_namen(said)
    assert "utter_bijverdienen_bijstand_erbij_alleen" not in response_namen(said)


def test_the_start_of_work_ends_where_the_amount_starts():
    assert feiten_uit_bericht.start_werk("werk sinds april 650 netto per maand", DAG_6) == date(2026, 4, 1)


def test_alimentatie_in_the_earnings_form_gets_the_alimentatie_answer():
    _, said, _ = OP_6.start("bijverdienen_form", "mijn ex betaalt 300 euro partneralimentatie, mag ik dat houden")
    assert response_namen(said) == ["utter_alimentatie_bedrag"]


# --- s10: bijverdienen: the age limit and the single parent asked in general ------------------------------------------

def test_the_vrijlating_asked_for_those_younger_than_its_age_is_no():
    grens = parameter_6("leeftijd.jongeren_zonder_arbeidsvrijlating")
    gevonden = feit_antwoord_6("bijverdienen", f"mag je ook iets houden als je jonger bent dan {grens}")
    assert gevonden.response == "utter_bijverdienen_onder_grens"


def test_a_rule_for_single_parents_asked_in_the_plural_gets_their_vrijlating():
    gevonden = feit_antwoord_6("bijverdienen", "hebben alleenstaande moeders andere regels als ze gaan werken")
    assert gevonden.response == "utter_bijverdienen_alleenstaande_ouder"
    assert gevonden.waarden["ouder_maximum"] == geld(parameter_6("vrijlating_31_2_r.maximum"))


# --- s10: bijverdienen: work that starts when the new rule holds ------------------------------------------------------

def test_work_that_starts_under_the_new_rule_gets_its_vrijlating_first(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)  # a gemeente that applies only the old rule now
    ingang = knowledge.waarde("bijverdienen.regime", DAG_6)
    assert ingang != "artikel_34a"  # today the old rule: else this test has no meaning
    start_dag = date(DAG_6.year + 1, 2, 1)
    percentage = knowledge.waarde("vrijlating_34a.percentage", start_dag)
    _, said, _ = OP_6.start("bijverdienen_form", f"vanaf 1 februari {start_dag.year} ga ik 800 euro netto per maand "
                                                 "verdienen, wat mag ik daarvan houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_nieuwe_regel"
    assert said[0]["vrijlating"] == geld(Decimal(800) * Decimal(str(percentage)) / 100)


def test_work_that_starts_soon_under_todays_rule_keeps_todays_answer(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    _, said, _ = OP_6.start("bijverdienen_form", "ik ga volgende week 400 euro per maand verdienen, ik ben 35")
    assert said[0]["response"] != "utter_bijverdienen_eerst_nieuwe_regel"


def test_only_the_partner_earns_gives_the_couples_bijstand_left(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "gemeente": GEMEENTE, "leeftijd": 40,
                                                     "leefsituatie": "gehuwden", "start_werk": "onbekend",
                                                     "netto_inkomsten": {"bedrag": 900, "periode": "maand"}})
    slots, said, _ = OP_6.start("bijverdienen_form", "mijn man (40) kan 900 netto per maand gaan verdienen, wij hebben "
                                                     "samen bijstand, wat houden we over")
    assert said[0]["response"] == "utter_bijverdienen_eerst_alleen_partner"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"]) and slots.get("rekenhulp_klaar") is True


# --- s10: a single parent past the months of the general vrijlating ---------------------------------------------------

def test_a_single_parent_past_the_months_of_the_general_vrijlating_gets_the_single_parents_share(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    deel = Decimal(str(parameter_6("vrijlating_31_2_r.percentage")))
    maximum = Decimal(str(parameter_6("vrijlating_31_2_r.maximum")))
    _, said, _ = OP_6.start("bijverdienen_form", "alleenstaande vader, 41, zoon van 9. ik werk al 10 maanden en verdien 1000 "
                                                 "netto, wat blijft er vrij nu die zes maanden voorbij zijn")
    assert said[0]["vrijlating"] == geld(min(Decimal(1000) * deel / 100, maximum))


# --- s10: alimentatie in the gift form, and the whole wage of the young in the earnings form --------------------------

def test_under_the_age_of_the_vrijlating_the_whole_wage_is_said_to_go_off(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
    jong = parameter_6("leeftijd.jongeren_zonder_arbeidsvrijlating") - 3
    _, said, _ = OP_6.start("bijverdienen_form", f"ik ben {jong} en verdien 350 euro per maand, hoeveel gaat eraf")
    assert said[0]["response"].startswith("utter_bijverdienen_eerst_niets")  # session 12: _over_alleen
    assert "€ 350" in tekst_op(said[0], DAG_6)


# --- s11: the bijstand left beside the wage, first; the household assumed and said when not given ---------------------

def test_age_and_wage_without_the_household_give_the_bijstand_left_for_someone_alone_first():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik ben 58 en ga in de thuiszorg werken voor 400 euro netto per maand, wat mag ik houden")
    assert response_namen(said)[0] == "utter_bijverdienen_eerst_bijstand_over_maanden_alleen"  # art. 31 lid 2 n: months
    uit = vrijlating_onbekend_6(leeftijd=58, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 400})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    tekst = tekst_op(said[0], DAG_6)
    assert tekst.startswith("Woont u alleen?") and geld(uit["aanvullende_bijstand"]) in zinnen(tekst, 2)


def test_a_couple_s_wage_gives_the_couple_s_bijstand_left_first():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik woon samen met mijn vrouw, ben 44 en verdien 700 netto per maand, wat mag ik houden")
    assert response_namen(said)[0] == "utter_bijverdienen_eerst_bijstand_over_maanden"
    uit = vrijlating_onbekend_6(leeftijd=44, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 700})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_months_over_the_bijstand_left_follows_for_someone_alone():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik ben 40 en werk nu al 9 maanden voor 450 netto, waarom krijg ik minder")
    # session 12: the bijstand left in the first sentence of the first bubble, no second one
    assert response_namen(said) == ["utter_bijverdienen_eerst_voorbij_over_alleen"]
    uit = vrijlating_onbekend_6(leeftijd=40, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG_6, -9).isoformat(),
                                netto_inkomsten={"bedrag": 450})
    assert uit["vrijlating_per_maand"] == 0
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s11: an age the message gives is never asked again ---------------------------------------------------------------

def test_the_partner_who_starts_work_and_the_partner_s_age_give_the_couple_s_bijstand_left():
    _, said, _ = DORP_6.start("bijverdienen_form", "mijn vrouw is 41 en verdient sinds kort 700 netto per maand, wij zitten samen in de bijstand. "
                                                   "hoeveel houden we over")
    assert response_namen(said) == ["utter_bijverdienen_eerst_alleen_partner"]
    uit = vrijlating_onbekend_6(leeftijd=41, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 700})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_part_that_starts_with_its_verb_has_the_subject_of_the_part_before():
    lonen = parse.bedragen("mijn man is 50 en werkt 20 uur voor 650 netto per maand")
    assert [b.van_partner for b in lonen] == [True]
    assert [b.van_partner for b in parse.bedragen("ik verdien 600 en mijn partner 400")] == [False, True]
    assert [b.van_partner for b in parse.bedragen("mijn vrouw is ziek en ik verdien 500")] == [False]


# --- s11: after the first months: the single parent's and the medische urenbeperking's vrijlating ---------------------

def test_a_single_parent_working_for_months_gets_the_single_parent_s_vrijlating():
    slots, said, open_vragen = DORP_6.start("bijverdienen_form", "ik ben alleenstaande moeder van 36 met een dochter van 5, ik werk al 10 maanden "
                                                                 "en verdien 900 netto")
    assert open_vragen == ["bevestigd"]
    uit = vrijlating_onbekend_6(leeftijd=36, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=5,
                                start_werk=slots["start_werk"], netto_inkomsten={"bedrag": 900})
    assert uit["regel"] == "31_2_r"
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert said[0]["vrijlating_deel"] == "12,5%"
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


@pytest.mark.parametrize("text, maanden", [("ik werk al een jaar bij de bakker", 12), ("ik heb al 3 jaar een baan", 36),
                                           ("ik werk sinds anderhalf jaar in een winkel", 18)])
def test_work_lasting_years_started_that_long_ago(text, maanden):
    assert feiten_uit_bericht.start_werk(text, DAG_6) == plus_maanden(DAG_6, -maanden)


def test_a_medische_urenbeperking_after_the_first_months_gets_its_own_vrijlating():
    slots, said, _ = DORP_6.start("bijverdienen_form", "door een medische urenbeperking werk ik al twee jaar parttime, 560 netto per maand, ik ben "
                                                       "47, hoeveel houd ik over")
    uit = vrijlating_onbekend_6(leeftijd=47, leefsituatie="alleenstaande", start_werk=slots["start_werk"],
                                medische_urenbeperking=True, netto_inkomsten={"bedrag": 560})
    assert uit["regel"] == "31_2_y"
    assert response_namen(said)[0] == "utter_bijverdienen_eerst_bijstand_over_alleen"
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s11: a wage above the norm: no bijstand left, first --------------------------------------------------------------

@pytest.mark.parametrize("text, response", [
    ("ik ben 42, woon alleen en kan een baan krijgen voor 1900 netto per maand, hoeveel mag ik houden",
     "utter_bijverdienen_eerst_geen_bijstand"),
    ("ik ben 30 en ga 1800 netto verdienen, kan ik dan nog iets krijgen", "utter_bijverdienen_eerst_geen_bijstand_alleen")])
def test_a_wage_above_the_norm_says_first_no_bijstand_is_left(text, response):
    _, said, _ = DORP_6.start("bijverdienen_form", text)
    assert response_namen(said)[0] == response
    assert "geen bijstand meer" in zinnen(tekst_op(said[0], DAG_6), 2)


# --- s11: work that starts on a date when the new rule holds ----------------------------------------------------------

@pytest.mark.parametrize("text, leeftijd, maand", [("vanaf februari ga ik 1000 netto verdienen, ik ben 23", 23, 2),
                                                   ("per 1 maart begin ik bij de bakker voor 700 netto per maand ik "
                                                    "ben 51", 51, 3)])
def test_work_starting_on_a_later_date_is_computed_by_the_law_of_that_date(text, leeftijd, maand):
    begin = date(DAG_6.year + 1, maand, 1)
    slots, said, _ = DORP_6.start("bijverdienen_form", text)
    loon = slots["inkomsten"]["euro"]
    uit = vrijlating_onbekend_6(begin, leeftijd=leeftijd, start_werk=begin.isoformat(), netto_inkomsten={"bedrag": loon})
    assert uit["regel"] == "34a"
    assert response_namen(said) == ["utter_bijverdienen_eerst_nieuwe_regel"]  # no bijstand left by today's rule after it
    assert said[0]["vrijlating"] == geld(uit["vrijlating_per_maand"])
    assert "gemeente beslist" in tekst_op(said[0], DAG_6)


@pytest.mark.parametrize("text", ["per 1 februari begin ik een baan", "vanaf maart start ik met werken"])
def test_a_start_said_in_the_present_tense_lies_ahead(text):
    assert feiten_uit_bericht.start_werk(text, DAG_6) is None
    assert feiten_uit_bericht.start_werk_later(text, DAG_6) > DAG_6


def test_work_that_began_has_no_later_start():
    assert feiten_uit_bericht.start_werk_later("ik ben in maart begonnen met werken", DAG_6) is None


# --- s11: a wage paid once: the bijstand left in that month -----------------------------------------------------------

def test_a_wage_paid_once_gives_the_bijstand_left_in_that_month():
    _, said, _ = DORP_6.start("bijverdienen_form", "vorige maand heb ik eenmalig 450 euro verdiend met een klus, ik ben 39, wat houd ik over")
    assert response_namen(said)[0] == "utter_bijverdienen_eerst_eenmalig_alleen"
    uit = vrijlating_onbekend_6(leeftijd=39, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 450})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])
    tekst = tekst_op(said[0], DAG_6)
    assert "in die maand" in tekst and "per maand" not in tekst


def test_a_later_start_given_is_not_asked_and_the_outcome_uses_the_law_of_that_date():
    from rasa_sdk import Tracker

    from actions.rekenhulpen.bijverdienen import CALCULATOR, invoer

    slots, _, open_vragen = DORP_6.start("bijverdienen_form", "ik ben 31, woon alleen en vanaf maart ga ik 900 netto per maand verdienen")
    begin = date(DAG_6.year + 1, 3, 1)
    assert slots["start_werk"] == begin.isoformat() and "start_werk" not in open_vragen
    tracker = Tracker("test", {**slots, "jongste_kind_leeftijd": None},
                      {"text": "", "metadata": {"peildatum": PEILDATUM_6, "gemeente": GEMEENTE}}, [], False, None, {},
                      "action_listen")
    uit = knowledge.bereken(CALCULATOR, invoer(tracker))  # knowledge/ takes no start after its peildatum
    assert uit == vrijlating_onbekend_6(begin, leeftijd=31, leefsituatie="alleenstaande", start_werk=begin.isoformat(),
                                        netto_inkomsten={"bedrag": 900})
    assert uit["regel"] == "34a"


# --- s11: vrijwilligersvergoeding above what is left free: how much counts --------------------------------------------

def test_a_vergoeding_per_month_above_the_free_amount_says_how_much_counts():
    per_maand = Decimal(str(parameter_6("vrijwilligersvergoeding.per_maand")))
    bedrag = int(per_maand) + 40
    gevonden = feit_antwoord_6("vrijwilligerswerk", f"ik ben 50 en krijg {bedrag} per maand als vrijwilliger bij de bieb hoeveel telt mee")
    assert gevonden.response == "utter_vrijwilligerswerk_boven"
    assert gevonden.waarden["vergoeding_telt_mee"] == f"{geld(bedrag - per_maand)} per maand"


# --- s12: a bare wish to earn: today's rule in general first, then the first question (session 11's miss) -------------

@pytest.mark.parametrize("text", ["ik wil graag wat bijverdienen", "ik ga binnenkort werken", "mag ik werken naast de bijstand"])
def test_a_bare_wish_to_earn_gets_the_rule_first(text):
    _, said, open_vragen = DORP_6.start("bijverdienen_form", text)
    assert response_namen(said) == ["utter_bijverdienen"]
    assert open_vragen[0] == "leeftijd"
    tekst = tekst_op(said[0], DAG_6)
    assert knowledge.feiten(DAG_6)["vrijlating_percentage"] in tekst and knowledge.feiten(DAG_6)["vrijlating_maximum"] in tekst


# --- s12: nothing may be kept: the bijstand left in the first sentence (session 11's miss) ----------------------------

def test_too_young_the_bijstand_left_comes_first():
    jong = parameter_6("leeftijd.jongeren_zonder_arbeidsvrijlating") - 2
    _, said, _ = DORP_6.start("bijverdienen_form", f"ik ben {jong}, woon alleen en verdien 500 per maand met een bijbaan")
    assert response_namen(said) == ["utter_bijverdienen_eerst_niets_over"]
    uit = vrijlating_onbekend_6(leeftijd=jong, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 500})
    assert uit["vrijlating_per_maand"] == 0
    assert geld(uit["aanvullende_bijstand"]) in eerste_zin(tekst_op(said[0], DAG_6))


def test_months_over_the_bijstand_left_comes_first_household_not_said():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik ben 50 en werk nu al 10 maanden voor 300 euro per maand")
    assert response_namen(said) == ["utter_bijverdienen_eerst_voorbij_over_alleen"]
    uit = vrijlating_onbekend_6(leeftijd=50, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG_6, -10).isoformat(),
                                netto_inkomsten={"bedrag": 300})
    assert geld(uit["aanvullende_bijstand"]) in eerste_zin(tekst_op(said[0], DAG_6))


# --- s12: a wage without an age: the bijstand left at the age of the vrijlating, first --------------------------------

def test_a_single_parent_without_an_age_hears_the_bijstand_left():
    _, said, _ = DORP_6.start("bijverdienen_form", "alleenstaande vader, dochter van 6, sinds 10 maanden werk ik voor 600 netto")
    assert response_namen(said)[0].startswith("utter_bijverdienen_eerst_zonder_leeftijd") and \
        response_namen(said)[0].endswith("_over")
    grens = parameter_6("leeftijd.jongeren_zonder_arbeidsvrijlating")
    uit = vrijlating_onbekend_6(leeftijd=grens, leefsituatie="alleenstaande_ouder", jongste_kind_leeftijd=6,
                                start_werk=plus_maanden(DAG_6, -10).isoformat(), netto_inkomsten={"bedrag": 600})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_the_age_on_its_own_gives_the_bijstand_left():
    _, said, _ = DORP_6.start("bijverdienen_form", "ik ga 900 netto per maand verdienen in de bouw, woon alleen, 39 jaar. "
                                                   "wat blijft er over")
    uit = vrijlating_onbekend_6(leeftijd=39, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 900})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_couple_allebei_and_the_partners_wage():
    _, said, _ = DORP_6.start("bijverdienen_form", "wij hebben samen bijstand, allebei 41, mijn vrouw gaat 900 netto per "
                                                   "maand verdienen, hoeveel houden we over")
    assert response_namen(said) == ["utter_bijverdienen_eerst_alleen_partner"]
    uit = vrijlating_onbekend_6(leeftijd=41, leefsituatie="gehuwden", netto_inkomsten={"bedrag": 900})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s12: pay off the books: report it (else fraud), first ------------------------------------------------------------

@pytest.mark.parametrize("text", ["ik krijg 50 euro per week onder de tafel voor klussen, mag dat",
                                  "kan ik zwart bijverdienen met oppassen"])
def test_pay_off_the_books_first_hears_to_report_it(text):
    _, said, _ = DORP_6.start("bijverdienen_form", text)
    assert response_namen(said)[0] == "utter_bijverdienen_zwart"
    assert response_namen(antwoord("bijverdienen", text, PEILDATUM_6))[0] == "utter_bijverdienen_zwart"


def test_a_black_dog_is_no_pay_off_the_books():
    assert not feiten_uit_bericht.zwart_werk("ik ga uitlaten als baan. mijn hond is zwart")
    assert not feiten_uit_bericht.zwart_werk("ik ga 20 uur werken in een winkel")


# --- s7 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_a_medical_limitation_is_the_medische_urenbeperking():
    """Left from session 6: 'medical limitation' was not read, so the vrijlating for it was not named."""
    berichten = EN_6.begin_namen("bijverdienen_form", "i am 50, i can work only 12 hours because of a medical limitation, i earn 380")
    assert "utter_bijverdienen_medisch_bedrag" in berichten


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

@pytest.mark.parametrize("english, dutch", [
    ("I am 38 and live alone, I earn 600 net a month, what is my bijstand then",
     "ik ben 38 en woon alleen, ik verdien 600 netto per maand, hoeveel bijstand krijg ik dan nog"),
    ("I am 41, single, my job pays 900 net per month, do I still get some bijstand?",
     "ik ben 41, alleen, mijn baan geeft 900 netto per maand, hoeveel bijstand krijg ik dan nog?"),
])
def test_the_bijstand_left_beside_a_wage_is_read_in_an_english_question(english, dutch):
    """The earnings form read the raw English text for 'how much bijstand then' (actions/rekenhulpen/bijverdienen.py),
    so an English question never got the bijstand left beside the wage."""
    antwoord_en, antwoord_nl = EN_6.begin_namen("bijverdienen_form", english), EN_6.begin_namen("bijverdienen_form", dutch)
    assert antwoord_en[:1] == ["utter_bijverdienen_eerst_bijstand_over_maanden"], naar_nederlands(english)
    assert antwoord_en == antwoord_nl[:len(antwoord_en)]


def test_evenings_a_week_are_no_period_of_the_wage():
    """'3 evenings a week, about 400 euro net per month' gave '€400 per week' and a vrijlating on that."""
    english = EN_6.begin_namen("bijverdienen_form", "I clean 3 evenings a week, about 400 euro net per month. How much "
                                                    "of the 400 can I keep?")
    dutch = EN_6.begin_namen("bijverdienen_form", "ik maak 3 dagen schoon, ongeveer 400 euro netto per maand. Hoeveel "
                                                  "van de 400 mag ik houden?")
    assert english and english == dutch[:len(english)]
    assert "400 euro" in naar_nederlands("3 evenings a week, about 400 euro") and "per week" not in \
        naar_nederlands("3 evenings a week, about 400 euro")


def test_starting_before_a_date_is_the_start_of_work():
    assert "vanaf 1 januari 2027" in naar_nederlands("he found a job starting 1 January 2027")


@pytest.mark.parametrize("english, eerste", [
    ("do I get a bonus when I start working", "utter_bijverdienen_premie"),
])
def test_an_english_question_without_a_wage_is_read_in_dutch_too(english, eerste):
    """Without a wage the earnings form read the raw English text, so 'under 27' or a bonus went unread."""
    assert EN_6.begin_namen("bijverdienen_form", english)[:1] == [eerste]


# --- s7: earning: the bijstand left, hours with their own week, volunteering, a premie --------------------------------

def test_earning_400_alone_at_30_says_the_bijstand_left_from_knowledge():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 30 en alleenstaand. als ik 400 euro netto verdien, hoeveel bijstand "
                                                 "krijg ik dan nog van de gemeente?")
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "leeftijd": 30, "leefsituatie": "alleenstaande",
                                                     "start_werk": "onbekend", "netto_inkomsten": {"bedrag": 400}})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"  # art. 31 lid 2 n: its months
    assert tekst_6(said[0]).startswith(f"Dan krijgt u waarschijnlijk nog {euro(Decimal(str(uit['aanvullende_bijstand'])))}")


def test_hours_per_week_do_not_hide_the_wage_per_month_and_an_age_without_ik_is_read():
    slots, said, _ = OP_6.start("bijverdienen_form", "ik ben 36 jaar alleenstaand en werk 4 uurtjes per week, 250 netto per "
                                                     "maand, hoeveel houd ik")
    assert slots["inkomsten"] == {"euro": 250.0, "periode": "maand"}
    slots, _, _ = OP_6.start("bijverdienen_form", "ben 32 jaar alleenstaand, mijn nieuwe baantje geeft 600 netto per maand. "
                                                  "wat mag ik daarvan houden?")
    assert slots["leeftijd"] == 32


def test_a_volunteer_allowance_read_as_earning_gets_the_volunteer_answer():
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die "
                                                 "houden naast mijn bijstand")
    assert said[0]["response"] == "utter_vrijwilligerswerk_jong_vergoeding"
    assert OP_6.bericht("bijverdienen", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die houden")[
        "response"] == "utter_vrijwilligerswerk_jong_vergoeding"


def test_a_premie_for_work_names_its_maximum_from_knowledge():
    bericht = OP_6.bericht("bijverdienen", "krijg je een premie als je gaat werken vanuit de bijstand")
    assert bericht["response"] == "utter_bijverdienen_premie"
    assert euro(Decimal(str(parameter_6("premie.maximum_per_jaar")))) in tekst_6(bericht)


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_a_young_persons_volunteer_allowance_is_said_to_be_not_free():
    bericht = OP_6.bericht("vrijwilligerswerk", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die houden")
    assert "niet vrij" in tekst_6(bericht) and "niet vrij" in tekst_6(bericht, "nl-je")


def test_a_medische_urenbeperking_with_a_wage_names_what_is_kept_after_the_first_months():
    bericht = feiten_uit_bericht.vrijlating_medisch("ik ben 50 en medisch urenbeperkt, ik kan maar 12 uur werken en verdien "
                                                    "600 netto. hoeveel mag ik houden van mijn loon", DAG_6)
    start_lang_geleden = date(DAG_6.year - 1, 1, 1).isoformat()
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM_6, "leeftijd": 50, "leefsituatie": "onbekend",
                                                     "start_werk": start_lang_geleden, "medische_urenbeperking": True,
                                                     "netto_inkomsten": {"bedrag": 600}})
    assert bericht.response == "utter_bijverdienen_medisch_bedrag"
    assert bericht.waarden["medisch_vrijlating"] == euro(Decimal(str(uit["vrijlating_per_maand"])))


def test_a_bonus_with_a_wage_is_still_earning_not_the_gemeentes_premie():
    bericht = OP_6.bericht("bijverdienen", "ik ben 35 en verdien 600 euro, mijn werkgever geeft een premie, hoeveel mag ik houden")
    assert bericht["response"] != "utter_bijverdienen_premie"


# --- s20: only the partner earns: the share is said with the amount ---------------------------------------------------

def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant, text", [
    ("nl-u", "wij zijn getrouwd en zitten in de bijstand, mijn man (35) gaat 800 netto verdienen. hoeveel mogen we houden?"),
    ("nl-je", "mijn vrouw (31) gaat werken voor 1000 netto, we hebben samen bijstand, hoeveel krijgen we nog"),
    ("nl-u", "Mijn partner is 40 en gaat 600 euro per maand verdienen. Wij hebben samen bijstand. Wat houden we over?"),
])
def test_only_the_partner_earns_names_the_share_kept(variant, text):
    naam, tekst = _eerste_form("bijverdienen_form", text, variant)
    assert naam == "utter_bijverdienen_eerst_alleen_partner"
    assert "25% van het netto loon" in tekst


# --- s20 (English): where someone came from is no start of work -------------------------------------------------------

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


# --- s20 (English): 'they told me the vrijlating is over, is that right' gets 'yes' first -----------------------------

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


# --- s20 (English): money for helping at a club or organisation is a vrijwilligersvergoeding, not a gift --------------

@pytest.mark.parametrize("text, variant, begin", [
    ("im 23, the sportclub gives me 50 a month for helping. can i keep", "en", "No, not all of it. You are 23."),
    ("my church pays me 40 a month for volunteering, im 24", "en", "No, not all of it. You are 24."),
    ("Im 19 and the football club gives me 30 euro every month for help with the kids training, is that ok?", "en",
     "No, not all of it. You are 19."),
    ("ik ben 23, de sportclub geeft me 50 per maand voor het helpen. mag ik dat houden", "nl-je",
     "Nee, niet helemaal. Je bent 23 jaar."),
    ("ik help bij de kerk en krijg 40 euro per maand, ik ben 24, mag dat", "nl-u", "Nee, niet helemaal. U bent 24 jaar."),
])
def test_money_for_helping_at_a_club_read_as_a_gift_gets_the_volunteer_answer(text, variant, begin):
    begin_form = OpPeildatum(PEILDATUM, GEMEENTE, variant).begin("giften_form", text)
    eerste = begin_form.berichten[0]
    assert eerste["response"] == "utter_vrijwilligerswerk_jong_vergoeding"
    tekst = tekst_op(eerste, DAG, variant)
    assert tekst.startswith(begin) and "27" in tekst
    assert begin_form.slots.get("gift_bedrag") is None  # no gift counted against the gift limit


@pytest.mark.parametrize("intent, text", [
    ("giften", "i am 30, the buurthuis pays me 150 a month for help in the kitchen, ok?"),
    ("bijverdienen", "i help at the food bank and they give me 100 euro a month, can i keep it"),
    ("giften", "the library gives me 20 euro each week for helping there, does it count as a gift"),
])
def test_an_allowance_within_what_many_gemeenten_leave_free_may_be_kept_in_english(intent, text):
    naam, tekst = EN_DORP.eerste(intent, text)
    assert naam == "utter_vrijwilligerswerk_binnen" and tekst.startswith("Yes, in many gemeenten you may keep that.")
    assert "per maand" not in tekst  # the person's amount in English ("You get €100 per month.")


@pytest.mark.parametrize("text", [
    "my mother gives me 50 a month for helping her at home, can i keep it",
    "mijn moeder geeft me 50 per maand voor het helpen in huis, mag ik dat houden",
    "my brother gives me 100 every month, can i keep it",
])
def test_money_from_a_relative_for_help_stays_a_gift(text):
    eerste = OpPeildatum(PEILDATUM, GEMEENTE, "en").begin("giften_form", text).berichten
    assert not any((m.get("response") or "").startswith("utter_vrijwilligerswerk") for m in eerste)


# --- s6: the medical vrijlating named, a single parent's share, an age without a wage ---------------------------------

MEDISCH = "ik heb chronische pijn en kan maar 16 uur werken, ik verdien 900 netto, hoeveel blijft vrij"


def test_the_topic_answer_names_the_vrijlating_for_a_medische_urenbeperking():
    said = antwoord("bijverdienen", MEDISCH, PEILDATUM_6)
    # with a wage in the message, the variant that also names what is kept of it (session 7)
    medisch_bericht = next(m for m in said if m["response"].startswith("utter_bijverdienen_medisch"))
    maximum = knowledge.waarde("vrijlating_31_2_y.maximum", DAG_6)
    assert medisch_bericht["medisch_maximum"] == euro(Decimal(str(maximum)))


def test_the_form_names_it_after_the_amount_and_computes_with_it():
    _, said, _ = OP_6.start("bijverdienen_form", MEDISCH)
    assert [m["response"] for m in said][-1] in ("utter_bijverdienen_medisch", "utter_bijverdienen_medisch_bedrag")
    tracker = Tracker("test", {}, {"text": MEDISCH}, [{"event": "user", "text": MEDISCH}], False, None, {},
                      "action_listen")
    assert medisch(tracker) == {"medische_urenbeperking": True}


def test_from_2027_the_medical_vrijlating_has_no_maximum():
    gevonden = feiten_uit_bericht.vrijlating_medisch(MEDISCH, date(2027, 2, 1))
    assert gevonden.response == "utter_bijverdienen_medisch_zonder_maximum"


@pytest.mark.parametrize("text", ["ik werk 20 uur per week", "ik ben ziek, mag ik bijverdienen"])
def test_no_medical_limit_without_health_and_fewer_hours(text):
    assert not feiten_uit_bericht.medische_urenbeperking(text)


def test_a_single_parent_asking_about_keeping_pay_gets_the_extra_vrijlating_of_article_31_2_r():
    gevonden = feiten_uit_bericht.bijverdienen("mag je als alleenstaande ouder meer van je loon houden", DAG_6,
                                               "bijverdienen")
    assert gevonden.response == "utter_bijverdienen_alleenstaande_ouder"
    assert gevonden.waarden["ouder_deel"] == "12,5%"
    assert gevonden.waarden["ouder_maximum"] == euro(Decimal(str(knowledge.waarde("vrijlating_31_2_r.maximum",
                                                                                   DAG_6))))
    assert feiten_uit_bericht.vrijlating_alleenstaande_ouder("alleenstaande moeder", date(2027, 3, 1)) is None


def test_the_bijverdienen_form_without_a_wage_says_what_the_age_decides(monkeypatch):
    """Old tuning set (a gemeente with only the old rules): 'ik ben 24 en ga 10 uur werken, mag ik iets houden'
    as bereken_bijverdienen got 'Hoe woon je?' instead of 'Nee, nu nog niet' (under 27)."""
    from actions.rekenhulpen import bijverdienen as module
    monkeypatch.setattr(module, "gemeente_code", lambda tracker: "voorbeelddorp")  # only the old rules in 2026
    _, said, _ = OP_6.start("bijverdienen_form", "ik ben 24 en ga 10 uur werken, mag ik iets houden van mijn loon")
    assert said[0]["response"] == "utter_bijverdienen_jong_niets"


# --- s21: days or parts of days of work are no wage, and their week is the work's -------------------------------------

# afstemmen_s21 'ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto. hoeveel mag ik daarvan houden'
# got the general text: "3 ochtenden in de week" was a wage of EUR 3 a week, and "oktober 3" no start of work.

@pytest.mark.parametrize("text, euro", [
    ("ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto", "600"),
    ("ik ben 29, sinds november 2 avonden per week achter de bar, 400 euro netto per maand", "400"),
    ("werk sinds kort 4 diensten in de week in de thuiszorg, 52 jaar, ik krijg 900 netto", "900"),
    ("ik doe drie middagen in de week schoonmaakwerk en verdien 350", "350"),
])
def test_s21_dagdelen_zijn_geen_loon(text, euro):
    gevonden = [b.bedrag for b in parse.bedragen(text)]
    assert [b.euro for b in gevonden] == [Decimal(euro)], gevonden
    assert gevonden[0].periode != "week"


@pytest.mark.parametrize("text, euro, periode", [
    # the hours' or days' week in a part of the sentence of its own is the work's
    ("ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto", "600", None),
    ("ik werk 3 dagen per week. ik verdien 900 euro", "900", None),
    ("ik werk 20 uur in de week, krijg daarvoor 750 netto", "750", None),
    # in one part with the amount it stays the wage's, and a wage with its own period keeps it
    ("12 uur per week voor 200 euro", "200", "week"),
    ("ik werk 4 uurtjes per week, 250 netto per maand", "250", "maand"),
    ("ik werk 20 uur per week en verdien 300 per week", "300", "week"),
])
def test_s21_week_van_het_werk(text, euro, periode):
    assert parse.bedrag(text) == parse.Bedrag(Decimal(euro).quantize(Decimal("0.01")), periode)


@pytest.mark.parametrize("text, maand", [
    ("ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto", 10),
    ("ik ben 29, sinds november 2 avonden per week achter de bar, 400 euro netto per maand", 11),
    ("sinds september 4 diensten in de week, 800 netto", 9),
])
def test_s21_start_werk_voor_dagdelen(text, maand):
    assert start_werk(text, DAG_8) == date(2026, maand, 1)


@pytest.mark.parametrize("variant", ["nl-je", "nl-u"])
def test_s21_ochtenden_bedrag_eerst(variant):
    naam, tekst = OpPeildatum(PEILDATUM_8, "voorbeelddorp", variant).form_eerste(
        "bijverdienen_form", "ik ben 35 en werk sinds oktober 3 ochtenden in de week, krijg 600 netto. hoeveel mag ik "
                             "daarvan houden")
    assert naam.startswith("utter_bijverdienen_eerst_bijstand_over"), naam
    assert "€ 150" in tekst and "per week" not in tekst


def test_s21_ochtenden_niet_nog_eens_gevraagd():
    begin = JE_8.begin("bijverdienen_form", "ik ben 41, werk sinds oktober 3 ochtenden in de week en krijg 600 netto")
    assert "inkomsten" not in begin.open_vragen and "start_werk" not in begin.open_vragen


# --- s21: "meer kan (medisch) niet" is a medische urenbeperking -------------------------------------------------------

# afstemmen_s21 'ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto.
# hoeveel wordt vrijgelaten' got 'EUR 600 per week ... EUR 0 (0%)': the week was the wage's, the health not read.

@pytest.mark.parametrize("text", [
    "ik werk 12 uur per week omdat meer medisch niet kan",
    "ik werk 3 avonden per week, meer lukt niet door mijn astma",
    "door mijn rug kan ik niet meer uren werken dan 16",
    "meer uren gaat niet vanwege mijn reuma",
    "ik werk 20 uur, meer kan ik niet volgens de keuring",
])
def test_s21_urenbeperking_gelezen(text):
    assert medische_urenbeperking(text)


@pytest.mark.parametrize("text", [
    "ik werk 12 uur per week en wil meer uren, kan dat",
    "ik ben ziek geweest maar werk nu weer 32 uur",
])
def test_s21_geen_urenbeperking(text):
    assert not medische_urenbeperking(text)


@pytest.mark.parametrize("text", [
    "ik werk al 2 jaar 12 uur per week omdat meer medisch niet kan (staat in mijn keuring), 600 netto. hoeveel wordt "
    "vrijgelaten",
    "werk al 3 jaar 16 uur in de week, meer lukt niet door mijn hernia. 600 euro netto, hoeveel mag ik houden",
    "ik werk sinds 2023 parttime, meer uren kan ik medisch niet aan, ik krijg 600 netto per maand. wat mag ik houden",
])
def test_s21_medisch_bedrag_eerst(text):
    naam, tekst = JE_8.form_eerste("bijverdienen_form", text)
    assert "€ 90" in tekst and "15%" in tekst, (naam, tekst)
    assert "per week" not in tekst


# --- s21 (English): the months of the vrijlating are over: 'No' first and 'those months are over', as the Dutch -------

@pytest.mark.parametrize("text", [
    "i work since april, now 8 months, 200 each month, 45 years old. still keeping the 25 percent?",
    "I am 38 and work since january for 350 net a month. can I still keep a part?",
    "working since march 2026, 500 a month, im 50. do i still get the vrijlating",
])
def test_the_months_over_say_no_first(text):
    naam, tekst = EN_8.form_eerste("bijverdienen_form", text)
    assert naam == "utter_bijverdienen_eerst_voorbij_over_alleen"
    assert tekst.startswith("No, ") and "those months are over" in tekst


@pytest.mark.parametrize("variant, begin", [("nl-u", "Nee, u houdt"), ("nl-je", "Nee, je houdt")])
def test_the_months_over_say_no_first_in_dutch(variant, begin):
    naam, tekst = OpPeildatum("2026-12-08", "voorbeelddorp", variant).form_eerste(
        "bijverdienen_form", "ik ben 45 en werk sinds april voor 200 per maand, mag ik nog steeds 25 procent houden?")
    assert naam == "utter_bijverdienen_eerst_voorbij_over_alleen" and tekst.startswith(begin)
