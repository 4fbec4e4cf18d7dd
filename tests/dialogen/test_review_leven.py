"""Issue #18: a tester's own rate limit, her own conversations, the life of a mark, and the test bank.

With a fake Rasa behind the gateway (tests/dialogen/test_review_api.py's fixtures).
"""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gateway import review, testbank
from gateway.app import create_app
from gateway.rasa_client import RasaClient, RasaReply
from tests.dialogen.test_review_api import auth, client, sent  # noqa: F401 - the fixtures
from wegwijs.instance import free_port
from wegwijs.settings import Settings
from wegwijs.testers import Testers, open_db


@pytest.fixture
async def strict(tmp_path, sent):  # noqa: F811
    """A gateway whose per-address limit is 2 messages a minute, and 2 erasures."""
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port(),
                                limiet_adres=2, limiet_wissen=2)
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    client.testers = Testers(open_db(settings.gateway_db))
    yield client
    await client.close()


async def new_session(client, token, **body):  # noqa: F811
    return await (await client.post("/review/api/sessions", json=body, headers=auth(token))).json()


async def say(client, token, session, text):  # noqa: F811
    return await client.post(f"/review/api/sessions/{session['session_id']}/messages", json={"text": text},
                             headers=auth(token))


async def test_a_tester_has_her_own_limit_not_the_limit_of_her_address(strict, monkeypatch):
    monkeypatch.setattr(review, "TESTER_BERICHTEN_PER_MINUUT", 6)
    token = strict.testers.add("Anja")
    sessions = [await new_session(strict, token) for _ in range(3)]
    for session in sessions:  # 3 messages and 3 erasures: more than the address may send
        assert (await say(strict, token, session, "hallo")).status == 200
    for session in sessions:
        assert (await strict.delete(f"/review/api/sessions/{session['session_id']}", headers=auth(token))).status == 204
    over = await say(strict, token, await new_session(strict, token), "hallo")
    assert over.status == 429 and over.headers["Retry-After"]
    # The public route still has the address limit; it is not used up by the tester.
    assert (await strict.post("/api/sessions", json={})).status == 201


async def test_only_the_own_test_session_through_the_review_api(client, sent):  # noqa: F811
    anja, bas = client.testers.add("Anja"), client.testers.add("Bas")
    session = await new_session(client, anja)
    assert (await say(client, bas, session, "hallo")).status == 404
    assert (await client.delete(f"/review/api/sessions/{session['session_id']}", headers=auth(bas))).status == 404
    real = await (await client.post("/api/sessions", json={})).json()
    assert (await say(client, anja, real, "hallo")).status == 404  # a real person's session is never a tester's
    assert (await say(client, "wwt_fout", session, "hallo")).status == 401


async def test_erasing_in_the_chat_erases_the_marks_and_says_so(client, sent, monkeypatch):  # noqa: F811
    token = client.testers.add("Anja")
    session = await new_session(client, token)
    mark = {"conversation_id": session["conversation_id"], "beurt": 0, "oordeel": "klopt"}
    assert (await client.post("/review/api/markeringen", json=mark, headers=auth(token))).status == 201

    async def erase_reply(self, conversation_id, text, metadata):
        return RasaReply(messages=[{"text": "Alles is gewist.", "buttons": []}], erase_requested=True)

    monkeypatch.setattr(RasaClient, "send", erase_reply)
    answer = await (await say(client, token, session, "ja")).json()
    assert answer["gesprek_gewist"] is True
    assert client.testers.db["markeringen"].count == 0
    listing = await (await client.get("/review/api/gesprekken", headers=auth(token))).json()
    assert listing == {"gesprekken": []}


async def test_a_coordinator_sets_the_status_and_a_resolved_mark_gets_the_answer_now(client, sent, monkeypatch):  # noqa: F811
    anja, cora = client.testers.add("Anja"), client.testers.add("Cora", rol="coordinator")
    session = await new_session(client, anja, peildatum="2026-06-15")
    await say(client, anja, session, "ik krijg geld van mijn broer")
    mark = {"conversation_id": session["conversation_id"], "beurt": 1, "oordeel": "klopt_niet"}
    mark_id = (await (await client.post("/review/api/markeringen", json=mark, headers=auth(anja))).json())
    mark_id = client.testers.db.execute("SELECT MAX(id) FROM markeringen").fetchone()[0]
    path = f"/review/api/markeringen/{mark_id}/status"
    refused = await client.post(path, json={"status": "opgelost"}, headers=auth(anja))
    assert refused.status == 403 and "coördinator" in (await refused.json())["message"]
    assert (await client.post(path, json={"status": "weg"}, headers=auth(cora))).status == 400
    assert (await client.post("/review/api/markeringen/999/status", json={"status": "bekeken"},
                              headers=auth(cora))).status == 404
    seen = await (await client.post(path, json={"status": "bekeken"}, headers=auth(cora))).json()
    assert (seen["status"], seen["status_door"], seen["antwoord_nu"]) == ("bekeken", "Cora", None)

    async def better(self, conversation_id, text, metadata):
        sent.append((conversation_id, text, metadata))
        return RasaReply(messages=[{"text": f"Beter antwoord op {text}.", "buttons": []}], erase_requested=False)

    monkeypatch.setattr(RasaClient, "send", better)
    before = len(sent)
    done = await (await client.post(path, json={"status": "opgelost"}, headers=auth(cora))).json()
    assert done["status"] == "opgelost" and done["antwoord_nu"] == [
        {"text": "Beter antwoord op ik krijg geld van mijn broer.", "buttons": []}]
    # Replayed in a test session of its own, with the conversation's peildatum, and erased afterwards.
    assert [s[1] for s in sent[before:]] == ["ik krijg geld van mijn broer"]
    assert sent[-1][2]["peildatum"] == "2026-06-15" and sent[-1][0] != session["conversation_id"]
    shown = await (await client.get(f"/review/api/gesprekken/{session['conversation_id']}", headers=auth(anja))).json()
    [seen_by_anja] = shown["beurten"][1]["markeringen"]
    assert seen_by_anja["status"] == "opgelost" and seen_by_anja["antwoord_nu"][0]["text"].startswith("Beter")
    assert shown["beurten"][1]["antwoord"][0]["text"].startswith("Antwoord op")  # the answer then stays
    listing = await (await client.get("/review/api/gesprekken", headers=auth(anja))).json()
    assert len(listing["gesprekken"]) == 1  # the replay left no conversation behind


SCRIPT = """\
titel: {titel}
persona: Iemand.
peildatum: 2026-11-26
beurten:
  - zegt:
      - hallo
      - goedendag
    bevat: Antwoord op
  - zegt: nog iets
    bevat: {verwacht}
"""


async def wait_until_done(client, token, run):  # noqa: F811
    for _ in range(200):
        state = await (await client.get(f"/review/api/testbank/{run['id']}", headers=auth(token))).json()
        if state["klaar"]:
            return state
        await asyncio.sleep(0.05)
    raise AssertionError("the run did not end")


async def test_the_test_bank_plays_every_script_and_keeps_a_history(client, sent, tmp_path):  # noqa: F811
    scripts = tmp_path / "dialogen"
    (scripts / "giften").mkdir(parents=True)
    (scripts / "01-goed.yml").write_text(SCRIPT.format(titel="Goed", verwacht="Antwoord op nog iets"), encoding="utf-8")
    (scripts / "giften" / "02-fout.yml").write_text(SCRIPT.format(titel="Fout", verwacht="iets anders"), encoding="utf-8")
    (scripts / "03-kapot.yml").write_text("titel: t\npersona: p\nbeurten:\n  - zeg: x\n", encoding="utf-8")
    client.server.app[testbank.SCRIPTS_DIR] = scripts
    token = client.testers.add("Anja")

    for _ in range(2):
        started = await client.post("/review/api/testbank", json={}, headers=auth(token))
        assert started.status == 202
        run = await started.json()
        assert run["totaal"] == 3 and run["tester"] == "Anja"
        state = await wait_until_done(client, token, run)
    report = state["rapport"]
    assert (report["totaal"], report["geslaagd"]) == (3, 1)
    by_name = {s["bestand"]: s for s in report["scripts"]}
    assert by_name["03-kapot.yml"]["fout"] == "regel 4: onbekend woord 'zeg' in beurt 1. Bedoelt u 'zegt'?"
    assert [t["zegt"] for t in by_name["01-goed.yml"]["beurten"]] == ["hallo", "goedendag", "nog iets"]
    assert state["model"] and state["commit"]

    overview = await (await client.get("/review/api/testbank", headers=auth(token))).json()
    assert overview["mappen"] == ["giften"] and overview["loopt"] is None
    history = {s["bestand"]: s["uitslagen"] for s in overview["scripts"]}
    assert [u["geslaagd"] for u in history["01-goed.yml"]] == [True, True]
    assert [u["geslaagd"] for u in history["giften/02-fout.yml"]] == [False, False]
    assert history["01-goed.yml"][0]["commit"] == state["commit"]
    # The runs' test sessions are erased: no conversation of them stays in the tester's list.
    assert (await (await client.get("/review/api/gesprekken", headers=auth(token))).json()) == {"gesprekken": []}

    one = await (await client.post("/review/api/testbank", json={"map": "giften"}, headers=auth(token))).json()
    assert one["totaal"] == 1
    await wait_until_done(client, token, one)
    wrong = await client.post("/review/api/testbank", json={"map": "../.."}, headers=auth(token))
    assert wrong.status == 404 and "map" in (await wrong.json())["message"]


async def test_one_run_at_a_time(client, sent, tmp_path, monkeypatch):  # noqa: F811
    scripts = tmp_path / "dialogen"
    scripts.mkdir()
    (scripts / "01.yml").write_text(SCRIPT.format(titel="Goed", verwacht="x"), encoding="utf-8")
    client.server.app[testbank.SCRIPTS_DIR] = scripts
    release = asyncio.Event()

    async def slow(self, conversation_id, text, metadata):
        await release.wait()
        return RasaReply(messages=[{"text": "Antwoord.", "buttons": []}], erase_requested=False)

    monkeypatch.setattr(RasaClient, "send", slow)
    token = client.testers.add("Anja")
    first = await (await client.post("/review/api/testbank", json={}, headers=auth(token))).json()
    second = await client.post("/review/api/testbank", json={}, headers=auth(token))
    assert second.status == 409 and "loopt al een test" in (await second.json())["message"]
    overview = await (await client.get("/review/api/testbank", headers=auth(token))).json()
    assert overview["loopt"] == first["id"]
    release.set()
    await wait_until_done(client, token, first)


async def test_a_tester_chooses_u_or_je_apart_from_the_gemeente(client, sent):  # noqa: F811
    token = client.testers.add("Anja")
    session = await new_session(client, token, gemeente="voorbeeldstad", aanspreekvorm="je")
    assert "Waar wil je iets over weten?" in session["messages"][0]["text"]
    await say(client, token, session, "hallo")
    assert sent[-1][2] == {"gemeente": "voorbeeldstad", "test": True, "variant": "nl-je",
                           "taal": "nl", "taal_gekozen": False}  # the session language (issue #15)
    shown = await (await client.get(f"/review/api/gesprekken/{session['conversation_id']}", headers=auth(token))).json()
    assert "Waar wil je iets over weten?" in shown["beurten"][0]["antwoord"][0]["text"]
    plain = await new_session(client, token, gemeente="voorbeelddorp")
    await say(client, token, plain, "hallo")
    assert "variant" not in sent[-1][2] and "Waar wil je" in plain["messages"][0]["text"]
    wrong = await client.post("/review/api/sessions", json={"aanspreekvorm": "jij"}, headers=auth(token))
    assert wrong.status == 400 and "beleefd of met je" in (await wrong.json())["message"]
    # A real person's session never carries a chosen variant.
    assert (await client.post("/api/sessions", json={"aanspreekvorm": "je"})).status == 400


@pytest.mark.parametrize("metadata, variant", [
    ({"gemeente": "voorbeeldstad", "test": True, "variant": "nl-je"}, "nl-je"),
    ({"gemeente": "voorbeelddorp", "test": True, "variant": "nl-u"}, "nl-u"),
    ({"gemeente": "voorbeeldstad", "variant": "nl-je"}, "nl-u"),  # not a test session: the gemeente decides
    ({"gemeente": "voorbeelddorp", "test": True, "variant": "nl-xx"}, "nl-je"),
])
def test_the_actions_take_the_chosen_variant_only_from_a_test_session(metadata, variant):
    from rasa_sdk import Tracker

    from actions.context import gemeente_variant

    tracker = Tracker("t", {"session_started_metadata": metadata}, {}, [], False, None, {}, "")
    assert gemeente_variant(tracker) == variant
