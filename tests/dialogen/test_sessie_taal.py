"""A script names its session's language (`taal: en`, issue #15); the runner starts the session in it."""

from __future__ import annotations

import asyncio

import pytest

from wegwijs.dialogen.script import ScriptFout, parse_script
from wegwijs.dialogen.spelen import speel

ENGELS = """titel: Engels
persona: Iemand die Engels leest.
taal: en
beurten:
  - zegt: hello
"""


class Speler:
    """A player that remembers how each session was started."""

    def __init__(self):
        self.gestart: list[dict] = []

    async def start(self, peildatum, gemeente, **taal):
        self.gestart.append(taal)
        return "s1", [{"text": "Hello"}]

    async def say(self, session_id, text):
        return {"messages": [{"text": "Hello"}]}

    async def erase(self, session_id):
        pass


def test_a_script_in_english_starts_an_english_session():
    speler = Speler()
    result = asyncio.run(speel(parse_script(ENGELS), speler, (RuntimeError,)))
    assert result["geslaagd"] and speler.gestart == [{"taal": "en"}]


def test_a_script_without_a_language_starts_as_before():
    speler = Speler()
    asyncio.run(speel(parse_script(ENGELS.replace("taal: en\n", "")), speler, (RuntimeError,)))
    assert speler.gestart == [{}]


def test_an_unknown_language_is_a_dutch_error_on_its_line():
    with pytest.raises(ScriptFout) as fout:
        parse_script(ENGELS.replace("taal: en", "taal: fr"))
    assert "regel 3" in str(fout.value) and "en (Engels)" in str(fout.value)
