"""Crisis first: violence at home gets 112 and Veilig Thuis, an empty fridge is no food today, whatever topic the model
read; words near the crisis words are no crisis. Dutch."""

from __future__ import annotations

import pytest

import knowledge
from actions import crisis
from actions.crisis import in_crisis, in_gevaar
from tests.actions.eerste_antwoord import (DAG, DAG_6, EN_6, FEITEN_6, OP, OP_6, PEILDATUM, PEILDATUM_6, antwoord,
                                           tekst_6, tekst_op)


# --- s8: crisis first: violence at home, an empty fridge --------------------------------------------------------------

@pytest.mark.parametrize("intent, text", [
    ("logeren", "mijn buurvrouw is door haar man geslagen en zit nu bij mij"),
    ("samenwonen", "mijn vriend slaat me als hij gedronken heeft, kan ik met bijstand alleen wonen"),
    ("informeren", "ik ben bang voor mijn ex hij bedreigt me elke dag"),
])
def test_violence_at_home_gets_112_and_veilig_thuis_first_whatever_the_topic(intent, text):
    berichten = antwoord(intent, text, PEILDATUM_6)
    assert berichten[0]["response"] == "utter_noodsituatie_geweld"
    eerste = tekst_6(berichten[0])
    assert FEITEN_6["telefoon_112"] in eerste and FEITEN_6["telefoon_veilig_thuis"] in eerste
    assert "utter_noodsituatie" in [b["response"] for b in berichten]  # then money, food and a place to sleep


def test_veilig_thuis_is_a_dated_sourced_parameter_and_its_call_link_is_offered():
    berichten = antwoord("logeren", "haar man heeft haar net geslagen", PEILDATUM_6)
    urls = [link["url"] for link in berichten[0]["custom"]["wegwijs_bericht"]["links"]]
    assert f"tel:{FEITEN_6['telefoon_veilig_thuis'].replace('-', '')}" in urls
    assert knowledge.waarde("telefoon.veilig_thuis", DAG_6) == FEITEN_6["telefoon_veilig_thuis"]


@pytest.mark.parametrize("intent, text", [
    ("bijzondere_bijstand", "de koelkast is leeg en ik heb niks meer, wat nu"),
    ("bijstandsnorm", "lege koelkast en pas over een week geld"),
])
def test_an_empty_fridge_is_no_food_today_the_crisis_answer(intent, text):
    assert OP_6.responses(intent, text)[0] == "utter_noodsituatie"


@pytest.mark.parametrize("text", ["ik heb 0 euro spaargeld", "mijn zoon speelt een spel met geweldige graphics",
                                  "ik heb de bank gebeld over mijn rekening"])
def test_words_near_the_crisis_words_are_not_a_crisis(text):
    assert not crisis.in_crisis(text)


# --- s10 (English): English facts the Dutch readers missed ------------------------------------------------------------

@pytest.mark.parametrize("english", ["my partner beats me, I am afraid at home",
                                     "there is violence at home and I need money for food",
                                     "my ex hits me and he stopped giving money, I have nothing"])
def test_violence_at_home_in_english_gets_112_and_veilig_thuis_first(english):
    for intent in ("noodsituatie", "stopgezet"):
        assert EN_6.naam(intent, english) == "utter_noodsituatie_geweld"


@pytest.mark.parametrize("english", ["my parents kicked me out", "the sociale recherche looks for abuse of benefits",
                                     "I hit the limit of gifts this year"])
def test_words_near_violence_are_no_violence(english):
    from actions.crisis import in_geweld
    assert not in_geweld(english)


# --- s11 (English): an eviction today ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["the bailiff comes tomorrow to put us out of our flat",
                                  "they will evict me this week and I have nowhere to go",
                                  "deurwaarder is coming tonight, eviction is today"])
def test_an_eviction_now_is_an_acute_need(text):
    assert in_crisis(text) and not in_gevaar(text)


@pytest.mark.parametrize("text", ["the bailiff sent me a letter about my debts", "can they evict a tenant with bijstand",
                                  "my bailiff comes next month to talk about a payment plan"])
def test_a_bailiff_without_an_eviction_now_is_no_crisis(text):
    assert not in_crisis(text)


# --- s8 (English): English facts the Dutch readers missed -------------------------------------------------------------

@pytest.mark.parametrize("english", ["no money and no food today for me and my 2 kids, what can I do now",
                                     "the fridge is empty and I get paid next week, my son is 4"])
def test_no_food_now_is_a_crisis_whatever_form_the_model_chose(english):
    """'no money and no food today ... my kids' was read as the duties form (bereken_plichten): the crisis answer
    first, as for the same words in Dutch ('de koelkast is leeg')."""
    assert EN_6.begin_namen("plichten_form", english)[:1] == ["utter_noodsituatie"]


# --- s20: words of need (no food) in a question of another topic: the help for today first, then the question ---------

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


# --- s6: no food today, read as a calculator --------------------------------------------------------------------------

def test_no_food_today_read_as_a_calculator_gets_the_crisis_answer_and_no_form():
    slots, said, _ = OP_6.start("verblijf_buitenland_form", "ik heb 3 kinderen en vandaag geen eten en geen geld, de "
                                                            "uitkering komt pas over 9 dagen")
    assert said[0]["response"].startswith("utter_noodsituatie") and slots["rekenhulp_klaar"] is True
