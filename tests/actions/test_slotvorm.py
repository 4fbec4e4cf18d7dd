"""Slot values the actions did not make are refused (security review M4)."""

from __future__ import annotations

import math
from datetime import date

import pytest

from actions import rekenhulp
from actions.slotvorm import vorm_klopt

VANDAAG = date(2026, 12, 5)


@pytest.mark.parametrize(
    "slot, value",
    [
        ("gift_bedrag", {"euro": -5000, "periode": "keer"}),
        ("gift_bedrag", 1),
        ("gift_bedrag", math.nan),
        ("gift_bedrag", {"euro": math.nan, "periode": None}),
        ("gift_bedrag", {"euro": 1e308, "periode": "maand"}),
        ("gift_bedrag", {"euro": True, "periode": "maand"}),
        ("gift_bedrag", {"euro": "50", "periode": "maand"}),
        ("gift_bedrag", {"euro": 50, "periode": "dag"}),
        ("gift_bedrag", {"euro": 50, "periode": "maand", "extra": 1}),
        ("gift_bedrag", [50]),
        ("inkomsten", {"euro": 0.001, "periode": "maand"}),
        ("leeftijd", 47.5),
        ("leeftijd", -1),
        ("leeftijd", 10**9),
        ("leeftijd", True),
        ("jongste_kind_leeftijd", {"van": 12, "tot": 5}),
        ("jongste_kind_leeftijd", {"van": "0", "tot": 5}),
        ("start_werk", 20260101),
        ("mantelzorg", 1),
        ("medebewoners", [{"leeftijd": 30, "relatie": "baas"}]),
        ("medebewoners", [{"leeftijd": 30}]),
        ("medebewoners", [{"leeftijd": 30, "relatie": "kind"}] * 1000),
        ("leefsituatie", ["alleenstaande"]),
        ("onbekend_slot", {"euro": 5}),
    ],
)
def test_values_no_parser_gives_are_refused(slot, value):
    assert not vorm_klopt(slot, value)


@pytest.mark.parametrize(
    "slot, text",
    [
        ("gift_bedrag", "50 euro per maand"),
        ("inkomsten", "ik verdien 900 euro"),
        ("gift_datum", "vorige maand"),
        ("start_werk", "sinds 1 oktober"),
        ("leeftijd", "ik ben 47"),
        ("partner_leeftijd", "hij is 52"),
        ("jongste_kind_leeftijd", "mijn dochter is 4"),
        ("leefsituatie", "alleen met mijn kind"),
        ("arbeidsvermogen", "beperkt"),
        ("mantelzorg", "ja"),
        ("medebewoners", "mijn zoon van 30 en mijn moeder"),
    ],
)
def test_every_value_a_parser_gives_is_accepted(slot, text):
    value = rekenhulp.VRAGEN[slot].parser(text, VANDAAG)
    assert value is not None, text
    assert vorm_klopt(slot, value)


def test_text_is_left_to_the_parsers_and_empty_slots_pass():
    assert vorm_klopt("gift_bedrag", "vijftig euro")
    assert vorm_klopt("leeftijd", None)


def test_age_groups_from_the_buttons_are_accepted():
    for text in ("jonger dan 5", "5 tot 12", "12 of ouder"):
        assert vorm_klopt("jongste_kind_leeftijd", rekenhulp.kind_groep(text))
