"""Shared fixtures: a whole running Wegwijs on free ports, with its own var/ folder."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest

from wegwijs.settings import ROOT, Settings

MODEL = Settings().models_dir / "wegwijs.tar.gz"
START_TIMEOUT_S = 300


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Stack:
    settings: Settings
    process: subprocess.Popen

    @property
    def url(self) -> str:
        return self.settings.gateway_url

    def request(self, method: str, path: str, body=None, raw: bytes | None = None):
        """(status, parsed JSON or None) for one HTTP call to the gateway."""
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(
            self.url + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                payload = response.read()
                return response.status, (json.loads(payload) if payload else None)
        except urllib.error.HTTPError as error:
            payload = error.read()
            return error.code, (json.loads(payload) if payload else None)

    def new_session(self) -> tuple[str, list[dict]]:
        status, body = self.request("POST", "/api/sessions", {})
        assert status == 201, body
        return body["session_id"], body["messages"]

    def say(self, session_id: str, text: str) -> list[dict]:
        status, body = self.request("POST", f"/api/sessions/{session_id}/messages", {"text": text})
        assert status == 200, body
        return body["messages"]


def wait_until_healthy(settings: Settings, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"wegwijs run stopped; see {settings.var_dir / 'logs'}")
        try:
            with urllib.request.urlopen(f"{settings.gateway_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    raise RuntimeError("Wegwijs did not become healthy in time")


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Stack:
    """The real thing: `wegwijs run` with the trained model, on free ports."""
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}; run `make train` (make test does this)")
    settings = Settings().with_(
        var_dir=tmp_path_factory.mktemp("var"),
        gateway_port=free_port(),
        rasa_port=free_port(),
        actions_port=free_port(),
    )
    process = subprocess.Popen(
        [sys.executable, "-m", "wegwijs.cli", "run"],
        env=settings.child_env(),
        cwd=ROOT,
        stdout=open(settings.var_dir / "supervisor.log", "wb"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_until_healthy(settings, process)
        yield Stack(settings, process)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
