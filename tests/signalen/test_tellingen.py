"""What one turn counts, and which outcomes point at a knot (issue #17 part 3), without a running assistant."""

from __future__ import annotations

from datetime import date

import pytest
import yaml

import knowledge
from actions.knelpunten import knelpunten
from wegwijs.responses import all_responses
from wegwijs.settings import ROOT
from wegwijs.signalen import (
    DREMPEL, KLEIN, SignalenStore, niet_begrepen_sleutel, onderwerp_van, onderwerpen, pad, tellingen_van_beurt,
)

TOPICS = onderwerpen(all_responses())


def all_intents() -> set[str]:
    found = set()
    for path in (ROOT / "bot" / "domain").glob("*.yml"):
        for intent in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("intents", []):
            found.add(intent if isinstance(intent, str) else next(iter(intent)))
    return found


def user(text: str, intent: str, **metadata) -> dict:
    return {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}},
            "metadata": {"gemeente": "voorbeeldstad", **metadata}, "timestamp": 1764950400.0}


def action(name: str) -> dict:
    return {"event": "action", "name": name, "timestamp": 1764950401.0}


def test_a_topic_a_handoff_and_a_question_not_understood_are_counted_with_only_the_gemeente():
    assert tellingen_van_beurt([user("mag mijn moeder boodschappen doen", "giften"), action("utter_giften")],
                               TOPICS, form_actief=False) == ("voorbeeldstad", [("onderwerp", "giften")])
    assert tellingen_van_beurt([user("/mens_spreken", "mens_spreken"), action("action_mens_spreken")],
                               TOPICS, False) == ("voorbeeldstad", [("mens", "mens_spreken")])
    gemeente, wat = tellingen_van_beurt([user("Wat is de hoofdstad van Frankrijk?", "buiten_bereik"),
                                         action("action_niet_begrepen")], TOPICS, False)
    assert wat == [("niet_begrepen", "wat is de hoofdstad van frankrijk")]


def test_a_calculator_button_counts_as_its_topic_and_a_form_answer_counts_nothing():
    assert tellingen_van_beurt([user("/bereken_giften", "bereken_giften")], TOPICS, False)[1] == [("onderwerp", "giften")]
    assert tellingen_van_beurt([user("50 euro van mijn moeder", "giften")], TOPICS, form_actief=True)[1] == []
    intents = {i for i in all_intents() if i.startswith("bereken_")}
    assert intents and all(onderwerp_van(i, TOPICS) for i in intents), "every calculator counts as a topic"


def test_a_test_session_or_an_unknown_gemeente_counts_nothing():
    assert tellingen_van_beurt([user("/giften", "giften", test=True)], TOPICS, False) == (None, [])
    assert tellingen_van_beurt([user("/giften", "giften", gemeente="x'; DROP TABLE")], TOPICS, False) == (None, [])


def test_a_question_not_understood_is_counted_redacted():
    sleutel = niet_begrepen_sleutel("Bel me op 06-12345678, mijn BSN is 111222333!")
    assert "06-12345678" not in sleutel and "111222333" not in sleutel and "[telefoon]" in sleutel


def test_counts_keep_no_time_no_session_and_hide_small_numbers(tmp_path):
    store = SignalenStore(pad(tmp_path))
    try:
        for _ in range(DREMPEL):
            store.tel_alles("voorbeeldstad", [("knelpunt", "kostendelersnorm"), ("onderwerp", "giften")],
                            vandaag=date(2026, 12, 5))
        store.tel_alles("voorbeeldstad", [("onderwerp", "giften")], vandaag=date(2026, 11, 20))
        per_week = store.per_week("voorbeeldstad")
        assert per_week["knelpunt"] == {"kostendelersnorm": {"2026-W49": DREMPEL}}
        assert per_week["onderwerp"]["giften"] == {"2026-W47": KLEIN, "2026-W49": DREMPEL}
        assert store.per_week("voorbeelddorp")["onderwerp"] == {}, "one gemeente at a time, never a sum"
        assert {c.name for c in store.db["tellingen"].columns} == {"week", "gemeente", "soort", "sleutel", "aantal"}
    finally:
        store.close()


def examples(calculator: str) -> list[dict]:
    return yaml.safe_load((ROOT / "knowledge" / "voorbeelden" / f"{calculator}.yml").read_text(encoding="utf-8"))


def example(calculator: str, name: str) -> tuple[dict, dict]:
    found = next(e for e in examples(calculator) if e["name"].startswith(name))
    return found["input"], knowledge.bereken(calculator, found["input"])


@pytest.mark.parametrize("calculator, name, expected", [
    ("giftenruimte", "Thomas 2026, boodschappen en stortingen", ["giften_boven_grens"]),
    ("giftenruimte", "Thomas 2026, alleen boodschappen", []),
    ("giftenruimte", "Precies op de grens", []),
    ("bijverdienvrijlating", "Ferd, de vrijlating is afgelopen", ["vrijlating_voorbij"]),
    ("bijverdienvrijlating", "Ferd tijdens de vrijlating", []),
    ("bijverdienvrijlating", "Jongere van 24 in 2026, geen vrijlating", []),
    ("bijstandsnorm", "Karin, zoon stopt met studeren", ["kostendelersnorm"]),
    ("bijstandsnorm", "Karin, zoon studeert nog", []),
    ("bijstandsnorm", "H3: jongere van 19, ouders kunnen niet bijdragen (juli", ["jongere_zonder_ouders"]),
    ("bijstandsnorm", "Jongere van 19, alleenstaand, ouders kunnen bijdra", []),
    ("bijstandsnorm", "H3: jongere van 19, onbekend of ouders", []),
])
def test_knots_are_read_from_the_numbers_of_the_result(calculator, name, expected):
    invoer, result = example(calculator, name)
    assert knelpunten(calculator, invoer, result) == expected
