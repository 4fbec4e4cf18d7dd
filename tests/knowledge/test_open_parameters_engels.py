"""The notes of open parameters (shown under "What Wegwijs assumes") in the session's language (issue #15).

A value marked ``zekerheid: open`` adds an assumption with the parameter's
``omschrijving`` and ``noot``. Both are Dutch; an English session reads
``omschrijving_en`` and ``noot_en``, written beside them in knowledge/parameters/.
"""
from __future__ import annotations

import knowledge
from knowledge import loader

GIFTEN = {"peildatum": "2026-11-26", "giften": [{"datum": "2026-05-01", "bedrag": 50, "soort": "geld"}]}


def open_met_noot() -> list[loader.Periode]:
    return [p for tijdlijn in loader.parameters().values() for p in tijdlijn.periodes
            if p.zekerheid == "open" and p.noot]


def test_every_open_note_has_english_beside_the_dutch():
    zonder = [f"{p.naam} {p.van}" for p in open_met_noot()
              if not (p.in_taal("noot", "en") != p.noot and p.in_taal("omschrijving", "en") != p.omschrijving)]
    assert len(open_met_noot()) >= 10 and not zonder, f"no noot_en/omschrijving_en: {zonder}"


def test_an_english_calculation_assumes_in_english():
    aannames = knowledge.bereken("giftenruimte", GIFTEN, "en")["aannames"]
    onzeker = [a for a in aannames if a.startswith("Not sure:")]
    assert onzeker and not any("De wet" in a or "giften pas melden" in a for a in aannames), aannames
    assert "The law" in onzeker[0]


def test_a_dutch_calculation_keeps_the_dutch_note():
    for variant in ("nl-u", "nl-je"):
        aannames = knowledge.bereken("giftenruimte", GIFTEN, variant)["aannames"]
        assert any("De wet noemt geen bedrag" in a for a in aannames)
