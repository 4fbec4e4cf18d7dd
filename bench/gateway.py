#!/usr/bin/env python
"""Gateway benchmark: reply time and replies per second through the widget API.

Starts its own Wegwijs (`wegwijs run` on free loopback ports, with a temporary
var/ folder and the trained model), then for each kind of turn and each number
of concurrent conversations lets every conversation send its next message as
soon as the reply arrives. Each level runs for at most --seconds and at most
--max-replies replies. The sessions are made before the clock starts; after
CONVERSATION_TURNS messages a conversation starts a new session (its welcome
is not counted as a reply, but its time and CPU are in the level). Next to
the reply times it prints the CPU time each part of the stack (and this
client) used per reply during the level.

Kinds of turns (add a Kind to KINDS to measure another):
  faq     answered by a response from the domain; the action server is not called
  action  answered by action_antwoord with today's amounts from knowledge/ (one
          action call per turn, like a calculator's result turn; whole form
          conversations are measured by bench/load.py).

Then it profiles one turn of each kind, one at a time: the same message through
the gateway, straight to Rasa's REST channel, and (for action turns)
action_antwoord straight to the action server's /webhook. The differences
show what the gateway hop, Rasa and the action server each cost.

Usage (with the project venv python):
    python bench/gateway.py [--seconds 10] [--levels 1,10,20,50] [--max-replies 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import sys
import tempfile
import time
import warnings
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import machine, percentile  # noqa: E402  (bench/measure.py)
from kanalen.client import GatewayClient  # noqa: E402
from wegwijs import instance  # noqa: E402
from wegwijs.secret import acties_sleutel, rasa_sleutel  # noqa: E402
from wegwijs.settings import NO_LIMITS, Settings  # noqa: E402

CONVERSATION_TURNS = 10
PROFILE_TURNS = 30
WARMUP_TURNS = 5
GOALS_MS = {"faq": 300, "action": 500}  # p95 at GOAL_LEVEL concurrent conversations
GOAL_LEVEL = 20


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    # (message, a word its answer contains): checked first, so a mislabelled turn stops the bench
    turns: tuple[tuple[str, str], ...]
    intent: str | None = None  # for calling action_antwoord directly


KINDS = [
    Kind(
        "faq",
        "FAQ: a response from the domain, no action server",
        (("wat kun je allemaal", "Ik geef informatie"), ("hallo", "Waar kan ik u mee helpen"),
         ("dank je wel", "Graag gedaan")),
    ),
    Kind(
        "action",
        "action_antwoord + knowledge/ (one action call, like a calculator turn)",
        (("mijn moeder betaalt mijn boodschappen", "gift"), ("mag ik bijverdienen", "loon"),
         ("hoeveel bijstand krijg ik", "Hoeveel bijstand")),
        intent="giften",
    ),
]


PARTS = {"gateway": "-m gateway", "rasa": "wegwijs.rasa.server run", "actions": "wegwijs.rasa.actieserver"}  # part -> in its command line


@dataclass
class Level:
    kind: str
    conversations: int
    replies: list[float]  # seconds per reply
    errors: int
    seconds: float
    cpu: dict[str, float]  # CPU seconds used by each part (and this client) during the level


def cpu_seconds(supervisor: psutil.Process) -> dict[str, float]:
    """CPU time so far of each part of the stack, and of this benchmark client."""
    used = dict.fromkeys([*PARTS, "client"], 0.0)
    for process in supervisor.children(recursive=True):
        command = " ".join(process.cmdline())
        part = next((name for name, marker in PARTS.items() if marker in command), None)
        if part is not None:
            times = process.cpu_times()
            used[part] += times.user + times.system
    client = psutil.Process().cpu_times()
    used["client"] = client.user + client.system
    return used


class Gateway:
    """The channels' gateway client (kanalen/client.py) on the bench's own connection pool."""

    def __init__(self, http: aiohttp.ClientSession, url: str):
        self.client = GatewayClient(url, http=http)

    async def new_session(self) -> str:
        session_id, _ = await self.client.create()
        return session_id

    async def say(self, session_id: str, text: str) -> tuple[int, str]:
        response = await self.client.request("POST", f"/api/sessions/{session_id}/messages", {"text": text})
        return response.status, " ".join(m["text"] for m in (response.body or {}).get("messages", []))


async def conversation(
    gateway: Gateway, kind: Kind, session_id: str, deadline: float, level: Level, max_replies: int
) -> None:
    """Talk until the deadline or the reply budget: next message as soon as the reply arrives."""
    turn = 0
    while time.monotonic() < deadline and len(level.replies) < max_replies:
        if turn == CONVERSATION_TURNS:
            session_id, turn = await gateway.new_session(), 0
        started = time.perf_counter()
        status, _ = await gateway.say(session_id, kind.turns[turn % len(kind.turns)][0])
        if status == 200:
            level.replies.append(time.perf_counter() - started)
        else:
            level.errors += 1
        turn += 1


async def run_level(
    gateway: Gateway, supervisor: psutil.Process, kind: Kind, conversations: int, seconds: float, max_replies: int
) -> Level:
    level = Level(kind.name, conversations, [], 0, 0.0, {})
    sessions = await asyncio.gather(*(gateway.new_session() for _ in range(conversations)))
    cpu_before, started = cpu_seconds(supervisor), time.monotonic()
    await asyncio.gather(
        *(conversation(gateway, kind, session, started + seconds, level, max_replies) for session in sessions)
    )
    level.seconds = time.monotonic() - started
    level.cpu = {part: used - cpu_before[part] for part, used in cpu_seconds(supervisor).items()}
    return level


async def check_kinds(gateway: Gateway) -> None:
    """Every message is answered as its kind says (this also warms Rasa up)."""
    for kind in KINDS:
        session_id = await gateway.new_session()
        for turn in range(WARMUP_TURNS):
            text, expected = kind.turns[turn % len(kind.turns)]
            status, answer = await gateway.say(session_id, text)
            if status != 200 or expected not in answer:
                sys.exit(f"{kind.name}: {text!r} got HTTP {status} {answer[:80]!r}, expected {expected!r}")


def action_call(kind: Kind, domain: dict) -> dict:
    """What Rasa posts to the action server for this turn (with a short tracker: no past events)."""
    sender = secrets.token_hex(8)
    latest = {"intent": {"name": kind.intent, "confidence": 1.0}, "entities": [], "text": kind.turns[0][0],
              "metadata": {"gemeente": "voorbeeldstad"}}
    tracker = {"sender_id": sender, "slots": {}, "latest_message": latest, "events": [], "paused": False,
               "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen"}
    return {"next_action": "action_antwoord", "sender_id": sender, "tracker": tracker, "domain": domain,
            "version": "3.6.21"}


async def timed(coroutine_factory, turns: int) -> list[float]:
    times = []
    for _ in range(turns):
        started = time.perf_counter()
        await coroutine_factory()
        times.append(time.perf_counter() - started)
    return times


async def profile(http: aiohttp.ClientSession, gateway: Gateway, settings: Settings, domain: dict) -> None:
    """One turn at a time: gateway, Rasa REST directly, the action server directly."""
    print(f"\nOne turn at a time ({PROFILE_TURNS} each), p50 / p95 in ms:")

    async def post(url: str, body: dict, key: str) -> None:
        # Rasa and the action server answer only with their key (wegwijs/secret.py), as the gateway and Rasa show it.
        async with http.post(url, json=body, headers={"Authorization": f"Bearer {key}"}) as response:
            assert response.status == 200, await response.text()
            await response.read()

    for kind in KINDS:
        text = kind.turns[0][0]
        session_id = await gateway.new_session()
        rows = {"gateway -> Rasa -> actions": await timed(lambda: gateway.say(session_id, text), PROFILE_TURNS)}
        sender = secrets.token_hex(8)
        rasa_message = {"sender": sender, "message": text, "metadata": {"gemeente": "voorbeeldstad"}}
        rows["Rasa REST directly"] = await timed(
            lambda: post(f"{settings.rasa_url}/webhooks/rest/webhook", rasa_message, rasa_sleutel(settings.var_dir)),
            PROFILE_TURNS,
        )
        if kind.intent:
            body = action_call(kind, domain)
            rows["action server /webhook directly"] = await timed(
                lambda: post(f"{settings.actions_url}/webhook", body, acties_sleutel(settings.var_dir)), PROFILE_TURNS
            )
        for name, times in rows.items():
            p50, p95 = (percentile(times, f) * 1000 for f in (0.5, 0.95))
            print(f"  {kind.name:7} {name:34} {p50:7.0f} {p95:7.0f}")
    print(f"  (Rasa sends the whole domain, {len(json.dumps(domain)) // 1024} KB as JSON, and every event of the "
          f"conversation with each action call)")


def load_domain() -> dict:
    warnings.simplefilter("ignore")
    from rasa.shared.core.domain import Domain

    return Domain.load(str(ROOT / "bot" / "domain")).as_dict()


async def bench(
    settings: Settings, supervisor: psutil.Process, levels: list[int], seconds: float, max_replies: int
) -> list[Level]:
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as http:
        gateway = Gateway(http, settings.gateway_url)
        await check_kinds(gateway)
        for kind in KINDS:
            print(f"{kind.name:8}{kind.label}")
        results = []
        print(f"\n{'':62}CPU ms per reply")
        print(f"{'turn':8}{'conversations':>14}{'replies':>9}{'errors':>8}{'p50 ms':>9}{'p95 ms':>9}{'replies/s':>11}"
              + "".join(f"{part:>9}" for part in [*PARTS, "client"]))
        for kind in KINDS:
            for conversations in levels:
                level = await run_level(gateway, supervisor, kind, conversations, seconds, max_replies)
                results.append(level)
                count = max(len(level.replies), 1)
                p50, p95 = (percentile(level.replies, f) * 1000 for f in (0.5, 0.95)) if level.replies else (0, 0)
                print(f"{kind.name:8}{conversations:>14}{len(level.replies):>9}{level.errors:>8}"
                      f"{p50:>9.0f}{p95:>9.0f}{len(level.replies) / level.seconds:>11.1f}"
                      + "".join(f"{used / count * 1000:>9.1f}" for used in level.cpu.values()), flush=True)
        await profile(http, gateway, settings, load_domain())
    return results


def report_goals(results: list[Level]) -> None:
    print(f"\nGoal: p95 at {GOAL_LEVEL} concurrent conversations")
    for level in results:
        if level.conversations == GOAL_LEVEL and level.kind in GOALS_MS and level.replies:
            p95 = percentile(level.replies, 0.95) * 1000
            verdict = "met" if p95 < GOALS_MS[level.kind] else "NOT met"
            print(f"  {level.kind:7} p95 {p95:.0f} ms, goal < {GOALS_MS[level.kind]} ms: {verdict}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0, help="time per level (default 10)")
    parser.add_argument("--levels", default="1,10,20,50", help="concurrent conversations (default 1,10,20,50)")
    parser.add_argument("--max-replies", type=int, default=3000, help="replies per level at most (default 3000)")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="wegwijs-bench-") as var_dir:
        settings = instance.on_free_ports(Path(var_dir), **NO_LIMITS)
        print(f"Starting Wegwijs with {settings.models_dir}...", flush=True)
        with instance.running(settings) as process:
            results = asyncio.run(bench(settings, psutil.Process(process.pid), levels, args.seconds, args.max_replies))
    report_goals(results)
    print(f"Load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
