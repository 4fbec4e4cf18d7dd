"""Answer first with the person's facts, session 7 (issue #20): the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s7.yml, each as a rule of actions/feiten_uit_bericht/ (one module per topic),
actions/parse.py or a calculator form, through ActionAntwoord or the form's first turn. Every amount the
tests expect is computed by knowledge/, never typed here."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import feiten_uit_bericht
from actions.antwoorden import ActionNietBegrepen, ActionWatKunJe
from knowledge.geld import euro
from wegwijs.openingstijden import einde_wettelijke_termijn
from knowledge.teksten import datum
from tests.actions.eerste_antwoord import DOMAIN, antwoord, tekst_op
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)


def tekst(bericht: dict, variant: str = "nl-u") -> str:
    return tekst_op(bericht, DAG, variant)


def eerste(intent: str, text: str) -> dict:
    return antwoord(intent, text, PEILDATUM)[0]


def norm(**invoer) -> str:
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], **invoer})
    return euro(Decimal(str(uit["norm"])))


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)


# --- the norm: couples, the AIO, housemates who do not count ---------------------------------------------

@pytest.mark.parametrize("text, invoer", [
    # a partner with an age, without "getrouwd" or "mijn vrouw en ik": still a couple
    ("ik ben 25 en mijn vrouw is 20, geen kinderen, geen inkomen. wat is onze bijstand",
     {"leeftijd": 25, "leefsituatie": "gehuwden", "partner_leeftijd": 20}),
    # a baby is a child under a year old
    ("mijn man en ik zijn allebei 19 en we hebben een baby. hoeveel bijstand krijgen wij",
     {"leeftijd": 19, "leefsituatie": "gehuwden", "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 0, "relatie": "kind"}]}),
    ("ik ben 25 en mijn vrouw is 19, we hebben een kindje van 1. hoeveel krijgen we",
     {"leeftijd": 25, "leefsituatie": "gehuwden", "partner_leeftijd": 19, "medebewoners": [{"leeftijd": 1, "relatie": "kind"}]}),
])
def test_a_couple_with_ages_gets_its_norm_first_in_the_norm_form(text, invoer):
    _, said, _ = start("norm_form", text)
    assert norm(**invoer) in tekst(said[0])


@pytest.mark.parametrize("text, invoer, personen", [
    ("ik ben 40 en woon samen in een huis met 2 vrienden van 30 en 33, we zijn geen stel. hoeveel krijg ik",
     {"leeftijd": 40, "leefsituatie": "alleenstaande", "medebewoners": [{"leeftijd": 30, "relatie": "anders"},
                                                                      {"leeftijd": 33, "relatie": "anders"}]}, 3),
    ("ik woon met 3 huisgenoten die alle drie boven de 30 zijn. ik ben 35. hoeveel bijstand",
     {"leeftijd": 35, "leefsituatie": "alleenstaande", "medebewoners": [{"leeftijd": 31, "relatie": "anders"}] * 3}, 4),
])
def test_housemates_are_read_with_their_ages_and_not_as_a_partner(text, invoer, personen):
    _, said, _ = start("norm_form", text)
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert said[0]["kostendelers_personen"] == str(personen) and norm(**invoer) in tekst(said[0])


def test_a_son_who_studies_with_studiefinanciering_does_not_count():
    _, said, _ = start("norm_form", "ik ben 57 en mijn zoon van 30 woont bij mij, hij studeert met studiefinanciering. "
                                    "hoeveel krijg ik")
    assert said[0]["response"] == "utter_bijstandsnorm_student"
    assert norm(leeftijd=57, leefsituatie="alleenstaande") in tekst(said[0])


def test_past_the_aow_age_with_a_son_of_40_the_aio_with_the_kostendelersnorm():
    _, said, _ = start("norm_form", "ik ben 67 en woon samen met mijn zoon van 40, hoeveel is mijn norm")
    assert said[0]["response"] == "utter_aow_aio_norm_kostendeler"
    assert norm(leeftijd=67, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 40, "relatie": "kind"}]) \
        in tekst(said[0])


@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "ik ben 70 en mijn vrouw 69, geen pensioen en weinig aow. hoeveel is de norm voor ons"),
    ("bijstandsnorm", "hoeveel krijgt een alleenstaande boven de aow leeftijd"),
])
def test_the_aio_levels_are_said_for_a_question_past_the_aow_age(intent, text):
    bericht = eerste(intent, text)
    assert bericht["response"] == "utter_aow_aio_norm"
    assert euro(Decimal(str(parameter("normen.alleenstaande_aow")))) in tekst(bericht)
    assert euro(Decimal(str(parameter("normen.gehuwden_aow")))) in tekst(bericht)


def test_a_partner_without_a_right_to_bijstand_gives_the_own_part_of_the_couples_norm():
    bericht = eerste("bijstandsnorm", "mijn partner heeft geen recht op bijstand, hoeveel krijg ik dan")
    assert bericht["response"] == "utter_samenwonen_partner_geen_recht"
    volwassen = parameter("leeftijd.volwassenennorm")
    assert norm(leeftijd=volwassen, leefsituatie="gehuwden", partner_heeft_recht=False) in tekst(bericht)


def test_a_brother_who_rents_a_room_with_a_contract_still_counts_even_without_his_age():
    _, said, _ = start("norm_form", "ik ben 45 en alleen. mijn broer huurt een kamer bij mij voor een normale prijs "
                                    "met contract. telt hij mee?")
    assert said[0]["response"] == "utter_kostendelersnorm_familie_huurt_leeftijd_onbekend"
    assert "telt toch mee" in tekst(said[0])


# --- earning: the bijstand left, hours with their own week, volunteering, a premie ---------------------

def test_earning_400_alone_at_30_says_the_bijstand_left_from_knowledge():
    _, said, _ = start("bijverdienen_form", "ik ben 30 en alleenstaand. als ik 400 euro netto verdien, hoeveel bijstand "
                                            "krijg ik dan nog van de gemeente?")
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "leeftijd": 30, "leefsituatie": "alleenstaande",
                                                     "start_werk": "onbekend", "netto_inkomsten": {"bedrag": 400}})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"  # art. 31 lid 2 n: its months
    assert tekst(said[0]).startswith(f"Dan krijgt u waarschijnlijk nog {euro(Decimal(str(uit['aanvullende_bijstand'])))}")


def test_hours_per_week_do_not_hide_the_wage_per_month_and_an_age_without_ik_is_read():
    slots, said, _ = start("bijverdienen_form", "ik ben 36 jaar alleenstaand en werk 4 uurtjes per week, 250 netto per "
                                                "maand, hoeveel houd ik")
    assert slots["inkomsten"] == {"euro": 250.0, "periode": "maand"}
    slots, _, _ = start("bijverdienen_form", "ben 32 jaar alleenstaand, mijn nieuwe baantje geeft 600 netto per maand. "
                                             "wat mag ik daarvan houden?")
    assert slots["leeftijd"] == 32


def test_a_volunteer_allowance_read_as_earning_gets_the_volunteer_answer():
    _, said, _ = start("bijverdienen_form", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die "
                                            "houden naast mijn bijstand")
    assert said[0]["response"] == "utter_vrijwilligerswerk_jong_vergoeding"
    assert eerste("bijverdienen", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die houden")[
        "response"] == "utter_vrijwilligerswerk_jong_vergoeding"


def test_a_premie_for_work_names_its_maximum_from_knowledge():
    bericht = eerste("bijverdienen", "krijg je een premie als je gaat werken vanuit de bijstand")
    assert bericht["response"] == "utter_bijverdienen_premie"
    assert euro(Decimal(str(parameter("premie.maximum_per_jaar")))) in tekst(bericht)


def test_unpaid_work_of_the_gemeente_is_the_tegenprestatie():
    assert "tegenprestatie" in tekst(eerste("participatieplicht", "moet ik ook onbetaald werk doen van de gemeente"))


# --- gifts: a number of times, the limit per household ----------------------------------------------------

def test_three_times_50_euro_is_150():
    _, said, _ = start("giften_form", "vriend gaf mij deze maand 3 keer 50 euro, eerder dit jaar niks. zit ik over de grens?")
    assert euro(Decimal(150)) in tekst(said[0])


def test_twice_a_year_700_is_1400_a_year():
    slots, said, _ = start("giften_form", "mijn vader geeft me 2x per jaar 700 euro")
    assert slots["gift_bedrag"]["euro"] == 1400.0
    assert euro(Decimal(1400)) in tekst(said[0])


def test_whether_the_year_limit_is_per_person_is_answered_not_computed():
    bericht = eerste("giften", "geldt die 1200 euro per persoon of voor het hele gezin")
    assert bericht["response"] == "utter_giften_per_huishouden"
    assert "huishouden" in tekst(bericht)


# --- abroad: several planned trips, "langer blijven dan" ---------------------------------------------------

def test_two_planned_trips_in_one_year_add_up():
    bericht = feiten_uit_bericht.buitenland("in maart 2 weken polen, en in juli wil ik weer 3 weken naar polen. kan dat",
                                            DAG, "buitenland")
    assert bericht.response == "utter_buitenland_reizen_te_lang"
    assert bericht.waarden["dagen_gebruikt"] == str(5 * 7) and bericht.waarden["dagen_zonder_bijstand"] == "7"
    _, said, _ = start("verblijf_buitenland_form", "in maart 2 weken polen, en in juli wil ik weer 3 weken naar polen. kan dat")
    assert said and said[0]["response"] == "utter_buitenland_reizen_te_lang"


def test_longer_than_four_weeks_asked_with_a_verb_between_is_no_trip_of_four_weeks():
    bericht = eerste("buitenland", "mijn moeder is overleden in turkije, mag ik langer blijven dan 4 weken")
    assert bericht["response"] == "utter_buitenland" and "dringende" in tekst(bericht)


# --- bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown -------------

def test_a_decision_of_two_months_ago_is_past_the_term_for_bezwaar():
    bericht = eerste("bezwaar", "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen. kan ik nog "
                                "bezwaar maken")
    besluit = date(2026, 10, 6)
    assert bericht["response"] == "utter_bezwaar_te_laat"
    assert bericht["bezwaar_einde"] == datum(besluit + timedelta(weeks=int(parameter("termijn.bezwaar_weken"))))
    assert "te laat" in tekst(bericht)
    op_tijd = eerste("bezwaar", "ik kreeg vorige week een besluit, kan ik nog bezwaar maken")
    assert op_tijd["response"].startswith("utter_bezwaar_op_tijd")  # (_verschoven past a weekend, session 20)
    # (a term that ends on a Saturday, Sunday or feestdag runs on to the next working day: Algemene termijnenwet, s15)
    assert op_tijd["bezwaar_einde"] == datum(einde_wettelijke_termijn(
        DAG - timedelta(days=7) + timedelta(weeks=int(parameter("termijn.bezwaar_weken")))))
    assert eerste("bezwaar", "hoe maak ik bezwaar")["response"] == "utter_bezwaar"  # no date: the general answer


def test_what_the_gemeente_may_keep_back_is_the_beslagvrije_voet():
    bericht = eerste("terugvordering", "de gemeente haalt de terugvordering van mijn uitkering af, hoeveel mogen ze inhouden")
    assert bericht["response"] == "utter_terugvordering_verrekenen" and "beslagvrije voet" in tekst(bericht)


def test_the_voorschot_is_answered_with_its_share():
    bericht = eerste("aanvraag", "Geachte heer/mevrouw, kan ik een voorschot krijgen op mijn bijstandsuitkering? "
                                 "Hoeveel zou dat zijn?")
    assert bericht["response"] == "utter_aanvraag_voorschot"  # yes first (session 10), with the share
    assert knowledge.feiten(DAG)["voorschot_percentage"] in tekst(bericht)


def test_how_much_during_a_long_admission_names_the_norm_in_an_inrichting():
    bericht = eerste("opname", "ik ben alleenstaand en word voor minstens 5 maanden opgenomen in een verpleeghuis. "
                               "hoeveel bijstand krijg ik dan")
    assert bericht["response"] == "utter_opname_inrichting"
    assert euro(Decimal(str(parameter("normen.inrichting_alleenstaande")))) in tekst(bericht)


def _niet_begrepen(text: str) -> list[dict]:
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": "nlu_fallback",
                                                                                      "confidence": 0.25}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionNietBegrepen().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


def test_not_showing_who_lives_there_lowers_the_norm_even_when_not_understood():
    bericht = _niet_begrepen("wat gebeurt er als ik niet kan laten zien hoeveel mensen bij mij wonen")[0]
    assert bericht["response"] == "utter_kostendelersnorm_niet_aangetoond"
    assert knowledge.feiten(DAG)["kostendelers_niet_aangetoond_percentage"] in tekst(bericht)


def _wat_kun_je(text: str) -> str:
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": "wat_kun_je",
                                                                                      "confidence": 0.8}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionWatKunJe().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages[0]["response"]


@pytest.mark.parametrize("text, response", [
    ("wie kan mij gratis helpen met een bezwaar", "utter_bezwaar_gratis_hulp"),
    ("ik weet niet wat ik met die brief moet", "utter_brief_hulp"),
    ("wat kun je allemaal", "utter_wat_kun_je"),
    ("/wat_kun_je", "utter_wat_kun_je"),
])
def test_a_question_taken_for_wat_kun_je_whose_words_decide_it_gets_that_answer(text, response):
    assert _wat_kun_je(text) == response


def test_the_gift_form_answers_whether_the_limit_is_per_person_instead_of_counting_it_as_a_gift():
    _, said, _ = start("giften_form", "geldt die 1200 euro per persoon of voor het hele gezin")
    assert said[0]["response"] == "utter_giften_per_huishouden"


def test_mantelzorg_asked_as_work_gets_the_duties_with_care():
    bericht = eerste("bijverdienen", "telt mantelzorg als werk voor de bijstand")
    assert bericht["response"] == "utter_participatieplicht_mantelzorg" and "niet" in tekst(bericht)


def test_a_young_persons_volunteer_allowance_is_said_to_be_not_free():
    bericht = eerste("vrijwilligerswerk", "ik ben 23 en krijg 100 euro per maand voor vrijwilligerswerk, mag ik die houden")
    assert "niet vrij" in tekst(bericht) and "niet vrij" in tekst(bericht, "nl-je")


def test_bijstand_not_paid_with_rent_to_pay_is_no_gift_in_the_gift_form():
    _, said, _ = start("giften_form", "mn bijstand is deze maand niet gestort en ik moet 1 januari 650 euro huur betalen")
    assert said[0]["response"] == "utter_uitkering_niet_betaald"


def test_a_medische_urenbeperking_with_a_wage_names_what_is_kept_after_the_first_months():
    bericht = feiten_uit_bericht.vrijlating_medisch("ik ben 50 en medisch urenbeperkt, ik kan maar 12 uur werken en verdien "
                                                    "600 netto. hoeveel mag ik houden van mijn loon", DAG)
    start_lang_geleden = date(DAG.year - 1, 1, 1).isoformat()
    uit = knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "leeftijd": 50, "leefsituatie": "onbekend",
                                                     "start_werk": start_lang_geleden, "medische_urenbeperking": True,
                                                     "netto_inkomsten": {"bedrag": 600}})
    assert bericht.response == "utter_bijverdienen_medisch_bedrag"
    assert bericht.waarden["medisch_vrijlating"] == euro(Decimal(str(uit["vrijlating_per_maand"])))


def test_a_bonus_with_a_wage_is_still_earning_not_the_gemeentes_premie():
    bericht = eerste("bijverdienen", "ik ben 35 en verdien 600 euro, mijn werkgever geeft een premie, hoeveel mag ik houden")
    assert bericht["response"] != "utter_bijverdienen_premie"


@pytest.mark.parametrize("intent", ["jongeren", "bijstandsnorm"])
def test_years_in_the_bijstand_and_something_extra_is_the_inkomenstoeslag_whatever_topic_was_read(intent):
    text = "ik ben 45 en zit al 5 jaar in de bijstand zonder uitzicht op werk, heb ik recht op iets extra's"
    assert eerste(intent, text)["response"] == "utter_inkomenstoeslag"
    assert eerste(intent, "ik ben 19 en zit al 2 jaar in de bijstand, krijg ik iets extra")["response"] != \
        "utter_inkomenstoeslag"


def test_an_admission_with_aio_read_as_the_aio_gets_the_admission_answer():
    bericht = eerste("aow_aio", "mijn moeder van 80 met aio gaat voor altijd naar een verpleeghuis, wat gebeurt er met "
                                "haar uitkering")
    assert bericht["response"] == "utter_opname_aio"


def test_a_gift_asked_as_what_to_report_is_held_against_the_year_limit():
    bericht = eerste("inlichtingenplicht", "mijn buurman geeft me af en toe 20 euro, moet ik dat doorgeven")
    assert bericht["response"] == "utter_giften_binnen_grens"
    assert eerste("inlichtingenplicht", "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen")["response"] != \
        "utter_giften_binnen_grens"


def test_the_norm_form_says_what_happens_when_the_household_is_not_shown():
    _, said, _ = start("norm_form", "wat gebeurt er als ik niet kan laten zien hoeveel mensen bij mij wonen")
    assert said[0]["response"] == "utter_kostendelersnorm_niet_aangetoond"
