"""Session 15: new Dutch examples of the kinds the session-start model missed in afstemmen_s15 (nlu/soorten_s15.yml).

Labels by /work/notes/onderwerpen.md; no amount, percentage or age limit of the law typed; Dutch only.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BESTAND = ROOT / "nlu" / "soorten_s15.yml"
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels():
    for blok in yaml.safe_load(BESTAND.read_text(encoding="utf-8"))["nlu"]:
        for regel in blok["examples"].splitlines():
            if regel.strip().startswith("- "):
                yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:])


def test_feedback_about_wegwijs_itself_is_signaal_geven():
    signaal = [t for i, t in _regels() if i == "signaal_geven"]
    assert any("antwoord" in t for t in signaal) and any("wegwijs" in t for t in signaal)


def test_a_small_prize_to_report_is_inlichtingenplicht_not_erfenis():
    prijzen = {i for i, t in _regels() if re.search(r"gewonnen|won |prijs", t)}
    assert prijzen == {"inlichtingenplicht"}


def test_no_law_amount_and_dutch_only():
    for intent, tekst in _regels():
        assert not re.search(r"\b1\.?200\b|\b1419|procent|%|4 weken", tekst), tekst
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), tekst
