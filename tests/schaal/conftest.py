"""A throwaway redis-server (memory only, no files kept) and PostgreSQL database for the scaled tests."""

from __future__ import annotations

import secrets
import shutil
import subprocess
import time

import pytest
import redis

from wegwijs.instance import free_port
from wegwijs.schaal import postgres_port, psql


@pytest.fixture(scope="module")
def redis_port(tmp_path_factory):
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server not found (make test installs it)")
    port = free_port()
    server = subprocess.Popen(
        ["redis-server", "--bind", "127.0.0.1", "--port", str(port), "--save", "", "--appendonly", "no",
         "--dir", str(tmp_path_factory.mktemp("redis"))],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.05)
    yield port
    server.terminate()
    server.wait()


@pytest.fixture(scope="module")
def pg_url():
    for tool in ("pg_lsclusters", "runuser"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} not found: these tests need PostgreSQL (make test installs it)")
    port = postgres_port()
    name, password = f"wegwijs_seam_{secrets.token_hex(4)}", secrets.token_hex(16)
    psql(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
    psql(f"CREATE DATABASE {name} OWNER {name}")
    yield f"postgresql://{name}:{password}@127.0.0.1:{port}/{name}"
    psql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    psql(f"DROP ROLE IF EXISTS {name}")
