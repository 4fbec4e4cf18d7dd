"""`wegwijs run-schaal`: the set-up for more than one machine, on one machine.

PostgreSQL (Debian's cluster) holds Rasa's tracker store, Redis its lock
store; two Rasa servers and two gateway workers share them, so no
conversation lives in a single process. The gateways share the sessions in
one SQLite file (WAL; docs/deploy.md says how this looks on Kubernetes).
Gateway 1 lists the Rasa servers as A, B and gateway 2 as B, A: the same
conversation goes to a different Rasa server depending on which gateway took
the message, which only works because the stores are shared.
"""

from __future__ import annotations

import re
import secrets
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from wegwijs.settings import Settings
from wegwijs.supervisor import Part, StartFailed, rasa_part

PG_ROLE = "wegwijs"


@dataclass(frozen=True)
class Schaal:
    gateway_ports: tuple[int, int]
    redis_port: int
    database: str = "wegwijs"

    def gateway_urls(self, settings: Settings) -> list[str]:
        return [f"http://{settings.host}:{port}" for port in self.gateway_ports]


def _run(command: list[str], what: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise StartFailed(f"{what}: {command[0]} niet gevonden. Installeer PostgreSQL en Redis: make run-schaal") from None
    except subprocess.CalledProcessError as error:
        raise StartFailed(f"{what} mislukt: {error.stderr.strip() or error.stdout.strip()}") from None
    return done.stdout


def _secret(path: Path) -> str:
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(24))
        path.chmod(0o600)
    return path.read_text().strip()


def postgres_port() -> int:
    """Start Debian's PostgreSQL cluster if it is down; returns its port."""
    clusters = _run(["pg_lsclusters", "--no-header"], "PostgreSQL zoeken").split("\n")
    fields = next((line.split() for line in clusters if line.strip()), None)
    if fields is None:
        raise StartFailed("geen PostgreSQL-cluster gevonden (pg_lsclusters)")
    version, cluster, port, status = fields[:4]
    if status != "online":
        _run(["pg_ctlcluster", version, cluster, "start"], "PostgreSQL starten")
    return int(port)


def psql(sql: str, database: str = "postgres") -> str:
    return _run(["runuser", "-u", "postgres", "--", "psql", "-d", database, "-tAc", sql], "PostgreSQL")


def ensure_database(name: str, password: str) -> None:
    """The role and the database for the tracker store; the password is set every start."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValueError(f"unsafe database name {name!r}")
    quoted = password.replace("'", "''")
    if not psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{PG_ROLE}'").strip():
        psql(f"CREATE ROLE {PG_ROLE} LOGIN PASSWORD '{quoted}'")
    else:
        psql(f"ALTER ROLE {PG_ROLE} PASSWORD '{quoted}'")
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").strip():
        psql(f"CREATE DATABASE {name} OWNER {PG_ROLE}")


def drop_database(name: str) -> None:
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def build_parts(settings: Settings, schaal: Schaal) -> list[Part]:
    """Redis, the action server, two Rasa servers and two gateway workers."""
    settings = settings.with_(endpoints_file=settings.root / "bot" / "endpoints-schaal.yml")
    secrets_dir = settings.var_dir / "schaal"
    db_password, redis_password = _secret(secrets_dir / "postgres.wachtwoord"), _secret(secrets_dir / "redis.wachtwoord")
    pg_port = postgres_port()
    ensure_database(schaal.database, db_password)
    logs = settings.var_dir / "logs"
    env = settings.child_env()
    env.update(
        DB_HOST="127.0.0.1", DB_PORT=str(pg_port), DB_NAME=schaal.database, DB_USER=PG_ROLE, DB_PASSWORD=db_password,
        REDIS_HOST="127.0.0.1", REDIS_PORT=str(schaal.redis_port), REDIS_PASSWORD=redis_password,
        WEGWIJS_TRACKER_URL=f"postgresql://{PG_ROLE}:{db_password}@127.0.0.1:{pg_port}/{schaal.database}",
    )
    redis = Part(
        name="redis",
        command=[
            shutil.which("redis-server") or "redis-server", "--bind", "127.0.0.1", "--port", str(schaal.redis_port),
            "--requirepass", redis_password, "--save", "", "--appendonly", "no", "--dir", str(secrets_dir),
        ],
        health_url=f"tcp://127.0.0.1:{schaal.redis_port}",
        env=env,
        log_path=logs / "redis.log",
    )
    actions = Part(
        name="actions",
        command=[sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(settings.actions_port)],
        health_url=f"{settings.actions_url}/health",
        env={**env, "SANIC_HOST": "127.0.0.1"},
        log_path=logs / "actions.log",
    )
    rasa_ports = [settings.rasa_port, settings.rasa_port + 1]
    rasas = [rasa_part(settings, port, dict(env), logs) for port in rasa_ports]
    rasa_urls = [f"http://127.0.0.1:{port}" for port in rasa_ports]
    gateways = [
        Part(
            name=f"gateway-{number}",
            command=[sys.executable, "-m", "gateway"],
            health_url=f"http://{settings.host}:{port}/livez",
            env={**env, "WEGWIJS_PORT": str(port), "WEGWIJS_RASA_URLS": ",".join(urls)},
            log_path=logs / f"gateway-{number}.log",
        )
        for number, port, urls in ((1, schaal.gateway_ports[0], rasa_urls), (2, schaal.gateway_ports[1], rasa_urls[::-1]))
    ]
    return [redis, actions, *rasas, *gateways]
