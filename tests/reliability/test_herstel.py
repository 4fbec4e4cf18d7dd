"""Faults: kill Rasa or the action server mid-conversation, restart everything; nothing is lost.

Runs its own assistant (the shared one must not be disturbed) and kills the
real processes with SIGKILL, as a crash or the out-of-memory killer would.
"""

from __future__ import annotations

import os
import signal
import time

import psutil
import pytest

from gateway.rasa_client import RasaClient
from tests.conftest import MODEL, conversation_id
from kanalen.client import Gateway
from wegwijs.gemeente import laad_gemeente
from wegwijs.instance import on_free_ports, running
from wegwijs.responses import response_text
from wegwijs.settings import NO_LIMITS
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack


def call(settings, method: str, path: str, body=None, token: str | None = None):
    """(status, parsed JSON) of one call to the gateway, as the dialogue runner makes it."""
    return Gateway(settings.gateway_url, token).call(method, path, body)


def say(settings, session_id: str, text: str):
    return call(settings, "POST", f"/api/sessions/{session_id}/messages", {"text": text})


def text_of(body) -> str:
    return " ".join(m["text"] for m in body["messages"]).lower()


def listener_pid(port: int) -> int:
    for connection in psutil.net_connections("tcp"):
        if connection.status == psutil.CONN_LISTEN and connection.laddr.port == port and connection.pid:
            return connection.pid
    raise AssertionError(f"nothing listens on {port}")


def wait_healthy(settings, timeout_s: float = 240) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if call(settings, "GET", "/healthz")[0] == 200:
            return
        time.sleep(0.5)
    raise AssertionError("the supervisor did not bring the part back")


def kill_and_expect_503(settings, port: int, session_id: str, text: str) -> None:
    os.kill(listener_pid(port), signal.SIGKILL)
    status, body = say(settings, session_id, text)
    assert status == 503, body
    assert body["error"] == "assistent_onbereikbaar"
    assert body["message"] == response_text("utter_fout_rasa", **laad_gemeente("voorbeeldstad").template_values())


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}")
    settings = on_free_ports(tmp_path_factory.mktemp("herstel"), **NO_LIMITS)
    return settings


def test_killed_parts_are_restarted_and_the_conversation_goes_on(assistant):
    settings = assistant
    with running(settings):
        status, body = call(settings, "POST", "/api/sessions", {})
        session_id = body["session_id"]
        conversation = RasaClient(settings.rasa_urls, 1).server_for(conversation_id(settings, session_id))
        say(settings, session_id, "/giften")  # a button of the welcome; its answer offers the next one
        assert "hoeveel" in text_of(say(settings, session_id, "/bereken_giften")[1])
        assert "wat kreeg" in text_of(say(settings, session_id, "€ 700,-")[1])

        kill_and_expect_503(settings, int(conversation.rsplit(":", 1)[1]), session_id, "geld")
        wait_healthy(settings)
        status, body = say(settings, session_id, "geld")
        assert status == 200 and "wanneer" in text_of(body), "the form goes on at the question it was at"

        kill_and_expect_503(settings, settings.actions_port, session_id, "15 maart")
        wait_healthy(settings)
        status, body = say(settings, session_id, "15 maart")
        assert status == 200 and "700" in text_of(body), "the summary still has the amount from before the crashes"
        status, body = say(settings, session_id, "ja")
        assert status == 200 and "€" in text_of(body)


def test_a_restart_loses_no_conversation_and_no_tester_mark(assistant):
    settings = assistant.with_(var_dir=assistant.var_dir / "herstart")
    settings.var_dir.mkdir(parents=True)
    token = Testers(open_db(settings.gateway_db)).add("Anja")
    with running(settings):
        public = call(settings, "POST", "/api/sessions", {})[1]["session_id"]
        say(settings, public, "/giften")  # only a button the last reply offered is taken as a button
        say(settings, public, "/bereken_giften")
        say(settings, public, "300 euro")
        test = call(settings, "POST", "/review/api/sessions", {}, token)[1]
        say(settings, test["session_id"], "mag ik bijverdienen")
        mark = {"conversation_id": test["conversation_id"], "beurt": 1, "oordeel": "te_moeilijk", "opmerking": "lastig woord"}
        assert call(settings, "POST", "/review/api/markeringen", mark, token)[0] == 201
    with running(settings):  # stopped with SIGTERM above, started again on the same var/
        status, body = say(settings, public, "boodschappen")
        assert status == 200 and "wanneer" in text_of(body), "the form remembered 300 euro and asks the date"
        shown = call(settings, "GET", f"/review/api/gesprekken/{test['conversation_id']}", token=token)[1]
        assert [m["opmerking"] for b in shown["beurten"] for m in b["markeringen"]] == ["lastig woord"]
