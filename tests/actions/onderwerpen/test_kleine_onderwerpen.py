"""The smaller topics: alimentatie, an opname or detentie, toeslagen, starting a business, studying, a relationship
apart, the costs of a move. Dutch first, then English."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord_namen, eerste_tekst, responses, tekst_op


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_alimentatie_not_paid_for_months_is_no_gift():
    namen = antwoord_namen("alimentatie", "mijn ex betaalt al 4 mnd geen alimentatie, wat kan ik doen", PEILDATUM)
    assert namen[0] == "utter_alimentatie_niet_betaald"  # the LBIO first (session 16)
    assert "LBIO" in tekst_op({"response": namen[0]}, DAG)


# --- s15: a relationship apart may; moving in with the partner is a couple --------------------------------------------

@pytest.mark.parametrize("text", [
    "we hebben een lat-relatie, is dat toegestaan met een bijstandsuitkering",
    "mijn vriend woont in zijn eigen huis, mag ik wel een relatie hebben",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_relationship_apart_is_allowed(text, variant):
    assert responses("samenwonen", text, variant)[0] == "utter_samenwonen_relatie_apart"
    zin = eerste_tekst("samenwonen", text, variant)
    assert zin.startswith("Een relatie mag") and "eigen huis" in zin
