"""Session 16: new Dutch examples of the kinds the session-start model missed in afstemmen_s16 (nlu/soorten_s16.yml),
and life events told as a first message.

Labels by /work/notes/onderwerpen.md (session-16 conventions); no amount, percentage, period or age limit of the law
typed; Dutch only.
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BESTAND = ROOT / "nlu" / "soorten_s16.yml"
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels():
    for blok in yaml.safe_load(BESTAND.read_text(encoding="utf-8"))["nlu"]:
        for regel in blok["examples"].splitlines():
            if regel.strip().startswith("- "):
                yield blok["intent"], _ENTITEIT.sub(r"\1", regel.strip()[2:])


def _label(tekst):
    return {i for i, t in _regels() if t == tekst}


def test_a_life_event_told_as_a_first_message_is_informeren():
    """As 'ik ben gescheiden' (ec243d7): the start model read these as afscheid ('ik ga ...', 'ik ben ...') or jongeren."""
    for tekst in ("ik ga trouwen", "ik ben ziek", "ik ben zwanger"):
        assert _label(tekst) == {"informeren"}, tekst


def test_reaching_the_aow_age_soon_is_aow_aio():
    assert {i for i, t in _regels() if re.search(r"word(t)? .*67|aow leeftijd|aow gaat", t)} == {"aow_aio"}


def test_session_16_kinds():
    assert {i for i, t in _regels() if re.search(r"gewonnen|won ", t)} == {"inlichtingenplicht"}
    assert {i for i, t in _regels() if re.search(r"smartengeld|letsel", t)} == {"erfenis"}
    assert {i for i, t in _regels() if re.search(r"celstraf|gevangenis|de bak in|brommen|kliniek|opgenomen", t)} == {"opname"}
    assert {i for i, t in _regels() if re.search(r"\b(betaalt|draagt)\b.*\b(huur|kostgeld)\b.*\btel", t)} == {"kostendelersnorm"}
    assert {i for i, t in _regels() if re.search(r"stilgezet|stilgelegd|bevroren", t)} == {"stopgezet"}


def test_no_law_amount_and_dutch_only():
    for intent, tekst in _regels():
        assert not re.search(r"\b1\.?200\b|\b1419|procent|%|4 weken|vier weken", tekst), tekst
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), tekst
