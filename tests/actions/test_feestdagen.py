"""The feestdagen on which a gemeente is closed come from a rule, not from a list that ran out after 2027."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from wegwijs.gemeente import laad_gemeente
from wegwijs.openingstijden import TIJDZONE, feestdagen, lees_openingstijden, status

# The list the gemeente files had until they computed it (Rijksoverheid, "Officiële feestdagen", without
# Goede Vrijdag; Bevrijdingsdag only in a lustrum year), 2026 and 2027.
LIJST_2026_2027 = {
    date(2026, 1, 1), date(2026, 4, 6), date(2026, 4, 27), date(2026, 5, 14), date(2026, 5, 25),
    date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1), date(2027, 3, 29), date(2027, 4, 27),
    date(2027, 5, 6), date(2027, 5, 17),
}
WERKDAGEN = ["9.00-17.00"] * 5
UREN = {"openingstijden": dict(zip(("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag"), WERKDAGEN))}


def dagen(van: date, tot: date):
    return (van + timedelta(days=n) for n in range((tot - van).days + 1))


def test_the_rule_closes_the_same_weekdays_as_the_old_list():
    tijden = lees_openingstijden(UREN, "test.yaml")
    dicht = {dag for dag in dagen(date(2026, 1, 1), date(2027, 5, 31))
             if dag.weekday() < 5 and not tijden.vakken_op(dag)}
    assert dicht == {dag for dag in LIJST_2026_2027 if dag.weekday() < 5}
    assert LIJST_2026_2027 <= set(feestdagen(2026)) | set(feestdagen(2027))


@pytest.mark.parametrize("jaar, paasdag", [(2026, date(2026, 4, 5)), (2027, date(2027, 3, 28)), (2028, date(2028, 4, 16)),
                                           (2029, date(2029, 4, 1)), (2035, date(2035, 3, 25)), (2038, date(2038, 4, 25)),
                                           (2285, date(2285, 3, 22)), (2095, date(2095, 4, 24))])
def test_easter_and_what_hangs_on_it(jaar, paasdag):
    assert feestdagen(jaar)[paasdag] == "Eerste Paasdag"
    assert feestdagen(jaar)[paasdag + timedelta(days=50)] == "Tweede Pinksterdag"


def test_after_2027_a_gemeente_is_still_closed_on_feestdagen():
    tijden = laad_gemeente("voorbeeldstad").tijden
    # Eerste Paasdag 2028 in the evening: Tweede Paasdag is closed, so Tuesday at nine.
    assert status(tijden, datetime(2028, 4, 16, 18)).vanaf == datetime(2028, 4, 18, 9, tzinfo=TIJDZONE)
    # Kerstavond 2031 (a Wednesday): closed on both Christmas days, open again on Monday the 29th.
    assert status(tijden, datetime(2031, 12, 24, 18)).vanaf == datetime(2031, 12, 29, 9, tzinfo=TIJDZONE)
    for dicht in (date(2028, 5, 25), date(2028, 6, 5), date(2029, 1, 1), date(2045, 5, 5)):
        assert not tijden.vakken_op(dicht), dicht


def test_koningsdag_on_a_sunday_is_the_saturday_before_and_goede_vrijdag_is_a_working_day():
    assert date(2031, 4, 26) in feestdagen(2031) and date(2031, 4, 27) not in feestdagen(2031)
    assert date(2028, 4, 14) not in feestdagen(2028)  # Goede Vrijdag
    assert date(2028, 5, 5) not in feestdagen(2028) and date(2030, 5, 5) in feestdagen(2030)


def test_the_gemeentes_own_closed_days_come_on_top():
    tijden = lees_openingstijden({**UREN, "gesloten": {"dagen": [{"datum": date(2026, 12, 24), "naam": "Kerstavond"}]}},
                                 "test.yaml")
    assert not tijden.vakken_op(date(2026, 12, 24)) and tijden.vakken_op(date(2026, 12, 23))
    assert status(tijden, datetime(2026, 12, 23, 18)).vanaf == datetime(2026, 12, 28, 9, tzinfo=TIJDZONE)
    with pytest.raises(ValueError, match="contact.gesloten.dagen needs dates like 2026-12-25"):
        lees_openingstijden({**UREN, "gesloten": {"dagen": [{"datum": "24 december"}]}}, "test.yaml")
