"""Session 21 (H4): Dutch answers on the other topics answer first. One '# --- <topic>: ...' section per fix."""

from __future__ import annotations

from datetime import date

import pytest

from actions import feiten_uit_bericht, parse
from wegwijs.responses import response_text
from tests.actions.eerste_antwoord import DOMAIN, GEMEENTE, OpPeildatum, geen_vraag, tekst_op

# the day the session-21 sets were written for (a Tuesday)
NL_8 = OpPeildatum("2026-12-08", GEMEENTE)
JE_8 = OpPeildatum("2026-12-08", GEMEENTE, "nl-je")
EN_8 = OpPeildatum("2026-12-08", GEMEENTE, "en")
DAG_8 = date(2026, 12, 8)


def eerste_zin(tekst: str) -> str:
    return tekst.split(". ")[0]


# --- erfenis: exactly the vermogensgrens is allowed, and is not "onder de grens van" itself -------------------------

@pytest.mark.parametrize("op, text, bedrag", [
    (NL_8, "ik heb 8000 euro geerfd, ik woon alleen. mag ik dat houden?", "€ 8.000"),
    (JE_8, "ik erf precies 8.000 euro van mijn oma en ik woon alleen, moet ik dat melden", "€ 8.000"),
    (NL_8, "ik ben alleenstaande moeder en krijg een erfenis van 16000 euro", "€ 16.000"),
    (NL_8, "mijn moeder woont alleen en heeft bijstand, ze erft € 8000 van haar zus. mag ze dat houden?", "€ 8.000"),
    (JE_8, "erfenis van 16.000, ik ben getrouwd, wat betekent dat", "€ 16.000"),
])
def test_an_inheritance_of_exactly_the_limit_may_be_kept(op, text, bedrag):
    naam, tekst = op.eerste("erfenis", text)
    assert naam == "utter_erfenis_op_grens"
    assert tekst.startswith("Ja, waarschijnlijk mag") and f"{bedrag} is precies de vermogensgrens" in tekst
    assert "onder de" not in tekst and "boven de grens" in tekst  # savings beside it go over


def test_an_inheritance_of_exactly_the_limit_in_english():
    naam, tekst = EN_8.eerste("erfenis", "i inherited 8000 euro, i live alone, can i keep it")
    assert naam == "utter_erfenis_op_grens" and tekst.startswith("Yes") and "exactly the limit" in tekst


@pytest.mark.parametrize("text, naam", [
    ("ik heb 7999 euro geerfd, ik woon alleen", "utter_erfenis_onder_grens"),
    ("ik heb 8001 euro geerfd, ik woon alleen", "utter_erfenis_boven_grens"),
])
def test_an_inheritance_beside_the_limit_keeps_its_answer(text, naam):
    assert NL_8.naam("erfenis", text) == naam


def test_exactly_the_limit_on_an_older_model_is_the_under_the_limit_answer():
    zonder = {"responses": {k: v for k, v in DOMAIN["responses"].items() if k != "utter_erfenis_op_grens"}}
    gevonden = feiten_uit_bericht.antwoord("erfenis", "ik heb 8000 euro geerfd, ik woon alleen", DAG_8, zonder)
    assert gevonden is not None and gevonden.response == "utter_erfenis_onder_grens"


# --- bezwaar: an age or a count beside the decision's date leaves the date one ---------------------------------------

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
    assert naam.startswith("utter_bezwaar_op_tijd") and eerste_zin(tekst).startswith("Ja") and einde in tekst


# --- stopgezet: a suspension with no reason said gets why (gegevens or papers missing) and what to do -------------------

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
    assert eerste_zin(tekst).startswith("Meestal mist de gemeente gegevens of papieren")
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


# --- bezwaar: a decision dated on its day is "van 3 november", not "van ongeveer 3 november" -------------------------

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


# --- informeren: a terse request to explain the bijstand or the Participatiewet is the general question --------------

@pytest.mark.parametrize("text, variant", [
    ("vertel me wat over de participatiewet", "nl-je"), ("uitleg bijstand", "nl-u"),
    ("info over de bijstand graag", "nl-je"), ("informatie bijstand", "nl-u"), ("wat is de participatiewet", "nl-u"),
    ("bijstand uitleg aub", "nl-je"), ("Kunt u mij iets vertellen over de bijstand?", "nl-u"),
])
def test_a_request_to_explain_the_bijstand_gets_what_it_is(text, variant):
    berichten = geen_vraag(text, variant)
    assert berichten[0]["response"] == "utter_informeren_bijstand"
    tekst = tekst_op(berichten[0], DAG_8, variant)
    assert tekst.startswith("De bijstand is geld van de gemeente") and "norm" in tekst


@pytest.mark.parametrize("text", ["vertel me over de bijzondere bijstand", "ik heb 3 kinderen", "600 euro"])
def test_other_statements_are_not_the_general_question(text):
    assert geen_vraag(text)[0]["response"] != "utter_informeren_bijstand"


# --- stoppen: one who stops may come back later ("ik ga stoppen, later verder" read as stoppen) -----------------------

@pytest.mark.parametrize("variant, woord", [("nl-u", "Wilt u later verder?"), ("nl-je", "Wil je later verder?"),
                                            ("en", "go on later")])
def test_the_stop_answer_says_one_can_go_on_later(variant, woord):
    assert woord in response_text("utter_stoppen", variant)


# --- studeren: a single parent of a young child who asks leave for an opleiding gets "often yes", not "Nee, dat hoeft niet"

@pytest.mark.parametrize("op, intent, text", [
    (JE_8, "participatieplicht", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?"),
    (JE_8, "studeren", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?"),
    (NL_8, "participatieplicht", "ik ben alleenstaande vader, mijn dochter is 3. kan ik een mbo-opleiding volgen met bijstand?"),
    (NL_8, "studeren", "mijn zus is alleenstaand met een baby van 8 maanden en wil een cursus doen, mag dat"),
    (JE_8, "studeren", "Ik ben een alleenstaande ouder (zoontje van 1), is een opleiding mogelijk naast de bijstand?"),
])
def test_a_single_parent_of_a_young_child_may_often_study(op, intent, text):
    naam, tekst = op.eerste(intent, text)
    assert naam == "utter_participatieplicht_jong_kind_opleiding"
    assert eerste_zin(tekst).startswith("Ja, dat kan vaak") and "toestemming" in tekst and "plan van aanpak" in tekst


def test_a_single_parent_of_a_young_child_asking_leave_in_english():
    naam, tekst = EN_8.eerste("participatieplicht", "single mum with a child of 2, can i do a course with bijstand?")
    assert naam == "utter_participatieplicht_jong_kind_opleiding" and tekst.startswith("Yes, often")


@pytest.mark.parametrize("text, naam", [
    ("alleenstaande moeder met kind van 2, moet ik werken?", "utter_participatieplicht_jong_kind"),
    ("alleenstaande moeder met kind van 3, moet ik echt naar een re-integratie cursus?",
     "utter_participatieplicht_jong_kind_scholing"),
])
def test_a_duty_asked_keeps_its_answer(text, naam):
    assert JE_8.naam("participatieplicht", text) == naam


def test_the_form_starts_with_the_leave_answer():
    naam, tekst = JE_8.form_eerste("plichten_form", "alleenstaande moeder met kind van 2, mag ik een opleiding doen?")
    assert naam == "utter_participatieplicht_jong_kind_opleiding" and tekst.startswith("Ja")


# --- kostendelersnorm: "moet ik melden dat mijn dochter bij mij komt wonen" read as kostendelersnorm says to report it --

@pytest.mark.parametrize("op, text", [
    (NL_8, "moet ik melden dat mijn dochter bij mij komt wonen"),
    (JE_8, "moet ik doorgeven dat mijn zoon van 25 weer bij me intrekt?"),
    (NL_8, "mijn dochter van 19 komt bij mij wonen, moet ik dat doorgeven?"),
    (NL_8, "mijn moeder gaat bij mij in wonen. moet de gemeente dat weten?"),
    (NL_8, "ik help mijn vader: mijn broer trekt bij hem in, moet hij dat opgeven bij de gemeente"),
    (JE_8, "moet ik het melden als mijn neef van 22 bij mij komt wonen"),
])
def test_someone_coming_to_live_and_whether_to_report_it(op, text):
    naam, tekst = op.eerste("kostendelersnorm", text)
    assert naam == "utter_kostendelersnorm_melden"
    assert eerste_zin(tekst).startswith("Ja, geef dat door aan de gemeente") and "kostendelersnorm" in tekst
    assert "27" in tekst and "samenwonen" in tekst


def test_someone_coming_to_live_in_english():
    naam, tekst = EN_8.eerste("kostendelersnorm", "my son is moving in with me, do i have to report that")
    assert naam == "utter_kostendelersnorm_melden" and tekst.startswith("Yes, tell the gemeente")


def test_a_partner_coming_to_live_is_living_together():
    assert JE_8.naam("kostendelersnorm", "mijn vriendin komt bij mij wonen, moet ik dat melden") == \
        "utter_samenwonen_partner_komt"


@pytest.mark.parametrize("text", ["mijn zoon van 30 woont bij mij, telt hij mee",
                                  "moet ik doorgeven dat mijn zoon van 30 bij mij is komen wonen",
                                  "mijn dochter van 19 woont bij mij, krijg ik minder?",
                                  "mijn zoon komt bij mij wonen, telt hij mee?"])
def test_whether_someone_counts_keeps_its_answer(text):
    assert NL_8.naam("kostendelersnorm", text) != "utter_kostendelersnorm_melden"


def test_reporting_a_housemate_on_an_older_model_is_the_general_answer():
    zonder = {"responses": {k: v for k, v in DOMAIN["responses"].items() if k != "utter_kostendelersnorm_melden"}}
    gevonden = feiten_uit_bericht.antwoord("kostendelersnorm", "moet ik melden dat mijn dochter bij mij komt wonen",
                                           DAG_8, zonder)
    assert gevonden is None or gevonden.response == "utter_kostendelersnorm"


# --- lening: the difference between a loan and a gift, read as another topic, is the loan's answer ------------------------

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
