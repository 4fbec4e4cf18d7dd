"""The gateway's storage seam (wegwijs/gateway_db.py) on SQLite and on PostgreSQL, and the Redis rate limits.

Two gateways on two nodes have separate var/ folders; with
WEGWIJS_GATEWAY_DB_URL and WEGWIJS_REDIS_URL they must still see the same
sessions, test turns, marks, tester keys and rate-limit counters, and
erasure and retention must reach those stores. Against Debian's PostgreSQL
and a real redis-server (make test installs both).
"""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone

import pytest
import redis

from gateway import testsessies
from gateway.limits import RedisRateLimiter, open_limiter
from gateway.opschonen import opschonen
from gateway.store import SessionStore
from gateway.tracker import TrackerStore
from wegwijs.dialogen.concepten import Concepten, exporteer_alle
from wegwijs.dialogen.script import inbox_dir
from wegwijs.gateway_db import is_postgres, open_gateway_db, schema_lock
from wegwijs.instance import free_port
from wegwijs.settings import Settings
from wegwijs.testers import Testers


@pytest.fixture(scope="module")
def redis_url(redis_port):
    return f"redis://127.0.0.1:{redis_port}/2"
    server.wait()


def node(tmp_path, number: int, **shared) -> Settings:
    """The settings of a gateway on node `number`: its own var/ folder, the shared stores."""
    return Settings().with_(var_dir=tmp_path / f"knooppunt-{number}", **shared)


@pytest.fixture(params=["sqlite", "postgres"])
def two_nodes(request, tmp_path):
    """Two session stores as two gateways see them: on SQLite one var/ (one machine), on PostgreSQL two."""
    if request.param == "sqlite":
        settings = [node(tmp_path, 1), node(tmp_path, 1)]
    else:
        url = request.getfixturevalue("pg_url")
        settings = [node(tmp_path, 1, gateway_db_url=url), node(tmp_path, 2, gateway_db_url=url)]
    stores = [SessionStore.open(s) for s in settings]
    for store in stores:
        with schema_lock(store.db, settings[0].gateway_db):
            testsessies.ensure_tables(store.db)
    yield settings, stores
    for store in stores:
        store.close()


def test_the_default_is_sqlite_under_var_and_needs_no_postgres(tmp_path):
    settings = node(tmp_path, 1)
    store = SessionStore.open(settings)
    try:
        assert not is_postgres(store.db)
        assert settings.gateway_db.exists()
        assert type(open_limiter(settings, store.db)).__name__ == "RateLimiter"
    finally:
        store.close()


def test_a_session_made_on_one_node_is_read_changed_and_erased_on_the_other(two_nodes):
    _, (one, two) = two_nodes
    session_id, session = one.create("voorbeeldstad", knoppen=["/giften"])
    assert two.get(session_id).conversation_id == session.conversation_id
    two.touch(session_id, ["/bijverdienen"])
    two.set_taal(session_id, "en")
    seen = one.get(session_id)
    assert seen.knoppen == ("/bijverdienen",) and seen.taal == "en" and seen.bericht_op
    assert one.by_conversation(session.conversation_id) == seen
    assert two.delete(session_id) == seen
    assert one.get(session_id) is None and one.by_conversation(session.conversation_id) is None


def test_postgres_keeps_only_the_hash_of_a_session_id(two_nodes):
    settings, (one, _) = two_nodes
    session_id, _ = one.create("voorbeeldstad")
    rows = one.db.execute("SELECT * FROM sessions").fetchall()
    assert rows and not any(session_id in str(value) for row in rows for value in row)


def test_turns_of_one_test_conversation_recorded_at_once_on_two_nodes_get_their_own_numbers(two_nodes):
    _, stores = two_nodes
    _, session = stores[0].create("voorbeeldstad", test=True, tester="Anja")
    errors = []

    def record(store, start):
        try:
            for i in range(10):
                testsessies.record_turn(store.db, session, f"vraag {start + i}", [{"text": "antwoord"}])
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    threads = [threading.Thread(target=record, args=(store, 100 * n)) for n, store in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors
    turns = list(stores[1].db["test_beurten"].rows_where("conversation_id = ?", [session.conversation_id]))
    assert sorted(t["beurt"] for t in turns) == list(range(20))


def test_test_turns_are_redacted_before_they_are_stored(two_nodes):
    _, (one, two) = two_nodes
    _, session = one.create("voorbeeldstad", test=True, tester="Anja")
    testsessies.record_turn(one.db, session, "mijn bsn is 111222333 en mijn mail a.b@example.nl", [])
    stored = list(two.db["test_beurten"].rows_where("conversation_id = ?", [session.conversation_id]))
    assert "111222333" not in stored[0]["tekst"] and "example.nl" not in stored[0]["tekst"]


def test_a_tester_key_made_on_one_node_opens_the_review_on_the_other_and_its_revocation_too(two_nodes):
    _, (one, two) = two_nodes
    token = Testers(one.db).add("Bas", rol="coordinator")
    assert Testers(two.db).toegang(token).naam == "Bas" and Testers(two.db).toegang(token).coordinator
    Testers(two.db).revoke("Bas")
    assert Testers(one.db).toegang(token).reden == "ingetrokken"


def test_marks_variants_and_the_draft_of_a_test_conversation_go_when_it_is_erased(two_nodes):
    _, (one, two) = two_nodes
    _, session = one.create("voorbeeldstad", test=True, tester="Anja")
    testsessies.record_turn(one.db, session, "/welkom", [])
    testsessies.choose_variant(one.db, session.conversation_id, "nl-je")
    mark = two.db["markeringen"].insert({"tester": "Anja", "tijd": "2026-12-05T10:00:00+00:00",
                                         "conversation_id": session.conversation_id, "beurt": 0,
                                         "oordeel": "klopt_niet", "opmerking": "", "status": "nieuw"}).last_pk
    assert two.db["markeringen"].get(mark)["oordeel"] == "klopt_niet"
    assert testsessies.chosen_variant(two.db, session.conversation_id) == "nl-je"
    Concepten(one.db).bewaar(session.conversation_id, "Anja", "titel: concept\n")
    testsessies.erase_test_data(two.db, session)
    for table in ("test_beurten", "markeringen", "test_aanspreekvorm", "dialoog_concepten"):
        assert not list(one.db[table].rows_where("conversation_id = ?", [session.conversation_id])), table


def test_retention_reaches_the_shared_sessions_and_test_turns(two_nodes, tmp_path):
    settings, (one, two) = two_nodes
    old_id, old = one.create("voorbeeldstad", test=True, tester="Anja")
    new_id, _ = one.create("voorbeeldstad")
    testsessies.record_turn(one.db, old, "een oude vraag", [])
    Concepten(one.db).bewaar(old.conversation_id, "Anja", "titel: oud concept\n")
    Concepten(one.db).bewaar("gesprek-al-lang-weg", "Anja", "titel: zonder gesprek\n")
    one.touch(old_id, [])
    one.touch(new_id, [])
    long_ago = (datetime.now(timezone.utc) - timedelta(days=400)).isoformat(timespec="seconds")
    one.db.execute("UPDATE sessions SET last_active_at = ? WHERE conversation_id = ?", [long_ago, old.conversation_id])
    trackers = TrackerStore(f"sqlite:///{tmp_path / 'rasa.db'}")
    try:
        done = opschonen(two, trackers, key_dir=settings[1].var_dir)  # the other node's sweep
    finally:
        trackers.close()
    assert done.sessies == 1
    assert one.get(old_id) is None and one.get(new_id) is not None
    assert not list(one.db["test_beurten"].rows_where("conversation_id = ?", [old.conversation_id]))
    assert not list(one.db["dialoog_concepten"].rows), "drafts of erased and of vanished conversations go"


def test_a_draft_saved_through_one_node_is_in_the_inbox_of_the_other(two_nodes):
    settings, (one, two) = two_nodes
    _, session = one.create("voorbeeldstad", test=True, tester="Anja")
    saved = Concepten(one.db).bewaar(session.conversation_id, "Anja", "titel: van knooppunt 1\n")
    inbox = inbox_dir(settings[1].var_dir)
    assert exporteer_alle(two.db, inbox) == [inbox / saved.naam]
    assert (inbox / saved.naam).read_text(encoding="utf-8") == "titel: van knooppunt 1\n"


def test_two_nodes_count_one_rate_limit_together_in_redis(redis_url):
    one, two = RedisRateLimiter(redis_url), RedisRateLimiter(redis_url)
    try:
        verdicts = [limiter.hit("adres", "192.0.2.7", 5) for limiter in (one, two) * 3]
        assert [v.allowed for v in verdicts] == [True] * 5 + [False]
        assert 1 <= verdicts[-1].retry_after_s <= 61
        assert two.hit("adres", "192.0.2.8", 5).allowed, "another address has its own count"
    finally:
        one.close()
        two.close()


def test_redis_holds_no_address_and_every_counter_expires(redis_url):
    limiter = RedisRateLimiter(redis_url)
    try:
        limiter.hit("nieuw", "198.51.100.23", 10, 24 * 3600)
        keys = limiter.redis.keys("wegwijs:limiet:*")
        assert keys and not any(b"198.51.100.23" in key for key in keys)
        for key in keys:
            assert 0 < limiter.redis.ttl(key) <= 2 * 24 * 3600 + 1, key
    finally:
        limiter.close()


def test_postgres_without_redis_is_refused_with_a_clear_message(pg_url, tmp_path):
    settings = node(tmp_path, 1, gateway_db_url=pg_url)
    db = open_gateway_db(settings)
    try:
        with pytest.raises(ValueError, match="WEGWIJS_REDIS_URL"):
            open_limiter(settings, db)
    finally:
        db.close()


def test_signals_and_counts_of_every_node_land_in_the_one_shared_database(pg_url, tmp_path, monkeypatch):
    from datetime import date

    from wegwijs import signalen

    monkeypatch.setenv(signalen.URL_ENV, pg_url)
    day = date(2026, 12, 1)
    one, two = signalen.SignalenStore(signalen.pad(tmp_path / "a")), signalen.SignalenStore(signalen.pad(tmp_path / "b"))
    try:
        one.geef("voorbeeldstad", "giften", "dit is oneerlijk, bel 0612345678", vandaag=day)
        for _ in range(12):
            two.tel_alles("voorbeeldstad", [("onderwerp", "giften")], vandaag=day)
        one.tel("voorbeeldstad", "mens", "mens_spreken", vandaag=day)
        given = two.signalen("voorbeeldstad")
        assert len(given) == 1 and "0612345678" not in given[0]["tekst"], "redacted before it was stored"
        per_week = one.per_week("voorbeeldstad")
        assert per_week["onderwerp"]["giften"] == {"2026-W49": 12}
        assert per_week["mens"]["mens_spreken"] == {"2026-W49": signalen.KLEIN}
        assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists(), "nothing in a var/ folder"
        assert two.opschonen({"voorbeeldstad": 30}, vandaag=date(2027, 3, 1)) == 1
        assert one.signalen("voorbeeldstad") == [] and one.weken("voorbeeldstad") == []
    finally:
        one.close()
        two.close()


def test_two_nodes_with_their_own_var_agree_on_the_channel_key_only_when_it_comes_from_outside(tmp_path, monkeypatch):
    from wegwijs.protocol import CHANNEL_KEY_ENV, channel_token

    monkeypatch.delenv(CHANNEL_KEY_ENV, raising=False)
    assert channel_token(tmp_path / "knooppunt-1") != channel_token(tmp_path / "knooppunt-2"), "a file per var/"
    monkeypatch.setenv(CHANNEL_KEY_ENV, "k" * 43)
    assert channel_token(tmp_path / "knooppunt-1") == channel_token(tmp_path / "knooppunt-2") == "k" * 43


@pytest.mark.parametrize("down", ["redis", "postgres"])
async def test_a_shared_store_that_is_down_gives_a_kind_503_not_a_crash(down, aiohttp_client):
    """Found while moving the state out: Redis or PostgreSQL unreachable gave a 500 "er ging iets mis"."""
    import psycopg2
    from aiohttp import web

    from gateway.core import SETTINGS, json_errors

    async def handler(request):
        if down == "redis":
            RedisRateLimiter(f"redis://127.0.0.1:{free_port()}/2").hit("adres", "192.0.2.1", 10)
        raise psycopg2.OperationalError("connection refused")

    app = web.Application(middlewares=[json_errors])
    app[SETTINGS] = Settings()
    app.router.add_post("/api/sessions", handler)
    client = await aiohttp_client(app)
    response = await client.post("/api/sessions", json={})
    body = await response.json()
    assert response.status == 503 and body["error"] == "assistent_onbereikbaar"
    assert "Traceback" not in body["message"] and body["message"].startswith("Sorry")
