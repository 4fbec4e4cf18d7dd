#!/usr/bin/env python
"""Load benchmark: many concurrent conversations for a bounded time; errors, lost messages, memory.

Starts its own Wegwijs on free loopback ports (`wegwijs run`, or with
--schaal the scaled set-up of `wegwijs run-schaal`: PostgreSQL, Redis, two
Rasa servers, two gateway workers taking turns), then lets --conversations
conversations talk at once for --seconds. Each conversation is a person:
a welcome, a question, a question about a gift and the calculation its
button offers, as a form (amount, kind, date, confirm), a follow-up question;
then a new person starts. A message counts as
lost when it got no 200 answer, or when it is missing from the tracker store
afterwards. Prints throughput, p50/p95/p99 reply time, errors, lost messages
and the peak RSS of every process of the stack.

Usage (with the project venv python):
    python bench/load.py [--conversations 200] [--seconds 60] [--schaal]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
import psutil
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import machine, percentile  # noqa: E402  (bench/measure.py)
from kanalen.client import GatewayClient, GatewayError  # noqa: E402
from wegwijs import instance  # noqa: E402
from wegwijs.settings import NO_LIMITS  # noqa: E402


# One person's conversation: (message, a word the answer must contain).
PERSON = (
    ("wat kun je allemaal", "informatie"),
    ("mijn moeder betaalt mijn boodschappen", "gift"),
    ("/bereken_giften", "Hoeveel"),  # the button that answer offers (a typed payload counts only when offered)
    ("€ 150,-", "Wat kreeg"),
    ("geld", "Wanneer"),
    ("vorige maand", "klopt"),
    ("ja", "€"),
    ("moet ik dit doorgeven", "door"),
)
# PostgreSQL runs as Debian's service, outside the supervisor: not in the RSS table.
PART_NAMES = {"beheer.cli": "supervisor", "-m gateway": "gateway", "wegwijs.rasa.server run": "rasa", "wegwijs.rasa.actieserver": "actions",
              "redis-server": "redis"}


@dataclass
class Load:
    replies: list[float] = field(default_factory=list)
    errors: Counter = field(default_factory=Counter)
    wrong: int = 0
    # session id -> user messages answered (the welcome comes from the gateway itself: no event in the tracker store)
    sent: dict[str, int] = field(default_factory=lambda: defaultdict(int))


async def person(clients: list[GatewayClient], load: Load, deadline: float) -> None:
    """One person after another: start, talk through PERSON, start again (with two gateways, each message goes to the other one)."""
    turn_count = 0
    while time.monotonic() < deadline:
        try:
            session_id, _ = await clients[0].create()
        except GatewayError as error:
            load.errors[f"start {error.status}"] += 1
            await asyncio.sleep(1)
            continue
        for text, expected in PERSON:
            if time.monotonic() >= deadline:
                return
            client = clients[turn_count % len(clients)]
            turn_count += 1
            started = time.perf_counter()
            try:
                response = await client.request("POST", f"/api/sessions/{session_id}/messages", {"text": text})
            except GatewayError as error:
                load.errors[type(error.__context__ or error).__name__] += 1
                break
            if response.status != 200:
                load.errors[str(response.status)] += 1
                break
            load.replies.append(time.perf_counter() - started)
            load.sent[session_id] += 1
            if expected.lower() not in " ".join(m["text"] for m in response.body["messages"]).lower():
                load.wrong += 1


def rss_by_part(root: psutil.Process, peak: dict[str, float]) -> None:
    for process in [root, *root.children(recursive=True)]:
        try:
            command = " ".join(process.cmdline())
            rss = process.memory_info().rss / 2**20
        except psutil.Error:
            continue
        part = next((name for marker, name in PART_NAMES.items() if marker in command), "supervisor")
        key = f"{part} (pid {process.pid})"
        peak[key] = max(peak.get(key, 0.0), rss)


async def sample_memory(root: psutil.Process, peak: dict[str, float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        rss_by_part(root, peak)
        await asyncio.sleep(1)


def lost_messages(settings, load: Load, tracker_url: str) -> int:
    """Answered messages that are not in the tracker store (each answered message is one user event)."""
    from gateway.store import SessionStore

    store = SessionStore(settings.gateway_db)
    engine = sa.create_engine(tracker_url)
    lost = 0
    with engine.connect() as conn:
        for session_id, answered in load.sent.items():
            session = store.get(session_id)
            stored = conn.execute(
                sa.text("SELECT count(*) FROM events WHERE sender_id = :s AND type_name = 'user'"),
                {"s": session.conversation_id},
            ).scalar()
            lost += max(0, answered - stored)
    store.close()
    engine.dispose()
    return lost


async def drive(settings, urls: list[str], root: psutil.Process, conversations: int, seconds: float, tracker_url: str):
    timeout = aiohttp.ClientTimeout(total=180)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as http:
        load, peak, stop = Load(), {}, asyncio.Event()
        sampler = asyncio.create_task(sample_memory(root, peak, stop))
        started = time.monotonic()
        clients = [GatewayClient(url, http=http) for url in urls]
        await asyncio.gather(*(person(clients, load, started + seconds) for _ in range(conversations)))
        elapsed = time.monotonic() - started
        stop.set()
        await sampler
    report(load, peak, conversations, elapsed, lost_messages(settings, load, tracker_url))


def report(load: Load, peak: dict[str, float], conversations: int, elapsed: float, lost: int) -> None:
    replies = load.replies
    print(f"{conversations} concurrent conversations for {elapsed:.0f} s (the last replies may arrive after the bound)")
    print(f"  replies        {len(replies)}  ({len(replies) / elapsed:.1f} per second)")
    if replies:
        p50, p95, p99 = (percentile(replies, f) * 1000 for f in (0.5, 0.95, 0.99))
        print(f"  reply time     p50 {p50:.0f} ms   p95 {p95:.0f} ms   p99 {p99:.0f} ms")
    print(f"  errors         {sum(load.errors.values())} {dict(load.errors) or ''}")
    print(f"  wrong answers  {load.wrong}")
    print(f"  lost messages  {lost}")
    print("  peak RSS per process (MB):")
    for key, rss in sorted(peak.items()):
        print(f"    {key:30} {rss:8.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--conversations", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--schaal", action="store_true", help="the scaled set-up (PostgreSQL, Redis, 2 Rasa, 2 gateways)")
    args = parser.parse_args()
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="wegwijs-load-") as var_dir:
        settings = instance.on_free_ports(Path(var_dir), **NO_LIMITS)
        urls, command, tracker_url = [settings.gateway_url], ("run",), settings.tracker_url
        if args.schaal:
            from wegwijs.schaal import drop_database, postgres_port

            second, redis_port, database = instance.free_port(), instance.free_port(), f"wegwijs_load_{os.getpid()}"
            urls.append(f"http://{settings.host}:{second}")
            command = ("run-schaal", "--gateway-poort", str(second), "--redis-poort", str(redis_port),
                       "--database", database)
        print(f"Starting Wegwijs ({' '.join(command)}) with {settings.models_dir}...", flush=True)
        try:
            with instance.running(settings, command=command, urls=urls) as process:
                if args.schaal:
                    password = (settings.var_dir / "schaal" / "postgres.wachtwoord").read_text().strip()
                    port = postgres_port()
                    tracker_url = f"postgresql://{database}:{password}@127.0.0.1:{port}/{database}"  # role = database
                asyncio.run(drive(settings, urls, psutil.Process(process.pid), args.conversations, args.seconds,
                                  tracker_url))
        finally:
            if args.schaal:
                drop_database(database)
    print(f"Load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
