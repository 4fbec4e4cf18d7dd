"""Gifts (giften): the yearly limit, gifts per week, month, quarter or year, gifts to a couple, the gift calculator's
first turn, and money that is no gift (paid back, a lodger's rent, alimentatie, the food bank). Dutch first, then
English."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import engels, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import keer_gekregen
from actions.rekenhulpen import giften
from actions.rekenhulpen.giften import giften_uit_bericht
from actions.rekenhulpen.norm import ValidateNorm
from actions.twijfel import ActionGeenVraag, krijgt_gift
from knowledge.geld import euro
from tests.actions.eerste_antwoord import (DAG, DAG_6, DAG_8, DOMAIN, DORP_6, EN_6, EN_8, EN_DORP, EN_DORP_6, JE_8,
                                           OP_6, OpPeildatum, PEILDATUM, PEILDATUM_6, antwoord, antwoord_namen, cijfers,
                                           feit_antwoord_6, form_begin, form_berichten_en_6, geld, grens, grens_6,
                                           parameter_6, start, tekst_6, tekst_op, vrijlating_6)


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


# --- s18: a monthly gift counted by the person so far this year -------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_times_a_monthly_gift_came_so_far_count_not_the_whole_year():
    gift = parse.Bedrag(Decimal(175), "maand")
    assert keer_gekregen("mijn tante geeft me sinds februari 175 per maand, dat is nu al 10 keer", gift, DAG) == 10
    assert keer_gekregen("mn broer betaalt 175 per maand, dus nu 2 maanden", gift, DAG) == 2
    # the months in the bijstand are not the gift's
    assert keer_gekregen("ik zit nu 3 maanden in de bijstand en mijn moeder geeft 175 per maand", gift, DAG) is None
    assert keer_gekregen("mijn moeder geeft me 175 per maand", gift, DAG) is None


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_monthly_gift_over_the_limit_by_what_came_so_far():
    _, berichten, _ = start("giften_form", "mijn opa maakt sinds januari 160 euro per maand over, nu 11 maanden. "
                                           "is dat te veel?")
    over = Decimal(160) * 11 - grens()
    assert berichten[0]["response"] == "utter_giften_eerst_boven"
    assert berichten[0]["gift_boven_grens"] == geld(over)


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_monthly_gift_under_the_limit_so_far_with_its_start_before_the_amount_and_the_room_left():
    _, berichten, _ = start("giften_form", "mijn zus betaalt sinds oktober mijn energierekening, 300 per maand, dus "
                                           "nu 2 maanden. is dat een gift?")
    assert berichten[0]["response"].startswith("utter_giften_eerst_binnen")
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(600))
    assert berichten[0]["gift_ruimte"] == geld(grens() - 600)


# --- s18: alimentatie beside a gift in the gift form: both answered, the gift goes on ---------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_alimentatie_beside_a_gift_answers_both_and_the_gift_goes_on():
    slots, berichten, vragen = start("giften_form", "ik krijg 200 partneralimentatie en mijn oom geeft me 40 per maand, "
                                                    "mag ik dat allebei houden")
    assert [b["response"] for b in berichten][0].startswith("utter_alimentatie")
    assert berichten[1]["response"].startswith("utter_giften_eerst_binnen")
    assert slots["gift_bedrag"]["euro"] == 40 and not slots.get("rekenhulp_klaar")


@pytest.mark.usefixtures("voorbeelddorp")
def test_alimentatie_alone_ends_the_gift_form():
    slots, berichten, _ = start("giften_form", "mijn ex betaalt 180 kinderalimentatie per maand, is dat een gift")
    assert [b["response"] for b in berichten] == ["utter_alimentatie_bedrag"] and slots.get("rekenhulp_klaar")


# --- s17 (English): a room let to a lodger is no gift -----------------------------------------------------------------

@pytest.mark.parametrize("text, woorden", [
    ("we rent out the spare room to a student", "verhuur een kamer aan"),
    ("my sister rents a room from us for 400", "huurt een kamer bij mij"),
    ("my cousin is moving in and will pay me rent", "betaalt mij huur"),
    ("he pays the market rent and we have a rental agreement", "marktprijs"),
])
def test_letting_a_room_is_no_gift_in_kind(text, woorden):
    gelezen = naar_nederlands(text)
    assert woorden in gelezen and "boodschappen" not in gelezen


def test_rent_paid_for_the_person_stays_a_gift_in_kind():
    assert "boodschappen" in naar_nederlands("my aunt pays my rent each month")


# --- s17 (English): money from a relative, read as informeren ---------------------------------------------------------

@pytest.mark.parametrize("text", ["40 euro a week from my grandma, ok?", "300 every 3 months from uncle, allowed?"])
def test_money_from_a_relative_is_a_gift(text):
    assert krijgt_gift(naar_nederlands(text))


@pytest.mark.parametrize("text", ["i get 300 a month from my ex, ok?", "ik krijg 900 per maand, mag dat?",
                                  "my brother lent me 500, ok?"])
def test_alimony_a_bare_income_or_a_loan_is_no_gift(text):
    assert not krijgt_gift(naar_nederlands(text))


def test_a_gift_read_as_informeren_starts_the_gift_calculator():
    text = "40 euro a week from my grandma, ok?"
    message = {"text": text, "intent": {"name": "informeren", "confidence": 0.9},
               "intent_ranking": [{"name": "informeren", "confidence": 0.9}],
               "metadata": {"peildatum": PEILDATUM, "gemeente": "voorbeelddorp"}}
    tracker = Tracker("test", {"variant": "en"}, message, [], False, None, {}, "action_listen")
    events = ActionGeenVraag().run(CollectingDispatcher(), tracker, DOMAIN)
    assert any(e.get("event") == "followup" and e.get("name") == "giften_form" for e in events)
    naam, tekst = EN_DORP.form_eerste("giften_form", text)
    assert naam == "utter_giften_eerst_boven"
    assert "€2,080" in tekst  # 40 x 52 a year, over the 1,200


# --- s17 (English): second round: the ontheffing's years and its end, trips said without a verb, gifts across the year's end ---

def test_a_gift_over_the_limit_says_the_limit_is_per_calendar_year():
    naam, tekst = EN_DORP.form_eerste("giften_form", "in may my uncle gave me 900, now he wants to give 600 more before christmas")
    assert naam == "utter_giften_eerst_meer_boven_deel"
    assert "in January" in tekst  # a gift from January counts for the new calendar year
    bericht = form_begin("giften_form", "in mei gaf mijn oom me 900, nu wil hij voor kerst nog 600 geven", PEILDATUM,
                         "nl-je", "voorbeelddorp").berichten[0]
    assert "in januari" in tekst_op(bericht, DAG, "nl-je")


# --- s17 (English): following H3 in English: the writer moved in with a parent on AIO ---------------------------------

def test_a_gift_with_its_own_verb_is_its_own_gift():
    naam, tekst = EN_DORP.form_eerste("giften_form", "grandma pays my internet 30 a month this whole year and she gave me 400 for "
                                        "christmas. how much more can i get this year")
    assert naam.startswith("utter_giften_eerst_meer")
    assert "760" in tekst  # 30 x 12 + 400 once, not 400 a month too


# --- s13: gifts: two monthly ones, a couple that gets it each, every other week, a fear of paying back, the AIO -------

def test_two_monthly_gifts_count_together():
    _, said, _ = DORP_6.start("giften_form", "opa betaalt mijn internet (45 pm) en mijn tante geeft 50 per maand, mag dat")
    assert said[0]["response"].startswith("utter_giften_eerst_meer")
    assert said[0]["gift_per_jaar"] == geld((45 + 50) * 12)


def test_a_couple_that_gets_a_gift_each():
    _, said, _ = DORP_6.start("giften_form", "mijn man en ik krijgen van mijn schoonmoeder ieder 70 euro per maand, kan dat")
    assert said[0]["gift_per_jaar"] == geld(70 * 12 * 2)


@pytest.mark.parametrize("text, bedrag", [
    ("mijn buurman brengt om de week boodschappen, steeds zo'n 40 euro", 40),
    ("mijn broer stort elke twee weken 25 euro, is dat goed", 25),
])
def test_a_gift_every_other_week(text, bedrag):
    _, said, _ = DORP_6.start("giften_form", text)
    assert said[0]["gift_per_jaar"] == geld(bedrag * 26)


def test_a_fear_of_paying_back_gifts_is_answered_with_the_gifts():
    _, said, _ = DORP_6.start("giften_form", "mijn oom gaf me 400 euro en mijn nicht kocht voor 200 euro kleren voor me. ik "
                                      "ben bang dat ik het later moet terugbetalen")
    assert said[0]["response"].startswith("utter_giften_eerst_meer")
    assert said[0]["gift_per_jaar"] == geld(600)


def test_a_gift_to_someone_with_aio_names_the_svb():
    _, said, _ = DORP_6.start("giften_form", "mijn vader van 75 heeft aio, ik betaal elke maand 80 euro van zijn boodschappen")
    assert said[0]["response"] == "utter_giften_aio"


def test_a_wage_in_the_gift_form_gets_the_earnings_answer():
    _, said, _ = DORP_6.start("giften_form", "ik werk sinds maart voor 450 per maand, ben 33 en woon alleen, mag ik er nog "
                                      "iets van houden")
    uit = vrijlating_6(leeftijd=33, leefsituatie="alleenstaande", start_werk="2026-03-01",
                     netto_inkomsten={"bedrag": 450, "periode": "maand"})
    assert said[0]["response"].startswith("utter_bijverdienen_eerst")
    assert said[0]["bijstand_over"] == geld(uit["aanvullende_bijstand"])


# --- s16 (English): the gift limit asked per month --------------------------------------------------------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("giften", "how much money can my family send me every month", "en"),
    ("bereken_giften", "how much may my brother give me each month, is there a max", "en"),
    ("giften", "hoeveel mogen mijn ouders me elke maand geven", "nl-je"),
])
def test_how_much_a_month_gets_the_limit_a_month(intent, text, variant):
    if intent == "bereken_giften":
        bericht = form_begin("giften_form", text, PEILDATUM, variant, "voorbeelddorp").berichten[0]
    else:
        bericht = antwoord(intent, text, PEILDATUM, variant)[0]
    assert bericht["response"] == "utter_giften_per_maand"
    tekst = tekst_op(bericht, DAG, variant)
    assert "100" in tekst and ("1,200" in tekst or "1.200" in tekst)


def test_a_monthly_gift_with_its_amount_keeps_its_own_answer():
    bericht = antwoord("giften", "my sister gives me 150 euro every month, how much can i still get", PEILDATUM, "en")[0]
    assert bericht["response"] != "utter_giften_per_maand"


# --- s10 (English): gifts ---------------------------------------------------------------------------------------------

def test_a_gift_under_the_limit_says_the_room_left_after_the_yes():
    said = form_berichten_en_6("giften_form", "my neighbour gave me 250 euro in october, first gift this year. is that ok?")
    assert said[0]["response"] == "utter_giften_eerst_binnen" and cijfers(said[0]["gift_ruimte"]) == "950"
    monthly = form_berichten_en_6("giften_form", "my aunt sends 70 euro every month since january, fine with bijstand?")
    assert cijfers(monthly[0]["gift_ruimte"]) == "360"  # 1,200 - 12 x 70


def test_several_gifts_under_the_limit_say_the_room_left():
    said = form_berichten_en_6("giften_form", "my uncle gave 300 in april and my nephew 250 in july, how much more can I get")
    assert said[0]["response"] == "utter_giften_eerst_meer_binnen" and cijfers(said[0]["gift_ruimte"]) == "650"


def test_the_food_bank_beside_a_gift_never_counts_and_its_period_is_not_the_gifts():
    said = form_berichten_en_6("giften_form", "every week I get a parcel from the food bank and my brother gave me 400 euro "
                                     "this year. is that a problem")
    assert [m["response"] for m in said][:2] == ["utter_giften_eerst_binnen", "utter_giften_voedselbank_telt_niet"]
    assert cijfers(said[0]["gift_per_jaar"]) == "400" and cijfers(said[0]["gift_ruimte"]) == "800"  # not 400 a week
    dutch = form_berichten_en_6("giften_form", "ik haal elke week een pakket bij de voedselbank en mijn oom gaf me 400 euro",
                       "nl-u")
    assert "utter_giften_voedselbank_telt_niet" in [m["response"] for m in dutch]
    assert cijfers(dutch[0]["gift_per_jaar"]) == "400"


# --- s12 (English): other topics --------------------------------------------------------------------------------------

def test_someone_pays_my_rent_stays_a_gift_in_kind():
    assert "boodschappen" in naar_nederlands("my sister pays my rent every month")


# --- s13 (English): gifts: how many times -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, totaal", [("my uncle paid my phone bill 4 times, 40 euro each time", 160),
                                          ("a neighbour did my shopping, 25 euro every time, 6 times so far", 150)])
def test_an_amount_each_time_and_how_many_times(text, totaal):
    assert EN_DORP_6.begin("giften_form", text).slots["gift_bedrag"]["euro"] == totaal


@pytest.mark.parametrize("text, totaal", [("my sister gives me 50 a month, she did it in june july and august", 150),
                                          ("grandpa sends 120 euro monthly, I got it in sep, oct, nov.", 360)])
def test_a_monthly_gift_and_the_months_it_came(text, totaal):
    assert EN_DORP_6.begin("giften_form", text).slots["gift_bedrag"]["euro"] == totaal


def test_a_monthly_gift_since_a_month_is_still_counted_to_december():
    assert EN_DORP_6.begin("giften_form", "my mother gives me 100 euro every month since february").slots["gift_datum"] == \
        "2026-02-01"


# --- s19: gifts: the months said with the verb, the limit per month asked beside a gift -------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_the_months_a_gift_was_paid_said_with_the_verb():
    gift = parse.Bedrag(Decimal(400), "maand")
    assert keer_gekregen("mijn tante heeft 3 maanden mijn huur betaald, 400 per maand", gift, DAG) == 3
    assert keer_gekregen("ik heb 3 maanden gewerkt en mijn tante geeft 400 per maand", gift, DAG) is None


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_gift_paid_for_some_months_is_counted_over_those_months():
    _, berichten, _ = start("giften_form", "mijn tante heeft 3 maanden mijn huur betaald, 450 per maand. moet ik dat melden")
    grens = Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(1350))
    assert berichten[0]["gift_boven_grens"] == geld(Decimal(1350) - grens)


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_limit_per_month_asked_beside_a_gift_is_said_too():
    _, berichten, _ = start("giften_form", "hoeveel mag mijn oom me per maand geven? nu geeft hij 130 per maand")
    grens = Decimal(str(knowledge.waarde("giften.vrijlating_per_jaar", DAG)))
    namen = [b["response"] for b in berichten]
    assert "utter_giften_per_maand" in namen
    assert geld(grens / 12) in tekst_op(berichten[namen.index("utter_giften_per_maand")], DAG)


# --- s19: a gift of next year beside this year's ----------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_next_years_gift_does_not_count_for_this_years_limit():
    _, berichten, _ = start("giften_form", "mijn tante geeft me nu 90 per maand, volgend jaar wordt dat 130 per maand. "
                                           "is dat goed?")
    assert berichten[0]["gift_per_jaar"] == geld(Decimal(90 * 12))


# --- s19 (English): gifts: exactly the limit, a total said beside a monthly gift, 'whats our bijstand' ----------------

@pytest.mark.parametrize("variant, begin", [("en", "Yes, you may keep it."), ("nl-u", "Ja, dat mag u houden.")])
def test_a_gift_of_exactly_the_limit_says_so_not_nothing_more_this_year(variant, begin):
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", variant).form_eerste(
        "giften_form", "my grandmother gives me 100 euro each month, is that allowed" if variant == "en"
        else "mijn oma geeft me elke maand 100 euro, mag dat")
    assert naam == "utter_giften_eerst_op_grens"
    assert tekst.startswith(begin) and "0 this year" not in tekst and "nog € 0" not in tekst


def test_a_total_so_far_beside_a_monthly_gift_is_no_second_gift():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "en").form_eerste(
        "giften_form", "my uncle sends 200 euro every month since february, in total already 2200 now. is it too much")
    assert naam == "utter_giften_eerst_boven"
    assert "more than one gift" not in tekst and "€200 per month" in tekst


# --- s5: parse: what is no money, what is said twice ------------------------------------------------------------------

def test_an_amount_said_again_per_year_is_not_a_second_gift():
    gevonden = parse.bedragen("mn moeder geeft me elke maand 100 euro, dat is 1200 per jaar, mag ik dat houden")
    assert [(b.bedrag.euro, b.bedrag.periode) for b in gevonden] == [(Decimal("100.00"), "maand")]
    assert len(parse.bedragen("de kerk geeft mij 50 per maand en met kerst krijg ik 300 van mn oom")) == 2


# --- s8: gifts: the room left, a gift not to be paid back, a loan from family, the AIO --------------------------------

def test_how_much_more_may_come_names_the_room_left_under_the_year_limit():
    _, said, _ = OP_6.start("giften_form", "ik kreeg dit jaar al 700 euro van mijn ooms, hoeveel mag ik nog krijgen")
    assert said[0]["response"] == "utter_giften_eerst_binnen_ruimte"
    assert euro(grens_6() - 700) in tekst_6(said[0])


def test_the_topic_answer_names_the_room_left_too():
    bericht = OP_6.bericht("giften", "mijn zus gaf me 450 euro, hoeveel mag er dit jaar nog bij")
    assert bericht["response"] == "utter_giften_binnen_grens_ruimte"
    assert euro(grens_6() - 450) in tekst_6(bericht)


def test_a_gift_that_need_not_be_paid_back_is_a_gift_not_a_claim_of_the_gemeente():
    _, said, _ = OP_6.start("giften_form", "mijn oma heeft me 1800 euro gegeven, ik hoef het niet terug te betalen. "
                                           "wat betekent dat voor mijn uitkering")
    assert said[0]["response"] == "utter_giften_eerst_boven"
    assert euro(Decimal(1800) - grens_6()) in tekst_6(said[0])


def test_money_from_family_to_be_paid_back_to_them_is_a_loan():
    _, said, _ = OP_6.start("giften_form", "mijn tante geeft me 900 euro maar ik moet het volgend jaar terugbetalen, "
                                           "telt dat als gift")
    assert said[0]["response"] == "utter_lening"


def test_paying_back_to_the_gemeente_stays_the_terugvordering():
    _, said, _ = OP_6.start("giften_form", "ik heb een brief dat ik 2000 euro moet terugbetalen")
    assert said[0]["response"] == "utter_terugvordering"


def test_a_gift_to_someone_with_the_aio_goes_to_the_svb_and_an_age_is_no_gift():
    bericht = OP_6.bericht("giften", "ik vraag het voor mijn vader van 75 hij heeft aio en mijn kinderen geven hem wel eens "
                                     "wat geld mag dat")
    assert bericht["response"] == "utter_giften_aio"
    assert "SVB" in tekst_6(bericht) and euro(grens_6()) in tekst_6(bericht)


# --- s9: gifts: a monthly gift from a start this year, the part of the last gift that fits, the limit asked -----------

def test_a_monthly_gift_since_a_month_this_year_counts_from_that_month():
    _, said, _ = OP_6.start("giften_form", "mijn zus geeft me sinds 1 mei elke maand 140 euro, mag dat")
    maanden = 12 - 5 + 1
    assert said[0]["gift_per_jaar"] == geld(140 * maanden)
    assert f"({maanden} maanden)" in said[0]["gift_bedrag_tekst"]


def test_the_topic_answer_counts_a_monthly_gift_from_its_start_too():
    said = antwoord("giften", "sinds augustus krijg ik elke maand 200 euro van mijn oom", PEILDATUM_6)
    assert said[0]["gift_per_jaar"] == geld(200 * 5)


def test_more_gifts_over_the_limit_say_how_much_of_the_last_one_still_fits():
    _, said, _ = OP_6.start("giften_form", "in maart kreeg ik 500 van mijn oom en in mei 300 van mijn opa. "
                                           "nu wil mijn tante 600 geven, kan dat")
    assert said[0]["response"] == "utter_giften_eerst_meer_boven_deel"
    grens = Decimal(str(parameter_6("giften.vrijlating_per_jaar")))
    assert said[0]["gift_ruimte"] == geld(grens - 800)


@pytest.mark.parametrize("intent", ["giften", "terugvordering"])
def test_what_happens_above_the_limit_is_not_all_paid_back(intent):
    grens = int(parameter_6("giften.vrijlating_per_jaar"))
    said = antwoord(intent, f"wat als ik dit jaar meer dan {grens} euro krijg, moet ik dan alles terugbetalen",
                    PEILDATUM_6)
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"
    assert tekst_op(said[0], DAG_6).startswith("Nee, niet vanzelf")


@pytest.mark.parametrize("intent", ["giften", "inlichtingenplicht"])
def test_whether_to_report_a_gift_without_an_amount(intent):
    said = antwoord(intent, "moet ik doorgeven dat mijn oma mij soms geld geeft", PEILDATUM_6)
    assert said[0]["response"] == "utter_giften_melden"


def test_money_lent_that_need_not_be_paid_back_is_a_gift_even_read_as_a_terugvordering():
    said = antwoord("terugvordering", "mijn tante leent me 400 maar ik hoef het nie terug te geven", PEILDATUM_6)
    assert said[0]["response"] == "utter_giften_binnen_grens"


# --- s9: the norm: a young couple who live together, a child's own bijstand -------------------------------------------

def test_money_from_the_ex_said_not_to_be_alimentatie_is_held_against_the_gift_limit():
    said = antwoord("alimentatie", "mijn ex betaalt elke maand 80 euro voor de boodschappen, we hebben geen alimentatie "
                                   "afgesproken. telt dat", PEILDATUM_6)
    assert said[0]["response"] == "utter_giften_binnen_grens"
    assert antwoord("alimentatie", "mijn ex betaalt 200 euro alimentatie per maand", PEILDATUM_6)[0]["response"] \
        == "utter_alimentatie_bedrag"


def test_the_limit_asked_with_paying_back_read_as_gifts_is_not_the_terugvordering_answer():
    grens = int(parameter_6("giften.vrijlating_per_jaar"))
    said = antwoord("giften", f"als ik meer dan {grens} krijg, moet ik dan alles terugbetalen", PEILDATUM_6)
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"


# --- s10: gifts: the limit asked in the gift form is no gift of that amount -------------------------------------------

@pytest.mark.parametrize("vraag", ["wat gebeurt er eigenlijk als iemand per jaar meer dan {grens} euro aan giften "
                                   "binnenkrijgt",
                                   "en als ik over de {grens} euro ga, moet ik dan alles terugbetalen"])
def test_what_happens_above_the_limit_asked_in_the_gift_form_is_the_limit_not_a_gift(vraag):
    grens = int(parameter_6("giften.vrijlating_per_jaar"))
    slots, said, _ = OP_6.start("giften_form", vraag.format(grens=grens))
    assert said[0]["response"] == "utter_giften_boven_grens_wat_nu"
    assert slots.get("rekenhulp_klaar") is True and not slots.get("gift_bedrag")


# --- s10: alimentatie in the gift form, and the whole wage of the young in the earnings form --------------------------

@pytest.mark.parametrize("text", ["mijn ex stort elke maand 180 euro kinderalimentatie voor mijn dochter van 6, "
                                  "mag ik dat houden",
                                  "ik krijg 400 euro partneralimentatie, is dat een gift"])
def test_alimentatie_read_as_a_gift_gets_the_alimentatie_answer_not_the_gift_limit(text):
    slots, said, _ = OP_6.start("giften_form", text)
    assert said[0]["response"].startswith("utter_alimentatie") and slots.get("rekenhulp_klaar") is True


def test_money_from_the_ex_said_to_be_no_alimentatie_stays_a_gift_in_the_gift_form():
    _, said, _ = OP_6.start("giften_form", "mijn ex geeft me 100 euro per maand, er is geen alimentatie afgesproken")
    assert said[0]["response"].startswith("utter_giften")


def test_whom_the_gift_limit_is_for_read_as_earnings_gets_the_households_limit():
    grens = int(parameter_6("giften.vrijlating_per_jaar"))
    slots, said, _ = OP_6.start("bijverdienen_form", f"is die {grens} euro per persoon of voor het hele gezin")
    assert said[0]["response"] == "utter_giften_per_huishouden" and slots.get("rekenhulp_klaar") is True


# --- s11: gifts: paying back to the gemeente, dated gifts, whether to report a present --------------------------------

GRENS = Decimal(str(parameter_6("giften.vrijlating_per_jaar")))


def test_a_large_gift_and_paying_back_to_the_gemeente_is_the_part_above_the_limit():
    gift = int(GRENS) + 300
    gevonden = feit_antwoord_6("giften", f"mijn tante gaf me {gift} euro voor mijn verjaardag, moet ik dat terugbetalen aan de gemeente?")
    assert gevonden.response == "utter_giften_terugbetalen_boven"
    assert gevonden.waarden["gift_boven_grens"] == geld(gift - GRENS)


def test_a_gift_under_the_limit_read_as_a_terugvordering_is_nothing_to_pay_back():
    gevonden = feit_antwoord_6("terugvordering", f"oma heeft me {int(GRENS) - 300} euro gegeven, moet ik nu bijstand terugbetalen?")
    assert gevonden.response == "utter_giften_terugbetalen_binnen"


def test_a_large_gift_and_paying_back_in_the_gift_form_is_counted_not_a_terugvordering():
    slots, said, _ = OP_6.start("giften_form", f"pa heeft mij {int(GRENS) + 500} euro gegeven in een keer, moet ik nu "
                                               "terugbetalen aan de sociale dienst?")
    assert said[0]["response"] == "utter_giften_terugbetalen_boven"
    assert slots["gift_bedrag"]["euro"] == int(GRENS) + 500


def test_money_paid_back_to_the_giver_stays_a_loan():
    _, said, _ = OP_6.start("giften_form", "mijn broer gaf me 1500 maar ik moet het aan hem terugbetalen")
    assert said[0]["response"] == "utter_lening"


def test_gifts_each_with_its_own_month_in_one_part_are_all_counted():
    delen = [b.bedrag.euro for b in parse.bedragen("ik kreeg 300 in januari, 250 in mei 400 in augustus")]
    assert delen == [300, 250, 400]
    _, said, _ = OP_6.start("giften_form", "ik kreeg 300 in januari, 250 in mei 400 in augustus, hoeveel ruimte heb ik nog")
    assert said[0]["response"] == "utter_giften_eerst_meer_binnen"
    assert said[0]["gift_ruimte"] == geld(GRENS - 950)


def test_month_before_amount_gifts_are_split_with_their_own_month():
    delen = parse.bedragen("kreeg in maart 100 in mei 250")
    assert [b.bedrag.euro for b in delen] == [100, 250] and "mei" in delen[1].zin


def test_whether_to_report_presents_without_an_amount_is_the_year_limit():
    assert feit_antwoord_6("inlichtingenplicht", "moet ik cadeaus van mijn familie melden").response == "utter_giften_melden"


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

@pytest.mark.parametrize("english, keer", [
    ("my aunt sends 300 euro every 3 months", "4 keer per jaar"),
    ("my dad gives me 100 euro every two weeks", "26 keer per jaar"),
    ("my sister gives me 250 euro quarterly", "4 keer per jaar"),
    ("my cousin gives me 500 euro every six months", "2 keer per jaar"),
])
def test_a_gift_every_few_months_or_weeks_is_counted_that_many_times_a_year(english, keer):
    assert keer in naar_nederlands(english)


def test_a_period_that_does_not_fit_a_year_is_left_alone():
    assert "keer per jaar" not in naar_nederlands("my uncle gives me 20 euro every 5 weeks")


@pytest.mark.parametrize("english", ["how much more can I get this year", "how much can I still receive",
                                     "how much is still left for this year"])
def test_the_room_left_is_asked_as_the_dutch_readers_read_it(english):
    """'I got 750 this year, how much more can I get': the room left under the year limit is the question."""
    assert "hoeveel mag ik nog krijgen" in naar_nederlands(english)


def test_a_gift_with_the_room_left_asked_gets_the_dutch_outcome():
    english = EN_6.begin_namen("giften_form", "my family gave me 600 euro this year, how much more can I get")
    dutch = EN_6.begin_namen("giften_form", "mijn familie gaf me 600 euro dit jaar, hoeveel mag ik nog krijgen")
    assert english and english == dutch[:len(english)]


# --- s15 (English): the values of a fact answer beside a form or with doubt are English -------------------------------

def tracker(text: str, taal: str, ranking: list[tuple[str, float]]) -> Tracker:
    top = {"name": ranking[0][0], "confidence": ranking[0][1]}
    message = {"text": text, "intent": top, "metadata": {"peildatum": "2026-12-07"},
               "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}
    return Tracker("test", {"variant": taal}, message, [], False, None, {}, "action_listen")


def test_a_gift_asked_while_a_form_waits_is_told_in_english():
    t = tracker("my mother gives me 300 euro once, is that allowed?", "en", [("giften", 0.9)])
    dispatcher = CollectingDispatcher()
    ValidateNorm().zijvraag("leeftijd", "giften", "mijn moeder geeft me eenmalig 300 euro, mag dat?", dispatcher, t,
                            DOMAIN, {})
    assert dispatcher.messages[0]["response"] == "utter_giften_binnen_grens"
    assert dispatcher.messages[0]["gift_bedrag_tekst"] == "The gift"


def test_the_same_in_dutch_keeps_de_gift():
    t = tracker("mijn moeder geeft me eenmalig 300 euro, mag dat?", "nl-u", [("giften", 0.9)])
    dispatcher = CollectingDispatcher()
    ValidateNorm().zijvraag("leeftijd", "giften", "mijn moeder geeft me eenmalig 300 euro, mag dat?", dispatcher, t,
                            DOMAIN, {})
    assert dispatcher.messages[0]["gift_bedrag_tekst"] == "De gift"


def test_a_gift_answered_with_doubt_is_told_in_english():
    t = tracker("mijn moeder geeft me eenmalig 300 euro, mag dat?", "en",
                [("informeren", 0.4), ("giften", 0.35), ("lening", 0.1)])
    dispatcher = CollectingDispatcher()
    answered = ActionGeenVraag().beantwoord_met_feiten(dispatcher, t, DOMAIN,
                                                           "mijn moeder geeft me eenmalig 300 euro, mag dat?")
    assert answered
    gift = [m for m in dispatcher.messages if m.get("gift_bedrag_tekst")]
    assert gift and gift[0]["gift_bedrag_tekst"] == "The gift"


# --- s7: gifts: a number of times, the limit per household ------------------------------------------------------------

def test_three_times_50_euro_is_150():
    _, said, _ = OP_6.start("giften_form", "vriend gaf mij deze maand 3 keer 50 euro, eerder dit jaar niks. zit ik over de grens?")
    assert euro(Decimal(150)) in tekst_6(said[0])


def test_twice_a_year_700_is_1400_a_year():
    slots, said, _ = OP_6.start("giften_form", "mijn vader geeft me 2x per jaar 700 euro")
    assert slots["gift_bedrag"]["euro"] == 1400.0
    assert euro(Decimal(1400)) in tekst_6(said[0])


def test_whether_the_year_limit_is_per_person_is_answered_not_computed():
    bericht = OP_6.bericht("giften", "geldt die 1200 euro per persoon of voor het hele gezin")
    assert bericht["response"] == "utter_giften_per_huishouden"
    assert "huishouden" in tekst_6(bericht)


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_the_gift_form_answers_whether_the_limit_is_per_person_instead_of_counting_it_as_a_gift():
    _, said, _ = OP_6.start("giften_form", "geldt die 1200 euro per persoon of voor het hele gezin")
    assert said[0]["response"] == "utter_giften_per_huishouden"


def test_bijstand_not_paid_with_rent_to_pay_is_no_gift_in_the_gift_form():
    _, said, _ = OP_6.start("giften_form", "mn bijstand is deze maand niet gestort en ik moet 1 januari 650 euro huur betalen")
    assert said[0]["response"] == "utter_uitkering_niet_betaald"


def test_a_gift_asked_as_what_to_report_is_held_against_the_year_limit():
    bericht = OP_6.bericht("inlichtingenplicht", "mijn buurman geeft me af en toe 20 euro, moet ik dat doorgeven")
    assert bericht["response"] == "utter_giften_binnen_grens"
    assert OP_6.bericht("inlichtingenplicht", "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen")["response"] != \
        "utter_giften_binnen_grens"


# --- s20: "een abonnement van 30 per maand" is money, not an age ------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, bedrag", [
    ("neef betaalt mijn telefoon abo van 30 per maand en gaf me 400 voor de kapotte fiets. telt dat als gift", "30.00"),
    ("mijn zus betaalt mijn sportschool van 25 p/m, moet ik dat melden", "25.00"),
    ("oma betaalt het internet van 45 per maand voor mij", "45.00"),
    ("de huur is 50 per week die mijn broer voor me betaalt", "50.00"),
])
def test_an_amount_after_van_or_is_with_a_period_is_money(text, bedrag):
    assert str(parse.bedragen(text)[0].bedrag.euro) == bedrag


def test_van_with_an_age_stays_an_age():
    assert [b.bedrag.euro for b in parse.bedragen("mijn zoon van 15 krijgt 50 per maand van opa")] == [50]


def _eerste_form(form: str, text: str, variant: str = "nl-u") -> tuple[str, str]:
    """The name and text of a calculator form's first message in Voorbeelddorp."""
    _, said, _ = start(form, text)
    return said[0]["response"], tekst_op(said[0], DAG, variant)


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, samen, ruimte", [
    ("neef betaalt mijn telefoon abo van 30 per maand en gaf me 400 voor de kapotte fiets. telt dat als gift", 760, 440),
    ("mn tante betaalt mijn abonnement van 20 per maand en kocht een jas van 150 voor me, is dat goed", 390, 810),
    ("Mijn vader betaalt de verzekering van 40 per maand. Ook kreeg ik 300 euro voor mijn verjaardag. Mag dat?", 780, 420),
])
def test_a_monthly_subscription_and_a_one_off_gift_are_counted_together(text, samen, ruimte):
    naam, tekst = _eerste_form("giften_form", text)
    assert naam == "utter_giften_eerst_meer_binnen"
    assert geld(samen) in tekst and geld(ruimte) in tekst


# --- s20: the start of a monthly gift said before its amount ("sinds juli betaalt ..., 90 per maand") -----------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text, samen, ruimte", [
    ("sinds juli betaalt mijn zus mijn energierekening, 90 euro per maand, en ik kreeg 400 voor mijn verjaardag. "
     "zit ik nog goed voor dit jaar", 940, 260),
    ("vanaf augustus doet mijn broer mijn boodschappen, zo 60 euro per maand. ook kreeg ik 250 van oma", 550, 650),
    ("Sinds oktober betaalt mijn moeder mijn telefoon; 30 euro per maand en mijn oom gaf 500. Moet ik iets melden?",
     590, 610),
])
def test_a_monthly_gift_counts_from_the_month_said_before_its_amount(text, samen, ruimte):
    naam, tekst = _eerste_form("giften_form", text)
    assert naam == "utter_giften_eerst_meer_binnen"
    assert geld(samen) in tekst and geld(ruimte) in tekst and "maanden)" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_start_of_the_bijstand_is_no_start_of_the_gift():
    gift = giften_uit_bericht("ik zit sinds maart in de bijstand, mijn moeder geeft 100 per maand en oom gaf 300", DAG)
    assert gift[0]["gift_datum"] is None
    naam, tekst = _eerste_form("giften_form", "ik zit sinds maart in de bijstand, mijn moeder geeft 100 per maand en "
                                              "oom gaf 300")
    assert geld(1500) in tekst


# --- s20: what is left of a debt is no gift ("er is nog maar 900 over") -----------------------------------------------

@pytest.mark.parametrize("text", [
    "ik had een schuld bij mijn oom, er is nog maar 900 over. mijn moeder gaf me 300 euro, mag dat?",
    "van de lening bij mijn broer is nog 900 euro over en mijn moeder gaf me 300",
    "er blijft 900 over van mijn schuld, en oma gaf me 300 voor kerst",
])
def test_what_is_left_is_no_gift(text):
    assert [(b.bedrag.euro, b.soort) for b in parse.bedragen(text)] == [(900, "rest"), (300, "gift")]
    assert [g["gift_bedrag"]["euro"] for g in giften_uit_bericht(text, DAG)] == [300]


@pytest.mark.parametrize("text", [
    "na het beslag houd ik maar 900 euro over, klopt dat wel?",
    "de deurwaarder laat me maar 600 euro over van mijn bijstand",
])
def test_what_is_left_after_beslag_is_no_gift(text):
    assert giften_uit_bericht(text, DAG) == []


def test_savings_left_on_the_bank_stay_savings():
    assert parse.bedragen("ik heb nog 900 over op mijn rekening")[0].soort == "spaargeld"


# --- s20 (English): the sum so far of a monthly gift says how often it came -------------------------------------------

def cijfers_en_s20(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators: its amounts alike in the English and Dutch notation (the
    test helpers fill the facts in Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


@pytest.mark.parametrize("text, keer, boven", [
    ("my aunt give me 150 euro every month since january, total is now 1650 for this year. problem??", 11, "€450"),
    ("mum gives me 120 a month since january, so far that is 1320 in total. is that ok?", 11, "€120"),
    ("my uncle sends 200 euro every month since february, in total already 2200 now. is it too much", 11, "€1,000"),
])
def test_the_total_so_far_counts_the_months_of_a_monthly_gift(text, keer, boven):
    naam, tekst = EN_DORP.form_eerste("giften_form", text)
    assert naam == "utter_giften_eerst_boven"
    assert f"({keer} months)" in tekst and cijfers_en_s20(boven) + "overthelimit" in cijfers_en_s20(tekst)


def test_the_total_so_far_in_dutch():
    naam, tekst = OpPeildatum("2026-12-07", "voorbeelddorp", "nl-u").form_eerste(
        "giften_form", "mijn tante geeft me sinds januari elke maand 150 euro, totaal is nu 1650. probleem?")
    assert "(11 maanden)" in tekst and "€ 450" in tekst


def test_a_total_that_is_no_multiple_of_the_gift_is_left_alone():
    naam, tekst = EN_DORP.form_eerste("giften_form", "my aunt gives 150 every month since january, total is now 1700")
    assert "months)" not in tekst


# --- s21: the food bank's part after "+", "&" or "plus" says nothing about the gift -----------------------------------

# afstemmen_s21 'moeder geeft 300 euro + ik haal wekelijks bij de voedselbank, telt dat allebei mee?' got
# 'EUR 300 per week telt als EUR 15.600 per jaar' and no word on the food bank.

@pytest.mark.parametrize("text, per_jaar", [
    ("moeder geeft 300 euro + ik haal wekelijks bij de voedselbank, telt dat allebei mee?", "€ 300 per jaar"),
    ("ik krijg 50 euro per maand van mijn oom & haal elke week een pakket bij de voedselbank, mag dat allebei",
     "€ 600 per jaar"),
    ("mijn zus gaf me 200 euro plus ik krijg iedere week een voedselpakket, moet ik dat melden", "€ 200 per jaar"),
])
def test_s21_voedselbank_na_plus(text, per_jaar):
    berichten = JE_8.begin("giften_form", text).berichten
    namen = [m.get("response") for m in berichten]
    assert namen[0].startswith("utter_giften_eerst_binnen"), namen
    assert "utter_giften_voedselbank_telt_niet" in namen
    from tests.actions.eerste_antwoord import tekst_op
    assert per_jaar in tekst_op(berichten[0], DAG_8, "nl-je")


# --- s21: "drie keer ..., telkens 650 euro" is three gifts of 650 -----------------------------------------------------

# afstemmen_s21b 'Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 euro. Moet ik dat opgeven bij de
# gemeente?' got 'De gift telt als EUR 650 per jaar ... onder de grens'.

@pytest.mark.parametrize("text, bedrag", [
    ("Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 euro", "1950"),
    ("mijn broer heeft 4 keer mijn boodschappen betaald, elke keer 100 euro", "400"),
    ("oma gaf me dit jaar 2x geld, iedere keer 300 euro", "600"),
    ("ik kreeg 3 keer 50 euro van mijn tante", "150"),
])
def test_s21_telkens_bedrag(text, bedrag):
    assert parse.bedrag(text).euro == Decimal(bedrag)


def test_s21_telkens_boven_grens():
    naam, tekst = JE_8.form_eerste("giften_form", "Mijn ouders hebben dit jaar drie keer mijn huur betaald, telkens 650 "
                                                  "euro. Moet ik dat opgeven bij de gemeente?")
    assert naam == "utter_giften_eerst_boven" and "€ 1.950" in tekst and "€ 750" in tekst and "melden" in tekst, tekst


# --- s21 (English): a gift and 'or do i have to pay back' is the gift against the limit, not a terugvordering ---------

def cijfers_s21(tekst: str) -> str:
    """A text without euro signs, spaces and digit separators (amounts alike in English and Dutch notation)."""
    return re.sub(r"[€\s.,]", "", tekst)


@pytest.mark.parametrize("text, naam, bedrag", [
    ("my mother give me 100 euro every month since january, is that ok with bijstand or i have to pay back",
     "utter_giften_terugbetalen_binnen", "1200"),
    ("dad gave me 100 every month whole 2026, so 1200. do i need to pay back something?",
     "utter_giften_terugbetalen_binnen", "1200"),
    ("my brother gave me 2000 euro in june. must i pay it back?", "utter_giften_terugbetalen_boven", "800"),
    ("grandma gives me 150 each month since january. do I have to pay some back to the gemeente?",
     "utter_giften_terugbetalen_boven", "600"),
    ("My aunt gave me 500 for a new bed, should i pay back anything??", "utter_giften_terugbetalen_binnen", "1200"),
])
def test_a_gift_and_must_i_pay_back_is_answered_against_the_limit(text, naam, bedrag):
    gekregen, tekst = EN_8.form_eerste("giften_form", text)
    assert gekregen == naam and bedrag in cijfers_s21(tekst)


@pytest.mark.parametrize("text", [
    "my brother lent me 500, do i have to pay it back to him?",
    "i got a letter that i must pay back 1500 euro bijstand, is that right?",
])
def test_a_loan_or_a_claim_is_no_gift_paid_back(text):
    assert not any(n and n.startswith("utter_giften_terugbetalen") for n in EN_8.begin_namen("giften_form", text))
    assert engels.naar_nederlands(text).count("moet ik terugbetalen") == 0 or "bijstand" in text


def test_of_moet_ik_terugbetalen_at_the_end_in_dutch():
    gekregen, tekst = JE_8.form_eerste("giften_form", "mijn moeder geeft me 100 euro per maand sinds januari, mag dat met "
                                                      "bijstand of moet ik het terugbetalen")
    assert gekregen == "utter_giften_terugbetalen_binnen"


# --- s21 (English): 'whole 2026' is no amount, 'so 1200' and '990 altogether now' are the sum of the gift said again --

@pytest.mark.parametrize("text, naam, jaar", [
    ("my aunt gives me 90 a month since february, 990 altogether now. can i keep it", "utter_giften_eerst_binnen", "990"),
    ("mum sends 100 every month since february, so 1100. ok?", "utter_giften_eerst_binnen", "1100"),
    ("my uncle gives 50 euro per month the whole of 2026, 600 in total now, can i keep this", "utter_giften_eerst_binnen",
     "600"),
    ("dad gave me 100 every month during 2026, so that is 1200. fine?", "utter_giften_eerst_op_grens", "1200"),
])
def test_the_sum_of_a_monthly_gift_said_again_is_no_second_gift(text, naam, jaar):
    gekregen, tekst = EN_8.form_eerste("giften_form", text)
    assert gekregen == naam, tekst
    assert f"countsas{jaar}ayear" in cijfers_s21(tekst)


def test_the_sum_said_after_the_gift_in_dutch():
    gevonden = parse.bedragen("mijn tante geeft me 90 per maand sinds februari, 990 in totaal nu. mag ik het houden")
    assert [b.bedrag.euro for b in gevonden] == [90]
    assert [b.bedrag.euro for b in parse.bedragen("vader gaf me 100 per maand heel 2026, dus 1200")] == [100]


# --- s21 (English): 'is that ok or do i have to pay back' under the limit says it may be kept, as the other 'binnen' texts

@pytest.mark.parametrize("op, text, zin", [
    (EN_8, "my mother give me 100 euro every month since january, is that ok with bijstand or i have to pay back",
     "so you may keep it"),
    (EN_8, "My aunt gave me 500 for a new bed, should i pay back anything??", "so you may keep it"),
    (JE_8, "mijn moeder geeft me 100 euro per maand sinds januari, mag dat met bijstand of moet ik het terugbetalen",
     "dus dat mag je houden"),
    (OpPeildatum("2026-12-08", "voorbeelddorp", "nl-u"), "opa gaf me 400 euro, moet ik nu terugbetalen aan de gemeente?",
     "dus dat mag u houden"),
])
def test_a_gift_under_the_limit_paid_back_may_be_kept(op, text, zin):
    naam, tekst = op.form_eerste("giften_form", text)
    assert naam == "utter_giften_terugbetalen_binnen" and zin in tekst
