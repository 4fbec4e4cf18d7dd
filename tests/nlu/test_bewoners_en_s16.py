"""Session 17 (issue #15): the retired English tuning set afstemmen_en_s16 as training data (nlu/en/bewoners_s16_*.yml).

The set is out of the benches (its file gone, in no list of bench/nlu.py); its lines are in nlu/en/ by topic group
and follow the conventions of /work/notes/onderwerpen.md: no line types an amount or percentage of the law, a language
switch (the gateway reads those), keyboard mash or another language. Data only: no model is loaded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NIEUW = sorted((ROOT / "nlu" / "en").glob("bewoners_s16_*.yml"))
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels(paden):
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu") or []:
            if "intent" not in blok:
                continue
            for regel in (blok.get("examples") or "").splitlines():
                if regel.strip().startswith("- "):
                    yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]).strip(), pad.name


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return bench


def test_afstemmen_en_s16_is_retired_from_the_benches():
    assert not (ROOT / "tests" / "nlu" / "afstemmen_en_s16.yml").exists()
    bench = _bench()
    assert "afstemmen_en_s16.yml" not in bench.TESTSETS["en"]
    assert "afstemmen_en_s16.yml" not in bench.GESCHREVEN_ZONDER_NLU
    assert "afstemmen_en_s16.yml" not in bench.TOEVALLIG_GEDEELD
    assert "afstemmen_en_s17.yml" in bench.TESTSETS["en"]  # the session's own tuning set stays


def test_the_retired_set_is_training_data_by_topic():
    groepen = {p.name for p in NIEUW}
    assert {f"bewoners_s16_{g}.yml" for g in ("gesprek", "geld", "leven", "plichten", "procedure")} <= groepen
    assert sum(1 for _ in _regels(NIEUW)) > 200


def test_no_law_amount_language_switch_or_other_language():
    for intent, tekst, naam in _regels(NIEUW):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        assert not re.search(r"\b1\.?200\b|\b1\.?419|\b285\b|\b(12[.,]5|15|25) ?(percent|procent|%)", tekst), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)


def test_no_copy_of_another_line_of_nlu():
    bench = _bench()
    rest = {bench.normalise(e["text"]) for p in sorted((ROOT / "nlu").rglob("*.yml")) if p not in NIEUW
            for e in bench.load_examples(p)}
    for _, tekst, naam in _regels(NIEUW):
        assert bench.normalise(tekst) not in rest, (naam, tekst)
