"""The CLI: valid input gives exit 0 and one JSON object; every kind of invalid
input gives exit 2 and {"fout", "veld"} on stdout, never a traceback."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from knowledge.cli import main

ROOT = Path(__file__).resolve().parents[2]
GELDIG = {"peildatum": "2026-11-26", "leeftijd": 45, "leefsituatie": "alleenstaande",
          "netto_inkomsten_per_maand": 800, "start_werk": "2026-08-01"}


def draai(argv, invoer=""):
    uit = io.StringIO()
    code = main(argv, stdin=io.StringIO(invoer), stdout=uit)
    return code, json.loads(uit.getvalue())


def test_geldige_invoer():
    code, uit = draai(["bereken", "bijverdienvrijlating"], json.dumps(GELDIG))
    assert code == 0
    assert uit["vrijlating_per_maand"] == 200.0 and uit["totaal_inkomen"] == 1619.46


def test_watals_en_feiten():
    code, uit = draai(["watals", "bijverdienvrijlating"], json.dumps(GELDIG))
    assert code == 0 and uit["verschil_meer"]["totaal_inkomen"] == 25.0
    code, uit = draai(["feiten", "--peildatum", "2026-11-26"])
    assert code == 0 and uit["norm_alleenstaande"] == "€ 1.419,46"


@pytest.mark.parametrize("argv,invoer,veld", [
    (["bereken", "bijverdienvrijlating"], "{niet json", None),
    (["bereken", "bijverdienvrijlating"], "", None),
    (["bereken", "bijverdienvrijlating"], "[1, 2]", None),
    (["bereken", "bijverdienvrijlating"], json.dumps({k: v for k, v in GELDIG.items() if k != "start_werk"}), "start_werk"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "huisdier": "kat"}), "huisdier"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "leeftijd": "45"}), "leeftijd"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "leeftijd": True}), "leeftijd"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "leeftijd": 45.5}), "leeftijd"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "netto_inkomsten_per_maand": -1}), "netto_inkomsten_per_maand"),
    (["bereken", "bijverdienvrijlating"], '{"peildatum": "2026-11-26", "leeftijd": 45, "leefsituatie": "alleenstaande", "netto_inkomsten_per_maand": 1e12, "start_werk": "2026-08-01"}', "netto_inkomsten_per_maand"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "netto_inkomsten_per_maand": 10.123}), "netto_inkomsten_per_maand"),
    (["bereken", "bijverdienvrijlating"], '{"peildatum": "2026-11-26", "leeftijd": 45, "leefsituatie": "alleenstaande", "netto_inkomsten_per_maand": NaN, "start_werk": "2026-08-01"}', None),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "peildatum": "2026-13-01"}), "peildatum"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "peildatum": "26-11-2026"}), "peildatum"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "peildatum": "2019-01-01"}), "peildatum"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "gemeente": "Atlantis"}), "gemeente"),
    (["bereken", "bijverdienvrijlating"], json.dumps({**GELDIG, "leefsituatie": "single"}), "leefsituatie"),
    (["bereken", "giftenruimte"], json.dumps({"peildatum": "2026-11-26", "giften": [{"datum": "2026-01-01", "bedrag": 5, "soort": "geld", "x": 1}]}), "giften[0].x"),
    (["bereken", "giftenruimte"], json.dumps({"peildatum": "2026-11-26", "giften": {"datum": "2026-01-01"}}), "giften"),
    (["bereken", "bijstandsnorm"], json.dumps({"peildatum": "2026-11-26", "leeftijd": 200, "leefsituatie": "alleenstaande"}), "leeftijd"),
    (["bereken", "bijstandsnorm"], json.dumps({"peildatum": "2026-11-26", "leeftijd": 30, "leefsituatie": "alleenstaande", "partner_leeftijd": 30}), "partner_leeftijd"),
    (["bereken", "onbekend"], "{}", "calculator"),
    (["verzin"], "{}", "argumenten"),
    (["feiten", "--peildatum", "morgen"], "", "peildatum"),
])
def test_ongeldige_invoer(argv, invoer, veld):
    code, uit = draai(argv, invoer)
    assert code == 2
    assert set(uit) == {"fout", "veld"} and uit["fout"]
    assert uit["veld"] == veld


def test_als_los_proces_zonder_traceback():
    proc = subprocess.run([sys.executable, "-m", "knowledge", "bereken", "giftenruimte"], input="{kapot",
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    assert json.loads(proc.stdout)["veld"] is None
    proc = subprocess.run([sys.executable, "-m", "knowledge", "bereken", "bijstandsnorm"],
                          input='{"peildatum": "2026-07-01", "leeftijd": 35, "leefsituatie": "alleenstaande"}',
                          capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 0 and json.loads(proc.stdout)["norm"] == 1419.46


def test_help(capsys):
    assert main(["bereken", "--help"]) == 0
    assert "calculator" in capsys.readouterr().out
