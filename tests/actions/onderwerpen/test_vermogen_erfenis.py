"""Savings and inheritances: the vermogensgrens beside an application, an inheritance not yet paid, accepting one with
debts (beneficiair or verwerpen). Dutch."""

from __future__ import annotations

import pytest

import knowledge
from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord_namen, eerste_tekst, responses


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_no_savings_is_no_answer_about_the_limit():
    text = "mijn ww houdt volgende maand op en ik heb geen spaargeld, wanneer moet ik bijstand aanvragen"
    assert antwoord_namen("aanvraag", text, PEILDATUM)[0] == "utter_aanvraag"


# --- s14: applying with no savings: the application's answer, not "€ 0 mag je houden" ---------------------------------

@pytest.mark.parametrize("text", [
    "ik word volgende maand ontslagen en heb geen spaargeld, wanneer kan ik bijstand aanvragen",
    "mijn uitkering van het uwv loopt af, ik heb niks gespaard. hoe vraag ik bijstand aan",
])
def test_no_savings_named_beside_an_application_is_no_savings_answer(text):
    namen = responses("aanvraag", text)
    assert not any(n.startswith("utter_vermogen") for n in namen)
    assert "voorschot" in eerste_tekst("aanvraag", text)


def test_savings_with_an_amount_beside_an_application_keep_the_savings_answer():
    grens = int(knowledge.waarde("vermogen.grens_gezin", DAG))
    assert responses("aanvraag", f"we hebben {grens + 4000} euro spaargeld, kunnen we bijstand aanvragen")[0] \
        .startswith("utter_vermogen")


# --- s15: money from an inheritance that has not come yet is not the benefit that was not paid ------------------------

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


# --- s15: accepting an inheritance with debts: beneficiair or verwerpen -----------------------------------------------

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
