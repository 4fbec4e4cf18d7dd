"""Applying and objecting: the application and its decision time, a benefit stopped or held back for papers, the bezwaar
and its term. Dutch first, then English."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from knowledge import loader
from tests.actions.eerste_antwoord import DAG, eerste_tekst, responses
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
