"""Session 15: the retired Dutch tuning set afstemmen_s14 as training data (nlu/bewoners_s14_*.yml).

The set is out of the benches (its file gone, in no list of bench/nlu.py); its lines follow the conventions of
/work/notes/onderwerpen.md (session 14: furnishing a new home without a move is bijzondere_bijstand); no line types
an amount or percentage of the law, a language switch (the gateway reads those) or another language.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NIEUW = sorted((ROOT / "nlu").glob("bewoners_s14_*.yml"))
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels(paden):
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu", []):
            for regel in blok.get("examples", "").splitlines():
                if regel.strip().startswith("- "):
                    yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]), pad.name


def test_afstemmen_s14_is_retired_from_the_benches():
    assert not (ROOT / "tests" / "nlu" / "afstemmen_s14.yml").exists()
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert "afstemmen_s14.yml" not in bench.TESTSETS["nl"]
    assert "afstemmen_s14.yml" not in bench.GESCHREVEN_ZONDER_NLU
    assert "afstemmen_s14.yml" not in bench.TOEVALLIG_GEDEELD
    assert "afstemmen_s14.yml" not in bench.NIET_IN_TALEN


def test_the_retired_set_is_training_data_by_topic():
    groepen = {p.name for p in NIEUW}
    assert {f"bewoners_s14_{g}.yml" for g in ("gesprek", "geld", "leven", "plichten", "procedure")} <= groepen
    assert sum(1 for _ in _regels(NIEUW)) > 250


def test_furnishing_a_new_home_without_a_move_is_bijzondere_bijstand():
    gevonden = {i for i, t, _ in _regels(NIEUW) if t == "nieuwe woning gekregen maar geen geld voor vloer en gordijnen"}
    assert gevonden in (set(), {"bijzondere_bijstand"})  # may be left out as a near copy of a blind-written set
    assert not any(i == "verhuizen" and "vloer" in t and "verhuis" not in t for i, t, _ in _regels(NIEUW))


def test_no_law_amount_language_switch_or_other_language():
    for intent, tekst, naam in _regels(NIEUW):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        assert not re.search(r"\b1\.?200\b|\b1419|\b25 ?(procent|%)|\b15 ?(procent|%)", tekst), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)

