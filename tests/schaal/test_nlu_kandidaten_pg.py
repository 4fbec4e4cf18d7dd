"""`wegwijs dialogen nlu-kandidaten` on the scaled set-up: the gateway tables and Rasa's tracker store in PostgreSQL.

Before, the command opened var/gateway.db and var/rasa.db as SQLite files, so
on `make run-schaal` and deploy/ it found nothing. Against Debian's PostgreSQL.
"""

from __future__ import annotations

from tests.dialogen.test_nlu_kandidaten import EXPECTED_TEST_CANDIDATES, make_dbs
from tests.schaal.test_gateway_db import node
from wegwijs.dialogen.nlu_kandidaten import nlu_candidates


def test_candidates_come_from_postgres_when_the_gateway_and_rasa_keep_them_there(pg_url, tmp_path):
    make_dbs(node(tmp_path, 1, gateway_db_url=pg_url, tracker_url_env=pg_url))
    other_node = node(tmp_path, 2, gateway_db_url=pg_url, tracker_url_env=pg_url)
    assert nlu_candidates(other_node) == EXPECTED_TEST_CANDIDATES
    real = nlu_candidates(other_node, real_users_gemeenten={"voorbeeldstad"})["bijverdienen"]
    assert [c["tekst"] for c in real if c["bron"] != "test"] == ["mijn bsn is 000000000, mag ik bijklussen"]
    assert not (tmp_path / "knooppunt-2").exists(), "no SQLite file made on the node that only read"


def test_the_command_reads_postgres_from_the_environment_the_servers_use(pg_url, tmp_path, monkeypatch):
    from click.testing import CliRunner

    from beheer.cli import cli

    make_dbs(node(tmp_path, 1, gateway_db_url=pg_url, tracker_url_env=pg_url))
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path / "knooppunt-3"))
    monkeypatch.setenv("WEGWIJS_GATEWAY_DB_URL", pg_url)
    monkeypatch.setenv("WEGWIJS_TRACKER_URL", pg_url)
    result = CliRunner().invoke(cli, ["dialogen", "nlu-kandidaten"])
    assert result.exit_code == 0, result.output
    assert "- intent: bijverdienen" in result.output and "    - hoe zit het met de toeslag" in result.output
