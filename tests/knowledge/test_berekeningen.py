"""One calculator, one module (knowledge/berekeningen/): the registry, the parts every
module has, and the main source each result names by its key in bronnen.yml."""
from __future__ import annotations

from datetime import date

import pytest

import knowledge
from knowledge import bronnen, loader
from knowledge.berekeningen import BEREKENINGEN
from knowledge.uitleg import Berekening

NU = "2026-11-26"
EENVOUDIG = {
    "giftenruimte": {"peildatum": NU, "giften": [{"datum": "2026-03-01", "bedrag": 80, "soort": "geld"}]},
    "bijverdienvrijlating": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande",
                             "netto_inkomsten_per_maand": 800, "start_werk": "2026-08-01"},
    "participatieplicht": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande"},
    "bijstandsnorm": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande"},
}


def test_het_register_vindt_elke_module():
    assert set(BEREKENINGEN) == set(EENVOUDIG) == set(knowledge.BEREKENINGEN)


@pytest.mark.parametrize("naam", EENVOUDIG)
def test_elke_berekening_heeft_alle_onderdelen(naam):
    module = BEREKENINGEN[naam]
    for onderdeel in ("SCHEMA", "bereken", "VERGELIJK", "naar_nieuwe_regels", "meer"):
        assert hasattr(module, onderdeel), f"{naam} mist {onderdeel}"
    assert list(module.SCHEMA)[:2] == ["peildatum", "gemeente"]


@pytest.mark.parametrize("naam", EENVOUDIG)
def test_de_hoofdbron_is_een_bron_van_de_uitkomst(naam):
    uit = knowledge.bereken(naam, EENVOUDIG[naam])
    assert set(uit["hoofdbron"]) == {"titel", "url"}
    assert uit["hoofdbron"] in uit["bronnen"]
    assert uit["hoofdbron"]["titel"] in {loader.artikel_bron(s, date(2026, 11, 26))["titel"] for s in bronnen.sleutels()}


@pytest.mark.parametrize("naam,invoer,sleutel", [
    ("giftenruimte", EENVOUDIG["giftenruimte"], "pw_31_2_m"),
    ("bijverdienvrijlating", EENVOUDIG["bijverdienvrijlating"], "pw_31_2_n"),
    ("bijverdienvrijlating", {**EENVOUDIG["bijverdienvrijlating"], "peildatum": "2027-03-01",
                              "start_werk": "2027-01-01"}, "pw_34a"),
    # In the gedoogjaar a gemeente may start art. 34a early; the rule that wins is cited, not 34a.
    ("bijverdienvrijlating", {**EENVOUDIG["bijverdienvrijlating"], "gemeente": "voorbeeldstad"}, "pw_31_2_n"),
    ("participatieplicht", EENVOUDIG["participatieplicht"], "pw_9_1"),
    ("bijstandsnorm", EENVOUDIG["bijstandsnorm"], "pw_21"),
    ("bijstandsnorm", {**EENVOUDIG["bijstandsnorm"], "leeftijd": 19}, "pw_20"),
    ("bijstandsnorm", {**EENVOUDIG["bijstandsnorm"], "leeftijd": 80}, "pw_22"),
    ("bijstandsnorm", {**EENVOUDIG["bijstandsnorm"], "medebewoners": [{"leeftijd": 30, "relatie": "kind"}]}, "pw_22a"),
    ("bijstandsnorm", {**EENVOUDIG["bijstandsnorm"], "leefsituatie": "gehuwden", "partner_heeft_recht": False}, "pw_24"),
])
def test_de_hoofdbron_volgt_de_regel_niet_de_titel(naam, invoer, sleutel):
    uit = knowledge.bereken(naam, invoer)
    assert uit["hoofdbron"] == bronnen.bron(sleutel, date.fromisoformat(invoer["peildatum"]))


def test_regime_geeft_zijn_laag_terug():
    """The gedoogjaar pattern (architecture review D12): the national regime, unless the gemeente opts in."""
    from knowledge.gemeenten import gemeente
    landelijk = Berekening(date(2026, 11, 26))
    assert landelijk.regime("bijverdienen.regime", "artikel_34a", "vrijlating_34a_toepassen", "regels") \
        == ("artikel_31", "wet")
    assert landelijk.lagen == {"regels": "wet"}
    g = next(g for naam in ("voorbeeldstad", "rotterdam", "den-haag")
             if (g := gemeente(naam)) and g.instelling("vrijlating_34a_toepassen", date(2026, 11, 26))
             and g.instelling("vrijlating_34a_toepassen", date(2026, 11, 26)).waarde)
    vroeg = Berekening(date(2026, 11, 26), g)
    assert vroeg.regime("bijverdienen.regime", "artikel_34a", "vrijlating_34a_toepassen", "regels") \
        == ("artikel_34a", "gemeente")
    assert vroeg.lagen == {"regels": "gemeente"}
    niet_voor_aow = Berekening(date(2026, 11, 26), g)
    assert niet_voor_aow.regime("bijverdienen.regime", "artikel_34a", "vrijlating_34a_toepassen", "regels",
                                gemeente_mag=False) == ("artikel_31", "wet")
