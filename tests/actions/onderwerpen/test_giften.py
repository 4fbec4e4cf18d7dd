"""Gifts (giften): the yearly limit, gifts per week, month, quarter or year, gifts to a couple, the gift calculator's
first turn, and money that is no gift (paid back, a lodger's rent, alimentatie, the food bank). Dutch first, then
English."""

from __future__ import annotations

from decimal import Decimal

import pytest

from actions import parse
from actions.rekenhulpen import giften
from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord_namen, geld, start, tekst_op


# --- s14: no gift: money paid back for someone else's shopping, savings from the bijstand -----------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik koop elke week boodschappen voor mijn opa en hij betaalt het me daarna terug, telt dat als gift",
    "mijn dochter doet voor haar oma de boodschappen en oma maakt het bedrag later over. is dat een gift?",
    "ik heb de huur voor mijn zus voorgeschoten en zij stort het terug, moet ik dat melden",
])
@pytest.mark.parametrize("intent", ["giften", "inlichtingenplicht", "bijstandsnorm"])
def test_money_paid_back_for_someone_elses_shopping_is_no_gift(text, intent):
    assert antwoord_namen(intent, text, PEILDATUM)[0] == "utter_giften_voorgeschoten"


@pytest.mark.usefixtures("voorbeelddorp")
def test_money_paid_back_in_the_gift_form_is_no_gift():
    _, said, _ = start("giften_form", "ik doe de boodschappen voor mijn buurvrouw en ze geeft me het geld terug, "
                                      "ongeveer 30 euro per week. moet ik dat doorgeven?")
    assert said[0]["response"] == "utter_giften_voorgeschoten"
    tekst = tekst_op(said[0], DAG, "nl-je").lower()
    assert "geen gift" in tekst and "bewaar" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["ik leg elke maand 25 euro opzij van mijn bijstand, moet ik dat uitgeven",
                                  "ik spaar iedere maand 30 euro van mijn uitkering. telt dat als gift?"])
def test_savings_from_the_bijstand_are_no_gift(text):
    _, said, _ = start("giften_form", text)
    assert said[0]["response"] == "utter_vermogen_gespaard_van_bijstand"
    assert antwoord_namen("giften", text, PEILDATUM)[0] == "utter_vermogen_gespaard_van_bijstand"


@pytest.mark.usefixtures("voorbeelddorp")
def test_whether_to_report_a_gift_always_is_the_gift_limit():
    assert antwoord_namen("inlichtingenplicht", "een cadeautje van mijn tante altijd doorgeven of pas vanaf een bedrag",
                          PEILDATUM)[0] == "utter_giften_melden"


# --- s14: open items of session 13: the "om de week" gift said in the person's own words ------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_gift_every_other_week_is_said_as_given():
    _, said, _ = start("giften_form", "mijn tante komt om de week langs met 35 euro, mag ik dat houden")
    assert said[0]["gift_bedrag_tekst"] == f"{geld(35)} om de week"
    assert said[0]["gift_per_jaar"] == geld(35 * 26)


# --- s15: gifts: a gift every quarter or half year; the food bank -----------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, per_jaar", [("mijn tante geeft me elk kwartaal 150", 600),
                                            ("ik krijg 250 euro per half jaar van opa", 500),
                                            ("om de drie maanden 100 van mijn broer", 400)])
def test_a_gift_every_few_months_is_an_amount_per_year(text, per_jaar):
    assert parse.bedrag(text) == parse.Bedrag(Decimal(per_jaar).quantize(Decimal("0.01")), "jaar")
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [Decimal(per_jaar)]


@pytest.mark.usefixtures("voorbeelddorp")
def test_counting_times_per_quarter_is_no_amount():
    assert parse.bedrag("ik werk per kwartaal 2 keer") is None


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_gift_every_quarter_in_the_gift_form_is_said_against_the_limit():
    slots, said, _ = start("giften_form", "schoonmoeder stuurt elk kwartaal 150")
    assert slots["gift_bedrag"] is not None
    assert said and said[0]["response"].startswith("utter_giften_eerst_binnen")


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["is een voedselpakket een gift?", "moet ik de voedselbank melden als gift"])
def test_the_food_bank_asked_is_no_gift(text):
    assert antwoord_namen("giften", text, PEILDATUM)[0] == "utter_giften_voedselbank"


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_food_banks_week_is_not_the_gifts_period():
    text = "ik ga elke week naar de voedselbank en mijn oom gaf me 200 euro"
    namen = antwoord_namen("giften", text, PEILDATUM)
    assert namen[0] == "utter_giften_binnen_grens"


# --- s15: a one-off or yearly gift is said once, not 'EUR 300 is EUR 300 per jaar' ------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("variant", ["nl-u", "nl-je", "en"])
def test_a_one_off_gift_is_said_once_in_the_topic_answer(variant):
    from tests.actions.eerste_antwoord import antwoord
    berichten = antwoord("giften", "mijn oom gaf me 300 euro, mag ik dat houden?", PEILDATUM, variant)
    tekst = tekst_op(berichten[0], DAG, variant)
    assert tekst.count("300") == 1, tekst  # '€ 300' in Dutch, '€300' in English


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_gift_every_quarter_is_said_once_in_the_gift_form():
    _, said, _ = start("giften_form", "mijn zus geeft me elk kwartaal 200 euro")
    tekst = tekst_op(said[0], DAG, "nl-je")
    assert tekst.count(geld(800)) == 1, tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_monthly_gift_is_still_counted_per_year():
    from tests.actions.eerste_antwoord import antwoord
    berichten = antwoord("giften", "mijn moeder geeft me 50 euro per maand, mag dat?", PEILDATUM)
    tekst = tekst_op(berichten[0], DAG)
    assert f"{geld(50)} per maand telt als {geld(600)} per jaar" in tekst, tekst


# --- s16: gifts: a couple named, then "allebei" -----------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_couple_that_each_got_a_gift_counts_both():
    text = "mijn man en ik hebben allebei een gift van 650 euro gekregen van onze kinderen, mag dat"
    gevonden = giften.giften_uit_bericht(text, DAG)
    assert [g["gift_bedrag"]["euro"] for g in gevonden] == [650.0, 650.0]


# --- s17: gifts: one period said for two amounts, and whether to report a gift under the limit ------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_one_period_after_two_gifts_holds_for_both():
    gevonden = parse.bedragen("zijn moeder geeft hem 75 en mijn vader mij 75 per maand")
    assert [b.bedrag.periode for b in gevonden] == ["maand", "maand"]
    los = parse.bedragen("ik kreeg 300 van mijn oom en mijn moeder geeft 50 per maand")
    assert [b.bedrag.periode for b in los] == [None, "maand"]


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_gift_under_the_limit_with_must_i_report_it_answers_that_first():
    _, berichten, _ = start("giften_form", "mijn broer heeft mijn tandarts betaald, 410 euro. moet ik dat melden?")
    assert berichten[0]["response"] == "utter_giften_eerst_binnen_melden"
    assert tekst_op(berichten[0], DAG).startswith("Nu hoeft u het waarschijnlijk nog niet te melden")
