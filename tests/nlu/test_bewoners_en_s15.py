"""Session 16 (issue #15): the retired English tuning set afstemmen_en_s15 as training data (nlu/en/bewoners_s15_*.yml).

The set is out of the benches (its file gone, in no list of bench/nlu.py); its lines are in nlu/en/ by topic group
and follow the conventions of /work/notes/onderwerpen.md: no line types an amount or percentage of the law, a language
switch (the gateway reads those), keyboard mash or another language. Data only: no model is loaded."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NIEUW = sorted((ROOT / "nlu" / "en").glob("bewoners_s15_*.yml"))
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels(paden):
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu") or []:
            if "intent" not in blok:
                continue
            for regel in (blok.get("examples") or "").splitlines():
                if regel.strip().startswith("- "):
                    yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:]).strip(), pad.name


def test_afstemmen_en_s15_is_retired_from_the_benches():
    assert not (ROOT / "tests" / "nlu" / "afstemmen_en_s15.yml").exists()
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import nlu as bench
    finally:
        sys.path.remove(str(ROOT / "bench"))
    assert "afstemmen_en_s15.yml" not in bench.TESTSETS["en"]
    assert "afstemmen_en_s15.yml" not in bench.GESCHREVEN_ZONDER_NLU
    assert "afstemmen_en_s15.yml" not in bench.TOEVALLIG_GEDEELD


def test_the_retired_set_is_training_data_by_topic():
    groepen = {p.name for p in NIEUW}
    assert {f"bewoners_s15_{g}.yml" for g in ("gesprek", "geld", "leven", "plichten", "procedure")} <= groepen
    assert sum(1 for _ in _regels(NIEUW)) > 200


def test_no_law_amount_language_switch_or_other_language():
    for intent, tekst, naam in _regels(NIEUW):
        assert intent not in ("taal_kiezen", "nlu_fallback"), (naam, tekst)
        assert not re.search(r"\b1\.?200\b|\b1419|\b25 ?(percent|procent|%)|\b15 ?(percent|procent|%)", tekst), (naam, tekst)
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), (naam, tekst)


def test_how_much_bijstand_without_own_facts_is_bijstandsnorm_here():
    """The set labelled the bare 'how much bijstand will i get' bereken_norm; session 16: bijstandsnorm."""
    kaal = re.compile(r"^how much (bijstand|uitkering|benefit|money) (will|do|would|can) i (get|receive)\W*$", re.I)
    assert [t for i, t, _ in _regels(NIEUW) if kaal.match(t) and i == "bereken_norm"] == []
