"""Answer first, session 14 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s14.yml (and one of s7), each tested with new messages of that kind. Every number the
tests expect comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from tests.actions.eerste_antwoord import OpPeildatum, antwoord, tekst_op

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- "mijn moeder en ik wonen samen": a parent or a child named first, then 'en ik' ------------------------------

@pytest.mark.parametrize("text", [
    "mijn vader en ik wonen al twee jaar samen, zijn we dan een stel voor de gemeente",
    "ik en mijn dochter van 31 delen een huurhuis, telt dat als samenwonen",
    "mn zoon en ik zijn huisgenoten, zien ze ons als gezamenlijke huishouding?",
])
def test_a_parent_or_child_and_i_living_together_are_no_couple(text):
    assert responses("samenwonen", text)[0] == "utter_samenwonen_familie"
    assert eerste_tekst("samenwonen", text).startswith("Nee.")


@pytest.mark.parametrize("text", [
    "mijn vriendin en ik wonen samen, wat betekent dat voor de bijstand",
    "mijn moeder en ik gaan samen op vakantie, mag dat",
])
def test_a_partner_and_i_or_no_home_shared_keep_the_other_answers(text):
    assert responses("samenwonen", text)[0] != "utter_samenwonen_familie"


# --- what to report: every change, and not what the gemeente gets from the BRP itself ------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_duty_to_inform_names_every_change(variant):
    assert "verandering" in eerste_tekst("inlichtingenplicht", "wat moet ik zoal melden bij de gemeente", variant)


@pytest.mark.parametrize("intent", ["inlichtingenplicht", "verhuizen"])
@pytest.mark.parametrize("text", [
    "mijn nieuwe adres staat toch al in de brp, moet ik dat dan nog aan de gemeente doorgeven?",
    "ik heb me na de verhuizing ingeschreven, dus de gemeente weet het al. moet ik het nog apart melden",
])
def test_what_the_gemeente_gets_from_the_brp_need_not_be_reported_again(intent, text):
    assert responses(intent, text)[0] == "utter_inlichtingenplicht_al_bekend"
    zin = eerste_tekst(intent, text)
    assert zin.startswith("Meestal niet.") and "BRP" in zin and "artikel 17" in zin


@pytest.mark.parametrize("text", [
    "de gemeente weet al dat ik werk, moet ik mijn loon nog doorgeven",  # wages: report as the gemeente asks
    "moet ik mijn nieuwe adres doorgeven",
])
def test_wages_or_a_plain_question_keep_the_duty_to_report(text):
    assert responses("inlichtingenplicht", text)[0] != "utter_inlichtingenplicht_al_bekend"


# --- applying with no savings: the application's answer, not "€ 0 mag je houden" -----------------------------------

@pytest.mark.parametrize("text", [
    "ik word volgende maand ontslagen en heb geen spaargeld, wanneer kan ik bijstand aanvragen",
    "mijn uitkering van het uwv loopt af, ik heb niks gespaard. hoe vraag ik bijstand aan",
])
def test_no_savings_named_beside_an_application_is_no_savings_answer(text):
    namen = responses("aanvraag", text)
    assert not any(n.startswith("utter_vermogen") for n in namen)
    assert "voorschot" in eerste_tekst("aanvraag", text)


def test_savings_with_an_amount_beside_an_application_keep_the_savings_answer():
    grens = int(knowledge.waarde("vermogen.grens_gezin", DAG))
    assert responses("aanvraag", f"we hebben {grens + 4000} euro spaargeld, kunnen we bijstand aanvragen")[0] \
        .startswith("utter_vermogen")


# --- the AOW: a year of birth written short, and the year the AOW starts -------------------------------------------

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


# --- paying back read as a stopped uitkering: what stopped was a study or a job -------------------------------------

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


# --- an AIO and a stay in a nursing home while the rent goes on ------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_opname_with_aio_names_the_gemeentes_bijzondere_bijstand_for_the_rent(variant):
    text = "mijn moeder van 81 heeft aio en woont nu in een verpleeghuis, haar huur moet nog betaald worden"
    assert responses("opname", text, variant)[0] == "utter_opname_aio"
    zin = eerste_tekst("opname", text, variant)
    assert "SVB" in zin and "bijzondere bijstand" in zin


# --- young people of 21 to 26: their rules, not the low norm of 18 to 20 ----------------------------------------------

@pytest.mark.parametrize("text", ["ik ben 24 en vraag bijstand aan, krijg ik het gelijk?",
                                  "ik ben 22, welke regels gelden er onder de 27",
                                  "ben 25 jaar, wat geldt er voor mij in de bijstand"])
def test_an_own_age_under_the_search_periods_age_gets_those_rules(text):
    assert responses("jongeren", text)[0] == "utter_jongeren_onder_leeftijd"
    assert f"{FEITEN['jongeren_zoektermijn_weken']} weken" in eerste_tekst("jongeren", text)


def test_eighteen_to_twenty_keeps_the_young_norm_answer():
    assert responses("jongeren", "ik ben 19 en mijn ouders helpen me niet, wat krijg ik")[0] != \
        "utter_jongeren_onder_leeftijd"


# --- a time that is no trip: a month's verlaging, months of bijstand paid back --------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "mijn uitkering is voor een maand 100% gekort omdat ik een afspraak miste, mag dat"),
    ("stopgezet", "ze hebben mijn bijstand 2 maanden verlaagd en nu krijg ik bijna niks, wat kan ik doen"),
    ("stopgezet", "de gemeente wil 3 maanden bijstand terug omdat ze zelf iets fout deden"),
])
def test_a_verlaging_or_months_of_bijstand_are_no_trip_abroad(intent, text):
    assert not responses(intent, text)[0].startswith("utter_buitenland")


def test_weeks_abroad_read_as_stopped_keep_the_trip_answer():
    assert responses("stopgezet", "ik was 6 weken in het buitenland en nu is mijn uitkering gestopt")[0] \
        .startswith("utter_buitenland")
