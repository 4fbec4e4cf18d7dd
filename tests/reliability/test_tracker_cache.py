"""The tracker cache of wegwijs/rasa/tracker_store.py (issue #16): fast, and never stale or left behind.

A Rasa server keeps the trackers it saved last, so the next turn of that
conversation need not load and deserialise every event again. These tests
prove that it never gives a tracker the store does not have: not after an
erasure (a DELETE or the retention sweep, even when no turn comes after),
not after another Rasa server answered a turn, not after a turn that failed,
and not with personal data the store only has redacted.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from gateway.opschonen import opschonen
from gateway.store import SessionStore
from gateway.tracker import TrackerStore
from wegwijs.rasa import tracker_store as module
from wegwijs.rasa.tracker_store import RedactingSQLTrackerStore, TrackerCache

DB = "wegwijs_test_cache"


def a_turn(text: str) -> list:
    return [
        ActionExecuted("action_listen"),
        UserUttered(text, {"name": "giften", "confidence": 1.0}),
        BotUttered("U kunt dit jaar nog € 650 krijgen."),
    ]


@pytest.fixture(params=["sqlite", "postgresql"])
def stores(request, tmp_path):
    """Two Rasa servers' tracker stores on one database, and the gateway's (which erases)."""
    if request.param == "sqlite":
        def rasa_store():
            return RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "rasa.db"))

        url = f"sqlite:///{tmp_path / 'rasa.db'}"
    else:
        from wegwijs import schaal
        from wegwijs.secret import read_or_create

        password = read_or_create(tmp_path / "pg.wachtwoord")
        try:
            port = schaal.postgres_port()
            schaal.ensure_database(DB, password)
        except Exception as error:  # noqa: BLE001
            pytest.fail(f"PostgreSQL is needed for the scaled set-up's test (make schaal-deps): {error}")

        def rasa_store():
            return RedactingSQLTrackerStore(
                Domain.empty(), dialect="postgresql", host="127.0.0.1", port=port, db=DB,
                username=schaal.PG_ROLE, password=password,
            )

        url = f"postgresql://{schaal.PG_ROLE}:{password}@127.0.0.1:{port}/{DB}"
    servers = [rasa_store(), rasa_store()]
    gateway_store = TrackerStore(url)
    yield servers, gateway_store
    gateway_store.close()
    for server in servers:
        server.engine.dispose()
    if request.param == "postgresql":
        from wegwijs import schaal

        schaal.drop_database(DB)


def saved(server: RedactingSQLTrackerStore, sender: str, *texts: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker.from_events(sender, [e for text in texts for e in a_turn(text)])
    asyncio.run(server.save(tracker))
    return tracker


def next_turn(server: RedactingSQLTrackerStore, sender: str, text: str) -> DialogueStateTracker:
    """One turn as Rasa's processor does it: retrieve, add events, save."""
    tracker = asyncio.run(server.retrieve(sender))
    for event in a_turn(text):
        tracker.update(event)
    asyncio.run(server.save(tracker))
    return tracker


def user_texts(tracker: DialogueStateTracker) -> list[str]:
    return [e.text for e in tracker.events if isinstance(e, UserUttered)]


def test_the_next_turn_gets_the_kept_tracker_and_saves_only_its_new_events(stores):
    (server, _), _ = stores
    first = saved(server, "gesprek-a", "hallo")
    assert asyncio.run(server.retrieve("gesprek-a")) is first  # not rebuilt from the store
    for event in a_turn("mag ik bijverdienen"):
        first.update(event)
    asyncio.run(server.save(first))
    server.cache.take("gesprek-a")  # force a load from the store
    loaded = asyncio.run(server.retrieve("gesprek-a"))
    assert loaded is not first
    assert [e.as_dict() for e in loaded.events] == [e.as_dict() for e in first.events]  # no event twice, none lost


def test_an_erased_conversation_leaves_the_cache_without_another_turn(stores):
    """A DELETE: the background check drops the kept tracker within ERASE_CHECK_S, no turn needed."""
    (server, _), gateway_store = stores

    async def scenario():
        tracker = DialogueStateTracker.from_events("gesprek-wis", a_turn("ik heet Jan en ik heb schulden"))
        await server.save(tracker)
        await server.retrieve("ander-gesprek")  # a turn elsewhere starts the background check
        assert "gesprek-wis" in server.cache
        await asyncio.get_running_loop().run_in_executor(None, gateway_store.erase, ["gesprek-wis"])
        await asyncio.sleep(module.ERASE_CHECK_S * 2.5)
        return "gesprek-wis" in server.cache

    assert asyncio.run(scenario()) is False
    assert asyncio.run(server.retrieve("gesprek-wis")) is None


def test_the_retention_sweep_reaches_the_cache(stores, tmp_path):
    (server, _), gateway_store = stores
    saved(server, "gesprek-oud", "hallo", "mag ik bijverdienen")
    assert "gesprek-oud" in server.cache
    sessions = SessionStore(tmp_path / "gateway.db")
    try:
        # No session holds it (an orphan): the sweep erases it after the default bewaartermijn.
        done = opschonen(sessions, gateway_store, now=datetime.now(timezone.utc) + timedelta(days=400),
                         key_dir=tmp_path)
    finally:
        sessions.close()
    assert done.gesprekken_zonder_sessie >= 1
    server.drop_erased()
    assert "gesprek-oud" not in server.cache
    assert asyncio.run(server.retrieve("gesprek-oud")) is None


def test_a_turn_on_the_other_server_is_never_missed(stores):
    """Two Rasa servers (make run-schaal): each keeps its own tracker; the store decides which is current."""
    (server_a, server_b), _ = stores
    saved(server_a, "gesprek-twee", "hallo")
    next_turn(server_b, "gesprek-twee", "mijn moeder betaalt mijn boodschappen")
    on_a = next_turn(server_a, "gesprek-twee", "mag ik bijverdienen")
    assert user_texts(on_a) == ["hallo", "mijn moeder betaalt mijn boodschappen", "mag ik bijverdienen"]
    server_b.cache.take("gesprek-twee")
    on_b = asyncio.run(server_b.retrieve("gesprek-twee"))
    assert [e.as_dict() for e in on_b.events] == [e.as_dict() for e in on_a.events]


def test_a_failed_turn_leaves_nothing_in_the_cache(stores):
    (server, _), _ = stores
    saved(server, "gesprek-fout", "hallo")
    in_turn = asyncio.run(server.retrieve("gesprek-fout"))
    in_turn.update(SlotSet("variant", "nl-je"))  # the turn fails before its save
    again = asyncio.run(server.retrieve("gesprek-fout"))
    assert again is not in_turn
    assert len(again.events) == 3


def test_a_message_with_personal_data_is_kept_only_as_the_store_has_it(stores):
    (server, _), _ = stores
    saved(server, "gesprek-iban", "mijn rekening is NL91ABNA0417164300")
    kept = asyncio.run(server.retrieve("gesprek-iban"))
    assert "NL91ABNA0417164300" not in user_texts(kept)[0]
    assert "NL91ABNA0417164300" not in kept.latest_message.text
    server.cache.take("gesprek-iban")
    from_store = asyncio.run(server.retrieve("gesprek-iban"))
    assert [e.as_dict() for e in from_store.events] == [e.as_dict() for e in kept.events]


def test_a_slot_with_personal_data_is_not_kept(stores):
    (server, _), _ = stores
    tracker = DialogueStateTracker.from_events("gesprek-slot", [*a_turn("hallo"), SlotSet("variant", "NL91ABNA0417164300")])
    asyncio.run(server.save(tracker))
    assert "gesprek-slot" not in server.cache
    assert asyncio.run(server.retrieve("gesprek-slot")).get_slot("variant") != "NL91ABNA0417164300"


def test_the_cache_stays_within_its_event_budget():
    cache = TrackerCache(max_events=10)
    for number in range(5):
        cache.put(f"gesprek-{number}", DialogueStateTracker.from_events(f"g{number}", a_turn("hallo")), number)
    assert len(cache) == 3  # 3 events each: the oldest went first
    assert "gesprek-4" in cache and "gesprek-1" not in cache
    cache.drop_idle(now=10**12)
    assert len(cache) == 0


def test_no_unredacted_message_stays_in_the_kept_history(stores):
    from wegwijs.rasa import history

    (server, _), _ = stores
    history.install()
    try:
        tracker = DialogueStateTracker.from_events("gesprek-geschiedenis", a_turn("hallo"))
        tracker.applied_events()  # the policies looked at it during the turn
        for event in a_turn("mijn rekening is NL91ABNA0417164300"):
            tracker.update(event)
        tracker.applied_events()
        asyncio.run(server.save(tracker))
        kept = asyncio.run(server.retrieve("gesprek-geschiedenis"))
        assert not any("NL91ABNA0417164300" in (getattr(e, "text", "") or "") for e in kept.applied_events())
    finally:
        history.uninstall()
