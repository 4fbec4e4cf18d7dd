"""Debts: schuldhulp, a terugvordering (paid in parts, dropped), kwijtschelding, verrekenen, a loan. Dutch first, then
English."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import DAG, FEITEN, PEILDATUM, antwoord_namen, eerste_tekst, responses, tekst_op


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["kan de gemeente mij geld lenen voor een nieuwe koelkast", "lening bij de gemeente mogelijk?"])
def test_borrowing_from_the_gemeente_is_bijzondere_bijstand_as_a_loan(text):
    namen = antwoord_namen("lening", text, PEILDATUM)
    assert namen[0] == "utter_lening_gemeente"
    tekst = tekst_op({"response": namen[0]}, DAG).lower()
    assert "bijzondere bijstand" in tekst and "lening" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_loan_from_family_is_still_the_loan():
    assert antwoord_namen("lening", "mijn broer leent me 400 euro, moet ik dat doorgeven", PEILDATUM)[0] != \
        "utter_lening_gemeente"


# --- s14: paying back read as a stopped uitkering: what stopped was a study or a job ----------------------------------

def test_paying_back_after_a_study_or_job_stopped_is_the_terugvordering():
    text = ("mijn dochter is met werken gestopt en dat had ik niet gemeld, nu moet ik 2000 euro terugbetalen. "
            "kan de gemeente dat kwijtschelden?")
    assert responses("stopgezet", text)[0] == "utter_terugvordering_kwijtschelden"
    zin = eerste_tekst("stopgezet", text)
    assert "dringende reden" in zin and f"{FEITEN['bezwaartermijn_weken']} weken bezwaar" in zin


def test_paying_back_without_waiver_read_as_stopped_gets_the_terugvordering():
    assert responses("stopgezet", "mijn zoon stopte met school, nu wil de gemeente geld terug. hoe zit dat")[0] \
        == "utter_terugvordering"


def test_a_stopped_uitkering_and_paying_back_stays_stopped():
    assert responses("stopgezet", "mijn uitkering is stopgezet en nu moet ik ook nog terugbetalen")[0] \
        != "utter_terugvordering"


# --- s16: a terugvordering paid in parts: a betalingsregeling ---------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "ik moet 900 euro terug aan de sociale dienst, mag ik dat per maand afbetalen"),
    ("terugvordering", "kan ik een regeling treffen met de gemeente voor de terugvordering"),
    ("schulden", "de gemeente vordert 4000 euro terug en dat kan ik niet in een keer betalen"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_paying_a_terugvordering_in_parts_gets_the_betalingsregeling(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_terugvordering_betalingsregeling"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Ja, dat kan meestal. Vraag de gemeente om een betalingsregeling.")
    assert f"{FEITEN['bezwaartermijn_weken']} weken bezwaar" in zin and FEITEN["beslagvrije_voet_percentage"] in zin


@pytest.mark.parametrize("intent, text", [
    ("schulden", "ik heb schulden bij de energie en wil een betalingsregeling"),   # no terugvordering: schuldhulp
    ("terugvordering", "kan de gemeente mijn terugvordering kwijtschelden of in delen"),  # afzien asked first
])
def test_a_debt_elsewhere_or_a_waiver_keeps_its_answer(intent, text):
    assert responses(intent, text)[0] != "utter_terugvordering_betalingsregeling"
