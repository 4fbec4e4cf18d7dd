"""The shipped scripts against the real assistant, through the gateway like the widget."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from beheer.cli import cli
from wegwijs.settings import ROOT
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def token(stack) -> str:
    return Testers(open_db(stack.settings.gateway_db)).add("pytest-dialogen")


def test_every_shipped_script_passes(stack, token, tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_TESTER_TOKEN", token)
    args = ["dialogen", "test", str(ROOT / "dialogen"), "--url", stack.url,
            "--html", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json")]
    result = CliRunner().invoke(cli, args)
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert result.exit_code == 0, result.output
    assert report["totaal"] >= 20 and report["mislukt"] == 0
    assert "Thomas krijgt boodschappen" in (tmp_path / "r.html").read_text(encoding="utf-8")


def test_a_wrong_expectation_fails_with_a_readable_diff(stack, token, tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_TESTER_TOKEN", token)
    script = tmp_path / "fout.yml"
    script.write_text(
        "titel: Een verkeerde verwachting\npersona: Iemand wil met een mens praten.\nbeurten:\n"
        "  - zegt: /mens_spreken\n    bevat: Wilt u nooit iemand spreken\n", encoding="utf-8")
    args = ["dialogen", "test", str(script), "--url", stack.url,
            "--html", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "Verwacht: 'Wilt u nooit iemand spreken'. Niet gevonden." in result.output
    assert "Wat er het meest op lijkt: 'Wilt u iemand spreken?" in result.output
