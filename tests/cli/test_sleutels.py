"""The two key commands (testers add/revoke, signalen sleutel/intrekken): a key shown once, errors in Dutch."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from beheer.cli import cli


@pytest.fixture
def wegwijs(tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    return lambda *args: CliRunner().invoke(cli, list(args))


def zonder_sleutel(output: str, prefix: str) -> tuple[list[str], str]:
    """The lines of the output with the key itself taken out, and the key."""
    sleutels = re.findall(rf"^{prefix}\S+$", output, flags=re.MULTILINE)
    assert len(sleutels) == 1, output
    return output.replace(sleutels[0], "<SLEUTEL>").splitlines(), sleutels[0]


def test_a_signalen_key_is_shown_once_with_what_it_is_for(wegwijs):
    result = wegwijs("signalen", "sleutel", "Clientenraad", "--gemeente", "voorbeeldstad", "--dagen", "30")
    assert result.exit_code == 0, result.stderr
    regels, _ = zonder_sleutel(result.stdout, "wws_")
    assert regels == [
        "Sleutel voor de signalenpagina voor Clientenraad (voorbeeldstad), 30 dagen geldig.",
        "Bewaar hem goed, u ziet hem maar een keer:",
        "<SLEUTEL>",
    ]
    alle = wegwijs("signalen", "sleutel", "FG")
    assert alle.stdout.splitlines()[0] == "Sleutel voor de signalenpagina voor FG (elke gemeente), 90 dagen geldig."


def test_a_signalen_key_that_cannot_be_made_or_revoked_says_why_in_dutch(wegwijs):
    assert wegwijs("signalen", "sleutel", "FG").exit_code == 0
    twee_keer = wegwijs("signalen", "sleutel", "FG")
    assert (twee_keer.exit_code, twee_keer.stdout) == (1, "")
    assert twee_keer.stderr == "Lezer 'FG' bestaat al. Trek de oude sleutel eerst in.\n"
    te_lang = wegwijs("signalen", "sleutel", "Raad", "--dagen", "1000")
    assert te_lang.exit_code == 1 and te_lang.stderr == "Een sleutel werkt tussen 1 en 365 dagen. Kies een getal daartussen.\n"
    onbekend = wegwijs("signalen", "sleutel", "Raad", "--gemeente", "atlantis")
    assert onbekend.exit_code == 1 and onbekend.stderr.startswith("Gemeente 'atlantis' ken ik niet. Kies uit: ")
    ingetrokken = wegwijs("signalen", "intrekken", "FG")
    assert (ingetrokken.exit_code, ingetrokken.stdout) == (0, "De sleutel van FG werkt niet meer.\n")
    nog_eens = wegwijs("signalen", "intrekken", "FG")
    assert (nog_eens.exit_code, nog_eens.stderr) == (1, "Er is geen actieve lezer 'FG'.\n")


def test_a_tester_key_is_shown_once_with_its_role_and_expiry(wegwijs):
    result = wegwijs("testers", "add", "Bas", "--dagen", "30", "--coordinator")
    assert result.exit_code == 0, result.stderr
    regels, sleutel = zonder_sleutel(result.stdout, "wwt_")
    tot = (datetime.now(timezone.utc) + timedelta(days=30)).astimezone(ZoneInfo("Europe/Amsterdam"))
    assert regels[:2] == ["Testsleutel voor Bas (coördinator). Bewaar hem goed, u ziet hem maar een keer:", "<SLEUTEL>"]
    assert re.fullmatch(rf"De sleutel is geldig tot {tot.date().isoformat()} \d\d:\d\d\.", regels[2])
    assert regels[3:] == ["Geef de sleutel persoonlijk of in een versleuteld bericht, nooit in een gewone e-mail."]
    tester = wegwijs("testers", "add", "Cor")
    assert tester.stdout.splitlines()[0] == "Testsleutel voor Cor (tester). Bewaar hem goed, u ziet hem maar een keer:"


def test_a_tester_key_that_cannot_be_made_or_revoked_says_why_in_dutch(wegwijs):
    te_lang = wegwijs("testers", "add", "Cor", "--dagen", "1000")
    assert (te_lang.exit_code, te_lang.stdout) == (1, "")
    assert "tussen 1 en 365 dagen" in te_lang.stderr
    assert wegwijs("testers", "add", "Cor").exit_code == 0
    ingetrokken = wegwijs("testers", "revoke", "Cor")
    assert (ingetrokken.exit_code, ingetrokken.stdout) == (0, "De sleutel van Cor werkt niet meer.\n")
    nog_eens = wegwijs("testers", "revoke", "Cor")
    assert nog_eens.exit_code == 1 and nog_eens.stderr and not nog_eens.stdout
