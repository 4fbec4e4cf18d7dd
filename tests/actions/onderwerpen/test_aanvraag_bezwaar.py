"""Applying and objecting: the application and its decision time, a benefit stopped or held back for papers, the bezwaar
and its term. Dutch first, then English."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from knowledge import loader
from tests.actions.eerste_antwoord import DAG, EN, eerste_tekst, responses, tekst_op
from wegwijs.openingstijden import einde_wettelijke_termijn


# --- s15: a benefit suspended for papers: hand them in within the term (art. 54) --------------------------------------

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


# --- s15: bezwaar: a refusal is a decision; a term ending on a weekend or feestdag runs on (Algemene termijnenwet) ----

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


# --- s17: the bezwaar term's source points at a text wetten.overheid.nl has -------------------------------------------

def test_the_bezwaar_term_links_a_dated_text_that_exists():
    p = loader.zoek("termijn.bezwaar_weken", DAG)
    assert p.waarde == 6
    assert p.bron["url"] == "https://wetten.overheid.nl/BWBR0005537/2002-04-01#Artikel67"
    assert "1994" not in p.bron["url"]


# --- s17: waiting for the decision on an application, said without 'hoe lang' (H4's probe) ----------------------------

@pytest.mark.parametrize("text", [
    "ik heb al 3 weken niks gehoord over mijn aanvraag, is dat normaal",
    "ik wacht al 6 weken op een besluit over mijn bijstand",
    "nog geen antwoord gekregen op mijn aanvraag, klopt dat",
])
def test_waiting_for_the_decision_gets_the_decision_time(text):
    assert responses("aanvraag", text, "nl-je")[0] == "utter_aanvraag_duur"
    assert eerste_tekst("aanvraag", text, "nl-je").startswith("De gemeente beslist binnen 8 weken")


def test_how_to_apply_keeps_the_general_answer():
    assert responses("aanvraag", "hoe vraag ik bijstand aan", "nl-je")[0] != "utter_aanvraag_duur"


# --- s18: a suspension for papers: hand them in anyway ----------------------------------------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren"])
@pytest.mark.parametrize("text", [
    "mijn bijstand is geschorst want ik heb mijn loonstroken niet ingeleverd",
    "schorsing van mijn uitkering omdat de papieren te laat waren, wat moet ik doen",
])
def test_a_suspension_for_papers_says_hand_them_in(intent, text):
    assert responses(intent, text)[0] == "utter_stopgezet_papieren"
    assert eerste_tekst(intent, text).startswith("Lever de gevraagde papieren alsnog in")


@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "the gemeente stopped my bijstand till i hand in my bank statements, can they do that"),
    ("stopgezet", "my benefit is on hold because my paperwork came in late"),
    ("stopgezet", "they have suspended my payments until I send the documents they asked for"),
    ("bezwaar", "my bijstand was put on hold, they want bank statements of 3 months, I dont agree"),
])
def test_a_payment_held_back_for_papers_says_hand_them_in(intent, text):
    naam, tekst = EN.eerste(intent, text)
    assert naam == "utter_stopgezet_papieren"
    assert tekst.startswith("Send or bring the papers")  # "send" (a letter, an upload), as the English writers asked


def test_the_same_in_dutch_was_already_so():
    assert EN.eerste("stopgezet", "de gemeente heeft mijn bijstand stopgezet tot ik mijn bankafschriften inlever",
                  "nl-u")[0] == "utter_stopgezet_papieren"


@pytest.mark.parametrize("intent", ["samenwonen", "informeren"])
def test_a_benefit_stopped_for_another_reason_is_the_objection_and_urgency(intent):
    naam, tekst = EN.eerste(intent, "the gemeente stopped my benefit because they think my boyfriend lives with me")
    assert naam == "utter_stopgezet" and "(bezwaar)" in tekst


# --- s17 (English): a refused request disputed, read as the topic of what was refused: the bezwaar --------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("bijzondere_bijstand", "the gemeente said no to my request for a new washing machine, i do not agree", "en"),
    ("bijzondere_bijstand", "my special assistance for the dentist was denied, what can I do", "en"),
    ("aanvraag", "they rejected my application for bijstand and I disagree", "en"),
    ("bijzondere_bijstand", "mijn aanvraag voor een nieuwe bril is afgewezen, ik ben het daar niet mee eens", "nl-u"),
    ("studeren", "de gemeente weigert mijn studie goed te keuren, dat is onterecht, wat kan ik doen", "nl-u"),
])
def test_a_refusal_the_person_disputes_is_answered_with_the_bezwaar(intent, text, variant):
    naam, tekst = EN.eerste(intent, text, variant)
    assert naam == "utter_bezwaar" and "bezwaar" in tekst


@pytest.mark.parametrize("intent, text", [
    ("bijzondere_bijstand", "can i get money for a new washing machine"),
    ("bijzondere_bijstand", "what can i do, my fridge broke and i have no money"),
    ("aanvraag", "i disagree with nothing, how do i apply for bijstand"),
])
def test_without_a_refusal_the_topic_answers(intent, text):
    assert EN.eerste(intent, text)[0] != "utter_bezwaar"


# --- s18 (English): a stop for the address, contested in a hurry ------------------------------------------------------

@pytest.mark.parametrize("variant, woorden", [
    ("en", "ask the court for a quick decision (voorlopige voorziening)"),
    ("nl-u", "Vraag de rechter dan om een voorlopige voorziening"),
    ("nl-je", "Vraag de rechter dan om een voorlopige voorziening"),
])
def test_a_stop_for_the_address_names_the_voorlopige_voorziening(variant, woorden):
    tekst = tekst_op({"response": "utter_stopgezet_adres"}, DAG, variant)
    assert woorden in tekst
