"""The rules name parameters in their docstrings, never the amounts themselves:
amounts change at every indexation, and a docstring has no date (architecture review 3.3)."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

KNOWLEDGE = Path(__file__).resolve().parents[2] / "knowledge"
BEDRAG = re.compile(r"€\s?\d|\b\d+(,\d+)?\s?%")
BESTANDEN = sorted([*(KNOWLEDGE / "regels").glob("*.py"), *(KNOWLEDGE / "berekeningen").glob("*.py")])


def docstrings(pad: Path) -> list[tuple[str, str]]:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    knopen = [boom, *(n for n in ast.walk(boom) if isinstance(n, (ast.FunctionDef, ast.ClassDef)))]
    return [(getattr(n, "name", pad.stem), ast.get_docstring(n) or "") for n in knopen]


@pytest.mark.parametrize("pad", BESTANDEN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_geen_bedragen_of_percentages_in_docstrings(pad):
    fout = [naam for naam, tekst in docstrings(pad) if BEDRAG.search(tekst)]
    assert not fout, f"{pad.name}: noem de parameter, niet het bedrag, in {fout}"


def test_de_controle_vindt_een_bedrag():
    assert BEDRAG.search("vrij tot € 1.200 per jaar") and BEDRAG.search("25% van het loon")
    assert not BEDRAG.search("tot ``giften.vrijlating_per_jaar`` per kalenderjaar (artikel 31 lid 2)")
