"""A year after a month is a date, not money: "wat verandert er in januari 2027 met bijverdienen" was read
as a wage of € 2.027 and answered with a calculation (issue #20 item 3: an amount is never read as a year,
and a year never as an amount)."""

import pytest

from actions import parse


@pytest.mark.parametrize("tekst", [
    "wat verandert er in januari 2027 met bijverdienen",
    "vanaf juli 2026 werk ik",
    "wat gebeurt er per 1 januari 2027",
    "wordt het in jan 2027 anders",
])
def test_a_month_with_its_year_is_no_amount(tekst):
    assert parse.bedrag(tekst) is None
    assert parse.bedragen(tekst) == []


@pytest.mark.parametrize("tekst, euro", [
    ("ik verdien sinds maart 2026 600 euro", 600),
    ("in januari 2027 krijg ik 2027 euro", 2027),
    ("ik verdien 2027 euro", 2027),
])
def test_money_next_to_a_date_is_still_money(tekst, euro):
    assert parse.bedrag(tekst).euro == euro
