"""Session 17 (issue #20): no Dutch training line names an amount or percentage of the law.

The law's amounts (the gift limit, the norm, the earnings rules' percentages, the holiday allowance's percentage)
live in knowledge/parameters/ with date and source; an NLU example that names one teaches the model a number that
changes every half year. A person's own amount (own wage, own bijstand, a bare answer in a form) stays. 37 lines were
rewritten without the law's number (as nlu/en/ in 7f80843). Data only: no model is loaded."""
from __future__ import annotations

import re

from tests.nlu.nlu_regels import ENTITEIT, bestanden, regels

# the norm for a single person (1401 from 2026-01-01, 1419.46 from 2026-07-01) and the earnings rule's maximum
NORM_OF_MAXIMUM = re.compile(r"(?<![\d.,])(1[.,]?419|1[.,]?401|285)(?![\d])")
# the earnings rules' percentages and the holiday allowance's
PERCENTAGE = re.compile(r"(?<![\d.,])(12[.,]5|15|25|8|5) ?(procent|pct|%)", re.I)
# the gift limit named as the limit ("die 1200", "boven de 1200", "meer dan 1200", "1200 per persoon", in words)
GIFTGRENS = re.compile(r"\b(de|die|max|maximaal|maximum|dan|tot|van|over|boven|onder|je) (€ ?)?1[.,]?200\b"
                       r"|\b1[.,]?200( euro)? (grens|limiet|per persoon|regel)|twaalfhonderd", re.I)
# intents where a 1200 can only be the gift limit (no own wage or own gift there)
ALLEEN_DE_GRENS = {"giften", "bijverdienen", "lening", "bijstandsnorm"}


def _regels():
    return regels(bestanden("nl"), ruw=True)


def test_no_dutch_line_names_the_laws_amounts():
    fout = []
    for intent, ruw, naam in _regels():
        tekst = ENTITEIT.sub(r"\1", ruw)
        if (NORM_OF_MAXIMUM.search(tekst) or PERCENTAGE.search(tekst) or GIFTGRENS.search(tekst)
                or (intent in ALLEEN_DE_GRENS and re.search(r"(?<![\d.,])1[.,]?200(?![\d])", tekst))):
            fout.append(f"{naam}: [{intent}] {tekst}")
    assert fout == []


def test_own_amounts_stay_and_a_percentage_is_no_money():
    regels = list(_regels())
    assert any(re.search(r"\b1200\b", r) for i, r, _ in regels if i in ("bereken_bijverdienen", "bereken_norm"))
    assert any("procent" in r or "%" in r for i, r, _ in regels if i == "maatregel")  # an own sanction stays
    assert not [r for _, r, _ in regels if re.search(r"\]\(bedrag\) ?(%|procent)", r)]
