"""An English text names its months in English (issue #15).

Found by the English answers tuning set of session 5: the holiday-pay answer said "You get it once a
year, in juni", because the month is a Dutch word in knowledge/parameters/ and went into the English
text as it was. Every English response, filled with the facts as an English session gets them, has
no Dutch month name.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import knowledge
from knowledge.teksten import met_variant
from wegwijs.gemeente import laad_gemeente
from wegwijs.responses import all_responses, variant_of

NEDERLANDSE_MAANDEN = re.compile(r"\b(januari|februari|maart|mei|juni|juli|augustus|oktober)\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{([a-z0-9_]+)\}")


def engels_ingevuld(peildatum: date) -> list[tuple[str, str]]:
    with met_variant("en"):
        waarden = {**knowledge.feiten(peildatum, "voorbeeldstad"), **laad_gemeente("voorbeeldstad").template_values()}
    return [(name, PLACEHOLDER.sub(lambda m: str(waarden.get(m[1], m[0])), v["text"]))
            for name, variations in all_responses().items() for v in variations if variant_of(v) == "en"]


@pytest.mark.parametrize("peildatum", [date(2026, 12, 5), date(2027, 1, 1)])
def test_no_dutch_month_in_an_english_text(peildatum):
    fout = {name: NEDERLANDSE_MAANDEN.findall(text) for name, text in engels_ingevuld(peildatum)
            if NEDERLANDSE_MAANDEN.search(text)}
    assert not fout, fout


def test_the_holiday_pay_month_is_english_in_english_and_dutch_in_dutch():
    assert knowledge.feiten(date(2026, 12, 5), "voorbeeldstad")["vakantiegeld_maand"] == "juni"
    with met_variant("en"):
        assert knowledge.feiten(date(2026, 12, 5), "voorbeeldstad")["vakantiegeld_maand"] == "June"
