"""Runtime settings, read once from the environment.

Every part (supervisor, gateway, actions, tests) takes the same `Settings`,
so a test can start a whole assistant on other ports and another var/ folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


# Every rate limit off: for tests, scripts and benchmarks on loopback, which type faster than people.
NO_LIMITS = dict(limiet_sessie=0, limiet_adres=0, limiet_nieuw_minuut=0, limiet_nieuw_dag=0, limiet_wissen=0)


def shortest_bewaartermijn(termijnen: Iterable[int] | None = None) -> int:
    """The shortest bewaartermijn_dagen over the gemeente files (or of `termijnen`); a broken file stops the start."""
    from wegwijs.gemeente import BEWAARTERMIJN_STANDAARD, bekende_gemeenten, laad_gemeente

    if termijnen is None:
        termijnen = [laad_gemeente(code).bewaartermijn_dagen for code in bekende_gemeenten()]
    return min(termijnen, default=BEWAARTERMIJN_STANDAARD)


@dataclass(frozen=True)
class Settings:
    root: Path = ROOT
    var_dir: Path = field(default_factory=lambda: Path(_env("WEGWIJS_VAR", str(ROOT / "var"))))
    models_dir: Path = field(default_factory=lambda: Path(_env("WEGWIJS_MODELS", str(ROOT / "models"))))
    host: str = field(default_factory=lambda: _env("WEGWIJS_HOST", "127.0.0.1"))
    gateway_port: int = field(default_factory=lambda: int(_env("WEGWIJS_PORT", "8080")))
    rasa_port: int = field(default_factory=lambda: int(_env("WEGWIJS_RASA_PORT", "5005")))
    actions_port: int = field(default_factory=lambda: int(_env("WEGWIJS_ACTIONS_PORT", "5055")))
    gemeente: str = field(default_factory=lambda: _env("WEGWIJS_GEMEENTE", "voorbeeldstad"))
    rasa_timeout_s: float = field(default_factory=lambda: float(_env("WEGWIJS_RASA_TIMEOUT", "30")))
    # Rasa servers started by the supervisor; each conversation always goes to the same one,
    # so one server's in-memory lock is enough (the scaled set-up uses Redis locks instead).
    rasa_workers: int = field(default_factory=lambda: int(_env("WEGWIJS_RASA_WORKERS", "2")))
    # Set only when Rasa runs elsewhere (docs/deploy.md): comma-separated base URLs.
    rasa_urls_env: str = field(default_factory=lambda: _env("WEGWIJS_RASA_URLS", ""))
    actions_url_env: str = field(default_factory=lambda: _env("WEGWIJS_ACTIONS_URL", ""))
    # Whether the gateway itself checks the action server (/healthz, and a reply that stays empty).
    # Off on Kubernetes, where only Rasa may reach the action server (deploy/networkpolicies.yaml).
    controleer_acties: bool = field(default_factory=lambda: _env("WEGWIJS_CONTROLEER_ACTIES", "1") != "0")
    gateway_workers: int = field(default_factory=lambda: int(_env("WEGWIJS_GATEWAY_WORKERS", "1")))
    # SQLAlchemy URL of Rasa's tracker store, for erasure and retention; default var/rasa.db.
    tracker_url_env: str = field(default_factory=lambda: _env("WEGWIJS_TRACKER_URL", ""))
    # The gateway's own tables (sessions, test turns, marks, tester keys): SQLite in var/gateway.db
    # by default; a postgresql:// URL puts them where every gateway on every node shares them.
    gateway_db_url: str = field(default_factory=lambda: _env("WEGWIJS_GATEWAY_DB_URL", ""))
    # Rate-limit counters: in the gateway database by default; a redis:// URL shares them between nodes.
    redis_url: str = field(default_factory=lambda: _env("WEGWIJS_REDIS_URL", ""))
    # Messages per minute; 0 switches a limit off (benchmarks on loopback).
    limiet_sessie: int = field(default_factory=lambda: int(_env("WEGWIJS_LIMIET_SESSIE", "30")))
    limiet_adres: int = field(default_factory=lambda: int(_env("WEGWIJS_LIMIET_ADRES", "120")))
    # New sessions per client address, per minute and per day (security review M3): a session costs storage.
    limiet_nieuw_minuut: int = field(default_factory=lambda: int(_env("WEGWIJS_LIMIET_NIEUW_MINUUT", "10")))
    limiet_nieuw_dag: int = field(default_factory=lambda: int(_env("WEGWIJS_LIMIET_NIEUW_DAG", "200")))
    # Erasures per client address per minute: their own limit, so chatting never blocks erasing (L4).
    limiet_wissen: int = field(default_factory=lambda: int(_env("WEGWIJS_LIMIET_WISSEN", "30")))
    # A session in which nobody wrote anything is removed after this many minutes (M3).
    stille_sessie_minuten: int = field(default_factory=lambda: int(_env("WEGWIJS_STILLE_SESSIE_MINUTEN", "60")))
    # A session nobody used for this many minutes takes no new messages (its id no longer reads
    # earlier answers back, security review M6); it can still be erased. 0: no such limit.
    hervat_minuten: int = field(default_factory=lambda: int(_env("WEGWIJS_HERVAT_MINUTEN", "60")))
    # The retention sweep warns in the log when the databases together are larger than this (M3).
    opslag_alarm_mb: int = field(default_factory=lambda: int(_env("WEGWIJS_OPSLAG_ALARM_MB", "1024")))
    # Host names the gateway answers to (comma-separated; empty: only loopback names). A request with
    # another Host header is refused: a DNS-rebinding page cannot reach a local gateway (L7).
    publieke_hosts: str = field(default_factory=lambda: _env("WEGWIJS_PUBLIEKE_HOSTS", ""))
    # How many reverse proxies in front of the gateway add X-Forwarded-For (0: use the peer address).
    vertrouwde_proxy: int = field(default_factory=lambda: int(_env("WEGWIJS_VERTROUWDE_PROXY", "0")))
    endpoints_file: Path = field(
        default_factory=lambda: Path(_env("WEGWIJS_ENDPOINTS", str(ROOT / "bot" / "endpoints.yml")))
    )
    opschonen_interval_s: float = field(default_factory=lambda: float(_env("WEGWIJS_OPSCHONEN_INTERVAL", "3600")))
    # The Python package the action server loads its actions from (tests load one with a failing action).
    acties_pakket: str = field(default_factory=lambda: _env("WEGWIJS_ACTIES_PAKKET", "actions"))
    # Log files of the supervisor's parts: one file is rotated at this size, and the rotated files of
    # one part are removed oldest first beyond the total (besides after the bewaartermijn).
    log_max_bytes: int = field(default_factory=lambda: int(_env("WEGWIJS_LOG_MAX_BYTES", str(10 * 1024 * 1024))))
    log_totaal_bytes: int = field(default_factory=lambda: int(_env("WEGWIJS_LOG_TOTAAL_BYTES", str(100 * 1024 * 1024))))

    @property
    def gateway_db(self) -> Path:
        return self.var_dir / "gateway.db"

    @property
    def tracker_db(self) -> Path:
        return self.var_dir / "rasa.db"

    @property
    def gateway_url(self) -> str:
        return f"http://{self.host}:{self.gateway_port}"

    @property
    def tracker_url(self) -> str:
        return self.tracker_url_env or f"sqlite:///{self.tracker_db}"

    @property
    def rasa_url(self) -> str:
        # Rasa and the action server only ever listen on loopback.
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def rasa_ports(self) -> list[int]:
        """The supervisor's Rasa servers: rasa_port, rasa_port + 1, ..."""
        return [self.rasa_port + i for i in range(max(1, self.rasa_workers))]

    @property
    def rasa_urls(self) -> list[str]:
        if self.rasa_urls_env:
            return [url.strip().rstrip("/") for url in self.rasa_urls_env.split(",") if url.strip()]
        return [f"http://127.0.0.1:{port}" for port in self.rasa_ports]

    @property
    def actions_url(self) -> str:
        # On Kubernetes the action server is another pod (deploy/config.yaml sets WEGWIJS_ACTIONS_URL).
        if self.actions_url_env:
            return self.actions_url_env.rstrip("/").removesuffix("/webhook")
        return f"http://127.0.0.1:{self.actions_port}"

    @property
    def log_bewaartermijn_dagen(self) -> int:
        """Days a log line may be kept: the shortest bewaartermijn of all gemeenten (a log holds them all)."""
        return shortest_bewaartermijn()

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def child_env(self) -> dict[str, str]:
        """Environment for child processes, so they agree on paths and ports."""
        env = dict(os.environ)
        env.setdefault("RASA_TELEMETRY_ENABLED", "false")
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        env.update(
            WEGWIJS_VAR=str(self.var_dir),
            WEGWIJS_MODELS=str(self.models_dir),
            WEGWIJS_HOST=self.host,
            WEGWIJS_PORT=str(self.gateway_port),
            WEGWIJS_RASA_PORT=str(self.rasa_port),
            WEGWIJS_ACTIONS_PORT=str(self.actions_port),
            WEGWIJS_GEMEENTE=self.gemeente,
            WEGWIJS_TRACKER_DB=str(self.tracker_db),
            WEGWIJS_ACTIONS_URL=f"{self.actions_url}/webhook",
            WEGWIJS_RASA_WORKERS=str(self.rasa_workers),
            WEGWIJS_GATEWAY_WORKERS=str(self.gateway_workers),
            WEGWIJS_CONTROLEER_ACTIES="1" if self.controleer_acties else "0",
            WEGWIJS_ENDPOINTS=str(self.endpoints_file),
            WEGWIJS_RASA_URLS=self.rasa_urls_env,
            WEGWIJS_TRACKER_URL=self.tracker_url_env,
            WEGWIJS_GATEWAY_DB_URL=self.gateway_db_url,
            WEGWIJS_REDIS_URL=self.redis_url,
            WEGWIJS_LIMIET_SESSIE=str(self.limiet_sessie),
            WEGWIJS_LIMIET_ADRES=str(self.limiet_adres),
            WEGWIJS_VERTROUWDE_PROXY=str(self.vertrouwde_proxy),
            WEGWIJS_LIMIET_NIEUW_MINUUT=str(self.limiet_nieuw_minuut),
            WEGWIJS_LIMIET_NIEUW_DAG=str(self.limiet_nieuw_dag),
            WEGWIJS_LIMIET_WISSEN=str(self.limiet_wissen),
            WEGWIJS_STILLE_SESSIE_MINUTEN=str(self.stille_sessie_minuten),
            WEGWIJS_HERVAT_MINUTEN=str(self.hervat_minuten),
            WEGWIJS_OPSLAG_ALARM_MB=str(self.opslag_alarm_mb),
            WEGWIJS_PUBLIEKE_HOSTS=self.publieke_hosts,
            WEGWIJS_OPSCHONEN_INTERVAL=str(self.opschonen_interval_s),
            WEGWIJS_ACTIES_PAKKET=self.acties_pakket,
            WEGWIJS_LOG_MAX_BYTES=str(self.log_max_bytes),
            WEGWIJS_LOG_TOTAAL_BYTES=str(self.log_totaal_bytes),
        )
        return env
