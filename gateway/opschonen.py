"""Opschonen (retention): conversations idle longer than the gemeente's bewaartermijn are erased.

Run by `wegwijs opschonen` and, every WEGWIJS_OPSCHONEN_INTERVAL seconds, by the
running gateway. Erasing is the same as on request: the Rasa tracker, a test
session's turns and marks, and the session row. Conversations in the tracker
store without a session (left by a crash, or by a channel that is gone) are
erased after the default bewaartermijn. The gateway tables are those of
whichever gateway database is set (wegwijs/gateway_db.py: SQLite, or the
PostgreSQL every node shares, vacuumed after a sweep that erased something);
rate-limit counters in Redis expire by themselves. A channel's own session rows (Telegram's
chat -> session table, in its own file or the shared database) go through the hook it
registers (channel_stores()). Draft scripts of erased test conversations go with them.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from dataclasses import dataclass
from importlib.metadata import entry_points
from datetime import datetime, timedelta, timezone
from pathlib import Path

import sqlalchemy as sa

from gateway import testsessies
from gateway.limits import forget_old_counts
from gateway.store import SessionStore
from gateway.tracker import TrackerStore
from wegwijs import signalen
from wegwijs.dialogen import concepten
from wegwijs.gateway_db import is_postgres
from wegwijs.gemeente import BEWAARTERMIJN_STANDAARD, OnbekendeGemeenteFout, bekende_gemeenten, laad_gemeente

log = logging.getLogger(__name__)

CHANNEL_STORES = "wegwijs.channel_stores"
# The gateway tables a conversation leaves rows in (vacuumed after a sweep on PostgreSQL).
ERASED_TABLES = ["sessions", "test_beurten", "markeringen", "test_aanspreekvorm", concepten.TABLE]


@dataclass(frozen=True)
class Opgeschoond:
    sessies: int
    gesprekken_zonder_sessie: int
    tracker_events: int
    stille_sessies: int = 0
    signalen: int = 0


def bewaartermijn(gemeente: str) -> int:
    try:
        return laad_gemeente(gemeente).bewaartermijn_dagen
    except OnbekendeGemeenteFout:
        return BEWAARTERMIJN_STANDAARD


def opschonen(
    store: SessionStore,
    trackers: TrackerStore,
    now: datetime | None = None,
    key_dir: Path | None = None,
    stille_sessie_minuten: int = 60,
) -> Opgeschoond:
    now = now or datetime.now(timezone.utc)
    expired = []
    for gemeente in store.gemeenten():
        cutoff = now - timedelta(days=bewaartermijn(gemeente))
        expired += store.idle_sessions(gemeente, cutoff.isoformat(timespec="seconds"))
    conversation_ids = [row["conversation_id"] for row in expired]

    default_cutoff = (now - timedelta(days=BEWAARTERMIJN_STANDAARD)).timestamp()
    orphans = [cid for cid in trackers.idle_conversations(default_cutoff) if store.by_conversation(cid) is None]

    removed_events = trackers.erase(conversation_ids + orphans)
    for row in expired:
        testsessies.erase_test_data(store.db, store.session_of(row))
        store.delete_by_hash(row["id_hash"])
    # Sessions opened without a single message have no conversation in Rasa: only their row goes.
    quiet = store.delete_quiet((now - timedelta(minutes=stille_sessie_minuten)).isoformat(timespec="seconds"))
    concepten.vergeet_zonder_gesprek(store.db)
    forget_old_counts(store.db, key_dir)
    if is_postgres(store.db) and (expired or quiet):
        store.db.vacuum(ERASED_TABLES)  # the erased rows' old versions leave the table files now
    trackers.forget_old_tombstones()
    return Opgeschoond(len(expired), len(orphans), removed_events, quiet)


def database_mb(settings) -> float:
    """The size of every database the assistant writes, for the storage alarm.

    SQLite files under var/ (with their write-ahead logs) and each PostgreSQL
    database that is set (gateway tables, tracker store, signals): a database
    that several of them share is counted once.
    """
    paths = [settings.gateway_db]
    if not settings.tracker_url_env:
        paths.append(settings.tracker_db)
    files = [p.with_name(p.name + suffix) for p in paths for suffix in ("", "-wal")]
    file_bytes = sum(f.stat().st_size for f in files if f.exists())
    return (file_bytes + sum(postgres_bytes(url) for url in postgres_databases(settings).values())) / 1e6


def postgres_databases(settings) -> dict[tuple, str]:
    """(host, port, database) -> a URL to reach it, for each PostgreSQL database these settings name."""
    found: dict[tuple, str] = {}
    for url in (settings.gateway_db_url, settings.tracker_url_env, signalen.gedeelde_url()):
        if not url:
            continue
        parsed = sa.engine.make_url(url)
        if parsed.get_backend_name() == "postgresql":
            found.setdefault((parsed.host, parsed.port or 5432, parsed.database), url)
    return found


def postgres_bytes(url: str) -> int:
    """pg_database_size of this database: its tables, indexes and the space of erased rows not yet reused."""
    engine = sa.create_engine(url, future=True, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT pg_database_size(current_database())")).scalar_one())
    finally:
        engine.dispose()


def opschonen_alles(settings) -> Opgeschoond:
    """One sweep of everything past its bewaartermijn, with its own connections (in a thread, next to the gateway's own)."""
    store, trackers = SessionStore.open(settings), TrackerStore(settings.tracker_url)
    try:
        done = opschonen(store, trackers, key_dir=settings.var_dir, stille_sessie_minuten=settings.stille_sessie_minuten)
        forget_in_channel_stores(settings, store)
        done = dataclasses.replace(done, signalen=signalen_opschonen(settings.var_dir))  # Opgeschoond is frozen
    finally:
        trackers.close()
        store.close()
    opslag_alarm(settings)
    return done


def opslag_alarm(settings) -> bool:
    """Log a warning when the databases together are larger than WEGWIJS_OPSLAG_ALARM_MB; True when so."""
    try:
        size = database_mb(settings)
    except sa.exc.SQLAlchemyError as error:  # PostgreSQL unreachable now: the sweep itself is done
        log.warning("storage alarm: could not measure the databases now: %s", type(error).__name__)
        return False
    if size <= settings.opslag_alarm_mb:
        return False
    log.warning("storage alarm: the databases hold %.0f MB, more than WEGWIJS_OPSLAG_ALARM_MB=%d",
                size, settings.opslag_alarm_mb)
    return True


def signalen_opschonen(var_dir: Path) -> int:
    """Signals past their gemeente's own term (they have no conversation, so nothing else removes them)."""
    path = signalen.pad(var_dir)
    if not signalen.bestaat(var_dir):
        return 0
    termijnen = {code: laad_gemeente(code).signalen_bewaartermijn_dagen for code in bekende_gemeenten()}
    store = signalen.SignalenStore(path)
    try:
        return store.opschonen(termijnen)
    finally:
        store.close()


def channel_stores() -> list:
    """Channels that keep session ids of their own register a hook in the entry point group CHANNEL_STORES.

    A hook is `forget_sessions_not_in(settings, is_known) -> int` (see
    kanalen/telegram_chats.py): the settings say where the channel keeps its
    rows (its file under settings.var_dir, or the shared database of
    settings.gateway_db_url). Found by registration, so the gateway imports no channel.
    """
    return [entry.load() for entry in entry_points(group=CHANNEL_STORES)]


def forget_in_channel_stores(settings, store: SessionStore) -> None:
    """Channels' own session rows whose session is gone go too."""
    for forget_sessions_not_in in channel_stores():
        forget_sessions_not_in(settings, lambda session_id: store.get(session_id) is not None)


async def regelmatig_opschonen(settings) -> None:
    """The running gateway's own sweep, at start and then every interval; a failure is retried next time."""
    loop = asyncio.get_running_loop()
    while True:
        try:
            done = await loop.run_in_executor(None, opschonen_alles, settings)
            if done.sessies or done.gesprekken_zonder_sessie or done.stille_sessies:
                log.info("retention: erased %d sessions, %d orphaned conversations, %d sessions without a message",
                         done.sessies, done.gesprekken_zonder_sessie, done.stille_sessies)
        except Exception:  # noqa: BLE001 - keep sweeping; the next run retries
            log.exception("retention sweep failed")
        await asyncio.sleep(settings.opschonen_interval_s)
