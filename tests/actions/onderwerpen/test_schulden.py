"""Debts: schuldhulp, a terugvordering (paid in parts, dropped), kwijtschelding, verrekenen, a loan. Dutch first, then
English."""

from __future__ import annotations

import re

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.engels import naar_nederlands
from actions.twijfel import ActionGeenVraag
from tests.actions.eerste_antwoord import (DAG, DAG_5, DAG_6, DOMAIN, EN, EN_6, EN_8, EN_DORP, FEITEN, FEITEN_6, JE_8,
                                           NL_8, OP, OP_5, OP_6, OpPeildatum, PEILDATUM, PEILDATUM_5, PEILDATUM_6,
                                           antwoord, antwoord_namen, eerste_tekst, form_begin, met_twijfel, responses,
                                           tekst_6, tekst_op)


# --- s14: housemates, duties, a loan from the gemeente ----------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", ["kan de gemeente mij geld lenen voor een nieuwe koelkast", "lening bij de gemeente mogelijk?"])
def test_borrowing_from_the_gemeente_is_bijzondere_bijstand_as_a_loan(text):
    namen = antwoord_namen("lening", text, PEILDATUM)
    assert namen[0] == "utter_lening_gemeente"
    tekst = tekst_op({"response": namen[0]}, DAG).lower()
    assert "bijzondere bijstand" in tekst and "lening" in tekst


@pytest.mark.usefixtures("voorbeelddorp")
def test_a_loan_from_family_is_still_the_loan():
    assert antwoord_namen("lening", "mijn broer leent me 400 euro, moet ik dat doorgeven", PEILDATUM)[0] != \
        "utter_lening_gemeente"


# --- s14: paying back read as a stopped uitkering: what stopped was a study or a job ----------------------------------

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


# --- s16: a terugvordering paid in parts: a betalingsregeling ---------------------------------------------------------

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


# --- s18: kwijtschelden: which debts the gemeente can drop ------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("schulden", "kan de gemeente mijn schulden niet gewoon kwijtschelden"),
    ("schulden", "wordt een schuld bij de sociale dienst ooit kwijtgescholden?"),
    ("informeren", "ik heb een schuld van 3000 bij de gemeente, is kwijtschelding mogelijk"),
    ("bezwaar", "kan ik de gemeente vragen om mijn schuld kwijt te schelden"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_a_debt_to_be_dropped_says_which_debts_the_gemeente_can_drop(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_schulden_kwijtschelden"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Soms, als het een schuld bij de gemeente zelf is.")
    assert "dringende redenen" in zin and "afzien" in zin and "schuldregeling" in zin and "schuldhulp" in zin
    assert "artikel 58" in zin and "artikel 60c" in zin and "Invorderingswet 1990" in zin
    assert "beslist" in zin


def test_a_terugvordering_to_be_dropped_keeps_its_own_answer():
    assert responses("schulden", "kan de gemeente mijn terugvordering kwijtschelden")[0] == \
        "utter_terugvordering_kwijtschelden"


@pytest.mark.parametrize("text", [
    "ik heb schulden bij de zorgverzekering, wie kan mij helpen",
    "ik heb 9.000 euro schuld bij de bank, kan dat kwijtgescholden worden?",  # no gemeente named (session 9)
])
def test_debts_without_the_gemeente_keep_the_schuldhulp_answer(text):
    assert responses("schulden", text)[0] == "utter_schulden"


# --- s18: kwijtschelding of gemeentelijke belastingen, whatever debt topic was read -----------------------------------

@pytest.mark.parametrize("intent", ["schulden", "terugvordering", "informeren"])
@pytest.mark.parametrize("text", [
    "kan ik met een uitkering kwijtschelding krijgen voor de rioolheffing",
    "de gemeentelijke belastingen zijn te hoog, kunnen die worden kwijtgescholden",
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_kwijtschelding_of_local_taxes_says_often_and_where(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_schulden_kwijtschelding_belastingen"
    zin = eerste_tekst(intent, text, variant)
    assert zin.startswith("Vaak wel.") and "Invorderingswet 1990" in zin and "beslist" in zin


def test_the_belastingdienst_is_no_local_tax():
    assert responses("schulden", "kan de gemeente mijn schuld bij de belastingdienst kwijtschelden")[0] == \
        "utter_schulden_kwijtschelden"


@pytest.mark.parametrize("text", [
    "i have to pay back 2000 and now the gemeente takes it from my benefit, how much may they deduct each month",
    "how much can the gemeente take off my bijstand for the terugvordering",
])
def test_what_the_gemeente_may_keep_back_is_offsetting_and_the_protected_part(text):
    naam, tekst = EN.eerste("terugvordering", text)
    assert naam == "utter_terugvordering_verrekenen" and "beslagvrije voet" in tekst


# --- s8: a guest on the sofa: logeren, not the guest's eviction -------------------------------------------------------

def test_the_persons_own_eviction_is_still_schuldhulp():
    assert OP_6.responses("schulden", "ik word volgende week uit mijn huis gezet")[0] == "utter_schulden"


# --- s9: dropping a terugvordering; refusing schuldhulp; bezwaar against verrekenen -----------------------------------

@pytest.mark.parametrize("intent, text", [
    ("terugvordering", "kunnen ze een terugvordering ook kwijtschelden"),
    ("schulden", "kan mijn terugvordering bij de gemeente kwijtgescholden worden"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_dropping_a_terugvordering_names_the_ways_of_article_58(intent, text, variant):
    eerste = antwoord(intent, text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_terugvordering_kwijtschelden"
    zin = tekst_6(eerste, variant)
    assert "dringende redenen" in zin and f"{FEITEN_6['terugvordering_afzien_jaren']} jaar" in zin
    assert FEITEN_6["terugvordering_afkoop_percentage"] in zin and FEITEN_6["wet_kwijtschelden"] in zin
    assert "beslist" in zin


def test_a_debt_to_be_forgiven_stays_schuldhulp():
    assert OP_6.responses("schulden", "ik heb 18.000 euro schuld, kan dat kwijtgescholden worden?")[0] == "utter_schulden"


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_refusing_schuldhulp_names_the_grounds_and_bezwaar(variant):
    eerste = antwoord("schulden", "kan de gemeente weigeren mij te helpen met mijn schulden", PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_schulden_weigeren"
    zin = tekst_6(eerste, variant)
    assert "eerder" in zin and "fraude" in zin and "bezwaar" in zin and FEITEN_6["wet_schulden_weigeren"] in zin


@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_verrekenen_says_bezwaar_can_be_made(variant):
    text = "de gemeente wil 150 euro per maand inhouden op mijn uitkering voor de terugvordering, mag dat zomaar"
    eerste = antwoord("terugvordering", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_terugvordering_verrekenen"
    assert f"binnen {FEITEN_6['bezwaartermijn_weken']} weken bezwaar" in tekst_6(eerste, variant)


# --- s9: the gemeente keeping money back from the benefit, read as another topic --------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("giften", "mag de gemeente het gewoon van mijn uitkering inhouden"),
    ("informeren", "de gemeente gaat elke maand iets verrekenen met mijn bijstand, mag dat"),
])
def test_the_gemeente_keeping_money_back_is_verrekenen(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_terugvordering_verrekenen"


def test_a_gift_the_gemeente_might_keep_back_stays_a_gift_question():
    assert OP_6.responses("giften", "mijn moeder geeft me 100 euro, houdt de gemeente dat in op mijn uitkering")[0] != \
        "utter_terugvordering_verrekenen"


# --- s10: stopped because of the address; a terugvordering for the ex's unreported work -------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_ex_who_did_not_report_work_makes_both_liable(variant):
    text = ("mijn ex heeft destijds niet gemeld dat hij werkte toen we samen bijstand hadden. "
            "moet ik nu ook terugbetalen?")
    eerste = antwoord("terugvordering", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_terugvordering_gezin"
    zin = tekst_6(eerste, variant)
    assert zin.startswith("Ja") and "aansprakelijk" in zin and FEITEN_6["wet_terugvordering_gezin"] in zin
    assert "bezwaar" in zin and "beslist" in zin


def test_a_terugvordering_of_ones_own_stays_the_general_answer():
    assert OP_6.responses("terugvordering", "ik moet 2000 euro terugbetalen aan de gemeente")[0] != "utter_terugvordering_gezin"


# --- s11: a letter received that asks money back is a terugvordering, not a gift --------------------------------------

@pytest.mark.parametrize("intent", ["terugvordering", "informeren"])
@pytest.mark.parametrize("text", [
    "vandaag een besluit gekregen dat ik 1800 euro aan de gemeente moet terugbetalen, wat nu",
    "ik ontving een brief van de sociale dienst, ik moet 950 euro terugbetalen. kan ik daar iets tegen doen",
])
def test_a_letter_asking_money_back_is_no_gift(intent, text):
    assert not OP_6.responses(intent, text)[0].startswith("utter_giften")


def test_a_gift_asked_back_by_the_gemeente_stays_the_gift_answer():
    assert OP_6.responses("terugvordering", "mijn oom gaf me 2000 euro, moet ik dat nu terugbetalen aan de gemeente")[0] \
        .startswith("utter_giften_terugbetalen")


AFKOELING = [
    "wat houdt een afkoelperiode bij schulden in",
    "kan de gemeente mijn schuldeisers een tijdje stilzetten",
    "ik hoorde van een moratorium voor schulden, hoe lang duurt dat",
    "kan de incasso even bevroren worden terwijl ik in de schuldhulp zit",
]


# --- s12: a named debt instrument: the afkoelingsperiode and its months -----------------------------------------------

@pytest.mark.parametrize("text", AFKOELING)
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_the_afkoelingsperiode_asked_gets_its_months(text, variant):
    eerste = antwoord("schulden", text, PEILDATUM_6, variant)[0]
    assert eerste["response"] == "utter_schulden_afkoelingsperiode"
    zin = tekst_op(eerste, DAG_6, variant)
    assert f"{FEITEN_6['schuldhulp_afkoelingsperiode_maanden']} maanden" in zin and "rechter" in zin


def test_debts_without_an_instrument_keep_the_general_answer():
    assert OP_6.responses("schulden", "ik heb 3000 euro schuld bij de energie, wie helpt mij") == ["utter_schulden"]


# --- s14b (English): bijstand to pay back is no loan ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["the gemeente says I have to pay back 2500 euro of bijstand, is that allowed",
                                  "they want me to pay back the benefit of last spring, what can I do"])
def test_paying_back_bijstand_is_no_loan(text):
    assert "lening" not in naar_nederlands(text)
    assert EN.responses("terugvordering", text)[:1] == ["utter_terugvordering"]


@pytest.mark.parametrize("text", ["my uncle lent me 400 and I must pay it back in june",
                                  "I need to pay back the loan to my cousin, does that count"])
def test_money_lent_stays_a_loan(text):
    assert "lening" in naar_nederlands(text)


# --- s16 (English): beslag --------------------------------------------------------------------------------------------

def test_the_english_beslag_text_says_the_part_is_kept_and_protected():
    tekst = tekst_op({"response": "utter_beslag"}, DAG, "en")
    assert "You keep that part" in tekst and "protected amount (beslagvrije voet)" in tekst


# --- s16 (English): the doubt paths read an English message in English ------------------------------------------------

def test_a_claim_to_pay_back_read_with_doubt_is_no_savings_to_keep():
    """antwoorden_afstemmen_en_s16's 'they say i must pay back 3400 euro' (stack: 'Yes, you may keep €3,400')."""
    namen, _ = met_twijfel(ActionGeenVraag, "the gemeente says i must pay back 2500 euro, what now?",
                           [("informeren", 0.5), ("vermogen", 0.45)])
    assert "utter_vermogen_onder_grens" not in namen


# --- s16 (English): money taken for debts is no gift ------------------------------------------------------------------

@pytest.mark.parametrize("text, variant", [("the bailiff takes 300 from my uitkering, only 1100 left, is that right", "en"),
                                           ("ze houden te veel in voor mijn schulden, er blijft 950 over", "nl-je")])
def test_money_taken_for_debts_read_as_giften_gets_the_beslagvrije_voet(text, variant):
    assert antwoord("giften", text, PEILDATUM, variant)[0]["response"] == "utter_beslag"  # before: "The gift counts as"


def test_a_gift_towards_debts_stays_a_gift():
    naam = antwoord("giften", "mijn moeder betaalt elke maand 100 euro van mijn schulden af, mag dat", PEILDATUM, "nl-je")
    assert naam[0]["response"].startswith("utter_giften")


# --- s16 (English): the gift form reads an English first message in English from the start ----------------------------

def test_a_claim_to_pay_back_that_starts_the_gift_form_gets_the_terugvordering():
    """Stack miss of antwoorden_afstemmen_en_s16 (bereken_giften 0.51): 'they say i must pay back 3400 euro' got 'Yes,
    you may keep €3,400' (the English read raw until the gift itself)."""
    begin = form_begin("giften_form", "got a letter, the gemeente says i must pay back 2800 euro, i dont have it",
                       PEILDATUM, "en", "voorbeelddorp")
    assert begin.berichten[0]["response"] == "utter_terugvordering"


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

def test_money_taken_back_from_the_bijstand_every_month_is_verrekenen():
    assert EN_6.naam("terugvordering", "will they take the money back from my bijstand every month") \
        == "utter_terugvordering_verrekenen"


# --- s12 (English): other topics --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["will the gemeente take the debt off my monthly benefit",
                                  "can they take the fine from my bijstand"])
def test_what_is_owed_taken_from_the_benefit_is_verrekenen(text):
    assert EN_6.naam("terugvordering", text) == "utter_terugvordering_verrekenen"


def test_a_gift_taken_from_the_benefit_is_not_read_as_verrekenen():
    assert "inhouden" not in naar_nederlands("my aunt gave me 300, will they take it from my bijstand")


# --- s13 (English): the gemeente keeps an amount back from the benefit ------------------------------------------------

@pytest.mark.parametrize("text", ["the gemeente deducts 90 euro a month from my benefit for the boete. can they?",
                                  "they take 200 each month off my bijstand for the terugvordering, I have nothing left"])
def test_an_amount_kept_back_from_the_benefit_is_offsetting(text):
    assert EN_6.naam("terugvordering", text) == "utter_terugvordering_verrekenen"


# --- s19: the gemeente keeps money back ("houdt ... in", the verb split): verrekenen, not a gift or schuldhulp --------

@pytest.mark.parametrize("intent, text", [
    ("giften", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("schulden", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("terugvordering", "de sociale dienst houdt al een jaar 150 euro per maand in, mag dat zomaar"),
    ("informeren", "waarom houdt de gemeente geld in op mijn uitkering"),
])
def test_money_kept_back_by_the_gemeente_is_verrekenen(intent, text):
    naam, zin = OP.eerste(intent, text)
    assert naam == "utter_terugvordering_verrekenen"
    assert zin.startswith("De gemeente mag wat u moet terugbetalen van uw bijstand afhalen.")
    assert "beslagvrije voet" in zin


@pytest.mark.parametrize("form, text", [
    ("giften_form", "de gemeente houdt elke maand 200 in voor een oude schuld"),
    ("norm_form", "de sociale dienst houdt 150 per maand in op mijn bijstand, mag dat"),
])
def test_money_kept_back_read_as_a_calculator_gets_verrekenen_and_no_form(form, text):
    slots, berichten, open_vragen = OP.start(form, text)
    assert [b.get("response") for b in berichten] == ["utter_terugvordering_verrekenen"]
    assert slots.get("rekenhulp_klaar") is True  # the form stops


@pytest.mark.parametrize("intent, text", [
    ("giften", "mijn moeder geeft me elke maand 200, houdt de gemeente dat in"),  # a gift named: the gift's answer
    ("informeren", "de gemeente zegt dat ik moet solliciteren, wat houdt dat in"),
    ("participatieplicht", "de gemeente houdt mij in de gaten, moet ik elke week solliciteren"),
])
def test_other_uses_of_houden_in_keep_their_answer(intent, text):
    assert OP.responses(intent, text)[:1] != ["utter_terugvordering_verrekenen"]


# --- s19: a fraud accusation read as living together: the claim and the bezwaar ---------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("samenwonen", "ze zeggen dat ik fraude pleeg omdat mijn vriend op mijn adres ingeschreven stond"),
    ("samenwonen", "de sociale dienst verdenkt mij van fraude omdat mijn ex vaak blijft slapen"),
    ("inlichtingenplicht", "ik word beschuldigd van fraude, ik zou niet gemeld hebben dat mijn zus hier woonde"),
])
def test_a_fraud_accusation_gets_the_claim_and_the_bezwaar(intent, text):
    naam, zin = OP.eerste(intent, text)
    assert naam == "utter_terugvordering"
    assert "bezwaar" in zin and "Juridisch Loket" in zin


def test_asking_whether_something_is_fraud_keeps_the_topic():
    assert OP.responses("samenwonen", "is samenwonen zonder het te melden fraude?")[0] != "utter_terugvordering"


# --- s5: not settled by the facts: say so -----------------------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("vakantiegeld", "er ligt beslag op mijn uitkering, krijg ik mijn vakantiegeld nog"),
    ("beslag", "mag de deurwaarder mijn vakantiegeld pakken"),
])
def test_beslag_and_vakantiegeld_together_say_what_is_sure_and_what_is_not(intent, text):
    assert OP_5.naam(intent, text) == "utter_vakantiegeld_beslag"
    zin = OP_5.eerste_tekst(intent, text)
    assert "niet zeker" in zin and "beslagvrije voet" in zin
    assert knowledge.feiten(DAG_5)["beslagvrije_voet_percentage"] in zin


# --- s5: round 2: more facts that decide the question -----------------------------------------------------------------

def test_the_gemeente_wanting_money_back_is_a_terugvordering_whatever_the_topic():
    text = "mijn moeder stortte geld voor boodschappen en nu wil de gemeente alles terug, wat kan ik doen"
    assert OP_5.naam("bijzondere_bijstand", text) == "utter_terugvordering"
    assert OP_5.naam("lening", "ik heb geld geleend van mijn broer, moet ik dat terugbetalen aan de gemeente") != \
        "utter_terugvordering"  # a loan has its own answer


def test_a_threatened_cut_off_not_understood_still_gets_the_schuldhulp_answer():
    from actions.antwoorden import ActionNietBegrepen

    tracker = Tracker("test", {}, {"text": "hoe snel helpt de gemeente als mijn gas wordt afgesloten",
                                   "metadata": {"peildatum": PEILDATUM_5},
                                   "intent": {"name": "nlu_fallback", "confidence": 0.25},
                                   "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.25},
                                                      {"name": "giften", "confidence": 0.19}]},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionNietBegrepen().run(dispatcher, tracker, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_schulden"


@pytest.mark.parametrize("intent", ["giften", "bijzondere_bijstand", "noodhulp_onbekend"])
def test_a_threatened_cut_off_gets_the_schuldhulp_answer_whatever_topic_was_read(intent):
    from actions import feiten_uit_bericht

    gevonden = feiten_uit_bericht.voor_elk_onderwerp(intent, "hoe snel helpt de gemeente als mijn gas wordt afgesloten",
                                                     DAG_5)
    assert gevonden is not None and gevonden.response == "utter_schulden"


# --- s7: bezwaar, terugvordering, a letter, the voorschot, an admission, the household not shown ----------------------

def test_what_the_gemeente_may_keep_back_is_the_beslagvrije_voet():
    bericht = OP_6.bericht("terugvordering", "de gemeente haalt de terugvordering van mijn uitkering af, hoeveel mogen ze inhouden")
    assert bericht["response"] == "utter_terugvordering_verrekenen" and "beslagvrije voet" in tekst_6(bericht)


# --- s20: utter_terugvordering says first that too much bijstand is paid back, then the bezwaar -----------------------

JE = OpPeildatum(PEILDATUM, variant="nl-je")


def eerste_zin(tekst: str) -> str:
    return re.split(r"(?<=[.?!])\s", tekst, maxsplit=1)[0]


@pytest.mark.parametrize("text", [
    "de gemeente wil geld terug",
    "ik moet bijstand terugbetalen, wat nu",
    "mijn moeder moet van de gemeente 2000 euro terugbetalen, ik help haar met de post",
    "ze vorderen bijstand van me terug want ik had te veel gekregen",
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_terugvordering_answers_first(op, text):
    naam, tekst = op.eerste("terugvordering", text)
    assert naam == "utter_terugvordering"
    zin = eerste_zin(tekst)
    assert not zin.endswith("?") and "terugbetalen" in zin
    assert "bezwaar" in tekst.split(". ")[1]  # what to do if one does not agree comes next


# --- s20 (English): terugvordering, bijzondere_bijstand, bezwaar, opname: the English texts answer first as the Dutch do (H4, 452fc26) ---

@pytest.mark.parametrize("intent, text, begin", [
    ("terugvordering", "the gemeente says i got too much and must pay back, is that true", "If you got too much "
     "bijstand, you usually must pay it back (terugvordering)."),
    ("terugvordering", "do i really have to pay back bijstand", "If you got too much bijstand, you usually must pay"),
    ("bijzondere_bijstand", "can i get money for new glasses", "For costs you cannot pay from your bijstand, you can "
     "apply for special assistance (bijzondere bijstand)"),
    ("bijzondere_bijstand", "my fridge is broken and i have no money for a new one",
     "For costs you cannot pay from your bijstand"),
    ("bezwaar", "how do i make bezwaar", "You can object (bezwaar maken) with a letter to the gemeente, within 6 weeks"),
    ("bezwaar", "i dont agree with the letter from gemeente, how to object?", "You can object (bezwaar maken)"),
])
def test_the_english_topic_answer_opens_with_the_answer(intent, text, begin):
    naam, tekst = EN_DORP.eerste(intent, text)
    assert naam == f"utter_{intent}" and tekst.startswith(begin), tekst[:160]
    assert tekst.split(".")[0].count("?") == 0


# --- s20 (English): paying a claim in parts, in English words, is the betalingsregeling -------------------------------

@pytest.mark.parametrize("text", [
    "the gemeente wants 4000 back from me, can i pay in parts",
    "they want 2500 back, can i pay it back in small amounts",
    "i must pay back 3000 bijstand, i cannot pay it all at once",
    "can i get a payment plan for the terugvordering",
    "gemeente asks 1800 back, can i pay back a little every month",
    "Can I pay the 1200 in installments?",
])
def test_paying_a_claim_in_parts_in_english_is_the_betalingsregeling(text):
    assert EN_DORP.eerste("terugvordering", text)[0] == "utter_terugvordering_betalingsregeling"


def test_a_gift_of_a_bit_every_month_stays_a_gift():
    from actions.engels import naar_nederlands
    assert "betalen" not in naar_nederlands("my mum gives me a bit every month, is that allowed")


# --- s21: the difference between a loan and a gift, read as another topic, is the loan's answer -----------------------

@pytest.mark.parametrize("op, intent, text", [
    (JE_8, "bijstandsnorm", "lenen of krijgen, wat is het verschil voor mijn uitkering?"),
    (NL_8, "giften", "wat is het verschil tussen een gift en een lening?"),
    (JE_8, "inlichtingenplicht", "telt geleend geld als gift?"),
    (NL_8, "giften", "mijn oom geeft me 500 euro, is het een gift of een lening?"),
    (NL_8, "vermogen", "geleend of gekregen geld, wat telt er voor de bijstand?"),
])
def test_a_loan_or_a_gift_is_the_loans_answer(op, intent, text):
    naam, tekst = op.eerste(intent, text)
    assert naam == "utter_lening" and tekst.startswith("Een lening is geen gift") and "terugbetal" in tekst


@pytest.mark.parametrize("text", ["mijn moeder geeft me elke maand wat, mag dat",
                                  "ik heb geld gekregen en geleend van familie, moet ik dat melden"])
def test_a_gift_without_the_difference_asked_keeps_its_answer(text):
    assert NL_8.naam("giften", text) != "utter_lening"


# --- s21 (English): 'the gemeente wants 4000 back' read as debts is the gemeente's claim (session 20's leftover) ------

@pytest.mark.parametrize("text, variant", [
    ("the gemeente wants 4000 back from me, what can i do", "en"),
    ("gemeente says i must pay back 2500 bijstand, help", "en"),
    ("my mother: the sociale dienst wants 1800 back from her, what now", "en"),
    ("de gemeente wil 4000 euro terug van mij, wat kan ik doen", "nl-je"),
])
def test_the_gemeente_wanting_money_back_read_as_debts_is_the_claim(text, variant):
    assert EN_8.eerste("schulden", text, variant)[0] == "utter_terugvordering"


def test_other_debts_beside_the_claim_keep_the_debt_help():
    text = "i have debts with the bank and the gemeente wants 300 back, i need debt help"
    assert EN_8.eerste("schulden", text)[0] == "utter_schulden"
