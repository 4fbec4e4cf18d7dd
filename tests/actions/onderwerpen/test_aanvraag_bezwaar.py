"""Applying and objecting: the application and its decision time, a benefit stopped or held back for papers, the bezwaar
and its term. Dutch first, then English."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import crisis, feiten_uit_bericht, parse
from actions.antwoorden import ActionNietBegrepen
from knowledge import loader
from knowledge.teksten import datum
from tests.actions.eerste_antwoord import (DAG, DAG_6, DAG_8, DOMAIN, EN, EN_6, EN_8, FEITEN_6, JE_8, NL_8, OP, OP_5,
                                           OP_6, OpPeildatum, PEILDATUM, PEILDATUM_6, antwoord, eerste_tekst,
                                           parameter_6, responses, tekst_6, tekst_op)
from wegwijs.openingstijden import einde_wettelijke_termijn


# --- s15: a benefit suspended for papers: hand them in within the term (art. 54) --------------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren"])
@pytest.mark.parametrize("text", [
    "mijn bijstand is geblokkeerd want ik heb de bankafschriften niet op tijd gestuurd",
    "ze hebben mijn uitkering stilgezet omdat mijn formulier niet compleet was",
])
def test_a_benefit_suspended_for_papers_says_hand_them_in(intent, text):
    assert responses(intent, text)[0] == "utter_stopgezet_papieren"
    zin = eerste_tekst(intent, text)
    assert zin.startswith("Lever de gevraagde papieren") and "artikel 54" in zin and "bezwaar" in zin


@pytest.mark.parametrize("intent, text, niet", [
    ("stopgezet", "mijn uitkering is stopgezet omdat ze denken dat ik samenwoon, wat nu", "utter_stopgezet_papieren"),
    ("inlichtingenplicht", "moet ik een formulier inleveren als ik gestopt ben met werken", "utter_stopgezet_papieren"),
])
def test_a_stop_for_another_reason_keeps_its_answer(intent, text, niet):
    assert niet not in responses(intent, text)


# --- s15: bezwaar: a refusal is a decision; a term ending on a weekend or feestdag runs on (Algemene termijnenwet) ----

def test_a_refusal_with_its_date_gets_the_term():
    text = "ik kreeg een afwijzing van 14 november, tot wanneer kan ik bezwaar maken"
    assert responses("bezwaar", text)[0].startswith("utter_bezwaar_op_tijd")  # (_verschoven: 26 December, s20)
    # 14 November + 6 weeks is Saturday 26 December (tweede Kerstdag): on to Monday 28 December
    assert "28 december 2026" in eerste_tekst("bezwaar", text)


@pytest.mark.parametrize("einde, verlengd", [
    (date(2027, 1, 1), date(2027, 1, 4)),     # Nieuwjaarsdag on a Friday, then the weekend
    (date(2027, 3, 26), date(2027, 3, 30)),   # Goede Vrijdag, the weekend, tweede Paasdag
    (date(2027, 5, 5), date(2027, 5, 7)),     # 5 mei, then Hemelvaartsdag (6 May 2027)
    (date(2026, 12, 7), date(2026, 12, 7)),   # a Monday stays
])
def test_the_algemene_termijnenwet(einde, verlengd):
    assert knowledge.waarde("termijn.verlengd_na_weekend_of_feestdag", DAG) is True
    assert einde_wettelijke_termijn(einde) == verlengd


# --- s17: the bezwaar term's source points at a text wetten.overheid.nl has -------------------------------------------

def test_the_bezwaar_term_links_a_dated_text_that_exists():
    p = loader.zoek("termijn.bezwaar_weken", DAG)
    assert p.waarde == 6
    assert p.bron["url"] == "https://wetten.overheid.nl/BWBR0005537/2002-04-01#Artikel67"
    assert "1994" not in p.bron["url"]


# --- s17: waiting for the decision on an application, said without 'hoe lang' (H4's probe) ----------------------------

@pytest.mark.parametrize("text", [
    "ik heb al 3 weken niks gehoord over mijn aanvraag, is dat normaal",
    "ik wacht al 6 weken op een besluit over mijn bijstand",
    "nog geen antwoord gekregen op mijn aanvraag, klopt dat",
])
def test_waiting_for_the_decision_gets_the_decision_time(text):
    assert responses("aanvraag", text, "nl-je")[0] == "utter_aanvraag_duur"
    assert eerste_tekst("aanvraag", text, "nl-je").startswith("De gemeente beslist binnen 8 weken")


def test_how_to_apply_keeps_the_general_answer():
    assert responses("aanvraag", "hoe vraag ik bijstand aan", "nl-je")[0] != "utter_aanvraag_duur"


# --- s18: a suspension for papers: hand them in anyway ----------------------------------------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren"])
@pytest.mark.parametrize("text", [
    "mijn bijstand is geschorst want ik heb mijn loonstroken niet ingeleverd",
    "schorsing van mijn uitkering omdat de papieren te laat waren, wat moet ik doen",
])
def test_a_suspension_for_papers_says_hand_them_in(intent, text):
    assert responses(intent, text)[0] == "utter_stopgezet_papieren"
    assert eerste_tekst(intent, text).startswith("Lever de gevraagde papieren alsnog in")


@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "the gemeente stopped my bijstand till i hand in my bank statements, can they do that"),
    ("stopgezet", "my benefit is on hold because my paperwork came in late"),
    ("stopgezet", "they have suspended my payments until I send the documents they asked for"),
    ("bezwaar", "my bijstand was put on hold, they want bank statements of 3 months, I dont agree"),
])
def test_a_payment_held_back_for_papers_says_hand_them_in(intent, text):
    naam, tekst = EN.eerste(intent, text)
    assert naam == "utter_stopgezet_papieren"
    assert tekst.startswith("Send or bring the papers")  # "send" (a letter, an upload), as the English writers asked


def test_the_same_in_dutch_was_already_so():
    assert EN.eerste("stopgezet", "de gemeente heeft mijn bijstand stopgezet tot ik mijn bankafschriften inlever",
                  "nl-u")[0] == "utter_stopgezet_papieren"


@pytest.mark.parametrize("intent", ["samenwonen", "informeren"])
def test_a_benefit_stopped_for_another_reason_is_the_objection_and_urgency(intent):
    naam, tekst = EN.eerste(intent, "the gemeente stopped my benefit because they think my boyfriend lives with me")
    assert naam == "utter_stopgezet" and "(bezwaar)" in tekst


# --- s17 (English): a refused request disputed, read as the topic of what was refused: the bezwaar --------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("bijzondere_bijstand", "the gemeente said no to my request for a new washing machine, i do not agree", "en"),
    ("bijzondere_bijstand", "my special assistance for the dentist was denied, what can I do", "en"),
    ("aanvraag", "they rejected my application for bijstand and I disagree", "en"),
    ("bijzondere_bijstand", "mijn aanvraag voor een nieuwe bril is afgewezen, ik ben het daar niet mee eens", "nl-u"),
    ("studeren", "de gemeente weigert mijn studie goed te keuren, dat is onterecht, wat kan ik doen", "nl-u"),
])
def test_a_refusal_the_person_disputes_is_answered_with_the_bezwaar(intent, text, variant):
    naam, tekst = EN.eerste(intent, text, variant)
    assert naam == "utter_bezwaar" and "bezwaar" in tekst


@pytest.mark.parametrize("intent, text", [
    ("bijzondere_bijstand", "can i get money for a new washing machine"),
    ("bijzondere_bijstand", "what can i do, my fridge broke and i have no money"),
    ("aanvraag", "i disagree with nothing, how do i apply for bijstand"),
])
def test_without_a_refusal_the_topic_answers(intent, text):
    assert EN.eerste(intent, text)[0] != "utter_bezwaar"


# --- s18 (English): a stop for the address, contested in a hurry ------------------------------------------------------

@pytest.mark.parametrize("variant, woorden", [
    ("en", "ask the court for a quick decision (voorlopige voorziening)"),
    ("nl-u", "Vraag de rechter dan om een voorlopige voorziening"),
    ("nl-je", "Vraag de rechter dan om een voorlopige voorziening"),
])
def test_a_stop_for_the_address_names_the_voorlopige_voorziening(variant, woorden):
    tekst = tekst_op({"response": "utter_stopgezet_adres"}, DAG, variant)
    assert woorden in tekst


# --- s8: a benefit stopped: bezwaar first, whatever the reason given --------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("samenwonen", "ze hebben mijn bijstand stopgezet omdat ik zou samenwonen maar dat is niet zo, wat moet ik doen"),
    ("buitenland", "mijn uitkering is beeindigd omdat ik te lang in turkije was klopt dat"),
    ("informeren", "de gemeente is gestopt met mijn uitkering en ik weet niet waarom"),
])
def test_a_benefit_stopped_is_answered_with_bezwaar_and_spoed(intent, text):
    berichten = antwoord(intent, text, PEILDATUM_6)
    assert berichten[0]["response"] == "utter_stopgezet"
    assert FEITEN_6["bezwaartermijn_weken"] + " weken" in tekst_6(berichten[0])


def test_a_benefit_that_will_stop_is_not_a_benefit_stopped():
    assert OP_6.responses("bijverdienen", "stopt mijn uitkering als ik 20 uur ga werken")[0] != "utter_stopgezet"


# --- s8: texts: the article and "de gemeente beslist"; werk.nl; a new aanvraag after moving ---------------------------

def test_applying_starts_at_werk_nl_or_the_gemeente():
    assert "werk.nl" in tekst_6(antwoord("aanvraag", "hoe vraag ik bijstand aan", PEILDATUM_6)[0])


def test_moving_to_another_gemeente_is_a_new_aanvraag_there():
    assert "aanvraag" in tekst_6(antwoord("verhuizen", "ik ga verhuizen naar een andere stad", PEILDATUM_6)[0])


@pytest.mark.parametrize("intent, text, response, wet", [
    ("bezwaar", "ik kreeg op 1 november een besluit kan ik nog bezwaar maken", "utter_bezwaar_op_tijd_verschoven",
     "wet_bezwaar_termijn"),  # (13 December is a Sunday: the answer says why the 14th, session 20)
    ("bezwaar", "ik kreeg 4 maanden geleden een besluit kan ik nog bezwaar maken", "utter_bezwaar_te_laat_ongeveer",
     "wet_bezwaar_termijn"),  # ("4 maanden geleden" names no day: "ongeveer", session 21)
    ("terugvordering", "hoeveel mag de gemeente van mijn uitkering inhouden voor de terugvordering",
     "utter_terugvordering_verrekenen", "wet_verrekenen"),
    ("stopgezet", "mijn uitkering is stopgezet", "utter_stopgezet", "wet_stopgezet"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_rights_answers_name_their_article_and_who_decides(intent, text, response, wet, variant):
    eerste = antwoord(intent, text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == response
    zin = tekst_6(eerste, variant)
    assert FEITEN_6[wet] in zin and "beslist" in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_how_long_an_application_takes_names_its_article(variant):
    eerste = antwoord("aanvraag", "hoe lang duurt het voordat ik bijstand krijg na mijn aanvraag", PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_aanvraag_duur"
    assert FEITEN_6["wet_aanvraag_duur"] in tekst_6(eerste, variant)


def test_a_stop_and_money_while_the_bezwaar_runs_is_the_spoed_answer_even_as_bezwaar():
    text = "ze hebben mijn bijstand stopgezet, ik maak bezwaar maar waar moet ik intussen van leven"
    berichten = antwoord("bezwaar", text, PEILDATUM_6)
    assert berichten[0]["response"] == "utter_stopgezet"
    assert "voorlopige voorziening" in tekst_6(berichten[0])
    assert OP_6.responses("bezwaar", "mijn uitkering is stopgezet, hoe maak ik bezwaar")[0] != "utter_stopgezet"


# --- s9: not paid is not (yet) stopped --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["mn uitkering is deze maand niet betaald wat nu",
                                  "mijn bijstand is niet gestort, wat moet ik doen"])
def test_not_paid_read_as_stopgezet_first_asks_the_gemeente_why(text):
    eerste = antwoord("stopgezet", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_uitkering_niet_betaald"
    assert "Bel" in tekst_6(eerste)


def test_stopped_and_not_paid_stays_the_stopgezet_answer():
    assert OP_6.responses("stopgezet", "mijn uitkering is stopgezet en deze maand niet betaald")[0] == "utter_stopgezet"


# --- s9: care for a parent, said after the age ------------------------------------------------------------------------

def test_bijstand_from_before_the_application_read_as_a_terugvordering_is_the_aanvraag_answer():
    assert OP_6.responses("terugvordering", "kan bijstand ook met terugwerkende kracht")[0] == \
        "utter_aanvraag_terugwerkend"  # (session 20: the months back first)
    assert not OP_6.responses("terugvordering", "de gemeente wil met terugwerkende kracht geld terug, mag dat")[0] \
        .startswith("utter_aanvraag")


# --- s9: bezwaar asked about a dated decision that the model read as another topic ------------------------------------

@pytest.mark.parametrize("intent", ["terugvordering", "maatregel"])
def test_bezwaar_against_a_dated_decision_gets_the_term_whatever_topic_was_read(intent):
    text = "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen. kan ik nog bezwaar maken"
    assert OP_6.responses(intent, text)[0] == "utter_bezwaar_te_laat_ongeveer"  # (no day named, session 21)


def test_a_terugvordering_without_bezwaar_keeps_its_own_answer():
    text = "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen"
    assert OP_6.responses("terugvordering", text)[0] != "utter_bezwaar_te_laat"


# --- s10: no food today, and the benefit did not come -----------------------------------------------------------------

@pytest.mark.parametrize("text", ["vandaag geen brood in huis", "geen melk voor de baby vandaag"])
def test_food_named_is_no_food_today(text):
    assert crisis.in_nood(text)


@pytest.mark.parametrize("intent", ["noodsituatie", "stopgezet", "informeren"])
@pytest.mark.parametrize("text, betaling", [
    ("vandaag geen brood in huis en mijn bijstand is niet betaald", "utter_uitkering_niet_betaald"),
    ("mijn uitkering is niet gekomen en ik heb 0 euro, vandaag geen melk voor de baby", "utter_uitkering_niet_betaald"),
    ("mijn uitkering is stopgezet en we hebben vandaag geen eten", "utter_stopgezet"),
])
def test_no_food_and_the_benefit_not_paid_gets_the_crisis_help_first_then_the_payment_help(intent, text, betaling):
    namen = OP_6.responses(intent, text)
    assert namen[0] == "utter_noodsituatie"
    assert namen[1] == betaling
    assert "utter_noodsituatie_113" in namen


def test_no_food_without_the_benefit_is_the_crisis_help_only():
    assert "utter_uitkering_niet_betaald" not in OP_6.responses("noodsituatie", "geen geld en geen eten, de huur is niet betaald")


# --- s10: stopped, bezwaar made, no income while it runs --------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ze hebben mijn uitkering stopgezet. Ik heb bezwaar gemaakt maar ik heb nu helemaal geen inkomen. "
    "Kan ik iets doen zolang het bezwaar loopt?",
    "mijn bijstand is ingetrokken, wat kan ik doen in afwachting van mijn bezwaar",
])
def test_stopped_and_no_income_while_the_bezwaar_runs_is_the_spoed_answer(text):
    eerste = antwoord("bezwaar", text, PEILDATUM_6)[0]
    assert eerste["response"] == "utter_stopgezet"
    assert "voorlopige voorziening" in tekst_6(eerste)


# --- s10: stopped because of the address; a terugvordering for the ex's unreported work -------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren", "verhuizen"])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_payment_stopped_over_the_address_says_to_put_the_brp_right_and_bezwaar(intent, variant):
    eerste = antwoord(intent, "gemeente betaalt niet meer uit omdat mijn adres niet zou kloppen", PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_stopgezet_adres"
    zin = tekst_6(eerste, variant)
    assert "BRP" in zin and "door aan" in zin and "bezwaar" in zin and FEITEN_6["wet_verhuizen"] in zin


# --- s11: the search period of young people read as the young people's topic: the application answer ------------------

@pytest.mark.parametrize("text", [
    "ben 24, is het waar dat je eerst zelf 4 weken naar werk moet zoeken",
    "ik ben 19 moet ik eerst zelf werk zoeken voordat de gemeente iets doet",
])
def test_the_search_period_asked_as_young_people_is_the_application_answer(text):
    assert OP_6.responses("jongeren", text)[0] == "utter_aanvraag"


GEEN_GELD_MEER = [
    "hoe kan het dat ik opeens geen uitkering meer krijg",
    "sinds vorige week krijgen we geen bijstand meer op de rekening, waarom",
    "de sociale dienst betaalt me niks meer uit, ik snap niet waarom",
    "ik heb deze maand geen geld meer ontvangen van de gemeente",
]


# --- s12: the money no longer comes: ask why (and the help for today after it) ----------------------------------------

@pytest.mark.parametrize("text", GEEN_GELD_MEER)
@pytest.mark.parametrize("intent", ["stopgezet", "informeren", "bijstandsnorm"])
def test_money_that_no_longer_comes_gets_ask_why(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_uitkering_niet_betaald"


@pytest.mark.parametrize("text", GEEN_GELD_MEER)
def test_read_as_an_acute_need_without_its_words_the_question_comes_first(text):
    namen = OP_6.responses("noodsituatie", text)
    assert namen[0] == "utter_uitkering_niet_betaald" and "utter_noodsituatie" in namen
    assert "utter_noodsituatie_113" in namen


def test_no_food_today_keeps_the_help_for_today_first():
    namen = OP_6.responses("noodsituatie", "vandaag geen eten en ik krijg geen uitkering meer")
    assert namen[0] == "utter_noodsituatie" and "utter_uitkering_niet_betaald" in namen


@pytest.mark.parametrize("text", [
    "als ik ga samenwonen krijg ik dan geen bijstand meer?",
    "ik krijg geen geld meer van mijn ex, wat nu",
    "ik heb geen geld meer voor boodschappen",
])
def test_a_consequence_money_from_someone_or_money_short_is_no_missed_payment(text):
    assert "utter_uitkering_niet_betaald" not in OP_6.responses("samenwonen", text)


# --- s14b (English): bijstand for earlier months ----------------------------------------------------------------------

@pytest.mark.parametrize("intent, text, response", [
    ("aanvraag", "is it possible to get bijstand back to the previous months, I applied too late", "utter_aanvraag"),
    # (session 20: "met terugwerkende kracht" read gets the months back first)
    ("buitenland", "can my benefit go back to earlier weeks?", "utter_aanvraag_terugwerkend"),
    ("terugvordering", "can they backdate my bijstand to when I lost my job", "utter_aanvraag_terugwerkend"),
])
def test_bijstand_for_earlier_months_is_the_application(intent, text, response):
    assert EN.responses(intent, text)[:1] == [response]


def test_a_trip_with_retroactive_stays_a_trip():
    assert EN.responses("buitenland", "I was 6 weeks in Ghana, will they stop my bijstand retroactively?")[0].startswith(
        "utter_buitenland")


# --- s15 (English): English topic answers that answer first -----------------------------------------------------------

def test_a_payment_stopped_over_an_address():
    assert antwoord("stopgezet", "they suspended my benefit because of my address", PEILDATUM, "en")[0][
        "response"] == "utter_stopgezet_adres"


# --- s9 (English): work, money, letters -------------------------------------------------------------------------------

def test_a_letter_dated_is_the_date_of_the_decision():
    berichten = antwoord("bezwaar", "I got a rejection letter dated 2 november 2026, can I still object", PEILDATUM_6, "en")
    assert berichten[0]["response"] == "utter_bezwaar_op_tijd"
    assert "14 December 2026" in tekst_op(berichten[0], DAG_6, "en")


# --- s9 (English): answers the English texts now give -----------------------------------------------------------------

@pytest.mark.parametrize("response, woorden", [
    ("utter_bezwaar", ["does not stop the decision", "voorlopige voorziening"]),
    ("utter_beslag", ["calculator"]),
    ("utter_huisbezoek", ["refuse"]),
    ("utter_bijzondere_bijstand", ["apply for special assistance"]),
    ("utter_giften_eerst_boven", ["The gemeente decides"]),
])
def test_the_english_text_says_it(response, woorden):
    tekst = tekst_op({"response": response, "gift_bedrag_tekst": "€1,500", "gift_per_jaar": "€1,500",
                      "gift_boven_grens": "€300"}, DAG_6, "en")
    assert all(w in tekst for w in woorden), tekst


# --- s10 (English): texts that answer the question asked --------------------------------------------------------------

@pytest.mark.parametrize("text", ["could I get a voorschot while my application is still open",
                                  "is there any money while I wait for the gemeente's decision"])
def test_a_voorschot_asked_gets_yes_first(text):
    said = antwoord("aanvraag", text, PEILDATUM_6, "en")
    assert said[0]["response"] == "utter_aanvraag_voorschot"
    assert tekst_op(said[0], DAG_6, "en").startswith("Yes.")
    assert antwoord("aanvraag", "how long does the decision take", PEILDATUM_6, "en")[0]["response"] == "utter_aanvraag_duur"


# --- s11 (English): an eviction today ---------------------------------------------------------------------------------

def test_an_eviction_with_the_bijstand_stopped_says_what_to_do_about_the_stop():
    said = EN_6.responses("beslag", "the bailiff comes tomorrow to put us out of our flat, and they stopped my benefit")
    assert said[0] == "utter_noodsituatie" and "utter_stopgezet" in said


# --- s12 (English): trips ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [("aanvraag", "my bijstand ended in May, now I am unemployed again, must I send "
                                                     "all documents again"),
                                          ("aow_aio", "had bijstand until june, again without a job, all the forms again?")])
def test_applying_again_within_a_year_hears_the_data_may_be_reused(intent, text):
    assert EN_6.naam(intent, text) == "utter_aanvraag_opnieuw"


# --- s19: bijstand from before the application, read as a bezwaar (unsure): the application's answer ------------------

def test_terugwerkende_kracht_read_as_a_bezwaar_gets_the_application_answer():
    naam, zin = OP.eerste("bezwaar", "kan de uitkering met terugwerkende kracht ingaan, ik heb me 6 weken te laat gemeld")
    assert naam == "utter_aanvraag_terugwerkend"  # (session 20: the months back first)
    assert "3 maanden voor de dag" in zin


def test_a_bezwaar_about_terugwerkende_kracht_stays_a_bezwaar():
    assert OP.responses("bezwaar", "mijn aanvraag is afgewezen, kan ik bezwaar maken zodat het met terugwerkende "
                                   "kracht ingaat")[0] not in ("utter_aanvraag", "utter_aanvraag_terugwerkend")


# --- s5: other facts that decide the answer ---------------------------------------------------------------------------

def test_a_lower_payment_this_month_is_for_the_gemeente_to_explain():
    assert OP_5.naam("bijstandsnorm", "waarom is mijn uitkering deze maand 83 euro lager dan vorige maand") == \
        "utter_uitkering_anders"
    assert OP_5.naam("maatregel", "waarom krijg ik deze maand minder, ik heb een verlaging gekregen") != \
        "utter_uitkering_anders"


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

def test_applying_again_within_a_year_reuses_the_data():
    assert OP_5.naam("bijverdienen", "ik had vorig jaar bijstand en 5 maanden werk, nu ben ik weer werkloos, moet ik "
                                     "alles opnieuw inleveren") == "utter_aanvraag_opnieuw"


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_a_decision_of_two_months_ago_is_past_the_term_for_bezwaar():
    bericht = OP_6.bericht("bezwaar", "ik kreeg 2 maanden geleden een besluit dat ik 2300 euro moet terugbetalen. kan ik nog "
                                      "bezwaar maken")
    besluit = date(2026, 10, 6)
    assert bericht["response"] == "utter_bezwaar_te_laat_ongeveer"  # (no day named, session 21)
    assert bericht["bezwaar_einde"] == datum(besluit + timedelta(weeks=int(parameter_6("termijn.bezwaar_weken"))))
    assert "te laat" in tekst_6(bericht)
    op_tijd = OP_6.bericht("bezwaar", "ik kreeg vorige week een besluit, kan ik nog bezwaar maken")
    assert op_tijd["response"].startswith("utter_bezwaar_op_tijd")  # (_verschoven past a weekend, session 20)
    # (a term that ends on a Saturday, Sunday or feestdag runs on to the next working day: Algemene termijnenwet, s15)
    assert op_tijd["bezwaar_einde"] == datum(einde_wettelijke_termijn(
        DAG_6 - timedelta(days=7) + timedelta(weeks=int(parameter_6("termijn.bezwaar_weken")))))
    assert OP_6.bericht("bezwaar", "hoe maak ik bezwaar")["response"] == "utter_bezwaar"  # no date: the general answer


def test_the_voorschot_is_answered_with_its_share():
    bericht = OP_6.bericht("aanvraag", "Geachte heer/mevrouw, kan ik een voorschot krijgen op mijn bijstandsuitkering? "
                                       "Hoeveel zou dat zijn?")
    assert bericht["response"] == "utter_aanvraag_voorschot"  # yes first (session 10), with the share
    assert knowledge.feiten(DAG_6)["voorschot_percentage"] in tekst_6(bericht)


# --- s20: bijstand from before the application (terugwerkende kracht) gets the months back first ----------------------

JE = OpPeildatum(PEILDATUM, variant="nl-je")


TERUGWERKEND = [
    ("aanvraag", "kan bijstand ook met terugwerkende kracht?"),
    ("aanvraag", "ik ben mijn baan in maart kwijtgeraakt maar heb pas nu aangevraagd, krijg ik ook geld over die maanden"),
    ("aanvraag", "te laat aangevraagd, krijg ik nog bijstand over de weken ervoor"),
    ("aanvraag", "mijn vader heeft pas deze week bijstand aangevraagd terwijl hij sinds augustus geen inkomen heeft, "
                 "krijgt hij geld over de maanden ervoor?"),
    ("informeren", "Ik heb pas vandaag aangevraagd maar zit al 2 maanden zonder inkomen. Kunnen we geld krijgen over die "
                   "periode?"),
    ("bijstandsnorm", "krijg je bijstand ook over de tijd voor je aanvraag terug"),
]


@pytest.mark.parametrize("intent, text", TERUGWERKEND)
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_terugwerkende_kracht_names_the_months_back_first(op, intent, text):
    naam, tekst = op.eerste(intent, text)
    assert naam == "utter_aanvraag_terugwerkend"
    maanden = knowledge.waarde("termijn.terugwerkende_kracht_maanden", DAG)
    assert f"{maanden} maanden" in " ".join(tekst.split(". ")[:2])
    assert "Participatiewet, artikel 44 lid 5" in tekst


@pytest.mark.parametrize("intent, text", [
    ("aanvraag", "welke papieren heb ik nodig voor de aanvraag van bijstand"),
    ("aanvraag", "hoe vraag ik bijstand aan"),
    ("inlichtingenplicht", "ik heb mijn inkomsten te laat gemeld, krijg ik een boete"),
])
def test_no_question_of_months_back_is_not_terugwerkende_kracht(intent, text):
    assert OP.naam(intent, text) != "utter_aanvraag_terugwerkend"


def zonder(*namen: str) -> dict:
    """The domain of a model trained before these responses existed."""
    return {"responses": {k: v for k, v in DOMAIN["responses"].items() if k not in namen}}


def test_terugwerkende_kracht_on_an_older_model_is_the_application_answer():
    gevonden = feiten_uit_bericht.antwoord("aanvraag", "kan bijstand ook met terugwerkende kracht?", DAG,
                                           zonder("utter_aanvraag_terugwerkend"))
    assert gevonden is not None and gevonden.response == "utter_aanvraag"


# --- s20: a term that ends on a Saturday, Sunday or feestdag says why the last day is later ---------------------------

def eerste_zin(tekst: str) -> str:
    return re.split(r"(?<=[.?!])\s", tekst, maxsplit=1)[0]


@pytest.mark.parametrize("text, einde, termijn", [
    ("besluit verstuurd op zaterdag 7 november 2026, wat is de uiterste datum voor bezwaar", "21 december 2026",
     "19 december 2026"),
    ("de brief heeft als datum zaterdag 31 oktober. is het al te laat voor bezwaar?", "14 december 2026",
     "12 december 2026"),
    ("beschikking van 13 november ontvangen, tot wanneer kan ik bezwaar maken", "28 december 2026",
     "25 december 2026"),  # Christmas, Boxing Day, a Sunday
    ("namens mijn moeder: zij kreeg een afwijzing gedateerd 1 november, kan ze nog bezwaar maken", "14 december 2026",
     "13 december 2026"),
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_bezwaar_term_moved_past_a_weekend_says_why(op, text, einde, termijn):
    naam, tekst = op.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd_verschoven"
    assert eerste_zin(tekst).startswith("Ja") and einde in eerste_zin(tekst)
    assert termijn in tekst and "Algemene termijnenwet" in tekst and "werkdag" in tekst


def test_bezwaar_term_on_a_working_day_keeps_its_answer():
    naam, tekst = OP.eerste("bezwaar", "besluit van 2 november, kan ik nog bezwaar maken")
    assert naam == "utter_bezwaar_op_tijd" and "14 december 2026" in tekst and "termijnenwet" not in tekst


def test_bezwaar_moved_on_an_older_model_is_the_term_answer():
    gevonden = feiten_uit_bericht.antwoord("bezwaar", "besluit van zaterdag 7 november, tot wanneer bezwaar", DAG,
                                           zonder("utter_bezwaar_op_tijd_verschoven"))
    assert gevonden is not None and gevonden.response == "utter_bezwaar_op_tijd"
    assert gevonden.waarden["bezwaar_einde"] == "21 december 2026"


@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_how_to_object_answers_first(op):
    naam, tekst = op.eerste("bezwaar", "hoe maak ik bezwaar")
    assert naam == "utter_bezwaar"
    assert "bezwaar maken met een brief" in eerste_zin(tekst) and "6 weken" in eerste_zin(tekst)


# --- s20: "geschorst", "stilgezet", "bevroren" are the benefit stopped too (s20b: "ze hebben mijn bijstand ------------

@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "ze hebben mijn bijstand geschorst omdat mijn adres niet klopt in de brp"),
    ("stopgezet", "mijn uitkering is stilgezet want ik sta niet ingeschreven op mijn adres"),
    ("stopgezet", "de bijstand van mijn moeder is bevroren, haar inschrijving in de brp klopt niet, wat nu"),
    ("informeren", "uitkering geschorst vanwege brp adres"),
])
def test_a_benefit_suspended_for_the_address_gets_the_address_answer(intent, text):
    assert OP.naam(intent, text) == "utter_stopgezet_adres"


def test_a_suspended_benefit_is_a_stopped_one():
    assert OP.naam("samenwonen", "mijn bijstand is geschorst omdat ze denken dat ik samenwoon, wat kan ik doen") == \
        "utter_stopgezet"


# --- s6: free legal help with an objection ----------------------------------------------------------------------------

def test_free_help_with_an_objection_is_answered_first():
    said = antwoord("bezwaar", "wie kan mij gratis helpen met een bezwaar", PEILDATUM_6)
    assert said[0]["response"] == "utter_bezwaar_gratis_hulp"


def test_free_help_is_answered_also_when_the_message_was_not_understood():
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": "wie kan mij gratis helpen met een bezwaar", "metadata": {"peildatum": PEILDATUM_6},
                       "intent": {"name": "nlu_fallback", "confidence": 0.2}}, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionNietBegrepen().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_bezwaar_gratis_hulp"


# --- s21: an age or a count beside the decision's date leaves the date one --------------------------------------------

def eerste_zin_s21(tekst: str) -> str:
    return tekst.split(". ")[0]


@pytest.mark.parametrize("text, dag", [
    ("mijn moeder (78) heeft een afwijzing ontvangen, gedateerd zaterdag 14 november 2026", date(2026, 11, 14)),
    ("ik kreeg op 3 november een besluit, moet ik binnen 6 weken bezwaar maken", date(2026, 11, 3)),
    ("besluit van 3 november, ik heb 2 kinderen", date(2026, 11, 3)),
    ("ik ben 45 en kreeg op 3 november een brief", date(2026, 11, 3)),
    ("ik ben 25 en kreeg op 3-11 een brief", date(2026, 11, 3)),
    ("mijn vader van 80 kreeg een besluit gedateerd 2-11-2026", date(2026, 11, 2)),
    ("mijn zoon (19) kreeg op 2 november een brief", date(2026, 11, 2)),
])
def test_an_age_or_a_count_beside_a_date_is_no_second_date(text, dag):
    assert parse.datum(text, DAG_8, richting="verleden") == dag


@pytest.mark.parametrize("text", ["ik kreeg 15 of 16 maart een brief", "15 en 16 maart", "van 24 tot 28 maart"])
def test_a_bare_day_beside_a_date_stays_ambiguous(text):
    assert parse.datum(text, DAG_8, richting="verleden") is None


@pytest.mark.parametrize("op, text, einde", [
    (JE_8, "Geachte heer/mevrouw, mijn moeder (78) heeft een afwijzing van bijzondere bijstand ontvangen, gedateerd "
           "zaterdag 14 november 2026. Wat is de uiterste datum voor het bezwaarschrift?", "28 december 2026"),
    (NL_8, "mijn vader van 81 kreeg een beschikking van 14 november, tot wanneer kan hij bezwaar maken", "28 december 2026"),
    (NL_8, "ik ben 34 en heb 2 kinderen. de brief met het besluit is van 31 oktober, is het te laat voor bezwaar?",
     "14 december 2026"),
    (JE_8, "besluit gedateerd 7-11-2026 ontvangen, ik moet binnen 6 weken reageren toch? wat is de laatste dag",
     "21 december 2026"),
])
def test_a_dated_decision_beside_an_age_gets_the_last_day(op, text, einde):
    naam, tekst = op.eerste("bezwaar", text)
    assert naam.startswith("utter_bezwaar_op_tijd") and eerste_zin_s21(tekst).startswith("Ja") and einde in tekst


# --- s21: a suspension with no reason said gets why (gegevens or papers missing) and what to do -----------------------

@pytest.mark.parametrize("op, intent, text", [
    (JE_8, "stopgezet", "waarom is mijn bijstand opgeschort"),
    (NL_8, "stopgezet", "mijn uitkering is geblokkeerd, wat moet ik doen"),
    (NL_8, "informeren", "mijn moeder haar bijstand is stilgezet, hoe kan dat?"),
    (NL_8, "stopgezet", "bijstand on hold gezet zonder reden??"),
    (JE_8, "bezwaar", "ze hebben mn uitkering geschorst, kan dat zomaar"),
])
def test_a_suspension_without_a_reason_says_why_first(op, intent, text):
    naam, tekst = op.eerste(intent, text)
    assert naam == "utter_stopgezet_opgeschort"
    assert eerste_zin_s21(tekst).startswith("Meestal mist de gemeente gegevens of papieren")
    assert "brief" in tekst and "adres" in tekst and "bezwaar" in tekst


def test_a_suspension_in_english_says_why_first():
    naam, tekst = EN_8.eerste("stopgezet", "why is my bijstand suspended")
    assert naam == "utter_stopgezet_opgeschort" and tekst.startswith("Mostly the gemeente is missing information")


@pytest.mark.parametrize("op, text, woorden", [
    (NL_8, "mijn uitkering is opgeschort en de huur moet over 2 weken betaald, kan het sneller", "voorlopige voorziening"),
    (JE_8, "bijstand geblokkeerd, huur moet volgende week betaald, is er een snelle weg", "voorlopige voorziening"),
    (EN_8, "uitkering suspended, rent due in 2 weeks. is there a fast way", "voorlopige voorziening"),
])
def test_a_suspension_that_is_urgent_names_the_voorlopige_voorziening(op, text, woorden):
    """Issue #20's list: a stopped benefit, urgent = the court's voorlopige voorziening beside the bezwaar (the
    opgeschort answer of 511f948 had lost it: en_s21 'rent due in 2 weeks, is there a fast way')."""
    naam, tekst = op.eerste("stopgezet", text)
    assert naam in ("utter_stopgezet_opgeschort", "utter_stopgezet") and woorden in tekst


@pytest.mark.parametrize("text, naam", [
    ("mijn bijstand is opgeschort omdat ik samenwoon", "utter_stopgezet"),
    ("mijn bijstand is opgeschort en ik heb geen geld voor eten", "utter_stopgezet"),
    ("uitkering opgeschort omdat ik mijn papieren te laat heb ingeleverd", "utter_stopgezet_papieren"),
    ("mijn uitkering is gestopt, wat nu", "utter_stopgezet"),
])
def test_a_suspension_with_its_reason_or_no_money_keeps_its_answer(text, naam):
    assert NL_8.naam("stopgezet", text) == naam


def test_a_suspension_on_an_older_model_is_the_papers_answer():
    zonder = {"responses": {k: v for k, v in DOMAIN["responses"].items() if k != "utter_stopgezet_opgeschort"}}
    gevonden = feiten_uit_bericht.antwoord("stopgezet", "waarom is mijn bijstand opgeschort", DAG_8, zonder)
    assert gevonden is not None and gevonden.response == "utter_stopgezet_papieren"


# --- s21: a decision dated on its day is "van 3 november", not "van ongeveer 3 november" ------------------------------

@pytest.mark.parametrize("op, text, zin", [
    (NL_8, "ik kreeg op 3 november een besluit, kan ik nog bezwaar maken", "Uw besluit is van 3 november 2026."),
    (JE_8, "besluit gedateerd 2-11-2026, tot wanneer kan ik bezwaar maken", "Je besluit is van 2 november 2026."),
    (NL_8, "mijn moeder kreeg een afwijzing van 20/10, kan ze nog in bezwaar", "Uw besluit is van 20 oktober 2026."),
    (JE_8, "ik kreeg gisteren een brief met een besluit, hoe lang heb ik voor bezwaar", "Je besluit is van 7 december 2026."),
    (NL_8, "de beschikking is van zaterdag 14 november, wat is de laatste dag voor bezwaar", "Uw besluit is van 14 november 2026."),
    (EN_8, "i got a decision dated 2 november, can i still object", "Your decision is from 2 November 2026."),
])
def test_a_decision_dated_on_its_day_is_not_about_that_day(op, text, zin):
    naam, tekst = op.eerste("bezwaar", text)
    assert naam.startswith(("utter_bezwaar_op_tijd", "utter_bezwaar_te_laat")) and not naam.endswith("_ongeveer")
    assert zin in tekst and "ongeveer" not in tekst and "from about" not in tekst


@pytest.mark.parametrize("op, text, zin", [
    (NL_8, "ik kreeg 2 maanden geleden een besluit, kan ik nog bezwaar maken", "Uw besluit is van ongeveer 8 oktober 2026."),
    (JE_8, "vorige week kreeg ik een brief met een besluit, kan ik nog bezwaar maken", "Je besluit is van ongeveer 1 december"),
    (NL_8, "mijn vader kreeg begin november een afwijzing, kan hij nog bezwaar maken", "Uw besluit is van ongeveer 1 november"),
    (EN_8, "i got a decision 3 weeks ago, can i still object", "Your decision is from about 17 November 2026."),
])
def test_a_decision_dated_by_a_week_or_a_month_is_about_that_day(op, text, zin):
    naam, tekst = op.eerste("bezwaar", text)
    assert naam.endswith("_ongeveer") and zin in tekst


def test_an_approximate_date_on_an_older_model_is_the_old_answer():
    zonder = {"responses": {k: v for k, v in DOMAIN["responses"].items() if not k.endswith("_ongeveer")}}
    gevonden = feiten_uit_bericht.antwoord("bezwaar", "ik kreeg 2 maanden geleden een besluit, kan ik nog bezwaar maken",
                                           DAG_8, zonder)
    assert gevonden is not None and gevonden.response == "utter_bezwaar_te_laat"


@pytest.mark.parametrize("text, op_de_dag", [
    ("ik kreeg op 3 november een besluit", True), ("besluit gedateerd 03-11-2026", True), ("brief van 3/11", True),
    ("ik kreeg gisteren een brief", True), ("5 dagen geleden een besluit", True), ("op drie november", True),
    ("vorige week een besluit", False), ("begin november een besluit", False), ("in oktober kreeg ik een besluit", False),
    ("2 maanden geleden", False), ("vorige maand", False), ("geen datum", False),
])
def test_a_date_names_its_day_or_not(text, op_de_dag):
    assert parse.datum_op_de_dag(text, DAG_8, richting="verleden") is op_de_dag


# --- s21 (English): "can i still object today" beside the decision's date is the day one asks, not a second date ------

@pytest.mark.parametrize("text, einde", [
    ("i got a letter dated 27 october that they lower my bijstand. can i still make bezwaar today?", "8 December 2026"),
    ("the decision came on 30 october, is it too late to object today?", "11 December 2026"),
    ("Today i read the letter from 5 november about my maatregel, can i still do bezwaar", "17 December 2026"),
    ("my mother got a besluit dated 2 november. can she object today still?", "14 December 2026"),
])
def test_a_dated_decision_and_today_in_english_get_the_last_day(text, einde):
    naam, tekst = EN_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd"
    assert tekst.startswith("Yes, you still can.") and f"the last day is {einde}" in tekst


@pytest.mark.parametrize("text, einde", [
    ("ik kreeg een brief van 27 oktober, kan ik vandaag nog bezwaar maken?", "8 december 2026"),
    ("besluit van 30 oktober, kan ik nog vandaag bezwaar maken", "11 december 2026"),
])
def test_a_dated_decision_and_vandaag_in_dutch_get_the_last_day(text, einde):
    naam, tekst = JE_8.eerste("bezwaar", text)
    assert naam == "utter_bezwaar_op_tijd" and f"de laatste dag {einde}" in tekst


def test_a_letter_of_today_alone_is_todays_decision():
    naam, tekst = JE_8.eerste("bezwaar", "ik kreeg vandaag een brief, hoe lang heb ik voor bezwaar")
    assert naam == "utter_bezwaar_op_tijd" and "besluit is van 8 december 2026" in tekst  # (a day named, H4)
