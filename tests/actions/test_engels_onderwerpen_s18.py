"""Issue #15 with #20, session 18 (H6, the topics beside the calculators): English first replies whose first sentence
answers, kinds of the misses in bench/antwoorden_afstemmen_en_s18.yml and the older English tuning sets, in other
words written here. A guest for a few weeks: 'Yes, ...' when asked whether someone may stay, 'No, mostly not' when
asked whether the bijstand goes down; a guest who comes from abroad is no trip of the person's; "what happen now"
after a report forgotten; a partner who moves in, read as a move; a stop for the address that is contested in a hurry
names the voorlopige voorziening."""

from __future__ import annotations

from datetime import date

import pytest

from actions.engels import naar_nederlands
from tests.actions.eerste_antwoord import OpPeildatum, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


# (response name, text) of the first message; English unless a variant is given
eerste = OpPeildatum(PEILDATUM, variant="en").eerste


# --- logeren: the first sentence answers -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "can my brother sleep at my place for two weeks when he visits",
    "is it allowed that my aunt stays a few weeks in summer",
])
def test_may_someone_stay_starts_with_yes(text):
    naam, tekst = eerste("logeren", text)
    assert naam == "utter_logeren"
    assert tekst.startswith("Yes, someone may stay with you for a few weeks (logeren)")


@pytest.mark.parametrize("text", [
    "a mate of 38 is between homes and sleeps on my sofa for about two weeks, will my benefit go down",
    "my nephew stays with us over the christmas holiday, does that affect my bijstand",
    "my friend sleeps on my couch for 10 days, do i get less money",
])
def test_will_my_bijstand_go_down_starts_with_no(text):
    naam, tekst = eerste("logeren", text)
    assert naam == "utter_logeren_niet_minder"
    assert tekst.startswith("No, mostly not. Someone who stays with you for a few weeks (logeren) mostly does not count")


def test_a_guest_of_months_keeps_the_general_answer():
    assert eerste("logeren", "my uncle stays with me for some months, will my bijstand go down")[0] == "utter_logeren"


def test_the_dutch_question_says_nee_first_too():
    naam, tekst = eerste("logeren", "mijn vriendin slaapt een week of drie bij mij op de bank, word ik gekort?", "nl-u")
    assert naam == "utter_logeren_niet_minder" and tekst.startswith("Nee, meestal niet.")


# --- a guest from abroad is no trip ----------------------------------------------------------------------------------

def test_from_abroad_is_where_a_guest_comes_from():
    assert "uit het buitenland" in naar_nederlands("my niece from abroad comes over for 3 weeks")


@pytest.mark.parametrize("text, variant", [
    ("my niece from abroad comes to stay with me for 3 weeks, is that ok", "en"),
    ("my uncle from overseas sleeps at my place 10 days in january, any problem?", "en"),
    ("mijn nicht uit het buitenland komt 3 weken bij mij logeren, mag dat", "nl-u"),
])
def test_a_guest_from_abroad_gets_the_logeren_answer_not_the_days_abroad(text, variant):
    naam, _ = eerste("logeren", text, variant)
    assert naam.startswith("utter_logeren")


def test_an_own_trip_with_a_partner_still_counts_the_days_abroad():
    assert eerste("samenwonen", "we live together and want to go abroad for 6 weeks, do our days count together")[0] \
        .startswith("utter_buitenland")


# --- a report forgotten: "what happen now" -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "i forgot to tell them about my cleaning job, what happen now",
    "didnt report my new job in time, what happen?",
])
def test_what_happen_after_a_report_forgotten_is_report_it_now(text):
    naam, tekst = eerste("maatregel", text)
    assert naam == "utter_inlichtingenplicht_vergeten"
    assert tekst.startswith("Report it to the gemeente as soon as you can")


# --- a partner who moves in, read as a move or a report --------------------------------------------------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("verhuizen", "my boyfriend will come to live with me in march, what do i need to do", "en"),
    ("inlichtingenplicht", "my girlfriend is moving in with me, what must i report", "en"),
    ("verhuizen", "mijn vriend komt in maart bij mij wonen, wat moet ik regelen", "nl-u"),
])
def test_a_partner_moving_in_is_living_together(intent, text, variant):
    assert eerste(intent, text, variant)[0] == "utter_samenwonen_partner_komt"


def test_moving_together_to_another_gemeente_keeps_the_move():
    naam, _ = eerste("verhuizen", "mijn vriend en ik gaan samenwonen in een nieuw huis in een andere gemeente", "nl-u")
    assert naam == "utter_verhuizen"


# --- a stop for the address, contested in a hurry ------------------------------------------------------------------

@pytest.mark.parametrize("variant, woorden", [
    ("en", "ask the court for a quick decision (voorlopige voorziening)"),
    ("nl-u", "Vraag de rechter dan om een voorlopige voorziening"),
    ("nl-je", "Vraag de rechter dan om een voorlopige voorziening"),
])
def test_a_stop_for_the_address_names_the_voorlopige_voorziening(variant, woorden):
    tekst = tekst_op({"response": "utter_stopgezet_adres"}, DAG, variant)
    assert woorden in tekst


def test_a_model_without_the_new_text_says_the_general_logeren_answer():
    """The session-start model's domain has no utter_logeren_niet_minder: its general answer instead of none."""
    from actions.feiten_uit_bericht import Antwoord, in_domein
    oud = {"responses": {"utter_logeren": []}}
    assert in_domein(Antwoord("utter_logeren_niet_minder", {}), oud).response == "utter_logeren"
