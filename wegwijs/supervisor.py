"""`wegwijs run`: start the action server, Rasa and the gateway, and keep them up.

One process owns the others: it waits until each answers its health check,
restarts a part that dies, and on Ctrl-C (or SIGTERM) stops them all.
Each part's output comes to the supervisor through a pipe and goes to
var/logs/<part>.log, rotated daily and by size and removed after the
shortest bewaartermijn of the gemeenten (wegwijs/log_rotation.py).
Everything under var/ is for Wegwijs's user only: umask 077, 0700 and 0600.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import http.client
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from wegwijs.log_rotation import LogLimits, RotatingLog, remove_stale_logs
from wegwijs.secret import internal_keys_env, private_var, restrict_umask
from wegwijs.settings import Settings

HEALTH_TIMEOUT_S = 300
STOP_TIMEOUT_S = 10
RESTART_BACKOFF_S = (1, 2, 5, 10, 30)
LOG_SWEEP_INTERVAL_S = 60


class StartError(RuntimeError):
    """A part (or a whole Wegwijs, wegwijs/instance.py) did not come up; the message says which and where its log is."""


def answers_ok(url: str) -> bool:
    """The URL answers 200 within 2 s: the health check of a part, and of a whole instance.

    Anything that is not an HTTP answer counts as "not yet": a check of a local port nobody listens on
    can connect to itself (TCP simultaneous open) and read back its own request as a bad status line.
    """
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except (urllib.error.URLError, OSError, http.client.HTTPException):
        return False


def stop_group(process: subprocess.Popen, timeout_s: float) -> None:
    """SIGTERM to the process group, SIGKILL when it has not ended within timeout_s."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout_s)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@dataclass
class Part:
    name: str
    command: list[str]
    health_url: str
    env: dict[str, str]
    log_path: Path
    log_limits: LogLimits = field(default_factory=LogLimits)
    process: subprocess.Popen | None = None
    restarts: int = 0
    started_at: float = field(default=0.0)
    log: RotatingLog | None = None
    _copier: threading.Thread | None = None

    def start(self) -> None:
        if self.log is None:
            self.log = RotatingLog(self.log_path, self.log_limits)
        self.log.sweep()
        self.process = subprocess.Popen(
            self.command,
            env={**self.env, "PYTHONUNBUFFERED": "1"},  # lines reach the log when they are written
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # Ctrl-C reaches the supervisor only; it stops the parts
        )
        self._copier = threading.Thread(
            target=copy_lines, args=(self.process.stdout, self.log), name=f"log-{self.name}", daemon=True
        )
        self._copier.start()
        self.started_at = time.monotonic()

    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def healthy(self) -> bool:
        if self.health_url.startswith("tcp://"):  # a part without HTTP (Redis): it accepts connections
            host, _, port = self.health_url[len("tcp://"):].rpartition(":")
            try:
                socket.create_connection((host, int(port)), timeout=2).close()
                return True
            except OSError:
                return False
        return answers_ok(self.health_url)

    def stop(self) -> None:
        if not self.running():
            return
        stop_group(self.process, STOP_TIMEOUT_S)
        if self._copier is not None:
            self._copier.join(STOP_TIMEOUT_S)  # the last lines of the part, up to its end


def copy_lines(pipe, log: RotatingLog) -> None:
    """Everything a part writes, line by line into its log, until the part (and its children) closed the pipe."""
    with pipe:
        for line in iter(pipe.readline, b""):
            log.write(line)


def log_limits(settings: Settings) -> LogLimits:
    return LogLimits(settings.log_bewaartermijn_dagen, settings.log_max_bytes, settings.log_totaal_bytes)


def latest_model(models_dir: Path) -> Path:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime)
    if not models:
        raise StartError(f"Geen getraind model in {models_dir}. Train eerst met: make train")
    return models[-1]


def build_parts(settings: Settings) -> list[Part]:
    env, logs = part_env(settings), settings.var_dir / "logs"
    return [
        actions_part(settings, env, logs),
        *(rasa_part(settings, port, env, logs) for port in settings.rasa_ports),
        gateway_part(settings, env, logs),
    ]


def part_env(settings: Settings) -> dict[str, str]:
    """The parts' environment: the settings, and the keys between gateway, Rasa and action server."""
    private_var(settings.var_dir)
    return {**settings.child_env(), **internal_keys_env(settings.var_dir)}


def actions_part(settings: Settings, env: dict[str, str], logs: Path) -> Part:
    """The action server, on loopback only, answering Rasa only (wegwijs/rasa/actieserver.py)."""
    return Part(
        name="actions",
        command=[
            sys.executable, "-m", "wegwijs.rasa.actieserver", "--actions", settings.acties_pakket,
            "--port", str(settings.actions_port),
        ],
        health_url=f"{settings.actions_url}/health",
        env={**env, "SANIC_HOST": "127.0.0.1"},
        log_path=logs / "actions.log",
        log_limits=log_limits(settings),
    )


def rasa_part(settings: Settings, port: int, env: dict[str, str], logs: Path) -> Part:
    """One Rasa server on loopback, HTTP API off, REST channel only."""
    name = "rasa" if port == settings.rasa_port else f"rasa-{port - settings.rasa_port + 1}"
    return Part(
        name=name,
        command=[
            sys.executable, "-m", "wegwijs.rasa.server", "run",
            "--model", str(latest_model(settings.models_dir)),
            "--endpoints", str(settings.endpoints_file),
            "--credentials", str(settings.root / "bot" / "credentials.yml"),
            "--interface", "127.0.0.1",
            "--port", str(port),
        ],
        health_url=f"http://127.0.0.1:{port}/",
        env=env,
        log_path=logs / f"{name}.log",
        log_limits=log_limits(settings),
    )


def gateway_part(
    settings: Settings, env: dict[str, str], logs: Path, name: str = "gateway", port: int | None = None,
    rasa_urls: list[str] | None = None,
) -> Part:
    """The gateway on `port` (default the settings' one), sending to `rasa_urls` (default the settings' ones)."""
    port = port or settings.gateway_port
    own = {"WEGWIJS_PORT": str(port), **({"WEGWIJS_RASA_URLS": ",".join(rasa_urls)} if rasa_urls else {})}
    return Part(
        name=name,
        command=[sys.executable, "-m", "gateway"],
        health_url=f"http://{settings.host}:{port}/livez",
        env={**env, **own},
        log_path=logs / f"{name}.log",
        log_limits=log_limits(settings),
    )


class Supervisor:
    def __init__(self, settings: Settings, out=sys.stdout, parts: list[Part] | None = None):
        self.settings = settings
        self.out = out
        self.parts = parts if parts is not None else build_parts(settings)
        self.stopping = False

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def start(self) -> None:
        private_var(self.settings.var_dir)
        self.sweep_logs()
        for part in self.parts:
            part.start()
        self.wait_healthy()

    def wait_healthy(self) -> None:
        deadline = time.monotonic() + HEALTH_TIMEOUT_S
        waiting = list(self.parts)
        while waiting:
            if self.stopping:
                raise StartError("gestopt op verzoek")
            for part in list(waiting):
                if not part.running():
                    raise StartError(f"{part.name} stopte tijdens het starten; zie {part.log_path}")
                if part.healthy():
                    self.say(f"  {part.name:8} klaar")
                    waiting.remove(part)
            if time.monotonic() > deadline:
                names = ", ".join(p.name for p in waiting)
                raise StartError(f"{names} niet klaar binnen {HEALTH_TIMEOUT_S} s; zie {self.settings.var_dir / 'logs'}")
            time.sleep(0.5)

    def watch(self) -> None:
        """Restart any part that dies, with a growing pause, until asked to stop; keep the logs within bounds."""
        last_sweep = time.monotonic()
        while not self.stopping:
            if time.monotonic() - last_sweep > LOG_SWEEP_INTERVAL_S:
                self.sweep_logs()
                last_sweep = time.monotonic()
            for part in self.parts:
                if not self.stopping and not part.running():
                    pause = RESTART_BACKOFF_S[min(part.restarts, len(RESTART_BACKOFF_S) - 1)]
                    self.say(f"  {part.name} is gestopt; opnieuw starten over {pause} s")
                    time.sleep(pause)
                    if self.stopping:
                        break
                    part.restarts += 1
                    part.start()
            time.sleep(0.5)

    def sweep_logs(self) -> None:
        for part in self.parts:
            if part.log is not None:
                part.log.sweep()
        remove_stale_logs(self.settings.var_dir / "logs", self.settings.log_bewaartermijn_dagen)

    def stop(self) -> None:
        self.stopping = True
        for part in reversed(self.parts):
            part.stop()
        for part in self.parts:
            if part.log is not None:
                part.log.close()


def run(settings: Settings, parts: list[Part] | None = None) -> int:
    restrict_umask()
    supervisor = Supervisor(settings, parts=parts)

    def request_stop(signum, frame):
        supervisor.stopping = True

    signal.signal(signal.SIGTERM, request_stop)
    signal.signal(signal.SIGINT, request_stop)
    supervisor.say("Wegwijs start (dit duurt ongeveer een halve minuut)...")
    try:
        supervisor.start()
        supervisor.say(
            f"\nWegwijs draait.\n"
            f"  Website:   {settings.gateway_url}/\n"
            f"  API:       {settings.gateway_url}/api/sessions\n"
            f"  Chatten:   .venv/bin/wegwijs chat\n"
            f"  Logs:      {settings.var_dir / 'logs'}\n"
            f"Stoppen: Ctrl-C\n"
        )
        supervisor.watch()
    except StartError as error:
        supervisor.say(f"Starten mislukt: {error}")
        return 1
    finally:
        supervisor.stop()
        supervisor.say("Wegwijs is gestopt.")
    return 0
