"""Session 16: the retired Dutch tuning set afstemmen_s15 as training data (nlu/bewoners_s15_*.yml).

The set is out of the benches (its file gone, in no list of bench/nlu.py); its lines follow the conventions of
/work/notes/onderwerpen.md (session 16: the difference between a gift and a loan is lening, reporting a hospital stay
is opname, someone who is not a partner coming to live with me and whether they count is kostendelersnorm); no line
types an amount or percentage of the law, a language switch (the gateway reads those), another language or a whole
English sentence (English examples are in nlu/en/).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NIEUW = sorted((ROOT / "nlu").glob("bewoners_s15_*.yml"))
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels(paden):
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu", []):
            for regel in blok.get("examples", "").splitlines():
                if regel.strip().startswith("- "):
                    yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]), pad.name


def _label(tekst):
    return {i for i, t, _ in _regels(NIEUW) if t == tekst}


def test_afstemmen_s15_is_retired_from_the_benches():
    assert not (ROOT / "tests" / "nlu" / "afstemmen_s15.yml").exists()
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert "afstemmen_s15.yml" not in bench.TESTSETS["nl"]
    assert "afstemmen_s15.yml" not in bench.GESCHREVEN_ZONDER_NLU
    assert "afstemmen_s15.yml" not in bench.TOEVALLIG_GEDEELD
    assert "afstemmen_s15.yml" not in bench.NIET_IN_TALEN


def test_the_retired_set_is_training_data_by_topic():
    groepen = {p.name for p in NIEUW}
    assert {f"bewoners_s15_{g}.yml" for g in ("gesprek", "geld", "leven", "plichten", "procedure")} <= groepen
    assert sum(1 for _ in _regels(NIEUW)) > 250


def test_session_16_conventions_in_the_retired_lines():
    assert _label("gift vs lening wat is het verschil voor de gemeente") == {"lening"}
    assert _label("moet ik ook melden als ik een paar dagen in het ziekenhuis lig") == {"opname"}
    assert _label("als ik met mijn zieke zus samen ga wonen voor de zorg, zijn we dan een huishouden") == {"kostendelersnorm"}


def test_money_amounts_are_annotated():
    tekst = (ROOT / "nlu" / "bewoners_s15_geld.yml").read_text(encoding="utf-8")
    assert "mn moeder stort elke maand [80 euro](bedrag) mag ik dat houden" in tekst
    assert "[€" not in "".join(p.read_text(encoding="utf-8") for p in NIEUW)


def test_no_law_amount_language_switch_other_language_or_english_sentence():
    for intent, tekst, naam in _regels(NIEUW):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        assert not re.search(r"\b1\.?200\b|\b1419|\b25 ?(procent|%)|\b15 ?(procent|%)|bufferbudget", tekst), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)
        assert not re.search(r"\b(i|my|can|how|what|the|please|do you)\b.*\b(i|me|my|you|get|keep|benefit|now)\b",
                             tekst, re.I), (naam, tekst)
