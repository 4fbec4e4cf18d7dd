"""Answer first, session 17 (issue #20), the non-money topics (H4).

- A prison stay (detentie) got the hospital text ('Gaat u naar het ziekenhuis of een instelling? ... zak- en
  kleedgeld'): while someone is lawfully deprived of liberty there is no right to bijstand, bijzondere bijstand
  neither (Pw art. 13 lid 1 onder a; art. 16 for zeer dringende redenen), now utter_opname_detentie.
- termijn.bezwaar_weken's source: a dated text wetten.overheid.nl has (1-4-2002, art. 6:7), not 1994-01-01."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from knowledge import loader
from tests.actions.eerste_antwoord import OpPeildatum

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)

OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- detentie: no bijstand while in prison or voorarrest (Pw art. 13 lid 1 onder a) ------------------------------

@pytest.mark.parametrize("text", [
    "ik moet volgende maand 8 maanden zitten, wat gebeurt er met mijn bijstand",
    "mijn vriend zit in voorarrest, krijgt hij nog zijn uitkering",
    "ik ga 3 weken de cel in voor boetes, moet ik dat melden",
    "ik heb een celstraf van een jaar gekregen, hoeveel bijstand krijg ik dan",
    "ik zit sinds augustus vast, loopt mijn bijstand door",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_prison_stay_gets_no_bijstand_first(text, variant):
    assert responses("opname", text, variant)[0] == "utter_opname_detentie"
    zin = eerste_tekst("opname", text, variant)
    assert zin.startswith(("Zolang u in de gevangenis", "Zolang je in de gevangenis"))
    assert "geen bijstand" in zin.split(".")[0] and "bijzondere bijstand" in zin
    assert FEITEN["wet_detentie"] in zin and "13 lid 1 onder a" in zin
    assert "zak- en kleedgeld" not in zin and "ziekenhuis" not in zin


def test_a_prison_stay_in_english():
    zin = eerste_tekst("opname", "I have to go to prison for 6 months, what happens with my bijstand", "en")
    assert zin.startswith("While you are in prison or in pre-trial detention (voorarrest), you get no bijstand")


@pytest.mark.parametrize("text, response", [
    # a hospital or a clinic keeps its own answers
    ("ik ga 4 maanden naar een kliniek, wat gebeurt er met mijn uitkering", "utter_opname_inrichting"),
    ("ik moet 2 weken het ziekenhuis in, moet ik dat doorgeven", "utter_opname"),
])
def test_a_hospital_stay_keeps_its_answer(text, response):
    assert responses("opname", text)[0] == response


def test_the_source_of_detention_is_the_article():
    bron = loader.artikel_bron("onderwerp_detentie", DAG)
    assert bron["url"] == "https://wetten.overheid.nl/BWBR0015703/2026-12-07"
    assert "artikel 13 lid 1 onder a" in bron["titel"]


# --- the bezwaar term's source points at a text wetten.overheid.nl has -----------------------------------------

def test_the_bezwaar_term_links_a_dated_text_that_exists():
    p = loader.zoek("termijn.bezwaar_weken", DAG)
    assert p.waarde == 6
    assert p.bron["url"] == "https://wetten.overheid.nl/BWBR0005537/2002-04-01#Artikel67"
    assert "1994" not in p.bron["url"]


# --- something not reported, 'wat gaat er nu gebeuren' (antwoorden_afstemmen_s17, read as the maatregel) ---------

@pytest.mark.parametrize("intent", ["maatregel", "inlichtingenplicht", "informeren", "stopgezet", "bezwaar",
                                    "bijverdienen", "terugvordering"])
@pytest.mark.parametrize("text", [
    "ik heb vergeten te melden dat ik drie weken heb gewerkt, wat gaat er nu gebeuren?",
    "mijn bijbaan van vorige maand heb ik niet gemeld. wat zal er dan gebeuren",
    "vergeten door te geven dat ik 6 weken bij de bakker heb gewerkt, wat kan er gebeuren",
])
def test_not_reported_and_what_will_happen_says_report_it_now(intent, text):
    assert responses(intent, text, "nl-je")[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst(intent, text, "nl-je")
    assert zin.startswith("Meld het zo snel mogelijk alsnog") and "terugbetalen" in zin


@pytest.mark.parametrize("intent, text, niet", [
    # time worked is no trip abroad: not 'weeks over the limit abroad' when read as a stop
    ("stopgezet", "ik heb twee maanden gewerkt en nu is mijn uitkering gestopt", "utter_buitenland"),
    # a trip abroad too long still is one
    ("stopgezet", "ik was 6 weken in marokko en nu is mijn bijstand gestopt", "utter_inlichtingenplicht_vergeten"),
    # a boete or a claim that came already: that topic's answer
    ("bezwaar", "ik heb een boete gekregen omdat ik vergeten was te melden dat ik werkte, wat gaat er nu gebeuren",
     "utter_inlichtingenplicht_vergeten"),
    ("terugvordering", "ik was vergeten mijn werk te melden, nu moet ik 2000 euro terugbetalen, wat gaat er gebeuren",
     "utter_inlichtingenplicht_vergeten"),
    # an ex who did not report while on bijstand together: the gezin's joint liability (art. 59)
    ("terugvordering", "mijn ex heeft niet gemeld dat hij werkte toen we samen bijstand hadden, wat gaat er nu gebeuren",
     "utter_inlichtingenplicht_vergeten"),
])
def test_guards_of_the_forgotten_report(intent, text, niet):
    assert not responses(intent, text, "nl-je")[0].startswith(niet)


# --- kinderalimentatie: counts under 18 (bevestigd); from 18 not, which the law does not say word for word ----------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_alimentatie_for_a_child_of_18_or_older_names_the_doubt(variant):
    text = "mijn ex betaalt 200 alimentatie voor onze dochter van 19, telt dat mee?"
    assert responses("alimentatie", text, variant)[0] == "utter_alimentatie_kind_ouder"
    zin = eerste_tekst("alimentatie", text, variant)
    assert zin.startswith("Nee") and "niet letterlijk in de wet" in zin and "Zo staat het in de wet" not in zin
    # the alimentatie stopping at 18: not a bare 'Nee, telt niet mee', and report the change
    stopt = eerste_tekst("alimentatie", "mijn ex stopt met de kinderalimentatie omdat onze zoon 18 wordt, krijg ik dan "
                                        "meer bijstand", variant)
    assert "niet meer van" in stopt and "Geef dat door aan de gemeente" in stopt


def test_alimentatie_for_a_child_under_18_counts():
    text = "mijn ex betaalt 250 kinderalimentatie voor onze zoon van 6, gaat dat van mijn bijstand af?"
    zin = eerste_tekst("alimentatie", text, "nl-je")
    assert "telt mee als inkomen" in zin and "niet letterlijk" not in zin
    algemeen = eerste_tekst("alimentatie", "telt kinderalimentatie mee voor de bijstand?", "nl-je")
    assert algemeen.startswith("Alimentatie telt mee als inkomen") and "kinderen jonger dan 18" in algemeen


@pytest.mark.parametrize("intent, text, response", [
    ("inlichtingenplicht", "mijn man zit in de gevangenis, moet ik dat melden", "utter_opname_detentie"),
    ("stopgezet", "ik zit in voorarrest, stopt mijn uitkering nu", "utter_opname_detentie"),
    ("informeren", "mijn zoon van 30 heeft een celstraf gekregen", "utter_opname_detentie"),
])
def test_a_prison_stay_read_as_another_topic(intent, text, response):
    assert responses(intent, text, "nl-je")[0] == response


@pytest.mark.parametrize("intent, text", [
    # a release: applying again is the question
    ("aanvraag", "ik kom uit de gevangenis hoe vraag ik bijstand aan"),
    ("informeren", "ik ben net vrijgelaten uit de gevangenis en heb geen geld"),
    ("inlichtingenplicht", "ik kom volgende week uit de gevangenis, wat moet ik doorgeven"),
])
def test_a_release_is_not_a_prison_stay(intent, text):
    assert responses(intent, text, "nl-je")[0] != "utter_opname_detentie"


# --- waiting for the decision on an application, said without 'hoe lang' (H4's probe) ---------------------------

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


@pytest.mark.parametrize("text, response", [
    ("in het gevangenis gezeten 2 jaar, nu vrij, hoe krijg ik een uitkering", "utter_aanvraag"),
    ("ik ben vorige week vrijgelaten uit de gevangenis, kan ik bijstand krijgen", "utter_aanvraag"),
    ("ik moet de gevangenis in, wat moet ik doen als ik vrijkom", "utter_opname_detentie"),
])
def test_released_from_prison_read_as_opname_is_applying(text, response):
    assert responses("opname", text, "nl-je")[0] == response


def test_the_prison_text_says_apply_again():
    zin = eerste_tekst("opname", "ik moet een jaar de gevangenis in", "nl-je")
    assert "nieuwe aanvraag" in zin
