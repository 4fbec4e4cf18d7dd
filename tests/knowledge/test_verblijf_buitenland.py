"""Verblijf buiten Nederland (art. 13 lid 1 onder e en lid 4): how days are counted, the
CLI contract, and input that makes no sense."""
from __future__ import annotations

import io
import json
import random
from datetime import date, timedelta

import pytest

import knowledge
from knowledge.cli import main

PEILDATUM = "2026-06-15"


def bereken(*reizen: tuple[str, str], leeftijd: int = 45, peildatum: str = PEILDATUM) -> dict:
    return knowledge.bereken("verblijf_buitenland", {
        "peildatum": peildatum, "leeftijd": leeftijd,
        "reizen": [{"vertrek": v, "terug": t} for v, t in reizen]})


def test_terug_min_vertrek_telt():
    """Departure day in Nederland, return day abroad: 1 to 22 July is 21 days."""
    uit = bereken(("2026-07-01", "2026-07-22"))
    assert (uit["dagen_gebruikt"], uit["dagen_over"], uit["langste_reis_dagen"]) == (21, 7, 21)


def test_grens_uit_de_parameters_met_aow_leeftijd():
    aow = knowledge.waarde("leeftijd.aow_jaren", date(2026, 6, 15))
    weken = knowledge.waarde("buitenland.weken_per_jaar", date(2026, 6, 15))
    weken_aow = knowledge.waarde("buitenland.weken_per_jaar_aow", date(2026, 6, 15))
    assert bereken(leeftijd=aow - 1)["max_dagen"] == weken * 7 == 28
    assert bereken(leeftijd=aow)["max_dagen"] == weken_aow * 7 == 91


def test_willekeurige_losse_reizen_tellen_op_per_jaar():
    """Trips that do not touch: the days in the year are the sum of each trip's days in it."""
    rnd = random.Random(20)
    for _ in range(200):
        start, reizen, verwacht = date(2025, 12, 1), [], 0
        for _ in range(rnd.randint(0, 4)):
            vertrek = start + timedelta(days=rnd.randint(0, 60))
            terug = vertrek + timedelta(days=rnd.randint(0, 40))
            reizen.append((vertrek.isoformat(), terug.isoformat()))
            verwacht += sum(1 for n in range(1, (terug - vertrek).days + 1)
                            if (vertrek + timedelta(days=n)).year == 2026)
            start = terug + timedelta(days=1)
        uit = bereken(*reizen)
        assert uit["dagen_gebruikt"] == verwacht
        assert uit["dagen_over"] == max(0, 28 - verwacht)
        assert uit["te_lang"] == (verwacht > 28 or uit["langste_reis_dagen"] > 28)
        assert uit["te_lang"] == (uit["dagen_zonder_bijstand"] > 0 or uit["langste_reis_dagen"] > 28)


def test_cli_zelfde_contract_als_de_andere():
    invoer = {"peildatum": PEILDATUM, "leeftijd": 45, "reizen": [{"vertrek": "2026-07-01", "terug": "2026-07-22"}]}
    uit = io.StringIO()
    assert main(["bereken", "verblijf_buitenland"], io.StringIO(json.dumps(invoer)), uit) == 0
    resultaat = json.loads(uit.getvalue())
    for veld in ("max_dagen", "dagen_gebruikt", "dagen_over", "langste_reis_dagen", "te_lang",
                 "stappen", "aannames", "bronnen", "hoofdbron", "uitleg"):
        assert veld in resultaat, veld


@pytest.mark.parametrize("reis,veld", [
    ({"vertrek": "2026-07-10", "terug": "2026-07-01"}, "reizen[0].terug"),
    ({"vertrek": "9999-07-10", "terug": "9999-07-11"}, "reizen[0].vertrek"),
    ({"vertrek": "2026-07-10", "terug": "2099-07-11"}, "reizen[0].terug"),
    ({"vertrek": "10 juli", "terug": "2026-07-11"}, "reizen[0].vertrek"),
    ({"vertrek": "2026-07-10"}, "reizen[0].terug"),
    ({"vertrek": "2026-07-10", "terug": "2026-07-11", "land": "Turkije"}, "reizen[0].land"),
])
def test_onzin_invoer_is_een_nette_fout(reis, veld):
    invoer = {"peildatum": PEILDATUM, "leeftijd": 45, "reizen": [reis]}
    uit = io.StringIO()
    assert main(["bereken", "verblijf_buitenland"], io.StringIO(json.dumps(invoer)), uit) == 2
    fout = json.loads(uit.getvalue())
    assert fout["veld"] == veld and fout["fout"]


def test_watals_zelfde_reizen_volgend_jaar():
    uit = knowledge.watals("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 45,
                                                   "reizen": [{"vertrek": "2026-07-01", "terug": "2026-07-22"}]})
    assert uit["regels_2027"]["dagen_over"] == uit["nu"]["dagen_over"] == 7
    assert uit["meer"] is None


def test_je_variant():
    uit = knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "leeftijd": 45, "reizen": []}, "nl-je")
    assert "Je bent jonger" in uit["uitleg"] and " u " not in uit["uitleg"]


SVB_AIO_BUITENLAND = "https://www.svb.nl/nl/aio/verblijf-buiten-nederland"


@pytest.mark.parametrize("variant, svb_zin, gemeente_zin, geen_aio", [
    ("nl-u", "geef elke reis door aan de svb", "aan de gemeente voordat u gaat", "krijgt u geen aio"),
    ("nl-je", "geef elke reis door aan de svb", "aan de gemeente voordat je gaat", "krijg je geen aio"),
    ("en", "tell the svb about every trip", "tell the gemeente about every trip", "you get no aio"),
])
def test_vanaf_de_aow_leeftijd_meldt_u_de_reis_bij_de_svb(variant, svb_zin, gemeente_zin, geen_aio):
    """Session 16 (H3b): past the AOW age the SVB pays the AIO (Pw art. 47a), so a trip is reported to the SVB,
    and the SVB decides on days without AIO (legal-facts-topics.md, AIO row 'Buitenland'). The step said 'de
    gemeente' for everyone. Under the AOW age the gemeente stays."""
    reis = [{"vertrek": "2026-01-01", "terug": "2026-05-01"}]
    aio = knowledge.bereken("verblijf_buitenland", {"peildatum": "2026-01-01", "leeftijd": 68, "reizen": reis},
                            variant=variant)
    uitleg = aio["uitleg"].lower()
    assert aio["uitvoerder"] == "svb"
    assert svb_zin in uitleg and geen_aio in uitleg
    assert "gemeente anders" not in uitleg and gemeente_zin not in uitleg
    assert SVB_AIO_BUITENLAND in [b["url"] for b in aio["bronnen"]]
    jong = knowledge.bereken("verblijf_buitenland", {"peildatum": "2026-01-01", "leeftijd": 50, "reizen": reis},
                             variant=variant)
    assert gemeente_zin in jong["uitleg"].lower() and "svb" not in jong["uitleg"].lower()
    assert SVB_AIO_BUITENLAND not in [b["url"] for b in jong["bronnen"]]
