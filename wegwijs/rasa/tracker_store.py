"""Rasa's SQL tracker store, but personal data is redacted before it is written,
and the trackers of the conversations this server just answered stay in memory.

Redaction: Rasa keeps the full text in memory for the turn it is handling, so
the model and the actions see what they need; only what reaches the database
is redacted (wegwijs/redactie.py).

The memory cache (issue #16): Rasa loads and deserialises every event of the
conversation on every turn, so a turn gets slower as the conversation grows.
After a save the tracker is kept (TrackerCache) and the next turn of that
conversation takes it instead of rebuilding it, when all of this holds:

- the store still ends with the event this server wrote last (one indexed
  query: `max(id)` of the conversation). Another Rasa server that answered a
  turn in between (`make run-schaal`), an erasure or the retention sweep
  changes that, and the tracker is loaded from the store as before;
- the kept tracker holds what the store holds: a user or bot message that
  redaction changed is swapped for its redacted form (as_stored); a turn
  where redaction changed another event (a slot) is not kept;
- a turn takes its tracker out of the cache; a turn that fails before its
  save leaves nothing behind.

Erasure reaches the cache: every erasure leaves a tombstone
(wegwijs/tombstones.py), and the cache drops tombstoned conversations at most
ERASE_CHECK_S after it (a background task, and on every turn). Kept trackers
also go after CACHE_IDLE_S without a turn, and the cache holds at most
WEGWIJS_TRACKER_CACHE_EVENTS events in all (0 switches it off).

Used from bot/endpoints*.yml as
`type: wegwijs.rasa.tracker_store.RedactingSQLTrackerStore`.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import os
import time
from collections import OrderedDict
from dataclasses import dataclass

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.events import BotUttered, Event, SessionStarted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from wegwijs import signalen, tombstones
from wegwijs.rasa.history import forget as forget_history
from wegwijs.redactie import redact_value

log = logging.getLogger(__name__)

CACHE_EVENTS_ENV = "WEGWIJS_TRACKER_CACHE_EVENTS"
CACHE_EVENTS_DEFAULT = 50_000  # about 15 conversations of 300 messages, or 500 of 30
CACHE_IDLE_S = 600.0
ERASE_CHECK_S = 1.0
# Set on a tracker this store loaded or saved: how many of its events are in the store.
STORED_LENGTH = "_wegwijs_stored_events"


def _sqlite_pragmas(connection, _record) -> None:
    # WAL: readers never block the writer, and a commit is one append, not a rewrite.
    # secure_delete: erased conversations are overwritten, not just marked free.
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "secure_delete = ON", "busy_timeout = 10000"):
        connection.execute(f"PRAGMA {pragma}")


def pooled_sqlite_engine(engine: sa.engine.Engine) -> sa.engine.Engine:
    """The same SQLite database, with its connections kept open between turns (issue #16).

    SQLAlchemy 1.4 opens and closes a connection per session for a SQLite
    file (NullPool): each turn paid for opening the file, the pragmas, and on
    closing the last connection a WAL checkpoint (about 10 % of a Rasa
    server's time under load). An idle kept connection holds no transaction
    (SQLAlchemy rolls back on return), so it blocks no writer and no
    checkpoint of the gateway's erasure.
    """
    pooled = sa.create_engine(
        engine.url, poolclass=sa.pool.QueuePool, pool_size=2, max_overflow=4,
        connect_args={"check_same_thread": False},  # the pool hands a connection to one user at a time
    )
    sa.event.listen(pooled, "connect", _sqlite_pragmas)
    engine.dispose()
    return pooled


@dataclass
class Kept:
    tracker: DialogueStateTracker
    last_event_id: int  # the id of the conversation's last row in the store when it was kept
    id_hash: str  # how its tombstone names it
    used_at: float


class TrackerCache:
    """Trackers this server saved last, each with the id of its last stored event (LRU, bounded in events)."""

    def __init__(self, max_events: int, idle_s: float = CACHE_IDLE_S):
        self.max_events = max_events
        self.idle_s = idle_s
        self._kept: OrderedDict[str, Kept] = OrderedDict()
        self._events = 0

    def __len__(self) -> int:
        return len(self._kept)

    def __contains__(self, sender_id: str) -> bool:
        return sender_id in self._kept

    def take(self, sender_id: str) -> Kept | None:
        kept = self._kept.pop(sender_id, None)
        if kept is not None:
            self._events -= len(kept.tracker.events)
        return kept

    def put(self, sender_id: str, tracker: DialogueStateTracker, last_event_id: int) -> None:
        self.take(sender_id)
        size = len(tracker.events)
        if size > self.max_events:
            return
        self._kept[sender_id] = Kept(tracker, last_event_id, tombstones.id_hash(sender_id), time.monotonic())
        self._events += size
        while self._events > self.max_events:
            oldest = next(iter(self._kept))
            self.take(oldest)

    def drop_idle(self, now: float | None = None) -> None:
        cutoff = (now if now is not None else time.monotonic()) - self.idle_s
        for sender_id in [s for s, kept in self._kept.items() if kept.used_at < cutoff]:
            self.take(sender_id)

    def drop_hashes(self, id_hashes: set[str]) -> None:
        for sender_id in [s for s, kept in self._kept.items() if kept.id_hash in id_hashes]:
            self.take(sender_id)


def as_stored(tracker: DialogueStateTracker, redacted: dict[int, dict]) -> bool:
    """Put the redacted form of these events in the tracker, as the store has them; False when that cannot be done.

    A user or bot message only sets the tracker's latest message (or bot
    utterance), so it can be swapped for its redacted form exactly. Any other
    event changed by redaction (a slot with personal data) is not swapped:
    the tracker is then not kept, and the next turn loads it from the store.
    """
    if any(data.get("event") not in (UserUttered.type_name, BotUttered.type_name) for data in redacted.values()):
        return False
    for position, data in redacted.items():
        old, new = tracker.events[position], Event.from_parameters(data)
        tracker.events[position] = new
        if tracker.latest_message is old:
            tracker.latest_message = new
        if tracker.latest_bot_utterance is old:
            tracker.latest_bot_utterance = new
    if redacted:
        forget_history(tracker)  # its continued states still hold the unredacted events: computed again next turn
    return True


class RedactingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            self.engine = pooled_sqlite_engine(self.engine)
            self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        with self.engine.begin() as conn:
            tombstones.create_table(conn)
        self.cache = TrackerCache(int(os.environ.get(CACHE_EVENTS_ENV, CACHE_EVENTS_DEFAULT)))
        self._erase_checked_at = time.time()
        self._sweeper: asyncio.Task | None = None

    # --- the cache ----------------------------------------------------------------

    def _last_event_id(self, session, sender_id: str) -> int | None:
        return session.execute(
            sa.text("SELECT max(id) FROM events WHERE sender_id = :s"), {"s": sender_id}
        ).scalar()

    def drop_erased(self) -> None:
        """Forget kept trackers of erased conversations (their tombstones), and idle ones."""
        since, self._erase_checked_at = self._erase_checked_at, time.time()
        if len(self.cache):
            with self.engine.connect() as conn:
                # A minute's margin: the eraser's clock (another machine) may be a little behind.
                erased = {row[0] for row in tombstones.buried_since(conn, since - 60)}
            self.cache.drop_hashes(erased)
        self.cache.drop_idle()

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(ERASE_CHECK_S)
            try:
                self.drop_erased()
            except Exception:  # noqa: BLE001 - the store may be down for a moment; clear what we cannot check
                log.exception("tracker cache: could not check for erasures; cache cleared")
                for sender_id in list(self.cache._kept):
                    self.cache.take(sender_id)

    def _start_sweeper(self) -> None:
        if self._sweeper is None or self._sweeper.done():
            try:
                self._sweeper = asyncio.get_running_loop().create_task(self._sweep_forever())
            except RuntimeError:  # no running loop (a test calling the store directly)
                self._sweeper = None

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        self._start_sweeper()
        if time.time() - self._erase_checked_at > ERASE_CHECK_S:
            self.drop_erased()
        kept = self.cache.take(sender_id)
        if kept is not None:
            with self.session_scope() as session:
                if self._last_event_id(session, sender_id) == kept.last_event_id:
                    return kept.tracker
        tracker = await super().retrieve(sender_id)
        if tracker is not None:
            setattr(tracker, STORED_LENGTH, len(tracker.events))  # as many as Rasa's count of stored events
        return tracker

    # --- saving -------------------------------------------------------------------

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        self.cache.take(tracker.sender_id)
        # Redacted and serialised before the write lock: the other Rasa server waits only for the
        # writes themselves (SQLite's busy wait sleeps on the event loop, 1 ms and more each time).
        new_events = self._known_new_events(tracker)
        rows = self._rows(tracker, new_events) if new_events is not None else None
        with self.session_scope() as session:
            tombstones.lock(session, tracker.sender_id)
            if tombstones.is_erased(session, tracker.sender_id):
                # Erased while this turn was answered: writing it now would bring it back.
                log.info("conversation erased during its turn; not saved")
                session.rollback()
                return
            if rows is None:
                new_events = list(self._additional_events(session, tracker))
                rows = self._rows(tracker, new_events)
            values, redacted = rows
            if values:  # one INSERT for all rows (SQLAlchemy Core): the ORM's unit of work cost more than the write
                session.execute(self.SQLEvent.__table__.insert(), values)
            last_event_id = self._last_event_id(session, tracker.sender_id)
            session.commit()
        signalen.tel_beurt(tracker, new_events, self.domain)  # anonymous weekly counts (issue #17): no who, no when
        setattr(tracker, STORED_LENGTH, len(tracker.events))
        # A new session in this turn: Rasa loads only its events next time, so the kept tracker
        # (with the old session's events too) would not be what the store gives. Not kept.
        new_session = any(isinstance(event, SessionStarted) for event in new_events)
        if not new_session and last_event_id is not None and as_stored(tracker, redacted):
            self.cache.put(tracker.sender_id, tracker, last_event_id)

    def _rows(self, tracker: DialogueStateTracker, new_events: list) -> tuple[list, dict[int, dict]]:
        """The rows to write (column: value), redacted, and {position in tracker.events: the event as stored} where redaction changed it."""
        rows, redacted = [], {}
        first = len(tracker.events) - len(new_events)
        for position, event in enumerate(new_events, first):
            raw = event.as_dict()
            data = redact_value(raw)
            serialised = json.dumps(data)
            if serialised != json.dumps(raw):  # (tuples are lists in both)
                redacted[position] = data
            rows.append({
                "sender_id": tracker.sender_id,
                "type_name": event.type_name,
                "timestamp": data.get("timestamp"),
                "intent_name": data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                "action_name": data.get("name"),
                "data": serialised,
            })
        return rows, redacted

    @staticmethod
    def _known_new_events(tracker: DialogueStateTracker) -> list | None:
        """The events not stored yet: after the ones the tracker had when it was loaded; None when that is unknown
        (a tracker this store did not load: then Rasa's count of the stored events decides, under the lock)."""
        stored = getattr(tracker, STORED_LENGTH, None)
        if stored is None:
            return None
        return list(itertools.islice(tracker.events, stored, len(tracker.events)))
