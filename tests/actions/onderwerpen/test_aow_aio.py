"""The AOW age and the AIO: when the AOW comes, the AIO levels and the SVB, a relative past the AOW age. Dutch first,
then English."""

from __future__ import annotations

import pytest

import knowledge
from actions import feiten_uit_bericht
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import aow_en_aio
from tests.actions.eerste_antwoord import (DAG, EN_DORP, PEILDATUM, antwoord, eerste_tekst, form_begin, geld, normuit,
                                           responses, start, tekst_op)


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


# --- s16: the norm: a relative with a pronoun, a client of a social worker, an age in general -------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_relative_said_with_a_pronoun_gets_their_own_aio_level():
    text = "ik vraag namens mijn vader, hij is 72 en woont alleen, hij heeft een halve aow. hoeveel krijgt hij totaal"
    gevonden = aow_en_aio.familielid_alleen(text, DAG)
    assert gevonden.response == "utter_aow_aio_familie_ouder"
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "leeftijd": 72, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    assert gevonden.waarden["norm_eigen"] == geld(uit["norm"])


@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["wat krijg je in de bijstand als je boven de 67 bent",
                                  "hoeveel is de bijstand vanaf je 70e"])
def test_an_age_in_general_past_the_aow_age_gets_the_aio_levels(text):
    assert aow_en_aio.aio_norm_algemeen(text, DAG).response == "utter_aow_aio_norm"


@pytest.mark.usefixtures("voorbeelddorp")
def test_an_age_in_general_under_the_aow_age_does_not():
    assert aow_en_aio.aio_norm_algemeen("hoeveel bijstand krijg je als je ouder bent dan 30", DAG) is None


# --- s17: ages and amounts read where they were missed ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_young_person_in_general_and_the_norm_past_the_aow_age_are_amounts_asked():
    from actions.feiten_uit_bericht import aow_en_aio
    assert feiten_uit_bericht.norm.iemand_van("hoeveel is de bijstand voor jongeren van 19") == 19
    assert aow_en_aio.aio_norm_algemeen("bijstandsnorm na de aow-leeftijd?", DAG).response == "utter_aow_aio_norm"


@pytest.mark.usefixtures("voorbeelddorp")
def test_the_aio_is_something_to_apply_for():
    tekst = tekst_op({"response": "utter_aow_aio_jonger", "leeftijd": "66", "jaren_tot_aow": "1"}, DAG)
    assert "aanvragen bij de SVB" in tekst


# --- s17: a relative past the AOW age with the writer moved in: that relative's own AIO -------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_a_parent_on_aio_with_the_writer_moved_in_gets_the_aio_kostendelersnorm():
    _, berichten, _ = start("norm_form", "mijn moeder is 77 en heeft aio. ik ben 41 en woon sinds kort bij haar. "
                                         "hoeveel krijgt ze nu?")
    uit = normuit(leeftijd=77, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 41, "relatie": "kind"}])
    assert uit["uitvoerder"] == "svb" and uit["kostendelersnorm_toegepast"]
    assert berichten[0]["response"] == "utter_aow_aio_familie_kostendeler"
    tekst = tekst_op(berichten[0], DAG)
    assert tekst.startswith(f"De AIO van uw familielid wordt dan waarschijnlijk {geld(uit['norm'])}")
    assert "De SVB beslist" in tekst


# --- s17 (English): a year under the AOW age --------------------------------------------------------------------------

def test_a_year_under_the_aow_age_the_norm_says_when_the_svb_takes_over():
    begin = form_begin("norm_form", "I'm 66, single. my AOW begins next year, how much bijstand until then", PEILDATUM,
                       "en", "voorbeelddorp")
    namen = [m.get("response") for m in begin.berichten]
    assert namen[:2] == ["utter_bijstandsnorm_eigen", "utter_aow_bijna"]
    tekst = tekst_op(begin.berichten[1], DAG, "en")
    assert "67" in tekst and "SVB" in tekst  # the AOW age of knowledge/ (2026-2027)


@pytest.mark.parametrize("text", ["I'm 65, single. how much bijstand", "I am 50 and alone, what is my norm"])
def test_not_for_other_ages(text):
    namen = [m.get("response") for m in form_begin("norm_form", text, PEILDATUM, "en", "voorbeelddorp").berichten]
    assert "utter_aow_bijna" not in namen


# --- s17 (English): following H3 in English: the writer moved in with a parent on AIO ---------------------------------

@pytest.mark.parametrize("text", ["my dad is 72 and on AIO, I am 38 and I live with him now. how much will he get",
                                  "My mum (70) has AIO. I'm 31 and moved back in with her. What happens to her AIO?",
                                  "my mother is 68, she gets aio. i (29) came to live at her place. what is her aio now"])
def test_the_writer_living_with_a_parent_on_aio_gives_the_parents_aio(text):
    naam, tekst = EN_DORP.form_eerste("norm_form", text)
    assert naam == "utter_aow_aio_familie_kostendeler"
    assert "1,088.05" in tekst or "1.088,05" in tekst  # 50% of 2,176.10 (art. 22a, 22b): one kostendeler, the SVB


def test_staying_with_a_relative_to_care_is_no_move():
    assert "ik woon bij hem" not in naar_nederlands("my uncle has cancer and i stay with him to do his care")
