"""`wegwijs chat`: a real conversation through the running gateway."""

from __future__ import annotations

import pytest

from kanalen.chat import chat

pytestmark = pytest.mark.stack


def run_chat(url: str, inputs: list[str]) -> list[str]:
    lines: list[str] = []
    answers = iter(inputs)

    def read(prompt: str) -> str:
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    assert chat(url, read=read, write=lines.append) == 0
    return lines


def joined(lines: list[str]) -> str:
    """All output as one line: the chat wraps long answers at 78 characters."""
    return " ".join(" ".join(lines).split())


def test_buttons_are_numbered_and_a_number_chooses_one(stack):
    lines = run_chat(stack.url, ["5"])
    assert "   5. Praat met een mens" in lines
    after_choice = joined(lines[lines.index("   5. Praat met een mens") + 1 :])
    assert "Juridisch Loket" in after_choice


def test_a_typed_question_gets_an_answer_and_stop_ends(stack):
    lines = run_chat(stack.url, ["mag ik wat bijverdienen", "stop"])
    assert "vrijlating" in joined(lines)


def test_erasing_in_the_chat_ends_the_conversation(stack):
    lines = run_chat(stack.url, ["wis mijn gesprek", "1", "dit wordt niet meer gelezen"])
    assert "gewist" in joined(lines)


def test_no_gateway_gives_a_clear_message():
    lines: list[str] = []
    assert chat("http://127.0.0.1:9", read=lambda p: "stop", write=lines.append) == 1
    assert "make run" in " ".join(lines)
