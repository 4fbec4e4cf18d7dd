"""`wegwijs run-schaal`: the set-up for more than one machine, on one machine.

PostgreSQL (Debian's cluster) holds Rasa's tracker store, Redis its lock
store; two Rasa servers and two gateway workers share them, so no
conversation lives in a single process. The two gateways play two nodes: each
has a var/ folder of its own (var/knooppunt-1, var/knooppunt-2) and keeps
nothing in it that the other needs. Their own tables (sessions, test turns,
marks, tester keys) and the signals are in the same PostgreSQL database, their
rate limits in Redis, and every key they must agree on (the Rasa key, the channel key) comes
from the environment (docs/deploy.md says how this looks on Kubernetes).
Gateway 1 lists the Rasa servers as A, B and gateway 2 as B, A: the same
conversation goes to a different Rasa server depending on which gateway took
the message, which only works because the stores are shared.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from wegwijs.protocol import CHANNEL_KEY_ENV
from wegwijs.secret import read_or_create, restrict_umask
from wegwijs.settings import Settings
from wegwijs.supervisor import Part, StartError, actions_part, gateway_part, log_limits, part_env, rasa_part

PG_ROLE = "wegwijs"
REDIS_LIMITS_DB = 2


@dataclass(frozen=True)
class Schaal:
    gateway_ports: tuple[int, int]
    redis_port: int
    database: str = "wegwijs"

    @property
    def role(self) -> str:
        """The PostgreSQL role of this set-up, named after its database ("wegwijs" for `make run-schaal`):
        a second set-up (a test, a benchmark) has its own, so starting it never changes this one's password."""
        return self.database

    def gateway_urls(self, settings: Settings) -> list[str]:
        return [f"http://{settings.host}:{port}" for port in self.gateway_ports]

    def gateway_db_url(self, settings: Settings) -> str:
        """The PostgreSQL URL of the gateways' tables (the set-up must have been built once)."""
        password = (secrets_dir(settings) / "postgres.wachtwoord").read_text().strip()
        return f"postgresql://{self.role}:{password}@127.0.0.1:{postgres_port()}/{self.database}"

    def redis_url(self, settings: Settings) -> str:
        """The Redis URL of the gateways' rate limits (database 2; Rasa's locks are in database 1)."""
        password = (secrets_dir(settings) / "redis.wachtwoord").read_text().strip()
        return f"redis://:{password}@127.0.0.1:{self.redis_port}/{REDIS_LIMITS_DB}"

    def node_var(self, settings: Settings, number: int) -> Path:
        """The var/ folder of gateway `number`, as if it ran on a node of its own."""
        return settings.var_dir / f"knooppunt-{number}"


def secrets_dir(settings: Settings) -> Path:
    return settings.var_dir / "schaal"


def _run(command: list[str], what: str) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True)
    except FileNotFoundError:
        raise StartError(f"{what}: {command[0]} niet gevonden. Installeer PostgreSQL en Redis: make run-schaal") from None
    except subprocess.CalledProcessError as error:
        raise StartError(f"{what} mislukt: {error.stderr.strip() or error.stdout.strip()}") from None
    return done.stdout


def postgres_port() -> int:
    """Start Debian's PostgreSQL cluster if it is down; returns its port."""
    clusters = _run(["pg_lsclusters", "--no-header"], "PostgreSQL zoeken").split("\n")
    fields = next((line.split() for line in clusters if line.strip()), None)
    if fields is None:
        raise StartError("geen PostgreSQL-cluster gevonden (pg_lsclusters)")
    version, cluster, port, status = fields[:4]
    if status != "online":
        _run(["pg_ctlcluster", version, cluster, "start"], "PostgreSQL starten")
    return int(port)


def psql(sql: str, database: str = "postgres") -> str:
    return _run(["runuser", "-u", "postgres", "--", "psql", "-d", database, "-tAc", sql], "PostgreSQL")


def ensure_database(name: str, password: str, role: str = PG_ROLE) -> None:
    """The role and the database for the tracker store; the password is set every start."""
    for identifier in (name, role):
        if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", identifier):
            raise ValueError(f"unsafe database or role name {identifier!r}")
    quoted = password.replace("'", "''")
    if not psql(f"SELECT 1 FROM pg_roles WHERE rolname = '{role}'").strip():
        psql(f"CREATE ROLE {role} LOGIN PASSWORD '{quoted}'")
    else:
        psql(f"ALTER ROLE {role} PASSWORD '{quoted}'")
    if not psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").strip():
        psql(f"CREATE DATABASE {name} OWNER {role}")


def drop_database(name: str) -> None:
    """The database, and the role of the same name that a set-up made for it (never the shared PG_ROLE)."""
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    if name != PG_ROLE and re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        psql(f"DROP ROLE IF EXISTS {name}")


def build_parts(settings: Settings, schaal: Schaal) -> list[Part]:
    """Redis, the action server, two Rasa servers and two gateway workers."""
    restrict_umask()  # the passwords and everything else under var/ are for Wegwijs's user only
    settings = settings.with_(endpoints_file=settings.root / "bot" / "endpoints-schaal.yml")
    secrets = secrets_dir(settings)
    db_password, redis_password = read_or_create(secrets / "postgres.wachtwoord"), read_or_create(secrets / "redis.wachtwoord")
    pg_port = postgres_port()
    ensure_database(schaal.database, db_password, schaal.role)
    logs = settings.var_dir / "logs"
    env = part_env(settings)
    env.update(
        DB_HOST="127.0.0.1", DB_PORT=str(pg_port), DB_NAME=schaal.database, DB_USER=schaal.role, DB_PASSWORD=db_password,
        REDIS_HOST="127.0.0.1", REDIS_PORT=str(schaal.redis_port), REDIS_PASSWORD=redis_password,
        WEGWIJS_TRACKER_URL=f"postgresql://{schaal.role}:{db_password}@127.0.0.1:{pg_port}/{schaal.database}",
        # Signals and weekly counts: Rasa, the action server and both gateways write and read the same rows.
        WEGWIJS_SIGNALEN_DB_URL=f"postgresql://{schaal.role}:{db_password}@127.0.0.1:{pg_port}/{schaal.database}",
    )
    redis = Part(
        name="redis",
        command=[
            shutil.which("redis-server") or "redis-server", "--bind", "127.0.0.1", "--port", str(schaal.redis_port),
            "--requirepass", redis_password, "--save", "", "--appendonly", "no", "--dir", str(secrets),
        ],
        health_url=f"tcp://127.0.0.1:{schaal.redis_port}",
        env=env,
        log_path=logs / "redis.log",
        log_limits=log_limits(settings),
    )
    rasa_ports = [settings.rasa_port, settings.rasa_port + 1]
    rasa_urls = [f"http://127.0.0.1:{port}" for port in rasa_ports]
    gateways = [
        gateway_part(settings, node_env(settings, schaal, env, number), logs, f"gateway-{number}", port, urls)
        for number, port, urls in ((1, schaal.gateway_ports[0], rasa_urls), (2, schaal.gateway_ports[1], rasa_urls[::-1]))
    ]
    rasas = [rasa_part(settings, port, env, logs) for port in rasa_ports]
    return [redis, actions_part(settings, env, logs), *rasas, *gateways]


def node_env(settings: Settings, schaal: Schaal, env: dict[str, str], number: int) -> dict[str, str]:
    """A gateway's environment as on a node of its own: its own var/, every shared state and key from outside."""
    node_var = schaal.node_var(settings, number)
    node_var.mkdir(mode=0o700, parents=True, exist_ok=True)
    return {
        **env,
        "WEGWIJS_VAR": str(node_var),
        "WEGWIJS_GATEWAY_DB_URL": schaal.gateway_db_url(settings),
        "WEGWIJS_REDIS_URL": schaal.redis_url(settings),
        # The channel key is made once, in the set-up's own folder, and given to both.
        CHANNEL_KEY_ENV: read_or_create(secrets_dir(settings) / "kanaal.sleutel"),
    }
