"""A whole local Wegwijs on free ports: for tests, the dialogue runner and benchmarks.

Starts `wegwijs run` in its own process group with its own var/ folder,
waits until /healthz answers 200, and stops everything afterwards.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from wegwijs.settings import ROOT, Settings
from wegwijs.supervisor import StartError, answers_ok, stop_group

START_TIMEOUT_S = 300
INSTANCE_STOP_TIMEOUT_S = 30  # the supervisor stops its parts first


# Ports are chosen below the kernel's ephemeral range: a port from that range can meanwhile become the
# source port of an outgoing connection, and a health check of it can even connect to itself, which kept
# a whole test instance from starting now and then.
LOWEST_PORT = 10000
EPHEMERAL_RANGE = Path("/proc/sys/net/ipv4/ip_local_port_range")


def free_port() -> int:
    """A port nobody listens on now, outside the ephemeral range when the kernel says where that is."""
    highest = _first_ephemeral_port() - 1
    for _ in range(200):
        port = random.randint(LOWEST_PORT, highest)
        if _bindable(port):
            return port
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _first_ephemeral_port() -> int:
    try:
        first = int(EPHEMERAL_RANGE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768  # Linux's default
    return first if first > LOWEST_PORT + 1000 else 32768


def _bindable(port: int) -> bool:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_range(count: int) -> int:
    """The first of `count` consecutive free ports (the supervisor's Rasa servers)."""
    for _ in range(50):
        first = free_port()
        if all(_bindable(port) for port in range(first, first + count)):
            return first
    raise StartError(f"no {count} consecutive free ports found")


def on_free_ports(var_dir: Path, **changes) -> Settings:
    settings = Settings().with_(var_dir=var_dir, **changes)
    rasa_port = free_port_range(settings.rasa_workers)
    taken = set(range(rasa_port, rasa_port + settings.rasa_workers))
    gateway_port = _free_port_outside(taken)
    actions_port = _free_port_outside(taken | {gateway_port})
    return settings.with_(gateway_port=gateway_port, rasa_port=rasa_port, actions_port=actions_port)


def _free_port_outside(taken: set[int]) -> int:
    """A free port that is not one of `taken` (free now, but about to be used)."""
    while (port := free_port()) in taken:
        pass
    return port


def healthy(url: str) -> bool:
    return answers_ok(f"{url}/healthz")


def wait_until_healthy(
    settings: Settings, process: subprocess.Popen, timeout_s: float = START_TIMEOUT_S, urls: list[str] | None = None
) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StartError(f"wegwijs run stopped; see {settings.var_dir / 'logs'}")
        if all(healthy(url) for url in urls or [settings.gateway_url]):
            return
        time.sleep(1)
    raise StartError(f"Wegwijs was not healthy within {timeout_s:.0f} s; see {settings.var_dir / 'logs'}")


@contextmanager
def running(
    settings: Settings, timeout_s: float = START_TIMEOUT_S, command: tuple[str, ...] = ("run",),
    urls: list[str] | None = None,
) -> Iterator[subprocess.Popen]:
    """`wegwijs run` (or another `wegwijs` command) with these settings, healthy at `urls`, until the block ends."""
    settings.var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    log_fd = os.open(settings.var_dir / "supervisor.log", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(log_fd, "wb") as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "beheer.cli", *command], env=settings.child_env(), cwd=ROOT,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    try:
        wait_until_healthy(settings, process, timeout_s, urls)
        yield process
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    stop_group(process, INSTANCE_STOP_TIMEOUT_S)
