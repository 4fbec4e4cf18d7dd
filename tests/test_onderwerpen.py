"""A topic is one place (issue #20): NLU examples, a rule, u and je texts, held-out examples, a dialogue."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

import knowledge
from wegwijs.responses import all_responses
from wegwijs.settings import ROOT

ONDERWERPEN = [
    "buitenland", "verhuizen", "aow_aio", "toeslagen", "alimentatie", "vakantiegeld", "inkomenstoeslag",
    "erfenis", "lening", "zelfstandig", "vrijwilligerswerk", "studeren", "jongeren", "terugvordering",
    "schulden", "beslag", "logeren", "opname", "huisbezoek", "maatregel", "stopgezet", "taal",
]
MIN_TRAINING = 20
MIN_HELDOUT = 8


def examples(path) -> dict[str, list[str]]:
    uit: dict[str, list[str]] = {}
    for block in yaml.safe_load(path.read_text(encoding="utf-8"))["nlu"]:
        if "intent" in block:
            uit.setdefault(block["intent"], []).extend(
                line.strip()[2:] for line in block["examples"].splitlines() if line.strip())
    return uit


def rules() -> dict[str, str]:
    uit = {}
    for rule in yaml.safe_load((ROOT / "bot" / "rules" / "onderwerpen.yml").read_text())["rules"]:
        steps = rule["steps"]
        uit[steps[0].get("intent")] = steps[1].get("action")
    return uit


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
def test_a_topic_has_its_own_examples_rule_and_texts(onderwerp):
    training = examples(ROOT / "nlu" / f"{onderwerp}.yml")
    assert len(training.get(onderwerp, [])) >= MIN_TRAINING, f"nlu/{onderwerp}.yml needs {MIN_TRAINING} examples"
    assert rules().get(onderwerp) == "action_antwoord", f"bot/rules/onderwerpen.yml needs a rule for {onderwerp}"
    variants = all_responses()[f"utter_{onderwerp}"]
    # A u and a je text (an English one may come on top: issue #15, tests/test_engels.py).
    assert len([v for v in variants if (v.get("condition") or [{}])[0].get("value") != "en"]) == 2, \
        f"utter_{onderwerp} needs a u and a je text"


# The dialogue script per topic (dialogen/, docs/dialogen.md): its first reply must hold the key fact.
DIALOOG = {
    "buitenland": "25-buitenland-marokko", "aow_aio": "26-aow-solliciteren", "toeslagen": "27-toeslagen-huurtoeslag",
    "alimentatie": "28-alimentatie", "zelfstandig": "29-eigen-bedrijf", "vrijwilligerswerk": "30-vrijwilligerswerk",
    "terugvordering": "31-terugbetalen", "schulden": "32-schulden", "inkomenstoeslag": "33-inkomenstoeslag",
    "studeren": "34-studeren", "verhuizen": "35-verhuizen", "logeren": "36-logeren-dakloze-vriend",
    "opname": "37-opname-ziekenhuis", "vakantiegeld": "38-vakantiegeld", "jongeren": "39-jongere-ouders",
    "erfenis": "40-erfenis", "huisbezoek": "41-huisbezoek", "maatregel": "42-maatregel", "beslag": "43-beslag",
    "stopgezet": "44-stopgezet", "lening": "45-lening", "taal": "46-taal",
}


@pytest.mark.parametrize("onderwerp", ONDERWERPEN)
def test_a_topic_is_in_the_heldout_set_and_has_a_dialogue(onderwerp):
    heldout = examples(ROOT / "tests" / "nlu" / "heldout.yml")
    assert len(heldout.get(onderwerp, [])) >= MIN_HELDOUT, f"tests/nlu/heldout.yml needs {MIN_HELDOUT} for {onderwerp}"
    script = yaml.safe_load((ROOT / "dialogen" / f"{DIALOOG[onderwerp]}.yml").read_text(encoding="utf-8"))
    assert script["beurten"][0].get("bevat"), f"{DIALOOG[onderwerp]}: the first reply must be checked"


def test_every_topic_fact_has_a_value_and_a_source():
    """Each {wet_<onderwerp>} names an article; each topic amount comes from parameters/onderwerpen.yaml."""
    feiten = knowledge.feiten(date(2026, 11, 26))
    for onderwerp in ONDERWERPEN:
        if onderwerp in ("taal",):
            continue
        assert feiten.get(f"wet_{onderwerp}"), f"knowledge/bronnen.yml needs onderwerp_{onderwerp}"
    assert feiten["buitenland_weken"] == "4" and feiten["buitenland_weken_aow"] == "13"
    assert feiten["schuldhulp_weken"] == "4" and feiten["schuldhulp_spoed_werkdagen"] == "3"
    assert feiten["vakantiegeld_percentage"] == "5%" and feiten["vakantiegeld_maand"] == "juni"
