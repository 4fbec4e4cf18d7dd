"""Numbers in messages and texts beyond one topic: what is an amount or an age and what is not, a number with its unit.
Dutch."""

from __future__ import annotations

import pytest

from actions import feiten_uit_bericht, parse


# --- s14: an amount is never an age, a count of months never an amount, a year before a rule never a wage -------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["mijn ex betaalt al 4 mnd de alimentatie niet", "al 2 wk geen geld gehad"])
def test_months_or_weeks_in_short_are_no_amount(text):
    assert parse.bedragen(text) == []


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["giften 2027 nieuwe grens?", "vrijlating 2027 hoe zit dat", "2027 nieuwe regels bij werk"])
def test_a_year_beside_a_rule_is_no_amount(text):
    assert parse.bedragen(text) == []


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_an_age_said_as_an_ordinal_is_the_own_age():
    assert feiten_uit_bericht.eigen_leeftijd("moet ik op mijn 61ste nog solliciteren") == 61
