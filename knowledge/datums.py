"""Date arithmetic that the rules need (whole months, ages)."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

EEN_DAG = timedelta(days=1)


def plus_maanden(d: date, maanden: int) -> date:
    """``d`` moved by whole months; the day is clamped to the month's length."""
    index = d.month - 1 + maanden
    jaar, maand = d.year + index // 12, index % 12 + 1
    return date(jaar, maand, min(d.day, calendar.monthrange(jaar, maand)[1]))


def laatste_dag_na(start: date, maanden: int) -> date:
    """The last day of a period of ``maanden`` months that starts on ``start``."""
    return plus_maanden(start, maanden) - EEN_DAG


def leeftijd_op(geboortedatum: date, peildatum: date) -> int:
    """Age in whole years on ``peildatum``."""
    jaren = peildatum.year - geboortedatum.year
    if (peildatum.month, peildatum.day) < (geboortedatum.month, geboortedatum.day):
        jaren -= 1
    return jaren


def kalenderjaar(peildatum: date) -> tuple[date, date]:
    """First and last day of the calendar year of ``peildatum``."""
    return date(peildatum.year, 1, 1), date(peildatum.year + 1, 1, 1) - EEN_DAG


def jaar_later(d: date, jaren: int) -> date:
    """``d`` moved by whole years; 29 February becomes 28 February in a common year."""
    jaar = d.year + jaren
    return d.replace(year=jaar, day=min(d.day, calendar.monthrange(jaar, d.month)[1]))
