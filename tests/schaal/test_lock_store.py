"""The shared Redis lock: many turns of one conversation through two Rasa servers at once.

Against a real redis-server. Each worker plays a Rasa server handling one
turn: take a ticket, wait until it is served, work, clean up. With Rasa's own
RedisLockStore two servers changing the lock at the same moment can undo each
other's change (a finished ticket comes back and the next turn waits for it
to expire); with AtomicRedisLockStore every turn is served, one at a time.
"""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import pytest

from wegwijs.rasa.lock_store import AtomicRedisLockStore

TURNS_PER_SERVER = 40


def store(port: int) -> AtomicRedisLockStore:
    return AtomicRedisLockStore(SimpleNamespace(url="127.0.0.1", kwargs={"port": port, "db": 1, "key_prefix": "test"}))


def test_turns_from_two_servers_are_served_one_at_a_time_and_none_is_lost(redis_port):
    servers = [store(redis_port), store(redis_port)]  # separate connections, like two Rasa processes
    busy, served, problems = threading.Lock(), [], []

    def handle_turns(lock_store):
        for _ in range(TURNS_PER_SERVER):
            ticket = lock_store.issue_ticket("gesprek", lock_lifetime=60)
            deadline = time.monotonic() + 10
            while (lock := lock_store.get_lock("gesprek")) is not None and lock.is_locked(ticket):
                if time.monotonic() > deadline:
                    problems.append(f"ticket {ticket} waited 10 s")
                    return
                time.sleep(0.001)
            if not busy.acquire(blocking=False):
                problems.append(f"ticket {ticket} ran while another turn ran")
            served.append(ticket)
            time.sleep(0.001)  # the turn's work
            busy.release()
            lock_store.cleanup("gesprek", ticket)

    threads = [threading.Thread(target=handle_turns, args=(s,)) for s in servers for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not problems, problems[:5]
    assert len(served) == 4 * TURNS_PER_SERVER
    assert servers[0].get_lock("gesprek") is None, "the lock is gone when nobody waits"
