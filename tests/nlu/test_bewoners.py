"""The retired tuning sets as training data: nlu/bewoners_sNN_*.yml and nlu/en/bewoners_sNN_*.yml.

Each session the tuning sets written blind in the session before leave the benches and go into nlu/ by topic group,
after a label review (the conventions of /work/notes/onderwerpen.md). One row per retired set in GEPENSIONEERD; a new
retirement is a new row (and, where its review settled a convention, a line in CONVENTIES). Whether a line names an
amount or percentage of the law is checked over all of nlu/ in test_wetbedragen_s17.py and test_wetbedragen_en_s17.py.
Data only: no model is loaded.
"""
from __future__ import annotations

import re

import pytest

from tests.nlu.nlu_regels import ROOT, bench as _bench, map_van, regels as _regels

GROEPEN = ("gesprek", "geld", "leven", "plichten", "procedure")
# (language, session whose tuning set was retired, fewest lines taken in)
GEPENSIONEERD = [("nl", 14, 250), ("nl", 15, 250), ("nl", 16, 250), ("nl", 17, 250), ("nl", 18, 200), ("nl", 19, 200), ("nl", 20, 200), ("en", 15, 200), ("en", 16, 200), ("en", 17, 200), ("en", 18, 200), ("en", 19, 200), ("en", 20, 200)]
# A whole English sentence in the Dutch data (English examples belong in nlu/en/); checked from session 15 on.
ENGELSE_ZIN = re.compile(r"\b(i|my|can|how|what|the|please|do you|pls)\b.*\b(i|me|my|you|get|keep|benefit|now|data)\b",
                         re.I)
# Labels the review of a set settled: (language, session, text) -> intent; a line may also have been left out as a
# near copy of a blind-written set (then it is absent, never with another label).
CONVENTIES = {
    ("nl", 14, "nieuwe woning gekregen maar geen geld voor vloer en gordijnen"): "bijzondere_bijstand",
    ("nl", 15, "gift vs lening wat is het verschil voor de gemeente"): "lening",
    ("nl", 15, "moet ik ook melden als ik een paar dagen in het ziekenhuis lig"): "opname",
    ("nl", 15, "als ik met mijn zieke zus samen ga wonen voor de zorg, zijn we dan een huishouden"): "kostendelersnorm",
    ("nl", 16, "telt een logee mee voor de kostendelersnorm"): "logeren",
    ("nl", 16, "ik word opgenomen moet ik dat melden"): "opname",
    ("nl", 16, "bingo gewonnen 40 euro melden?"): "inlichtingenplicht",
    ("nl", 16, "een kennis komt bij mij wonen als huurder met contract, telt hij mee"): "kostendelersnorm",
    ("nl", 17, "ik lig al 2 weken in het ziekenhuis, moet ik iets doorgeven"): "opname",
    ("nl", 17, "moet ik een kraslot van 25 euro melden"): "inlichtingenplicht",
    ("nl", 17, "mijn nicht komt 2 weken logeren, moet ik dat melden"): "logeren",
    ("nl", 17, "ik verhuur een kamer aan een student, is dat een kostendeler"): "kostendelersnorm",
    ("nl", 18, "mijn zus blijft 2 weken logeren, moet ik dat melden"): "logeren",
    ("nl", 18, "ik wil een kamer verhuren telt die huurder mee"): "kostendelersnorm",
    ("nl", 18, "moet ik een bingo prijsje van 40 euro doorgeven"): "inlichtingenplicht",
    ("nl", 18, "mijn moeder is opgenomen in de ggz, moet ik iets doorgeven voor haar"): "opname",
    ("nl", 18, "ik heb 15 euro teruggekregen van de energie, moet dat op het formulier"): "inlichtingenplicht",
    ("nl", 19, "ik verhuur een kamer aan een student, is hij een kostendeler"): "kostendelersnorm",
    ("nl", 19, "mijn zus komt 3 weken logeren met haar kinderen"): "logeren",
    ("nl", 19, "bingo 40 euro gewonnen, melden?"): "inlichtingenplicht",
    ("nl", 19, "ik ga 3 maanden naar een kliniek, moet ik dat melden"): "opname",
    ("nl", 19, "ik verhuis volgende maand moet de gemeente dat weten"): "verhuizen",
    ("nl", 20, "een vriend komt voorgoed bij mij wonen, moet ik dat doorgeven en telt hij"): "kostendelersnorm",
    ("nl", 20, "mijn neef komt 2 weken logeren, moet ik dat melden"): "logeren",
    ("nl", 20, "40 euro gewonnen met bingo, doorgeven?"): "inlichtingenplicht",
    ("nl", 20, "is de vakantietoeslag al in de norm verwerkt"): "vakantiegeld",
    ("nl", 20, "mijn dochter heeft mijn nieuwe bril betaald, 320 euro, telt dat als gift"): "bereken_giften",
    ("nl", 20, "ik heb een nieuwe bril nodig en geen geld"): "bijzondere_bijstand",
    ("en", 17, "i go to hospital for 2 weeks, must i tell"): "opname",
    ("en", 17, "i won 25 euro with a kraslot, must i tell"): "inlichtingenplicht",
    ("en", 17, "i am moving next month, must i report"): "verhuizen",
    ("en", 17, "a homeless friend sleeps on my couch, does that affect my bijstand"): "logeren",
    ("en", 17, "if my mother moves in with me for good, is she counted"): "kostendelersnorm",
    ("en", 18, "i am writing for my brother, he had bijstand and now he is in prison for 2 months, the gemeente doesnt know "
               "yet, does he have to tell them and what happens to his uitkering and his rent"): "opname",
    ("en", 18, "do i need to report a bingo prize of 40 euro"): "inlichtingenplicht",
    ("en", 18, "i am going to move, must i report that"): "verhuizen",
    ("en", 18, "my sister comes to stay 3 weeks from abroad, do i need to tell"): "logeren",
    ("en", 18, "my mother comes to live with us for good, what changes"): "kostendelersnorm",
    ("en", 18, "i want to rent a room to a student, does he count as kostendeler"): "kostendelersnorm",
    ("en", 19, "i won a bingo prize of 40 euro, do i report it"): "inlichtingenplicht",
    ("en", 19, "my friend wants to move in with me for good, what happens with my uitkering"): "kostendelersnorm",
    ("en", 19, "homeless brother staying a few nights, do i report it"): "logeren",
    ("en", 19, "i will be admitted to a clinic, must i report that"): "opname",
    ("en", 19, "does voedselbank food count as gift"): "giften",
    ("en", 19, "i got a boete for not reporting, is that fair"): "terugvordering",
    ("en", 20, "i got a new housemate, do i need to report it"): "kostendelersnorm",
    ("en", 20, "a friend will move in with me for good, does he count for the kostendelersnorm"): "kostendelersnorm",
    ("en", 20, "can family stay with me on holiday"): "logeren",
    ("en", 20, "i won a bingo prize of 40 euro, report or not"): "inlichtingenplicht",
    ("en", 20, "my daughter paid for my glasses, 280 euro, must i tell it"): "bereken_giften",
    ("en", 20, "i am admitted to ggz, do i keep bijstand"): "opname",
    ("en", 20, "i am moving, must i report"): "verhuizen",
}
# A money amount in a retired line is annotated as bedrag, on token boundaries (no lone euro sign in the span).
BEDRAG_GEANNOTEERD = {
    ("nl", 15): "mn moeder stort elke maand [80 euro](bedrag) mag ik dat houden",
    ("nl", 16): "mn moeder geeft me [50 euro](bedrag) per maand mag ik dat houden",
    ("nl", 17): "ik kreeg in januari [600](bedrag) en in oktober [700](bedrag) van mijn oom kan dat zo",
    ("nl", 18): "ik leen [1000 euro](bedrag) van mijn ouders voor een auto en betaal elke maand [50](bedrag) terug",
    ("nl", 19): "mijn vriend leent me [500 euro](bedrag) voor de reparatie van mijn auto, ik betaal het elke maand met [25 euro](bedrag) terug, telt dat als inkomen of als gift",
    ("nl", 20): "mijn dochter heeft mijn nieuwe bril betaald, [320 euro](bedrag), telt dat als gift",
    ("en", 17): "mom gives [75](bedrag) a month plus [300](bedrag) for eid, calculate if ok",
    ("en", 18): "my ex boyfriend pays my energy bill, [120](bedrag) a month, is that giften",
    ("en", 19): "my father paid [900](bedrag) for my rent arrears, can i keep it or will they cut",
    ("en", 20): "my daughter paid for my glasses, [280 euro](bedrag), must i tell it",
}
IDS = [f"{taal}-s{sessie}" for taal, sessie, _ in GEPENSIONEERD]


def _bestanden(taal, sessie):
    return sorted(map_van(taal).glob(f"bewoners_s{sessie}_*.yml"))


def _setnaam(taal, sessie):
    return f"afstemmen_s{sessie}.yml" if taal == "nl" else f"afstemmen_en_s{sessie}.yml"


@pytest.mark.parametrize("taal,sessie,_minimum", GEPENSIONEERD, ids=IDS)
def test_the_set_is_retired_from_the_benches(taal, sessie, _minimum):
    naam = _setnaam(taal, sessie)
    assert not (ROOT / "tests" / "nlu" / naam).exists()
    bench = _bench()
    assert naam not in bench.TESTSETS[taal]
    assert naam not in bench.GESCHREVEN_ZONDER_NLU
    assert naam not in bench.TOEVALLIG_GEDEELD
    assert naam not in bench.NIET_IN_TALEN


@pytest.mark.parametrize("taal,sessie,minimum", GEPENSIONEERD, ids=IDS)
def test_the_retired_set_is_training_data_by_topic(taal, sessie, minimum):
    assert {f"bewoners_s{sessie}_{g}.yml" for g in GROEPEN} <= {p.name for p in _bestanden(taal, sessie)}
    assert sum(1 for _ in _regels(_bestanden(taal, sessie))) > minimum


@pytest.mark.parametrize("taal,sessie,_minimum", GEPENSIONEERD, ids=IDS)
def test_no_language_switch_gibberish_or_other_script(taal, sessie, _minimum):
    """A language switch is the gateway's; gibberish and other languages are the language filter's."""
    for intent, tekst, naam in _regels(_bestanden(taal, sessie)):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)
        if taal == "nl" and sessie >= 15:
            assert not ENGELSE_ZIN.search(tekst), (naam, tekst)


@pytest.mark.parametrize("taal,sessie,_minimum", GEPENSIONEERD, ids=IDS)
def test_the_review_applied_the_conventions(taal, sessie, _minimum):
    labels = {}
    for intent, tekst, _ in _regels(_bestanden(taal, sessie)):
        labels.setdefault(tekst, set()).add(intent)
    for (t, s, tekst), intent in CONVENTIES.items():
        if (t, s) == (taal, sessie):
            assert labels.get(tekst, {intent}) == {intent}, tekst
    if (taal, sessie) == ("nl", 14):  # furnishing without a move is never verhuizen
        assert not any("verhuizen" in i and "vloer" in t and "verhuis" not in t for t, i in labels.items())
    if taal == "en":  # the bare 'how much bijstand will i get' has no own facts: bijstandsnorm (session 16)
        kaal = re.compile(r"^how much (bijstand|uitkering|benefit|money) (will|do|would|can) i (get|receive)\W*$", re.I)
        assert not [t for t, i in labels.items() if kaal.match(t) and "bereken_norm" in i]


@pytest.mark.parametrize("taal,sessie", sorted(BEDRAG_GEANNOTEERD), ids=[f"{t}-s{s}" for t, s in sorted(BEDRAG_GEANNOTEERD)])
def test_money_amounts_are_annotated_on_token_boundaries(taal, sessie):
    paden = _bestanden(taal, sessie)
    tekst = "".join(p.read_text(encoding="utf-8") for p in paden)
    assert BEDRAG_GEANNOTEERD[(taal, sessie)] in tekst
    assert "[€" not in tekst
    assert "[100](bedrag)%" not in tekst


@pytest.mark.parametrize("taal,sessie", [("nl", 17), ("nl", 18), ("nl", 19), ("nl", 20), ("en", 16), ("en", 17), ("en", 18), ("en", 19), ("en", 20)], ids=["nl-s17", "nl-s18", "nl-s19", "nl-s20", "en-s16", "en-s17", "en-s18", "en-s19", "en-s20"])
def test_no_copy_of_another_line_of_nlu(taal, sessie):
    """Checked from the English retirement of session 17 on (the older ones share a few short lines)."""
    bench = _bench()
    eigen = _bestanden(taal, sessie)
    rest = {bench.normalise(e["text"]) for p in sorted((ROOT / "nlu").rglob("*.yml")) if p not in eigen
            for e in bench.load_examples(p)}
    for _, tekst, naam in _regels(eigen):
        assert bench.normalise(tekst) not in rest, (naam, tekst)
