"""Savings and inheritances: the vermogensgrens beside an application, an inheritance not yet paid, accepting one with
debts (beneficiair or verwerpen). Dutch."""

from __future__ import annotations

from decimal import Decimal

import pytest

import knowledge
from actions import feiten_uit_bericht
from knowledge.geld import euro
from tests.actions.eerste_antwoord import (DAG, DAG_6, DAG_8, DOMAIN, EN, EN_6, EN_8, JE_8, NL_8, OP, OP_5, OP_6,
                                           PEILDATUM, PEILDATUM_6, antwoord, antwoord_namen, eerste_tekst,
                                           feit_antwoord_6, geld, parameter_6, responses, tekst_6, tekst_op)


# --- s14: the norm: raised when, bruto or netto, a single parent, housemates ------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
def test_no_savings_is_no_answer_about_the_limit():
    text = "mijn ww houdt volgende maand op en ik heb geen spaargeld, wanneer moet ik bijstand aanvragen"
    assert antwoord_namen("aanvraag", text, PEILDATUM)[0] == "utter_aanvraag"


# --- s14: applying with no savings: the application's answer, not "€ 0 mag je houden" ---------------------------------

@pytest.mark.parametrize("text", [
    "ik word volgende maand ontslagen en heb geen spaargeld, wanneer kan ik bijstand aanvragen",
    "mijn uitkering van het uwv loopt af, ik heb niks gespaard. hoe vraag ik bijstand aan",
])
def test_no_savings_named_beside_an_application_is_no_savings_answer(text):
    namen = responses("aanvraag", text)
    assert not any(n.startswith("utter_vermogen") for n in namen)
    assert "voorschot" in eerste_tekst("aanvraag", text)


def test_savings_with_an_amount_beside_an_application_keep_the_savings_answer():
    grens = int(knowledge.waarde("vermogen.grens_gezin", DAG))
    assert responses("aanvraag", f"we hebben {grens + 4000} euro spaargeld, kunnen we bijstand aanvragen")[0] \
        .startswith("utter_vermogen")


# --- s15: money from an inheritance that has not come yet is not the benefit that was not paid ------------------------

@pytest.mark.parametrize("text", [
    "de notaris belde dat ik 6000 euro erf van mijn tante. het geld is nog niet op mijn rekening gestort. ik woon alleen",
    "ik krijg een erfenis van 12.000, het geld is nog niet binnengekomen, ik woon alleen. wat nu",
])
def test_an_inheritance_not_yet_paid_out_is_the_inheritance(text):
    assert responses("erfenis", text)[0].startswith("utter_erfenis")


@pytest.mark.parametrize("text", [
    "mijn uitkering is deze maand niet op mijn rekening gestort",
    "het geld van de gemeente is nog niet binnengekomen en de huur moet betaald",
])
def test_the_benefit_not_paid_keeps_its_answer(text):
    assert responses("informeren", text)[0] == "utter_uitkering_niet_betaald"


# --- s15: accepting an inheritance with debts: beneficiair or verwerpen -----------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("erfenis", "mijn opa is overleden en had volgens mij veel rekeningen open staan, moet ik zijn erfenis accepteren?"),
    ("erfenis", "kan ik een erfenis weigeren"),
    ("schulden", "mijn moeder had schulden bij de bank, erf ik die? moet ik de erfenis aannemen"),
])
@pytest.mark.parametrize("variant", ["nl-u", "nl-je"])
def test_an_inheritance_need_not_be_accepted(intent, text, variant):
    assert responses(intent, text, variant)[0] == "utter_erfenis_schulden"
    zin = eerste_tekst(intent, text, variant)
    assert "beneficiair" in zin and "verwerpen" in zin and "notaris" in zin and "artikel 190" in zin
    assert zin.startswith(("U hoeft een erfenis niet", "Je hoeft een erfenis niet"))


def test_an_inheritance_with_an_amount_keeps_the_vermogensgrens():
    assert responses("erfenis", "ik heb 5000 euro geerfd, ik woon alleen, mag ik dat houden")[0] == \
        "utter_erfenis_onder_grens"


# --- s18: an inheritance with the dead person's debts: choose first ---------------------------------------------------

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


# --- s18: kwijtschelding of gemeentelijke belastingen, whatever debt topic was read -----------------------------------

def test_debts_left_behind_by_the_dead_are_the_inheritance_choice():
    assert responses("schulden", "mijn oom is gestorven en liet een hoop schulden achter, moet ik die betalen")[0] == \
        "utter_erfenis_schulden"


# --- s18: an inheritance read as the gift calculator: the erfenis answer, no form -------------------------------------

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


# --- s14 (English): living together, savings, an own home -------------------------------------------------------------

def test_savings_put_aside_from_the_benefit():
    assert EN.naam("vermogen", "I was able to save 6000 from my bijstand over 4 years, is that a problem?") == \
        "utter_vermogen_gespaard_van_bijstand"


def test_the_equity_of_an_own_home_is_not_savings():
    assert EN.naam("vermogen", "We own a flat with about 50000 equity. Does that count as savings?") == "utter_vermogen"


# --- s15 (English): English topic answers that answer first -----------------------------------------------------------

def test_savings_under_the_limit_do_not_lower_the_bijstand():
    assert "does not lower your bijstand" in " ".join(EN.eerste_tekst("vermogen", "I have 3000 saved, does that count?").split())


# --- s9 (English): work, money, letters -------------------------------------------------------------------------------

def test_savings_from_the_bijstand_itself():
    assert EN_6.naam("vermogen", "I saved 2000 from my bijstand money over the years, does this count as vermogen") \
        == "utter_vermogen_gespaard_van_bijstand"


# --- s11 (English): savings under the limit ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, variant", [
    ("I live alone with 7000 euro savings, must I use it all up first before I can apply", "en"),
    ("single, 5000 euro on my savings account. do i need to spend my savings before bijstand?", "en"),
    ("ik woon alleen en heb 4000 euro spaargeld, moet ik dat eerst opmaken?", "nl-je"),
])
def test_savings_under_the_limit_need_not_be_used_up_first(text, variant):
    assert EN_6.naam("vermogen", text, variant) == "utter_vermogen_niet_te_veel"


def test_savings_above_the_limit_still_get_the_answer_above_it():
    assert EN_6.naam("vermogen", "i live alone with 12000 euro savings, do i have to spend it first") == \
        "utter_vermogen_boven_grens"


# --- s5: other facts that decide the answer ---------------------------------------------------------------------------

def test_savings_from_the_bijstand_do_not_count():
    assert OP_5.naam("vermogen", "telt het geld dat ik spaar van mijn uitkering mee als vermogen") == \
        "utter_vermogen_gespaard_van_bijstand"


# --- s8: samenwonen: friends are no couple, a partner who moves in, savings -------------------------------------------

def test_savings_in_a_question_about_living_together_go_against_the_limit_of_a_couple():
    bericht = OP_6.bericht("samenwonen", "mijn man en ik hebben 12000 euro spaargeld, kunnen we bijstand krijgen")
    assert bericht["response"] == "utter_vermogen_onder_grens"
    assert euro(Decimal(str(parameter_6("vermogen.grens_gezin")))) in tekst_6(bericht)


# --- s9: savings and an inheritance against the vermogensgrens --------------------------------------------------------

def test_savings_above_the_limit_say_by_how_much():
    grens = Decimal(str(parameter_6("vermogen.grens_alleenstaande")))
    said = antwoord("vermogen", f"ik woon alleen en heb {grens + 700} euro spaargeld", PEILDATUM_6)
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(700)


def test_is_it_too_much_gets_no():
    grens = Decimal(str(parameter_6("vermogen.grens_gezin")))
    said = antwoord("vermogen", f"wij zijn getrouwd en hebben {grens - 3000} euro op de bank, is dat te veel", PEILDATUM_6)
    assert said[0]["response"] == "utter_vermogen_niet_te_veel"
    assert tekst_op(said[0], DAG_6).startswith("Nee")


def test_savings_read_as_the_norm_are_held_against_the_limit():
    grens = Decimal(str(parameter_6("vermogen.grens_gezin")))
    said = antwoord("bijstandsnorm", f"wij zijn 50 en 52 en getrouwd, we hebben {grens + 1000} spaargeld. "
                                     "krijgen we bijstand", PEILDATUM_6)
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(1000)


@pytest.mark.parametrize("text, response", [
    ("ik heb 2500 euro geerfd van mijn tante, ik woon alleen. mag ik dat houden", "utter_erfenis_onder_grens"),
    ("ik ben alleenstaande vader en erf 20.000 euro van mijn moeder", "utter_erfenis_boven_grens"),
])
def test_an_inheritance_against_the_households_limit(text, response):
    said = antwoord("erfenis", text, PEILDATUM_6)
    assert said[0]["response"] == response
    assert "melden" in tekst_op(said[0], DAG_6)


def test_an_inheritance_without_how_the_person_lives_gets_the_general_answer():
    assert antwoord("erfenis", "ik erf 9000 euro, wat nu", PEILDATUM_6)[0]["response"] == "utter_erfenis"


# --- s9: the norm: a young couple who live together, a child's own bijstand -------------------------------------------

def test_savings_in_the_norm_form_are_held_against_the_limit():
    grens = Decimal(str(parameter_6("vermogen.grens_gezin")))
    _, said, _ = OP_6.start("norm_form", f"wij zijn 45 en 47 en getrouwd en hebben {grens + 2000} spaargeld, "
                                         "hoeveel bijstand krijgen we")
    assert said[0]["response"] == "utter_vermogen_boven_grens" and said[0]["vermogen_boven"] == geld(2000)


# --- s10: savings asked as 'will my bijstand stop' --------------------------------------------------------------------

def test_savings_with_will_my_bijstand_stop_read_as_stopgezet_are_held_against_the_limit():
    grens = Decimal(str(parameter_6("vermogen.grens_alleenstaande")))
    gevonden = feit_antwoord_6("stopgezet", f"ik woon alleen en heb {int(grens) + 700} euro gespaard, stopt mijn bijstand nu")
    assert gevonden.response == "utter_vermogen_boven_grens" and gevonden.waarden["vermogen_boven"] == geld(700)


def test_a_bijstand_stopped_because_of_savings_keeps_the_stopgezet_answer():
    gevonden = feit_antwoord_6("stopgezet", "mijn bijstand is vorige week gestopt omdat ik 9000 euro spaargeld heb")
    assert gevonden is None or not gevonden.response.startswith("utter_vermogen")


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

def test_savings_put_aside_while_on_bijstand_do_not_count():
    berichten = [m.get("response") for m in antwoord(
        "vermogen", "I put aside 1500 euro while I was on bijstand, is that a problem", PEILDATUM_6, "en")]
    assert berichten[0] == "utter_vermogen_gespaard_van_bijstand"


# --- s20: saved during the years on bijstand --------------------------------------------------------------------------

@pytest.mark.usefixtures("voorbeelddorp")
@pytest.mark.parametrize("text", [
    "ik heb in de 2 jaar bijstand 2000 euro kunnen sparen, telt dat nu als vermogen",
    "sinds ik bijstand heb, heb ik 1500 euro gespaard. moet ik dat opmaken?",
    "Ik heb 3000 euro overgehouden in mijn jaren in de bijstand, telt dat mee?",
])
def test_savings_from_the_years_on_bijstand_do_not_count(text):
    naam, tekst = OP.eerste("vermogen", text)
    assert naam == "utter_vermogen_gespaard_van_bijstand"
    assert tekst.startswith("Nee")


@pytest.mark.usefixtures("voorbeelddorp")
def test_savings_beside_a_start_of_the_bijstand_are_held_against_the_limit():
    assert OP.naam("vermogen", "ik heb 5000 spaargeld, ik zit sinds maart in de bijstand") == "utter_vermogen_onder_grens"


# --- s6: saving from the bijstand is no word for spaargeld ------------------------------------------------------------

@pytest.mark.parametrize("text, verwacht", [
    ("hoeveel spaargeld mag je hebben in de bijstand", None),
    ("ik heb in de bijstand 3000 euro bij elkaar gespaard, telt dat als vermogen", "utter_vermogen_gespaard_van_bijstand"),
])
def test_saving_from_the_bijstand_is_a_verb_not_the_word_spaargeld(text, verwacht):
    gevonden = feiten_uit_bericht.vermogen(text, DAG_6, "vermogen")
    assert (gevonden.response if gevonden else None) == verwacht


# --- s21: savings built up on bijstand, and "telt dat mee" below the limit, answered 'nee' ----------------------------

# afstemmen_s21 'ik heb in de 2 jaar dat ik bijstand heb 3000 euro opgespaard, telt dat nu mee?' got 'Ja, EUR 3.000 mag je
# houden': savings from the bijstand do not count at all (art. 34 lid 2 c), and "telt dat mee" is not answered by 'Ja'.

@pytest.mark.parametrize("text", [
    "ik heb in de 2 jaar dat ik bijstand heb 3000 euro opgespaard, telt dat nu mee?",
    "in de tijd dat ik een uitkering kreeg heb ik 1500 gespaard, moet ik dat opmaken",
    "sinds ik in de bijstand zit heb ik 2000 euro opzij gezet, telt dat als vermogen",
])
def test_s21_gespaard_in_de_bijstand(text):
    naam, tekst = JE_8.eerste("vermogen", text)
    assert naam == "utter_vermogen_gespaard_van_bijstand" and tekst.startswith("Nee."), (naam, tekst)


@pytest.mark.parametrize("text, bedrag", [
    ("ik heb 3000 euro spaargeld, telt dat mee?", "€ 3.000"),
    ("ik heb 5000 op de bank, telt dat nu mee voor mijn bijstand?", "€ 5.000"),
    ("telt mijn spaargeld van 2500 mee?", "€ 2.500"),
])
def test_s21_telt_niet_mee_onder_grens(text, bedrag):
    naam, tekst = NL_8.eerste("vermogen", text)
    assert naam == "utter_vermogen_niet_te_veel" and tekst.startswith(f"Nee, {bedrag}"), (naam, tekst)


def test_s21_mag_ik_houden_blijft_ja():
    assert JE_8.eerste_tekst("vermogen", "ik heb 3000 euro spaargeld, mag ik dat houden?").startswith("Ja, € 3.000")


# --- s21: exactly the vermogensgrens is allowed, and is not "onder de grens van" itself -------------------------------

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
