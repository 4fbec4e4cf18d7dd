"""Through the gateway (issue #20, parts 2 and 3): a fact said anywhere in the conversation is
never asked again, a correction changes only what it corrects, a question about another topic
inside a form is answered, and when Wegwijs is not sure what was meant it says so.

The examples of the issue, and similar ones. Each conversation clicks the buttons a person
would (tests/rekenhulp/gesprek.py)."""

from __future__ import annotations


import pytest

from actions.context import peildatum
import knowledge
from tests.rekenhulp.gesprek import Sessie

pytestmark = pytest.mark.stack

VANDAAG = peildatum()  # the run's one today (tests/conftest.py)
# The questions of the forms (bot/domain/rekenhulp*.yml), as a person reads them.
LEEFTIJD = "Hoe oud bent u?"
WONEN = "Hoe woont u?"
KIND = "jongste kind"
BEGONNEN = "begonnen"
WIE_WOONT = "Wie wonen er nog meer"


def text_of(messages: list[dict]) -> str:
    return " ".join(m["text"] for m in messages)


def gesprek(stack, *turns: str) -> list[str]:
    sessie = Sessie(stack)
    return [text_of(sessie.say(turn)) for turn in turns]


def test_a_single_father_is_not_asked_again_how_he_lives_or_how_old_his_child_is(stack):
    replies = gesprek(stack, "Ik ben alleenstaande vader van een kind van 2, moet ik werken?", "/bereken_plichten")
    assert replies[0].startswith("Nee") and "ontheffing" in replies[0], replies[0]
    assert LEEFTIJD in replies[1]
    sessie_rest = replies[1:]
    assert not any(WONEN in r or KIND in r for r in sessie_rest), sessie_rest


@pytest.mark.parametrize("eerste", [
    "ik ben alleenstaande moeder van een kind van 3, moet ik solliciteren",
    "ik woon alleen met mijn dochter van 4, moet ik werken",
])
def test_similar_parents_are_asked_only_their_age(stack, eerste):
    replies = gesprek(stack, eerste, "/bereken_plichten", "30")
    assert LEEFTIJD in replies[1]
    assert not any(WONEN in r or KIND in r for r in replies[1:]), replies


def test_work_with_its_start_is_never_asked_when_it_started(stack):
    replies = gesprek(stack, "Ik werk sinds 1 oktober en verdien 900 euro per maand", "34", "alleen")
    assert not any(BEGONNEN in r for r in replies), replies
    assert "Klopt dat" in replies[-1] and "1 oktober" in replies[-1] and "€ 900" in replies[-1]


def test_age_and_household_said_before_are_not_asked_by_the_norm_form(stack):
    replies = gesprek(stack, "ik ben 40 en woon alleen", "hoeveel bijstand krijg ik", "/bereken_norm")
    assert not any(LEEFTIJD in r or WONEN in r for r in replies), replies
    assert WIE_WOONT in replies[-1]


def test_a_housemate_said_before_is_not_asked_again(stack):
    replies = gesprek(stack, "ik ben 40 en mijn zoon van 28 woont bij mij, krijg ik minder?", "/bereken_norm")
    assert "€" in replies[0]  # the norm with a kostendeler, computed
    assert not any(WIE_WOONT in r or LEEFTIJD in r for r in replies[1:]), replies


def test_correcting_the_amount_of_a_monthly_gift_keeps_it_monthly(stack):
    replies = gesprek(stack, "mijn moeder geeft me elke maand 50 euro", "sinds januari", "nee, 60 euro")
    assert "€ 50 per maand" in replies[1]
    assert "€ 60 per maand" in replies[2] and "1 januari" in replies[2], replies[2]


def test_correcting_the_start_keeps_the_amount(stack):
    replies = gesprek(stack, "mijn moeder geeft me elke maand 50 euro", "sinds januari", "nee, sinds maart")
    assert "€ 50 per maand" in replies[2] and "maart" in replies[2], replies[2]


def test_a_question_about_another_topic_inside_a_form_is_answered_not_taken_as_an_answer(stack):
    weken = knowledge.waarde("buitenland.weken_per_jaar", VANDAAG)
    replies = gesprek(stack, "/bereken_bijverdienen", f"ik wil {weken + 1} weken naar marokko, mag dat?", "45")
    assert LEEFTIJD in replies[0]
    assert "te lang" in replies[1] and LEEFTIJD in replies[1], replies[1]
    assert WONEN in replies[2]  # 45 is the age; the trip's weeks never were


def test_an_amount_to_pay_back_is_no_gift_and_no_year(stack):
    replies = gesprek(stack, "ik heb een brief dat ik 2000 euro moet terugbetalen")
    assert "2000" not in replies[0] and "Wanneer kreeg" not in replies[0], replies[0]


@pytest.mark.parametrize("vaag", ["mag dat of niet", "ze zeggen dat het niet mag", "klopt het bedrag"])
def test_not_sure_what_was_meant_says_so_and_offers_a_person(stack, vaag):
    sessie = Sessie(stack)
    reply = sessie.say(vaag)
    assert "niet zeker" in text_of(reply), text_of(reply)
    assert "/mens_spreken" in {b["payload"] for m in reply for b in m.get("buttons") or []}


def test_a_plain_no_with_nothing_asked_is_just_fine(stack):
    assert "Dat is goed" in text_of(Sessie(stack).say("nee hoor"))


def _norm(**invoer) -> str:
    from decimal import Decimal

    from knowledge.geld import euro
    uit = knowledge.bereken("bijstandsnorm", {"peildatum": VANDAAG.isoformat(), "medebewoners": [], **invoer})
    return euro(Decimal(str(uit["norm"])))


@pytest.mark.parametrize("opnieuw, invoer", [
    ("ik ben 25 en mijn vrouw is 20, geen kinderen, geen inkomen. wat is onze bijstand",
     {"leeftijd": 25, "leefsituatie": "gehuwden", "partner_leeftijd": 20}),
    ("nee wacht ik ben 40 en woon alleen zonder kinderen, hoeveel bijstand krijg ik dan",
     {"leeftijd": 40, "leefsituatie": "alleenstaande"}),
])
def test_the_norm_asked_again_for_another_situation_mid_form_answers_that_situation(stack, opnieuw, invoer):
    """A form that still waits for an answer gets the same calculation asked again with another age: the
    message is a new situation, not an answer to the form's question, and the old ages are dropped (b4747fa)."""
    replies = gesprek(stack, "mijn man en ik zijn allebei 19 en we hebben een baby. hoeveel bijstand krijgen wij",
                      opnieuw)
    oud = _norm(leeftijd=19, leefsituatie="gehuwden", partner_leeftijd=19,
                medebewoners=[{"leeftijd": 0, "relatie": "kind"}])
    assert oud in replies[0], replies[0]
    assert _norm(**invoer) in replies[1], replies[1]
    assert oud not in replies[1] and LEEFTIJD not in replies[1], replies[1]
