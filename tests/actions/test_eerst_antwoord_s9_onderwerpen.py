"""Answer first, session 9 (issue #20), the non-money topics: the kinds of misses of the tuning set
bench/antwoorden_afstemmen_s9.yml. Not paid is not stopped; how high and how long a verlaging is; dropping a
terugvordering; refusing schuldhulp; bezwaar against verrekenen; a guest for months and the kostendelersnorm;
trips given by their dates (a past trip, "t/m", a month without a year said in December); a date is no age; the AIO
abroad after earlier trips; the month the AOW age is reached from a birth month; the AIO top-up of a parent.
Every number the tests expect comes from knowledge/, never typed here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions.feiten_uit_bericht import eerdere_reizen, eigen_leeftijd, nieuwe_reis, reis_uit_tekst
from knowledge.aow import aow_datum
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from knowledge.teksten import maand
from tests.actions.eerste_antwoord import antwoord, antwoord_namen
from tests.actions.test_eerst_antwoord_rekenhulp import start
from tests.actions.test_feiten_sessie7 import tekst

PEILDATUM = "2026-12-06"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)


def responses(intent: str, text: str, variant: str = "nl-u") -> list[str]:
    return antwoord_namen(intent, text, PEILDATUM, variant)


def _buitenland(reizen: list[dict], leeftijd=knowledge.ONBEKEND, peildatum: str = PEILDATUM) -> dict:
    return knowledge.bereken("verblijf_buitenland", {"peildatum": peildatum, "reizen": reizen, "leeftijd": leeftijd})


# --- not paid is not (yet) stopped -------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["mn uitkering is deze maand niet betaald wat nu",
                                  "mijn bijstand is niet gestort, wat moet ik doen"])
def test_not_paid_read_as_stopgezet_first_asks_the_gemeente_why(text):
    eerste = antwoord("stopgezet", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_uitkering_niet_betaald"
    assert "Bel" in tekst(eerste)


def test_stopped_and_not_paid_stays_the_stopgezet_answer():
    assert responses("stopgezet", "mijn uitkering is stopgezet en deze maand niet betaald")[0] == "utter_stopgezet"


# --- how high and how long a verlaging is --------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("maatregel", "hoeveel kunnen ze korten als ik een baan weiger"),
    ("maatregel", "hoe lang duurt een maatregel"),
    ("participatieplicht", "hoeveel word ik gekort als ik niet solliciteer"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_how_high_a_verlaging_is_says_the_percentage_and_the_months(intent, text, variant):
    eerste = antwoord(intent, text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_maatregel_hoogte"
    zin = tekst(eerste, variant)
    assert FEITEN["maatregel_percentage"] in zin
    assert f"{FEITEN['maatregel_duur_min_maanden']} tot {FEITEN['maatregel_duur_max_maanden']} maanden" in zin
    assert "beslist" in zin and "bezwaar" in zin and FEITEN["wet_maatregel"] in zin


def test_a_cut_already_given_keeps_the_maatregel_answer():
    assert responses("maatregel", "ik ben gekort omdat ik niet op gesprek was, mag dat zomaar")[0] == "utter_maatregel"


def test_the_facts_of_a_verlaging_come_from_the_parameters():
    assert FEITEN["maatregel_percentage"] == f"{knowledge.waarde('maatregel.percentage', DAG)}%"
    assert FEITEN["maatregel_duur_max_maanden"] == str(knowledge.waarde("maatregel.duur_maximum_maanden", DAG))


# --- dropping a terugvordering; refusing schuldhulp; bezwaar against verrekenen ------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "kunnen ze een terugvordering ook kwijtschelden"),
    ("schulden", "kan mijn terugvordering bij de gemeente kwijtgescholden worden"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_dropping_a_terugvordering_names_the_ways_of_article_58(intent, text, variant):
    eerste = antwoord(intent, text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_terugvordering_kwijtschelden"
    zin = tekst(eerste, variant)
    assert "dringende redenen" in zin and f"{FEITEN['terugvordering_afzien_jaren']} jaar" in zin
    assert FEITEN["terugvordering_afkoop_percentage"] in zin and FEITEN["wet_kwijtschelden"] in zin
    assert "beslist" in zin


def test_a_debt_to_be_forgiven_stays_schuldhulp():
    assert responses("schulden", "ik heb 18.000 euro schuld, kan dat kwijtgescholden worden?")[0] == "utter_schulden"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_refusing_schuldhulp_names_the_grounds_and_bezwaar(variant):
    eerste = antwoord("schulden", "kan de gemeente weigeren mij te helpen met mijn schulden", PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_schulden_weigeren"
    zin = tekst(eerste, variant)
    assert "eerder" in zin and "fraude" in zin and "bezwaar" in zin and FEITEN["wet_schulden_weigeren"] in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_verrekenen_says_bezwaar_can_be_made(variant):
    text = "de gemeente wil 150 euro per maand inhouden op mijn uitkering voor de terugvordering, mag dat zomaar"
    eerste = antwoord("terugvordering", text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_terugvordering_verrekenen"
    assert f"binnen {FEITEN['bezwaartermijn_weken']} weken bezwaar" in tekst(eerste, variant)


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_guest_for_months_is_said_to_count_for_the_kostendelersnorm(variant):
    zin = tekst(antwoord("logeren", "mijn zus logeert nu al 4 maanden bij me omdat ze geen huis heeft", PEILDATUM,
                         variant)[0], variant)
    assert "kostendelersnorm" in zin


# --- trips given by their dates -----------------------------------------------------------------------------

def test_a_date_is_no_age():
    assert eigen_leeftijd("ben 17 aug vertrokken naar turkije") is None
    assert eigen_leeftijd("ik ben 3 mei teruggekomen") is None
    assert eigen_leeftijd("ben 58 en woon alleen") == 58


def test_a_past_trip_by_its_dates_and_a_new_one_with_tm_count_together():
    text = ("ben 17 aug vertrokken naar turkije en 7 sept terug gekomen, verder niks dit jaar. "
            "mag ik van 20 tm 27 december naar duitsland")
    eerder, reis = [{"vertrek": "2026-08-17", "terug": "2026-09-07"}], {"vertrek": "2026-12-20", "terug": "2026-12-27"}
    assert eerdere_reizen(text, DAG) == eerder and nieuwe_reis(text, DAG) == reis
    uit = _buitenland([*eerder, reis])
    _, berichten, _ = start("verblijf_buitenland_form", text)
    eerste = berichten[0]
    assert eerste["response"] == ("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag")
    assert eerste["dagen_over"] == str(uit["dagen_over"])
    assert eerste["reis_duur"] == "7 dagen"


def test_a_trip_by_dates_without_a_past_word_after_one_that_has_it_is_past():
    text = ("Ik ben 58 en woon alleen. In mei ben ik naar mijn zus in Portugal geweest, weg op 3 mei en terug op "
            "12 mei. Nu is mijn moeder in Polen ziek en ik wil van 14 december tot en met 2 januari bij haar zijn.")
    eerder, reis = [{"vertrek": "2026-05-03", "terug": "2026-05-12"}], {"vertrek": "2026-12-14", "terug": "2027-01-02"}
    assert eerdere_reizen(text, DAG) == eerder and nieuwe_reis(text, DAG) == reis
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    uit = _buitenland([*eerder, reis], leeftijd=58)
    assert eerste["response"] == "utter_buitenland_eerder_mag" and eerste["dagen_over"] == str(uit["dagen_over"])


@pytest.mark.parametrize("text", ["ik wil van 3 tot 20 maart naar marokko", "ik wil van 3 t/m 20 maart naar marokko"])
def test_dates_of_a_trip_to_come_that_have_passed_this_year_are_next_years(text):
    assert reis_uit_tekst(text, DAG) == {"vertrek": f"{DAG.year + 1}-03-03", "terug": f"{DAG.year + 1}-03-20"}


def test_the_aio_abroad_after_earlier_trips_is_reported_to_the_svb():
    text = "Ik ben 71 en heb AIO van de SVB. Dit jaar was ik al 8 weken in Turkije. Mag ik nog 4 weken gaan?"
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == "utter_buitenland_eerder_mag_aio"
    zin = tekst(eerste)
    assert zin.startswith("Ja") and FEITEN["buitenland_weken_aow"] + " weken" in zin and "De SVB beslist" in zin


# --- the AOW age from a birth month; the AIO top-up ---------------------------------------------------------

def _aow_maand(geboren: date) -> date:
    """The month the AOW age that holds then is reached, straight from the two parameters."""
    for maanden in range(60 * 12, 75 * 12):
        dag = plus_maanden(geboren, maanden)
        jaren, extra = knowledge.waarde("leeftijd.aow_jaren", dag), knowledge.waarde("leeftijd.aow_maanden", dag)
        if jaren is not None and maanden == jaren * 12 + extra:
            return dag
    raise AssertionError("no AOW date")


@pytest.mark.parametrize("geboren", [date(1961, 6, 1), date(1961, 6, 30), date(1960, 11, 3), date(1959, 6, 1)])
def test_the_aow_date_follows_the_aow_age_of_its_year(geboren):
    assert aow_datum(geboren) == _aow_maand(geboren)


def test_no_aow_date_outside_the_years_the_parameters_know():
    assert aow_datum(date(1950, 1, 1)) is None and aow_datum(date(1975, 1, 1)) is None


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_when_the_aow_comes_for_a_birth_month(variant):
    eerste = antwoord("aow_aio", "mijn moeder is geboren in juni 1961, wanneer krijgt zij aow", PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_aow_aio_datum"
    dag = _aow_maand(date(1961, 6, 1))
    zin = tekst(eerste, variant)
    assert zin.startswith(f"In {maand(dag)} {dag.year}") and "SVB" in zin and FEITEN["wet_aow_datum"] in zin


def test_a_birth_year_alone_does_not_give_a_month():
    assert responses("aow_aio", "ik ben geboren in 1961, wanneer krijg ik aow")[0] != "utter_aow_aio_datum"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_parent_past_the_aow_age_alone_with_a_low_aow_gets_the_aio_top_up(variant):
    text = ("mijn moeder is 69 en woont alleen, ze heeft een halve aow van ongeveer 800 netto per maand en verder "
            "niks. kan ze er iets bij krijgen")
    eerste = antwoord("aow_aio", text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_aow_aio_aanvulling"
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM, "medebewoners": [], "leeftijd": 69,
                                              "leefsituatie": "alleenstaande"})
    norm = Decimal(str(uit["norm"]))
    zin = tekst(eerste, variant)
    assert zin.startswith("Ja") and euro(norm) in zin and euro(norm - Decimal(800)) in zin and "SVB" in zin


@pytest.mark.parametrize("intent", ["jongeren", "bijstandsnorm", "informeren"])
def test_the_aio_top_up_whatever_topic_the_model_read(intent):
    text = ("mijn moeder is 69 en woont alleen, ze heeft een halve aow van ongeveer 800 netto per maand en verder "
            "niks. kan ze er iets bij krijgen")
    assert responses(intent, text)[0] == "utter_aow_aio_aanvulling"


def test_a_young_person_and_parents_is_no_aio_top_up():
    assert responses("jongeren", "ik ben 19 en mijn ouders helpen me niet, krijg ik meer bijstand")[0] != \
        "utter_aow_aio_aanvulling"


# --- two planned trips in one sentence ----------------------------------------------------------------------

@pytest.mark.parametrize("text, reizen", [
    ("ik wil 2 weken in mei en 3 weken in augustus naar turkije, mag dat",
     [("05-01", "05-15"), ("08-01", "08-22")]),
    ("ik ga 10 dagen in februari en 20 dagen in juni weg", [("02-01", "02-11"), ("06-01", "06-21")]),
    ("ik wil van 1 tot 14 april en van 1 tot 20 augustus naar suriname", [("04-01", "04-14"), ("08-01", "08-20")]),
])
def test_two_planned_trips_in_one_sentence_count_together(text, reizen):
    jaar = DAG.year + 1  # months already past this December: next year's
    verwacht = [{"vertrek": f"{jaar}-{van}", "terug": f"{jaar}-{tot}"} for van, tot in reizen]
    uit = _buitenland(verwacht, peildatum=f"{jaar}-01-01")
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == ("utter_buitenland_reizen_te_lang" if uit["te_lang"] else "utter_buitenland_reizen_mag")
    assert eerste["dagen_gebruikt"] == str(uit["dagen_gebruikt"])


@pytest.mark.parametrize("text", ["ik wil 3 weken naar turkije en marokko", "ik wil van 14 december tot en met 2 januari"
                                  " naar polen"])
def test_one_trip_with_en_in_it_stays_one_trip(text):
    assert responses("buitenland", text)[0] == "utter_buitenland_dagen_over"


# --- the gemeente keeping money back from the benefit, read as another topic --------------------------------

@pytest.mark.parametrize("intent, text", [
    ("giften", "mag de gemeente het gewoon van mijn uitkering inhouden"),
    ("informeren", "de gemeente gaat elke maand iets verrekenen met mijn bijstand, mag dat"),
])
def test_the_gemeente_keeping_money_back_is_verrekenen(intent, text):
    assert responses(intent, text)[0] == "utter_terugvordering_verrekenen"


def test_a_gift_the_gemeente_might_keep_back_stays_a_gift_question():
    assert responses("giften", "mijn moeder geeft me 100 euro, houdt de gemeente dat in op mijn uitkering")[0] != \
        "utter_terugvordering_verrekenen"


@pytest.mark.parametrize("text, eerder, nieuw", [
    ("ik was in april 3 weken weg en wil in december 2 weken naar suriname", [("2026-04-01", "2026-04-22")],
     ("2026-12-06", "2026-12-20")),
    ("ik ben in mei 10 dagen weg geweest en ga in december nog 2 weken", [("2026-05-01", "2026-05-11")],
     ("2026-12-06", "2026-12-20")),
])
def test_a_trip_taken_and_one_planned_in_one_sentence_are_two_trips(text, eerder, nieuw):
    reizen = [{"vertrek": van, "terug": tot} for van, tot in eerder]
    assert eerdere_reizen(text, DAG) == reizen
    assert nieuwe_reis(text, DAG) == {"vertrek": nieuw[0], "terug": nieuw[1]}
    uit = _buitenland([*reizen, {"vertrek": nieuw[0], "terug": nieuw[1]}])
    eerste = antwoord("buitenland", text, PEILDATUM)[0]
    assert eerste["response"] == ("utter_buitenland_eerder_te_lang" if uit["te_lang"] else "utter_buitenland_eerder_mag")
    assert eerste["dagen_over"] == str(uit["dagen_over"])


# --- a couple's trip: each partner has their own days -------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_couples_trip_when_only_the_partner_was_away_before(variant):
    text = "mijn man en ik willen 3 weken naar spanje. hij is dit jaar al 2 weken weg geweest, ik nog niet. kan dat"
    eerste = antwoord("buitenland", text, PEILDATUM, variant)[0]
    assert eerste["response"] == "utter_buitenland_partner_te_lang"
    reis = {"vertrek": PEILDATUM, "terug": "2026-12-27"}
    ik, hij_voor = _buitenland([reis]), _buitenland([{"vertrek": "2026-01-01", "terug": "2026-01-15"}])
    hij = _buitenland([{"vertrek": "2026-01-01", "terug": "2026-01-15"}, reis])
    assert eerste["dagen_over"] == str(ik["dagen_over"]) and eerste["dagen_over_voor"] == str(hij_voor["dagen_over"])
    assert eerste["dagen_zonder_bijstand"] == str(hij["dagen_zonder_bijstand"])
    zin = tekst(eerste, variant)
    assert f"hoogstens {hij_voor['dagen_over']} dagen mee" in zin and "beslist" in zin


def test_the_persons_own_earlier_trip_is_not_the_partners():
    assert responses("buitenland", "ik ben dit jaar al 2 weken weg geweest, mag ik nog 3 weken")[0] == \
        "utter_buitenland_eerder_te_lang"


# --- care for a parent, said after the age ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ik ben 41 en zorg elke dag voor mijn vader met dementie moet ik dan toch werk zoeken",
                                  "voor mijn zieke moeder zorg ik elke dag, moet ik solliciteren"])
def test_care_for_a_parent_said_after_the_age_gets_the_mantelzorg_answer(text):
    _, berichten, _ = start("plichten_form", text)
    assert berichten[0]["response"] == "utter_participatieplicht_mantelzorg"


def test_someone_else_who_gives_care_is_not_the_persons_care():
    from actions.feiten_uit_bericht import mantelzorg_uit_bericht
    assert mantelzorg_uit_bericht("mijn zus woont bij mij en zorgt voor mijn moeder", DAG) is None


def test_bijstand_from_before_the_application_read_as_a_terugvordering_is_the_aanvraag_answer():
    assert responses("terugvordering", "kan bijstand ook met terugwerkende kracht")[0] == "utter_aanvraag"
    assert responses("terugvordering", "de gemeente wil met terugwerkende kracht geld terug, mag dat")[0] != \
        "utter_aanvraag"


# --- bezwaar asked about a dated decision that the model read as another topic ----------------------------------
@pytest.mark.parametrize("intent", ["terugvordering", "maatregel"])
def test_bezwaar_against_a_dated_decision_gets_the_term_whatever_topic_was_read(intent):
    text = "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen. kan ik nog bezwaar maken"
    assert responses(intent, text)[0] == "utter_bezwaar_te_laat"


def test_a_terugvordering_without_bezwaar_keeps_its_own_answer():
    text = "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen"
    assert responses("terugvordering", text)[0] != "utter_bezwaar_te_laat"
