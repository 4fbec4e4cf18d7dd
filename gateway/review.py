"""The review page for testers: chat in test sessions, mark answers, make scripts.

GET  /review                                      the page (it asks for the tester token)
GET  /review/review.js, /review/review.css
GET  /review/api/teksten                          the page's texts (bot/domain/review.yml)
GET  /review/api/ik                               {"naam", "coordinator"}: checks the token
GET  /review/api/gemeenten                        [{"code", "naam", "aanspreekvorm"}] to choose from
POST /review/api/sessions                         201: a TEST session ({"peildatum"?, "gemeente"?, "aanspreekvorm"?: u|je})
POST /review/api/sessions/{session_id}/messages   a message in one's own test session (the tester's own limit)
DELETE /review/api/sessions/{session_id}          erase one's own test session (its turns and marks)
GET  /review/api/gesprekken                       one's own test conversations (a coordinator: all); never a real user's
GET  /review/api/gesprekken/{conversation_id}     its turns with all marks
GET  /review/api/gesprekken/{id}/dialoog          a draft dialogue script (YAML download)
POST /review/api/gesprekken/{id}/dialoog          the same, saved for every node (wegwijs/dialogen/concepten.py) and in the inbox (var/dialogen-inbox/)
POST /review/api/markeringen                      {"conversation_id", "beurt", "oordeel", "opmerking"?, "zin"?}
POST /review/api/markeringen/{id}/status          coordinator: {"status"}; "opgelost" also keeps the answer now
GET  /review/api/markeringen.csv                  the marks one may see (Excel: ";" and a BOM)
GET  /review/api/testbank                         every script with its pass/fail history, the folders, a run going on
POST /review/api/testbank                         202: play all scripts ({"map"?}: one folder) in the background
GET  /review/api/testbank/{run_id}                the run's progress, and its report when done

Every /review/api call except teksten needs `Authorization: Bearer <tester token>`
(`wegwijs testers add <naam>`; a token expires, wegwijs/testers.py). After
FOUTE_SLEUTELS_PER_MINUUT refused tokens from one client address, that address
gets 429 for the rest of the minute, also with a right token. Turns are
recorded only for test sessions, and only test sessions may carry a peildatum
to the actions.

A tester sees her own test conversations and marks; a coordinator (role in
wegwijs/testers.py) sees all and sets a mark's status. Messages of a test
session go through this API with the tester's key and count against
TESTER_BERICHTEN_PER_MINUUT per tester, not against the limit of one client
address, so a room of testers on one network, or a full script run, is never
refused with a 429 meant for a single person.

The inbox lies under the data folder (WEGWIJS_VAR), as the code tree is
read-only in a container; `wegwijs dialogen inbox` lists and checks it.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import time
import unicodedata
from datetime import date, datetime
from zoneinfo import ZoneInfo
from pathlib import Path

from aiohttp import web

from gateway import testbank
from gateway.core import (
    CHANNEL_TOKEN, LIMITER, SETTINGS, STORE, WELCOME_RESPONSE, ApiError, as_typed, ask_rasa, button_payloads_of, clean_text,
    erase_session, file_handler, find_session, known_gemeente, read_json, refuse_when_over, start_session,
)
from gateway.limits import client_address
from gateway.testsessies import MARK_STATUSES, choose_variant, ensure_tables, now_iso
from wegwijs.dialogen.concepten import Concepten, exporteer
from wegwijs.dialogen.script import inbox_dir, normalise, reply_text, script_from_conversation
from wegwijs.gateway_db import schema_lock
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.protocol import ERASED_KEY
from wegwijs.namen import zonder_namen
from wegwijs.redactie import redact
from wegwijs.responses import all_responses, response_message, response_text
from wegwijs.testers import Testers, Toegang

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
INBOX = web.AppKey("review_inbox", Path)
BLOCKED = web.AppKey("review_blocked", dict)  # client address -> time.monotonic() until which it gets 429
FOUTE_SLEUTELS_PER_MINUUT = 10
TESTER_BERICHTEN_PER_MINUUT = 1200  # per tester: a full script run (about 300 turns) twice a minute still fits
TEXT_PREFIX = "utter_review_"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
OORDELEN = ("klopt", "klopt_niet", "te_moeilijk", "te_lang", "toon")
MAX_OPMERKING = 2000
FILES = {
    "/review": (TEMPLATES_DIR / "review.html", "text/html; charset=utf-8"),
    "/review/inloggen.js": (TEMPLATES_DIR / "inloggen.js", "text/javascript; charset=utf-8"),  # shared sign-in
    "/review/review.js": (TEMPLATES_DIR / "review.js", "text/javascript; charset=utf-8"),
    "/review/review.css": (TEMPLATES_DIR / "review.css", "text/css; charset=utf-8"),
}


def fail(request: web.Request, status: int, code: str, response: str):
    raise ApiError(status, code, response)


def tester_of(request: web.Request) -> Toegang:
    """The tester this request comes from (name and role); 401 for a wrong or expired token, 429 after too many."""
    address = client_address(request, request.app[SETTINGS].vertrouwde_proxy, request.app[CHANNEL_TOKEN])
    refuse_while_blocked(request.app, address)
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    toegang = Testers(request.app[STORE].db).toegang(token)
    if toegang.naam is not None:
        return toegang
    count_refusal(request.app, address)
    if toegang.reden == "verlopen":
        fail(request, 401, "sleutel_verlopen", "utter_review_fout_sleutel_verlopen")
    fail(request, 401, "geen_tester", "utter_review_fout_sleutel")


def refuse_while_blocked(app: web.Application, address: str) -> None:
    """429 without looking at the token while this address is over its limit: a right guess learns nothing."""
    until = app[BLOCKED].get(address)
    if until is None:
        return
    left = until - time.monotonic()
    if left <= 0:
        del app[BLOCKED][address]
        return
    raise too_many_refusals(int(left) + 1)


def count_refusal(app: web.Application, address: str) -> None:
    """Count a refused token of this address (shared by all gateway workers); 429 once over the limit."""
    verdict = app[LIMITER].hit("tester_fout", address, FOUTE_SLEUTELS_PER_MINUUT)
    if verdict.allowed:
        return
    now = time.monotonic()
    blocked = app[BLOCKED]
    for other in [a for a, until in blocked.items() if until <= now]:
        del blocked[other]
    blocked[address] = now + verdict.retry_after_s
    raise too_many_refusals(verdict.retry_after_s)


def too_many_refusals(retry_after_s: int) -> Exception:
    return ApiError(429, "te_veel_sleutels", "utter_review_te_veel_sleutels",
                          headers={"Retry-After": str(retry_after_s)})


async def texts(request: web.Request) -> web.Response:
    return web.json_response(
        {name.removeprefix(TEXT_PREFIX): response_text(name) for name in all_responses() if name.startswith(TEXT_PREFIX)}
    )


async def me(request: web.Request) -> web.Response:
    wie = tester_of(request)
    return web.json_response({"naam": wie.naam, "coordinator": wie.coordinator})


async def gemeenten(request: web.Request) -> web.Response:
    tester_of(request)
    found = []
    for code in bekende_gemeenten():
        gemeente = laad_gemeente(code)
        found.append({"code": code, "naam": gemeente.naam, "aanspreekvorm": "je" if gemeente.variant == "nl-je" else "u"})
    return web.json_response({"gemeenten": found, "standaard": request.app[SETTINGS].gemeente})


async def create_test_session(request: web.Request) -> web.Response:
    naam = tester_of(request).naam
    data = await read_json(request, "test_session", required=False)
    gemeente = known_gemeente(data.get("gemeente") or request.app[SETTINGS].gemeente)
    peildatum = data.get("peildatum") or None
    if peildatum is not None:
        try:
            peildatum = date.fromisoformat(str(peildatum)).isoformat()
        except ValueError:
            raise ApiError(400, "ongeldige_peildatum", "utter_fout_json") from None
    variant = VARIANT_VAN.get(data.get("aanspreekvorm") or "", False)
    if variant is False:
        raise ApiError(400, "ongeldige_aanspreekvorm", "utter_review_fout_aanspreekvorm")
    session_id, session, reply = await start_session(request, gemeente, taal=data.get("taal"),  # checked by the schema
                                                     test=True, tester=naam, peildatum=peildatum)
    messages = reply.messages
    if variant is not None:
        messages = with_chosen_variant(request.app[STORE].db, session, variant, messages)
    body = {"session_id": session_id, "conversation_id": session.conversation_id, "messages": messages}
    return web.json_response(body, status=201)


VARIANT_VAN = {"": None, "u": "nl-u", "je": "nl-je"}  # the page's choice: as the gemeente says, u, or je


def with_chosen_variant(db, session, variant: str, messages: list[dict]) -> list[dict]:
    """The tester chose u or je: Rasa hears it with every message; the welcome is said that way too."""
    choose_variant(db, session.conversation_id, variant)
    gemeente = laad_gemeente(session.gemeente)
    if variant == gemeente.variant:
        return messages
    messages = [response_message(WELCOME_RESPONSE, variant, **gemeente.template_values())]
    db.execute("UPDATE test_beurten SET antwoord = ? WHERE conversation_id = ? AND beurt = 0",
               [json.dumps(messages, ensure_ascii=False), session.conversation_id])
    return messages


MARK_FIELDS = ("id", "tester", "tijd", "oordeel", "opmerking", "status", "status_door", "status_tijd", "zin", "nu_tijd")


def conversation(db, conversation_id: str) -> dict | None:
    turns = list(db["test_beurten"].rows_where("conversation_id = ?", [conversation_id], order_by="beurt"))
    if not turns:
        return None
    session = list(db["sessions"].rows_where("conversation_id = ?", [conversation_id], limit=1))
    marks = list(db["markeringen"].rows_where("conversation_id = ?", [conversation_id], order_by="id"))
    return {
        "conversation_id": conversation_id,
        "tester": turns[0]["tester"],
        "peildatum": session[0]["peildatum"] if session else None,
        "gemeente": session[0]["gemeente"] if session else None,
        "begin": turns[0]["tijd"],
        "beurten": with_button_titles([
            {
                "beurt": t["beurt"], "tijd": t["tijd"], "tekst": t["tekst"], "antwoord": json.loads(t["antwoord"]),
                "markeringen": [as_mark(m) for m in marks if m["beurt"] == t["beurt"]],
            }
            for t in turns
        ]),
    }


def button_title(text: str, answer_before: list[dict]) -> str | None:
    """The title of the button of the answer before whose payload this is: what the tester tapped and saw."""
    return next((b.get("title") for m in answer_before for b in m.get("buttons") or []
                 if isinstance(b, dict) and b.get("payload") == text and b.get("title")), None)


def with_button_titles(turns: list[dict]) -> list[dict]:
    """A tapped button is stored as its payload ("/giften", Rasa's input); "knop" adds its title for the page."""
    for before, turn in zip(turns, turns[1:]):
        title = button_title(turn["tekst"], before["antwoord"])
        if title:
            turn["knop"] = title
    return turns


def as_mark(row: dict) -> dict:
    mark = {k: row.get(k) for k in MARK_FIELDS}
    mark["status"] = mark["status"] or "nieuw"
    mark["antwoord_nu"] = json.loads(row["antwoord_nu"]) if row.get("antwoord_nu") else None
    return mark


async def list_conversations(request: web.Request) -> web.Response:
    wie = tester_of(request)
    db = request.app[STORE].db
    mine = "" if wie.coordinator else "WHERE b.tester = ? "
    rows = db.execute(
        "SELECT b.conversation_id, MIN(b.tester) AS tester, MIN(b.tijd) AS begin, COUNT(*) AS beurten, "
        "(SELECT COUNT(*) FROM markeringen m WHERE m.conversation_id = b.conversation_id) AS markeringen, "
        "(SELECT COUNT(*) FROM markeringen m WHERE m.conversation_id = b.conversation_id "
        " AND COALESCE(m.status, 'nieuw') = 'nieuw') AS nieuw, "
        "(SELECT f.tekst FROM test_beurten f WHERE f.conversation_id = b.conversation_id AND f.beurt = 1) AS eerste, "
        "(SELECT s.peildatum FROM sessions s WHERE s.conversation_id = b.conversation_id) AS peildatum, "
        "(SELECT s.gemeente FROM sessions s WHERE s.conversation_id = b.conversation_id) AS gemeente "
        f"FROM test_beurten b {mine}GROUP BY b.conversation_id ORDER BY begin DESC",
        [] if wie.coordinator else [wie.naam],
    ).fetchall()
    keys = ("conversation_id", "tester", "begin", "beurten", "markeringen", "nieuw", "eerste", "peildatum", "gemeente")
    found = [dict(zip(keys, row)) for row in rows]
    for gesprek in found:
        gesprek["eerste"] = first_as_seen(db, gesprek["conversation_id"], gesprek["eerste"])
    return web.json_response({"gesprekken": found})


def first_as_seen(db, conversation_id: str, first: str | None) -> str | None:
    """The first thing the tester said, or the title of the welcome's button she tapped."""
    if not first or not first.startswith("/"):
        return first
    welcome = list(db["test_beurten"].rows_where("conversation_id = ? AND beurt = 0", [conversation_id], limit=1))
    return (button_title(first, json.loads(welcome[0]["antwoord"])) if welcome else None) or first


def may_see(wie: Toegang, found: dict) -> bool:
    return wie.coordinator or found["tester"] == wie.naam


def _conversation_or_404(request: web.Request) -> dict:
    """The conversation of the path, if this tester may see it (another tester's is "not there": 404)."""
    wie = tester_of(request)
    found = conversation(request.app[STORE].db, request.match_info["conversation_id"])
    if found is None or not may_see(wie, found):
        fail(request, 404, "onbekend_gesprek", "utter_review_fout_gesprek")
    return found


async def show_conversation(request: web.Request) -> web.Response:
    return web.json_response(_conversation_or_404(request))


# ---------------------------------------------------------------- messages in one's own test session


def own_test_session(request: web.Request, wie: Toegang):
    """The test session of the path, if it is this tester's (a coordinator: any test session); else 404."""
    session_id, session = find_session(request)
    if not session.test or not (wie.coordinator or session.tester == wie.naam):
        fail(request, 404, "onbekende_sessie", "utter_fout_onbekende_sessie")
    return session_id, session


async def test_message(request: web.Request) -> web.Response:
    wie = tester_of(request)
    refuse_when_over(request, "tester", wie.naam, TESTER_BERICHTEN_PER_MINUUT)
    session_id, session = own_test_session(request, wie)
    data = await read_json(request, "message", required=True)
    reply = await ask_rasa(request, session, as_typed(clean_text(data["text"]), session))
    if reply.erase_requested:
        await erase_session(request, session_id, session)
        return web.json_response({"messages": reply.messages, ERASED_KEY: True})
    request.app[STORE].touch(session_id, button_payloads_of(reply.messages))
    return web.json_response({"messages": reply.messages})


async def erase_test_session(request: web.Request) -> web.Response:
    wie = tester_of(request)
    refuse_when_over(request, "tester", wie.naam, TESTER_BERICHTEN_PER_MINUUT)
    session_id, session = own_test_session(request, wie)
    await erase_session(request, session_id, session)
    return web.Response(status=204)


async def add_mark(request: web.Request) -> web.Response:
    wie = tester_of(request)
    data = await read_json(request, "mark", required=True)
    if data.get("oordeel") not in OORDELEN:
        fail(request, 400, "ongeldig_oordeel", "utter_review_fout_oordeel")
    opmerking = data.get("opmerking") or ""
    if not isinstance(opmerking, str) or len(opmerking) > MAX_OPMERKING:
        fail(request, 413, "te_lang", "utter_fout_te_lang")
    opmerking = without_control_characters(opmerking)
    db = request.app[STORE].db
    cid, beurt = data.get("conversation_id"), data.get("beurt")
    turn = isinstance(cid, str) and isinstance(beurt, int) and list(
        db["test_beurten"].rows_where("conversation_id = ? AND beurt = ?", [cid, beurt], limit=1)
    )
    if not turn or not (wie.coordinator or turn[0]["tester"] == wie.naam):
        fail(request, 404, "onbekend_gesprek", "utter_review_fout_gesprek")
    zin = marked_sentence(data.get("zin"), json.loads(turn[0]["antwoord"]))
    row = {"tester": wie.naam, "tijd": now_iso(), "conversation_id": cid, "beurt": beurt,
           "oordeel": data["oordeel"], "opmerking": redact(await zonder_namen(opmerking.strip())),
           "status": "nieuw", "zin": zin}
    mark_id = db["markeringen"].insert(row).last_pk
    # With its id, so the page can offer "Maak er een signaal van" at once (gateway/signalen_pagina.py).
    return web.json_response({**row, "id": mark_id}, status=201)


def marked_sentence(zin, messages: list[dict]) -> str | None:
    """The sentence of the answer the tester marked: it must be in that answer (a 400 otherwise)."""
    if zin in (None, ""):
        return None
    if not isinstance(zin, str) or len(zin) > MAX_OPMERKING or normalise(zin).lower() not in reply_text(messages).lower():
        raise ApiError(400, "onbekende_zin", "utter_review_fout_zin")
    return normalise(zin)


async def set_mark_status(request: web.Request) -> web.Response:
    """A coordinator sets a mark's status; "opgelost" replays the conversation for the answer of today."""
    wie = tester_of(request)
    if not wie.coordinator:
        fail(request, 403, "geen_coordinator", "utter_review_fout_coordinator")
    data = await read_json(request, "mark_status", required=True)
    if data["status"] not in MARK_STATUSES:
        fail(request, 400, "ongeldige_status", "utter_review_fout_status")
    db = request.app[STORE].db
    mark_id = request.match_info["mark_id"]
    rows = list(db["markeringen"].rows_where("id = ?", [mark_id], limit=1)) if mark_id.isdigit() else []
    if not rows:
        fail(request, 404, "onbekend_oordeel", "utter_review_fout_markering")
    change = {"status": data["status"], "status_door": wie.naam, "status_tijd": now_iso()}
    if data["status"] == "opgelost":
        found = conversation(db, rows[0]["conversation_id"])
        try:
            now = await testbank.answer_now(request.app, wie.naam, found, rows[0]["beurt"])
        except testbank.SpeelFout:
            raise ApiError(503, "assistent_onbereikbaar", "utter_fout_rasa") from None
        change.update(antwoord_nu=json.dumps(now, ensure_ascii=False), nu_tijd=now_iso())
    db["markeringen"].update(int(mark_id), change)
    return web.json_response(as_mark(db["markeringen"].get(int(mark_id))))


# A cell a spreadsheet would read as a formula (OWASP "CSV injection"); spaces first do not help.
FORMULA_START = re.compile(r"\A\s*[=+\-@\t\r]")
PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:[.,][0-9]+)*")


def spreadsheet_safe(value):
    """A CSV cell that Excel and LibreOffice show as text, never run as a formula.

    As OWASP advises, a text that starts with = + - @ tab or CR gets a single
    quote in front; the rest of the text stays as the tester typed it. Only a
    plain number such as "-50" or "-12,50" stays as it is: a spreadsheet reads
    it as that number, which cannot do anything.
    """
    if not isinstance(value, str) or not FORMULA_START.match(value) or PLAIN_NUMBER.fullmatch(value):
        return value
    return "'" + value


def without_control_characters(text: str) -> str:
    """A comment as it can be stored: no control characters (but new lines and tabs) and no lone surrogates."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))


CSV_COLUMNS = ["tester", "tijd", "gemeente", "peildatum", "gesprek", "beurt", "oordeel", "status", "zin",
               "opmerking", "vraag", "antwoord"]


async def export_marks(request: web.Request) -> web.Response:
    """The marks one may see, for Excel: ";" between cells, a BOM, words instead of codes, local times."""
    wie = tester_of(request)
    db = request.app[STORE].db
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(CSV_COLUMNS)
    mine = "" if wie.coordinator else "WHERE b.tester = ? "
    rows = db.execute(
        "SELECT m.tester, m.tijd, s.gemeente, s.peildatum, m.conversation_id, m.beurt, m.oordeel, m.status, m.zin, "
        "m.opmerking, b.tekst, b.antwoord "
        "FROM markeringen m JOIN test_beurten b ON m.conversation_id = b.conversation_id AND m.beurt = b.beurt "
        f"LEFT JOIN sessions s ON s.conversation_id = m.conversation_id {mine}ORDER BY m.id",
        [] if wie.coordinator else [wie.naam],
    ).fetchall()
    for row in rows:
        tester, tijd, gemeente, peildatum, cid, beurt, oordeel, status, zin, opmerking, vraag, antwoord = row
        cells = [tester, local_time(tijd), gemeente or "", peildatum or "", cid[:8], beurt + 1,
                 response_text(TEXT_PREFIX + oordeel), response_text(TEXT_PREFIX + "status_" + (status or "nieuw")),
                 zin or "", opmerking, "" if vraag == "/welkom" else vraag, reply_text(json.loads(antwoord or "[]"))]
        writer.writerow([spreadsheet_safe(cell) for cell in cells])
    return web.Response(
        text=out.getvalue(), content_type="text/csv", charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="oordelen.csv"'},
    )


def local_time(iso: str) -> str:
    """A stored UTC time as a Dutch clock shows it: 2026-12-05 10:02."""
    return datetime.fromisoformat(iso).astimezone(AMSTERDAM).strftime("%Y-%m-%d %H:%M")


async def script_download(request: web.Request) -> web.Response:
    found = _conversation_or_404(request)
    name = f"gesprek-{found['conversation_id'][:8]}.yml"
    return web.Response(
        text=script_from_conversation(found), content_type="application/yaml", charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def script_to_inbox(request: web.Request) -> web.Response:
    """The draft kept in the gateway database (every node sees it), and as a file in this node's inbox."""
    wie = tester_of(request)
    found = _conversation_or_404(request)
    concept = Concepten(request.app[STORE].db).bewaar(found["conversation_id"], wie.naam, script_from_conversation(found))
    exporteer(concept, request.app[INBOX], vervang=True)
    return web.json_response({"bestand": concept.naam}, status=201)


async def testbank_overview(request: web.Request) -> web.Response:
    tester_of(request)
    app = request.app
    task = app[testbank.RUNNING].get("task")
    db = app[STORE].db
    going = db.execute("SELECT id FROM testbank_runs WHERE einde IS NULL ORDER BY begin DESC LIMIT 1").fetchone()
    return web.json_response({
        "mappen": testbank.folders(app[testbank.SCRIPTS_DIR]),
        "scripts": testbank.history(db, app[testbank.SCRIPTS_DIR]),
        "loopt": going[0] if going and task is not None and not task.done() else None,
    })


async def testbank_start(request: web.Request) -> web.Response:
    wie = tester_of(request)
    data = await read_json(request, "testbank_run", required=False)
    folder = data.get("map") or None
    if folder is not None and not isinstance(folder, str):
        fail(request, 404, "onbekende_map", "utter_review_fout_map")
    run_id = testbank.start_run(request.app, wie.naam, folder)
    return web.json_response(testbank.run_state(request.app[STORE].db, run_id), status=202)


async def testbank_run(request: web.Request) -> web.Response:
    tester_of(request)
    state = testbank.run_state(request.app[STORE].db, request.match_info["run_id"])
    if state is None:
        fail(request, 404, "onbekende_test", "utter_review_fout_test")
    return web.json_response(state)


async def create_tables(app: web.Application) -> None:
    with schema_lock(app[STORE].db, app[SETTINGS].gateway_db):
        ensure_tables(app[STORE].db)


def setup(app: web.Application, inbox: Path | None = None) -> None:
    app[INBOX] = inbox or inbox_dir(app[SETTINGS].var_dir)
    app[BLOCKED] = {}
    app.on_startup.append(create_tables)
    testbank.setup(app)
    app.router.add_routes([web.get(route, file_handler(*target)) for route, target in FILES.items()])
    app.router.add_routes(
        [
            web.get("/review/api/teksten", texts),
            web.get("/review/api/ik", me),
            web.get("/review/api/gemeenten", gemeenten),
            web.post("/review/api/sessions", create_test_session),
            web.post("/review/api/sessions/{session_id}/messages", test_message),
            web.delete("/review/api/sessions/{session_id}", erase_test_session),
            web.get("/review/api/gesprekken", list_conversations),
            web.get("/review/api/gesprekken/{conversation_id}", show_conversation),
            web.get("/review/api/gesprekken/{conversation_id}/dialoog", script_download),
            web.post("/review/api/gesprekken/{conversation_id}/dialoog", script_to_inbox),
            web.post("/review/api/markeringen", add_mark),
            web.post("/review/api/markeringen/{mark_id}/status", set_mark_status),
            web.get("/review/api/testbank", testbank_overview),
            web.post("/review/api/testbank", testbank_start),
            web.get("/review/api/testbank/{run_id}", testbank_run),
            web.get("/review/api/markeringen.csv", export_marks),
        ]
    )
