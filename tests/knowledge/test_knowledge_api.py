"""The Python API the rest of Wegwijs relies on."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml

import knowledge
from knowledge import bronnen

DOCS = Path(__file__).resolve().parents[2] / "docs" / "knowledge.md"
VOORBEELDEN = Path(knowledge.__file__).parent / "voorbeelden"


def test_invoerfout_heeft_veld_en_fout():
    with pytest.raises(knowledge.InvoerFout) as e:
        knowledge.bereken("bijstandsnorm", {"peildatum": "2026-07-01", "leefsituatie": "alleenstaande"})
    assert e.value.veld == "leeftijd" and "ontbreekt" in e.value.fout


def test_resultaat_is_json():
    uit = knowledge.bereken("giftenruimte", {"peildatum": "2026-11-26", "giften": [
        {"datum": "2026-05-01", "bedrag": 100.5, "soort": "geld"}]})
    assert json.loads(json.dumps(uit)) == uit
    assert uit["meetellend"] == 100.5


def test_feiten_sleutels_en_opmaak():
    f = knowledge.feiten(date(2026, 11, 26))
    verwacht = {
        "giftengrens": "€ 1.200", "norm_alleenstaande": "€ 1.419,46", "norm_gehuwden": "€ 2.027,79",
        "norm_alleenstaande_aow": "€ 1.587,34", "norm_gehuwden_aow": "€ 2.176,10",
        "norm_jongere_alleenstaande": "€ 350,42", "jongeren_verhoging_ouders": "€ 762,24",
        "vermogensgrens_alleenstaande": "€ 8.000",
        "vermogensgrens_gezin": "€ 16.000", "vermogensgrens_eigen_woning": "€ 67.500",
        "vrijlating_percentage": "25%", "vrijlating_maximum": "€ 285", "vrijlating_maanden": "6",
        "vrijlating_34a_percentage": "15%", "vrijlating_34a_maanden": "12",
        "vrijlating_34a_ingangsdatum": "1 januari 2027", "bijzondere_bijstand_drempel": "€ 176",
        "bezwaartermijn_weken": "6", "jongeren_zoektermijn_weken": "4", "terugwerkende_kracht_maanden": "3",
        "voorschot_percentage": "95%", "kostendeler_leeftijd": "27", "telefoon_113": "0800-0113",
        "telefoon_juridisch_loket": "0900-8020", "peildatum": "26 november 2026",
    }
    for sleutel, waarde in verwacht.items():
        assert f[sleutel] == waarde, sleutel
    assert all(isinstance(v, str) for v in f.values())


def test_feiten_volgen_peildatum_en_gemeente():
    assert knowledge.feiten(date(2025, 3, 1))["giftengrens"].startswith("geen vast bedrag")
    assert knowledge.feiten(date(2025, 3, 1), "Den Haag")["giftengrens"] == "€ 1.200"
    assert knowledge.feiten(date(2026, 11, 26), "voorbeeldstad")["regime_bijverdienen"] == "beide"
    assert knowledge.feiten(date(2027, 2, 1))["vrijlating_maximum"] == "geen maximum"
    assert knowledge.feiten(date(2025, 3, 1))["jongeren_verhoging_ouders"] == "onbekend"  # art. 20 lid 3 from 2026
    with pytest.raises(knowledge.InvoerFout):
        knowledge.feiten(date(2026, 1, 1), "Atlantis")


# Gedoogjaar 2026 (legal-facts.md, "Added December 2026"): a gemeente may apply art. 34a early, only in people's
# favour; art. 31 lid 2 n stays a statutory right until 31-12-2026, so the general answer names both rules and
# the higher one counts. Voorbeeldstad applies 34a from 1-7-2026 (voorbeeldstad.yaml), voorbeelddorp does not.
@pytest.mark.parametrize("peildatum, gemeente, regime, regel", [
    (date(2026, 11, 26), "voorbeeldstad", "beide", ("25%", "€ 285", "6")),  # and the new rule's 15%, 12 months
    (date(2026, 6, 30), "voorbeeldstad", "31_2_n", ("25%", "€ 285", "6")),  # before its own start
    (date(2026, 11, 26), "voorbeelddorp", "31_2_n", ("25%", "€ 285", "6")),
    (date(2026, 11, 26), None, "31_2_n", ("25%", "€ 285", "6")),
    (date(2027, 2, 1), "voorbeeldstad", "34a", ("15%", "geen maximum", "12")),  # the law itself from 2027
])
def test_feiten_vrijlating_gedoogjaar_oud_en_nieuw(peildatum, gemeente, regime, regel):
    f = knowledge.feiten(peildatum, gemeente)
    assert f["regime_bijverdienen"] == regime
    assert (f["vrijlating_percentage"], f["vrijlating_maximum"], f["vrijlating_maanden"]) == regel
    assert (f["vrijlating_34a_percentage"], f["vrijlating_34a_maanden"]) == ("15%", "12")


@pytest.mark.parametrize("loon, regel, vrij", [
    (500, "31_2_n", 125),   # 25% of 500 = 125 beats 15% = 75
    (1900, "31_2_n", 285),  # 25% = 475, capped at 285, equals 15% = 285: the old rule, it comes first
    (2400, "34a", 360),     # 25% capped at 285 is less than 15% = 360 without a maximum
])
def test_gedoogjaar_de_hoogste_van_oud_en_nieuw_telt(loon, regel, vrij):
    uit = knowledge.bereken("bijverdienvrijlating", {
        "peildatum": "2026-11-26", "gemeente": "voorbeeldstad", "leeftijd": 35, "leefsituatie": "alleenstaande",
        "netto_inkomsten_per_maand": loon, "start_werk": "2026-11-01"})
    assert (uit["regel"], uit["vrijlating_per_maand"]) == (regel, vrij)


def test_watals_vergelijkt_2027_en_honderd_euro_meer():
    uit = knowledge.watals("bijverdienvrijlating", {
        "peildatum": "2026-11-26", "leeftijd": 45, "leefsituatie": "alleenstaande",
        "netto_inkomsten_per_maand": 800, "start_werk": "2026-08-01"})
    assert uit["nu"]["vrijlating_per_maand"] == 200.0
    assert uit["regels_2027"]["regime"] == "artikel_34a"
    assert uit["regels_2027"]["vrijlating_per_maand"] == 120.0
    assert uit["verschil_meer"]["totaal_inkomen"] == 25.0
    assert "€ 100 meer" in uit["uitleg"]


@pytest.mark.parametrize("calculator,invoer", [
    ("giftenruimte", {"peildatum": "2025-11-26", "giften": [{"datum": "2025-03-01", "bedrag": 800, "soort": "geld"}]}),
    ("bijstandsnorm", {"peildatum": "2026-11-26", "leeftijd": 40, "leefsituatie": "gehuwden", "partner_heeft_recht": False}),
    ("participatieplicht", {"peildatum": "2026-11-26", "leeftijd": 40, "leefsituatie": "alleenstaande"}),
])
def test_watals_voor_elke_berekening(calculator, invoer):
    uit = knowledge.watals(calculator, invoer)
    assert uit["nu"] and uit["regels_2027"] and uit["uitleg"]


def test_watals_op_nieuwe_regels():
    uit = knowledge.watals("bijstandsnorm", {"peildatum": "2027-05-01", "leeftijd": 40, "leefsituatie": "alleenstaande"})
    assert uit["regels_2027"] is None and "al" in uit["uitleg"]


def test_bronnen_hebben_titel_en_gedateerde_url():
    b = bronnen.bron("pw_31_2_m", date(2026, 1, 1))
    assert b == {"titel": "Participatiewet, artikel 31 lid 2 onder m",
                 "url": "https://wetten.overheid.nl/BWBR0015703/2026-01-01"}
    assert "pw_9_1_a" in bronnen.sleutels()
    assert bronnen.van_parameter("normen.alleenstaande", date(2026, 7, 1))["url"].endswith("/2026-07-01")


@pytest.mark.parametrize("calculator", knowledge.BEREKENINGEN)
def test_elk_resultaat_heeft_uitleg_aannames_bronnen(calculator):
    """Every calculator, also one added later: its first worked example without an error."""
    voorbeelden = yaml.safe_load((VOORBEELDEN / f"{calculator}.yml").read_text(encoding="utf-8"))
    invoer = next(v["input"] for v in voorbeelden if "fout" not in v)
    uit = knowledge.bereken(calculator, invoer)
    assert uit["uitleg"] and uit["bronnen"] and isinstance(uit["aannames"], list)
    assert all(set(b) == {"titel", "url"} for b in uit["bronnen"])
    assert uit["hoofdbron"] in uit["bronnen"]
    assert uit["peildatum"] == str(invoer["peildatum"])


def test_elke_cli_opdracht_staat_in_de_docs():
    tekst = DOCS.read_text(encoding="utf-8")
    for opdracht in ("bereken", "watals", "feiten"):
        assert f"python -m knowledge {opdracht}" in tekst
    assert "## Een berekening toevoegen" in tekst
    assert "## Open vragen" in tekst


def test_uitkomst_veranderen_verandert_het_geheugen_niet():
    """Rule results are remembered; a caller that edits a result must not change the next one."""
    invoer = {"peildatum": "2026-11-26", "leeftijd": 30, "leefsituatie": "alleenstaande_ouder", "jongste_kind_leeftijd": 3}
    eerste = knowledge.bereken("participatieplicht", invoer)
    eerste["plichten"][0]["uitleg"] = "veranderd"
    eerste["plichten"][0]["bron"]["url"] = "veranderd"
    eerste["gevolgen"]["maatregel"]["percentage"] = 0
    eerste["stappen"][0]["tekst"] = "veranderd"
    eerste["bronnen"][0]["url"] = "veranderd"
    eerste["aannames"].append("veranderd")
    tweede = knowledge.bereken("participatieplicht", invoer)
    assert tweede["plichten"][0]["uitleg"] != "veranderd"
    assert tweede["plichten"][0]["bron"]["url"].startswith("https://")
    assert tweede["gevolgen"]["maatregel"]["percentage"] == 100
    assert tweede["stappen"][0]["tekst"] != "veranderd"
    assert tweede["bronnen"][0]["url"].startswith("https://")
    assert "veranderd" not in tweede["aannames"]


def test_zelfde_vraag_zelfde_antwoord_met_en_zonder_geheugen():
    """A replayed (remembered) result is identical to the first, computed one."""
    invoer = {"peildatum": "2026-07-01", "leeftijd": 40, "leefsituatie": "gehuwden", "partner_leeftijd": 40,
              "medebewoners": [{"leeftijd": 70, "relatie": "ouder"}]}
    assert knowledge.bereken("bijstandsnorm", invoer) == knowledge.bereken("bijstandsnorm", invoer)


def test_watals_h1_werk_van_voor_2027_telt_vanaf_2027():
    """Review H1: 'wat als' told people who started work before 2027 they keep € 0 under the 2027 rules."""
    uit = knowledge.watals("bijverdienvrijlating", {
        "peildatum": "2026-11-26", "leeftijd": 26, "leefsituatie": "alleenstaande",
        "netto_inkomsten_per_maand": 500, "start_werk": "2025-06-01"})
    assert uit["nu"]["vrijlating_per_maand"] == 0  # under 27: no art. 31 vrijlating in 2026
    assert uit["regels_2027"]["vrijlating_per_maand"] == 75
    assert any("1 januari 2027" in a for a in uit["regels_2027"]["aannames"])


def test_h3_beide_uitkomsten_in_je_vorm():
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": "2026-07-01", "leeftijd": 20,
                                              "leefsituatie": "alleenstaande_ouder"}, variant="nl-je")
    assert (uit["norm"], uit["norm_ouders_niet_bijdragen"]) == (350.42, 1112.66)
    assert "Kunnen je ouders niet bijdragen" in uit["uitleg"]


def test_ouders_kunnen_bijdragen_moet_ja_of_nee_zijn():
    with pytest.raises(knowledge.InvoerFout) as e:
        knowledge.bereken("bijstandsnorm", {"peildatum": "2026-07-01", "leeftijd": 19,
                                            "leefsituatie": "alleenstaande", "ouders_kunnen_bijdragen": "nee"})
    assert e.value.veld == "ouders_kunnen_bijdragen"
