"""I4 of the security review (issue #19): the review page saved draft scripts in the code
tree (dialogen/inbox/), which is read-only in the container; now under the data folder."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer
from click.testing import CliRunner

from gateway.app import create_app
from tests.dialogen.test_review_api import auth, sent  # noqa: F401 - the fixtures
from tests.dialogen.test_review_script_yaml import conversation_with
from wegwijs.dialogen.script import parse_script, script_from_conversation
from wegwijs.instance import free_port
from wegwijs.settings import ROOT, Settings
from wegwijs.testers import Testers, open_db


async def test_drafts_go_to_the_data_folder_not_the_code_tree(tmp_path, sent):  # noqa: F811 - the fixture
    settings = Settings().with_(var_dir=tmp_path / "var", rasa_port=free_port(), actions_port=free_port())
    code_tree = sorted(p for p in (ROOT / "dialogen").rglob("*"))
    app = create_app(settings)  # as `wegwijs run` and the container make it: no inbox given
    try:
        async with TestClient(TestServer(app)) as client:
            token = Testers(open_db(settings.gateway_db)).add("Anja")
            session = await (await client.post("/review/api/sessions", json={}, headers=auth(token))).json()
            await client.post(f"/api/sessions/{session['session_id']}/messages", json={"text": "mag ik bijverdienen"})
            saved = await client.post(f"/review/api/gesprekken/{session['conversation_id']}/dialoog", headers=auth(token))
            assert saved.status == 201
            name = (await saved.json())["bestand"]
        draft = settings.var_dir / "dialogen-inbox" / name
        assert parse_script(draft.read_text(encoding="utf-8")).beurten[0].zegt == "mag ik bijverdienen"
    finally:
        added = [p for p in (ROOT / "dialogen").rglob("*") if p not in code_tree]
        for path in added:  # the old code wrote here; leave the tree as it was
            path.unlink()
    assert added == []


def test_the_cli_shows_the_drafts_and_checks_them(tmp_path, monkeypatch):
    from beheer.cli import cli

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    inbox = tmp_path / "dialogen-inbox"
    inbox.mkdir()
    (inbox / "gesprek-abcdef12.yml").write_text(script_from_conversation(conversation_with()), encoding="utf-8")
    (inbox / "gesprek-kapot123.yml").write_text("titel: x\nbeurten: [\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dialogen", "inbox"])
    assert result.exit_code == 0, result.output
    assert str(inbox) in result.output
    assert "gesprek-abcdef12.yml: Testgesprek van Anja, 1 beurt" in result.output
    assert "gesprek-kapot123.yml, regel" in result.output


def test_the_cli_says_when_the_inbox_is_empty(tmp_path, monkeypatch):
    from beheer.cli import cli

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    result = CliRunner().invoke(cli, ["dialogen", "inbox"])
    assert result.exit_code == 0 and "geen concepten" in result.output.lower()


def test_the_cli_writes_the_stored_drafts_into_the_inbox_and_keeps_a_file_edited_after_the_save(tmp_path, monkeypatch):
    """The stored draft is the shared one (another gateway may have saved it); the inbox holds it as a file."""
    import os

    from beheer.cli import cli
    from gateway.store import SessionStore
    from gateway.testsessies import ensure_tables
    from wegwijs.dialogen.concepten import Concepten

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    monkeypatch.delenv("WEGWIJS_GATEWAY_DB_URL", raising=False)
    store = SessionStore(tmp_path / "gateway.db")
    ensure_tables(store.db)
    saved = Concepten(store.db).bewaar("abcdef1234", "Anja", script_from_conversation(conversation_with()))
    store.close()
    result = CliRunner().invoke(cli, ["dialogen", "inbox"])
    assert result.exit_code == 0, result.output
    assert "gesprek-abcdef12.yml: Testgesprek van Anja, 1 beurt" in result.output
    draft = tmp_path / "dialogen-inbox" / saved.naam
    draft.write_text(saved.tekst.replace("Vul hier in wie de persoon is, in een zin.", "Anja, 34, werkt 10 uur"))
    os.utime(draft, (draft.stat().st_mtime + 5, draft.stat().st_mtime + 5))  # edited after the save
    assert CliRunner().invoke(cli, ["dialogen", "inbox"]).exit_code == 0
    assert "Anja, 34" in draft.read_text(encoding="utf-8"), "an edit made after the save is not overwritten"


def test_a_draft_name_from_the_database_never_writes_outside_the_inbox(tmp_path):
    """The database is shared by every node; a row's name is not trusted as a path."""
    from wegwijs.dialogen.concepten import Concept, exporteer

    inbox = tmp_path / "var" / "dialogen-inbox"
    path = exporteer(Concept("../../buiten.yml", "abc", "Anja", "2026-12-05T10:00:00+00:00", "titel: x\n"), inbox)
    assert path == inbox / "buiten.yml" and path.exists()
    assert not (tmp_path / "buiten.yml").exists()
