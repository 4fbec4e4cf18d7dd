"""The gateway's answers to the security review (M3, M4, M6, L4-L8, L11, I1, I2, I5).

Each test reproduces the finding as the review describes it, against the
real gateway in front of the running stack's Rasa and action server.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from datetime import datetime, timedelta, timezone

import pytest

from gateway.app import STORE
from gateway.opschonen import opschonen
from gateway.store import _hash as id_hash
from gateway.tracker import TrackerStore
from tests.gateway.test_limits import gateway  # the stack's settings: every limit off unless a test sets one

pytestmark = pytest.mark.stack



async def start(client, **kwargs) -> tuple[str, list[dict]]:
    response = await client.post("/api/sessions", json={}, **kwargs)
    assert response.status == 201, await response.text()
    body = await response.json()
    return body["session_id"], body["messages"]


async def say(client, session_id: str, text: str, **kwargs):
    return await client.post(f"/api/sessions/{session_id}/messages", json={"text": text}, **kwargs)


def user_events(stack, conversation_id: str) -> list[dict]:
    with sqlite3.connect(stack.settings.tracker_db) as conn:
        rows = conn.execute(
            "SELECT data FROM events WHERE sender_id = ? AND type_name = 'user' ORDER BY id", [conversation_id]
        ).fetchall()
    return [json.loads(row[0]) for row in rows]


def conversation_of(client, session_id: str) -> str:
    return client.server.app[STORE].get(session_id).conversation_id


# --- M3: a session costs nothing in Rasa until the person writes ------------------------------

async def test_a_new_session_stores_no_conversation_until_the_first_message(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, messages = await start(client)
        assert "computerprogramma" in messages[0]["text"]
        assert [b["payload"] for b in messages[0]["buttons"]][:2] == ["/giften", "/bijverdienen"]
        conversation_id = conversation_of(client, session_id)
        assert user_events(stack, conversation_id) == []
        assert (await say(client, session_id, "mag ik bijverdienen")).status == 200
        assert [e["text"] for e in user_events(stack, conversation_id)] == ["mag ik bijverdienen"]


async def test_the_welcome_follows_the_gemeente_and_its_aanspreekvorm(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        response = await client.post("/api/sessions", json={"gemeente": "voorbeelddorp"})
        text = (await response.json())["messages"][0]["text"]
        assert "Voorbeelddorp" in text and " je " in f" {text} " and " uw " not in f" {text} "


async def test_sessions_without_a_message_are_removed_after_an_hour(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        quiet, _ = await start(client)
        used, _ = await start(client)
        assert (await say(client, used, "hallo")).status == 200
        store = client.server.app[STORE]
        long_ago = (datetime.now(timezone.utc) - timedelta(minutes=61)).isoformat(timespec="seconds")
        store.db.execute("UPDATE sessions SET created_at = ?", [long_ago])
        trackers = TrackerStore(f"sqlite:///{stack.settings.tracker_db}")
        try:
            done = opschonen(store, trackers, key_dir=tmp_path)
        finally:
            trackers.close()
        # The gateway sweeps once at its start (opschonen.regelmatig_opschonen, in an executor): on a loaded machine
        # that first sweep can run after the UPDATE above and remove the quiet session before this call does
        # (fresh-clone CI of d16d4db, session 15: stille_sessies 0). Either sweep may be the one; the outcome is fixed.
        assert done.stille_sessies in (0, 1)
        assert store.get(quiet) is None and store.get(used) is not None


async def test_one_address_can_start_only_a_few_sessions_a_minute(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_nieuw_minuut=3, limiet_nieuw_dag=200) as client:
        for _ in range(3):
            await start(client)
        refused = await client.post("/api/sessions", json={})
        assert refused.status == 429
        assert "nieuwe gesprekken" in (await refused.json())["message"]
        assert int(refused.headers["Retry-After"]) <= 61


async def test_the_day_limit_on_new_sessions_holds_too(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_nieuw_minuut=100, limiet_nieuw_dag=2) as client:
        await start(client)
        await start(client)
        refused = await client.post("/api/sessions", json={})
        assert refused.status == 429
        assert int(refused.headers["Retry-After"]) > 61


# --- M4: typed payloads do not set slots ------------------------------------------------------

async def test_a_typed_intent_with_entities_is_passed_as_text(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, _ = await start(client)
        conversation_id = conversation_of(client, session_id)
        for text in ['/giften{"bedrag": {"euro": -5000, "periode": "keer"}}', '/giften{"bedrag": 1}', "/restart"]:
            response = await say(client, session_id, text)
            assert response.status == 200
            assert "geen antwoord" not in json.dumps(await response.json())
        events = user_events(stack, conversation_id)
        assert [e["text"] for e in events] == ['giften{"bedrag": {"euro": -5000, "periode": "keer"}}',
                                               'giften{"bedrag": 1}', "restart"]
        assert all(not e["parse_data"].get("entities") or
                   all(not isinstance(x.get("value"), (dict, int)) for x in e["parse_data"]["entities"])
                   for e in events)
        # The form that follows still works and shows no injected amount.
        messages = (await (await say(client, session_id, "ik kreeg geld van mijn moeder")).json())["messages"]
        assert "5.000" not in json.dumps(messages)


async def test_the_payload_of_an_offered_button_still_works(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, messages = await start(client)
        assert "/giften" in [b["payload"] for b in messages[0]["buttons"]]
        assert (await say(client, session_id, "/giften")).status == 200
        events = user_events(stack, conversation_of(client, session_id))
        assert events[-1]["text"] == "/giften" and events[-1]["parse_data"]["intent"]["name"] == "giften"


async def test_a_payload_that_was_not_offered_is_text(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, _ = await start(client)
        assert (await say(client, session_id, "/vergeet_mij")).status == 200
        assert user_events(stack, conversation_of(client, session_id))[-1]["text"] == "vergeet_mij"


# --- M6: an old id no longer reads the conversation back ---------------------------------------

async def test_a_session_idle_for_longer_than_an_hour_takes_no_messages_but_can_be_erased(stack, tmp_path):
    async with gateway(stack, tmp_path, hervat_minuten=60) as client:
        session_id, _ = await start(client)
        assert (await say(client, session_id, "hallo")).status == 200
        store = client.server.app[STORE]
        idle = (datetime.now(timezone.utc) - timedelta(minutes=61)).isoformat(timespec="seconds")
        store.db.execute("UPDATE sessions SET last_active_at = ? WHERE id_hash = ?", [idle, id_hash(session_id)])
        response = await say(client, session_id, "hoe oud ben ik?")
        assert response.status == 404
        assert (await response.json())["error"] == "onbekende_sessie"
        assert (await client.delete(f"/api/sessions/{session_id}")).status == 204
        assert store.get(session_id) is None


# --- L4, L5: erasing is never blocked by chatting; guessing ids is counted --------------------

async def test_erasing_works_when_the_address_used_up_its_message_limit(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_adres=3) as client:
        session_id, _ = await start(client)
        await say(client, session_id, "hallo")
        await say(client, session_id, "hallo")
        assert (await say(client, session_id, "hallo")).status == 429
        assert (await client.delete(f"/api/sessions/{session_id}")).status == 204


async def test_guessing_session_ids_is_counted_against_the_address(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_adres=5) as client:
        statuses = [(await say(client, f"geraden-id-{n:04d}-xxxxxxxxxxxxxxxx", "hoi")).status for n in range(8)]
        assert statuses[:5] == [404] * 5
        assert statuses[5:] == [429] * 3


# --- L6, L7, I1, I2, I5: headers, sites and hosts ----------------------------------------------

async def test_personal_answers_are_never_cached_and_no_versions_are_shown(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        response = await client.post("/api/sessions", json={})
        session_id = (await response.json())["session_id"]
        message = await say(client, session_id, "hallo")
        for answer in (response, message):
            assert answer.headers["Cache-Control"] == "no-store"
            assert answer.headers["Server"] == "Wegwijs"
            assert "max-age" in answer.headers["Strict-Transport-Security"]
            assert "camera=()" in answer.headers["Permissions-Policy"]
        assert "aiohttp" not in (await client.get("/livez")).headers.get("Server", "")


async def test_a_body_that_is_not_json_gets_415(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, _ = await start(client)
        for content_type in ("text/plain", "application/x-www-form-urlencoded"):
            response = await client.post(
                f"/api/sessions/{session_id}/messages", data='{"text": "hallo"}', headers={"Content-Type": content_type}
            )
            assert response.status == 415, content_type
            assert (await response.json())["error"] == "geen_json"


async def test_one_gemeentes_site_cannot_use_another_gemeente(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        dorp = "https://www.voorbeelddorp.nl"
        stad = "https://www.voorbeeldstad.nl"
        refused = await client.post("/api/sessions", json={"gemeente": "voorbeeldstad"}, headers={"Origin": dorp})
        assert refused.status == 403
        response = await client.post("/api/sessions", json={"gemeente": "voorbeelddorp"}, headers={"Origin": dorp})
        assert response.status == 201 and response.headers["Access-Control-Allow-Origin"] == dorp
        session_id = (await response.json())["session_id"]
        assert (await say(client, session_id, "hallo", headers={"Origin": stad})).status == 403


async def test_cors_only_on_the_widget_routes(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        origin = {"Origin": "https://www.voorbeeldstad.nl"}
        assert "Access-Control-Allow-Origin" not in (await client.get("/healthz", headers=origin)).headers
        assert "Access-Control-Allow-Origin" not in (await client.get("/review/api/teksten", headers=origin)).headers
        preflight = await client.options("/does/not/exist", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert preflight.status != 204
        preflight = await client.options("/api/sessions", headers={**origin, "Access-Control-Request-Method": "POST"})
        assert preflight.status == 204


async def test_a_foreign_host_name_is_refused_dns_rebinding(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        rebinding = {"Host": "evil.example:8080", "Origin": "http://evil.example:8080"}
        response = await client.post("/api/sessions", json={}, headers=rebinding)
        assert response.status == 421
        assert (await client.get("/healthz", headers={"Host": "10.1.2.3:8080"})).status in (200, 503)
    async with gateway(stack, tmp_path / "publiek", publieke_hosts="wegwijs.voorbeeldstad.nl") as client:
        response = await client.post("/api/sessions", json={}, headers={"Host": "wegwijs.voorbeeldstad.nl"})
        assert response.status == 201


# --- L8: invisible characters only ------------------------------------------------------------

async def test_a_message_of_only_format_characters_is_empty(stack, tmp_path):
    async with gateway(stack, tmp_path) as client:
        session_id, _ = await start(client)
        for text in ("\u200b\u200b", "\u202e", "\u2066\u2069", "\ufeff"):
            response = await say(client, session_id, text)
            assert response.status == 400, repr(text)
            assert (await response.json())["error"] == "leeg_bericht"


# --- L11: the key of the address hashes is not in the database ---------------------------------

async def test_the_address_hash_key_is_not_next_to_the_hashes(stack, tmp_path):
    async with gateway(stack, tmp_path, limiet_adres=100) as client:
        await start(client)
        db = client.server.app[STORE].db
        assert not db["secrets"].exists()
        keys = list(tmp_path.glob("limiet-*.sleutel"))
        assert len(keys) == 1
        assert stat.S_IMODE(keys[0].stat().st_mode) == 0o600
        assert keys[0].read_text().strip().encode() not in (tmp_path / "gateway.db").read_bytes()


def test_the_rate_limit_key_is_read_once_a_day_not_per_request(tmp_path):
    import sqlite_utils

    from gateway.limits import RateLimiter

    limiter = RateLimiter(sqlite_utils.Database(memory=True), tmp_path)
    assert limiter.hit("adres", "127.0.0.1", 3).allowed
    (key,) = tmp_path.glob("limiet-*.sleutel")
    key.unlink()  # no file read on later requests: the count goes on under the same key
    assert limiter.hit("adres", "127.0.0.1", 3).allowed
    assert limiter.hit("adres", "127.0.0.1", 3).allowed
    assert not limiter.hit("adres", "127.0.0.1", 3).allowed
    assert not list(tmp_path.glob("limiet-*.sleutel"))
