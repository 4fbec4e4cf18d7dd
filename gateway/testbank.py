"""The test bank on the review page: play the dialogue scripts inside the running gateway, keep their history.

A tester presses one button; the scripts of dialogen/ (or of one folder in it)
are played one by one in test sessions of her own, right here in the gateway
(no HTTP, so no rate limit can fail a script), with the same player as the
terminal runner (wegwijs/dialogen/spelen.py). Progress and the report are kept
in the table testbank_runs, so any gateway worker can show them; each script's
result goes into script_uitslagen with the model and commit it ran on.

One run at a time per gateway: the scripts share the CPU with real people.
The same player replays a marked conversation, for "the answer then and now".
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from gateway.core import (
    SETTINGS, STORE, ApiError, as_typed, ask_rasa, button_payloads_of, clean_text, erase_session, known_gemeente,
    start_session,
)
from gateway.testsessies import now_iso
from wegwijs.dialogen.script import ScriptFout, find_scripts, load_script
from wegwijs.dialogen.spelen import empty_result, speel, summary
from wegwijs.dialogen.versie import versie
from wegwijs.protocol import ERASED_KEY
from wegwijs.responses import response_text
from wegwijs.settings import ROOT

log = logging.getLogger(__name__)

SCRIPTS_DIR = web.AppKey("testbank_scripts", Path)
RUNNING = web.AppKey("testbank_running", dict)  # "task" -> the asyncio task of the run going on
GESCHIEDENIS = 10  # results per script shown on the page


class SpeelFout(Exception):
    """The gateway could not play a turn (Rasa away, a session gone); the text is Dutch."""


@dataclass
class _AppOnly:
    """What the core's session functions read of a request: only its app."""

    app: web.Application


class InGateway:
    """The player of wegwijs.dialogen.spelen, inside the gateway: test sessions of one tester."""

    def __init__(self, app: web.Application, tester: str):
        self.request, self.tester = _AppOnly(app), tester

    @property
    def store(self):
        return self.request.app[STORE]

    async def start(self, peildatum: str | None, gemeente: str | None, taal: str | None = None) -> tuple[str, list[dict]]:
        try:
            code = known_gemeente(gemeente or self.request.app[SETTINGS].gemeente)
        except ApiError as error:
            raise SpeelFout(response_text(error.response)) from None
        session_id, _, reply = await start_session(self.request, code, taal=taal, test=True, tester=self.tester,
                                                   peildatum=peildatum)
        return session_id, reply.messages

    async def say(self, session_id: str, text: str) -> dict:
        session = self.store.get(session_id)
        if session is None:
            raise SpeelFout("Het testgesprek is er niet meer: het is gewist.")
        try:
            reply = await ask_rasa(self.request, session, as_typed(clean_text(text), session))
        except ApiError as error:
            raise SpeelFout(response_text(error.response)) from None
        if reply.erase_requested:
            await erase_session(self.request, session_id, session)
            return {"messages": reply.messages, ERASED_KEY: True}
        self.store.touch(session_id, button_payloads_of(reply.messages))
        return {"messages": reply.messages}

    async def erase(self, session_id: str) -> None:
        session = self.store.get(session_id)
        if session is not None:
            await erase_session(self.request, session_id, session)


# ---------------------------------------------------------------- which scripts


def folders(root: Path) -> list[str]:
    """The folders under dialogen/ a tester may choose (the inbox holds drafts, not scripts)."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and p.name != "inbox" and find_scripts(p))


def scripts_in(root: Path, folder: str | None) -> list[Path]:
    if folder and folder not in folders(root):
        raise ApiError(404, "onbekende_map", "utter_review_fout_map")
    return find_scripts(root / folder) if folder else find_scripts(root)


def name_of(root: Path, path: Path) -> str:
    return path.relative_to(root).as_posix()


# ---------------------------------------------------------------- a run


def start_run(app: web.Application, tester: str, folder: str | None) -> str:
    """Begin a run in the background; 409 while another one is going."""
    task = app[RUNNING].get("task")
    if task is not None and not task.done():
        raise ApiError(409, "test_loopt_al", "utter_review_fout_test_loopt")
    root = app[SCRIPTS_DIR]
    paths = scripts_in(root, folder)
    run_id = secrets.token_hex(8)
    ran_on = versie(app[SETTINGS].models_dir)
    app[STORE].db["testbank_runs"].insert({
        "id": run_id, "tester": tester, "begin": now_iso(), "einde": None, "map": folder or "", "totaal": len(paths),
        "gedaan": 0, "huidig": "", "model": ran_on["model"], "commit": ran_on["commit"], "rapport": None,
    })
    app[RUNNING]["task"] = asyncio.create_task(_run(app, run_id, tester, paths, ran_on))
    return run_id


async def _run(app: web.Application, run_id: str, tester: str, paths: list[Path], ran_on: dict) -> None:
    db, root, player = app[STORE].db, app[SCRIPTS_DIR], InGateway(app, tester)
    results = []
    try:
        for done, path in enumerate(paths):
            db["testbank_runs"].update(run_id, {"gedaan": done, "huidig": name_of(root, path)})
            result = await _play_file(player, root, path)
            results.append(result)
            db["script_uitslagen"].insert({
                "run_id": run_id, "bestand": result["bestand"], "titel": result["titel"],
                "geslaagd": 1 if result["geslaagd"] else 0, "tijd": now_iso(), **ran_on,
            })
    except Exception:  # noqa: BLE001 - a run must end in the table, whatever happened
        log.exception("test bank run %s stopped", run_id)
    report = summary(results, now_iso(), **ran_on)
    db["testbank_runs"].update(run_id, {"gedaan": len(results), "huidig": "", "einde": now_iso(),
                                        "rapport": json.dumps(report, ensure_ascii=False)})


async def _play_file(player: InGateway, root: Path, path: Path) -> dict:
    name = name_of(root, path)
    try:
        script = load_script(path)
    except ScriptFout as error:
        return empty_result(name, path.stem, fout=f"regel {error.line}: {error.bericht}" if error.line else error.bericht)
    script.pad = name
    return await speel(script, player, (SpeelFout,))


def run_state(db, run_id: str) -> dict | None:
    rows = list(db["testbank_runs"].rows_where("id = ?", [run_id], limit=1))
    if not rows:
        return None
    row = rows[0]
    state = {k: row[k] for k in ("id", "tester", "begin", "einde", "map", "totaal", "gedaan", "huidig", "model", "commit")}
    state["klaar"] = row["einde"] is not None
    state["rapport"] = json.loads(row["rapport"]) if row["rapport"] else None
    return state


def history(db, root: Path) -> list[dict]:
    """Every script with its latest results (newest first), for the page's table."""
    scripts = []
    for path in find_scripts(root) if root.is_dir() else []:
        name = name_of(root, path)
        rows = db.execute(
            "SELECT run_id, tijd, geslaagd, model, \"commit\" FROM script_uitslagen WHERE bestand = ? "
            "ORDER BY id DESC LIMIT ?", [name, GESCHIEDENIS]).fetchall()
        scripts.append({"bestand": name, "uitslagen": [
            {"run_id": r[0], "tijd": r[1], "geslaagd": bool(r[2]), "model": r[3], "commit": r[4]} for r in rows]})
    return scripts


async def stop_runs(app: web.Application) -> None:
    task = app[RUNNING].get("task")
    if task is not None and not task.done():
        task.cancel()
        try:
            await task
        except asyncio.CancelledError:
            pass


def setup(app: web.Application, scripts_dir: Path | None = None) -> None:
    """The scripts are those of dialogen/ (WEGWIJS_DIALOGEN names another folder, e.g. for a test)."""
    app[SCRIPTS_DIR] = scripts_dir or Path(os.environ.get("WEGWIJS_DIALOGEN") or ROOT / "dialogen")
    app[RUNNING] = {}
    app.on_cleanup.append(stop_runs)


# ---------------------------------------------------------------- the answer then and now


async def answer_now(app: web.Application, tester: str, conversation: dict, beurt: int) -> list[dict]:
    """Replay a test conversation up to turn `beurt` in a new test session; that turn's answer of today."""
    player = InGateway(app, tester)
    session_id, messages = await player.start(conversation.get("peildatum"), conversation.get("gemeente"))
    try:
        for turn in conversation["beurten"][1 : beurt + 1]:
            messages = (await player.say(session_id, turn["tekst"]))["messages"]
    finally:
        await player.erase(session_id)
    return messages
