"""Answer first, session 8 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s8.yml (a benefit stopped is bezwaar, whatever its reason; a guest on the sofa is
logeren, not the guest's eviction; the days left said in the message, the days left before a new trip, the AIO
abroad; the article and who decides in the answers), through ActionAntwoord or the trip form's first turn.
Every number the tests expect comes from knowledge/, never typed here."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from tests.actions.eerste_antwoord import antwoord, antwoord_namen
from tests.actions.test_eerst_antwoord_rekenhulp import start
from tests.actions.test_feiten_sessie7 import tekst

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


def responses(intent: str, text: str, variant: str = "nl-u") -> list[str]:
    return antwoord_namen(intent, text, PEILDATUM, variant)


# --- a benefit stopped: bezwaar first, whatever the reason given ---------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("samenwonen", "ze hebben mijn bijstand stopgezet omdat ik zou samenwonen maar dat is niet zo, wat moet ik doen"),
    ("buitenland", "mijn uitkering is beeindigd omdat ik te lang in turkije was klopt dat"),
    ("informeren", "de gemeente is gestopt met mijn uitkering en ik weet niet waarom"),
])
def test_a_benefit_stopped_is_answered_with_bezwaar_and_spoed(intent, text):
    berichten = antwoord(intent, text, PEILDATUM)
    assert berichten[0]["response"] == "utter_stopgezet"
    assert FEITEN["bezwaartermijn_weken"] + " weken" in tekst(berichten[0])


def test_a_benefit_that_will_stop_is_not_a_benefit_stopped():
    assert responses("bijverdienen", "stopt mijn uitkering als ik 20 uur ga werken")[0] != "utter_stopgezet"


# --- a guest on the sofa: logeren, not the guest's eviction ---------------------------------------------

@pytest.mark.parametrize("intent", ["logeren", "schulden"])
def test_someone_evicted_who_sleeps_at_the_persons_home_is_the_logeren_answer(intent):
    text = "mijn broer is uit zijn huis gezet en pit nu al 6 weken op mijn bank, krijg ik minder"
    # session 18: the logeren answer whose first sentence says no ("Nee, meestal niet"), as "krijg ik minder" is asked
    assert responses(intent, text)[0] == "utter_logeren_niet_minder"


def test_the_persons_own_eviction_is_still_schuldhulp():
    assert responses("schulden", "ik word volgende week uit mijn huis gezet")[0] == "utter_schulden"


# --- time abroad: the days left said, the days left before a new trip, the AIO ---------------------------

def _buitenland(reizen: list[dict], leeftijd=knowledge.ONBEKEND) -> dict:
    return knowledge.bereken("verblijf_buitenland", {"peildatum": PEILDATUM, "reizen": reizen, "leeftijd": leeftijd})


def test_days_left_said_in_the_message_count_against_the_new_trip():
    text = "mijn oom is overleden ik wil 12 dagen naar turkije maar ik heb nog maar 9 dagen over"
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_over_te_lang"
    assert eerste["dagen_over_voor"] == "9" and eerste["dagen_zonder_bijstand"] == "3"
    zin = tekst(eerste)
    assert zin.startswith("Nee") and "zeer dringende redenen" in zin and "beslist" in zin


def test_days_left_said_and_a_trip_that_fits():
    eerste = antwoord("buitenland", "ik heb dit jaar nog 10 dagen over mag ik een week naar spanje", PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_over_mag"
    assert eerste["dagen_over"] == str(10 - 7)


def test_days_left_said_in_the_trip_forms_first_message_come_first():
    _, berichten, _ = start("verblijf_buitenland_form", "ik wil 10 dagen naar marokko maar ik heb nog maar 8 dagen over")
    assert berichten and berichten[0]["response"] == "utter_buitenland_over_te_lang"


def test_too_long_after_earlier_trips_says_the_days_that_were_left():
    eerste = antwoord("buitenland", "in maart was ik 12 dagen weg en nu wil ik nog 3 weken naar ghana", PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_eerder_te_lang"
    eerder = _buitenland([{"vertrek": "2026-03-01", "terug": "2026-03-13"}])
    assert eerste["dagen_over_voor"] == str(eerder["dagen_over"])
    assert f"nog {eerder['dagen_over']} dagen over" in tekst(eerste)


@pytest.mark.parametrize("text", ["mijn moeder van 75 heeft aio hoe lang mag ze naar marokko",
                                  "ik heb aio, hoe lang mag ik op vakantie"])
def test_the_aio_abroad_without_a_length_gets_its_limit_and_the_svb(text):
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_aio"
    zin = tekst(eerste)
    assert FEITEN["buitenland_weken_aow"] + " weken" in zin and "SVB" in zin and "artikel 13" in zin


# --- texts: the article and "de gemeente beslist"; werk.nl; a new aanvraag after moving --------------------

@pytest.mark.parametrize("text, response, wet", [
    ("ik ben alleenstaande moeder van een kind van 9 moet ik werken", "utter_participatieplicht_kinderopvang",
     "wet_kinderopvang"),
    ("ik ben alleenstaande vader van een kind van 2 moet ik solliciteren", "utter_participatieplicht_jong_kind",
     "wet_ontheffing_jong_kind"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_childcare_answers_name_their_article(text, response, wet, variant):
    eerste = antwoord("participatieplicht", text, PEILDATUM, variant)[0]
    assert eerste["response"] == response
    zin = tekst(eerste, variant)
    assert FEITEN[wet] in zin and "beslist" in zin


def test_the_childcare_answer_says_what_must_be_arranged_first():
    zin = tekst(antwoord("participatieplicht", "ik ben alleenstaande moeder van een kind van 9 moet ik werken",
                         PEILDATUM)[0])
    assert "kinderopvang" in zin and "school" in zin and "geregeld" in zin


def test_applying_starts_at_werk_nl_or_the_gemeente():
    assert "werk.nl" in tekst(antwoord("aanvraag", "hoe vraag ik bijstand aan", PEILDATUM)[0])


def test_moving_to_another_gemeente_is_a_new_aanvraag_there():
    assert "aanvraag" in tekst(antwoord("verhuizen", "ik ga verhuizen naar een andere stad", PEILDATUM)[0])


@pytest.mark.parametrize("intent, text, response, wet", [
    ("bezwaar", "ik kreeg op 1 november een besluit kan ik nog bezwaar maken", "utter_bezwaar_op_tijd",
     "wet_bezwaar_termijn"),
    ("bezwaar", "ik kreeg 4 maanden geleden een besluit kan ik nog bezwaar maken", "utter_bezwaar_te_laat",
     "wet_bezwaar_termijn"),
    ("terugvordering", "hoeveel mag de gemeente van mijn uitkering inhouden voor de terugvordering",
     "utter_terugvordering_verrekenen", "wet_verrekenen"),
    ("stopgezet", "mijn uitkering is stopgezet", "utter_stopgezet", "wet_stopgezet"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_rights_answers_name_their_article_and_who_decides(intent, text, response, wet, variant):
    eerste = antwoord(intent, text, PEILDATUM, variant)[0]
    assert eerste["response"] == response
    zin = tekst(eerste, variant)
    assert FEITEN[wet] in zin and "beslist" in zin


@pytest.mark.parametrize("intent, text", [
    ("bijstandsnorm", "mijn dochter van 30 blijft bij mij wonen, hoeveel bijstand krijg ik"),
    ("verhuizen", "mijn uitkering is gestopt omdat ik naar een andere gemeente ben verhuisd"),
    ("aow_aio", "mijn bijstand is gestopt want ik ben 67 geworden, wat nu"),
])
def test_a_housemate_who_stays_or_a_stop_that_a_topic_explains_keeps_that_topics_answer(intent, text):
    assert responses(intent, text)[0] not in ("utter_logeren", "utter_stopgezet")


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_how_long_an_application_takes_names_its_article(variant):
    eerste = antwoord("aanvraag", "hoe lang duurt het voordat ik bijstand krijg na mijn aanvraag", PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_aanvraag_duur"
    assert FEITEN["wet_aanvraag_duur"] in tekst(eerste, variant)


def test_a_stop_and_money_while_the_bezwaar_runs_is_the_spoed_answer_even_as_bezwaar():
    text = "ze hebben mijn bijstand stopgezet, ik maak bezwaar maar waar moet ik intussen van leven"
    berichten = antwoord("bezwaar", text, PEILDATUM)
    assert berichten[0]["response"] == "utter_stopgezet"
    assert "voorlopige voorziening" in tekst(berichten[0])
    assert responses("bezwaar", "mijn uitkering is stopgezet, hoe maak ik bezwaar")[0] != "utter_stopgezet"


@pytest.mark.parametrize("text", ["ik ben 70 en heb aio, mag ik 4 maanden naar marokko",
                                  "ik heb aio en wil 20 weken naar suriname"])
def test_a_trip_over_the_aio_limit_says_the_aio_stops_and_the_svb_decides(text):
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_reis_te_lang_aio"
    zin = tekst(eerste)
    assert zin.startswith("Nee") and FEITEN["buitenland_weken_aow"] + " weken" in zin and "De SVB beslist" in zin


@pytest.mark.parametrize("text", ["ik wil 6 weken naar texel op vakantie", "ik ga 2 weken op vakantie in nederland mag dat",
                                  "mag ik 5 weken op de veluwe kamperen met de kinderen"])
def test_a_holiday_inside_the_netherlands_is_not_held_against_the_limit_abroad(text):
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_in_nederland"
    assert "buiten Nederland" in tekst(eerste) and not tekst(eerste).startswith("Nee")


@pytest.mark.parametrize("text", ["ik ben in nederland geboren en wil 5 weken naar marokko",
                                  "ik wil met de auto door nederland en dan 5 weken naar frankrijk"])
def test_a_place_abroad_in_the_message_keeps_the_limit(text):
    assert responses("buitenland", text)[0] == "utter_buitenland_reis_te_lang"


def test_living_in_the_netherlands_is_not_a_holiday_there():
    assert responses("buitenland", "ik woon al 30 jaar in nederland en wil 6 weken op vakantie")[0] != \
        "utter_buitenland_in_nederland"
