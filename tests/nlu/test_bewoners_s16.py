"""Session 17: the retired Dutch tuning set afstemmen_s16 as training data (nlu/bewoners_s16_*.yml).

The set is out of the benches (its file gone, in no list of bench/nlu.py); its lines follow the conventions of
/work/notes/onderwerpen.md (session 16: someone staying over and whether they count is logeren, reporting a hospital
stay is opname, a small prize and whether to report it is inlichtingenplicht, someone coming to live with me for good
is kostendelersnorm); no line types the law's gift limit, norm amount or earnings percentage, a language switch (the
gateway reads those), another language or a whole English sentence (English examples are in nlu/en/).
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NIEUW = sorted((ROOT / "nlu").glob("bewoners_s16_*.yml"))
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels(paden):
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu", []):
            for regel in blok.get("examples", "").splitlines():
                if regel.strip().startswith("- "):
                    yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]), pad.name


def _label(tekst):
    return {i for i, t, _ in _regels(NIEUW) if t == tekst}


def test_afstemmen_s16_is_retired_from_the_benches():
    assert not (ROOT / "tests" / "nlu" / "afstemmen_s16.yml").exists()
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert "afstemmen_s16.yml" not in bench.TESTSETS["nl"]
    assert "afstemmen_s16.yml" not in bench.GESCHREVEN_ZONDER_NLU
    assert "afstemmen_s16.yml" not in bench.TOEVALLIG_GEDEELD
    assert "afstemmen_s16.yml" not in bench.NIET_IN_TALEN


def test_the_retired_set_is_training_data_by_topic():
    groepen = {p.name for p in NIEUW}
    assert {f"bewoners_s16_{g}.yml" for g in ("gesprek", "geld", "leven", "plichten", "procedure")} <= groepen
    assert sum(1 for _ in _regels(NIEUW)) > 250


def test_session_16_conventions_in_the_retired_lines():
    assert _label("telt een logee mee voor de kostendelersnorm") == {"logeren"}
    assert _label("ik word opgenomen moet ik dat melden") == {"opname"}
    assert _label("bingo gewonnen 40 euro melden?") == {"inlichtingenplicht"}
    assert _label("een kennis komt bij mij wonen als huurder met contract, telt hij mee") == {"kostendelersnorm"}


def test_money_amounts_are_annotated():
    tekst = (ROOT / "nlu" / "bewoners_s16_geld.yml").read_text(encoding="utf-8")
    assert "mn moeder geeft me [50 euro](bedrag) per maand mag ik dat houden" in tekst
    assert "[€" not in "".join(p.read_text(encoding="utf-8") for p in NIEUW)
    assert "[100](bedrag)%" not in "".join(p.read_text(encoding="utf-8") for p in NIEUW)


def test_no_law_amount_language_switch_other_language_or_english_sentence():
    for intent, tekst, naam in _regels(NIEUW):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        # the gift limit and the norm of the law; a person's own wage of that size ('1200 netto') is fine
        assert not re.search(r"\b(de|die|over|boven|van)( de)? 1\.?200\b|twaalfhonderd|\b1\.?419|procent|\b(25|15)%",
                             tekst), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)
        assert not re.search(r"\b(i|my|can|how|what|the|please|do you|pls)\b.*\b(i|me|my|you|get|keep|benefit|now|data)\b",
                             tekst, re.I), (naam, tekst)
