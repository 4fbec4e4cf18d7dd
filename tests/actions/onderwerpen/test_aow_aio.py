"""The AOW age and the AIO: when the AOW comes, the AIO levels and the SVB, a relative past the AOW age. Dutch first,
then English."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht, parse
from actions.engels import naar_nederlands
from actions.feiten_uit_bericht import aow_en_aio
from knowledge.aow import aow_datum
from knowledge.datums import plus_maanden
from knowledge.geld import euro
from knowledge.teksten import maand
from tests.actions.eerste_antwoord import (DAG, DAG_6, DAG_8, DOMAIN, DORP, EN, EN_6, EN_DORP, FEITEN_6, JE_8, OP, OP_5,
                                           OP_6, PEILDATUM, PEILDATUM_5, PEILDATUM_6, antwoord, eerste_bericht,
                                           eerste_tekst, feit_antwoord_6, form_begin, geld, norm_6, norm_euro_6,
                                           normuit, parameter_6, responses, start, tekst_6, tekst_op)


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


def _aow_maand(geboren: date) -> date:
    """The month the AOW age that holds then is reached, straight from the two parameters."""
    for maanden in range(60 * 12, 75 * 12):
        dag = plus_maanden(geboren, maanden)
        jaren, extra = knowledge.waarde("leeftijd.aow_jaren", dag), knowledge.waarde("leeftijd.aow_maanden", dag)
        if jaren is not None and maanden == jaren * 12 + extra:
            return dag
    raise AssertionError("no AOW date")


# --- s9: the AOW age from a birth month; the AIO top-up ---------------------------------------------------------------

@pytest.mark.parametrize("geboren", [date(1961, 6, 1), date(1961, 6, 30), date(1960, 11, 3), date(1959, 6, 1)])
def test_the_aow_date_follows_the_aow_age_of_its_year(geboren):
    assert aow_datum(geboren) == _aow_maand(geboren)


def test_no_aow_date_outside_the_years_the_parameters_know():
    assert aow_datum(date(1950, 1, 1)) is None and aow_datum(date(1975, 1, 1)) is None


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_when_the_aow_comes_for_a_birth_month(variant):
    eerste = antwoord("aow_aio", "mijn moeder is geboren in juni 1961, wanneer krijgt zij aow", PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_aow_aio_datum"
    dag = _aow_maand(date(1961, 6, 1))
    zin = tekst_6(eerste, variant)
    assert zin.startswith(f"In {maand(dag)} {dag.year}") and "SVB" in zin and FEITEN_6["wet_aow_datum"] in zin


def test_a_birth_year_alone_does_not_give_a_month():
    assert OP_6.responses("aow_aio", "ik ben geboren in 1961, wanneer krijg ik aow")[0] != "utter_aow_aio_datum"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_parent_past_the_aow_age_alone_with_a_low_aow_gets_the_aio_top_up(variant):
    text = ("mijn moeder is 69 en woont alleen, ze heeft een halve aow van ongeveer 800 netto per maand en verder "
            "niks. kan ze er iets bij krijgen")
    eerste = antwoord("aow_aio", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_aow_aio_aanvulling"
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "medebewoners": [], "leeftijd": 69,
                                              "leefsituatie": "alleenstaande"})
    norm = Decimal(str(uit["norm"]))
    zin = tekst_6(eerste, variant)
    assert zin.startswith("Ja") and euro(norm) in zin and euro(norm - Decimal(800)) in zin and "SVB" in zin


@pytest.mark.parametrize("intent", ["jongeren", "bijstandsnorm", "informeren"])
def test_the_aio_top_up_whatever_topic_the_model_read(intent):
    text = ("mijn moeder is 69 en woont alleen, ze heeft een halve aow van ongeveer 800 netto per maand en verder "
            "niks. kan ze er iets bij krijgen")
    assert OP_6.responses(intent, text)[0] == "utter_aow_aio_aanvulling"


def test_a_young_person_and_parents_is_no_aio_top_up():
    assert OP_6.responses("jongeren", "ik ben 19 en mijn ouders helpen me niet, krijg ik meer bijstand")[0] != \
        "utter_aow_aio_aanvulling"


VADER = ("Ik help mijn vader (66) met zijn post. Hij woont alleen en heeft bijstand. Wat krijgt hij nu per maand "
         "en verandert dat als hij volgend jaar 67 wordt?")


def _norm_alleen(leeftijd: int) -> str:
    from decimal import Decimal
    from knowledge.geld import euro
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_6, "medebewoners": [], "leeftijd": leeftijd,
                                              "leefsituatie": "alleenstaande"})
    return euro(Decimal(str(uit["norm"])))


# --- s10: written for a parent who lives alone: the parent's own norm, not a housemate --------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_father_of_66_who_lives_alone_gets_his_own_norm_and_the_aio_from_the_aow_age(variant):
    slots, said, _ = OP_6.start("norm_form", VADER)
    assert said[0]["response"] == "utter_aow_aio_familie_jonger"
    zin = tekst_6(said[0], variant)
    assert _norm_alleen(66) in zin and FEITEN_6["norm_alleenstaande_aow"] in zin and "SVB" in zin
    assert "kostendelersnorm" not in zin
    assert slots.get("rekenhulp_klaar") is True  # nothing asked about the writer


@pytest.mark.parametrize("intent", ["bijstandsnorm", "aow_aio", "kostendelersnorm"])
def test_a_relative_who_lives_alone_read_as_a_topic_gets_the_same(intent):
    assert OP_6.responses(intent, VADER)[0] == "utter_aow_aio_familie_jonger"


def test_a_mother_past_the_aow_age_who_lives_alone_gets_the_aio_level():
    eerste = antwoord("bijstandsnorm", "mijn moeder (69) woont alleen, hoeveel krijgt ze per maand", PEILDATUM_6)[0]
    assert eerste["response"] == "utter_aow_aio_familie_ouder"
    assert eerste["norm_eigen"] == _norm_alleen(69)


@pytest.mark.parametrize("text", ["mijn vader (66) woont bij mij, hoeveel bijstand krijg ik nog",
                                  "mijn moeder van 70 woont bij ons in huis, krijg ik dan minder"])
def test_a_parent_who_lives_with_the_writer_stays_a_housemate(text):
    from actions.feiten_uit_bericht import familielid_alleen
    assert familielid_alleen(text, DAG_6) is None


# --- s10: only the year of birth: the AOW age in years and months -----------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_year_of_birth_gets_the_aow_age_in_years_and_months_from_knowledge(variant):
    from knowledge.aow import aow_datum
    geboren = date(1961, 1, 1)
    dag = aow_datum(geboren)
    maanden = (dag.year - geboren.year) * 12 + dag.month - geboren.month
    eerste = antwoord("aow_aio", "Ik ben geboren in 1961. Wanneer krijg ik AOW en moet ik dan bijstand bij de "
                                 "gemeente stoppen?", PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_aow_aio_geboortejaar"
    zin = tekst_6(eerste, variant)
    assert f"{maanden // 12} jaar en {maanden % 12} maanden" in zin and "SVB" in zin and "1961" in zin


def test_a_year_whose_aow_age_is_whole_years_says_only_the_years():
    eerste = antwoord("aow_aio", "geboren in 1960, wanneer krijg ik aow", PEILDATUM_6)[0]
    assert eerste["response"] == "utter_aow_aio_geboortejaar_hele_jaren"
    assert eerste["aow_jaren"] == str(FEITEN_6["aow_leeftijd"])


def test_a_birth_month_keeps_the_month_answer():
    assert OP_6.responses("aow_aio", "ik ben geboren in juni 1961, wanneer krijg ik aow")[0] == "utter_aow_aio_datum"


# --- s10: the AOW age next year; the months left of the ontheffing for a young child ----------------------------------

@pytest.mark.parametrize("intent", ["participatieplicht", "aow_aio"])
def test_reaching_the_aow_age_next_year_says_the_duties_until_then_and_the_svb(intent):
    eerste = antwoord(intent, "ik word volgend jaar 67, moet ik dan nog steeds solliciteren en wie betaalt dan",
                      PEILDATUM_6)[0]
    assert eerste["response"] == "utter_aow_aio_jonger"
    assert eerste["leeftijd"] == str(int(FEITEN_6["aow_leeftijd"]) - 1) and eerste["jaren_tot_aow"] == "1"
    assert "SVB" in tekst_6(eerste)


# --- s10: a partner who just reached the AOW age: the SVB, also when the duties are asked -----------------------------

@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_a_partner_just_past_the_aow_age_gets_the_svb_answer(intent):
    text = "mijn man is net 67 geworden, ik ben 60. wie betaalt nu onze uitkering en moet ik nog werk zoeken?"
    eerste = antwoord(intent, text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_aow_aio_partner"
    assert "SVB" in tekst_6(eerste)


PARTNER_JONGER = [
    "ik ben 69 en mijn vrouw is 61, heeft zij nog sollicitatieplicht",
    "ik ben 67 en mn partner is 58, moet mijn partner werk zoeken nu wij aio krijgen",
]


# --- s11: past the AOW age, the partner not: the partner keeps the duties ---------------------------------------------

@pytest.mark.parametrize("text", PARTNER_JONGER)
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht", "bereken_plichten"])
def test_past_the_aow_age_with_a_younger_partner_the_partner_keeps_the_duties(intent, text):
    eerste = eerste_bericht(intent, text)
    assert eerste["response"] == "utter_aow_aio_partner_jonger"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert zin.startswith("Ja") and "plichten" in zin and "SVB" in zin and FEITEN_6["norm_gehuwden_aow"] in zin


def test_past_the_aow_age_without_a_partner_is_no_partner_answer():
    assert "utter_aow_aio_partner_jonger" not in OP_6.responses("aow_aio", "ik ben 69, moet ik nog solliciteren")


# --- s11: a relative who reaches the AOW age with bijstand ------------------------------------------------------------

@pytest.mark.parametrize("intent", ["kostendelersnorm", "aow_aio", "bijstandsnorm"])
def test_a_relative_reaching_the_aow_age_with_bijstand_gets_the_aio_of_the_svb(intent):
    text = f"mijn vader wordt volgende maand {FEITEN_6['aow_leeftijd']} en zit in de bijstand, stopt dat dan"
    eerste = antwoord(intent, text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_aow_aio_familie_ouder"
    assert "SVB" in tekst_op(eerste, DAG_6, "nl-je")


# --- s11: what the AIO is: an aanvulling ------------------------------------------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_aio_answer_calls_it_an_aanvulling(variant):
    assert "aanvulling" in tekst_op({"response": "utter_aow_aio"}, DAG_6, variant)


AOW_LATER = [
    ("ik word in april 67, wat verandert er voor mij", "april 2027"),
    ("volgende maand word ik 67, wat moet ik regelen met mijn uitkering", "januari 2027"),
    ("mijn aow gaat pas in juni in, ik ben nu 66, hoe zit het tot dan", "juni 2027"),
    ("over vier maanden word ik 67, wat gebeurt er dan", "april 2027"),
]


# --- s12: the AOW age reached in a later month: under it today, bijstand and duties till then -------------------------

@pytest.mark.parametrize("text,maand", AOW_LATER)
def test_the_aow_age_in_a_later_month_keeps_bijstand_till_then(text, maand):
    eerste = antwoord("aow_aio", text, PEILDATUM_6, "nl-je")[0]
    assert eerste["response"] == "utter_aow_aio_later"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert f"begint in {maand}" in zin and "SVB" in zin and "plichten" in zin


@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
@pytest.mark.parametrize("text", [
    "ik word in mei 67, moet ik nu nog solliciteren",
    "ik ben 66 en 3 maanden en mijn aow begint in september, heb ik nog sollicitatieplicht",
])
def test_duties_asked_before_the_aow_month_are_yes(intent, text):
    eerste = antwoord(intent, text, PEILDATUM_6, "nl-je")[0]
    assert eerste["response"] == "utter_participatieplicht_jonger"
    zin = tekst_op(eerste, DAG_6, "nl-je")
    assert zin.startswith("Ja") and "66 jaar" in zin


def test_an_age_in_years_and_months_is_no_trip():
    namen = OP_6.responses("aow_aio", "ik ben 66 en 7 maanden, mijn aow begint in mei, wat nu")
    assert not any(n.startswith("utter_buitenland") for n in namen)


FEITEN_AOW = knowledge.waarde("leeftijd.aow_jaren", DAG_6)


def test_the_forms_keep_the_age_of_today():
    from tests.actions.eerste_antwoord import form_begin
    begin = form_begin("plichten_form", "ik word in maart 67, moet ik nog werk zoeken", PEILDATUM_6)
    assert begin.slots["leeftijd"] == FEITEN_AOW - 1


def test_past_the_aow_age_stays_past_it():
    assert OP_6.responses("aow_aio", "ik ben 68, moet ik nog solliciteren")[0] != "utter_aow_aio_later"


def test_a_partners_aow_in_a_later_month_is_not_the_writers():
    namen = OP_6.responses("aow_aio", "mijn vrouw is 66 en haar aow begint in maart, wat krijgen wij dan")
    assert "utter_aow_aio_later" not in namen


NA_DE_AOW = [
    "in april word ik 67, moet ik daarna nog werk zoeken?",
    "ik word volgende maand 67. geldt de sollicitatieplicht na mijn verjaardag nog",
    "ik word in mei 67, moet ik vanaf dan nog solliciteren",
]


# --- s13: the AOW later: the time after it asked; "bijna 67" is under the AOW age -------------------------------------

@pytest.mark.parametrize("text", NA_DE_AOW)
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_duties_after_the_aow_starts_get_the_aow_later_answer(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_aow_aio_later"
    zin = OP_6.eerste_tekst(intent, text)
    assert "niet meer te solliciteren" in zin and "SVB" in zin


@pytest.mark.parametrize("text", ["ik ben bijna 67, moet ik nog solliciteren", "ben bijna 67 jaar, nog werkplicht?"])
@pytest.mark.parametrize("intent", ["aow_aio", "participatieplicht"])
def test_almost_the_aow_age_is_under_it(intent, text):
    namen = OP_6.responses(intent, text)
    assert namen[0] == "utter_participatieplicht_jonger"
    assert OP_6.eerste_tekst(intent, text).startswith("Ja.")


def test_duties_today_before_the_aow_still_get_yes():
    assert OP_6.responses("aow_aio", "ik word in maart 67, moet ik nu nog solliciteren")[0] == \
        "utter_participatieplicht_jonger"


# --- s13: the amount past the AOW age asked as the AOW topic, living situation not said: the AIO levels ---------------

@pytest.mark.parametrize("text", ["ik ben 71 en zit in de aio, hoeveel is dat per maand", "ik ben 69, wat krijg ik van de svb"])
def test_the_aio_amount_asked_past_the_aow_age_gets_the_levels(text):
    assert OP_6.responses("aow_aio", text)[0] == "utter_aow_aio_norm"
    zin = OP_6.eerste_tekst("aow_aio", text)
    assert FEITEN_6["norm_alleenstaande_aow"] in zin and FEITEN_6["norm_gehuwden_aow"] in zin


def test_duties_past_the_aow_age_keep_their_no():
    assert OP_6.responses("aow_aio", "ik ben 69, moet ik nog solliciteren")[0].endswith("_ouder")


# --- s14 (English): the amount asked, a baby, people past the AOW age -------------------------------------------------

@pytest.mark.parametrize("text", ["Is there bijstand for pensioners whose AOW is too low? How much?",
                                  "how much do elderly people get with only half an AOW"])
def test_people_past_the_aow_age_in_general_get_the_aio_levels(text):
    assert EN.naam("bijstandsnorm", text) == "utter_aow_aio_norm"


# --- s14b (English): the AOW age reached later, said as "I turn 67 in February" ---------------------------------------

@pytest.mark.parametrize("text", ["I turn 67 in March, I'm on bijstand now. what do I have to do?",
                                  "i will turn 67 in february, is there something to arrange with my benefit"])
def test_turning_the_aow_age_in_a_month_ahead_is_later(text):
    assert "ik word in " in naar_nederlands(text)
    assert EN.responses("aow_aio", text)[:1] == ["utter_aow_aio_later"]


def test_turning_the_aow_age_read_as_paying_back_gets_the_aow_answer():
    assert EN.responses("terugvordering", "I turn 67 in March, I get bijstand now. Do I need to do anything?")[:1] == \
        ["utter_aow_aio_later"]


def test_paying_back_said_beside_the_aow_age_stays_paying_back():
    assert EN.responses("terugvordering", "I turn 67 in March and the gemeente wants 2000 euro back")[:1] == \
        ["utter_terugvordering"]


# --- s9 (English): answers the English texts now give -----------------------------------------------------------------

def test_a_couple_with_one_partner_past_the_aow_age_hears_the_level():
    berichten = antwoord("bijstandsnorm", "I am 66 and my husband is 68, we live alone. what do we get?", PEILDATUM_6, "en")
    assert berichten[0]["response"] == "utter_aow_aio_partner"
    tekst = tekst_op(berichten[0], DAG_6, "en")
    assert "2,176.10" in tekst or "2.176,10" in tekst  # the AIO level of a couple, from knowledge/


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_a_parent_with_aio_in_a_nursing_home_is_told_to_the_svb():
    assert EN_6.naam("aow_aio", "my dad is on AIO and moved to a nursing home, who must know") == "utter_opname_aio"


# --- s12 (English): couples and the AOW age ---------------------------------------------------------------------------

def test_two_past_the_aow_age_who_say_we_are_both_hear_the_aio_levels():
    assert EN_6.naam("aow_aio", "we are both 70, only a small pension, how much can we get") == "utter_aow_aio_norm"


@pytest.mark.parametrize("text", ["how much bijstand after the state pension age",
                                  "what is the bijstandsnorm past pension age"])
def test_the_norm_past_the_aow_age_is_the_aio(text):
    assert EN_6.naam("bijstandsnorm", text) == "utter_aow_aio_norm"


# --- s12 (English): other topics --------------------------------------------------------------------------------------

def test_a_birth_date_gives_the_aow_date():
    assert EN_6.naam("aow_aio", "I was born on 14 August 1960, when does my AOW start") == "utter_aow_aio_datum"


# --- s13 (English): the AIO asked for someone else past the AOW age ---------------------------------------------------

@pytest.mark.parametrize("intent", ["aow_aio", "bijstandsnorm"])
@pytest.mark.parametrize("text", ["I help an old client, a woman of 71 with a small AOW. What is she entitled to?",
                                  "my grandparents: grandpa 75 and grandma 69 have only AOW, how much should they get?",
                                  "mijn moeder is 70 en heeft een halve aow, hoeveel kan ze krijgen"])
def test_the_amount_for_someone_else_past_the_aow_age_is_the_aio_level(intent, text):
    assert EN_6.naam(intent, text) == "utter_aow_aio_norm"


@pytest.mark.parametrize("text", ["my father is 70 and lives with me, how much bijstand do I get",
                                  "mijn vader is 70 en woont bij mij, hoeveel bijstand krijg ik"])
def test_ones_own_bijstand_beside_someone_past_the_aow_age_is_not(text):
    assert EN_6.naam("bijstandsnorm", text) != "utter_aow_aio_norm"


# --- s19: a relative who reaches the AOW age on a later day -----------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent", ["jongeren", "aow_aio", "informeren"])
def test_a_relative_turning_the_aow_age_soon_is_told_to_apply_for_the_aio(intent):
    aow = int(knowledge.waarde("leeftijd.aow_jaren", DAG))
    naam, tekst = DORP.eerste(intent, f"mijn vader wordt in februari {aow} en heeft bijstand, moet hij iets doen")
    assert naam == "utter_aow_aio_familie_later"
    assert tekst.startswith("Ja. Doe zo snel mogelijk een aanvraag voor de AIO bij de SVB. De AOW begint in februari 2027.")


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_relative_of_another_age_is_not_the_aow():
    antwoord = DORP.responses("jongeren", "mijn zus wordt in februari 19, moet ze zelf bijstand aanvragen")
    assert antwoord[0] != "utter_aow_aio_familie_later"


# --- s19 (English): housemates: a shared home, 'only me on bijstand', 'all over 30' -----------------------------------

def test_monthly_bijstand_past_the_aow_age_is_the_aio_amount():
    naam, tekst = EN.form_eerste("norm_form", "i am 69 and live by myself, what is my monthly bijstand")
    assert naam == "utter_aow_aio_hoeveel"
    assert "1,587.34" in tekst


# --- s5: other facts that decide the answer ---------------------------------------------------------------------------

@pytest.mark.parametrize("intent", ["aow_aio", "bijstandsnorm"])
def test_how_much_aio_alone_gives_the_svb_norm(intent):
    text = "ik ben 70 en woon alleen, hoeveel aio krijg ik ongeveer"
    said = OP_5.berichten(intent, text)[0]
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": PEILDATUM_5, "leeftijd": 70, "leefsituatie": "alleenstaande",
                                              "medebewoners": []})
    assert said["response"] == "utter_aow_aio_hoeveel"
    assert said["norm_eigen"] == euro(Decimal(str(uit["norm"])))


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

def test_an_admission_with_aio_goes_to_the_svb():
    assert OP_5.naam("opname", "mijn moeder van 80 met aio gaat naar een verpleeghuis") == "utter_opname_aio"
    assert OP_5.naam("opname", "ik moet 2 weken naar het ziekenhuis") == "utter_opname"


# --- s8: the norm: other adults in the home, a couple of whom one has the AOW age, a lodger at market rent ------------

def test_we_are_two_ages_one_past_the_aow_age_gives_the_aio_levels():
    _, said, _ = OP_6.start("norm_form", "we zijn 69 en 63, hoeveel krijgen we samen")
    assert said[0]["response"] == "utter_aow_aio_norm"
    assert euro(Decimal(str(parameter_6("normen.gehuwden_aow")))) in tekst_6(said[0])


# --- s11: the AIO: the amount asked at or past the AOW age ------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("bijstandsnorm", "wat krijg je als je de aow-leeftijd hebt bereikt"),
    ("aow_aio", "welk bedrag krijgt iemand die de aow leeftijd heeft"),
])
def test_the_amount_asked_for_the_aow_age_in_general_is_the_aio_level(intent, text):
    assert feit_antwoord_6(intent, text).response == "utter_aow_aio_norm"


AOW = parameter_6("leeftijd.aow_jaren")


def test_an_amount_asked_past_the_aow_age_without_a_household_gets_the_aio_levels_not_the_duties():
    assert feit_antwoord_6("bijstandsnorm", f"ik ben {AOW + 2} hoeveel krijg ik").response == "utter_aow_aio_norm"


KOSTENDELER = parameter_6("normen.kostendeler_minimumleeftijd")


def test_the_aio_with_a_grown_up_child_at_home_is_the_kostendelersnorm_of_the_aio():
    _, said, _ = OP_6.start("norm_form", f"ik ben {AOW + 1} en mijn zoon van {KOSTENDELER + 8} woont bij mij, "
                                         "wat wordt mijn uitkering")
    assert said[0]["response"] == "utter_aow_aio_norm_kostendeler"
    assert said[0]["norm_eigen"] == geld(norm_6(leeftijd=AOW + 1, leefsituatie="onbekend",
                                                medebewoners=[{"leeftijd": KOSTENDELER + 8, "relatie": "kind"}]))


def test_what_the_aio_is_asked_gets_the_aanvulling():
    assert feit_antwoord_6("aow_aio", "wat betekent aio eigenlijk").response == "utter_aow_aio_wat_is"
    assert "aanvulling" in DOMAIN["responses"]["utter_aow_aio_wat_is"][0]["text"]


# --- s11: vrijwilligersvergoeding above what is left free: how much counts --------------------------------------------

def test_a_couple_past_the_aow_age_asking_the_amount_read_as_the_aio_gets_the_aio_levels():
    text = f"mijn vrouw en ik zijn allebei {AOW + 1} en hebben een kleine aow, hoeveel krijgen we samen"
    assert feit_antwoord_6("aow_aio", text).response == "utter_aow_aio_norm"


# --- s7 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_turning_67_next_year_is_about_the_aow_age():
    """Left from session 6: 'i turn 67 next year' was not read as the person's age."""
    assert naar_nederlands("i turn 67 next year").startswith("ik word 67 volgend jaar")
    berichten = [m.get("response") for m in antwoord("aow_aio", "i turn 67 next year, what happens to my bijstand", "2026-12-06", "en")]
    assert berichten and berichten[0].startswith("utter_aow_aio_")  and berichten[0] != "utter_aow_aio"


# --- s7: the norm: couples, the AIO, housemates who do not count ------------------------------------------------------

def test_past_the_aow_age_with_a_son_of_40_the_aio_with_the_kostendelersnorm():
    _, said, _ = OP_6.start("norm_form", "ik ben 67 en woon samen met mijn zoon van 40, hoeveel is mijn norm")
    assert said[0]["response"] == "utter_aow_aio_norm_kostendeler"
    assert norm_euro_6(leeftijd=67, leefsituatie="alleenstaande", medebewoners=[{"leeftijd": 40, "relatie": "kind"}]) \
        in tekst_6(said[0])


@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "ik ben 70 en mijn vrouw 69, geen pensioen en weinig aow. hoeveel is de norm voor ons"),
    ("bijstandsnorm", "hoeveel krijgt een alleenstaande boven de aow leeftijd"),
])
def test_the_aio_levels_are_said_for_a_question_past_the_aow_age(intent, text):
    bericht = OP_6.bericht(intent, text)
    assert bericht["response"] == "utter_aow_aio_norm"
    assert euro(Decimal(str(parameter_6("normen.alleenstaande_aow")))) in tekst_6(bericht)
    assert euro(Decimal(str(parameter_6("normen.gehuwden_aow")))) in tekst_6(bericht)


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_an_admission_with_aio_read_as_the_aio_gets_the_admission_answer():
    bericht = OP_6.bericht("aow_aio", "mijn moeder van 80 met aio gaat voor altijd naar een verpleeghuis, wat gebeurt er met "
                                      "haar uitkering")
    assert bericht["response"] == "utter_opname_aio"


# --- s20: a relative who reaches the AOW age next year or in a named year ---------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "mijn vader wordt volgend jaar 67 en heeft nu bijstand van de gemeente. moet hij iets regelen?"),
    ("participatieplicht", "mijn vader wordt volgend jaar 67 en heeft nu bijstand van de gemeente. moet hij iets regelen?"),
    ("aow_aio", "Mijn moeder wordt in 2027 67 jaar, ze heeft bijstand. Wat moet ze doen?"),
    ("aow_aio", "mn oom wordt komend jaar 67, hij zit in de bijstand, moet hij iets aanvragen"),
])
def test_a_relative_reaching_the_aow_age_next_year_applies_for_the_aio(intent, text):
    naam, tekst = OP.eerste(intent, text)
    assert naam == "utter_aow_aio_familie_later"
    assert "aanvraag" in tekst and "SVB" in tekst and "2027" in tekst


# --- s21: with the AIO, changes go to the SVB -------------------------------------------------------------------------

# afstemmen_s21 'ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?' (aow_aio), read by the model
# as inlichtingenplicht, got the gemeente's duty to report, no SVB.

@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?"),
    ("inlichtingenplicht", "ik krijg aio, moet ik veranderingen aan de gemeente of aan de svb doorgeven?"),
    ("inlichtingenplicht", "mijn moeder heeft aio, haar kleinzoon komt bij haar wonen, moet ze dat melden"),
    ("informeren", "ik heb AIO van de svb, waar geef ik een verhuizing door?"),
    ("aow_aio", "met aio, moet ik mijn bijbaan melden bij de gemeente"),
])
def test_s21_aio_melden_bij_svb(intent, text):
    for variant, begin in (("nl-u", "Aan de SVB. Krijgt u AIO?"), ("nl-je", "Aan de SVB. Krijg je AIO?"),
                           ("en", "To the SVB.")):
        naam, tekst = JE_8.eerste(intent, text, variant)
        assert naam == "utter_aow_aio_melden" and tekst.startswith(begin), (variant, naam, tekst)


def test_s21_aio_zonder_melden():
    assert JE_8.naam("aow_aio", "wat is aio") == "utter_aow_aio_wat_is"


def test_s21_aio_melden_oud_model():
    from actions.feiten_uit_bericht import Antwoord, TERUGVAL, in_domein
    oud = {"responses": {"utter_wat_nu_svb": []}}
    assert in_domein(Antwoord("utter_aow_aio_melden", {}), oud).response == TERUGVAL["utter_aow_aio_melden"]


# --- s21: a relative past the AOW age with another relative of 27+ in the home ----------------------------------------

# afstemmen_s21 'mijn vader is 70, heeft weinig aow en mijn broer van 35 woont bij hem. hoeveel aanvulling krijgt mijn
# vader dan?' got the AIO level for someone alone (1.587,34); the brother makes it the kostendelersnorm (1.088,05).

@pytest.mark.parametrize("intent, text, leeftijd", [
    ("bereken_norm", "mijn vader is 70, heeft weinig aow en mijn broer van 35 woont bij hem. hoeveel aanvulling krijgt "
                     "mijn vader dan?", "35"),
    ("bijstandsnorm", "mijn moeder (72) heeft aio en mijn zus van 40 is bij haar ingetrokken, hoeveel krijgt ze nu", "40"),
    ("aow_aio", "mijn opa is 80, mijn neef (29) woont bij hem, wat krijgt hij aan aio", "29"),
    ("kostendelersnorm", "mijn moeder is 69 en krijgt aio, mijn broer van 45 woont bij haar. hoeveel krijgt ze", "45"),
])
def test_s21_familielid_met_huisgenoot(intent, text, leeftijd):
    if intent == "bereken_norm":
        berichten = JE_8.begin("norm_form", text).berichten
        from tests.actions.eerste_antwoord import tekst_op
        naam, tekst = berichten[0].get("response"), tekst_op(berichten[0], DAG_8, "nl-je")
    else:
        naam, tekst = JE_8.eerste(intent, text)
    assert naam == "utter_aow_aio_familie_huisgenoot", (naam, tekst)
    assert "€ 1.088,05" in tekst and f"Iemand van {leeftijd} jaar" in tekst and "SVB" in tekst


def test_s21_familielid_huisgenoot_jonger_dan_27():
    assert JE_8.naam("aow_aio", "mijn vader is 70 en mijn zoon van 20 woont bij hem, hoeveel aio krijgt hij") != \
        "utter_aow_aio_familie_huisgenoot"


# --- s21: a relative past the AOW age who works (session 20's leftover) -----------------------------------------------

# 'mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat' got 'Nee. Vanaf de AOW-leeftijd hoeft u niet meer te
# solliciteren' (aow_aio) or 'Bent u 27 jaar of ouder? Dan mag u van EUR 68 ...' (bijverdienen: the age read as a wage).

@pytest.mark.parametrize("intent, text", [
    ("aow_aio", "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat"),
    ("bijverdienen", "mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat"),
    ("bijverdienen", "mijn moeder (70) krijgt aio en wil gaan schoonmaken voor 200 euro per maand, mag dat"),
    ("aow_aio", "mijn opa van 75 heeft een klusje in de buurt, kan dat met zijn aio"),
    ("informeren", "mijn schoonvader is 71, mag hij nog werken naast zijn aio?"),
])
def test_s21_familielid_aio_werk(intent, text):
    for variant, begin in (("nl-u", "Ja, dat mag. Met AIO mag uw familielid werken."),
                           ("nl-je", "Ja, dat mag. Met AIO mag je familielid werken."), ("en", "Yes, that is allowed.")):
        naam, tekst = JE_8.eerste(intent, text, variant)
        assert naam == "utter_aow_aio_familie_werk" and tekst.startswith(begin) and "SVB" in tekst, (variant, naam, tekst)


@pytest.mark.parametrize("text, bedragen", [
    ("mijn vader is 68 en heeft aio, hij bezorgt kranten, mag dat", []),
    ("mijn zoon is 24 en woont bij mij", []),
    ("mijn vader is 68 en verdient 300", ["300"]),
    ("mijn partner is 500 per maand kwijt", ["500"]),
])
def test_s21_leeftijd_familielid_geen_bedrag(text, bedragen):
    assert [b.bedrag.euro for b in parse.bedragen(text)] == [Decimal(b) for b in bedragen]
