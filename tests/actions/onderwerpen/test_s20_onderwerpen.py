"""Session 20, H4: the Dutch answers on the other topics (not the money topics) answer first (issue #20).

One section per fix, so each can be folded into its topic module (docs/architecture.md) after the session.
"""

from __future__ import annotations

import re
from datetime import date

import knowledge
import pytest

from actions import feiten_uit_bericht
from actions.feiten_uit_bericht import TERUGVAL, WAARDEN, in_domein
from actions.feiten_uit_bericht._gedeeld import Antwoord
from tests.actions.eerste_antwoord import DOMAIN, OP, PEILDATUM, OpPeildatum, antwoord, tekst_op

JE = OpPeildatum(PEILDATUM, variant="nl-je")
DAG = date.fromisoformat(PEILDATUM)


def eerste_zin(tekst: str) -> str:
    return re.split(r"(?<=[.?!])\s", tekst, maxsplit=1)[0]


def zonder(*namen: str) -> dict:
    """The domain of a model trained before these responses existed."""
    return {"responses": {k: v for k, v in DOMAIN["responses"].items() if k not in namen}}


# --- terugvordering: utter_terugvordering says first that too much bijstand is paid back, then the bezwaar --------------
# (session 19 left it opening with a question, "Moet u bijstand terugbetalen?")

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


# --- bijzondere_bijstand: the general answer says first that it can be applied for, and to ask before buying ------------

@pytest.mark.parametrize("text", [
    "kan ik bijzondere bijstand krijgen voor een bril",
    "mijn wasmachine is kapot en ik heb geen geld",
    "krijg ik geld voor de tandarts van de gemeente",
    "wie betaalt de kosten van mijn bewindvoerder",
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_bijzondere_bijstand_answers_first(op, text):
    naam, tekst = op.eerste("bijzondere_bijstand", text)
    assert naam == "utter_bijzondere_bijstand"
    assert not eerste_zin(tekst).endswith("?") and "bijzondere bijstand aanvragen" in eerste_zin(tekst)
    assert "vooraf" in tekst and "voordat" in tekst


# --- aanvraag: bijstand from before the application (terugwerkende kracht) gets the months back first -----------------
# (s20b: "ik ben mijn baan in september kwijtgeraakt maar heb pas nu aangevraagd. krijg ik ook geld over die maanden"
# is the same question in other words)

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


def test_terugwerkende_kracht_on_an_older_model_is_the_application_answer():
    gevonden = feiten_uit_bericht.antwoord("aanvraag", "kan bijstand ook met terugwerkende kracht?", DAG,
                                           zonder("utter_aanvraag_terugwerkend"))
    assert gevonden is not None and gevonden.response == "utter_aanvraag"


# --- bezwaar: a term that ends on a Saturday, Sunday or feestdag says why the last day is later -----------------------

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


# --- signaal_geven: the explanation speaks of Wegwijs too, not only of rules ---------------------------------------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_signaal_uitleg_names_wegwijs(variant):
    tekst = tekst_op({"response": "utter_signaal_uitleg"}, DAG, variant)
    assert "Wegwijs" in tekst and "regel" in tekst and tekst.startswith("Dank")


# --- TERUGVAL: every newer text falls back on one a model trained before it has, whose placeholders it can fill --------

def _plaatsen(naam: str) -> set[str]:
    return {p for v in DOMAIN["responses"][naam] for p in re.findall(r"\{(\w+)\}", v.get("text", ""))}


@pytest.mark.parametrize("nieuw, ouder", sorted(TERUGVAL.items()))
def test_terugval_fills_its_placeholders(nieuw, ouder):
    assert nieuw in DOMAIN["responses"] and ouder in DOMAIN["responses"]
    feiten = set(knowledge.feiten(DAG)) | {"gemeente_naam", "gemeente_telefoon", "gemeente_website"}
    assert _plaatsen(ouder) - _plaatsen(nieuw) - feiten <= WAARDEN


@pytest.mark.parametrize("nieuw", ["utter_aow_aio_familie_later", "utter_buitenland_gestopt_opnieuw",
                                   "utter_kostendelersnorm_naar_instelling", "utter_bijstandsnorm_kostendeler_ouders",
                                   "utter_bijstandsnorm_stel_kostendeler_ouders"])
def test_session_19_texts_have_a_terugval(nieuw):
    assert nieuw in TERUGVAL


def test_terugval_is_followed_on():
    # the instelling's amount falls back on the instelling's text, and on a model without that on the general one
    antwoord = Antwoord("utter_kostendelersnorm_naar_instelling_bedrag", {"norm_eigen": "€ 1.419,46", "leeftijd": "60"})
    assert in_domein(antwoord, zonder("utter_kostendelersnorm_naar_instelling_bedrag")).response == \
        "utter_kostendelersnorm_naar_instelling"
    assert in_domein(antwoord, zonder("utter_kostendelersnorm_naar_instelling_bedrag",
                                      "utter_kostendelersnorm_naar_instelling")).response == "utter_kostendelersnorm"
    assert in_domein(antwoord, DOMAIN) is antwoord


# --- noodsituatie: words of need (no food) in a question of another topic: the help for today first, then the question
# (s20b: "moet ik als 21-jarige echt 4 weken wachten, ik heb geen eten meer in huis over een week" got only the crisis
# help, the 4 weeks never said)

@pytest.mark.parametrize("intent, text, vraag", [
    ("jongeren", "moet ik als 21-jarige echt 4 weken wachten, ik heb geen eten meer in huis over een week", "4 weken"),
    ("aanvraag", "ik heb geen eten meer, hoe lang duurt het voordat mijn aanvraag klaar is", "voorschot"),
    ("bijzondere_bijstand", "mijn koelkast is kapot en ik heb niks meer te eten, kan ik bijzondere bijstand krijgen",
     "bijzondere bijstand aanvragen"),
    ("schulden", "mijn moeder heeft schulden en niks meer te eten, waar kan ze hulp krijgen", "schuldhulp"),
])
def test_need_and_a_question_gets_the_help_first_then_the_answer(intent, text, vraag):
    berichten = antwoord(intent, text, PEILDATUM)
    assert berichten[0]["response"] == "utter_noodsituatie"
    assert not berichten[-1]["response"].startswith("utter_noodsituatie")  # the topic's answer comes last
    assert vraag in tekst_op(berichten[-1], DAG)


@pytest.mark.parametrize("intent, text", [
    ("noodsituatie", "ik heb vandaag geen eten"),
    ("jongeren", "mijn zoon van 19 heeft honger en mijn man slaat ons, moet hij 4 weken wachten"),  # violence: 112 first
])
def test_the_crisis_itself_or_violence_gets_only_the_crisis_help(intent, text):
    assert not any(r.startswith(("utter_jongeren", "utter_aanvraag")) for r in OP.responses(intent, text))


def test_a_stopped_benefit_in_need_is_answered_once():
    berichten = OP.responses("stopgezet", "mijn uitkering is stopgezet en we hebben vandaag geen eten")
    assert berichten.count("utter_stopgezet") == 1 and berichten[0] == "utter_noodsituatie"


# --- stopgezet: "geschorst", "stilgezet", "bevroren" are the benefit stopped too (s20b: "ze hebben mijn bijstand
# geschorst omdat mijn adres niet klopt in de brp" got the general stop answer, not the address)

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


# --- vergeet_mij: the question before erasing says the words of deleting ("verwijderd"), not only "weg" ---------------

@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
@pytest.mark.parametrize("response", ["utter_vergeet_mij_vraag", "utter_widget_wissen_vraag"])
def test_erasing_says_everything_is_deleted(response, variant):
    tekst = tekst_op({"response": response}, DAG, variant)
    assert "wissen" in tekst and "verwijderd" in tekst


# --- signaal_geven: a decision about the person called unfair, without a question mark, is answered first (bezwaar),
# then the signaal offered (H6's mechanism, Dutch side; s20b "ik heb een boete gekregen omdat ik iets te laat had
# doorgegeven. ik vind het oneerlijk"). A complaint about a rule that asks to pass it on stays the signaal.

def _als_signaal(text: str, tweede: str) -> tuple[list[str], list]:
    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.signalen import ActionSignaalGeven

    tracker = Tracker("t", {"variant": "nl-u"}, {
        "text": text, "metadata": {"peildatum": PEILDATUM}, "intent": {"name": "signaal_geven", "confidence": 0.9},
        "intent_ranking": [{"name": "signaal_geven", "confidence": 0.9}, {"name": tweede, "confidence": 0.06}]},
        [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = ActionSignaalGeven().run(dispatcher, tracker, DOMAIN)
    return [m.get("response") for m in dispatcher.messages], events


@pytest.mark.parametrize("text, tweede, eerst", [
    ("ik heb een boete gekregen omdat ik iets te laat had doorgegeven. ik vind het oneerlijk", "terugvordering",
     "utter_terugvordering"),
    ("ik ben een maand gekort omdat ik een afspraak miste, dat is niet terecht", "maatregel", "utter_maatregel"),
    ("mijn moeder moet 3000 terugbetalen, vind ik echt onrechtvaardig", "terugvordering", "utter_terugvordering"),
    ("mijn bijzondere bijstand is afgewezen, heel oneerlijk", "bijzondere_bijstand", "utter_bezwaar"),
])
def test_an_own_decision_called_unfair_is_answered_then_the_signaal_offered(text, tweede, eerst):
    berichten, events = _als_signaal(text, tweede)
    assert berichten == [eerst, "utter_signaal_aanbod"] and not events


@pytest.mark.parametrize("text", [
    "ik vind het oneerlijk dat ik minder krijg omdat mijn volwassen zoon thuis woont. dat wil ik kwijt bij de gemeente",
    "ik ben gekort en dat is oneerlijk, dat wil ik doorgeven aan de gemeente",
])
def test_a_complaint_to_pass_on_stays_the_signaal(text):
    berichten, _ = _als_signaal(text, "kostendelersnorm")
    assert berichten == ["utter_signaal_uitleg"]


# --- bijzondere_bijstand: one cost with its amount against the drempel of art. 35 lid 2 (knowledge/): at or under it
# perhaps not, above it perhaps (s20 "tandarts rekening 140 euro, krijg ik dat vergoed van de gemeente", s20b "mijn bril
# kost 90 euro krijg ik daar bijzondere bijstand voor"; the general text named the drempel only near its end)

@pytest.mark.parametrize("text, response, bedrag", [
    ("mijn bril kost 90 euro krijg ik daar bijzondere bijstand voor", "utter_bijzondere_bijstand_onder_drempel", "€ 90"),
    ("tandarts rekening 140 euro, krijg ik dat vergoed van de gemeente", "utter_bijzondere_bijstand_onder_drempel",
     "€ 140"),
    ("mijn moeder heeft een nieuwe bril nodig van 176 euro, kan zij bijzondere bijstand krijgen",
     "utter_bijzondere_bijstand_onder_drempel", "€ 176"),
    ("ik moet naar de tandarts voor 600 euro en mijn verzekering betaalt het niet",
     "utter_bijzondere_bijstand_boven_drempel", "€ 600"),
    ("een wasmachine kost €450, kan de gemeente helpen?", "utter_bijzondere_bijstand_boven_drempel", "€ 450"),
])
@pytest.mark.parametrize("op", [OP, JE], ids=["u", "je"])
def test_one_cost_is_held_against_the_drempel(op, text, response, bedrag):
    naam, tekst = op.eerste("bijzondere_bijstand", text)
    assert naam == response
    drempel = knowledge.waarde("bijzondere_bijstand.drempel", DAG)
    assert eerste_zin(tekst) == ("Misschien niet." if response.endswith("onder_drempel") else "Misschien wel.")
    assert bedrag in tekst and f"€ {drempel}" in tekst and "Participatiewet, artikel 35 lid 2" in tekst


@pytest.mark.parametrize("text", [
    "mijn koelkast is kapot en ik heb geen geld voor een nieuwe",  # no amount
    "ik betaal 50 euro per maand aan mijn bewindvoerder, wie betaalt dat",  # a cost per month
    "mijn zus gaf me 300 euro voor een bril, moet ik dat melden",  # a gift given
])
def test_no_single_cost_keeps_the_general_answer(text):
    assert OP.naam("bijzondere_bijstand", text) == "utter_bijzondere_bijstand"
