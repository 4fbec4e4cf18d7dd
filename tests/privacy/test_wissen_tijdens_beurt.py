"""Erasing while a turn is answered: the conversation must not come back (security review M1).

Rasa loads the tracker at the start of a turn and saves it at the end. A
DELETE in between used to leave the store empty for that id, so the save
wrote every event back: an orphan the resident could not erase again.
"""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from gateway.tracker import TrackerStore
from tests.gateway.test_api import conversation_id_of, tracker_rows
from wegwijs.rasa.tracker_store import RedactingSQLTrackerStore


def event_count(url: str, sender_id: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT COUNT(*) FROM events WHERE sender_id = :s"), {"s": sender_id}).scalar()
    finally:
        engine.dispose()


def a_turn(sender_id: str, text: str) -> list:
    return [
        ActionExecuted("action_listen"),
        UserUttered(text, {"name": "giften", "confidence": 1.0}),
        BotUttered("U kunt dit jaar nog € 650 krijgen."),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    if request.param == "sqlite":
        rasa_store = RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "rasa.db"))
        url = f"sqlite:///{tmp_path / 'rasa.db'}"
    else:
        from wegwijs import schaal
        from wegwijs.secret import read_or_create

        password = read_or_create(tmp_path / "pg.wachtwoord")
        try:
            port = schaal.postgres_port()
            schaal.ensure_database("wegwijs_test_wissen", password)
        except Exception as error:  # noqa: BLE001
            pytest.fail(f"PostgreSQL is needed for the scaled set-up's test (make schaal-deps): {error}")
        rasa_store = RedactingSQLTrackerStore(
            Domain.empty(), dialect="postgresql", host="127.0.0.1", port=port, db="wegwijs_test_wissen",
            username=schaal.PG_ROLE, password=password,
        )
        url = f"postgresql://{schaal.PG_ROLE}:{password}@127.0.0.1:{port}/wegwijs_test_wissen"
    gateway_store = TrackerStore(url)
    yield rasa_store, gateway_store, url
    gateway_store.close()
    rasa_store.engine.dispose()
    if request.param == "postgresql":
        from wegwijs import schaal

        schaal.drop_database("wegwijs_test_wissen")


def test_a_turn_that_ends_after_the_erasure_does_not_write_the_conversation_back(stores):
    rasa_store, gateway_store, url = stores
    sender = "gesprek-tijdens-wissen"
    first = DialogueStateTracker.from_events(sender, a_turn(sender, "ik heet Jan en ik heb een depressie"))
    asyncio.run(rasa_store.save(first))
    assert event_count(url, sender) == 3

    # The next turn starts: Rasa has the tracker in memory ...
    in_flight = asyncio.run(rasa_store.retrieve(sender))
    for event in a_turn(sender, "en mijn moeder geeft 50 euro"):
        in_flight.update(event)
    # ... the person erases the conversation ...
    assert gateway_store.erase([sender]) == 3
    # ... and then the turn ends.
    asyncio.run(rasa_store.save(in_flight))

    assert event_count(url, sender) == 0


def test_other_conversations_are_still_saved(stores):
    rasa_store, gateway_store, url = stores
    gateway_store.erase(["een-ander-gesprek"])
    tracker = DialogueStateTracker.from_events("dit-gesprek", a_turn("dit-gesprek", "hallo"))
    asyncio.run(rasa_store.save(tracker))
    assert event_count(url, "dit-gesprek") == 3


def test_save_and_erase_of_one_conversation_wait_for_each_other(stores):
    """While a save holds the conversation's lock, an erasure waits for it (and then removes what it wrote)."""
    rasa_store, gateway_store, url = stores
    sender = "gesprek-met-slot"
    engine = rasa_store.engine
    from wegwijs import tombstones

    held = threading.Event()
    release = threading.Event()

    def hold_lock():
        with engine.begin() as conn:
            tombstones.lock(conn, sender)
            conn.execute(
                sa.text("INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', 1, '{}')"),
                {"s": sender},
            )
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold_lock)
    holder.start()
    held.wait(10)
    erased_at = []
    eraser = threading.Thread(target=lambda: (gateway_store.erase([sender]), erased_at.append(time.monotonic())))
    eraser.start()
    time.sleep(0.5)
    released_at = time.monotonic()
    release.set()
    holder.join(10)
    eraser.join(20)
    assert erased_at and erased_at[0] >= released_at, "the erasure did not wait for the save"
    assert event_count(url, sender) == 0


@pytest.mark.stack
def test_delete_during_a_turn_leaves_no_orphan_through_the_real_assistant(stack):
    """The review's reproduction: a message and, a few ms later, a DELETE of the same session."""
    for attempt in range(5):
        session_id, _ = stack.new_session()
        stack.say(session_id, "hallo")  # the Rasa conversation exists now
        conversation_id = conversation_id_of(stack, session_id)
        results = {}

        def send():
            results["message"] = stack.request(
                "POST", f"/api/sessions/{session_id}/messages", {"text": f"mag ik bijverdienen racecheck {attempt}"}
            )[0]

        sender = threading.Thread(target=send)
        sender.start()
        time.sleep(0.005 + 0.003 * attempt)
        results["delete"] = stack.request("DELETE", f"/api/sessions/{session_id}")[0]
        sender.join(60)
        time.sleep(0.3)
        assert results["delete"] == 204
        assert tracker_rows(stack, conversation_id) == 0, f"attempt {attempt}: {results}"
