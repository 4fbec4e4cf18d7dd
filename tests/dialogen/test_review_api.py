"""Tester tokens, test sessions, marks and the CSV export, with a fake Rasa behind the gateway."""

from __future__ import annotations

import csv
import io

import pytest
import yaml
from aiohttp.test_utils import TestClient, TestServer
from click.testing import CliRunner

from gateway import review
from gateway.app import create_app
from gateway.rasa_client import RasaClient, RasaReply
from wegwijs.instance import free_port
from wegwijs.dialogen.script import parse_script
from wegwijs.settings import Settings
from wegwijs.testers import TesterFout, Testers, open_db


@pytest.fixture
def sent(monkeypatch):
    """Every message the gateway sends to (fake) Rasa, with its metadata."""
    calls = []

    async def fake_send(self, conversation_id, text, metadata):
        calls.append((conversation_id, text, metadata))
        return RasaReply(messages=[{"text": f"Antwoord op {text}. Bel de gemeente.", "buttons": []}], erase_requested=False)

    monkeypatch.setattr(RasaClient, "send", fake_send)
    return calls


@pytest.fixture
async def client(tmp_path, sent):
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    app = create_app(settings)
    app[review.INBOX] = tmp_path / "inbox"
    client = TestClient(TestServer(app))
    await client.start_server()
    client.testers = Testers(open_db(settings.gateway_db))
    yield client
    await client.close()


def auth(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def test_tokens_are_stored_hashed_and_can_be_revoked(tmp_path):
    testers = Testers(open_db(tmp_path / "g.db"))
    token = testers.add("Anja")
    assert testers.check(token) == "Anja" and testers.check(token + "x") is None and testers.check(None) is None
    assert token not in str(list(testers.db["testers"].rows))
    with pytest.raises(TesterFout):
        testers.add("Anja")
    testers.revoke("Anja")
    assert testers.check(token) is None
    assert testers.list()[0]["ingetrokken"]
    assert testers.check(testers.add("Anja")) == "Anja"  # a new token after revoking


def test_testers_commands(tmp_path, monkeypatch):
    from beheer.cli import cli

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    result = CliRunner().invoke(cli, ["testers", "add", "Bas"])
    assert result.exit_code == 0 and "wwt_" in result.output
    assert "actief" in CliRunner().invoke(cli, ["testers", "list"]).output
    assert CliRunner().invoke(cli, ["testers", "revoke", "Bas"]).exit_code == 0
    assert "ingetrokken" in CliRunner().invoke(cli, ["testers", "list"]).output
    assert CliRunner().invoke(cli, ["testers", "revoke", "Bas"]).exit_code == 1


async def test_no_wrong_or_revoked_token_is_refused(client, monkeypatch):
    monkeypatch.setattr(review, "FOUTE_SLEUTELS_PER_MINUUT", 100)  # the limit itself: test_review_security.py
    token = client.testers.add("Anja")
    revoked = client.testers.add("Oud")
    client.testers.revoke("Oud")
    for headers in [{}, auth("wwt_fout"), auth(revoked), {"Authorization": token}]:
        for method, path in [("GET", "/review/api/ik"), ("POST", "/review/api/sessions"),
                             ("GET", "/review/api/gesprekken"), ("GET", "/review/api/markeringen.csv")]:
            response = await client.request(method, path, headers=headers)
            assert response.status == 401, (headers, path)
            assert "testsleutel" in (await response.json())["message"]
    assert (await (await client.get("/review/api/ik", headers=auth(token))).json()) == {"naam": "Anja", "coordinator": False}


async def test_test_session_carries_its_peildatum_and_real_sessions_cannot(client, sent):
    token = client.testers.add("Anja")
    response = await client.post("/review/api/sessions", json={"peildatum": "2025-03-10"}, headers=auth(token))
    assert response.status == 201
    session = await response.json()
    await client.post(f"/api/sessions/{session['session_id']}/messages", json={"text": "hallo"})
    # The session language (issue #15) goes along too: Dutch, and nobody chose it.
    taal = {"taal": "nl", "taal_gekozen": False}
    assert sent[-1][2] == {"gemeente": "voorbeeldstad", "test": True, "peildatum": "2025-03-10", **taal}
    # The public contract stays: anonymous clients get a normal session and may not set a peildatum.
    assert (await client.post("/api/sessions", json={"peildatum": "2025-03-10"})).status == 400
    real = await (await client.post("/api/sessions", json={})).json()
    await client.post(f"/api/sessions/{real['session_id']}/messages", json={"text": "mijn geheime vraag"})
    assert sent[-1][2] == {"gemeente": "voorbeeldstad", **taal}
    bad = await client.post("/review/api/sessions", json={"peildatum": "gisteren"}, headers=auth(token))
    assert bad.status == 400


async def test_a_tester_never_sees_real_users_conversations(client, sent):
    token = client.testers.add("Anja")
    real = await (await client.post("/api/sessions", json={})).json()
    await client.post(f"/api/sessions/{real['session_id']}/messages", json={"text": "mijn geheime vraag"})
    real_conversation = sent[-1][0]
    listing = await (await client.get("/review/api/gesprekken", headers=auth(token))).json()
    assert listing == {"gesprekken": []}
    response = await client.get(f"/review/api/gesprekken/{real_conversation}", headers=auth(token))
    assert response.status == 404
    mark = {"conversation_id": real_conversation, "beurt": 1, "oordeel": "klopt"}
    assert (await client.post("/review/api/markeringen", json=mark, headers=auth(token))).status == 404


async def test_marks_are_stored_seen_by_the_tester_and_a_coordinator_exported_and_become_a_script(client):
    anja, bas = client.testers.add("Anja"), client.testers.add("Bas")
    cora = client.testers.add("Cora", rol="coordinator")
    session = await (await client.post("/review/api/sessions", json={"peildatum": "2026-11-26"}, headers=auth(anja))).json()
    cid = session["conversation_id"]
    for text in ("mag ik bijverdienen", "en giften"):
        said = await client.post(f"/review/api/sessions/{session['session_id']}/messages", json={"text": text},
                                 headers=auth(anja))
        assert said.status == 200
    marks = [("klopt", ""), ("te_moeilijk", "Woord 'vrijlating' is lastig"), ("klopt_niet", "Dit is fout, zeg: beslist")]
    for beurt, (oordeel, opmerking) in enumerate(marks):
        body = {"conversation_id": cid, "beurt": beurt, "oordeel": oordeel, "opmerking": opmerking}
        if oordeel == "klopt_niet":
            body["zin"] = "Antwoord op en giften."
        response = await client.post("/review/api/markeringen", headers=auth(anja), json=body)
        assert response.status == 201
    wrong = {"conversation_id": cid, "beurt": 1, "oordeel": "mooi"}
    assert (await client.post("/review/api/markeringen", json=wrong, headers=auth(anja))).status == 400
    not_in_answer = {"conversation_id": cid, "beurt": 1, "oordeel": "klopt_niet", "zin": "Iets anders."}
    refused = await client.post("/review/api/markeringen", json=not_in_answer, headers=auth(anja))
    assert refused.status == 400 and "staat niet in het antwoord" in (await refused.json())["message"]
    row = client.testers.db["markeringen"].get(2)
    assert (row["tester"], row["conversation_id"], row["beurt"], row["oordeel"], row["status"]) == (
        "Anja", cid, 1, "te_moeilijk", "nieuw")
    assert row["tijd"]

    # Another tester does not see Anja's conversation, nor can she mark it; a coordinator sees all.
    assert (await (await client.get("/review/api/gesprekken", headers=auth(bas))).json()) == {"gesprekken": []}
    assert (await client.get(f"/review/api/gesprekken/{cid}", headers=auth(bas))).status == 404
    other = {"conversation_id": cid, "beurt": 1, "oordeel": "klopt"}
    assert (await client.post("/review/api/markeringen", json=other, headers=auth(bas))).status == 404
    for token in (anja, cora):
        listing = await (await client.get("/review/api/gesprekken", headers=auth(token))).json()
        assert listing["gesprekken"][0] | {"begin": None} == {
            "conversation_id": cid, "tester": "Anja", "begin": None, "beurten": 3, "markeringen": 3, "nieuw": 3,
            "eerste": "mag ik bijverdienen", "peildatum": "2026-11-26", "gemeente": "voorbeeldstad"}
    shown = await (await client.get(f"/review/api/gesprekken/{cid}", headers=auth(cora))).json()
    assert [b["tekst"] for b in shown["beurten"]] == ["/welkom", "mag ik bijverdienen", "en giften"]
    assert shown["beurten"][1]["markeringen"][0]["opmerking"] == "Woord 'vrijlating' is lastig"
    assert shown["beurten"][2]["markeringen"][0]["zin"] == "Antwoord op en giften."

    # The CSV is for a Dutch Excel: a BOM, ";", words, turns from 1, gemeente and peildatum; Bas has none of it.
    response = await client.get("/review/api/markeringen.csv", headers=auth(cora))
    assert response.headers["Content-Type"].startswith("text/csv")
    text = await response.text()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["tester", "tijd", "gemeente", "peildatum", "gesprek", "beurt", "oordeel", "status", "zin",
                       "opmerking", "vraag", "antwoord"]
    assert [r[6] for r in rows[1:]] == ["Klopt", "Te moeilijk", "Klopt niet"]
    assert [r[5] for r in rows[1:]] == ["1", "2", "3"] and rows[1][10] == "" and rows[1][7] == "Nieuw"
    assert rows[2][10] == "mag ik bijverdienen" and rows[2][11].startswith("Antwoord op mag ik bijverdienen")
    assert rows[1][2:4] == ["voorbeeldstad", "2026-11-26"]
    bas_csv = await (await client.get("/review/api/markeringen.csv", headers=auth(bas))).text()
    assert len(bas_csv.strip().splitlines()) == 1

    download = await client.get(f"/review/api/gesprekken/{cid}/dialoog", headers=auth(anja))
    text = await download.text()
    script = parse_script(text)  # a valid script, ready to edit
    assert script.peildatum == "2026-11-26" and [b.zegt for b in script.beurten] == ["mag ik bijverdienen", "en giften"]
    assert script.beurten[1].bevat_niet == ["Antwoord op en giften."]
    assert "# Anja: klopt niet: Dit is fout, zeg: beslist" in text
    saved = await client.post(f"/review/api/gesprekken/{cid}/dialoog", headers=auth(anja))
    assert saved.status == 201
    name = (await saved.json())["bestand"]
    assert yaml.safe_load((client.server.app[review.INBOX] / name).read_text(encoding="utf-8"))["beurten"]


async def test_a_note_is_stored_without_names_or_identifying_numbers(client):
    """Issue #18: names redacted in testers' notes too (wegwijs/namen.py, as for residents' messages)."""
    anja = client.testers.add("Anja")
    session = await (await client.post("/review/api/sessions", json={}, headers=auth(anja))).json()
    said = await client.post(f"/review/api/sessions/{session['session_id']}/messages", json={"text": "giften"},
                             headers=auth(anja))
    assert said.status == 200
    named = {"conversation_id": session["conversation_id"], "beurt": 1, "oordeel": "te_moeilijk",
             "opmerking": "Mijn buurvrouw Fatima el Amrani snapte het niet, bsn 111222333"}
    stored = await (await client.post("/review/api/markeringen", headers=auth(anja), json=named)).json()
    assert stored["opmerking"] == "Mijn buurvrouw [NAAM] snapte het niet, bsn [BSN]"


async def test_review_page_and_texts_are_served(client):
    page = await client.get("/review")
    assert page.status == 200 and "Content-Security-Policy" in page.headers
    texts = await (await client.get("/review/api/teksten")).json()
    assert {"klopt", "klopt_niet", "te_moeilijk", "te_lang", "toon", "fout_sleutel"} <= set(texts)


async def test_erasing_a_test_session_erases_its_turns_and_marks(client):
    token = client.testers.add("Anja")
    session = await (await client.post("/review/api/sessions", json={}, headers=auth(token))).json()
    cid = session["conversation_id"]
    mark = {"conversation_id": cid, "beurt": 0, "oordeel": "klopt"}
    assert (await client.post("/review/api/markeringen", json=mark, headers=auth(token))).status == 201
    assert (await client.post(f"/review/api/gesprekken/{cid}/dialoog", headers=auth(token))).status == 201
    assert client.testers.db["dialoog_concepten"].count == 1
    assert (await client.delete(f"/api/sessions/{session['session_id']}")).status == 204
    assert (await client.get(f"/review/api/gesprekken/{cid}", headers=auth(token))).status == 404
    assert client.testers.db["markeringen"].count == 0
    assert client.testers.db["dialoog_concepten"].count == 0, "the stored draft goes with its conversation"


async def test_a_tapped_button_shows_as_its_title_in_the_list_and_the_conversation(client, monkeypatch):
    """Acceptance of issue #18: a tapped button was listed and shown as its payload ("/giften"), while the tester
    saw and tapped "Geld of boodschappen krijgen" (the widget shows the title too). The draft script keeps the payload."""
    async def fake_send(self, conversation_id, text, metadata):
        buttons = [{"title": "Geld of boodschappen krijgen", "payload": "/giften"}]
        return RasaReply(messages=[{"text": f"Antwoord op {text}.", "buttons": buttons}], erase_requested=False)

    monkeypatch.setattr(RasaClient, "send", fake_send)
    anja = client.testers.add("Anja")
    session = await (await client.post("/review/api/sessions", json={}, headers=auth(anja))).json()
    for text in ("/giften", "/onbekend"):  # a button of the answer before, and a payload that was no button
        said = await client.post(f"/review/api/sessions/{session['session_id']}/messages", json={"text": text},
                                 headers=auth(anja))
        assert said.status == 200
    [listed] = (await (await client.get("/review/api/gesprekken", headers=auth(anja))).json())["gesprekken"]
    assert listed["eerste"] == "Geld of boodschappen krijgen"
    shown = await (await client.get(f"/review/api/gesprekken/{session['conversation_id']}", headers=auth(anja))).json()
    turns = {t["beurt"]: t for t in shown["beurten"]}
    assert (turns[1]["tekst"], turns[1]["knop"]) == ("/giften", "Geld of boodschappen krijgen")
    assert "knop" not in turns[2]
    draft = await (await client.get(f"/review/api/gesprekken/{session['conversation_id']}/dialoog",
                                    headers=auth(anja))).text()
    assert 'zegt: "/giften"' in draft
