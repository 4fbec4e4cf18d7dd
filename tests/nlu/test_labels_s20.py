"""Session 20 (H1): Dutch labels settled in session 20, checked over all of nlu/*.yml. Data only: no model is loaded.

* Whether vakantiegeld is IN the norm, the monthly amount or the bijstand is a vakantiegeld question (settled with H2
  and the lead, /work/notes/onderwerpen.md): utter_vakantiegeld answers it first ("het zit al in de norm: de gemeente
  houdt elke maand een deel apart"), the norm's answer gives amounts. Five Dutch lines said bijstandsnorm (nlu/geld.yml
  4, bewoners_s15_geld.yml 1); the English lines the same way in tests/nlu/test_labels_en_s20.py.
* Another language is the language filter's (onderwerpen.md: "unknown language: nlu_fallback"; a typed English message
  is read by nlu/en/): nlu/basis.yml had nine English sentences and an Arabic, a French and a German one among the
  Dutch buiten_bereik lines. Their words also became known words of the language filter (the training words are kept
  with the model, wegwijs/rasa/taalherkenning.py), so German or French near them could pass as Dutch.
"""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import bestanden, regels

VAKANTIEGELD = r"(vakantiegeld|vakantietoeslag)"
IN_DE_NORM = re.compile(VAKANTIEGELD + r".{0,30}\b(in|bij) (de|het|mijn)( maandelijkse)? (norm|bedrag|bedragen|maandbedrag|bijstand|uitkering)\b.{0,20}"
                        r"(inbegrepen|meegerekend|meegeteld|verwerkt|$|of niet|of (komt|is) )"
                        r"|\bzit\b.{0,10}" + VAKANTIEGELD + r".{0,10}\bin (de|het) (norm|bedrag|bedragen)", re.I)
ANDERE_TALEN = ["what is the weather like", "how are you doing today", "can you help me with my homework", "i love pizza",
                "the quick brown fox jumps over the lazy dog", "how do i reset my password", "what is the capital of germany",
                "who are you talking to", "i need a taxi", "كيف حالك", "je suis perdu ou est la gare",
                "wo ist hier ein supermarkt in der nähe"]
ENGELSE_ZIN = re.compile(r"\b(i|my|can|how|what|the|please|do you|pls)\b.*\b(i|me|my|you|get|keep|benefit|now|data|like|today|weather)\b",
                         re.I)


def test_whether_vakantiegeld_is_in_the_norm_is_vakantiegeld():
    gevonden = {(naam, tekst): intent for intent, tekst, naam in regels(bestanden("nl")) if IN_DE_NORM.search(tekst)}
    assert len(gevonden) >= 8, gevonden
    assert {k: i for k, i in gevonden.items() if i != "vakantiegeld"} == {}


def test_the_kinds_next_to_it_keep_their_label():
    """Holiday pay of an own job is income, a deurwaarder on it beslag: not vakantiegeld of the bijstand."""
    labels = {tekst: intent for intent, tekst, _ in regels(bestanden("nl"))}
    assert labels["telt vakantiegeld van een bijbaan mee"] == "bijverdienen"
    assert labels["mag de deurwaarder beslag leggen op mijn vakantiegeld"] == "beslag"
    assert labels["zit vakantiegeld al in de norm"] == "vakantiegeld"


def test_no_other_language_among_the_dutch_out_of_scope_lines():
    buiten = [(naam, t) for i, t, naam in regels(bestanden("nl")) if i == "buiten_bereik"]
    alle = {t for _, t, _ in regels(bestanden("nl"))}
    assert len(buiten) > 100
    assert not [t for t in ANDERE_TALEN if t in alle]
    assert not [(n, t) for n, t in buiten if re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac\u26bd]", t)]
    assert not [(n, t) for n, t in buiten if ENGELSE_ZIN.search(t)]
    # Dutch with an English name or word stays
    assert "wie wint the voice" in {t for _, t in buiten}
