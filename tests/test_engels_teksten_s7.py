"""Issue #15, session 7 (kinds of bench/antwoorden_afstemmen_en_s7.yml): English answers that did not say the point
in plain words: the home visit needs the person's permission (toestemming), part of the money must stay with the
person under beslag, and a young person told to wait 4 weeks gets the search period (zoektermijn), not the
parents text, because 'wait' was not read."""

from __future__ import annotations

from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import antwoord
from wegwijs.responses import all_responses, variation_for


def _engels(naam: str) -> str:
    return variation_for(all_responses()[naam], "en")["text"]


def test_the_home_visit_needs_permission():
    assert "permission (toestemming)" in _engels("utter_huisbezoek")


def test_under_beslag_part_of_the_money_must_stay():
    assert "must stay with you" in _engels("utter_beslag")


def test_a_young_person_told_to_wait_gets_the_search_period():
    assert "wachten" in naar_nederlands("they tell me to wait 4 weeks")
    berichten = antwoord("jongeren", "i am 23, i applied and the gemeente says i must wait 4 weeks first, is that true",
                         "2026-12-06", "en")
    assert [m.get("response") for m in berichten][:1] == ["utter_aanvraag"]
