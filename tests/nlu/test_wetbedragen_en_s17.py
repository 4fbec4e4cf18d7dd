"""Session 17 (issue #15): no English training line names an amount or percentage of the law.

The law's amounts (the gift limit, the norm, the earnings rule's percentages and maximum, the holiday allowance's
percentage) live in knowledge/parameters/ with date and source; an NLU example that names one teaches the model a
number that changes every half year. A person's own amount (own wage, own gift, own debt) stays. 38 lines were
rewritten without the law's number. Data only: no model is loaded."""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import bestanden, regels

# the norm (1419.46 from 2026-07-01) and the earnings rule's maximum (285): never a person's own round amount here
NORM_OF_MAXIMUM = re.compile(r"(?<![\d.,])(1[.,]?419|285)(?![\d])")
# the earnings rules' percentages and the holiday allowance's
PERCENTAGE = re.compile(r"(?<![\d.,])(12[.,]5|15|25) ?(percent|procent|pct|%)|(?<![\d.,])5 ?(percent|procent|%)", re.I)
# the gift limit named as the limit ("the 1200", "max 1200", "more than 1200", "up to 1200", "1200 per person")
GIFTGRENS = re.compile(r"(the|my|max|maximum|than|to|of|is) (€ ?)?1[.,]?200\b|\b1[.,]?200( euro)? (limit|per person|a year)", re.I)
# intents where a 1200 can only be the gift limit (no own wage or own gift there)
ALLEEN_DE_GRENS = {"giften", "bijverdienen", "lening", "bijstandsnorm", "informeren"}


def _regels():
    return regels(bestanden("en"))


def test_no_english_line_names_the_laws_amounts():
    fout = []
    for intent, tekst, naam in _regels():
        if (NORM_OF_MAXIMUM.search(tekst) or PERCENTAGE.search(tekst) or GIFTGRENS.search(tekst)
                or (intent in ALLEEN_DE_GRENS and re.search(r"(?<![\d.,])1[.,]?200(?![\d])", tekst))):
            fout.append(f"{naam}: [{intent}] {tekst}")
    assert fout == []


def test_own_amounts_stay():
    """A person's own wage or gift of the same size is fine: the rule is about the law's number, not every number."""
    eigen = [t for i, t, _ in _regels() if i in ("bereken_bijverdienen", "bereken_giften") and re.search(r"\b1200\b", t)]
    assert len(eigen) >= 3
    assert any("percent" in t or "%" in t for i, t, _ in _regels() if i == "maatregel")  # an own sanction stays
