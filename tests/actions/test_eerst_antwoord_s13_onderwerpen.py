"""Answer first, session 13 (issue #20), the non-money topics and the conversation: the kinds of misses of the tuning
set bench/antwoorden_afstemmen_s13.yml (and s12's open items), each tested with new messages of that kind. Every
number the tests expect comes from knowledge/."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from actions.andere_taal import andere_talen
from tests.actions.eerste_antwoord import OpPeildatum
from wegwijs.responses import response_text

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- living with a parent or a child: never a gezamenlijke huishouding (art. 3 lid 2 a) -----------------------------

MET_OUDER_OF_KIND = [
    "mijn vader woont sinds de zomer bij mij in, zijn wij nu samenwonend?",
    "ik trek in bij mijn moeder, telt dat als samenwonen",
    "mijn dochter van 29 woont weer thuis, zien ze ons als stel",
    "woon al jaren samen met mijn zoon, is dat een gezamenlijke huishouding",
]


@pytest.mark.parametrize("text", MET_OUDER_OF_KIND)
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_parent_or_child_at_home_is_no_couple(text, variant):
    assert responses("samenwonen", text, variant)[0] == "utter_samenwonen_familie"
    zin = eerste_tekst("samenwonen", text, variant)
    assert zin.startswith("Nee.") and "eerste graad" in zin and "kostendelersnorm" in zin
    assert f"{FEITEN['kostendeler_leeftijd']} jaar" in zin


@pytest.mark.parametrize("text", [
    "mijn vriend en zijn zoon komen bij mij wonen, zijn we dan samenwonend",
    "mijn broer woont bij mij, is dat samenwonen",  # second degree: not this answer
    "ik woon samen met mijn vriendin en mijn dochter, telt dat",
])
def test_a_partner_or_a_sibling_keeps_the_other_answers(text):
    assert responses("samenwonen", text)[0] != "utter_samenwonen_familie"


# --- languages: English is understood too (issue #15) ----------------------------------------------------------------

def test_the_taal_answer_says_english_is_spoken_and_offers_it():
    for variant in ("nl-u", "nl-je"):
        zin = response_text("utter_taal", variant, **FEITEN, gemeente_naam="Voorbeelddorp")
        assert "Engels (English)" in zin and "alleen Nederlands" not in zin


def test_a_message_in_another_language_says_english_is_understood_too():
    talen = andere_talen()
    for code, taal in talen["talen"].items():
        assert "English" in taal["tekst"], code
    for variant in ("nl-u", "nl-je"):
        assert "Engels (English)" in talen["nederlands"][variant]


# --- a huisbezoek refused: the redelijke grond (Pw art. 53a) ---------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_huisbezoek_answer_names_the_redelijke_grond(variant):
    zin = response_text("utter_huisbezoek", variant, **FEITEN, gemeente_naam="Voorbeelddorp")
    assert "redelijke grond" in zin and "twijfel" in zin


# --- the costs of a move and of the new home: bijzondere bijstand ---------------------------------------------------

VERHUIS_EN_INRICHTING = [
    "wie betaalt de verhuiswagen als ik moet verhuizen",
    "kan de gemeente de verhuizers betalen",
    "we krijgen de sleutel van een kale huurwoning, hoe kom ik aan geld voor laminaat",
    "nieuw huis gekregen maar geen geld voor gordijnen en een vloer, help",
    "ik ga naar een goedkopere woning, wie betaalt de inrichting",
]


@pytest.mark.parametrize("text", VERHUIS_EN_INRICHTING)
@pytest.mark.parametrize("intent", ["verhuizen", "bijzondere_bijstand"])
def test_costs_of_a_move_or_the_new_home_name_bijzondere_bijstand(intent, text):
    assert responses(intent, text)[0] == "utter_verhuizen_kosten"
    assert "bijzondere bijstand" in eerste_tekst(intent, text)


def test_every_verhuizen_answer_names_bijzondere_bijstand_for_the_costs():
    for variant in ("nl-u", "nl-je"):
        zin = response_text("utter_verhuizen", variant, **FEITEN, gemeente_naam="Voorbeelddorp")
        assert "bijzondere bijstand" in zin


@pytest.mark.parametrize("text", ["ik ga verhuizen naar Utrecht, wat moet ik doen", "mijn nieuwe vloer is mooi"])
def test_a_move_or_a_floor_alone_is_not_the_costs(text):
    assert responses("verhuizen", text)[0] != "utter_verhuizen_kosten"


# --- the AOW later: the time after it asked; "bijna 67" is under the AOW age ----------------------------------------

NA_DE_AOW = [
    "in april word ik 67, moet ik daarna nog werk zoeken?",
    "ik word volgende maand 67. geldt de sollicitatieplicht na mijn verjaardag nog",
    "ik word in mei 67, moet ik vanaf dan nog solliciteren",
]


@pytest.mark.parametrize("text", NA_DE_AOW)
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_duties_after_the_aow_starts_get_the_aow_later_answer(intent, text):
    assert responses(intent, text)[0] == "utter_aow_aio_later"
    zin = eerste_tekst(intent, text)
    assert "niet meer te solliciteren" in zin and "SVB" in zin


@pytest.mark.parametrize("text", ["ik ben bijna 67, moet ik nog solliciteren", "ben bijna 67 jaar, nog werkplicht?"])
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_almost_the_aow_age_is_under_it(intent, text):
    namen = responses(intent, text)
    assert namen[0] == "utter_participatieplicht_jonger"
    assert eerste_tekst(intent, text).startswith("Ja.")


def test_duties_today_before_the_aow_still_get_yes():
    assert responses("aow_aio", "ik word in maart 67, moet ik nu nog solliciteren")[0] == \
        "utter_participatieplicht_jonger"


# --- the huurtoeslag's maximum rent asked: none any more, the limit it counts to -----------------------------------

HUURGRENS = [
    "hoe hoog mag mijn huur zijn voor huurtoeslag",
    "is er een huurgrens bij de huurtoeslag",
    "wat is de maximale kale huur voor huurtoeslag dit jaar",
]


@pytest.mark.parametrize("text", HUURGRENS)
@pytest.mark.parametrize("intent", ["toeslagen", "bijstandsnorm"])
def test_the_maximum_rent_asked_gets_no_maximum_and_the_limit(intent, text):
    assert responses(intent, text)[0] == "utter_toeslagen_huurgrens"
    zin = eerste_tekst(intent, text)
    grens_jong = knowledge.waarde("toeslagen.huurtoeslag_maximale_huur_jongeren", DAG)
    assert zin.startswith("Nee") and FEITEN["huurtoeslag_maximale_huur"] in zin
    assert f"{grens_jong:.2f}".replace(".", ",") in zin


# --- the recht op vergissen: a bill, not in force ----------------------------------------------------------------------

VERGISSEN = [
    "heb ik nu al recht op vergissen als ik iets vergeet door te geven",
    "wanneer gaat de wet handhaving sociale zekerheid in",
    "krijg ik geen boete meer door het recht op fouten maken?",
]


@pytest.mark.parametrize("text", VERGISSEN)
@pytest.mark.parametrize("intent", ["terugvordering", "inlichtingenplicht", "informeren"])
def test_the_recht_op_vergissen_is_not_in_force(intent, text):
    assert responses(intent, text)[0] == "utter_terugvordering_vergissen"
    zin = eerste_tekst(intent, text)
    assert zin.startswith("Nog niet.") and "wetsvoorstel" in zin and "36785" in zin


# --- a trip abroad read as living together or a guest ------------------------------------------------------------------

REIS = [
    "wij wonen samen en hebben bijstand, mogen we 5 weken naar suriname",
    "mijn vriend woont bij mij, we gaan 2 weken naar spanje, mag dat",
]


@pytest.mark.parametrize("text", REIS)
@pytest.mark.parametrize("intent", ["samenwonen", "logeren"])
def test_a_trip_abroad_gets_the_limit_abroad(intent, text):
    assert responses(intent, text)[0].startswith("utter_buitenland")
    assert f"{int(FEITEN['buitenland_weken']) * 7} dagen" in eerste_tekst(intent, text)


def test_a_stay_of_weeks_without_a_trip_keeps_the_topic():
    assert responses("logeren", "mijn nicht logeert 5 weken bij mij")[0].startswith("utter_logeren")


# --- earnings past the AOW age read as the AOW topic -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik ben 69 en heb aio. ik kan 200 euro per maand verdienen als oppas, hoeveel gaat er af",
    "ik ben 70, aio, en krijg 150 euro per maand voor een klusje in de buurt. hoeveel mag ik houden",
])
def test_earnings_past_the_aow_age_get_what_is_kept(text):
    assert responses("aow_aio", text)[0].startswith("utter_bijverdienen")


# --- the amount past the AOW age asked as the AOW topic, living situation not said: the AIO levels ---------------------

@pytest.mark.parametrize("text", ["ik ben 71 en zit in de aio, hoeveel is dat per maand", "ik ben 69, wat krijg ik van de svb"])
def test_the_aio_amount_asked_past_the_aow_age_gets_the_levels(text):
    assert responses("aow_aio", text)[0] == "utter_aow_aio_norm"
    zin = eerste_tekst("aow_aio", text)
    assert FEITEN["norm_alleenstaande_aow"] in zin and FEITEN["norm_gehuwden_aow"] in zin


def test_duties_past_the_aow_age_keep_their_no():
    assert responses("aow_aio", "ik ben 69, moet ik nog solliciteren")[0].endswith("_ouder")
