"""Issue #15 with #20, session 17 (H6, the topics beside the calculators): English first replies that follow the Dutch
answer where the Dutch readers already had it, kinds of the misses in bench/antwoorden_afstemmen_en_s17.yml and the
older English tuning sets, in other words written here. The English reader (actions/engels.py) now gives the Dutch
readers: a payment stopped or on hold ("mijn uitkering stopgezet/opgeschort") and the papers asked ("bankafschriften",
"papieren"); the van or the movers of a move ("verhuiskosten"); a partner who moves in ("komt bij mij wonen"); what the
gemeente may keep back ("hoeveel mogen ze inhouden")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actions.eerste_antwoord import antwoord, tekst_op

PEILDATUM = "2026-12-07"
DAG = date(2026, 12, 7)


def eerste(intent: str, text: str, variant: str = "en") -> tuple[str, str]:
    bericht = antwoord(intent, text, PEILDATUM, variant)[0]
    return bericht.get("response"), tekst_op(bericht, DAG, variant)


@pytest.mark.parametrize("intent, text", [
    ("stopgezet", "the gemeente stopped my bijstand till i hand in my bank statements, can they do that"),
    ("stopgezet", "my benefit is on hold because my paperwork came in late"),
    ("stopgezet", "they have suspended my payments until I send the documents they asked for"),
    ("bezwaar", "my bijstand was put on hold, they want bank statements of 3 months, I dont agree"),
])
def test_a_payment_held_back_for_papers_says_hand_them_in(intent, text):
    naam, tekst = eerste(intent, text)
    assert naam == "utter_stopgezet_papieren"
    assert tekst.startswith("Send or bring the papers")  # "send" (a letter, an upload), as the English writers asked


def test_the_same_in_dutch_was_already_so():
    assert eerste("stopgezet", "de gemeente heeft mijn bijstand stopgezet tot ik mijn bankafschriften inlever",
                  "nl-u")[0] == "utter_stopgezet_papieren"


@pytest.mark.parametrize("intent", ["samenwonen", "informeren"])
def test_a_benefit_stopped_for_another_reason_is_the_objection_and_urgency(intent):
    naam, tekst = eerste(intent, "the gemeente stopped my benefit because they think my boyfriend lives with me")
    assert naam == "utter_stopgezet" and "(bezwaar)" in tekst


@pytest.mark.parametrize("text", [
    "who pays the van if we move to a flat in the same town",
    "can i get money to rent a truck for moving house",
    "do i have to pay the movers myself when i move",
])
def test_the_van_or_the_movers_of_a_move_are_moving_costs(text):
    naam, tekst = eerste("verhuizen", text)
    assert naam == "utter_verhuizen_kosten" and "(bijzondere bijstand)" in tekst


@pytest.mark.parametrize("text", [
    "my boyfriend wants to move in with me, we are both on bijstand, what changes",
    "my fiancee is moving in next month, what does that mean for my uitkering",
])
def test_a_partner_who_moves_in_gets_the_couples_norm(text):
    naam, tekst = eerste("samenwonen", text)
    assert naam == "utter_samenwonen_partner_komt" and "couple" in tekst


def test_a_friend_who_moves_in_is_no_partner_by_these_words():
    """"friend" is "vriend" in Dutch, which the samenwonen reader takes for a partner: not rewritten here."""
    naam, _ = eerste("samenwonen", "my friend wants to move in with me, he is 40, what happens")
    assert naam != "utter_samenwonen_partner_komt"


@pytest.mark.parametrize("text", [
    "i have to pay back 2000 and now the gemeente takes it from my benefit, how much may they deduct each month",
    "how much can the gemeente take off my bijstand for the terugvordering",
])
def test_what_the_gemeente_may_keep_back_is_offsetting_and_the_protected_part(text):
    naam, tekst = eerste("terugvordering", text)
    assert naam == "utter_terugvordering_verrekenen" and "beslagvrije voet" in tekst


# --- a refused request disputed, read as the topic of what was refused: the bezwaar ------------------------------------

@pytest.mark.parametrize("intent, text, variant", [
    ("bijzondere_bijstand", "the gemeente said no to my request for a new washing machine, i do not agree", "en"),
    ("bijzondere_bijstand", "my special assistance for the dentist was denied, what can I do", "en"),
    ("aanvraag", "they rejected my application for bijstand and I disagree", "en"),
    ("bijzondere_bijstand", "mijn aanvraag voor een nieuwe bril is afgewezen, ik ben het daar niet mee eens", "nl-u"),
    ("studeren", "de gemeente weigert mijn studie goed te keuren, dat is onterecht, wat kan ik doen", "nl-u"),
])
def test_a_refusal_the_person_disputes_is_answered_with_the_bezwaar(intent, text, variant):
    naam, tekst = eerste(intent, text, variant)
    assert naam == "utter_bezwaar" and "bezwaar" in tekst


@pytest.mark.parametrize("intent, text", [
    ("bijzondere_bijstand", "can i get money for a new washing machine"),
    ("bijzondere_bijstand", "what can i do, my fridge broke and i have no money"),
    ("aanvraag", "i disagree with nothing, how do i apply for bijstand"),
])
def test_without_a_refusal_the_topic_answers(intent, text):
    assert eerste(intent, text)[0] != "utter_bezwaar"
