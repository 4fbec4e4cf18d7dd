"""The gateway on its own, with no Rasa behind it: kind 503s, nothing crashes."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from gateway.app import create_app
from wegwijs.instance import free_port
from wegwijs.settings import Settings


async def make_client(tmp_path) -> TestClient:
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    return client


async def test_when_rasa_is_down_the_welcome_still_comes_and_the_first_message_gets_a_kind_503(tmp_path):
    """The welcome comes from the gateway itself (security review M3); the first real message needs Rasa."""
    client = await make_client(tmp_path)
    try:
        response = await client.post("/api/sessions", json={})
        assert response.status == 201
        session = await response.json()
        assert "Wegwijs" in session["messages"][0]["text"]
        response = await client.post(f"/api/sessions/{session['session_id']}/messages", json={"text": "hallo"})
        body = await response.json()
        assert response.status == 503
        assert body["error"] == "assistent_onbereikbaar"
        assert "probeer het" in body["message"].lower()
        assert "14 0" in body["message"] or "gemeente" in body["message"]
    finally:
        await client.close()


async def test_healthz_reports_the_parts_that_are_down(tmp_path):
    client = await make_client(tmp_path)
    try:
        response = await client.get("/healthz")
        assert response.status == 503
        assert await response.json() == {"status": "storing", "rasa": "onbereikbaar", "actions": "onbereikbaar"}
        assert (await client.get("/livez")).status == 200
    finally:
        await client.close()


async def test_unknown_route_and_method_are_json_errors(tmp_path):
    client = await make_client(tmp_path)
    try:
        response = await client.get("/bestaat-niet")
        assert response.status == 404
        assert (await response.json())["error"] == "niet_gevonden"
        response = await client.get("/api/sessions")
        assert response.status == 405
        assert "message" in await response.json()
    finally:
        await client.close()


async def test_gemeente_must_be_known(tmp_path):
    client = await make_client(tmp_path)
    try:
        for gemeente in ["../../etc/passwd", "bestaat-niet", 12, None]:
            response = await client.post("/api/sessions", json={"gemeente": gemeente})
            assert response.status == 400, gemeente
            assert (await response.json())["error"] == "onbekende_gemeente"
    finally:
        await client.close()


async def test_on_kubernetes_the_gateway_checks_only_rasa(tmp_path):
    """Only Rasa may reach the action server there (deploy/networkpolicies.yaml)."""
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port(), controleer_acties=False)
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    try:
        response = await client.get("/healthz")
        assert response.status == 503
        assert await response.json() == {"status": "storing", "rasa": "onbereikbaar"}
    finally:
        await client.close()
