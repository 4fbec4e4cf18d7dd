"""The checks, the runner and the reports, with a fake gateway (no assistant needed)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from wegwijs.dialogen.controles import check_turn
from wegwijs.dialogen.rapport import summary_lines, write_html, write_json
from wegwijs.dialogen.script import parse_script
from beheer.spelen import run_scripts

REPLY = [
    {
        "text": "U mag € 1.200 per jaar houden. De gemeente Voorbeeldstad beslist. "
        "Dit staat in de wet: https://wetten.overheid.nl/BWBR0015703",
        "buttons": [{"title": "Praat met een mens", "payload": "/mens_spreken"}],
    }
]

SCRIPT = """\
titel: Giften
persona: Iemand krijgt geld van familie.
peildatum: 2026-11-26
beurten:
  - zegt: hoeveel mag ik houden
    bevat: per jaar houden
    bedrag: "€ 1.200"
    knop: Praat met een mens
    bron: wetten.overheid.nl
    verwijst naar een mens: ja
    zegt dat de gemeente beslist: ja
"""


class FakeGateway:
    def __init__(self, reply):
        self.reply, self.said, self.deleted = reply, [], []

    def start(self, peildatum, gemeente):
        self.peildatum = peildatum
        return "sessie", [{"text": "Hallo", "buttons": []}]

    def say(self, session_id, text):
        self.said.append(text)
        return {"messages": self.reply}

    def erase(self, session_id):
        self.deleted.append(session_id)


def test_all_kinds_of_checks_pass_on_a_matching_reply():
    script = parse_script(SCRIPT)
    checks = check_turn(script.beurten[0], REPLY, "2026-11-26", "voorbeeldstad")
    assert [c.soort for c in checks] == ["bevat", "bedrag", "knop", "bron", "mens", "gemeente beslist"]
    assert all(c.geslaagd for c in checks), [c.uitleg for c in checks if not c.geslaagd]


def test_a_wrong_expectation_fails_with_a_readable_dutch_diff(tmp_path):
    wrong = SCRIPT.replace('bedrag: "€ 1.200"', 'bedrag: "€ 1.300"').replace("bevat: per jaar houden", "bevat: per maand houden")
    path = tmp_path / "fout.yml"
    path.write_text(wrong, encoding="utf-8")
    gateway = FakeGateway(REPLY)
    report = run_scripts([path], gateway, on_progress=None)
    assert report["mislukt"] == 1 and gateway.peildatum == "2026-11-26"
    failed = [c for c in report["scripts"][0]["beurten"][0]["controles"] if not c["geslaagd"]]
    assert [c["soort"] for c in failed] == ["bevat", "bedrag"]
    assert failed[0]["uitleg"] == (
        "Verwacht: 'per maand houden'. Niet gevonden. Wat er het meest op lijkt: 'per jaar houden.'."
    )
    assert "'€ 1.300'" in failed[1]["uitleg"] and "€ 1.200" in failed[1]["uitleg"]
    lines = summary_lines(report)
    assert lines[0].startswith("FOUT  Giften")
    assert "beurt 1 (regel 5), 'hoeveel mag ik houden': Verwacht: 'per maand houden'" in lines[1]
    assert lines[-1] == "0 van de 1 scripts goed."


def test_bevat_niet_geen_knop_and_not_a_human():
    script = parse_script(
        "titel: t\npersona: p\nbeurten:\n  - zegt: x\n    bevat niet: Voorbeeldstad\n"
        "    geen knop: Praat met een mens\n    verwijst naar een mens: nee\n"
    )
    checks = check_turn(script.beurten[0], REPLY, "2026-11-26", "voorbeeldstad")
    assert [c.geslaagd for c in checks] == [False, False, False]
    assert "mocht niet in het antwoord staan" in checks[0].uitleg


def test_bedrag_uit_computes_the_amount_with_knowledge():
    import knowledge
    from decimal import Decimal

    from knowledge.geld import euro

    invoer = {"leeftijd": 35, "leefsituatie": "alleenstaande"}
    norm = knowledge.bereken("bijstandsnorm", {"peildatum": "2026-11-26", **invoer})["norm"]
    amount = euro(Decimal(str(norm)))
    script = parse_script(
        "titel: t\npersona: p\nbeurten:\n  - zegt: x\n    bedrag uit:\n      rekenhulp: bijstandsnorm\n"
        "      invoer: {leeftijd: 35, leefsituatie: alleenstaande}\n      veld: norm\n"
    )
    [ok] = check_turn(script.beurten[0], [{"text": f"Uw norm is {amount} per maand.", "buttons": []}], "2026-11-26", "voorbeeldstad")
    [fails] = check_turn(script.beurten[0], REPLY, "2026-11-26", "voorbeeldstad")
    assert ok.geslaagd and not fails.geslaagd


def test_a_script_that_cannot_be_read_fails_in_the_report(tmp_path):
    path = tmp_path / "kapot.yml"
    path.write_text("titel: t\npersona: p\nbeurten:\n  - zeg: x\n", encoding="utf-8")
    report = run_scripts([path], FakeGateway(REPLY), on_progress=None)
    assert report["scripts"][0]["fout"].endswith("regel 4: onbekend woord 'zeg' in beurt 1. Bedoelt u 'zegt'?")


def test_reports_show_the_whole_conversation_and_the_failures(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text(SCRIPT.replace("per jaar houden", "<b>nooit</b>"), encoding="utf-8")
    report = run_scripts([path], FakeGateway(REPLY), on_progress=None)
    write_html(report, tmp_path / "r.html")
    write_json(report, tmp_path / "r.json")
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<html lang='nl'>" in page and "0 van de 1" in page
    assert "hoeveel mag ik houden" in page and "Voorbeeldstad beslist" in page
    assert "&lt;b&gt;nooit&lt;/b&gt;" in page and "<b>nooit</b>" not in page
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["totaal"] == 1 and data["scripts"][0]["geslaagd"] is False


class FakeTesterGateway(FakeGateway):
    def tester(self):
        return "Anja"


def test_cli_exits_non_zero_when_a_script_fails(tmp_path, monkeypatch):
    from beheer import cli as cli_module
    import beheer.spelen as spelen

    monkeypatch.setattr(spelen, "Gateway", lambda url, token, timeout_s: FakeTesterGateway(REPLY))
    monkeypatch.setenv("WEGWIJS_TESTER_TOKEN", "wwt_x")
    path = tmp_path / "s.yml"
    path.write_text(SCRIPT, encoding="utf-8")
    args = ["dialogen", "test", str(path), "--url", "http://x",
            "--html", str(tmp_path / "r.html"), "--json", str(tmp_path / "r.json")]
    result = CliRunner().invoke(cli_module.cli, args)
    assert result.exit_code == 0, result.output
    path.write_text(SCRIPT.replace("per jaar", "per week"), encoding="utf-8")
    result = CliRunner().invoke(cli_module.cli, args)
    assert result.exit_code == 1 and "0 van de 1 scripts goed." in result.output


def test_the_key_never_on_the_command_line_and_never_silently_missing(tmp_path, monkeypatch):
    """Issue #18: --token showed the key in `ps` and shell history; without it the peildatum silently did not count."""
    from beheer import cli as cli_module
    import beheer.spelen as spelen

    played = []
    monkeypatch.setattr(spelen, "Gateway", lambda url, token, timeout_s: played.append(token) or FakeTesterGateway(REPLY))
    path = tmp_path / "s.yml"
    path.write_text(SCRIPT, encoding="utf-8")
    args = ["dialogen", "test", str(path), "--url", "http://x", "--html", str(tmp_path / "r.html"),
            "--json", str(tmp_path / "r.json")]
    on_line = CliRunner().invoke(cli_module.cli, [*args, "--token", "wwt_geheim"])
    assert on_line.exit_code == 2 and "niet op de opdrachtregel" in on_line.output
    monkeypatch.delenv("WEGWIJS_TESTER_TOKEN", raising=False)
    missing = CliRunner().invoke(cli_module.cli, args)  # CliRunner's input is no terminal: no prompt possible
    assert missing.exit_code == 2 and "Geen testsleutel" in missing.output and "WEGWIJS_TESTER_TOKEN" in missing.output
    assert played == []
    monkeypatch.setattr(cli_module, "_interactive", lambda: True)
    prompted = CliRunner().invoke(cli_module.cli, args, input="wwt_getypt\n")
    assert prompted.exit_code == 0, prompted.output
    assert played == ["wwt_getypt"] and "wwt_getypt" not in prompted.output


def test_several_phrasings_are_each_played_with_the_turns_before_them(tmp_path):
    path = tmp_path / "s.yml"
    path.write_text("titel: t\npersona: p\nbeurten:\n  - zegt: eerst\n  - zegt:\n      - zin a\n      - zin b\n"
                    "    bevat: per jaar houden\n  - zegt: daarna\n", encoding="utf-8")
    gateway = FakeGateway(REPLY)
    report = run_scripts([path], gateway, on_progress=None)
    assert gateway.said == ["eerst", "zin a", "daarna", "eerst", "zin b"]
    turns = report["scripts"][0]["beurten"]
    assert [(t["nummer"], t["zegt"], t["andere_zin"]) for t in turns] == [
        (1, "eerst", False), (2, "zin a", False), (2, "zin b", True), (3, "daarna", False)]
    assert report["geslaagd"] == 1 and {"model", "commit"} <= set(report)


def test_progress_bar():
    import io

    from beheer.spelen import progress

    out = io.StringIO()
    progress(1, 4, "Thomas", stream=out)
    progress(4, 4, "klaar", stream=out)
    assert out.getvalue().splitlines() == ["[#######.......................] 1/4 Thomas", "[" + "#" * 30 + "] 4/4 klaar"]
