"""Art. 20 lid 3 in the bijstandsnorm form: under 21 the form asks whether the parents can help.

Legal review #12 (H3): the norm of an 18-20-year-old whose parents cannot help is raised by law,
not "soms". The form asks it only under 21; without an answer both outcomes are shown.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from actions.context import peildatum
import knowledge
from knowledge.geld import euro
from tests.rekenhulp.gesprek import Sessie

pytestmark = pytest.mark.stack

VANDAAG = peildatum()  # the run's one today (tests/conftest.py)


def text_of(messages: list[dict]) -> str:
    """Every bubble with what is behind its "Meer uitleg"."""
    return " ".join(part for m in messages for part in (m["text"], *(u["tekst"] for u in m.get("meer_uitleg", []))))


def buttons_of(messages: list[dict]) -> list[str]:
    return [b["title"] for m in messages for b in m.get("buttons") or []]


def geld(value) -> str:
    return euro(Decimal(str(value)))


def gesprek(stack, *turns: str) -> list[list[dict]]:
    sessie = Sessie(stack)
    return [sessie.say(turn) for turn in turns]


def norm(**invoer) -> dict:
    return knowledge.bereken("bijstandsnorm", {"peildatum": VANDAAG.isoformat(), "leefsituatie": "alleenstaande",
                                               **invoer})


def test_under_21_the_form_asks_about_the_parents_and_raises_the_norm(stack):
    replies = gesprek(stack, "/bereken_norm", "19", "alleen", "nee", "niemand", "ja")
    assert "Kunnen uw ouders u helpen met geld" in text_of(replies[2])
    assert {"Ja", "Nee", "Weet ik niet"} <= set(buttons_of(replies[2]))
    assert "Uw ouders kunnen u niet helpen met geld" in text_of(replies[4])
    expected = norm(leeftijd=19, ouders_kunnen_bijdragen=False)
    result = text_of(replies[-1])
    assert expected["norm"] > norm(leeftijd=19, ouders_kunnen_bijdragen=True)["norm"]
    assert f"Uw bijstand is waarschijnlijk {geld(expected['norm'])} per maand" in result
    assert "moet de gemeente uw norm verhogen" in result


def test_unknown_answer_shows_both_outcomes(stack):
    replies = gesprek(stack, "/bereken_norm", "20", "alleen", "weet ik niet", "niemand", "ja")
    expected = norm(leeftijd=20)
    result = text_of(replies[-1])
    assert geld(expected["norm"]) in result and geld(expected["norm_ouders_niet_bijdragen"]) in result
    assert "Kunnen uw ouders u niet helpen met geld? Dan is het waarschijnlijk" in result
    assert "Daarom ziet u twee bedragen" in result


def test_from_21_the_question_is_not_asked(stack):
    replies = gesprek(stack, "/bereken_norm", "21", "alleen")
    assert "ouders" not in text_of(replies[-1]).lower()
    assert "Wie wonen er" in text_of(replies[-1])


def test_je_gemeente_asks_it_with_je(stack):
    sessie = Sessie(stack, "voorbeelddorp")
    replies = [sessie.say(turn) for turn in ["/bereken_norm", "18", "alleen"]]
    assert "Kunnen je ouders je helpen met geld" in text_of(replies[-1])
