"""Answer first with the person's own facts, session 17, money and the calculators (issue #20; H3). Messages are new
ones of each kind (none is a set's message); every amount the tests expect is computed by knowledge/, never typed."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from actions import parse
from actions.feiten_uit_bericht import norm
from tests.actions.eerste_antwoord import OpPeildatum, geld, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
GEMEENTE = "voorbeelddorp"

start = OpPeildatum(PEILDATUM, GEMEENTE).start


@pytest.fixture(autouse=True)
def _voorbeelddorp(monkeypatch):
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)


def normuit(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, **invoer})


# --- 1. a young partner beside kostendelers (art. 22a lid 3) ----------------------------------------------------------

def test_allebei_of_the_parents_is_not_the_couples_age():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    assert norm.stel_leeftijden(text) == (19, 29)


def test_a_young_partner_beside_kostendelers_gets_the_22a_lid_3_amount_with_its_two_parts():
    text = "ik ben 19 en mijn vrouw is 29, we wonen in bij haar ouders (allebei 60). hoeveel krijgen wij"
    gevonden = norm.stel_norm(text, DAG)
    uit = normuit(leeftijd=19, leefsituatie="gehuwden", partner_leeftijd=29,
                  medebewoners=[{"leeftijd": 60, "relatie": "anders"}] * 2)
    jong = knowledge.waarde("normen.jongeren_gehuwd_kostendelers_zonder_kind", DAG)
    assert gevonden.response == "utter_bijstandsnorm_stel_jong_kostendeler"
    assert gevonden.waarden["norm_eigen"] == geld(uit["norm"])
    assert gevonden.waarden["norm_jong_deel"] == geld(jong)
    assert gevonden.waarden["kostendelers_personen"] == "3"  # the older partner and the two parents
    tekst = tekst_op({"response": gevonden.response, **gevonden.waarden}, DAG)
    assert tekst.startswith(f"Samen krijgt u waarschijnlijk {geld(uit['norm'])} per maand")
    assert geld(jong) in tekst and "artikel 22a" in tekst


def test_the_young_partner_answer_comes_first_in_the_norm_form():
    _, berichten, _ = start("norm_form", "mijn man is 33 en ik ben 20. we wonen bij mijn schoonmoeder van 61 en "
                                         "haar broer van 58. hoeveel bijstand krijgen we")
    assert berichten[0]["response"] == "utter_bijstandsnorm_stel_jong_kostendeler"


# --- 2. "we zijn 4 mensen": the person is one of them ------------------------------------------------------------------

@pytest.mark.parametrize("text,aantal", [
    ("we zijn met 3 mensen in huis, allemaal boven de 40", 2),
    ("wij zijn 5 personen in 1 huis, iedereen is volwassen", 4),
    ("we wonen met z'n drieën, allemaal ouder dan 30", 2),
])
def test_a_count_of_people_with_wij_includes_the_person(text, aantal):
    assert len(parse.medebewoners(text)) == aantal


def test_a_count_followed_by_the_people_named_is_not_counted_twice():
    gevonden = parse.medebewoners("we zijn 3 mensen in huis: ik (44), mijn oom van 70 en mijn nicht van 35")
    assert sorted(m.leeftijd for m in gevonden) == [35, 70]
