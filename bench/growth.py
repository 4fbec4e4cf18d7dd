#!/usr/bin/env python
"""Growth benchmark: does a reply get slower as one conversation gets longer?

Starts its own Wegwijs (`wegwijs run` on free loopback ports, a temporary
var/ folder, the trained model) and sends one conversation of --messages
messages through the widget API, one message after the other, for each kind:

  faq    "wat kun je allemaal", "hallo", "dank je wel": responses from the domain
  form   the gift calculator as a form, again and again: question, the
         "reken uit" button, amount, kind, date, confirm (action turns)

It prints the median reply time per block of 50 messages and the ratio of the
last block to the first (goal: at most 1.25). A kind's turns come round in a
cycle (3 for faq, 6 for form) and their costs differ (the form's last turn
computes): a block's median is taken over the whole cycles inside it (48
messages), so that 1-50 and 251-300 hold the same turns. Before this, 1-50
held two extra first turns of the cycle and 251-300 two extra last ones, and
with turn costs in two groups that alone moved the median from one group to
the other. The median over all 50 is printed after it, for comparison.
After each message it sends the same message in a fresh conversation (a new
one at the first whole cycle of every block, so it hears the same turns in
the same order): their block medians follow the machine's load (shared,
noisy) but not the length, so the ratio divided by theirs is the growth with
the load taken out. It prints the memory of the Rasa servers before and
after, and the bytes the conversation takes in the tracker store.

Then, in this process, it shows where the per-turn cost goes as the
conversation grows: for the form conversation's own stored events cut off
after message 50 and after the last message, the time to deserialise the
tracker (JSON + DialogueStateTracker.from_dict, what every turn's load does),
to turn the history into states (tracker.past_states, what the policies
featurise), and the size of what Rasa posts to the action server.

Usage (with the project venv python):
    python bench/growth.py [--messages 300] [--kinds faq,form]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

import aiohttp
import psutil
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from measure import machine  # noqa: E402  (bench/measure.py)
from kanalen.client import GatewayClient  # noqa: E402
from wegwijs import instance  # noqa: E402
from wegwijs.settings import NO_LIMITS  # noqa: E402

BLOCK = 50
GOAL_RATIO = 1.25
# (message, a word the answer must contain)
TURNS = {
    "faq": (("wat kun je allemaal", "informatie"), ("hallo", "helpen"), ("dank je wel", "Graag")),
    "form": (
        ("mijn moeder betaalt mijn boodschappen", "gift"),
        ("/bereken_giften", "Hoeveel"),  # the button the answer offers
        ("€ 150,-", "Wat kreeg"),
        ("geld", "Wanneer"),
        ("vorige maand", "klopt"),
        ("ja", "€"),
    ),
}


def rasa_rss_mb(root: psutil.Process) -> float:
    total = 0.0
    for process in root.children(recursive=True):
        try:
            if "wegwijs.rasa.server run" in " ".join(process.cmdline()):
                total += process.memory_info().rss / 2**20
        except psutil.Error:
            continue
    return total


async def one_conversation(client: GatewayClient, kind: str, messages: int, control: bool = False):
    """The conversation's reply times, its session, and (with control) the reply times of the same
    messages in fresh conversations, sent right after each (a new one every BLOCK messages): these
    follow the machine's load, not the conversation's length."""
    session_id, _ = await client.create()
    times, fresh_times, wrong = [], [], 0
    fresh = None
    turns = TURNS[kind]
    for number in range(messages):
        text, expected = turns[number % len(turns)]
        elapsed, answer = await timed_say(client, session_id, text, f"{kind} message {number + 1}")
        times.append(elapsed)
        wrong += expected.lower() not in answer.lower()
        if control:
            if fresh is None or number == whole_cycles(number - number % BLOCK, len(turns)).start:
                fresh, _ = await client.create()
            fresh_times.append((await timed_say(client, fresh, text, f"{kind} control {number + 1}"))[0])
    if wrong:
        print(f"  ({kind}: {wrong} answers without the expected word)")
    return times, session_id, fresh_times


async def timed_say(client: GatewayClient, session_id: str, text: str, what: str) -> tuple[float, str]:
    started = time.perf_counter()
    response = await client.request("POST", f"/api/sessions/{session_id}/messages", {"text": text})
    elapsed = time.perf_counter() - started
    if response.status != 200:
        sys.exit(f"{what}: HTTP {response.status}")
    return elapsed, " ".join(m["text"] for m in (response.body or {}).get("messages", []))


def whole_cycles(start: int, cycle: int) -> range:
    """The messages of the block that starts at `start` which belong to a cycle of turns lying wholly inside it."""
    return range(-(-start // cycle) * cycle, (start + BLOCK) // cycle * cycle)


def blocks(times: list[float], cycle: int = 1) -> list[float]:
    """The median per block of BLOCK messages, over the whole cycles inside it (cycle 1: all of them)."""
    return [statistics.median(times[i] for i in whole_cycles(start, cycle))
            for start in range(0, len(times) - BLOCK + 1, BLOCK)]


def stored_bytes(tracker_url: str, conversation_id: str) -> tuple[int, int]:
    engine = sa.create_engine(tracker_url)
    with engine.connect() as conn:
        count, size = conn.execute(
            sa.text("SELECT count(*), coalesce(sum(length(data)), 0) FROM events WHERE sender_id = :s"),
            {"s": conversation_id},
        ).one()
    engine.dispose()
    return count, size


def stored_events(tracker_url: str, conversation_id: str) -> list[dict]:
    engine = sa.create_engine(tracker_url)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT data FROM events WHERE sender_id = :s ORDER BY id"), {"s": conversation_id})
        events = [row[0] for row in rows]
    engine.dispose()
    return events


def cut_after(serialised: list[str], user_messages: int) -> list[str]:
    """The events up to (not including) the user message after `user_messages` of them."""
    seen = 0
    for index, data in enumerate(serialised):
        if json.loads(data).get("event") == "user":
            seen += 1
            if seen > user_messages:
                return serialised[:index]
    return serialised


def best_ms(work, rounds: int = 5) -> float:
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def breakdown(serialised: list[str], messages: int) -> None:
    """Per-turn costs that grow with the history, at message BLOCK and at the last one."""
    warnings.simplefilter("ignore")
    from rasa.shared.core.domain import Domain
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

    from wegwijs.rasa import server

    domain = Domain.load(str(ROOT / "bot" / "domain"))
    domain_json = len(json.dumps(domain.as_dict()))
    from rasa.shared.core.events import Event
    from wegwijs.rasa import history

    print(f"\nWhere a form turn's cost grows (this process, best of 5; the form conversation's own events):")
    print("  load: JSON + DialogueStateTracker.from_dict, what a turn without the tracker cache does")
    print("  states: tracker.past_states, Rasa's own replay / continued from the previous turn (wegwijs/rasa/history.py)")
    print("  action call: Rasa's own (every event + the domain) / Wegwijs' (20 turns + the domain's digest)")
    print(f"  {'after message':>14}{'events':>8}{'load ms':>9}{'states ms':>16}{'action call KB':>18}")
    for cut in (BLOCK, messages):
        part = cut_after(serialised, cut)

        def load(events=part):
            return DialogueStateTracker.from_dict("growth", [json.loads(d) for d in events], domain.slots)

        tracker = load()
        load_ms = best_ms(load)
        states_ms = best_ms(lambda: tracker.past_states(domain))
        rasa_json = len(json.dumps(tracker.current_state(EventVerbosity.ALL))) + domain_json
        lean_json = len(json.dumps(server._action_call_format(RemoteAction("action_bereken", None), tracker, domain)))
        history.install()
        try:
            last_turn = cut_after(serialised, cut - 1)
            continued_ms = float("inf")
            for _ in range(5):  # the tracker as kept after the previous turn, then this turn's events
                continued = load(last_turn)
                continued.past_states(domain)
                for data in part[len(last_turn):]:
                    continued.update(Event.from_parameters(json.loads(data)))
                continued_ms = min(continued_ms, best_ms(lambda: continued.past_states(domain), rounds=1))
        finally:
            history.uninstall()
        print(f"  {cut:>14}{len(part):>8}{load_ms:>9.1f}{states_ms:>9.1f} / {continued_ms:>4.1f}"
              f"{rasa_json / 1024:>9.0f} / {lean_json / 1024:.0f}")


async def bench(settings, root: psutil.Process, kinds: list[str], messages: int) -> dict[str, str]:
    timeout = aiohttp.ClientTimeout(total=120)
    conversations = {}
    async with aiohttp.ClientSession(timeout=timeout) as http:
        client = GatewayClient(settings.gateway_url, http=http)
        await one_conversation(client, "form", 12)  # warm up: first turns load lazily (the welcome is not in TURNS)
        print(f"\n{'kind':6}" + "".join(f"{f'{i + 1}-{i + BLOCK}':>9}" for i in range(0, messages, BLOCK))
              + f"{'ratio':>8}  goal <= {GOAL_RATIO}   median ms per block of {BLOCK} messages")
        for kind in kinds:
            before = rasa_rss_mb(root)
            times, session_id, fresh_times = await one_conversation(client, kind, messages, control=True)
            cycle = len(TURNS[kind])
            medians, fresh, all_50 = blocks(times, cycle), blocks(fresh_times, cycle), blocks(times)
            ratio = medians[-1] / medians[0]
            relative = ratio / (fresh[-1] / fresh[0])
            verdict = "met" if ratio <= GOAL_RATIO else "NOT met"
            print(f"{kind:6}" + "".join(f"{m * 1000:>9.1f}" for m in medians) + f"{ratio:>8.2f}  {verdict}"
                  f"   (over the whole cycles of {cycle} turns in each block)")
            print(f"{'fresh':6}" + "".join(f"{m * 1000:>9.1f}" for m in fresh)
                  + f"{fresh[-1] / fresh[0]:>8.2f}  (same messages in new conversations, for the machine's load)")
            print(f"{'':6}{'':>{9 * len(medians)}}{relative:>8.2f}  ratio against the fresh conversations' own ratio")
            print(f"{'all 50':6}" + "".join(f"{m * 1000:>9.1f}" for m in all_50)
                  + f"{all_50[-1] / all_50[0]:>8.2f}  (every message of the block: other turns at each end)")
            conversations[kind] = (session_id, rasa_rss_mb(root) - before)
    return conversations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=300)
    parser.add_argument("--kinds", default="faq,form")
    args = parser.parse_args()
    kinds = args.kinds.split(",")
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory(prefix="wegwijs-growth-") as var_dir:
        settings = instance.on_free_ports(Path(var_dir), **NO_LIMITS)
        print(f"Starting Wegwijs with {settings.models_dir}...", flush=True)
        with instance.running(settings) as process:
            conversations = asyncio.run(bench(settings, psutil.Process(process.pid), kinds, args.messages))
            from gateway.store import SessionStore

            store = SessionStore(settings.gateway_db)
            print("\nMemory per conversation:")
            for kind, (session_id, rss_growth) in conversations.items():
                conversation_id = store.get(session_id).conversation_id
                count, size = stored_bytes(settings.tracker_url, conversation_id)
                print(f"  {kind:6} Rasa servers' RSS grew {rss_growth:6.1f} MB during it; "
                      f"tracker store: {count} events, {size / 1024:.0f} KB")
            if "form" in conversations:
                form_id = store.get(conversations["form"][0]).conversation_id
                serialised = stored_events(settings.tracker_url, form_id)
            store.close()
    if "form" in conversations:
        breakdown(serialised, args.messages)
    print(f"\nLoad average after: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
