"""Shared fixtures: a whole running Wegwijs on free ports, with its own var/ folder."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import date

import pytest

from kanalen.client import Gateway
from wegwijs.instance import on_free_ports, running
from wegwijs.settings import NO_LIMITS, ROOT, Settings

MODEL = Settings().models_dir / "wegwijs.tar.gz"

# One "today" for the whole run, for the tests (actions.context.peildatum() when they are collected) and the
# stack they start (it inherits the environment): a run that crosses midnight, as session 20's CI did, would
# otherwise check yesterday's expected dates against today's replies.
os.environ.setdefault("WEGWIJS_PEILDATUM", date.today().isoformat())


@pytest.fixture(autouse=True)
def eigen_var_map(monkeypatch, tmp_path_factory):
    """Every test its own WEGWIJS_VAR, so code that finds its data folder itself (the counts of the
    actions, issue #17) never writes into the repository's var/; a stack gets its own folder anyway."""
    from wegwijs import signalen

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path_factory.mktemp("var")))
    signalen.vergeet_tellers()
    yield
    signalen.vergeet_tellers()


def conversation_id(settings: Settings, session_id: str) -> str:
    """The id Rasa knows a session's conversation by (never shown to the client)."""
    from gateway.store import SessionStore

    store = SessionStore.open(settings)  # SQLite under var/, or the scaled set-up's PostgreSQL
    try:
        return store.get(session_id).conversation_id
    finally:
        store.close()


@dataclass
class Stack:
    settings: Settings
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return self.settings.gateway_url

    def request(self, method: str, path: str, body=None, raw: bytes | None = None):
        """(status, parsed JSON or None) for one HTTP call to the gateway, through the channels' client."""
        return Gateway(self.url).call(method, path, body, raw)

    def new_session(self) -> tuple[str, list[dict]]:
        status, body = self.request("POST", "/api/sessions", {})
        assert status == 201, body
        return body["session_id"], body["messages"]

    def say(self, session_id: str, text: str) -> list[dict]:
        status, body = self.request("POST", f"/api/sessions/{session_id}/messages", {"text": text})
        assert status == 200, body
        return body["messages"]


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Stack:
    """The real thing: `wegwijs run` with the trained model, on free ports."""
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}; run `make train` (make test does this)")
    # Rate limits are tested on their own (tests/gateway/test_limits.py); here they would
    # only slow the suite, which sends far more messages per minute than a person.
    settings = on_free_ports(tmp_path_factory.mktemp("var"), **NO_LIMITS)
    with running(settings) as process:
        yield Stack(settings, process)
