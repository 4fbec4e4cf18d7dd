"""Answer first, session 16 (issue #20), the non-money topics (H4): the kinds of the start model's misses in
bench/antwoorden_afstemmen_s16.yml on these topics, each tested with new messages of that kind.

- Something not reported in time, and what follows asked ('vergeten door te geven ... wat gebeurt er nu'), read as the
  maatregel: report it now, then paying back and a boete or first a waarschuwing (Pw art. 58 and 18a).
- Feedback on an earlier answer ('je vorige antwoord klopte niet') read as the language topic: a signaal."""

from __future__ import annotations

from datetime import date

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.antwoorden import ActionAntwoord
from actions.twijfel import ActionGeenVraag
from tests.actions.eerste_antwoord import DOMAIN, OpPeildatum

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)

OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- something not reported in time: report it now, paying back, a boete or a waarschuwing ------------------------

@pytest.mark.parametrize("intent, text", [
    ("maatregel", "vorige maand heb ik 4 dagen gewerkt en dat ben ik vergeten te melden, wat moet ik nu doen"),
    ("maatregel", "ik vergat door te geven dat ik een uitzendbaan had in de zomer. krijg ik nu straf?"),
    ("bijverdienen", "mijn loon van oktober heb ik niet op tijd doorgegeven, is dat erg?"),
    ("informeren", "te laat gemeld dat ik schoonmaakwerk doe, wat gebeurt er nu"),
    ("inlichtingenplicht", "ik ben vergeten mijn nieuwe baan door te geven"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_something_not_reported_says_report_it_now_and_what_follows(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Meld het zo snel mogelijk alsnog")
    assert "terugbetalen" in zin and "boete" in zin and "waarschuwing" in zin
    assert FEITEN["wet_terugvordering"] in zin and FEITEN["telefoon_juridisch_loket"] in zin


def test_something_not_reported_in_english():
    text = "I forgot to report my new cleaning job to the gemeente, what now?"
    assert responses("inlichtingenplicht", text, "en")[0] == "utter_inlichtingenplicht_vergeten"
    zin = eerste_tekst("inlichtingenplicht", text, "en")
    assert zin.startswith("Report it to the gemeente as soon as you can") and "pay back" in zin and "fine" in zin


@pytest.mark.parametrize("intent, text, niet", [
    # a boete or a verlaging that came already: that answer (bezwaar), not "report it now"
    ("maatregel", "ik heb een boete gekregen omdat ik vergeten was mijn werk door te geven, kan ik bezwaar maken",
     "utter_inlichtingenplicht_vergeten"),
    ("maatregel", "ik ben gekort omdat ik vergeten was door te geven dat ik op vakantie ging, wat nu",
     "utter_inlichtingenplicht_vergeten"),
    # the gemeente wants money back already: the terugvordering's answer
    ("inlichtingenplicht", "de gemeente wil 2500 euro terug omdat ik vergat mijn loon te melden, wat kan ik doen",
     "utter_inlichtingenplicht_vergeten"),
    # read as the maatregel with nothing forgotten: the maatregel's answer
    ("maatregel", "ik ben gekort omdat ik niet op een afspraak kwam, wat nu", "utter_inlichtingenplicht_vergeten"),
])
def test_a_sanction_or_claim_that_came_keeps_its_own_answer(intent, text, niet):
    assert responses(intent, text)[0] != niet


def test_the_maatregel_without_forgetting_stays_the_maatregel():
    assert responses("maatregel", "ik ben gekort omdat ik niet op een afspraak kwam, wat nu")[0].startswith(
        "utter_maatregel")


def test_a_claim_after_not_reporting_is_the_terugvordering():
    text = "de gemeente wil 2500 euro terug omdat ik vergat mijn loon te melden, wat kan ik doen"
    assert responses("inlichtingenplicht", text)[0].startswith("utter_terugvordering")


# --- feedback on an earlier answer is a signaal, also read as a topic ---------------------------------------------

def met_actie(actie, intent: str, text: str) -> tuple[list[dict], list[dict]]:
    tracker = Tracker("test", {"variant": "nl-u"},
                      {"text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": intent, "confidence": 0.6},
                       "intent_ranking": [{"name": intent, "confidence": 0.6}]}, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = actie().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages, events


def _start_signaal(events: list[dict]) -> bool:
    return {"event": "followup", "name": "signaal_form"} in [{k: e.get(k) for k in ("event", "name")} for e in events]


@pytest.mark.parametrize("actie, intent, text", [
    (ActionAntwoord, "taal", "jouw vorige antwoord was echt fout"),
    (ActionAntwoord, "bijstandsnorm", "je laatste antwoord over de norm klopte niet"),
    (ActionGeenVraag, "ontkennen", "dat eerste antwoord van jou klopt niet"),
])
def test_feedback_on_an_earlier_answer_starts_a_signaal(actie, intent, text):
    berichten, events = met_actie(actie, intent, text)
    assert berichten[0]["response"] == "utter_signaal_uitleg" and _start_signaal(events)


@pytest.mark.parametrize("intent, text", [
    ("bezwaar", "het antwoord van de gemeente klopt niet, wat kan ik doen"),
    ("bezwaar", "het antwoord op mijn bezwaar is niet goed, kan ik in beroep"),
    ("taal", "je antwoord is niet duidelijk, kan het in makkelijker nederlands"),
])
def test_a_decision_or_a_wish_for_simpler_words_is_no_signaal(intent, text):
    berichten, events = met_actie(ActionAntwoord, intent, text)
    assert berichten[0]["response"] != "utter_signaal_uitleg" and not _start_signaal(events)


# --- whether a toeslag counts, asked: the answer starts with no -----------------------------------------------------

@pytest.mark.parametrize("text", [
    "tellen de zorgtoeslag en de huurtoeslag mee als ik bijstand aanvraag",
    "wordt mijn kinderbijslag verrekend met de uitkering",
    "krijg ik minder bijstand door het kindgebonden budget",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_whether_a_toeslag_counts_is_answered_no(text, variant):
    assert responses("toeslagen", text, variant)[0] == "utter_toeslagen_telt_niet"
    zin = eerste_tekst("toeslagen", text, variant)
    assert zin.startswith("Nee.") and "tellen niet mee" in zin and FEITEN["wet_toeslagen"] in zin


@pytest.mark.parametrize("text", [
    "mag ik mijn huurtoeslag houden als ik in de bijstand zit",   # may I keep it: yes, the general answer
    "telt de kinderalimentatie mee net als kinderbijslag",          # alimentatie does count: not this answer
    "telt mijn vakantietoeslag mee",                                # the vakantiegeld, no toeslag of Dienst Toeslagen
])
def test_keeping_a_toeslag_or_other_money_is_not_the_no_answer(text):
    assert responses("toeslagen", text)[0] != "utter_toeslagen_telt_niet"


# --- a terugvordering paid in parts: a betalingsregeling ------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "ik moet 900 euro terug aan de sociale dienst, mag ik dat per maand afbetalen"),
    ("terugvordering", "kan ik een regeling treffen met de gemeente voor de terugvordering"),
    ("schulden", "de gemeente vordert 4000 euro terug en dat kan ik niet in een keer betalen"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_paying_a_terugvordering_in_parts_gets_the_betalingsregeling(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_terugvordering_betalingsregeling"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Ja, dat kan meestal. Vraag de gemeente om een betalingsregeling.")
    assert f"{FEITEN['bezwaartermijn_weken']} weken bezwaar" in zin and FEITEN["beslagvrije_voet_percentage"] in zin


@pytest.mark.parametrize("intent, text", [
    ("schulden", "ik heb schulden bij de energie en wil een betalingsregeling"),   # no terugvordering: schuldhulp
    ("terugvordering", "kan de gemeente mijn terugvordering kwijtschelden of in delen"),  # afzien asked first
])
def test_a_debt_elsewhere_or_a_waiver_keeps_its_answer(intent, text):
    assert responses(intent, text)[0] != "utter_terugvordering_betalingsregeling"


# --- an ex who does not pay the alimentatie: the LBIO first ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "de vader van mijn kinderen stort de kinderalimentatie al maanden niet, wat moet ik doen",
    "mijn ex-man is gestopt met betalen, er is een achterstand in de partneralimentatie",
    "sinds september geen alimentatie meer ontvangen van mijn ex",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_ex_who_does_not_pay_gets_the_lbio_first(text, variant):
    assert responses("alimentatie", text, variant)[0] == "utter_alimentatie_niet_betaald"
    zin = eerste_tekst("alimentatie", text, variant)
    assert zin.startswith("Vraag het LBIO om de alimentatie") and "door dat" in zin
    assert FEITEN["wet_alimentatie"] in zin


@pytest.mark.parametrize("text, niet", [
    ("moet ik alimentatie betalen aan mijn ex, ik kan het niet missen", "utter_alimentatie_niet_betaald"),
    ("we hebben geen alimentatie afgesproken maar hij betaalt niet veel", "utter_alimentatie_niet_betaald"),
    ("mijn ex betaalt 300 alimentatie per maand, telt dat mee", "utter_alimentatie_niet_betaald"),
])
def test_paying_oneself_no_agreement_or_an_amount_received_is_not_the_lbio_answer(text, niet):
    assert responses("alimentatie", text)[0] != niet


# --- starting a business: the question that was asked, not always "Ja, dat kan" -------------------------------------

@pytest.mark.parametrize("text, response, begin", [
    ("ik wil een fietsenwinkel beginnen, moet ik dan meteen naar de kvk", "utter_zelfstandig_kvk", "Nee, nog niet."),
    ("hoeveel maanden mag ik aan mijn eigen zaak werken en toch bijstand houden", "utter_zelfstandig_hoe_lang",
     "Hoogstens 12 maanden."),
    ("kan de gemeente mij krediet geven om een foodtruck te kopen", "utter_zelfstandig_lening", "Soms wel."),
    ("wat betekent bbz eigenlijk", "utter_zelfstandig_wat_is", "De Bbz is de regeling"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_business_question_gets_its_own_first_sentence(text, response, begin, variant):
    assert responses("zelfstandig", text, variant)[0] == response
    zin = eerste_tekst("zelfstandig", text, variant)
    maanden = str(knowledge.waarde("bbz.voorbereiding_maanden", DAG))
    assert zin.startswith(begin.replace("12", maanden)) and "Bbz" in zin
    if response == "utter_zelfstandig_lening":
        assert FEITEN["bbz_bedrijfskapitaal"] in zin and "artikel 24" in zin


@pytest.mark.parametrize("text", [
    "kan ik vanuit de bijstand voor mezelf beginnen als schilder",   # can I: the general "Ja, dat kan"
    "ik ben al ingeschreven bij de kvk, wat nu met mijn uitkering",  # done already: not "Nee, nog niet"
])
def test_can_i_start_or_a_registration_done_is_not_the_kvk_no(text):
    assert responses("zelfstandig", text)[0] != "utter_zelfstandig_kvk"


# --- studying with one's own age said: under the age of art. 13 lid 2 onder c mostly not, from it often yes ----------

@pytest.mark.parametrize("text, jong", [
    ("ik ben 23, kan ik met bijstand naar de hogeschool", True),
    ("ik ben 41 en wil overdag een cursus tot kok doen, mag dat met mijn uitkering", False),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_studying_with_an_age_answers_for_that_age(text, jong, variant):
    assert responses("studeren", text, variant)[0] == ("utter_studeren_jong" if jong else "utter_studeren_ouder")
    zin = eerste_tekst("studeren", text, variant)
    assert zin.startswith("Meestal niet." if jong else "Vaak wel.")
    assert FEITEN["studie_leeftijd"] in zin and FEITEN["wet_studeren"] in zin


@pytest.mark.parametrize("text", [
    "mag je studeren als je bijstand hebt",                              # no age: the general answer
    "mijn dochter van 19 wil studeren, houdt ze haar bijstand",           # another's age
    "ik ben 24 en studeer niet, waarom krijg ik geen bijstand",          # why: the general answer with the reason
    "ik ben 33 en studeer met duo, kan ik er bijstand bij krijgen",       # stufi from that age: not "Vaak wel"
])
def test_studying_without_an_own_age_or_asked_why_keeps_the_general_answer(text):
    assert responses("studeren", text)[0] == "utter_studeren"
