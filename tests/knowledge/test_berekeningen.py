"""One calculator, one module (knowledge/berekeningen/): the registry, the parts every
module has, and the main source each result names by its key in bronnen.yml."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import knowledge
from knowledge import bronnen, loader
from knowledge.berekeningen import BEREKENINGEN
from knowledge.berekeningen import __file__ as BEREKENINGEN_INIT
from knowledge.teksten import alle_teksten
from knowledge.uitleg import Berekening

BEREKENINGEN_DIR = Path(BEREKENINGEN_INIT).parent
NU = "2026-11-26"
EENVOUDIG = {
    "giftenruimte": {"peildatum": NU, "giften": [{"datum": "2026-03-01", "bedrag": 80, "soort": "geld"}]},
    "bijverdienvrijlating": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande",
                             "netto_inkomsten_per_maand": 800, "start_werk": "2026-08-01"},
    "participatieplicht": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande"},
    "bijstandsnorm": {"peildatum": NU, "leeftijd": 45, "leefsituatie": "alleenstaande"},
    "verblijf_buitenland": {"peildatum": NU, "leeftijd": 45,
                            "reizen": [{"vertrek": "2026-07-01", "terug": "2026-07-22"}]},
}


def test_het_register_vindt_elke_module():
    modules = {p.stem for p in Path(BEREKENINGEN_DIR).glob("*.py") if not p.stem.startswith("_")}
    assert set(BEREKENINGEN) == modules == set(knowledge.BEREKENINGEN)
    assert set(EENVOUDIG) <= modules


@pytest.mark.parametrize("naam", BEREKENINGEN)
def test_elke_berekening_heeft_alle_onderdelen(naam):
    module = BEREKENINGEN[naam]
    for onderdeel in ("SCHEMA", "bereken", "VERGELIJK", "naar_nieuwe_regels", "meer"):
        assert hasattr(module, onderdeel), f"{naam} mist {onderdeel}"
    assert list(module.SCHEMA)[:2] == ["peildatum", "gemeente"]
    assert module.__doc__ and "artikel" in module.__doc__, f"{naam}: say in the docstring what it computes, by which articles"
    teksten = alle_teksten()
    assert f"watals.{naam}.regels_2027" in teksten, f"{naam}: 'wat als' needs its texts in teksten.yml"


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
    ("verblijf_buitenland", EENVOUDIG["verblijf_buitenland"], "pw_13_1_e"),
    ("verblijf_buitenland", {**EENVOUDIG["verblijf_buitenland"], "leeftijd": 70}, "pw_13_4"),
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


# -- what used to be decided in actions/ (issue #13): now law or assumption in knowledge/ --
BIJVERDIENEN = EENVOUDIG["bijverdienvrijlating"]


@pytest.mark.parametrize("periode,per_maand", [("week", 650.0), ("jaar", 150.0), ("maand", 150.0), (None, 150.0)])
def test_inkomsten_per_week_of_jaar_worden_per_maand_met_uitleg(periode, per_maand):
    bedrag = {"week": 150, "jaar": 1800}.get(periode, 150)
    invoer = {k: v for k, v in BIJVERDIENEN.items() if k != "netto_inkomsten_per_maand"}
    uit = knowledge.bereken("bijverdienvrijlating", {**invoer, "netto_inkomsten": {"bedrag": bedrag, "periode": periode}})
    zelfde = knowledge.bereken("bijverdienvrijlating", {**invoer, "netto_inkomsten_per_maand": per_maand})
    assert uit["totaal_inkomen"] == zelfde["totaal_inkomen"]
    omgerekend = [s for s in uit["stappen"] if "Per maand is dat" in s["tekst"]]
    if periode in ("week", "jaar"):
        assert len(omgerekend) == 1 and "52 weken" in omgerekend[0]["tekst"]
        assert {p["naam"] for p in omgerekend[0]["parameters"]} >= {"omrekening.maanden_per_jaar"}
    else:
        assert not omgerekend and uit["stappen"] == zelfde["stappen"]


def test_inkomsten_niet_twee_keer():
    with pytest.raises(knowledge.InvoerFout) as e:
        knowledge.bereken("bijverdienvrijlating", {**BIJVERDIENEN, "netto_inkomsten": {"bedrag": 1, "periode": "week"}})
    assert e.value.veld == "netto_inkomsten_per_maand"
    with pytest.raises(knowledge.InvoerFout) as e:
        knowledge.bereken("bijverdienvrijlating", {k: v for k, v in BIJVERDIENEN.items() if k != "netto_inkomsten_per_maand"})
    assert e.value.veld == "netto_inkomsten_per_maand" and "ontbreekt" in e.value.fout


def test_watals_meer_met_inkomsten_per_week():
    invoer = {k: v for k, v in BIJVERDIENEN.items() if k != "netto_inkomsten_per_maand"}
    uit = knowledge.watals("bijverdienvrijlating", {**invoer, "netto_inkomsten": {"bedrag": 150, "periode": "week"}})
    assert uit["meer"]["totaal_inkomen"] == knowledge.bereken(
        "bijverdienvrijlating", {**invoer, "netto_inkomsten_per_maand": 750})["totaal_inkomen"]


def test_een_gift_per_maand_telt_elke_maand_tot_de_peildatum():
    gift = {"datum": "2026-01-01", "bedrag": 50, "soort": "in_natura"}
    maandelijks = knowledge.bereken("giftenruimte", {"peildatum": NU, "giften": [{**gift, "periode": "maand"}]})
    los = knowledge.bereken("giftenruimte", {"peildatum": NU, "giften": [
        {**gift, "datum": f"2026-{m:02d}-01"} for m in range(1, 12)]})
    assert maandelijks["meetellend"] == los["meetellend"] == 550.0
    assert maandelijks["giften"] == los["giften"]
    assert "elke maand € 50, vanaf 1 januari 2026" in maandelijks["uitleg"]
    assert "11 giften" in maandelijks["uitleg"]


def test_maandelijks_op_de_31e_valt_op_de_laatste_dag_van_een_korte_maand():
    from knowledge.berekeningen.giftenruimte import maandelijks
    assert maandelijks(date(2026, 1, 31), date(2026, 4, 30)) == [
        date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]
    assert maandelijks(date(2026, 12, 1), date(2026, 11, 26)) == [date(2026, 12, 1)]


@pytest.mark.parametrize("naam,veld", [
    ("bijverdienvrijlating", "leefsituatie"), ("participatieplicht", "leefsituatie"), ("bijstandsnorm", "leefsituatie")])
def test_onbekende_leefsituatie_is_alleenstaand_met_aanname(naam, veld):
    onbekend = knowledge.bereken(naam, {**EENVOUDIG[naam], veld: "onbekend"})
    alleen = knowledge.bereken(naam, {**EENVOUDIG[naam], veld: "alleenstaande"})
    assert "U wist niet hoe u woont. Ik heb gerekend alsof u alleen woont." in onbekend["aannames"]
    assert onbekend["uitleg"] == alleen["uitleg"]
    je = knowledge.bereken(naam, {**EENVOUDIG[naam], veld: "onbekend"}, variant="nl-je")
    assert "Je wist niet hoe je woont. Ik heb gerekend alsof je alleen woont." in je["aannames"]


def test_onbekende_start_werk_is_de_eerste_van_de_maand_met_aanname():
    onbekend = knowledge.bereken("bijverdienvrijlating", {**BIJVERDIENEN, "start_werk": "onbekend"})
    eerste = knowledge.bereken("bijverdienvrijlating", {**BIJVERDIENEN, "start_werk": "2026-11-01"})
    assert onbekend["vrijlating_tot"] == eerste["vrijlating_tot"]
    assert "U wist niet wanneer u begon met werken. Ik heb gerekend alsof het deze maand was." in onbekend["aannames"]


def test_onbekende_soort_en_datum_van_een_gift():
    uit = knowledge.bereken("giftenruimte", {"peildatum": NU, "giften": [
        {"datum": "onbekend", "bedrag": 80, "soort": "onbekend"}]})
    assert uit["giften"][0]["soort"] == "geld" and uit["giften"][0]["datum"] == NU
    assert any("alsof het geld was" in a for a in uit["aannames"])
    assert any("alsof het dit jaar was" in a for a in uit["aannames"])


def test_onbekend_alleen_waar_het_mag():
    with pytest.raises(knowledge.InvoerFout) as e:
        knowledge.bereken("bijverdienvrijlating", {**EENVOUDIG["bijverdienvrijlating"], "leeftijd": "onbekend"})
    assert e.value.veld == "leeftijd"


@pytest.mark.parametrize("variant, leeftijd_zin, partner_zin", [
    ("nl-u", "Ik weet uw leeftijd niet. Ik ga ervan uit dat u 21 jaar of ouder bent",
     "Ik ga ervan uit dat u geen partner heeft."),
    ("nl-je", "Ik weet je leeftijd niet. Ik ga ervan uit dat je 21 jaar of ouder bent",
     "Ik ga ervan uit dat je geen partner hebt."),
    ("en", "I do not know your age. I assume that you are 21 or older", "I assume that you have no partner."),
])
def test_de_norm_neemt_alleen_aan_wat_niet_bekend_is(variant, leeftijd_zin, partner_zin):
    """Review: 'ik ben 40 en mijn zoon van 28 woont bij mij' kreeg 'Ik ga ervan uit dat u 21 jaar of ouder
    bent'. Een onbekende leeftijd rekent als volwassene onder de AOW-leeftijd en zegt dat; een bekende
    leeftijd geeft geen aanname. Met huisgenoten is 'alsof u alleen woont' onwaar: dan 'geen partner'."""
    assert knowledge.waarde("leeftijd.volwassenennorm", date.fromisoformat(NU)) == 21  # the sentences above
    zoon = [{"leeftijd": 29, "relatie": "kind"}]
    onbekend = knowledge.bereken("bijstandsnorm", {"peildatum": NU, "leeftijd": "onbekend",
                                                   "leefsituatie": "onbekend", "medebewoners": zoon}, variant)
    bekend = knowledge.bereken("bijstandsnorm", {"peildatum": NU, "leeftijd": 40,
                                                 "leefsituatie": "alleenstaande", "medebewoners": zoon}, variant)
    volwassen = knowledge.bereken("bijstandsnorm", {"peildatum": NU, "leeftijd": 21,
                                                    "leefsituatie": "alleenstaande", "medebewoners": zoon}, variant)
    assert onbekend["norm"] == volwassen["norm"]
    assert any(a.startswith(leeftijd_zin) for a in onbekend["aannames"]), onbekend["aannames"]
    assert any(partner_zin in a for a in onbekend["aannames"]), onbekend["aannames"]
    assert not any(leeftijd_zin in a or partner_zin in a for a in bekend["aannames"]), bekend["aannames"]


def test_waarde_geeft_een_getal_geen_tekst():
    assert knowledge.waarde("leeftijd.aow_jaren", date(2026, 11, 26)) == 67
    assert knowledge.waarde("participatie.ontheffing_kind_jonger_dan", date(2026, 11, 26)) == 5
    assert knowledge.waarde("normen.jongeren_verhoging_ouders", date(2025, 1, 1)) is None


def test_watals_met_onbekende_antwoorden():
    uit = knowledge.watals("bijverdienvrijlating", {**BIJVERDIENEN, "start_werk": "onbekend", "leefsituatie": "onbekend"})
    assert uit["regels_2027"]["regime"] == "artikel_34a"
    giften = knowledge.watals("giftenruimte", {"peildatum": NU, "giften": [
        {"datum": "onbekend", "bedrag": 80, "soort": "onbekend", "periode": "maand"}]})
    assert giften["regels_2027"]["meetellend"] == 80.0
