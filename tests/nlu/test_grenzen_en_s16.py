"""Session 16 (issue #15): nlu/en/grenzen_s16.yml, English examples of the KINDS the start model missed in the tuning
set afstemmen_en_s16, written in other words; never a copy of a test message. Data only: no model is loaded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BESTAND = ROOT / "nlu" / "en" / "grenzen_s16.yml"
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels():
    for blok in yaml.safe_load(BESTAND.read_text(encoding="utf-8")).get("nlu") or []:
        for regel in (blok.get("examples") or "").splitlines():
            if regel.strip().startswith("- "):
                yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]).strip()


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return bench


def test_the_kinds_are_taught():
    regels = list(_regels())
    assert len(regels) >= 80
    labels = {}
    for intent, tekst in regels:
        labels.setdefault(intent, []).append(tekst)
    assert any("never mind" in t for t in labels["stoppen"])
    assert any("live" in t and "want" in t for t in labels["noodsituatie"])
    assert sum("student" in t or "studie" in t for t in labels["kostendelersnorm"]) >= 4
    assert any("report" in t for t in labels["buitenland"])
    # session 16: a frequency without an amount is giften, the difference between a gift and a loan lening
    assert all(not re.search(r"\d", t) for t in labels["giften"])
    assert any("gift" in t for t in labels["lening"])


def test_no_law_amount_and_no_copy_of_the_tuning_set_or_the_rest_of_nlu():
    bench = _bench()
    # the set was retired into nlu/en/bewoners_s16_*.yml in session 17: the lines kept of it are in `rest` since then
    set_pad = ROOT / "tests" / "nlu" / "afstemmen_en_s16.yml"
    set_teksten = {bench.normalise(e["text"]) for e in bench.load_examples(set_pad)} if set_pad.exists() else set()
    rest = {bench.normalise(e["text"]) for p in sorted((ROOT / "nlu").rglob("*.yml")) if p != BESTAND
            for e in bench.load_examples(p)}
    for intent, tekst in _regels():
        assert not re.search(r"\b1\.?200\b|\b1419|\b25 ?(percent|procent|%)", tekst), tekst
        assert bench.normalise(tekst) not in set_teksten, tekst
        assert bench.normalise(tekst) not in rest, tekst
