"""Parameters are data: every value has a start date and a source, and no amount,
percentage, age or duration is written in the rule code or in the texts."""
from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import yaml

import knowledge
from knowledge import loader
from knowledge.gemeenten import bekende_gemeenten, gemeente, lees_beleid

PAKKET = Path(knowledge.__file__).parent
PARAMETERS = PAKKET / "parameters"

# Numbers that are structure, not law: nothing, one, a pair (gehuwden), months in a
# year, and percent. Every other number belongs in knowledge/parameters/.
TOEGESTANE_GETALLEN = {0, 1, 2, 12, 100}
VERDACHTE_TEKST = [
    re.compile(r"^\s*-?\d+([.,]\d+)?\s*$"),         # "285", "0.25"
    re.compile(r"€\s*\d"),                           # "€ 1.200"
    re.compile(r"\d\s*%"),                           # "25%"
    re.compile(r"\b(19|20)\d\d-\d\d-\d\d\b"),        # a rule date like "2027-01-01"
]


def _docstrings(boom: ast.AST) -> set[int]:
    ids = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            eerste = knoop.body[0] if knoop.body else None
            if isinstance(eerste, ast.Expr) and isinstance(eerste.value, ast.Constant) \
                    and isinstance(eerste.value.value, str):
                ids.add(id(eerste.value))
    return ids


def verdachte_literals(bron: str) -> list[str]:
    """Numeric literals and amount-like strings in Python source, docstrings excluded."""
    boom = ast.parse(bron)
    docs = _docstrings(boom)
    gevonden = []
    for knoop in ast.walk(boom):
        if not isinstance(knoop, ast.Constant) or id(knoop) in docs:
            continue
        waarde = knoop.value
        if isinstance(waarde, bool):
            continue
        if isinstance(waarde, (int, float, complex)) and waarde not in TOEGESTANE_GETALLEN:
            gevonden.append(f"line {knoop.lineno}: {waarde!r}")
        elif isinstance(waarde, str) and any(p.search(waarde) for p in VERDACHTE_TEKST):
            gevonden.append(f"line {knoop.lineno}: {waarde!r}")
    return gevonden


@pytest.mark.parametrize("fragment", [
    "x = inkomsten * 0.25",
    "MAXIMUM = Decimal('285.00')",
    "if leeftijd >= 27: pass",
    "start = date(2027, 1, 1)",
    "tekst = '€ 1.200 per jaar'",
    "p = '25%'",
    "d = '2027-01-01'",
])
def test_scanner_vindt_geplante_getallen(fragment):
    assert verdachte_literals(fragment), fragment


@pytest.mark.parametrize("fragment", [
    'def f():\n    """Artikel 31 lid 2 onder m: tot € 1.200 per jaar (2026-01-01)."""\n    return 0',
    "x = bedrag * percentage / 100",
    "jaar = index // 12",
    "gehuwden = per_persoon * 2",
])
def test_scanner_laat_structuur_toe(fragment):
    assert verdachte_literals(fragment) == []


@pytest.mark.parametrize("pad", sorted(PAKKET.rglob("*.py")), ids=lambda p: str(p.relative_to(PAKKET)))
def test_geen_bedragen_in_de_code(pad):
    gevonden = verdachte_literals(pad.read_text(encoding="utf-8"))
    assert not gevonden, f"{pad.name}: numbers belong in knowledge/parameters/: {gevonden}"


def test_geen_bedragen_in_de_teksten():
    verboden = re.compile(r"€\s*\d|\d\s*%|\b\d+\s*(jaar|maand|maanden|weken|week|euro)\b")
    for sleutel, zin in knowledge.teksten.alle_teksten().items():
        if isinstance(zin, str):
            assert not verboden.search(zin), f"teksten.yml {sleutel}: {zin}"


def _ruwe_parameters():
    for pad in sorted(PARAMETERS.glob("*.yaml")):
        for naam, spec in yaml.safe_load(pad.read_text(encoding="utf-8")).items():
            yield pytest.param(naam, spec, id=naam)


@pytest.mark.parametrize("naam,spec", list(_ruwe_parameters()))
def test_elke_waarde_heeft_ingangsdatum_en_bron(naam, spec):
    assert spec.get("omschrijving"), f"{naam}: omschrijving"
    for item in spec["waarden"]:
        assert isinstance(item.get("van"), date), f"{naam}: 'van' must be a date"
        bron = item.get("bron", spec.get("bron"))
        assert bron and bron.get("titel") and bron.get("url"), f"{naam} from {item.get('van')}: bron"
        if item.get("zekerheid", spec.get("zekerheid")) in ("open", "afgeleid"):
            assert item.get("noot") or spec.get("noot"), f"{naam}: an uncertain value explains why (noot)"


def test_alle_parameters_laden():
    alle = loader.parameters()
    assert len(alle) > 40
    for tijdlijn in alle.values():
        for p in tijdlijn.periodes:
            assert p.bron["url"].startswith(("https://", "docs/"))


def test_open_punten_uit_legal_facts_zijn_als_open_gemarkeerd():
    for naam in ("vrijlating_31_2_n.maximum", "vrijlating_31_2_r.maximum", "vrijlating_31_2_y.maximum",
                 "vrijlating_31_2_z.maximum"):
        assert loader.zoek(naam, date(2026, 7, 1)).zekerheid == "open", naam  # M12: indexed amount not found
    assert loader.zoek("normen.niet_rechthebbende_partner_regel", date(2027, 1, 1)).zekerheid == "open"
    assert loader.zoek("participatie.regime", date(2027, 1, 1)).zekerheid == "open"


def test_bevestigd_na_de_juridische_toets():
    """Review December 2026: the law text itself confirms these (L1, L2, kostendeler age 27 from 2023)."""
    assert loader.zoek("normen.vakantietoeslag_percentage", date(2026, 1, 1)).zekerheid == "bevestigd"
    for naam in ("normen.jongeren_gehuwd_beiden_zonder_kind", "normen.jongeren_gehuwd_beiden_met_kind",
                 "normen.jongeren_gehuwd_een_zonder_kind"):
        assert loader.zoek(naam, date(2025, 7, 1)).zekerheid == "bevestigd", naam
    assert loader.zoek("normen.kostendeler_minimumleeftijd", date(2023, 1, 1)).waarde == 27
    with pytest.raises(loader.GeenWaarde):
        loader.zoek("normen.kostendeler_minimumleeftijd", date(2022, 12, 31))


def test_oude_vrijlatingsleeftijd_eindigt_met_34a():
    """L7: the age limit of art. 31 lid 5 belongs to n and r, which end when art. 34a starts."""
    start_34a = loader.regime_ingangsdatum("bijverdienen.regime", "artikel_34a")
    assert loader.zoek("leeftijd.jongeren_zonder_arbeidsvrijlating", start_34a - timedelta(days=1)).waarde == 27
    with pytest.raises(loader.GeenWaarde):
        loader.zoek("leeftijd.jongeren_zonder_arbeidsvrijlating", start_34a)


def test_wetsartikelen_van_2027_verwijzen_naar_de_participatiewet():
    """L5: the amending act BWBR0051679 shows only "[Red: Wijzigt de Participatiewet.]"."""
    for sleutel in ("pw_34a", "pw_34b", "pib_maatschappelijke_participatie"):
        assert "BWBR0015703/2027-01-01" in loader.artikel_bron(sleutel, date(2027, 1, 1))["url"]
    for tijdlijn in loader.parameters().values():
        for p in tijdlijn.periodes:
            assert "BWBR0051679" not in p.bron["url"], p.naam


@pytest.mark.parametrize("naam,peildatum,bedrag", [
    ("normen.alleenstaande", date(2026, 1, 1), "1401.50"),
    ("normen.alleenstaande", date(2026, 7, 1), "1419.46"),
    ("normen.gehuwden", date(2026, 7, 1), "2027.79"),
    ("normen.alleenstaande_aow", date(2026, 6, 30), "1564.69"),
    ("normen.gehuwden_aow", date(2026, 7, 1), "2176.10"),
    ("normen.jongere_alleenstaande", date(2026, 7, 1), "350.42"),
    ("vrijlating_31_2_n.maximum", date(2025, 3, 1), "273"),
    ("vrijlating_31_2_n.maximum", date(2025, 7, 1), "278"),
    ("vrijlating_31_2_r.maximum", date(2026, 1, 1), "177.66"),
    ("giften.vrijlating_per_jaar", date(2026, 1, 1), "1200"),
    ("vermogen.grens_eigen_woning", date(2026, 1, 1), "67500"),
    ("normen.jongeren_verhoging_ouders", date(2026, 1, 1), "746.45"),
    ("normen.jongeren_verhoging_ouders", date(2026, 7, 1), "762.24"),
    ("normen.jongeren_gehuwd_kostendelers_met_kind", date(2026, 7, 1), "755.98"),
    ("normen.jongeren_gehuwd_kostendelers_zonder_kind", date(2026, 1, 1), "345.99"),
    ("bijzondere_bijstand.drempel", date(2024, 7, 1), "166"),
    ("bijzondere_bijstand.drempel", date(2025, 1, 1), "170"),
])
def test_bedragen_volgens_legal_facts(naam, peildatum, bedrag):
    assert loader.zoek(naam, peildatum).waarde == Decimal(bedrag)


def test_indexatie_is_alleen_data():
    """Before and after 1 July 2026 the same question uses a different value, same code."""
    voor = knowledge.bereken("bijstandsnorm", {"peildatum": "2026-06-30", "leeftijd": 30, "leefsituatie": "alleenstaande"})
    na = knowledge.bereken("bijstandsnorm", {"peildatum": "2026-07-01", "leeftijd": 30, "leefsituatie": "alleenstaande"})
    assert (voor["norm"], na["norm"]) == (1401.50, 1419.46)


# -- gemeente files ------------------------------------------------------------
def test_alle_gemeentebestanden_zijn_geldig():
    assert {"voorbeeldstad", "rotterdam", "den-haag"} <= set(bekende_gemeenten())
    for sleutel in bekende_gemeenten():
        assert gemeente(sleutel) is not None


def test_voorbeeldstad_heeft_contact_voor_anderen():
    inhoud = yaml.safe_load((PARAMETERS / "gemeenten" / "voorbeeldstad.yaml").read_text(encoding="utf-8"))
    assert inhoud["naam"] == "Voorbeeldstad"
    assert inhoud["contact"]["website"] == "https://www.voorbeeldstad.nl"
    assert inhoud["beleid"]["fictief"] is True


def test_onbekende_bovenste_sleutels_worden_genegeerd():
    g = lees_beleid("x", {"naam": "X", "widget": {"kleur": "blauw"}, "iets_nieuws": 1,
                          "beleid": {"giften_melden_alleen_boven_grens": [
                              {"van": date(2024, 1, 1), "waarde": False,
                               "bron": {"titel": "t", "url": "https://x.nl"}}]}}, "x.yaml")
    assert g.instelling("giften_melden_alleen_boven_grens", date(2025, 1, 1)).waarde is False


@pytest.mark.parametrize("beleid", [
    {"onbekende_instelling": [{"van": date(2024, 1, 1), "waarde": 1}]},
    {"giftengrens": [{"van": date(2024, 1, 1), "waarde": {"gehuwden": 1700}, "bron": {"titel": "t", "url": "u"}}]},
    {"giftengrens": [{"van": date(2024, 1, 1), "waarde": {"alleenstaande": -5}, "bron": {"titel": "t", "url": "u"}}]},
    {"giften_melden_alleen_boven_grens": [{"van": date(2024, 1, 1), "waarde": "ja", "bron": {"titel": "t", "url": "u"}}]},
    {"maatregel_duur_maanden": [{"van": date(2024, 1, 1), "waarde": 0, "bron": {"titel": "t", "url": "u"}}]},
    {"maatregel_duur_maanden": [{"van": "gisteren", "waarde": 1, "bron": {"titel": "t", "url": "u"}}]},
    {"vrijlating_34a_toepassen": [{"van": date(2026, 1, 1), "waarde": True}]},  # no bron
])
def test_ongeldig_beleid_wordt_geweigerd(beleid):
    with pytest.raises(loader.ParameterFout):
        lees_beleid("x", {"naam": "X", "beleid": beleid}, "x.yaml")
