"""Session 17: new Dutch examples of the kinds the session-start model missed in afstemmen_s17 (nlu/soorten_s17.yml).

Labels by /work/notes/onderwerpen.md (session-16 conventions); no amount, percentage, period or age limit of the law
typed; Dutch only (short loanwords such as 'thx', 'cancel' are Dutch chat).
"""
from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BESTAND = ROOT / "nlu" / "soorten_s17.yml"
_ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def _regels():
    for blok in yaml.safe_load(BESTAND.read_text(encoding="utf-8"))["nlu"]:
        for regel in blok["examples"].splitlines():
            if regel.strip().startswith("- "):
                yield blok["intent"], regel.strip()[2:]


def test_session_17_kinds():
    regels = [(i, _ENTITEIT.sub(r"\1", r)) for i, r in _regels()]
    # a short thanks without vowels is a known word now, not gibberish for the language filter
    assert {i for i, t in regels if re.match(r"(thnx|thanx|thnks|tnx)\b", t)} == {"bedanken"}
    # stopping a form to do it later is stoppen, not afscheid
    assert {i for i, t in regels if re.search(r"\bcancel\b|later (verder|in|nog|op terug)|andere keer", t)} == {"stoppen"}
    # money advanced by someone and paid back, while the gemeente asks whether it is a gift: lening
    assert {i for i, t in regels if re.search(r"voorgeschoten|voorschoot|leende|geleend|terugbetaal|los het af", t)} == {"lening"}
    # an advance while the application is decided: aanvraag, not stopgezet
    assert {i for i, t in regels if re.search(r"voorschot|vooruit|voorschieten|in de tussentijd", t)} == {"aanvraag"}
    # someone of the gemeente coming to my home: huisbezoek, not mens_spreken
    assert {i for i, t in regels if re.search(r"bij (me|mij) thuis|langs bij mij|bij mij langs|aan de deur|woning zien", t)} == {"huisbezoek"}


def test_own_gifts_carry_an_annotated_amount():
    for intent, ruw in _regels():
        if intent in ("bereken_giften", "lening"):
            assert "](bedrag)" in ruw, ruw


def test_no_law_amount_and_dutch_only():
    for intent, ruw in _regels():
        tekst = _ENTITEIT.sub(r"\1", ruw)
        assert not re.search(r"\b1\.?200\b|\b1\.?419|procent|%|4 weken|vier weken|\b27\b|\b67\b", tekst), tekst
        assert not re.search(r"[^\x00-\u024f\u2018-\u201f\u20ac]", tekst), tekst
