"""Session 18 (issue #15): nlu/en/grenzen_s18.yml, English examples of the KINDS the start model missed in the tuning
set afstemmen_en_s18, and nlu/en/zonder_bedrag_s18.yml, the kinds of questions residents ask about an amount or
percentage of the law, written without the law's number. Written in other words; never a copy of a test message.
Data only: no model is loaded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
GRENZEN = ROOT / "nlu" / "en" / "grenzen_s18.yml"
ZONDER_BEDRAG = ROOT / "nlu" / "en" / "zonder_bedrag_s18.yml"
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")
# the law's amounts and percentages as session 17's rule names them (test_wetbedragen_en_s17.py), and in words
WETBEDRAG = re.compile(r"\b1[.,]?200\b|\b1[.,]?419|\b285\b|\b(12[.,]5|15|25|5) ?(percent|procent|%)|\bquarter\b", re.I)


def _regels(pad):
    for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu") or []:
        for regel in (blok.get("examples") or "").splitlines():
            if regel.strip().startswith("- "):
                yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]).strip()


def _labels(pad):
    labels = {}
    for intent, tekst in _regels(pad):
        labels.setdefault(intent, []).append(tekst)
    return labels


def _bench():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    return bench


def test_the_kinds_of_the_misses_are_taught():
    labels = _labels(GRENZEN)
    assert sum(len(v) for v in labels.values()) >= 50
    # frustration with the bot + a person = mens_spreken; a birthday or present outside the law = buiten_bereik
    assert all(re.search(r"person|human|somebody|someone|employee|klantmanager", t) for t in labels["mens_spreken"])
    assert any(re.search(r"birthday|present|gift", t) for t in labels["buiten_bereik"])
    # net or gross as a bare form answer = informeren; a tenant with a contract = kostendelersnorm
    assert all(len(t.split()) <= 10 for t in labels["informeren"])
    assert sum("contract" in t for t in labels["kostendelersnorm"]) >= 3
    # the deurwaarder taking an own amount each month = beslag; own age past the AOW age + duties = aow_aio
    assert all(re.search(r"\d", t) for t in labels["beslag"])
    assert all(re.search(r"6[7-9]|aow|pension", t) for t in labels["aow_aio"])


def test_the_law_questions_are_taught_without_the_laws_number():
    labels = _labels(ZONDER_BEDRAG)
    # per person or per household, the percentage you keep, how long: the words carry the question
    assert sum(bool(re.search(r"person|household|family|each of us|together", t)) for t in labels["giften"]) >= 5
    assert sum("percent" in t for t in labels["bijverdienen"]) >= 5
    # the general questions have no number at all; an own wage stays the person's own amount (bedrag)
    for intent in ("giften", "bijverdienen", "bijstandsnorm", "vakantiegeld", "vermogen"):
        assert all(not re.search(r"\d", t) for t in labels[intent]), intent
    assert sum(bool(re.search(r"\d", t)) for t in labels["bereken_bijverdienen"]) >= 5


def test_no_law_amount_and_no_copy_of_the_tuning_set_or_the_rest_of_nlu():
    bench = _bench()
    set_pad = ROOT / "tests" / "nlu" / "afstemmen_en_s18.yml"
    set_teksten = [bench.normalise(e["text"]) for e in bench.load_examples(set_pad)] if set_pad.exists() else []
    eigen = (GRENZEN, ZONDER_BEDRAG)
    rest = {bench.normalise(e["text"]) for p in sorted((ROOT / "nlu").rglob("*.yml")) if p not in eigen
            for e in bench.load_examples(p)}
    gezien = set()
    for pad in eigen:
        for intent, tekst in _regels(pad):
            n = bench.normalise(tekst)
            assert not WETBEDRAG.search(tekst), tekst
            assert n not in set_teksten, tekst
            assert n not in rest, tekst
            assert n not in gezien, tekst
            gezien.add(n)
    # no near copy of a tuning message either (bench/nlu.py's own rule)
    nieuw = [e for pad in eigen for e in bench.load_examples(pad)]
    if set_pad.exists():
        assert [p for _, p, t in bench.overlap_pairs(nieuw, bench.load_examples(set_pad)) if t is not None] == []
