"""The trained model understands Dutch the way people on bijstand type it."""

from __future__ import annotations

import asyncio

import pytest

from tests.conftest import MODEL

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def parse():
    from rasa.core.agent import Agent

    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}; run `make train`")
    agent = Agent.load(str(MODEL))
    loop = asyncio.new_event_loop()
    yield lambda text: loop.run_until_complete(agent.parse_message(text))
    loop.close()


@pytest.mark.parametrize(
    "text, intent",
    [
        ("mag ik wat bijverdienen", "bijverdienen"),
        ("m'n moeder betaalt mn boodschappen", "giften"),
        ("krijg ik straf als ik niet kom", "participatieplicht"),
        ("ik heb geen geld meer voor eten", "noodsituatie"),
        ("ik zie het niet meer zitten", "noodsituatie"),
        ("ik wil een echt mens spreken", "mens_spreken"),
        ("wis mijn gesprek", "vergeet_mij"),
        ("hoeveel bijstand krijg ik", "bijstandsnorm"),
        ("ik ben het niet eens met de beslissing", "bezwaar"),
        ("hallo", "begroeten"),
    ],
)
def test_real_phrases_get_the_right_intent(parse, text, intent):
    assert parse(text)["intent"]["name"] == intent


# The labelling rule (bench/nlu.py's docstring): the person's own facts that a calculator works with, and
# wanting the outcome for them, is the calculator; the same subject asked in general is the topic.
@pytest.mark.parametrize(
    "text, intent",
    [
        ("ik verdien 420 euro netto per maand, hoeveel houd ik daarvan over", "bereken_bijverdienen"),
        ("mijn oma geeft me elke maand 40 euro, mag ik dat houden", "bereken_giften"),
        ("ik heb een zoontje van 2 en ben alleen, moet ik gaan solliciteren", "bereken_plichten"),
        ("wat zijn de regels voor giften in de bijstand", "giften"),
        ("hoe werkt de vrijlating van inkomsten", "bijverdienen"),
        ("moet je solliciteren als je bijstand hebt", "participatieplicht"),
    ],
)
def test_own_facts_ask_the_calculator_a_general_question_the_topic(parse, text, intent):
    assert parse(text)["intent"]["name"] == intent


@pytest.mark.parametrize(
    "text, amount",
    [
        ("mijn moeder gaf me 50 euro", "50 euro"),
        ("ik kreeg € 1.200,- van mijn oom", "€ 1.200,-"),
        ("twintig euro", "twintig euro"),
        ("1200", "1200"),
    ],
)
def test_bedrag_is_recognised_in_every_written_form(parse, text, amount):
    values = [e["value"] for e in parse(text)["entities"] if e["entity"] == "bedrag"]
    assert any(amount.replace(" ", "") in v.replace(" ", "") or v.replace(" ", "") in amount.replace(" ", "") for v in values), values
