"""Every response text: amounts come from knowledge/, placeholders are all filled."""

from __future__ import annotations

import re
from datetime import date

import pytest

import knowledge
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import all_responses

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
}


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
    values.update({key: "x" for key in RESULT_VALUES | summary_values()})
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
