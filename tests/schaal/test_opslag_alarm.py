"""The storage alarm (WEGWIJS_OPSLAG_ALARM_MB, gateway/opschonen.py) measures PostgreSQL too.

Before, it summed only the SQLite files under var/: on `make run-schaal` and
deploy/, where the gateway tables, the tracker store and the signals are in
PostgreSQL, it measured (almost) nothing and never went off.
"""

from __future__ import annotations

import logging

from gateway.opschonen import database_mb, opslag_alarm, postgres_bytes
from gateway.store import SessionStore
from tests.schaal.test_gateway_db import node
from wegwijs import signalen
from wegwijs.instance import free_port


def test_the_alarm_goes_off_for_a_postgres_database_larger_than_the_limit(pg_url, tmp_path, monkeypatch, caplog):
    monkeypatch.delenv(signalen.URL_ENV, raising=False)
    settings = node(tmp_path, 1, gateway_db_url=pg_url, tracker_url_env=pg_url, opslag_alarm_mb=1)
    SessionStore.open(settings).close()  # the gateway's tables, in PostgreSQL: no file under var/
    assert not settings.gateway_db.exists()
    size = postgres_bytes(pg_url)
    assert size > 1e6, "an empty PostgreSQL database is several MB already"
    with caplog.at_level(logging.WARNING, logger="gateway.opschonen"):
        assert opslag_alarm(settings)
    assert "storage alarm" in caplog.text and "WEGWIJS_OPSLAG_ALARM_MB=1" in caplog.text
    assert not opslag_alarm(settings.with_(opslag_alarm_mb=10_000))


def test_one_database_shared_by_gateway_tracker_and_signals_is_counted_once(pg_url, tmp_path, monkeypatch):
    monkeypatch.setenv(signalen.URL_ENV, pg_url)
    settings = node(tmp_path, 1, gateway_db_url=pg_url, tracker_url_env=pg_url)
    assert abs(database_mb(settings) - postgres_bytes(pg_url) / 1e6) < 0.5


def test_sqlite_files_are_still_counted(tmp_path, monkeypatch):
    monkeypatch.delenv(signalen.URL_ENV, raising=False)
    settings = node(tmp_path, 1, opslag_alarm_mb=0)
    SessionStore.open(settings).close()
    assert database_mb(settings) == settings.gateway_db.stat().st_size / 1e6 > 0
    assert opslag_alarm(settings)


def test_postgres_that_cannot_be_reached_is_a_warning_not_a_failed_sweep(tmp_path, monkeypatch, caplog):
    monkeypatch.delenv(signalen.URL_ENV, raising=False)
    url = f"postgresql://niemand:geen@127.0.0.1:{free_port()}/weg"
    with caplog.at_level(logging.WARNING, logger="gateway.opschonen"):
        assert not opslag_alarm(node(tmp_path, 1, tracker_url_env=url, opslag_alarm_mb=0))
    assert "could not measure" in caplog.text and "geen" not in caplog.text, "no password in the log"
