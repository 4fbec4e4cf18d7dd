"""Answer first with the person's facts, session 5 (issue #20): the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s5.yml and the lead's known misses, each as a rule of
actions/feiten_uit_bericht.py or actions/parse.py, through ActionAntwoord. Where the facts files do not
settle a question (a tax refund, beslag on vakantiegeld, a minor child's wage) the answer says it is not sure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from tests.actions import eerste_antwoord
from actions import parse
from knowledge.geld import euro

PEILDATUM = "2026-12-05"
DAG = date.fromisoformat(PEILDATUM)
DOMAIN = eerste_antwoord.DOMAIN


def antwoord(intent: str, text: str, variant: str = "nl-u") -> list[dict]:
    return eerste_antwoord.antwoord(intent, text, PEILDATUM, variant)


def response(intent: str, text: str) -> str:
    return antwoord(intent, text)[0]["response"]


def tekst(intent: str, text: str, variant: str = "nl-u") -> str:
    return eerste_antwoord.tekst_op(antwoord(intent, text, variant)[0], DAG, variant)


# --- not settled by the facts: say so -------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "ik krijg belasting terug, telt dat mee voor mijn bijstand"),
    ("vermogen", "mag ik mijn belastingteruggave houden"),
    ("giften", "de belastingdienst heeft 400 euro teruggestort wat nu"),
])
def test_a_tax_refund_is_not_settled_so_wegwijs_says_so_and_sends_to_the_gemeente(intent, text):
    assert response(intent, text) == "utter_belastingteruggave"
    assert tekst(intent, text).startswith("Dat weet ik niet zeker.")


@pytest.mark.parametrize("text", ["ik moet belasting terugbetalen", "krijg ik mijn zorgtoeslag terug als ik bijstand heb"])
def test_paying_tax_back_or_a_toeslag_is_no_tax_refund(text):
    assert response("toeslagen", text) != "utter_belastingteruggave"


@pytest.mark.parametrize("intent, text", [
    ("vakantiegeld", "er ligt beslag op mijn uitkering, krijg ik mijn vakantiegeld nog"),
    ("beslag", "mag de deurwaarder mijn vakantiegeld pakken"),
])
def test_beslag_and_vakantiegeld_together_say_what_is_sure_and_what_is_not(intent, text):
    assert response(intent, text) == "utter_vakantiegeld_beslag"
    zin = tekst(intent, text)
    assert "niet zeker" in zin and "beslagvrije voet" in zin
    assert knowledge.feiten(DAG)["beslagvrije_voet_percentage"] in zin


# --- a child's wage ----------------------------------------------------------------------------------------

def test_the_wage_of_a_grown_up_child_at_home_does_not_count():
    text = "mijn zoon van 19 woont thuis en heeft een baan, telt zijn loon mee"
    assert response("kostendelersnorm", text) == "utter_kind_loon_volwassen"
    zin = tekst("kostendelersnorm", text)
    assert zin.startswith("Nee.") and "19" in zin
    assert str(knowledge.waarde("normen.kostendeler_minimumleeftijd", DAG)) in zin


def test_the_wage_of_a_minor_child_is_not_settled():
    assert response("bijverdienen", "mijn dochter van 16 heeft een bijbaantje wordt mijn bijstand lager") \
        == "utter_kind_loon_jong"


@pytest.mark.parametrize("text", [
    "mijn zoon van 30 woont bij mij en werkt, krijg ik minder",   # a kostendeler: that rule answers
    "ik werk 20 uur en mijn zoon van 19 woont bij mij",            # the person's own wage
    "mijn dochter is 4 en ik krijg alimentatie voor haar, telt dat als inkomen",
])
def test_no_childs_wage_answer_where_another_question_is_asked(text):
    assert not response("kostendelersnorm", text).startswith("utter_kind_loon")


# --- kostendelersnorm: family that pays rent, care ----------------------------------------------------------

def test_a_son_who_rents_a_room_at_market_price_still_counts():
    text = "mijn zoon van 31 huurt een kamer bij mij voor de marktprijs met een contract, telt hij dan nog mee"
    assert response("kostendelersnorm", text) == "utter_kostendelersnorm_familie_huurt"
    assert tekst("kostendelersnorm", text).startswith("Ja, uw familielid van 31 telt toch mee.")


def test_living_with_a_sick_father_to_care_for_him_is_no_kostendelersnorm():
    text = "ik woon tijdelijk bij mijn vader om voor hem te zorgen, hij is heel ziek, krijg ik nu de kostendelersnorm"
    assert response("kostendelersnorm", text) == "utter_kostendelersnorm_mantelzorg"
    assert response("samenwonen", "wij zorgen voor elkaar en ik woon bij mijn vriend") != \
        "utter_kostendelersnorm_mantelzorg"


# --- other facts that decide the answer -----------------------------------------------------------------------

def test_savings_from_the_bijstand_do_not_count():
    assert response("vermogen", "telt het geld dat ik spaar van mijn uitkering mee als vermogen") == \
        "utter_vermogen_gespaard_van_bijstand"


def test_fully_unable_to_work_has_no_work_duties():
    assert response("participatieplicht", "ik ben 45 en volledig arbeidsongeschikt verklaard, welke plichten heb ik") \
        == "utter_participatieplicht_arbeidsongeschikt"


@pytest.mark.parametrize("intent", ["aow_aio", "bijstandsnorm"])
def test_how_much_aio_alone_gives_the_svb_norm(intent):
    text = "ik ben 70 en woon alleen, hoeveel aio krijg ik ongeveer"
    said = antwoord(intent, text)[0]
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 70, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    assert said["response"] == "utter_aow_aio_hoeveel"
    assert said["norm_eigen"] == euro(Decimal(str(uit["norm"])))


def test_a_lower_payment_this_month_is_for_the_gemeente_to_explain():
    assert response("bijstandsnorm", "waarom is mijn uitkering deze maand 83 euro lager dan vorige maand") == \
        "utter_uitkering_anders"
    assert response("maatregel", "waarom krijg ik deze maand minder, ik heb een verlaging gekregen") != \
        "utter_uitkering_anders"


def test_vakantiegeld_taken_for_the_norm_gets_the_vakantiegeld_answer():
    # session 9: a question of how much gets the vakantiegeld answer with the amount (utter_vakantiegeld_hoeveel)
    assert response("bijstandsnorm", "hoeveel vakantiegeld krijg je als alleenstaande in de bijstand") == \
        "utter_vakantiegeld_hoeveel"
    assert response("bijstandsnorm", "wanneer krijg ik vakantiegeld in de bijstand") == "utter_vakantiegeld"


def test_registering_at_the_uwv_is_a_duty_not_the_application():
    assert response("aanvraag", "moet ik me inschrijven bij het uwv als ik bijstand heb") == "utter_participatieplicht"


# --- parse: what is no money, what is said twice ---------------------------------------------------------------

@pytest.mark.parametrize("text", ["mag je als je jonger bent dan 27 iets houden van wat je verdient",
                                  "geldt dat ook als ik ouder ben dan 27"])
def test_an_age_limit_is_no_amount(text):
    assert parse.bedrag(text) is None and parse.bedragen(text) == []


def test_an_amount_said_again_per_year_is_not_a_second_gift():
    gevonden = parse.bedragen("mn moeder geeft me elke maand 100 euro, dat is 1200 per jaar, mag ik dat houden")
    assert [(b.bedrag.euro, b.bedrag.periode) for b in gevonden] == [(Decimal("100.00"), "maand")]
    assert len(parse.bedragen("de kerk geeft mij 50 per maand en met kerst krijg ik 300 van mn oom")) == 2


# --- round 2: more facts that decide the question ---------------------------------------------------------------

def test_the_gemeente_wanting_money_back_is_a_terugvordering_whatever_the_topic():
    text = "mijn moeder stortte geld voor boodschappen en nu wil de gemeente alles terug, wat kan ik doen"
    assert response("bijzondere_bijstand", text) == "utter_terugvordering"
    assert response("lening", "ik heb geld geleend van mijn broer, moet ik dat terugbetalen aan de gemeente") != \
        "utter_terugvordering"  # a loan has its own answer


def test_applying_again_within_a_year_reuses_the_data():
    assert response("bijverdienen", "ik had vorig jaar bijstand en 5 maanden werk, nu ben ik weer werkloos, moet ik "
                                    "alles opnieuw inleveren") == "utter_aanvraag_opnieuw"


def test_moving_costs_are_bijzondere_bijstand():
    assert response("verhuizen", "mijn flat wordt gesloopt, krijg ik geld voor de verhuiskosten") == \
        "utter_verhuizen_kosten"


def test_an_admission_with_aio_goes_to_the_svb():
    assert response("opname", "mijn moeder van 80 met aio gaat naar een verpleeghuis") == "utter_opname_aio"
    assert response("opname", "ik moet 2 weken naar het ziekenhuis") == "utter_opname"


@pytest.mark.parametrize("loon, verwacht", [(2500, "utter_samenwonen_partner_verdient_meer"),
                                            (800, "utter_samenwonen_partner_verdient_minder")])
def test_a_partners_wage_against_the_norm_for_a_couple(loon, verwacht):
    text = f"ik ga samenwonen met mijn vriend die {loon} netto verdient, wat gebeurt er met mijn bijstand"
    assert knowledge.waarde("normen.gehuwden", DAG) > 800
    assert response("samenwonen", text) == verwacht


def test_a_couple_of_45_gets_the_norm_for_a_couple():
    said = antwoord("samenwonen", "mijn man en ik zijn allebei 45, hoeveel krijgen we samen")[0]
    assert said["response"] == "utter_bijstandsnorm_stel"
    assert said["norm_eigen"] == euro(Decimal(str(knowledge.waarde("normen.gehuwden", DAG))))


def test_a_threatened_cut_off_not_understood_still_gets_the_schuldhulp_answer():
    from actions.antwoorden import ActionNietBegrepen

    tracker = Tracker("test", {}, {"text": "hoe snel helpt de gemeente als mijn gas wordt afgesloten",
                                   "metadata": {"peildatum": PEILDATUM},
                                   "intent": {"name": "nlu_fallback", "confidence": 0.25},
                                   "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.25},
                                                      {"name": "giften", "confidence": 0.19}]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionNietBegrepen().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_schulden"


@pytest.mark.parametrize("intent", ["giften", "bijzondere_bijstand", "noodhulp_onbekend"])
def test_a_threatened_cut_off_gets_the_schuldhulp_answer_whatever_topic_was_read(intent):
    from actions import feiten_uit_bericht

    gevonden = feiten_uit_bericht.voor_elk_onderwerp(intent, "hoe snel helpt de gemeente als mijn gas wordt afgesloten",
                                                     DAG)
    assert gevonden is not None and gevonden.response == "utter_schulden"


def test_a_young_volunteer_asking_if_the_allowance_counts_hears_yes_and_asking_to_keep_it_hears_no():
    assert response("vrijwilligerswerk", "ik ben 23 en krijg 100 euro per maand als vrijwilliger, telt dat mee") == \
        "utter_vrijwilligerswerk_jong_telt_mee"
    assert response("vrijwilligerswerk", "ik ben 23, mag ik mijn vrijwilligersvergoeding houden") == \
        "utter_vrijwilligerswerk_jong_vergoeding"
