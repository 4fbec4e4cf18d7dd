"""Playing one script, the same way for every player: the terminal runner and the review page.

A player (`Speler`) opens a test session, says a text and erases the session;
beheer/spelen.py plays through the gateway's HTTP API, gateway/testbank.py
inside the gateway itself. Both get the same result dict, which the reports
(rapport.py) and the pass/fail history read.

A turn with several phrasings (`zegt:` with a list) is played once per
phrasing: the conversation goes on with the first one; each other phrasing is
played in a conversation of its own that repeats the turns before it, and
gets the same checks.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from wegwijs.dialogen.controles import check_turn
from wegwijs.dialogen.script import DEFAULT_GEMEENTE, Beurt, Script


class Speler(Protocol):
    async def start(self, peildatum: str | None, gemeente: str | None, **taal: str) -> tuple[str, list[dict]]: ...

    async def say(self, session_id: str, text: str) -> dict: ...

    async def erase(self, session_id: str) -> None: ...


def empty_result(pad: str, titel: str, persona: str = "", peildatum: str | None = None, fout: str | None = None) -> dict:
    return {"bestand": pad, "titel": titel, "persona": persona, "peildatum": peildatum,
            "geslaagd": fout is None, "fout": fout, "welkom": [], "beurten": []}


def turn_result(number: int, turn: Beurt, said: str, messages: list[dict], peildatum: str, gemeente: str,
                taal: str | None = None) -> dict:
    checks = check_turn(turn, messages, peildatum, gemeente, taal)
    return {"nummer": number, "regel": turn.regel, "zegt": said, "andere_zin": said != turn.zegt,
            "antwoord": messages, "geslaagd": all(c.geslaagd for c in checks), "controles": [c.as_dict() for c in checks]}


def sessie_taal(script: Script) -> dict[str, str]:
    """`taal=` for the player when the script names the session's language (issue #15); a Dutch
    script's session starts as before, so a player without languages still plays it."""
    return {"taal": script.taal} if script.taal else {}


async def speel(script: Script, speler: Speler, fouten: tuple[type[Exception], ...],
                default_gemeente: str = DEFAULT_GEMEENTE) -> dict:
    """Play one script; an error of the player (one of `fouten`) fails the script with its message."""
    peildatum = script.peildatum or date.today().isoformat()
    gemeente = script.gemeente or default_gemeente
    result = empty_result(script.pad, script.titel, script.persona, peildatum)
    try:
        session_id, result["welkom"] = await speler.start(script.peildatum, script.gemeente, **sessie_taal(script))
        for number, turn in enumerate(script.beurten, start=1):
            messages = (await speler.say(session_id, turn.zegt))["messages"]
            result["beurten"].append(turn_result(number, turn, turn.zegt, messages, peildatum, gemeente, script.taal))
        await speler.erase(session_id)
        for number, turn in enumerate(script.beurten, start=1):
            for zin in turn.andere_zinnen:
                result["beurten"].append(await _other_phrasing(script, speler, number, zin, peildatum, gemeente))
    except fouten as error:
        result["fout"] = str(error)
    result["beurten"].sort(key=lambda t: (t["nummer"], t["andere_zin"]))
    result["geslaagd"] = result["fout"] is None and all(t["geslaagd"] for t in result["beurten"])
    return result


async def _other_phrasing(script: Script, speler: Speler, number: int, zin: str, peildatum: str, gemeente: str) -> dict:
    """The turns before `number` with their first phrasing, then `zin`, checked as that turn."""
    session_id, _ = await speler.start(script.peildatum, script.gemeente, **sessie_taal(script))
    for earlier in script.beurten[: number - 1]:
        await speler.say(session_id, earlier.zegt)
    turn = script.beurten[number - 1]
    messages = (await speler.say(session_id, zin))["messages"]
    await speler.erase(session_id)
    return turn_result(number, turn, zin, messages, peildatum, gemeente, script.taal)


def summary(results: list[dict], datum: str, **extra) -> dict:
    """The report of a run: its results, how many passed, and what it ran on (model, commit)."""
    passed = sum(1 for r in results if r["geslaagd"])
    return {"datum": datum, "totaal": len(results), "geslaagd": passed, "mislukt": len(results) - passed,
            **extra, "scripts": results}
