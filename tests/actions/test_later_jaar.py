"""A later calendar year named, as the gifts (actions/rekenhulpen/giften.py: a gift of a later year is not this year's)
and the earnings (actions/rekenhulpen/bijverdienen.py: the vrijlating's rule on a later date asked about) read it.
Written before the two modules' own regexes (_VOLGEND_JAAR, _LATER_JAAR) became one reader in actions/parse.py
(H7, session 21): what each accepted and rejected then, on one fixed day, stays so."""

from datetime import date

import pytest

from actions.rekenhulpen import bijverdienen, giften

DAG = date(2026, 12, 8)

# phrase, a gift of a later year (giften), the date the earnings read (bijverdienen; a past one is checked there)
TABEL = [
    ('volgend jaar', True, date(2027, 1, 1)),
    ('komend jaar', True, date(2027, 1, 1)),
    ('VOLGEND JAAR', True, date(2027, 1, 1)),
    ('volgende jaar', False, None),
    ('komende jaar', False, None),
    ('volgendjaar', False, None),
    ('next year', True, None),
    ('dit jaar', False, None),
    ('vorig jaar', False, None),
    ('2027', False, None),
    ('sinds 2027', False, None),
    ('in 1999', False, None),
    ('in 2000', False, date(2000, 1, 1)),
    ('in 2026', False, date(2026, 1, 1)),
    ('in 2027', True, date(2027, 1, 1)),
    ('in 2036', True, date(2036, 1, 1)),
    ('in 2037', True, None),
    ('in 2099', True, None),
    ('in 2100', False, None),
    ('vanaf 2026', False, date(2026, 1, 1)),
    ('vanaf 2027', False, date(2027, 1, 1)),
    ('per 2027', False, date(2027, 1, 1)),
    ('na 2027', False, date(2027, 1, 1)),
    ('from 2027', False, date(2027, 1, 1)),
    ('tot 2027', False, None),
    ('vanaf januari', True, None),
    ('vanaf 1 januari', True, None),
    ('vanaf 1 januari 2026', True, date(2026, 1, 1)),
    ('vanaf 1 januari 2027', True, date(2027, 1, 1)),
    ('vanaf jan 2027', False, None),
    ('in januari 2027', False, date(2027, 1, 1)),
    ('in 1 januari 2027', False, date(2027, 1, 1)),
    ('per 1 januari 2027', False, date(2027, 1, 1)),
    ('per januari 2028', False, date(2028, 1, 1)),
    ('from january 2027', False, None),
    ('vanaf februari', False, None),
    ('in juli 2027', False, None),
    ('nu 100 per maand, volgend jaar wordt het 120', True, date(2027, 1, 1)),
    ('mijn moeder geeft vanaf januari 150 per maand', True, None),
    ('ik ben 23 en verdien 600. vanaf 2027 mogen jongeren ook iets houden toch? hoeveel dan', False, date(2027, 1, 1)),
    ('wat houd ik volgend jaar over', True, date(2027, 1, 1)),
    ('in 2025 begonnen met werken, wat houd ik volgend jaar over', True, date(2025, 1, 1)),
    ('vanaf 2020 werk ik, en in 2027?', True, date(2020, 1, 1)),
    ('volgend jaar of in 2028', True, date(2027, 1, 1)),
    ('in 2027 en in 2026', True, date(2027, 1, 1)),
    ('ik werk sinds 2024 en verdien 500, mag ik dat komend jaar houden', True, date(2027, 1, 1)),
    ('ik krijg 50 euro van oma', False, None),
]


@pytest.mark.parametrize("zin, later, _dag", TABEL)
def test_een_gift_van_een_later_jaar(zin, later, _dag):
    assert giften._later_jaar(zin, DAG) is later


@pytest.mark.parametrize("zin, _later, dag", TABEL)
def test_de_datum_van_een_later_jaar_bij_bijverdienen(zin, _later, dag):
    assert bijverdienen._later_dag(zin, DAG) == dag
