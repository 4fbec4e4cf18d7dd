"""Answer first with the person's facts, session 8, the money topics (issue #20): the kinds of misses of the
tuning set bench/antwoorden_afstemmen_s8.yml (earning, gifts, the norm, savings, young people), each as a rule
of actions/feiten_uit_bericht/ or a calculator form, through ActionAntwoord or the form's first turn. Every
amount the tests expect is computed by knowledge/, never typed here."""

from __future__ import annotations

import asyncio
from datetime import date
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import feiten_uit_bericht
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from tests.actions.eerste_antwoord import DOMAIN, antwoord, tekst_op, validator_van
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)


def tekst(bericht: dict, variant: str = "nl-u") -> str:
    return tekst_op(bericht, DAG, variant)


def eerste(intent: str, text: str) -> dict:
    return antwoord(intent, text, PEILDATUM)[0]


def parameter(naam: str):
    return knowledge.waarde(naam, DAG)


def vrijlating(**invoer) -> dict:
    return knowledge.bereken("bijverdienvrijlating", {"peildatum": PEILDATUM, "start_werk": "onbekend", **invoer})


# --- the person's own age, where the message says it without "ik ben" first --------------------------------

@pytest.mark.parametrize("text, leeftijd", [
    ("ik werk in de fabriek ik woon alleen ben 39 krijg ik nog iets", 39),
    ("wat krijg je aan bijstand als je 18 bent", 18),
    ("mijn cliënt is 29 en woont alleen", 29),
])
def test_the_own_age_without_ik_ben_in_front(text, leeftijd):
    assert feiten_uit_bericht.eigen_leeftijd(text) == leeftijd


@pytest.mark.parametrize("text", ["ben je 27 of ouder?", "ik woon hier al 12 jaar", "hoe oud ben jij 30?"])
def test_no_own_age_in_a_question_or_a_duration(text):
    assert feiten_uit_bericht.eigen_leeftijd(text) is None


# --- earning: the months of the old vrijlating, months already worked, the bijstand left ----------------------

def test_the_amount_kept_names_the_months_of_the_old_vrijlating():
    _, said, _ = start("bijverdienen_form", "ik ben 36 en woon alleen, ik ga 640 euro netto per maand verdienen. "
                                            "hoeveel mag ik daarvan houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"
    uit = vrijlating(leeftijd=36, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 640})
    assert euro(Decimal(str(uit["vrijlating_per_maand"]))) in tekst(said[0])
    assert f"{parameter('vrijlating_31_2_n.maanden')} maanden" in tekst(said[0])


def test_work_for_longer_than_the_months_of_the_old_vrijlating_says_so_and_what_the_new_rule_leaves():
    # the assistant's own gemeente (Voorbeeldstad) applies art. 34a early: after the months of art. 31 lid 2 n
    _, said, _ = start("bijverdienen_form", "ik heb nu al 9 maanden een baan voor 750 netto, ik woon alleen ben 41. "
                                            "mag ik nog steeds iets houden")
    assert said[0]["response"] == "utter_bijverdienen_eerst_n_voorbij_34a"
    start_werk = plus_maanden(DAG, -9).isoformat()
    uit = vrijlating(leeftijd=41, leefsituatie="alleenstaande", start_werk=start_werk, netto_inkomsten={"bedrag": 750},
                     gemeente="voorbeeldstad")
    assert uit["regel"] == "34a"
    assert euro(Decimal(str(uit["vrijlating_per_maand"]))) in tekst(said[0])
    assert f"{parameter('vrijlating_31_2_n.maanden')} maanden" in tekst(said[0])
    assert "voorbij" in tekst(said[0])


@pytest.mark.parametrize("text", [
    "ik ben 50 en ga 1300 netto per maand verdienen in de zorg, krijg ik dan nog bijstand",
    "kan ik 1300 netto bijverdienen en nog wat bijstand houden ik ben 50",
])
def test_the_bijstand_left_without_the_household_is_said_for_someone_on_their_own(text):
    _, said, _ = start("bijverdienen_form", text)
    uit = vrijlating(leeftijd=50, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 1300})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden_alleen"  # art. 31 lid 2 n: months
    assert euro(Decimal(str(uit["aanvullende_bijstand"]))) in tekst(said[0])


def test_a_social_worker_asking_for_a_client_gets_the_bijstand_left_of_the_client():
    _, said, _ = start("bijverdienen_form", "mijn cliënt is 33 woont alleen en verdient 500 netto per maand, "
                                            "hoeveel bijstand houdt hij")
    uit = vrijlating(leeftijd=33, leefsituatie="alleenstaande", netto_inkomsten={"bedrag": 500})
    assert said[0]["response"] == "utter_bijverdienen_eerst_bijstand_over_maanden"  # art. 31 lid 2 n: its months
    assert euro(Decimal(str(uit["aanvullende_bijstand"]))) in tekst(said[0])


def start_in(gemeente: str, form: str, text: str) -> list[dict]:
    """The first turn of `form` for `text` in `gemeente` (the gateway puts it in the message metadata)."""
    validator = validator_van(form)
    eerste_vraag = validator.vragen[0]
    tracker = Tracker("test", {"requested_slot": eerste_vraag},
                      {"text": text, "metadata": {"peildatum": PEILDATUM, "gemeente": gemeente},
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
    assert tekst(said[0]).startswith("Nee")
    uit = vrijlating(leeftijd=39, leefsituatie="alleenstaande", start_werk=plus_maanden(DAG, -8).isoformat(),
                     netto_inkomsten={"bedrag": 700}, gemeente="voorbeelddorp")
    assert uit["vrijlating_per_maand"] == 0


# --- gifts: the room left, a gift not to be paid back, a loan from family, the AIO ----------------------------

def grens() -> Decimal:
    return Decimal(str(parameter("giften.vrijlating_per_jaar")))


def test_how_much_more_may_come_names_the_room_left_under_the_year_limit():
    _, said, _ = start("giften_form", "ik kreeg dit jaar al 700 euro van mijn ooms, hoeveel mag ik nog krijgen")
    assert said[0]["response"] == "utter_giften_eerst_binnen_ruimte"
    assert euro(grens() - 700) in tekst(said[0])


def test_the_topic_answer_names_the_room_left_too():
    bericht = eerste("giften", "mijn zus gaf me 450 euro, hoeveel mag er dit jaar nog bij")
    assert bericht["response"] == "utter_giften_binnen_grens_ruimte"
    assert euro(grens() - 450) in tekst(bericht)


def test_a_gift_that_need_not_be_paid_back_is_a_gift_not_a_claim_of_the_gemeente():
    _, said, _ = start("giften_form", "mijn oma heeft me 1800 euro gegeven, ik hoef het niet terug te betalen. "
                                      "wat betekent dat voor mijn uitkering")
    assert said[0]["response"] == "utter_giften_eerst_boven"
    assert euro(Decimal(1800) - grens()) in tekst(said[0])


def test_money_from_family_to_be_paid_back_to_them_is_a_loan():
    _, said, _ = start("giften_form", "mijn tante geeft me 900 euro maar ik moet het volgend jaar terugbetalen, "
                                      "telt dat als gift")
    assert said[0]["response"] == "utter_lening"


def test_paying_back_to_the_gemeente_stays_the_terugvordering():
    _, said, _ = start("giften_form", "ik heb een brief dat ik 2000 euro moet terugbetalen")
    assert said[0]["response"] == "utter_terugvordering"


def test_a_gift_to_someone_with_the_aio_goes_to_the_svb_and_an_age_is_no_gift():
    bericht = eerste("giften", "ik vraag het voor mijn vader van 75 hij heeft aio en mijn kinderen geven hem wel eens "
                               "wat geld mag dat")
    assert bericht["response"] == "utter_giften_aio"
    assert "SVB" in tekst(bericht) and euro(grens()) in tekst(bericht)


# --- the age limit of the vrijlating asked, with no wage ----------------------------------------------------

def test_the_vrijlating_under_its_age_limit_is_no_wage_and_says_what_the_gemeente_applies():
    grens_jaren = parameter("leeftijd.jongeren_zonder_arbeidsvrijlating")
    text = f"geldt die vrijlating voor werk ook voor mensen onder de {grens_jaren}"
    assert feiten_uit_bericht.eigen_loon(text) is None
    bericht = eerste("bijverdienen", text)  # the assistant's own gemeente applies art. 34a early
    assert bericht["response"] == "utter_bijverdienen_onder_grens_34a"
    assert knowledge.feiten(DAG)["vrijlating_34a_percentage"] in tekst(bericht)
    assert feiten_uit_bericht.bijverdienen(text, DAG, "bijverdienen", "voorbeelddorp").response == \
        "utter_bijverdienen_onder_grens"


# --- the norm of a young person ------------------------------------------------------------------------------

def jong(leeftijd: int) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], "leeftijd": leeftijd,
                                               "leefsituatie": "alleenstaande"})


def test_what_someone_of_an_age_under_the_adult_norm_gets_is_the_young_persons_norm():
    bericht = eerste("bijstandsnorm", "hoeveel bijstand krijg je als je 19 bent")
    assert bericht["response"] == "utter_bijstandsnorm_eigen_jong"
    assert euro(Decimal(str(jong(19)["norm"]))) in tekst(bericht)


@pytest.mark.parametrize("intent", ["jongeren", "schulden"])
def test_a_young_person_put_out_by_the_parents_gets_the_norm_and_the_raise_not_debt_help(intent):
    bericht = eerste(intent, "ik ben 18 en mijn ouders hebben me uit huis gezet, moeten ze nog voor mij zorgen")
    assert bericht["response"] == "utter_jongeren"
    assert knowledge.feiten(DAG)["jongeren_verhoging_ouders"] in tekst(bericht) and "meer" in tekst(bericht)


# --- samenwonen: friends are no couple, a partner who moves in, savings ---------------------------------------

def test_friends_sharing_a_home_are_no_couple_but_a_housemate_may_share_costs():
    bericht = eerste("samenwonen", "ik deel een huis met een vriendin, we zijn gewoon vrienden. tellen we als stel?")
    assert bericht["response"] == "utter_samenwonen_geen_stel"
    assert tekst(bericht).startswith("Nee") and "kostendelersnorm" in tekst(bericht)
    assert str(parameter("normen.kostendeler_minimumleeftijd")) in tekst(bericht)


def test_a_partner_moving_in_makes_a_couple_and_is_reported_first():
    bericht = eerste("samenwonen", "mijn vriendin wil over een maand bij mij komen wonen, wat betekent dat voor mijn "
                                   "bijstand")
    assert bericht["response"] == "utter_samenwonen_partner_komt"
    assert knowledge.feiten(DAG)["norm_gehuwden"] in tekst(bericht) and "Geef het door" in tekst(bericht)


def test_savings_in_a_question_about_living_together_go_against_the_limit_of_a_couple():
    bericht = eerste("samenwonen", "mijn man en ik hebben 12000 euro spaargeld, kunnen we bijstand krijgen")
    assert bericht["response"] == "utter_vermogen_onder_grens"
    assert euro(Decimal(str(parameter("vermogen.grens_gezin")))) in tekst(bericht)


def test_the_partner_without_a_right_names_the_article_and_the_gemeente():
    bericht = eerste("bijstandsnorm", "mijn partner heeft geen recht op bijstand, hoeveel krijg ik dan")
    assert bericht["response"] == "utter_samenwonen_partner_geen_recht"
    assert "artikel 24" in tekst(bericht) and "beslist" in tekst(bericht)


# --- the norm: other adults in the home, a couple of whom one has the AOW age, a lodger at market rent --------

def test_other_adults_all_over_an_age_make_the_kostendelersnorm_in_the_norm_form():
    _, said, _ = start("norm_form", "ik deel een woning met 2 andere volwassenen, allebei boven de 40, wat krijg ik")
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": "onbekend", "leefsituatie": "onbekend",
                                              "medebewoners": [{"leeftijd": 41, "relatie": "anders"}] * 2})
    assert said[0]["response"] == "utter_bijstandsnorm_kostendeler"
    assert euro(Decimal(str(uit["norm"]))) in tekst(said[0])


def test_we_are_two_ages_one_past_the_aow_age_gives_the_aio_levels():
    _, said, _ = start("norm_form", "we zijn 69 en 63, hoeveel krijgen we samen")
    assert said[0]["response"] == "utter_aow_aio_norm"
    assert euro(Decimal(str(parameter("normen.gehuwden_aow")))) in tekst(said[0])


@pytest.mark.parametrize("intent", ["kostendelersnorm", "logeren"])
def test_a_lodger_at_market_rent_with_a_contract_is_no_kostendeler(intent):
    bericht = eerste(intent, "een kennis van 40 huurt een kamer bij mij, met een huurcontract en een normale huurprijs. "
                             "telt zij mee")
    assert bericht["response"] == "utter_kostendelersnorm_huurder"
    assert tekst(bericht).startswith("Nee")


def test_a_sister_at_market_rent_stays_a_kostendeler():
    bericht = eerste("kostendelersnorm", "mijn zus van 40 huurt een kamer bij mij met een contract tegen marktprijs")
    assert bericht["response"] == "utter_kostendelersnorm_familie_huurt"


def test_work_still_to_start_in_a_month_is_never_said_to_be_past_the_months_of_the_vrijlating():
    _, said, _ = start("bijverdienen_form", "mijn cliënt is 46 en alleenstaand, hij gaat vanaf februari 900 euro netto "
                                            "per maand verdienen. hoeveel mag hij houden")
    assert said[0]["response"] not in ("utter_bijverdienen_eerst_n_voorbij_34a", "utter_bijverdienen_eerst_voorbij")
    assert "voorbij" not in tekst(said[0])


def test_the_young_persons_norm_names_the_raise_when_the_parents_cannot_contribute():
    bericht = eerste("bijstandsnorm", "hoeveel bijstand krijg je als je 19 bent")
    assert knowledge.feiten(DAG)["jongeren_verhoging_ouders"] in tekst(bericht)
