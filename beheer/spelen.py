"""Play dialogue scripts through the gateway API (the path the widget takes), with the channels' client.

`own_assistant` starts a Wegwijs of its own on free ports when no --url is given.
"""

from __future__ import annotations

import sys
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Callable

from kanalen.client import Gateway, GatewayError
from wegwijs.dialogen.controles import check_turn
from wegwijs.dialogen.script import Script, ScriptFout, load_script


SCRIPT_TIMEOUT_S = 90  # one reply of a script's turn; a calculator turn on a busy machine can take long


def play(script: Script, gateway: Gateway, default_gemeente: str = "voorbeeldstad") -> dict:
    """Play one script; returns its result as a dict (for both reports)."""
    peildatum = script.peildatum or date.today().isoformat()
    gemeente = script.gemeente or default_gemeente
    result = {
        "bestand": script.pad, "titel": script.titel, "persona": script.persona, "peildatum": peildatum,
        "geslaagd": True, "fout": None, "welkom": [], "beurten": [],
    }
    try:
        session_id, welcome = gateway.start(script.peildatum, script.gemeente)
        result["welkom"] = welcome
        for number, turn in enumerate(script.beurten, start=1):
            messages = gateway.say(session_id, turn.zegt)["messages"]
            checks = check_turn(turn, messages, peildatum, gemeente)
            ok = all(c.geslaagd for c in checks)
            result["beurten"].append(
                {"nummer": number, "regel": turn.regel, "zegt": turn.zegt, "antwoord": messages,
                 "geslaagd": ok, "controles": [c.as_dict() for c in checks]}
            )
            result["geslaagd"] = result["geslaagd"] and ok
        gateway.erase(session_id)
    except GatewayError as error:
        result["geslaagd"], result["fout"] = False, str(error)
    return result


def progress(done: int, total: int, title: str, stream=sys.stderr) -> None:
    width = 30
    filled = int(width * done / total) if total else width
    bar = "#" * filled + "." * (width - filled)
    line = f"[{bar}] {done}/{total} {title[:40]:<40}"
    if stream.isatty():  # one line that fills up
        stream.write("\r" + line + ("\n" if done == total else ""))
    else:  # a log (CI): one line per script
        stream.write(line.rstrip() + "\n")
    stream.flush()


def run_scripts(paths: list[Path], gateway: Gateway, on_progress: Callable | None = progress) -> dict:
    """Load and play every script; a script that cannot be read fails with its error."""
    results = []
    for index, path in enumerate(paths):
        try:
            script = load_script(path)
        except ScriptFout as error:
            results.append({"bestand": str(path), "titel": path.stem, "persona": "", "peildatum": None,
                            "geslaagd": False, "fout": str(error), "welkom": [], "beurten": []})
        else:
            if on_progress:
                on_progress(index, len(paths), script.titel)
            results.append(play(script, gateway))
    if on_progress:
        on_progress(len(paths), len(paths), "klaar")
    passed = sum(1 for r in results if r["geslaagd"])
    return {"datum": datetime.now().isoformat(timespec="seconds"), "totaal": len(results), "geslaagd": passed,
            "mislukt": len(results) - passed, "scripts": results}


# ---------------------------------------------------------------- own assistant


@contextmanager
def own_assistant(var_dir: Path, timeout_s: float = 300):
    """Start `wegwijs run` on free ports with its own var/ folder; yields (url, tester token)."""
    from wegwijs import instance
    from wegwijs.settings import NO_LIMITS
    from wegwijs.testers import Testers, open_db

    settings = instance.on_free_ports(var_dir, **NO_LIMITS)  # scripts type faster than people
    var_dir.mkdir(parents=True, exist_ok=True)
    db = open_db(settings.gateway_db)
    token = Testers(db).add("dialogen")
    db.conn.close()
    try:
        with instance.running(settings, timeout_s):
            yield settings.gateway_url, token
    except instance.StartError:
        raise GatewayError(detail=f"Wegwijs startte niet op tijd; kijk in {var_dir / 'logs'}") from None
