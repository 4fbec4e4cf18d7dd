"""A whole local Wegwijs on free ports: for tests, the dialogue runner and benchmarks.

Starts `wegwijs run` in its own process group with its own var/ folder,
waits until /healthz answers 200, and stops everything afterwards.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from wegwijs.settings import ROOT, Settings

START_TIMEOUT_S = 300


class StartFailed(RuntimeError):
    """The assistant did not come up; the message says where its logs are."""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def on_free_ports(var_dir: Path, **changes) -> Settings:
    return Settings().with_(
        var_dir=var_dir, gateway_port=free_port(), rasa_port=free_port(), actions_port=free_port(), **changes
    )


def wait_until_healthy(settings: Settings, process: subprocess.Popen, timeout_s: float = START_TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StartFailed(f"wegwijs run stopped; see {settings.var_dir / 'logs'}")
        try:
            with urllib.request.urlopen(f"{settings.gateway_url}/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(1)
    raise StartFailed(f"Wegwijs was not healthy within {timeout_s:.0f} s; see {settings.var_dir / 'logs'}")


@contextmanager
def running(settings: Settings, timeout_s: float = START_TIMEOUT_S) -> Iterator[subprocess.Popen]:
    """`wegwijs run` with these settings, healthy, until the block ends."""
    settings.var_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.var_dir / "supervisor.log", "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "wegwijs.cli", "run"], env=settings.child_env(), cwd=ROOT,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        wait_until_healthy(settings, process, timeout_s)
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
