"""Answer first, session 18 (issue #20), the non-money topics (H4).

- "kan de gemeente mijn schuld kwijtschelden" (no terugvordering named) got the general schuldhulp text: now which
  debts the gemeente can drop (its own: dringende redenen, Pw art. 58 lid 8; not a claim with a boete for a report not
  made on purpose, art. 60c; gemeentelijke belastingen on request) and schuldhulp for debts to others.
- An inheritance with the dead person's debts, without "aannemen" said ("ik heb 15000 geërfd maar er zijn ook
  schulden, wat moet ik doen"), got the vermogen answer: now first choose, beneficiair aanvaarden or verwerpen.
- "uitkering geschorst omdat ik mijn bankafschriften te laat had" got the spoed text (bezwaar, voorlopige voorziening):
  a suspension for papers is handed in late papers (art. 54), and the text says "alsnog".
- Keyboard mash whose word is in an out-of-scope training line ("asdkjh") passed the language filter as Dutch."""

from __future__ import annotations

from datetime import date

import pytest

import knowledge
from tests.actions.eerste_antwoord import OpPeildatum

PEILDATUM = "2026-12-07"
DAG = date.fromisoformat(PEILDATUM)
FEITEN = knowledge.feiten(DAG)

OP = OpPeildatum(PEILDATUM)
responses, eerste_tekst = OP.responses, OP.eerste_tekst


# --- kwijtschelden: which debts the gemeente can drop -----------------------------------------------------------

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


# --- an inheritance with the dead person's debts: choose first ----------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("erfenis", "ik erf 12000 euro van mijn oom maar er zijn ook schulden, wat nu"),
    ("erfenis", "mijn tante heeft mij iets nagelaten, een erfenis met veel schulden. wat moet ik doen"),
    ("vermogen", "mijn vader is vorige maand overleden en hij had schulden bij de bank, wat moet ik doen"),
    ("schulden", "moet ik de schulden van mijn overleden moeder betalen"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_inheritance_with_debts_says_choose_first(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_erfenis_schulden"
    zin = eerste_tekst(intent, text, variant)
    assert "Kies eerst, en neem of betaal nog niets uit de erfenis." in zin.split("\n")[0]
    assert "beneficiair" in zin and "verwerpen" in zin


@pytest.mark.parametrize("text, response", [
    ("ik krijg een erfenis van 5000 euro, ik woon alleen, mag ik daarmee mijn schulden aflossen",
     "utter_erfenis_onder_grens"),
    ("ik heb 5000 euro geerfd, ik woon alleen, mag ik dat houden", "utter_erfenis_onder_grens"),
])
def test_own_debts_beside_an_inheritance_keep_the_vermogensgrens(text, response):
    assert responses("erfenis", text)[0] == response


# --- a suspension for papers: hand them in anyway ------------------------------------------------------------------

@pytest.mark.parametrize("intent", ["stopgezet", "informeren"])
@pytest.mark.parametrize("text", [
    "mijn bijstand is geschorst want ik heb mijn loonstroken niet ingeleverd",
    "schorsing van mijn uitkering omdat de papieren te laat waren, wat moet ik doen",
])
def test_a_suspension_for_papers_says_hand_them_in(intent, text):
    assert responses(intent, text)[0] == "utter_stopgezet_papieren"
    assert eerste_tekst(intent, text).startswith("Lever de gevraagde papieren alsnog in")


# --- a relative going into an instelling, the amount asked for them: the norm in an instelling ---------------------

@pytest.mark.parametrize("intent, text", [
    ("kostendelersnorm", "ik help mijn zus van 51, ze woont alleen en moet na een ongeluk een jaar naar een "
                         "verpleeghuis. hoeveel bijstand krijgt zij daar nog, en wat met haar huur"),
    ("bijstandsnorm", "mijn vader van 63 gaat voor lange tijd naar een zorginstelling, hoeveel houdt hij over"),
    ("informeren", "ik word voor 6 maanden opgenomen in een kliniek, hoeveel bijstand krijg ik dan"),
])
def test_a_stay_in_an_instelling_names_its_norm(intent, text):
    assert responses(intent, text)[0] == "utter_opname_inrichting"
    zin = eerste_tekst(intent, text)
    assert "zak- en kleedgeld" in zin and "artikel 23" in zin


def test_the_one_who_stays_home_keeps_the_kostendelersnorm():
    assert responses("kostendelersnorm", "mijn moeder van 70 woont bij mij en gaat naar een verpleeghuis, "
                                         "hoeveel krijg ik dan")[0] != "utter_opname_inrichting"


# --- kwijtschelding of gemeentelijke belastingen, whatever debt topic was read ---------------------------------------

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


def test_debts_left_behind_by_the_dead_are_the_inheritance_choice():
    assert responses("schulden", "mijn oom is gestorven en liet een hoop schulden achter, moet ik die betalen")[0] == \
        "utter_erfenis_schulden"


# --- an inheritance read as the gift calculator: the erfenis answer, no form ------------------------------------------

@pytest.mark.parametrize("text, response", [
    ("mijn oom liet me 20000 euro na, wat betekent dat voor mijn bijstand", "utter_erfenis"),
    ("ik heb 6000 euro geërfd van mijn opa, ik woon alleen, mag ik dat houden", "utter_erfenis_onder_grens"),
    ("mijn moeder is overleden, ik erf haar spaargeld maar ze had ook schulden", "utter_erfenis_schulden"),
])
def test_an_inheritance_at_the_gift_calculator_gets_the_erfenis_answer(text, response):
    slots, berichten, open_vragen = OP.start("giften_form", text)
    assert [b.get("response") for b in berichten][:1] == [response]


@pytest.mark.parametrize("text", [
    "mijn oma gaf me 500 euro uit haar erfenis, mag ik dat houden",
    "mijn moeder geeft me elke maand 100 euro voor boodschappen",
])
def test_a_gift_keeps_the_gift_calculator(text):
    slots, berichten, open_vragen = OP.start("giften_form", text)
    assert not any(str(b.get("response", "")).startswith("utter_erfenis") for b in berichten)
