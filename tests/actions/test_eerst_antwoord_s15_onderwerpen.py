"""Answer first, session 15 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s15.yml, and a change in one's life told without a question (session-14 open item), each
tested with new messages of that kind. Every number and date the tests expect comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.antwoorden import ActionNietBegrepen, ActionWatKunJe
from actions.twijfel import ActionGeenVraag
from knowledge.geld import euro
from wegwijs.openingstijden import einde_wettelijke_termijn
from tests.actions.eerste_antwoord import DOMAIN, OpPeildatum, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)

OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- money from an inheritance that has not come yet is not the benefit that was not paid --------------------------

@pytest.mark.parametrize("text", [
    "de notaris belde dat ik 6000 euro erf van mijn tante. het geld is nog niet op mijn rekening gestort. ik woon alleen",
    "ik krijg een erfenis van 12.000, het geld is nog niet binnengekomen, ik woon alleen. wat nu",
])
def test_an_inheritance_not_yet_paid_out_is_the_inheritance(text):
    assert responses("erfenis", text)[0].startswith("utter_erfenis")


@pytest.mark.parametrize("text", [
    "mijn uitkering is deze maand niet op mijn rekening gestort",
    "het geld van de gemeente is nog niet binnengekomen en de huur moet betaald",
])
def test_the_benefit_not_paid_keeps_its_answer(text):
    assert responses("informeren", text)[0] == "utter_uitkering_niet_betaald"


# --- accepting an inheritance with debts: beneficiair or verwerpen -------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("erfenis", "mijn opa is overleden en had volgens mij veel rekeningen open staan, moet ik zijn erfenis accepteren?"),
    ("erfenis", "kan ik een erfenis weigeren"),
    ("schulden", "mijn moeder had schulden bij de bank, erf ik die? moet ik de erfenis aannemen"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_inheritance_need_not_be_accepted(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_erfenis_schulden"
    zin = eerste_tekst(intent, text, variant)
    assert "beneficiair" in zin and "verwerpen" in zin and "notaris" in zin and "artikel 190" in zin
    assert zin.startswith(("U hoeft een erfenis niet", "Je hoeft een erfenis niet"))


def test_an_inheritance_with_an_amount_keeps_the_vermogensgrens():
    assert responses("erfenis", "ik heb 5000 euro geerfd, ik woon alleen, mag ik dat houden")[0] == \
        "utter_erfenis_onder_grens"


# --- a benefit suspended for papers: hand them in within the term (art. 54) ----------------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren"])
@pytest.mark.parametrize("text", [
    "mijn bijstand is geblokkeerd want ik heb de bankafschriften niet op tijd gestuurd",
    "ze hebben mijn uitkering stilgezet omdat mijn formulier niet compleet was",
])
def test_a_benefit_suspended_for_papers_says_hand_them_in(intent, text):
    assert responses(intent, text)[0] == "utter_stopgezet_papieren"
    zin = eerste_tekst(intent, text)
    assert zin.startswith("Lever de gevraagde papieren") and "artikel 54" in zin and "bezwaar" in zin


@pytest.mark.parametrize("intent, text, niet", [
    ("stopgezet", "mijn uitkering is stopgezet omdat ze denken dat ik samenwoon, wat nu", "utter_stopgezet_papieren"),
    ("inlichtingenplicht", "moet ik een formulier inleveren als ik gestopt ben met werken", "utter_stopgezet_papieren"),
])
def test_a_stop_for_another_reason_keeps_its_answer(intent, text, niet):
    assert niet not in responses(intent, text)


# --- a relationship apart may; moving in with the partner is a couple ----------------------------------------------

@pytest.mark.parametrize("text", [
    "we hebben een lat-relatie, is dat toegestaan met een bijstandsuitkering",
    "mijn vriend woont in zijn eigen huis, mag ik wel een relatie hebben",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_relationship_apart_is_allowed(text, variant):
    assert responses("samenwonen", text, variant)[0] == "utter_samenwonen_relatie_apart"
    zin = eerste_tekst("samenwonen", text, variant)
    assert zin.startswith("Een relatie mag") and "eigen huis" in zin


@pytest.mark.parametrize("text", [
    "mijn vriendin en ik gaan in januari samenwonen in mijn flat. zij heeft een vaste baan. wat betekent dat",
    "ik heb al twee jaar een relatie en ga in het voorjaar bij mijn vriend wonen, wat moet ik regelen",
])
def test_moving_in_with_the_partner_is_a_couple(text):
    assert responses("samenwonen", text)[0] == "utter_samenwonen_partner_komt"
    zin = eerste_tekst("samenwonen", text)
    assert "inkomen van uw partner" in zin and "Geef het door" in zin


def test_moving_in_with_a_parent_stays_family():
    assert responses("samenwonen", "mijn moeder en ik gaan samenwonen, zijn we dan een stel")[0] == \
        "utter_samenwonen_familie"


# --- bezwaar: a refusal is a decision; a term ending on a weekend or feestdag runs on (Algemene termijnenwet) ------

def test_a_refusal_with_its_date_gets_the_term():
    text = "ik kreeg een afwijzing van 14 november, tot wanneer kan ik bezwaar maken"
    assert responses("bezwaar", text)[0] == "utter_bezwaar_op_tijd"
    # 14 November + 6 weeks is Saturday 26 December (tweede Kerstdag): on to Monday 28 December
    assert "28 december 2026" in eerste_tekst("bezwaar", text)


@pytest.mark.parametrize("einde, verlengd", [
    (date(2027, 1, 1), date(2027, 1, 4)),     # Nieuwjaarsdag on a Friday, then the weekend
    (date(2027, 3, 26), date(2027, 3, 30)),   # Goede Vrijdag, the weekend, tweede Paasdag
    (date(2027, 5, 5), date(2027, 5, 7)),     # 5 mei, then Hemelvaartsdag (6 May 2027)
    (date(2026, 12, 7), date(2026, 12, 7)),   # a Monday stays
])
def test_the_algemene_termijnenwet(einde, verlengd):
    assert knowledge.waarde("termijn.verlengd_na_weekend_of_feestdag", DAG) is True
    assert einde_wettelijke_termijn(einde) == verlengd


# --- a change in one's life told as a fact, no question (session-14 open item) --------------------------------------

def geen_vraag(text: str, variant: str = "nl-u") -> list[dict]:
    """What ActionGeenVraag sends for `text`, read as informeren with confidence."""
    tracker = Tracker("test", {"variant": variant},
                      {"text": text, "metadata": {"peildatum": PEILDATUM},
                       "intent": {"name": "informeren", "confidence": 0.9},
                       "intent_ranking": [{"name": "informeren", "confidence": 0.9}]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionGeenVraag().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


@pytest.mark.parametrize("text", ["ik ben sinds vorige maand gescheiden", "mijn man en ik zijn uit elkaar"])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_divorced_says_what_changes_and_to_report_it(text, variant):
    berichten = geen_vraag(text, variant)
    assert berichten[0]["response"] == "utter_gebeurtenis_scheiding"
    zin = tekst_op(berichten[0], DAG, variant)
    assert "alleenstaande" in zin and euro(knowledge.waarde("normen.alleenstaande", DAG)) in zin
    assert "Geef het meteen door" in zin and "alimentatie" in zin


def test_a_pgb_says_report_it_and_that_wegwijs_is_not_sure():
    berichten = geen_vraag("ik krijg sinds kort een persoonsgebonden budget")
    assert berichten[0]["response"] == "utter_gebeurtenis_pgb"
    zin = tekst_op(berichten[0], DAG)
    assert zin.startswith("Geef uw pgb") and "niet zeker" in zin


@pytest.mark.parametrize("text", ["ik heb een nieuwe baan", "mijn dochter is 18 geworden", "ik ben zwanger"])
def test_another_change_gets_the_duty_to_inform(text):
    assert geen_vraag(text)[0]["response"] == "utter_inlichtingenplicht"


@pytest.mark.parametrize("text", ["per maand", "2 kinderen", "ik woon in utrecht"])
def test_no_change_keeps_the_short_reply(text):
    assert geen_vraag(text)[0]["response"] == "utter_informeren"


@pytest.mark.parametrize("text", ["kun je me uitleggen hoe de bijstand werkt", "wat zijn mijn rechten en plichten"])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_general_question_says_what_bijstand_is(text, variant):
    berichten = geen_vraag(text, variant)
    assert berichten[0]["response"] == "utter_informeren_bijstand"
    zin = tekst_op(berichten[0], DAG, variant)
    assert zin.startswith("De bijstand is geld van de gemeente")
    assert euro(knowledge.waarde("normen.alleenstaande", DAG)) in zin and "bezwaar" in zin and "doorgeven" in zin


# --- feedback on Wegwijs's answer is a signaal, whatever the model read ----------------------------------------------

def met_actie(actie, intent: str, text: str) -> tuple[list[dict], list[dict]]:
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": intent, "confidence": 0.5},
                       "intent_ranking": [{"name": intent, "confidence": 0.5}]}, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = actie().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages, events


@pytest.mark.parametrize("actie, intent, text", [
    (ActionGeenVraag, "ontkennen", "uw antwoord was niet goed, het klopt echt niet"),
    (ActionGeenVraag, "bevestigen", "dat was een fout antwoord"),
    (ActionWatKunJe, "wat_kun_je", "het klopt niet wat je zegt, je hebt het mis"),
    (ActionNietBegrepen, "nlu_fallback", "je zit ernaast met dat bedrag"),
])
def test_feedback_on_the_answer_starts_a_signaal(actie, intent, text):
    berichten, events = met_actie(actie, intent, text)
    assert berichten[0]["response"] == "utter_signaal_uitleg"
    assert {"event": "followup", "name": "signaal_form"} in [{k: e.get(k) for k in ("event", "name")} for e in events]


@pytest.mark.parametrize("text", ["dat klopt niet", "nee", "nee hoor"])
def test_a_plain_no_stays_a_no(text):
    berichten, _ = met_actie(ActionGeenVraag, "ontkennen", text)
    assert berichten[0]["response"] == "utter_ontkennen"
