"""`wegwijs telegram` without a token explains how to get one."""

from __future__ import annotations

from click.testing import CliRunner

from beheer.cli import cli
from kanalen.telegram import TOKEN_ENV


def test_without_a_token_the_command_explains_botfather_and_stops():
    result = CliRunner().invoke(cli, ["telegram"], env={TOKEN_ENV: ""})
    assert result.exit_code == 1
    assert "@BotFather" in result.output and "/newbot" in result.output and TOKEN_ENV in result.output
