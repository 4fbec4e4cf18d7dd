"""Amounts in an English session are written the English way (issue #15): "€1,200" and "€1,200.50",
not the Dutch "€ 1.200" and "€ 1.200,50". One formatting function (knowledge/geld.py) takes the variant;
every place an amount is rendered for a session renders it in that session's variant. Dutch is unchanged."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import context
from actions.antwoorden import ActionAntwoord
from actions.rekenhulpen import bijverdienen, giften
from actions.rekenhulpen._woorden import Woorden
from gateway import overzicht as ov
from knowledge.geld import euro, getal, procent
from knowledge.teksten import huidige_variant, met_variant
from wegwijs.dialogen.controles import expected_amount
from wegwijs.dialogen.script import Bedrag
from wegwijs.gemeente import laad_gemeente
from wegwijs.responses import all_responses

DOMAIN = {"responses": all_responses()}
DUTCH_AMOUNT = "€ 1.200"
GIFTEN = {"peildatum": "2026-11-26", "giften": [{"datum": "2026-05-01", "bedrag": 1250.5, "soort": "geld"}]}


@pytest.mark.parametrize("bedrag, nl, en", [
    ("1200", "€ 1.200", "€1,200"), ("1200.5", "€ 1.200,50", "€1,200.50"), ("50", "€ 50", "€50"),
    ("1419.46", "€ 1.419,46", "€1,419.46"), ("-50", "- € 50", "-€50"), ("48060", "€ 48.060", "€48,060")])
def test_an_amount_in_each_language(bedrag, nl, en):
    assert euro(Decimal(bedrag), "en") == en
    assert euro(Decimal(bedrag), "nl-u") == euro(Decimal(bedrag), "nl-je") == euro(Decimal(bedrag)) == nl


def test_the_variant_of_the_block_is_the_default():
    with met_variant("en"):
        assert euro(Decimal("1200.5")) == "€1,200.50" and procent(Decimal("12.5")) == "12.5%"
        assert getal(Decimal("0.5")) == "0.5"
    assert euro(Decimal("1200.5")) == "€ 1.200,50" and procent(Decimal("12.5")) == "12,5%"


def test_an_english_calculation_explains_with_english_amounts():
    uit = knowledge.bereken("giftenruimte", GIFTEN, "en")
    tekst = " ".join([uit["uitleg"], *uit["aannames"]])
    assert "€1,250.50" in tekst and "€1,200" in tekst and DUTCH_AMOUNT not in tekst
    assert "€ 1.250,50" in knowledge.bereken("giftenruimte", GIFTEN, "nl-u")["uitleg"]


def tracker(variant: str, text: str = "hello", intent: str = "informeren", slots: dict | None = None) -> Tracker:
    metadata = {"peildatum": "2026-11-26", "gemeente": "voorbeeldstad", "test": True}
    return Tracker("c", {"variant": variant, **(slots or {})},
                   {"text": text, "metadata": metadata, "intent": {"name": intent, "confidence": 0.95}},
                   [], False, None, {}, "action_listen")


def test_the_facts_for_responses_have_english_amounts():
    english, dutch = context.template_values(tracker("en")), context.template_values(tracker("nl-u"))
    assert english["giftengrens"] == "€1,200" and dutch["giftengrens"] == DUTCH_AMOUNT
    assert "," in english["norm_alleenstaande"] and " " not in english["norm_alleenstaande"]
    assert huidige_variant() == "nl-u"


def test_an_answer_with_the_persons_own_amount_is_english():
    """'I have 20000 euros in savings': the savings and the limit it is weighed against."""
    dispatcher = CollectingDispatcher()
    ActionAntwoord().run(dispatcher, tracker("en", "I have 20000 euros in savings, can I get bijstand?", "vermogen"),
                         DOMAIN)
    eigen = next(m for m in dispatcher.messages if "spaargeld" in m)
    assert eigen["spaargeld"] == "€20,000" and eigen["vermogensgrens"].startswith("€") and "." not in eigen["vermogensgrens"]
    assert huidige_variant() == "nl-u"


def test_a_forms_summary_and_outcome_are_english():
    w = Woorden(DOMAIN, "en")
    t = tracker("en", slots={"inkomsten": {"euro": 1250.5, "periode": "maand"}, "gift_bedrag": {"euro": 1250.5}})
    with context.in_sessievariant(t):
        assert bijverdienen.samenvatting(t, w)["inkomsten_tekst"] == "€1,250.50"
        assert giften.samenvatting(t, w)["gift_bedrag_tekst"] == "€1,250.50"
        _, waarden = giften.uitkomst(knowledge.bereken("giftenruimte", GIFTEN, "en"))
    assert waarden["grens"] == "€1,200"


def test_mijn_overzicht_in_english_has_english_amounts():
    o = ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": GIFTEN, "variant": "en"}, laad_gemeente("voorbeeldstad"))
    page = ov.als_html(o)
    assert "€1,250.50" in page and "€1,200" in page and "€ 1.2" not in page
    dutch = ov.als_html(ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": GIFTEN, "variant": "nl-u"},
                                          laad_gemeente("voorbeeldstad")))
    assert "€ 1.250,50" in dutch


def test_an_english_dialogue_script_expects_english_amounts():
    bedrag = Bedrag(rekenhulp="giftenruimte", invoer={"giften": GIFTEN["giften"]}, veld="meetellend")
    assert expected_amount(bedrag, "2026-11-26", "voorbeeldstad", "en") == "€1,250.50"
    assert expected_amount(bedrag, "2026-11-26", "voorbeeldstad") == "€ 1.250,50"


def test_the_answers_bench_reads_an_amount_in_either_notation():
    """bench/answers.py: a set that expects '1.200' accepts the English '€1,200', and the other way round."""
    import importlib.util
    import sys

    from wegwijs.settings import ROOT
    sys.path.insert(0, str(ROOT / "bench"))  # answers.py imports bench/measure.py
    try:
        spec = importlib.util.spec_from_file_location("answers_bench", ROOT / "bench" / "answers.py")
        answers = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(answers)
    finally:
        sys.path.remove(str(ROOT / "bench"))
    case = {"moet_bevatten": [["1.200"], ["€ 1.419,46"], ["8,000"]]}
    assert answers.missing(case, "Keep €1,200 a year. Your norm is €1,419.46. The limit is € 8.000.") == []
    assert answers.missing(case, "Keep €1,250 a year. Your norm is €1,419.50. The limit is € 8.000.") == [
        ["1.200"], ["€ 1.419,46"]]
