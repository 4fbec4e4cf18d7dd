"""The AOW age and the AIO: when the AOW comes, the AIO levels and the SVB, a relative past the AOW age. Dutch first,
then English."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import DAG, PEILDATUM, antwoord, eerste_tekst, responses, tekst_op


# --- s14: the AOW: a year of birth written short, and the year the AOW starts -----------------------------------------

@pytest.mark.parametrize("text", ["geb. 1960, wanneer begint mijn aow", "geboortejaar: 1960 wanneer aow?",
                                  "jaargang 1960, wanneer krijg ik aow"])
def test_a_year_of_birth_written_short_gets_the_aow_year(text):
    gevonden = antwoord("aow_aio", text, PEILDATUM)[0]
    assert gevonden["response"] == "utter_aow_aio_geboortejaar_hele_jaren"
    jaren = int(gevonden["aow_jaren"])
    zin = tekst_op(gevonden, DAG)
    assert f"{jaren} jaar" in zin and f"in {1960 + jaren}" in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_reaching_the_aow_age_later_says_to_apply_at_the_svb(variant):
    zin = eerste_tekst("aow_aio", "ik word in april 67, wat moet ik regelen", variant)
    assert "aanvraag" in zin and "SVB" in zin and "nu al" not in zin


def test_the_aow_age_read_as_a_move_gets_the_aow_answer():
    assert responses("verhuizen", "ik word in april 67 en heb bijstand van de gemeente, moet ik zelf iets regelen?")[0] \
        == "utter_aow_aio_later"


def test_a_move_near_the_aow_age_stays_a_move():
    assert responses("verhuizen", "ik word in april 67 en verhuis dan naar een andere gemeente")[0] \
        != "utter_aow_aio_later"


# --- s14: an AIO and a stay in a nursing home while the rent goes on --------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_opname_with_aio_names_the_gemeentes_bijzondere_bijstand_for_the_rent(variant):
    text = "mijn moeder van 81 heeft aio en woont nu in een verpleeghuis, haar huur moet nog betaald worden"
    assert responses("opname", text, variant)[0] == "utter_opname_aio"
    zin = eerste_tekst("opname", text, variant)
    assert "SVB" in zin and "bijzondere bijstand" in zin
