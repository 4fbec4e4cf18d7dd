"""Dialogue benchmark: turns to an answer per calculator, and action accuracy.

Starts its own Wegwijs (trained model, action server, gateway) on free ports,
plays one scripted conversation per calculator through the gateway API and
counts the user turns until the result arrives (goal: at most 6). A turn
written as ("knop", "Begin van de titel") clicks that button of the previous
reply (sends its payload), as a person would. Then runs Rasa's end-to-end
test stories and prints the share of turns answered with the right action.

    .venv/bin/python bench/dialogue.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import MODEL, Stack  # noqa: E402
from wegwijs import instance  # noqa: E402
from wegwijs.settings import NO_LIMITS  # noqa: E402

# A calculator is reached as a person reaches it: a typed first message, or the topic button of the
# welcome and then the "reken uit" button of its answer (a typed "/bereken_..." is text, security review M4).
SCRIPTS = {
    "giftenruimte": ["mijn moeder betaalt elke maand 50 euro aan boodschappen", "boodschappen", "sinds januari", "ja"],
    "bijverdienvrijlating": [("knop", "Bijverdienen"), ("knop", "Reken uit wat ik mag houden"),
                             "35", "alleen", "600 euro", "vorige maand", "ja"],
    # A single parent with a toddler: one button says how they live and the youngest child's age group.
    "participatieplicht": [("knop", "Mijn plichten"), ("knop", "Welke plichten gelden voor mij?"), "29",
                           ("knop", "Alleen met kinderen: jongste jonger dan"), "ja", "nee", "ja"],
    "bijstandsnorm": [("knop", "Hoeveel bijstand krijg ik?"), ("knop", "Reken mijn bijstand uit"), "45",
                      "alleen met mijn kinderen", "mijn zoon van 27", "ja"],
}


def turns_to_answer(stack: Stack, script: list) -> tuple[int | None, float]:
    session_id, reply = stack.new_session()
    started = time.perf_counter()
    for number, turn in enumerate(script, start=1):
        text = click(reply, turn[1]) if isinstance(turn, tuple) else turn
        reply = stack.say(session_id, text)
        if any(m.get("overzicht") for m in reply):  # the message that ends a calculation (gateway API)
            return number, time.perf_counter() - started
    return None, time.perf_counter() - started


def click(reply: list[dict], title_start: str) -> str:
    """The payload of the button in `reply` whose title starts with `title_start`."""
    for message in reply:
        for button in message.get("buttons") or []:
            if button["title"].startswith(title_start):
                return button["payload"]
    raise SystemExit(f"no button starting with {title_start!r} in {reply!r}")


def story_accuracy(stack: Stack) -> dict:
    with tempfile.TemporaryDirectory() as out:
        env = stack.settings.child_env()
        subprocess.run(
            [sys.executable, "-m", "rasa", "test", "core", "--model", str(MODEL),
             "--stories", str(ROOT / "tests" / "e2e"), "--endpoints", str(ROOT / "bot" / "endpoints.yml"),
             "--out", out],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
        )
        report = json.loads((Path(out) / "story_report.json").read_text())
    return report


def main() -> int:
    with tempfile.TemporaryDirectory() as var:
        settings = instance.on_free_ports(Path(var), **NO_LIMITS)
        with instance.running(settings) as process:
            stack = Stack(settings, process)
            print(f"{'calculator':24} {'turns':>5} {'seconds':>8}")
            for name, script in SCRIPTS.items():
                turns, seconds = turns_to_answer(stack, script)
                print(f"{name:24} {turns if turns else 'none':>5} {seconds:8.2f}")
            report = story_accuracy(stack)
            accuracy = report["conversation_accuracy"]
            print(f"\nend-to-end stories: conversation accuracy {accuracy['accuracy']:.3f} "
                  f"({accuracy['correct']}/{accuracy['total']})")
            weighted = report.get("weighted avg")
            if isinstance(weighted, dict):
                print(f"action-level weighted F1 {weighted.get('f1-score', 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
