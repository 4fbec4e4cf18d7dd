#!/usr/bin/env python
"""Throughput against stock Rasa: Wegwijs end to end and a stock `rasa init` bot, in one run.

Trains a stock `rasa init` bot of the installed Rasa version in a temporary
folder (or reuses --stock-dir) and starts it with its REST channel (in-memory
tracker and lock store, one server: Rasa's defaults), starts Wegwijs
(`wegwijs run`: the gateway, two Rasa servers, the action server, SQLite) and
then, for each level of concurrent closed-loop conversations, lets each bot
answer in turn: stock, Wegwijs, stock, Wegwijs (--rounds), --seconds each,
so both see the same machine load. Every conversation sends its next message
as soon as the reply arrives.

The mix of messages is the same in kind for both: conversations of 8
messages, one third answered by a response of the domain and two thirds by
a dialogue step that depends on the previous one. Stock: its own stories
(greet, mood, the "did that help" question, affirm/deny, bye). Wegwijs: a
question answered by a response, a topic answered by action_antwoord, the
gift calculator as a form (start, amount, kind, date, confirm) and a
follow-up: every turn but the first goes through the action server.

Prints replies/s, p50/p95, errors per bot and level, the ratios (goals:
Wegwijs at least 3x stock's replies/s, p95 at most 0.5x, 0 errors) and the
p95/p50 of Wegwijs' action turns (goal at most 2 at 20 conversations).

Usage (with the project venv python):
    python bench/stock.py [--levels 20,50] [--seconds 20] [--rounds 2] [--stock-dir DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import secrets
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import machine, percentile  # noqa: E402  (bench/measure.py)
from kanalen.client import GatewayClient  # noqa: E402
from wegwijs import instance  # noqa: E402
from wegwijs.settings import NO_LIMITS  # noqa: E402
from wegwijs.supervisor import answers_ok, stop_group  # noqa: E402

RASA = str(Path(sys.executable).with_name("rasa"))
# (message, a word the answer contains, answered by the action server)
WEGWIJS = (
    ("wat kun je allemaal", "informatie", False),
    ("mijn moeder betaalt mijn boodschappen", "gift", True),
    ("/bereken_giften", "Hoeveel", True),
    ("€ 150,-", "Wat kreeg", True),
    ("geld", "Wanneer", True),
    ("vorige maand", "klopt", True),
    ("ja", "€", True),
    ("moet ik dit doorgeven", "door", True),
)
STOCK = (
    ("hello", "Hey", False),
    ("I am sad", "cheer", False),
    ("yes", "Great", False),
    ("hi", "Hey", False),
    ("very sad", "cheer", False),
    ("no", "Bye", False),
    ("hey", "Hey", False),
    ("bye", "Bye", False),
)


@dataclass
class Run:
    replies: list[float] = field(default_factory=list)
    action_replies: list[float] = field(default_factory=list)
    errors: int = 0
    wrong: int = 0
    seconds: float = 0.0


class Bot:
    name: str
    turns: tuple

    async def start_conversation(self) -> str: ...

    async def say(self, conversation: str, text: str) -> tuple[int, str]: ...


class StockBot(Bot):
    name, turns = "stock", STOCK

    def __init__(self, http: aiohttp.ClientSession, url: str):
        self.http, self.url = http, url

    async def start_conversation(self) -> str:
        return secrets.token_hex(8)

    async def say(self, conversation: str, text: str) -> tuple[int, str]:
        async with self.http.post(f"{self.url}/webhooks/rest/webhook", json={"sender": conversation, "message": text}) as r:
            body = await r.json(content_type=None) if r.status == 200 else []
            return r.status, " ".join(m.get("text", "") for m in body or [])


class WegwijsBot(Bot):
    name, turns = "wegwijs", WEGWIJS

    def __init__(self, http: aiohttp.ClientSession, url: str):
        self.client = GatewayClient(url, http=http)

    async def start_conversation(self) -> str:
        session_id, _ = await self.client.create()
        return session_id

    async def say(self, conversation: str, text: str) -> tuple[int, str]:
        response = await self.client.request("POST", f"/api/sessions/{conversation}/messages", {"text": text})
        return response.status, " ".join(m["text"] for m in (response.body or {}).get("messages", []))


async def person(bot: Bot, run: Run, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            conversation = await bot.start_conversation()
        except Exception:  # noqa: BLE001 - counted, and the person tries again
            run.errors += 1
            await asyncio.sleep(0.5)
            continue
        for text, expected, by_action in bot.turns:
            if time.monotonic() >= deadline:
                return
            started = time.perf_counter()
            try:
                status, answer = await bot.say(conversation, text)
            except (aiohttp.ClientError, asyncio.TimeoutError):
                status, answer = 0, ""
            elapsed = time.perf_counter() - started
            if status != 200:
                run.errors += 1
                break
            run.replies.append(elapsed)
            if by_action:
                run.action_replies.append(elapsed)
            run.wrong += expected.lower() not in answer.lower()


async def level(bot: Bot, conversations: int, seconds: float, run: Run) -> None:
    started = time.monotonic()
    await asyncio.gather(*(person(bot, run, started + seconds) for _ in range(conversations)))
    run.seconds += time.monotonic() - started


def train_stock(folder: Path) -> Path:
    models = sorted((folder / "models").glob("*.tar.gz"))
    if models:
        return models[-1]
    print(f"Training a stock `rasa init` bot in {folder} (a few minutes)...", flush=True)
    subprocess.run([RASA, "init", "--no-prompt", "--init-dir", str(folder)], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return sorted((folder / "models").glob("*.tar.gz"))[-1]


def start_stock(folder: Path, model: Path, port: int) -> subprocess.Popen:
    log = open(folder / "rasa.log", "wb")  # noqa: SIM115 - closed with the process
    process = subprocess.Popen(
        [RASA, "run", "--model", str(model), "--port", str(port), "--interface", "127.0.0.1",
         "--credentials", str(folder / "credentials.yml")],
        cwd=folder, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    deadline = time.monotonic() + 300
    while not answers_ok(f"http://127.0.0.1:{port}/"):
        if process.poll() is not None or time.monotonic() > deadline:
            raise SystemExit(f"stock Rasa did not start; see {folder / 'rasa.log'}")
        time.sleep(1)
    return process


async def check(bot: Bot) -> None:
    conversation = await bot.start_conversation()
    for text, expected, _ in bot.turns:
        status, answer = await bot.say(conversation, text)
        if status != 200 or expected.lower() not in answer.lower():
            raise SystemExit(f"{bot.name}: {text!r} got HTTP {status} {answer[:100]!r}, expected {expected!r}")


def stats(run: Run) -> tuple[float, float, float]:
    if not run.replies:
        return 0.0, 0.0, 0.0
    return len(run.replies) / run.seconds, percentile(run.replies, 0.5) * 1000, percentile(run.replies, 0.95) * 1000


async def bench(stock_url: str, wegwijs_url: str, levels: list[int], seconds: float, rounds: int) -> None:
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as http:
        bots = [StockBot(http, stock_url), WegwijsBot(http, wegwijs_url)]
        for bot in bots:
            await check(bot)
        print(f"\n{'bot':9}{'conversations':>14}{'replies':>9}{'errors':>8}{'wrong':>7}{'replies/s':>11}"
              f"{'p50 ms':>9}{'p95 ms':>9}{'action p50':>12}{'action p95':>12}")
        for conversations in levels:
            runs = {bot.name: Run() for bot in bots}
            for _ in range(rounds):
                for bot in bots:
                    await level(bot, conversations, seconds, runs[bot.name])
            for name, run in runs.items():
                rate, p50, p95 = stats(run)
                action = (f"{percentile(run.action_replies, 0.5) * 1000:>12.0f}{percentile(run.action_replies, 0.95) * 1000:>12.0f}"
                          if run.action_replies else f"{'-':>12}{'-':>12}")
                print(f"{name:9}{conversations:>14}{len(run.replies):>9}{run.errors:>8}{run.wrong:>7}{rate:>11.1f}"
                      f"{p50:>9.0f}{p95:>9.0f}{action}", flush=True)
            report(conversations, runs)
            print(f"  load average after this level: {', '.join(f'{x:.1f}' for x in os.getloadavg())} "
                  f"(on {os.cpu_count()} cores; both bots shared it, stock and Wegwijs in turn)", flush=True)


def report(conversations: int, runs: dict[str, Run]) -> None:
    (stock_rate, _, stock_p95), (rate, _, p95) = stats(runs["stock"]), stats(runs["wegwijs"])
    w = runs["wegwijs"]
    faster = rate / stock_rate if stock_rate else float("inf")
    p95_ratio = p95 / stock_p95 if stock_p95 else float("inf")
    print(f"  {conversations} conversations: replies/s {faster:.2f}x stock (goal >= 3: {'met' if faster >= 3 else 'NOT met'}), "
          f"p95 {p95_ratio:.2f}x stock (goal <= 0.5: {'met' if p95_ratio <= 0.5 else 'NOT met'}), "
          f"errors {w.errors} (goal 0: {'met' if w.errors == 0 else 'NOT met'})")
    if w.action_replies:
        tail = percentile(w.action_replies, 0.95) / percentile(w.action_replies, 0.5)
        print(f"  {conversations} conversations: Wegwijs action turns p95/p50 {tail:.2f}"
              + (f" (goal <= 2 at 20: {'met' if tail <= 2 else 'NOT met'})" if conversations == 20 else ""))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--levels", default="20,50")
    parser.add_argument("--seconds", type=float, default=20.0, help="per bot, level and round (default 20)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--stock-dir", type=Path, help="keep (or reuse) the stock bot here instead of a temporary folder")
    args = parser.parse_args()
    levels = [int(n) for n in args.levels.split(",")]
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="wegwijs-stock-") as temporary:
        stock_dir = args.stock_dir or Path(temporary) / "stock"
        stock_dir.mkdir(parents=True, exist_ok=True)
        model = train_stock(stock_dir)
        stock_port = instance.free_port()
        stock = start_stock(stock_dir, model, stock_port)
        try:
            settings = instance.on_free_ports(Path(temporary) / "var", **NO_LIMITS)
            print(f"Starting Wegwijs with {settings.models_dir}...", flush=True)
            with instance.running(settings):
                asyncio.run(bench(f"http://127.0.0.1:{stock_port}", settings.gateway_url, levels, args.seconds,
                                  args.rounds))
        finally:
            stop_group(stock, 30)
    print(f"Load average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
