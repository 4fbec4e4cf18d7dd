"""Run the worked examples in knowledge/voorbeelden/*.yml (OpenFisca style).

Each example has name, description, bron, input and either output (a subset of
the result) or fout (the expected InvoerFout). Amounts are compared to the cent.
Special output keys: ``uitleg_bevat`` and ``aannames_bevat`` (texts that must
appear, case-insensitive).
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import knowledge

VOORBEELDEN = Path(knowledge.__file__).parent / "voorbeelden"


def _alle():
    for pad in sorted(VOORBEELDEN.glob("*.yml")):
        for voorbeeld in yaml.safe_load(pad.read_text(encoding="utf-8")):
            yield pytest.param(pad.stem, voorbeeld, id=f"{pad.stem}: {voorbeeld['name']}")


def _zelfde(verwacht, echt, pad):
    if isinstance(verwacht, dict):
        assert isinstance(echt, dict), f"{pad}: expected an object, got {echt!r}"
        for sleutel, waarde in verwacht.items():
            assert sleutel in echt, f"{pad}.{sleutel} missing"
            _zelfde(waarde, echt[sleutel], f"{pad}.{sleutel}")
    elif isinstance(verwacht, list):
        assert isinstance(echt, list) and len(echt) == len(verwacht), f"{pad}: {echt!r}"
        for i, (v, e) in enumerate(zip(verwacht, echt)):
            _zelfde(v, e, f"{pad}[{i}]")
    elif isinstance(verwacht, float) or (isinstance(verwacht, int) and isinstance(echt, float)):
        assert echt is not None and round(echt, 2) == round(verwacht, 2), f"{pad}: {echt} != {verwacht}"
    else:
        assert echt == verwacht, f"{pad}: {echt!r} != {verwacht!r}"


def _bevat(zinnen, teksten, pad):
    alles = " ".join(teksten).lower()
    for zin in zinnen:
        assert zin.lower() in alles, f"{pad}: '{zin}' not in {teksten!r}"


@pytest.mark.parametrize("calculator,voorbeeld", list(_alle()))
def test_voorbeeld(calculator, voorbeeld):
    assert voorbeeld.get("bron"), "every example names its source"
    assert voorbeeld.get("description"), "every example has a description"
    invoer = voorbeeld["input"]
    if "fout" in voorbeeld:
        with pytest.raises(knowledge.InvoerFout) as e:
            knowledge.bereken(calculator, invoer)
        assert e.value.veld == voorbeeld["fout"]["veld"]
        return
    uit = knowledge.bereken(calculator, invoer)
    verwacht = dict(voorbeeld["output"])
    _bevat(verwacht.pop("uitleg_bevat", []), [uit["uitleg"]], "uitleg")
    _bevat(verwacht.pop("aannames_bevat", []), uit["aannames"], "aannames")
    _zelfde(verwacht, uit, calculator)
    assert uit["bronnen"], "every result has at least one source"


def test_genoeg_voorbeelden_per_berekening():
    for calculator in knowledge.BEREKENINGEN:
        pad = VOORBEELDEN / f"{calculator}.yml"
        assert pad.exists(), pad
        assert len(yaml.safe_load(pad.read_text(encoding="utf-8"))) >= 15, calculator
