"""Session 17 (issue #15): nlu/en/grenzen_s17.yml, English examples of the KINDS the start model missed in the tuning
set afstemmen_en_s17, written in other words; never a copy of a test message. Data only: no model is loaded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BESTAND = ROOT / "nlu" / "en" / "grenzen_s17.yml"
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
    # acute need beside a stopped bijstand stays noodsituatie; a household as a bare answer is informeren
    assert all(re.search(r"today|tonight|now|since yesterday", t) for t in labels["noodsituatie"])
    assert any(re.search(r"\bno (kids|children)\b", t) for t in labels["informeren"])
    # an own gift WITH an amount + must I tell = bereken_giften (session 15); a complaint about a rule = signaal_geven
    assert all(re.search(r"\d", t) and re.search(r"tell|report|inform", t) for t in labels["bereken_giften"])
    assert any(re.search(r"\d", t) for t in labels["signaal_geven"])
    # friends sharing a house are no couple: kostendelersnorm
    assert any("not a couple" in t for t in labels["kostendelersnorm"])
    # the gift limit per person or household, without the law's amount
    assert all(not re.search(r"\d", t) for t in labels["giften"])


def test_no_law_amount_and_no_copy_of_the_tuning_set_or_the_rest_of_nlu():
    bench = _bench()
    set_pad = ROOT / "tests" / "nlu" / "afstemmen_en_s17.yml"
    set_teksten = {bench.normalise(e["text"]) for e in bench.load_examples(set_pad)} if set_pad.exists() else set()
    rest = {bench.normalise(e["text"]) for p in sorted((ROOT / "nlu").rglob("*.yml")) if p != BESTAND
            for e in bench.load_examples(p)}
    for intent, tekst in _regels():
        assert not re.search(r"\b1[.,]?200\b|\b1[.,]?419|\b285\b|\b(12[.,]5|15|25|5) ?(percent|procent|%)", tekst), tekst
        assert bench.normalise(tekst) not in set_teksten, tekst
        assert bench.normalise(tekst) not in rest, tekst
