"""Answer first with the person's own facts, session 13, money (issue #20): the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s13.yml (and leftovers of s12) on gifts, earning, the norm and trips abroad, each as a
general rule. The messages are new ones of each kind (none is a set's message); every amount the tests expect is
computed by knowledge/, never typed here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from actions.feiten_uit_bericht import reizen
from tests.actions.eerste_antwoord import OpPeildatum, geld

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"  # no policy of its own: the national rules, as bench/answers.py measures


start = OpPeildatum(PEILDATUM, GEMEENTE).start


def waarde(naam: str):
    return Decimal(str(knowledge.waarde(naam, DAG)))


def norm(**invoer) -> Decimal:
    return Decimal(str(knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [],
                                                           **invoer})["norm"]))


def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "gemeente": GEMEENTE,
                                                      "start_werk": "onbekend", **invoer})


# --- 1. the norm form with a wage of one's own: the bijstand left beside it comes first ----------------------------

@pytest.mark.parametrize("text, leeftijd, loon", [
    ("ik ben 22, woon alleen en werk bij de bakker voor 300 euro per maand. hoeveel bijstand krijg ik nog", 22, 300),
    ("41 jaar, alleenstaand, ik heb een baan van 650 netto per maand, wat is mijn bijstand dan", 41, 650),
])
def test_the_norm_form_with_a_wage_says_the_bijstand_left(text, leeftijd, loon):
    _, said, _ = start("norm_form", text)
    uit = vrijlating(leeftijd=leeftijd, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": loon, "periode": "maand"})
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


def test_a_ww_in_the_norm_form_is_no_wage():
    _, said, _ = start("norm_form", "ik ben 44, woon alleen, ik krijg 600 euro ww per maand, hoeveel bijstand nog")
    assert said[0]["response"] == "utter_bijstandsnorm_inkomen"


# --- 2. the norm: grown children one 'woont samen met', ages in brackets, a partner without a residence permit -------

def test_living_together_with_ones_children_is_no_couple():
    assert parse.leefsituatie("ik woon samen met mijn drie dochters") != "gehuwden"
    _, said, _ = start("norm_form", "ik ben 49 en woon samen met mijn twee zonen van 27 en 30, hoeveel krijg ik")
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert said[0]["kostendelersnorm_bedrag"].startswith(geld(norm(
        leeftijd=49, leefsituatie="alleenstaande",
        medebewoners=[{"leeftijd": 27, "relatie": "kind"}, {"leeftijd": 30, "relatie": "kind"}])))


def test_a_couples_ages_in_brackets():
    text = "mijn vrouw (44) en ik (46) wonen met mijn vader van 72, wat is nu ons bedrag"
    assert feiten_uit_bericht.stel_leeftijden(text) == (46, 44)
    _, said, _ = start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_stel_kostendeler"


@pytest.mark.parametrize("text", [
    "mijn man heeft geen verblijfsvergunning, ik ben 30. hoeveel bijstand krijg ik",
    "ik ben 45 en mijn vrouw is hier zonder papieren, wat krijg ik aan bijstand",
])
def test_a_partner_without_a_residence_permit_has_no_right(text):
    gevonden = feiten_uit_bericht.partner_zonder_recht(text, DAG)
    assert gevonden is not None and gevonden.response == "utter_samenwonen_partner_geen_recht"


# --- 3. gifts: two monthly ones, a couple that gets it each, every other week, a fear of paying back, the AIO --------

def test_two_monthly_gifts_count_together():
    _, said, _ = start("giften_form", "opa betaalt mijn internet (45 pm) en mijn tante geeft 50 per maand, mag dat")
    assert said[0]["response"].startswith("utter_giften_eerst_meer")
    assert said[0]["gift_per_jaar"] == geld((45 + 50) * 12)


def test_a_couple_that_gets_a_gift_each():
    _, said, _ = start("giften_form", "mijn man en ik krijgen van mijn schoonmoeder ieder 70 euro per maand, kan dat")
    assert said[0]["gift_per_jaar"] == geld(70 * 12 * 2)


@pytest.mark.parametrize("text, bedrag", [
    ("mijn buurman brengt om de week boodschappen, steeds zo'n 40 euro", 40),
    ("mijn broer stort elke twee weken 25 euro, is dat goed", 25),
])
def test_a_gift_every_other_week(text, bedrag):
    _, said, _ = start("giften_form", text)
    assert said[0]["gift_per_jaar"] == geld(bedrag * 26)


def test_a_fear_of_paying_back_gifts_is_answered_with_the_gifts():
    _, said, _ = start("giften_form", "mijn oom gaf me 400 euro en mijn nicht kocht voor 200 euro kleren voor me. ik "
                                      "ben bang dat ik het later moet terugbetalen")
    assert said[0]["response"].startswith("utter_giften_eerst_meer")
    assert said[0]["gift_per_jaar"] == geld(600)


def test_a_number_of_children_is_no_amount():
    assert [b.bedrag.euro for b in parse.bedragen("ik heb drie kinderen en kreeg 100 euro van mijn zus")] == [100]


def test_a_gift_to_someone_with_aio_names_the_svb():
    _, said, _ = start("giften_form", "mijn vader van 75 heeft aio, ik betaal elke maand 80 euro van zijn boodschappen")
    assert said[0]["response"] == "utter_giften_aio"


def test_a_wage_in_the_gift_form_gets_the_earnings_answer():
    _, said, _ = start("giften_form", "ik werk sinds maart voor 450 per maand, ben 33 en woon alleen, mag ik er nog "
                                      "iets van houden")
    uit = vrijlating(leeftijd=33, leefsituatie="alleenstaande", start_werk="2026-03-01",
                     netto_inkomsten={"bedrag": 450, "periode": "maand"})
    assert said[0]["response"].startswith("utter_bijverdienen_eerst")
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 4. earning: a wage per hour; the earnings topic names the bijstand left ----------------------------------------

def test_hours_and_a_wage_per_hour_make_a_wage_per_month():
    loon = feiten_uit_bericht.eigen_loon("ik ga 12 uur per week werken voor 13,50 per uur")
    assert loon is not None and loon.periode == "maand"
    assert loon.euro == (12 * Decimal("13.50") * 52 / 12).quantize(Decimal("0.01"))


def test_the_earnings_topic_says_the_bijstand_left():
    gevonden = feiten_uit_bericht.ook("bijverdienen", "ik ben 36 en heb een bijbaan van 350 euro per maand", DAG,
                                      GEMEENTE)
    uit = vrijlating(leeftijd=36, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 350, "periode": "maand"})
    assert [a.response for a in gevonden] == ["utter_bijverdienen_bijstand_erbij_alleen"]
    assert gevonden[0].waarden["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- 5. trips: lengths listed after a trip taken, a trip going on -----------------------------------------------------

def test_lengths_listed_after_trips_taken_are_trips_taken():
    text = "ik ben dit jaar drie keer naar polen geweest: 5 dagen, 6 dagen en 2 dagen. mag ik nog 10 dagen weg"
    eerder = reizen.eerdere_reizen(text, DAG)
    assert sum((date.fromisoformat(r["terug"]) - date.fromisoformat(r["vertrek"])).days for r in eerder) == 13
    assert reizen.nieuwe_reis(text, DAG) is not None


def test_a_trip_going_on_has_used_its_days():
    eerder = reizen.eerdere_reizen("ik zit nu al 20 dagen in turkije, hoeveel dagen heb ik nog", DAG)
    assert sum((date.fromisoformat(r["terug"]) - date.fromisoformat(r["vertrek"])).days for r in eerder) == 20


# --- 6. questions that had only the general text: each kind gets its own answer -------------------------------------

@pytest.mark.parametrize("intent, text, response", [
    ("giften", "gaat die giftengrens in 2027 omhoog", "utter_giften_grens_volgend_jaar"),
    ("bijstandsnorm", "wanneer wordt de bijstandsnorm weer verhoogd", "utter_bijstandsnorm_indexatie"),
    ("buitenland", "tellen de reisdagen ook mee voor de vier weken", "utter_buitenland_dagen_tellen"),
    ("alimentatie", "ik betaal kinderalimentatie aan mijn ex, krijg ik daar iets voor terug", "utter_alimentatie_zelf_betalen"),
    ("participatieplicht", "we zijn een stel met een dochter van 3, moet mijn vrouw ook werken",
     "utter_participatieplicht_stel_jong_kind"),
])
def test_a_question_of_its_own_kind_gets_its_answer(intent, text, response):
    gevonden = feiten_uit_bericht.antwoord(intent, text, DAG, {"responses": {response: []}}, GEMEENTE)
    assert gevonden is not None and gevonden.response == response


def test_ontheffing_for_a_new_child_is_only_the_years_left():
    gevonden = feiten_uit_bericht.plichten("ik had 2 jaar ontheffing voor mijn zoon, nu weer een kindje, weer 5 jaar?",
                                           DAG, "participatieplicht")
    maximum = int(waarde("participatie.ontheffing_maximum_jaren"))
    assert gevonden.response == "utter_participatieplicht_ontheffing_totaal"
    assert gevonden.waarden["ontheffing_jaren_over"] == str(maximum - 2)


def test_no_days_left_this_year_says_so():
    weken = int(waarde("buitenland.weken_per_jaar"))
    gevonden = feiten_uit_bericht.buitenland(f"ik was dit jaar al {weken} weken in marokko, mag ik nog een paar "
                                             "dagen naar parijs", DAG, "buitenland")
    assert gevonden.response == "utter_buitenland_eerder_op"


def test_what_comes_off_the_bijstand_is_named():
    _, said, _ = start("bijverdienen_form", "ik ben 45, vorige maand 1 keer 320 euro verdiend met een klus, hoeveel houden ze in")
    uit = vrijlating(leeftijd=45, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 320, "periode": "maand"})
    assert said[0]["loon_af"] == geld(Decimal(320) - Decimal(str(uit["vrijlating_per_maand"])))


def test_moving_in_to_give_care_with_an_age_in_brackets_is_mantelzorg():
    gevonden = feiten_uit_bericht.mantelzorg("ik (44) trek voor een paar maanden bij mijn moeder in om haar te verzorgen",
                                             DAG)
    assert gevonden is not None and gevonden.response == "utter_kostendelersnorm_mantelzorg"


def test_parents_both_of_an_age_both_get_it():
    """Open item of earlier sessions: 'we wonen bij zijn ouders (allebei 50+)' gave the age to one parent only."""
    assert [m.leeftijd for m in parse.medebewoners("ik woon nog bij mijn ouders (allebei 60+)")] == [61, 61]


@pytest.mark.parametrize("text, leeftijd", [("ik word in april 69, moet ik nog iets doen", 68),
                                           ("ik word in februari 30 en woon alleen", 29)])
def test_a_birthday_still_to_come_is_not_todays_age(text, leeftijd):
    """Open item of earlier sessions: 'ik word in maart 68' showed 68 as today's age."""
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd
