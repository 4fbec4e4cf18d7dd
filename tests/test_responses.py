"""Every response text: amounts come from knowledge/, placeholders are all filled."""

from __future__ import annotations

import re
from datetime import date

import pytest

import knowledge
from actions import feiten_uit_bericht
from knowledge import varianten
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import all_responses
from wegwijs.settings import ROOT as ROOT_DIR

PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")
# "113" is the name of the organisation 113 Zelfmoordpreventie, not a legal number.
ALLOWED_NUMBERS = {"113"}


def response_texts():
    for name, variants in all_responses().items():
        for variant in variants:
            yield name, variant["text"]


@pytest.mark.parametrize("name, text", list(response_texts()))
def test_no_amount_percentage_or_number_in_response_text(name, text):
    assert "€" not in text and "%" not in text, name
    numbers = set(re.findall(r"\d+", PLACEHOLDER.sub("", text))) - ALLOWED_NUMBERS
    assert not numbers, f"{name} has numbers {numbers}: put them in knowledge/parameters/"


# Placeholders the calculator actions fill with the person's own answers and results.
RESULT_VALUES = {
    "grens", "meetellend", "ruimte_over", "overschreden_met", "vrijlating", "totaal", "norm", "plichten",
    "opties", "waarom", "aannames", "bron_titel", "bron_url", "fout", "aantal", "datum", "bedrag", "leeftijd",
    "van", "tot", "maand", "jaar", "max_dagen", "dagen_gebruikt", "dagen_over", "dagen_zonder_bijstand",
}

# actions/berekenen.py and actions/mens.py: what to do now, whether the gemeente is open, the livechat summary.
RESULT_VALUES |= {"wat_nu", "gemeente_status", "vanaf", "tijd", "dag", "samenvatting"}
# actions/rekenhulpen/bijverdienen.py: the share of the wage a first message's vrijlating keeps.
RESULT_VALUES |= {"vrijlating_deel"}

# actions/twijfel.py: the titles of the two close topics in "Gaat uw vraag over A of over B?".
RESULT_VALUES |= {"onderwerp_a", "onderwerp_b"}

# actions/signalen.py: the signal as it will be stored, its topic and the outcome it is about.
RESULT_VALUES |= {"signaal_tekst", "signaal_onderwerp", "signaal_uitkomst_zin"}


def summary_values() -> set[str]:
    """The placeholders action_ask_bevestigd fills, read from the action itself."""
    from rasa_sdk import Tracker

    from actions.berekenen import samenvatting_values
    from wegwijs.responses import all_responses

    tracker = Tracker("test", {}, {}, [], False, None, {}, "")
    return set(samenvatting_values(tracker, {"responses": all_responses()}))


@pytest.mark.parametrize("peildatum", [date(2026, 1, 1), date(2026, 11, 26), date(2027, 1, 1)])
@pytest.mark.parametrize("gemeente", bekende_gemeenten())
def test_every_placeholder_is_filled(peildatum, gemeente):
    values = {**knowledge.feiten(peildatum, gemeente), **laad_gemeente(gemeente).template_values()}
    values.update({key: "x" for key in RESULT_VALUES | summary_values() | feiten_uit_bericht.WAARDEN})
    for name, text in response_texts():
        missing = set(PLACEHOLDER.findall(text)) - set(values)
        assert not missing, f"{name} needs {missing} on {peildatum} for {gemeente}"
        assert all(values[key] for key in PLACEHOLDER.findall(text)), name


def test_every_intent_with_action_antwoord_has_a_response():
    import yaml

    from wegwijs.settings import ROOT

    responses = all_responses()
    for path in (ROOT / "bot" / "rules").glob("*.yml"):
        for rule in yaml.safe_load(path.read_text())["rules"]:
            steps = rule["steps"]
            for step, following in zip(steps, steps[1:]):
                if following.get("action") == "action_antwoord":
                    assert f"utter_{step['intent']}" in responses, rule["rule"]


# --- variants: "nl-u" or "nl-je" (knowledge/varianten.py; the gemeente setting `aanspreekvorm`, docs/gemeente.md)

U_WOORD = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
def variant_condition(variant: str) -> list[dict]:
    return [{"type": "slot", "name": "variant", "value": variant}]


def all_words(variant: dict) -> str:
    return " ".join([variant["text"], *(b["title"] for b in variant.get("buttons") or [])])


@pytest.mark.parametrize("name, variants", list(all_responses().items()))
def test_every_response_has_a_u_text_and_a_je_text(name, variants):
    """Each response has one text without a condition (the nl-u text, Rasa's default) and,
    if that text addresses the reader, one for nl-je (`aanspreekvorm: je`). A text that addresses
    nobody ("Sluiten", "{aantal} jaar") is the same for both and has no second variation."""
    u = [v for v in variants if not v.get("condition")]
    # English (variant "en") has its own checks in tests/test_engels.py.
    je = [v for v in variants if v.get("condition") and v["condition"] != variant_condition("en")]
    assert len(u) == 1, f"{name}: exactly one variation without a condition"
    assert all(v["condition"] == variant_condition("nl-je") for v in je), f"{name}: only the variant condition is used"
    assert len(je) <= 1, f"{name}: at most one je variation"
    if U_WOORD.search(all_words(u[0])):
        assert je, f"{name} says 'u' or 'uw': write a je variation too"


@pytest.mark.parametrize("name, variants", list(all_responses().items()))
def test_the_je_text_never_says_u(name, variants):
    from wegwijs.responses import variation_for

    shown = variation_for(variants, "nl-je")  # what a resident of a je-gemeente sees
    assert not U_WOORD.search(all_words(shown)), f"{name}: {all_words(shown)!r}"


@pytest.mark.parametrize("name, variants", [(n, v) for n, v in all_responses().items()
                                             if any(x.get("condition") == variant_condition("nl-je") for x in v)])
def test_the_je_text_has_the_same_placeholders_and_buttons(name, variants):
    u, je = variants[0], next(x for x in variants if x.get("condition") == variant_condition("nl-je"))
    assert set(PLACEHOLDER.findall(je["text"])) == set(PLACEHOLDER.findall(u["text"])), name
    assert je.get("buttons") == u.get("buttons"), name


def test_response_text_picks_the_variation_of_the_gemeente():
    from wegwijs.responses import response_text

    values = laad_gemeente("voorbeelddorp").template_values()
    je = response_text("utter_welkom", variant=laad_gemeente("voorbeelddorp").variant, **values)
    u = response_text("utter_welkom", **values)
    assert "Waar wil je iets over weten?" in je and "Voorbeelddorp" in je
    assert "Waar wilt u iets over weten?" in u
    assert response_text("utter_widget_sluiten", variant="nl-je") == "Sluiten"  # the same for both


def test_gemeente_setting_aanspreekvorm(tmp_path):
    from wegwijs.gemeente import gemeente_uit

    assert laad_gemeente("voorbeeldstad").aanspreekvorm == "u"  # the default
    assert laad_gemeente("voorbeelddorp").aanspreekvorm == "je"
    assert (laad_gemeente("voorbeeldstad").variant, laad_gemeente("voorbeelddorp").variant) == ("nl-u", "nl-je")
    with pytest.raises(ValueError, match="aanspreekvorm"):
        gemeente_uit("x", {"naam": "X", "aanspreekvorm": "jij"}, tmp_path / "x.yaml")


def teksten(variant: str) -> dict[str, str]:
    """The texts of knowledge/teksten.yml that ``variant`` has itself, without fallback."""
    from knowledge.teksten import alle_teksten

    alle = {k: v for k, v in alle_teksten().items() if isinstance(v, str)}
    if variant == varianten.STANDAARD:
        return {k: v for k, v in alle.items() if k.split(".", 1)[0] not in varianten.VARIANTEN}
    return {k.removeprefix(variant + "."): v for k, v in alle.items() if k.startswith(variant + ".")}


def test_every_explanation_that_says_u_has_a_je_version():
    u, je = teksten("nl-u"), teksten("nl-je")
    assert set(je) <= set(u), f"je versions of unknown keys: {set(je) - set(u)}"
    missing = [k for k, v in u.items() if U_WOORD.search(v) and k not in je]
    assert not missing, f"write je versions in knowledge/teksten.yml for {missing}"
    for key, text in je.items():
        assert not U_WOORD.search(text), f"nl-je.{key}: {text}"
        assert set(PLACEHOLDER.findall(text)) == set(PLACEHOLDER.findall(u[key])), key


def voorbeelden():
    import yaml

    for path in sorted((ROOT_DIR / "knowledge" / "voorbeelden").glob("*.yml")):
        for voorbeeld in yaml.safe_load(path.read_text(encoding="utf-8")):
            if "fout" not in voorbeeld:
                yield pytest.param(path.stem, voorbeeld["input"], id=f"{path.stem}: {voorbeeld['name']}")


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in strings(v)]
    return []


def without_strings(value):
    if isinstance(value, dict):
        return {k: without_strings(v) for k, v in value.items() if not isinstance(v, str)}
    if isinstance(value, list):
        return [without_strings(v) for v in value if not isinstance(v, str)]
    return value


@pytest.mark.parametrize("calculator, invoer", list(voorbeelden()))
def test_a_calculation_in_je_says_je_and_computes_the_same(calculator, invoer):
    u = knowledge.bereken(calculator, invoer)
    je = knowledge.bereken(calculator, invoer, variant="nl-je")
    assert without_strings(je) == without_strings(u)
    said = [s for s in strings(je) if U_WOORD.search(s)]
    assert not said, said
    assert knowledge.bereken(calculator, invoer) == u  # the je run left the u texts alone (and the cache)


def test_wat_als_in_je():
    invoer = {"peildatum": "2026-11-26", "leeftijd": 35, "leefsituatie": "alleenstaande",
              "netto_inkomsten_per_maand": 600, "start_werk": "2026-09-01"}
    uitleg = knowledge.watals("bijverdienvrijlating", invoer, variant="nl-je")["uitleg"]
    assert "Verdien je" in uitleg and not U_WOORD.search(uitleg)


@pytest.mark.parametrize("gemeente, variant", [("voorbeelddorp", "nl-je"), ("voorbeeldstad", "nl-u"),
                                               ("bestaat-niet", "nl-u")])
def test_session_start_sets_the_variant_of_the_gemeente(gemeente, variant):
    """Before the welcome: the slot from the first message's metadata, and the slots of an earlier session kept."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.antwoorden import ActionSessionStart

    metadata = {"gemeente": gemeente}
    earlier = [{"event": "slot", "name": "leeftijd", "value": 35},
               {"event": "slot", "name": "session_started_metadata", "value": metadata}]
    tracker = Tracker("t", {"leeftijd": 35, "session_started_metadata": metadata}, {}, earlier, False, None, {}, "")
    domain = {"session_config": {"carry_over_slots_to_new_session": True}}
    events = asyncio.run(ActionSessionStart().run(CollectingDispatcher(), tracker, domain))
    assert events[0]["event"] == "session_started"
    assert events[-1] == {**events[-1], "event": "action", "name": "action_listen"}
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["variant"] == variant and slots["leeftijd"] == 35
