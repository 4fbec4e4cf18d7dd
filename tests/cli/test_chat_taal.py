"""`wegwijs chat`: the terminal's own texts follow the session's language (issue #15).

Found after the English answers were in: a person who typed "English please" got English replies,
but the terminal kept its Dutch prompt "U:", "Meer uitleg: typ m" and its Dutch error lines.
"""

from __future__ import annotations

import pytest

from kanalen.chat import Taal, chat, show
from tests.cli.test_chat import joined
from wegwijs.responses import response_text

UITLEG = {"text": "You can still get EUR 1,100 in gifts this year.", "buttons": [],
          "meer_uitleg": [{"kop": "Why?", "tekst": "Gifts up to the limit do not count."}]}


def run_chat_with_prompts(url: str, inputs: list[str], **options) -> tuple[list[str], list[str]]:
    """The lines written and the prompts shown before each input."""
    lines: list[str] = []
    prompts: list[str] = []
    answers = iter(inputs)

    def read(prompt: str) -> str:
        prompts.append(prompt)
        try:
            return next(answers)
        except StopIteration:
            raise EOFError from None

    assert chat(url, read=read, write=lines.append, **options) == 0
    return lines, prompts


def test_a_reply_that_switches_the_language_switches_the_terminals_texts():
    taal = Taal("voorbeeldstad")
    assert taal.text("utter_terminal_ik") == "U"
    taal.follow({"messages": [], "taal": "en"})
    assert taal.text("utter_terminal_ik") == "You"
    taal.follow({"messages": []})  # a reply that does not switch keeps the language
    assert taal.text("utter_terminal_meer_uitleg") == response_text("utter_terminal_meer_uitleg", "en")
    taal.follow({"messages": [], "taal": "nl"})
    assert taal.text("utter_terminal_ik") == "U"


def test_the_more_hint_is_the_one_given():
    lines: list[str] = []
    show([UITLEG], lines.append, {}, response_text("utter_terminal_meer_uitleg", "en"))
    assert lines[-1].strip() == "More about this: type m"


def test_no_gateway_in_english_when_english_was_asked_for():
    lines: list[str] = []
    assert chat("http://127.0.0.1:9", read=lambda p: "stop", write=lines.append, taal="en") == 1
    assert "cannot be reached" in " ".join(lines) and "make run" in " ".join(lines)


@pytest.mark.stack
def test_english_please_turns_the_terminals_own_texts_english(stack):
    lines, prompts = run_chat_with_prompts(stack.url, [
        "English please", "my mother pays 50 euros of groceries every month", "groceries", "since January",
        "yes", "m"])
    assert prompts[0] == "U: " and prompts[1:] == ["You: "] * (len(prompts) - 1), prompts
    text = joined(lines)
    assert "More about this: type m" in text and "Meer uitleg" not in text
    after_m = joined(lines[max(i for i, line in enumerate(lines) if "More about this: type m" in line) + 1:])
    assert "Why?" in after_m or "Why" in after_m, after_m


@pytest.mark.stack
def test_taal_en_starts_the_terminal_in_english(stack):
    lines, prompts = run_chat_with_prompts(stack.url, ["Nederlands graag", "stop"], taal="en")
    assert "Hello, I am Wegwijs" in joined(lines[:3])
    assert prompts == ["You: ", "U: "], prompts
