"""Which way a date without a year lies (actions/parse.py's ``richting``): every caller of parse.datum
chooses, from the question it asked or the sentence itself (parse.tijd), so a month said in December is
next year's for a trip or work still to come and this year's for a decision or a gift received."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actions import feiten_uit_bericht, parse
from actions.feiten_uit_bericht.aow_en_aio import aow_wanneer
from actions.rekenhulp import EERSTE_BERICHT, VRAGEN
from actions.rekenhulpen import verblijf_buitenland

DECEMBER = date(2026, 12, 6)
JANUARI = date(2027, 1, 10)


# --- parse.datum: the caller's direction ------------------------------------------------------------------

@pytest.mark.parametrize("tekst, verleden, toekomst, dichtstbij", [
    ("juli", date(2026, 7, 1), date(2027, 7, 1), date(2026, 7, 1)),  # July ended 4 months ago, the next in 7
    ("in december", date(2026, 12, 1), date(2026, 12, 1), date(2026, 12, 1)),  # this month, whichever way
    ("3 november", date(2026, 11, 3), date(2027, 11, 3), date(2026, 11, 3)),
    ("15 januari", date(2026, 1, 15), date(2027, 1, 15), date(2027, 1, 15)),
    ("15/1", date(2026, 1, 15), date(2027, 1, 15), date(2027, 1, 15)),
    ("eind december", date(2025, 12, 31), date(2026, 12, 31), date(2026, 12, 31)),
    ("begin februari", date(2026, 2, 1), date(2027, 2, 1), date(2027, 2, 1)),
    ("vandaag", DECEMBER, DECEMBER, DECEMBER),
    ("3 november 2026", date(2026, 11, 3), date(2026, 11, 3), date(2026, 11, 3)),  # a year said is taken
    ("vorige maand", date(2026, 11, 1), date(2026, 11, 1), date(2026, 11, 1)),  # said as past: past
])
def test_a_date_without_a_year_lies_the_way_the_caller_says(tekst, verleden, toekomst, dichtstbij):
    assert parse.datum(tekst, DECEMBER, richting="verleden") == verleden
    assert parse.datum(tekst, DECEMBER, richting="toekomst") == toekomst
    assert parse.datum(tekst, DECEMBER, richting="dichtstbij") == dichtstbij


@pytest.mark.parametrize("tekst, verwacht", [
    ("volgende maand", date(2027, 1, 1)), ("morgen", date(2026, 12, 7)), ("volgende week", date(2026, 12, 13)),
    ("volgend jaar", date(2027, 1, 1)), ("eind deze maand", date(2026, 12, 31)),
])
def test_a_date_still_to_come_is_no_answer_to_a_question_about_the_past(tekst, verwacht):
    assert parse.datum(tekst, DECEMBER, richting="toekomst") == verwacht
    assert parse.datum(tekst, DECEMBER, richting="verleden") is None


def test_every_caller_must_choose_a_direction():
    with pytest.raises(TypeError):
        parse.datum("juli", DECEMBER)  # type: ignore[call-arg]
    with pytest.raises(ValueError):
        parse.datum("juli", DECEMBER, richting="vooruit")  # type: ignore[arg-type]


@settings(max_examples=300)
@given(st.builds(lambda d, m: f"{d} {m}", st.integers(1, 31),
                 st.sampled_from(["januari", "februari", "juni", "november", "december"]))
       | st.sampled_from(["januari", "juni", "november", "december", "begin maart", "eind oktober"]),
       st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_a_date_to_come_never_ended_before_vandaag(tekst, vandaag):
    d = parse.datum(tekst, vandaag, richting="toekomst")
    eerste_van_de_maand = vandaag.replace(day=1)
    assert d is None or d >= vandaag or (" " not in tekst and d == eerste_van_de_maand)
    verleden = parse.datum(tekst, vandaag, richting="verleden")
    assert verleden is None or verleden <= vandaag
    dichtstbij = parse.datum(tekst, vandaag, richting="dichtstbij")
    assert dichtstbij is None or dichtstbij in (d, verleden)


# --- parse.tijd: the way the sentence itself says ---------------------------------------------------------

@pytest.mark.parametrize("tekst, tijd", [
    ("ik ga in juli naar Turkije", "toekomst"),
    ("vanaf februari ga ik werken", "toekomst"),
    ("volgende maand begin ik", "toekomst"),
    ("ik kreeg op 3 november een besluit", "verleden"),
    ("ik ben in mei naar Polen geweest", "verleden"),
    ("ik werk sinds maart", "verleden"),
    ("ik kreeg vorige week een besluit en ga bezwaar maken", None),  # both: the caller's choice holds
    ("ik werk vanaf maart, hoeveel mag ik houden", None),  # a question for leave dates nothing
    ("15 maart", None),
])
def test_the_tense_of_a_sentence_is_read_in_one_place(tekst, tijd):
    assert parse.tijd(tekst) == tijd


def test_a_wish_counts_as_future_only_when_the_caller_asks_for_it():
    assert parse.tijd("mag ik in maart 3 weken naar Marokko") is None
    assert parse.tijd("mag ik in maart 3 weken naar Marokko", ook_wens=True) == "toekomst"


# --- the callers: a trip and work still to come -----------------------------------------------------------

def test_a_trip_said_in_december_for_july_is_next_july():
    tekst = "ik ga in juli naar Turkije"
    assert parse.datum(tekst, DECEMBER, richting=parse.tijd(tekst) or "verleden") == date(2027, 7, 1)
    assert feiten_uit_bericht.reis_uit_tekst("ik ga in juli 3 weken naar Turkije", DECEMBER) == {
        "vertrek": "2027-07-01", "terug": "2027-07-22"}


def test_the_trip_form_places_the_new_trip_ahead_and_the_earlier_ones_behind():
    assert VRAGEN["reis"].parser("in maart 2 weken", DECEMBER) == {"vertrek": "2027-03-01", "terug": "2027-03-15"}
    assert VRAGEN["eerdere_reizen"].parser("2 weken in maart", DECEMBER) == [
        {"vertrek": "2026-03-01", "terug": "2026-03-15"}]
    assert verblijf_buitenland._eerdere_reizen("van 3 tot 20 maart", DECEMBER) == [
        {"vertrek": "2026-03-03", "terug": "2026-03-20"}]


def test_a_trip_taken_by_its_dates_is_past_and_one_asked_for_is_to_come():
    taken = "ben 3 mei vertrokken en 12 mei teruggekomen"
    assert feiten_uit_bericht.eerdere_reizen(taken, DECEMBER) == [{"vertrek": "2026-05-03", "terug": "2026-05-12"}]
    assert feiten_uit_bericht.nieuwe_reis("mag ik van 3 tot 20 mei naar Polen", DECEMBER) == {
        "vertrek": "2027-05-03", "terug": "2027-05-20"}


def test_work_that_starts_vanaf_februari_said_in_december_is_next_february_and_no_start_yet():
    tekst = "vanaf februari ga ik werken"
    assert parse.datum(tekst, DECEMBER, richting=parse.tijd(tekst) or "verleden") == date(2027, 2, 1)
    # knowledge/ takes no start after the peildatum: work to come has none yet (it was last February before)
    assert feiten_uit_bericht.start_werk(tekst, DECEMBER) is None
    assert EERSTE_BERICHT["start_werk"](tekst + ", ik ga 600 euro netto verdienen", DECEMBER) is None


def test_work_that_began_stays_in_the_past():
    assert feiten_uit_bericht.start_werk("ik werk sinds februari", DECEMBER) == date(2026, 2, 1)
    assert feiten_uit_bericht.start_werk("ik werk vanaf maart, hoeveel mag ik houden", DECEMBER) == date(2026, 3, 1)
    assert feiten_uit_bericht.start_werk("ik ben in januari begonnen", JANUARI) == date(2027, 1, 1)
    assert feiten_uit_bericht.start_werk("ik ben in maart begonnen", JANUARI) == date(2026, 3, 1)
    assert VRAGEN["start_werk"].parser("februari", DECEMBER) == "2026-02-01"  # "Wanneer bent u begonnen?"


# --- the callers: a decision and a gift stay in the past --------------------------------------------------

@pytest.mark.parametrize("tekst", [
    "ik kreeg op 3 november een besluit, kan ik nog bezwaar maken",
    "ik ga bezwaar maken tegen het besluit van 3 november",  # "ga" is about the bezwaar, not the decision
])
def test_a_decision_for_bezwaar_said_in_january_is_last_november(tekst):
    antwoord = feiten_uit_bericht.bezwaar_termijn(tekst, JANUARI, "bezwaar")
    assert antwoord is not None and antwoord.waarden["besluit_datum"] == "3 november 2026"


def test_a_gift_is_received_in_the_past():
    assert VRAGEN["gift_datum"].parser("3 november", JANUARI) == "2026-11-03"
    assert VRAGEN["gift_datum"].parser("volgende maand", JANUARI) is None  # "Wanneer kreeg u het?" asks the past
    tekst = "mijn moeder gaat me vanaf maart 100 euro per maand geven"
    gift = parse.bedrag("100 euro per maand")
    assert feiten_uit_bericht.gift_sinds(tekst, gift, DECEMBER) == date(2026, 3, 1)


def test_a_birth_date_is_in_the_past():
    antwoord = aow_wanneer("ik ben geboren in juni 1961, wanneer krijg ik aow", DECEMBER)
    assert antwoord is not None and antwoord.waarden["geboren_maand"].endswith("1961")


def test_a_date_a_week_from_now_is_never_a_decision_received():
    assert feiten_uit_bericht.bezwaar_termijn("ik krijg volgende week een besluit", DECEMBER, "bezwaar") is None
