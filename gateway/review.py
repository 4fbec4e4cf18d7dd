"""The review page for testers: chat in test sessions, mark answers, make scripts.

GET  /review                                      the page (it asks for the tester token)
GET  /review/review.js, /review/review.css
GET  /review/api/teksten                          the page's texts (bot/domain/review.yml)
GET  /review/api/ik                               {"naam"}: checks the token
POST /review/api/sessions                         201: a TEST session ({"peildatum"?, "gemeente"?});
                                                  its messages go through /api/sessions/{id}/messages
GET  /review/api/gesprekken                       every test conversation (never a real user's)
GET  /review/api/gesprekken/{conversation_id}     its turns with all marks
GET  /review/api/gesprekken/{id}/dialoog          a draft dialogue script (YAML download)
POST /review/api/gesprekken/{id}/dialoog          the same, saved in the inbox (var/dialogen-inbox/)
POST /review/api/markeringen                      {"conversation_id", "beurt", "oordeel", "opmerking"?}
GET  /review/api/markeringen.csv                  every mark

Every /review/api call except teksten needs `Authorization: Bearer <tester token>`
(`wegwijs testers add <naam>`; a token expires, wegwijs/testers.py). After
FOUTE_SLEUTELS_PER_MINUUT refused tokens from one client address, that address
gets 429 for the rest of the minute, also with a right token. Turns are
recorded only for test sessions, and only test sessions may carry a peildatum
to the actions.

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
from datetime import date
from pathlib import Path

from aiohttp import web

from gateway.core import (
    CHANNEL_TOKEN, LIMITER, SETTINGS, STORE, ApiError, file_handler, known_gemeente, read_json, start_session,
)
from gateway.limits import client_address
from gateway.store import schema_lock
from gateway.testsessies import ensure_tables, now_iso
from wegwijs.dialogen.script import inbox_dir, script_from_conversation
from wegwijs.redactie import redact
from wegwijs.responses import all_responses, response_text
from wegwijs.testers import Testers

log = logging.getLogger(__name__)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
INBOX = web.AppKey("review_inbox", Path)
BLOCKED = web.AppKey("review_blocked", dict)  # client address -> time.monotonic() until which it gets 429
FOUTE_SLEUTELS_PER_MINUUT = 10
TEXT_PREFIX = "utter_review_"
OORDELEN = ("klopt", "klopt_niet", "te_moeilijk", "te_lang", "toon")
MAX_OPMERKING = 2000
FILES = {
    "/review": (TEMPLATES_DIR / "review.html", "text/html; charset=utf-8"),
    "/review/review.js": (TEMPLATES_DIR / "review.js", "text/javascript; charset=utf-8"),
    "/review/review.css": (TEMPLATES_DIR / "review.css", "text/css; charset=utf-8"),
}


def fail(request: web.Request, status: int, code: str, response: str):
    raise ApiError(status, code, response)


def tester_of(request: web.Request) -> str:
    """The tester this request comes from; 401 for a wrong or expired token, 429 after too many."""
    address = client_address(request, request.app[SETTINGS].vertrouwde_proxy, request.app[CHANNEL_TOKEN])
    refuse_while_blocked(request.app, address)
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    toegang = Testers(request.app[STORE].db).toegang(token)
    if toegang.naam is not None:
        return toegang.naam
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
    return web.json_response({"naam": tester_of(request)})


async def create_test_session(request: web.Request) -> web.Response:
    naam = tester_of(request)
    data = await read_json(request, "test_session", required=False)
    gemeente = known_gemeente(data.get("gemeente") or request.app[SETTINGS].gemeente)
    peildatum = data.get("peildatum") or None
    if peildatum is not None:
        try:
            peildatum = date.fromisoformat(str(peildatum)).isoformat()
        except ValueError:
            raise ApiError(400, "ongeldige_peildatum", "utter_fout_json") from None
    session_id, session, reply = await start_session(request, gemeente, test=True, tester=naam, peildatum=peildatum)
    body = {"session_id": session_id, "conversation_id": session.conversation_id, "messages": reply.messages}
    return web.json_response(body, status=201)


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
        "beurten": [
            {
                "beurt": t["beurt"], "tijd": t["tijd"], "tekst": t["tekst"], "antwoord": json.loads(t["antwoord"]),
                "markeringen": [
                    {k: m[k] for k in ("tester", "tijd", "oordeel", "opmerking")} for m in marks if m["beurt"] == t["beurt"]
                ],
            }
            for t in turns
        ],
    }


async def list_conversations(request: web.Request) -> web.Response:
    tester_of(request)
    db = request.app[STORE].db
    rows = db.execute(
        "SELECT b.conversation_id, b.tester, MIN(b.tijd) AS begin, COUNT(*) AS beurten, "
        "(SELECT COUNT(*) FROM markeringen m WHERE m.conversation_id = b.conversation_id) AS markeringen "
        "FROM test_beurten b GROUP BY b.conversation_id ORDER BY begin DESC"
    ).fetchall()
    keys = ("conversation_id", "tester", "begin", "beurten", "markeringen")
    return web.json_response({"gesprekken": [dict(zip(keys, row)) for row in rows]})


def _conversation_or_404(request: web.Request) -> dict:
    tester_of(request)
    found = conversation(request.app[STORE].db, request.match_info["conversation_id"])
    if found is None:
        fail(request, 404, "onbekend_gesprek", "utter_review_fout_gesprek")
    return found


async def show_conversation(request: web.Request) -> web.Response:
    return web.json_response(_conversation_or_404(request))


async def add_mark(request: web.Request) -> web.Response:
    naam = tester_of(request)
    data = await read_json(request, "mark", required=True)
    if data.get("oordeel") not in OORDELEN:
        fail(request, 400, "ongeldig_oordeel", "utter_review_fout_oordeel")
    opmerking = data.get("opmerking") or ""
    if not isinstance(opmerking, str) or len(opmerking) > MAX_OPMERKING:
        fail(request, 413, "te_lang", "utter_fout_te_lang")
    opmerking = without_control_characters(opmerking)
    db = request.app[STORE].db
    cid, beurt = data.get("conversation_id"), data.get("beurt")
    exists = isinstance(cid, str) and isinstance(beurt, int) and list(
        db["test_beurten"].rows_where("conversation_id = ? AND beurt = ?", [cid, beurt], limit=1)
    )
    if not exists:
        fail(request, 404, "onbekend_gesprek", "utter_review_fout_gesprek")
    row = {"tester": naam, "tijd": now_iso(), "conversation_id": cid, "beurt": beurt,
           "oordeel": data["oordeel"], "opmerking": redact(opmerking.strip())}
    db["markeringen"].insert(row)
    return web.json_response(row, status=201)


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


async def export_marks(request: web.Request) -> web.Response:
    tester_of(request)
    db = request.app[STORE].db
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["tester", "tijd", "gesprek", "beurt", "oordeel", "opmerking", "vraag", "antwoord"])
    rows = db.execute(
        "SELECT m.tester, m.tijd, m.conversation_id, m.beurt, m.oordeel, m.opmerking, b.tekst, b.antwoord "
        "FROM markeringen m LEFT JOIN test_beurten b ON m.conversation_id = b.conversation_id AND m.beurt = b.beurt "
        "ORDER BY m.id"
    ).fetchall()
    for row in rows:
        answer = " ".join(m["text"] for m in json.loads(row[7] or "[]"))
        writer.writerow([spreadsheet_safe(cell) for cell in [*row[:7], answer]])
    return web.Response(
        text=out.getvalue(), content_type="text/csv", charset="utf-8",
        headers={"Content-Disposition": 'attachment; filename="oordelen.csv"'},
    )


async def script_download(request: web.Request) -> web.Response:
    found = _conversation_or_404(request)
    name = f"gesprek-{found['conversation_id'][:8]}.yml"
    return web.Response(
        text=script_from_conversation(found), content_type="application/yaml", charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


async def script_to_inbox(request: web.Request) -> web.Response:
    found = _conversation_or_404(request)
    inbox = request.app[INBOX]
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / f"gesprek-{found['conversation_id'][:8]}.yml"
    path.write_text(script_from_conversation(found), encoding="utf-8")
    return web.json_response({"bestand": path.name}, status=201)


async def create_tables(app: web.Application) -> None:
    with schema_lock(app[SETTINGS].gateway_db):
        ensure_tables(app[STORE].db)


def setup(app: web.Application, inbox: Path | None = None) -> None:
    app[INBOX] = inbox or inbox_dir(app[SETTINGS].var_dir)
    app[BLOCKED] = {}
    app.on_startup.append(create_tables)
    app.router.add_routes([web.get(route, file_handler(*target)) for route, target in FILES.items()])
    app.router.add_routes(
        [
            web.get("/review/api/teksten", texts),
            web.get("/review/api/ik", me),
            web.post("/review/api/sessions", create_test_session),
            web.get("/review/api/gesprekken", list_conversations),
            web.get("/review/api/gesprekken/{conversation_id}", show_conversation),
            web.get("/review/api/gesprekken/{conversation_id}/dialoog", script_download),
            web.post("/review/api/gesprekken/{conversation_id}/dialoog", script_to_inbox),
            web.post("/review/api/markeringen", add_mark),
            web.get("/review/api/markeringen.csv", export_marks),
        ]
    )
