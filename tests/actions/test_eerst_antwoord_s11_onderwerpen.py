"""Answer first, session 11 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s11.yml, each tested with new messages of that kind. Every number the tests expect comes
from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from tests.actions.eerste_antwoord import antwoord, antwoord_namen, tekst_op
from tests.actions.test_eerst_antwoord_rekenhulp import start

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


def responses(intent: str, text: str, variant: str = "nl-u") -> list[str]:
    return antwoord_namen(intent, text, PEILDATUM, variant)


def eerste_bericht(intent: str, text: str) -> dict:
    """The first reply: from the duties form's first turn for bereken_plichten, else from the topic's answer."""
    if intent == "bereken_plichten":
        _, said, _ = start("plichten_form", text)
        return said[0]
    return antwoord(intent, text, PEILDATUM)[0]


def eerste_tekst(intent: str, text: str, variant: str = "nl-je") -> str:
    return tekst_op(antwoord(intent, text, PEILDATUM, variant)[0], DAG, variant)


# --- a single parent's ontheffing ends when the youngest reaches its age -------------------------------------

ONTHEFFING_VOORBIJ = [
    "mijn dochter is gisteren 5 jaar geworden en ik had vrijstelling van solliciteren als alleenstaande ouder, geldt die nog",
    "ik heb ontheffing want ik ben alleen met mijn zoontje maar hij wordt morgen 5, wat nu",
    "alleenstaande vader, de kleine is net 6, loopt mijn ontheffing nog door?",
]


@pytest.mark.parametrize("text", ONTHEFFING_VOORBIJ)
@pytest.mark.parametrize("intent", ["participatieplicht", "bereken_plichten"])
def test_an_ontheffing_whose_child_reached_the_age_ends(intent, text):
    eerste = eerste_bericht(intent, text)
    assert eerste["response"] == "utter_participatieplicht_ontheffing_voorbij"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert "stopt" in zin and f"{FEITEN['ontheffing_kind_leeftijd']} jaar" in zin


def test_a_child_under_the_age_keeps_the_ontheffing_answer():
    namen = responses("participatieplicht", "ik heb ontheffing als alleenstaande moeder, mijn jongste is 3, blijft dat")
    assert "utter_participatieplicht_ontheffing_voorbij" not in namen


# --- past the AOW age, the partner not: the partner keeps the duties ----------------------------------------

PARTNER_JONGER = [
    "ik ben 69 en mijn vrouw is 61, heeft zij nog sollicitatieplicht",
    "ik ben 67 en mn partner is 58, moet mijn partner werk zoeken nu wij aio krijgen",
]


@pytest.mark.parametrize("text", PARTNER_JONGER)
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht", "bereken_plichten"])
def test_past_the_aow_age_with_a_younger_partner_the_partner_keeps_the_duties(intent, text):
    eerste = eerste_bericht(intent, text)
    assert eerste["response"] == "utter_aow_aio_partner_jonger"
    zin = tekst_op(eerste, DAG, "nl-je")
    assert zin.startswith("Ja") and "plichten" in zin and "SVB" in zin and FEITEN["norm_gehuwden_aow"] in zin


def test_past_the_aow_age_without_a_partner_is_no_partner_answer():
    assert "utter_aow_aio_partner_jonger" not in responses("aow_aio", "ik ben 69, moet ik nog solliciteren")


# --- several trips in one run of words, each with its month: added up against the limit ----------------------

@pytest.mark.parametrize("text, mag", [
    ("10 dagen griekenland in mei 8 dagen in augustus naar italie kan ik in december nog een weekje weg", True),
    ("in maart 3 weken marokko in juli 2 weken kan ik in december nog 10 dagen", False),
    ("1 week frankrijk in juni 1 week portugal in oktober mag ik met de kerstdagen nog 2 weekjes naar familie", True),
])
def test_trips_each_with_a_month_count_together(text, mag):
    _, said, _ = start("verblijf_buitenland_form", text)
    assert said[0]["response"] == ("utter_buitenland_reizen_mag" if mag else "utter_buitenland_reizen_te_lang")
    assert said[0]["max_dagen"] == str(knowledge.waarde("buitenland.weken_per_jaar", DAG) * 7)


# --- a relationship apart: what to report ------------------------------------------------------------------

RELATIE_APART = [
    "ik heb sinds kort verkering maar hij woont gewoon in zijn eigen huis, moet ik dat doorgeven",
    "heeft het gevolgen voor mijn uitkering als mijn vriendin niet bij mij woont maar wel vaak langskomt",
]


@pytest.mark.parametrize("text", RELATIE_APART)
@pytest.mark.parametrize("intent", ["samenwonen", "inlichtingenplicht"])
def test_a_relationship_apart_says_what_to_report(intent, text):
    assert responses(intent, text)[0] == "utter_samenwonen_relatie_apart"
    assert "door" in eerste_tekst(intent, text)


def test_a_partner_who_moves_in_is_not_a_relationship_apart():
    assert responses("samenwonen", "mijn vriend komt bij mij wonen, moet ik dat melden")[0] != \
        "utter_samenwonen_relatie_apart"


# --- a young person asking about school: study first ---------------------------------------------------------

@pytest.mark.parametrize("intent", ["jongeren", "aanvraag", "bijstandsnorm"])
@pytest.mark.parametrize("text", [
    "ik ben 19, ik ben gestopt met mijn opleiding. moet ik terug naar het mbo als ik bijstand wil",
    "ben 22 en heb geen werk, moet ik eerst gaan studeren of kan ik bijstand krijgen",
])
def test_a_young_person_asking_about_school_gets_study_first(intent, text):
    assert responses(intent, text)[0] == "utter_studeren"
    assert "studiefinanciering" in eerste_tekst(intent, text)


def test_school_asked_from_the_study_age_is_not_the_young_answer():
    assert responses("jongeren", "ik ben 30, moet ik naar school")[0] != "utter_studeren"


# --- living with a parent who needs care: mantelzorg ----------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "bijstandsnorm", "samenwonen"])
@pytest.mark.parametrize("text", [
    "ik zit nu een paar maanden bij mijn vader want hij heeft dag en nacht hulp nodig, telt dat als kostendeler",
    "ik woon tijdelijk bij mijn oma omdat ze zorgbehoevend is, krijg ik dan minder",
])
def test_living_with_someone_who_needs_care_is_the_mantelzorg_answer(intent, text):
    assert responses(intent, text)[0] == "utter_kostendelersnorm_mantelzorg"


# --- a relative who reaches the AOW age with bijstand ---------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "aow_aio", "bijstandsnorm"])
def test_a_relative_reaching_the_aow_age_with_bijstand_gets_the_aio_of_the_svb(intent):
    text = f"mijn vader wordt volgende maand {FEITEN['aow_leeftijd']} en zit in de bijstand, stopt dat dan"
    eerste = antwoord(intent, text, PEILDATUM)[0]
    assert eerste["response"] == "utter_aow_aio_familie_ouder"
    assert "SVB" in tekst_op(eerste, DAG, "nl-je")


# --- what the AIO is: an aanvulling -------------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_aio_answer_calls_it_an_aanvulling(variant):
    assert "aanvulling" in tekst_op({"response": "utter_aow_aio"}, DAG, variant)


# --- the search period of young people read as the young people's topic: the application answer ---------------

@pytest.mark.parametrize("text", [
    "ben 24, is het waar dat je eerst zelf 4 weken naar werk moet zoeken",
    "ik ben 19 moet ik eerst zelf werk zoeken voordat de gemeente iets doet",
])
def test_the_search_period_asked_as_young_people_is_the_application_answer(text):
    assert responses("jongeren", text)[0] == "utter_aanvraag"


# --- a letter received that asks money back is a terugvordering, not a gift -----------------------------------

@pytest.mark.parametrize("intent", ["terugvordering", "informeren"])
@pytest.mark.parametrize("text", [
    "vandaag een besluit gekregen dat ik 1800 euro aan de gemeente moet terugbetalen, wat nu",
    "ik ontving een brief van de sociale dienst, ik moet 950 euro terugbetalen. kan ik daar iets tegen doen",
])
def test_a_letter_asking_money_back_is_no_gift(intent, text):
    assert not responses(intent, text)[0].startswith("utter_giften")


def test_a_gift_asked_back_by_the_gemeente_stays_the_gift_answer():
    assert responses("terugvordering", "mijn oom gaf me 2000 euro, moet ik dat nu terugbetalen aan de gemeente")[0] \
        .startswith("utter_giften_terugbetalen")
