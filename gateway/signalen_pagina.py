"""The signalen page for the gemeente and the cliëntenraad (issue #17 parts 2 and 4).

GET  /signalen                               the page (it asks for a signalen key)
GET  /signalen/signalen.js, /signalen/signalen.css
GET  /signalen/api/teksten                   the page's texts (bot/domain/signalen-pagina.yml)
GET  /signalen/api/ik                        {"naam", "gemeenten": [{"code", "naam"}]}: checks the key
GET  /signalen/api/overzicht?gemeente=X      {"weken", "tellingen": {soort: {sleutel: {week: aantal}}}, "signalen"}
GET  /signalen/api/signalen.csv?gemeente=X   the signals, as `wegwijs signalen export --formaat csv`
GET  /signalen/api/signalen.json?gemeente=X  the same as JSON
POST /review/api/markeringen/{mark_id}/signaal   a tester's mark becomes a signal (bron "ervaringsdeskundige")

Every /signalen/api call except teksten needs `Authorization: Bearer <key>`
(`wegwijs signalen sleutel <naam> [--gemeente X]`, wegwijs/signalen_lezers.py),
a key of its own kind: testers' keys do not open it, and its keys do not open
/review. A key bound to a gemeente sees only that gemeente. Refused keys count
against the same per-address limit as /review's. Counts under DREMPEL are never
given as a number (wegwijs/signalen.py); the page draws its charts itself
(inline SVG from signalen.js, no script of anyone else; the CSP stays strict).
"""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from aiohttp import web

from gateway import review
from gateway.core import CHANNEL_TOKEN, SETTINGS, STORE, TRACKERS, ApiError, file_handler
from gateway.limits import client_address
from wegwijs import signalen
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import all_responses, response_text
from wegwijs.signalen_lezers import Lezer, Lezers

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEXT_PREFIX = "utter_signalenpagina_"
NO_STORE = {"Cache-Control": "no-store"}
FILES = {
    "/signalen": (TEMPLATES_DIR / "signalen.html", "text/html; charset=utf-8"),
    "/signalen/inloggen.js": (TEMPLATES_DIR / "inloggen.js", "text/javascript; charset=utf-8"),  # shared sign-in
    "/signalen/signalen.js": (TEMPLATES_DIR / "signalen.js", "text/javascript; charset=utf-8"),
    "/signalen/signalen.css": (TEMPLATES_DIR / "signalen.css", "text/css; charset=utf-8"),
}


def lezer_of(request: web.Request) -> Lezer:
    """The reader of this key; 401 for a wrong or expired key, 429 after too many wrong ones."""
    address = client_address(request, request.app[SETTINGS].vertrouwde_proxy, request.app[CHANNEL_TOKEN])
    review.refuse_while_blocked(request.app, address)
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header.lower().startswith("bearer ") else None
    lezer = Lezers(request.app[STORE].db).toegang(token)
    if lezer.naam is not None:
        return lezer
    review.count_refusal(request.app, address)
    if lezer.reden == "verlopen":
        raise ApiError(401, "sleutel_verlopen", TEXT_PREFIX + "fout_verlopen")
    raise ApiError(401, "geen_sleutel", TEXT_PREFIX + "fout_sleutel")


def zichtbare_gemeenten(lezer: Lezer) -> list[str]:
    known = bekende_gemeenten()
    return [lezer.gemeente] if lezer.gemeente in known else ([] if lezer.gemeente else list(known))


def gekozen_gemeente(request: web.Request, lezer: Lezer) -> str:
    """The gemeente asked for (default: the first one this key may see); 404 for any other."""
    mag = zichtbare_gemeenten(lezer)
    gemeente = request.query.get("gemeente") or (mag[0] if mag else "")
    if gemeente not in mag:
        raise ApiError(404, "onbekende_gemeente", "utter_fout_gemeente")
    return gemeente


def open_store(request: web.Request) -> signalen.SignalenStore | None:
    var_dir = request.app[SETTINGS].var_dir
    return signalen.SignalenStore(signalen.pad(var_dir)) if signalen.bestaat(var_dir) else None


async def texts(request: web.Request) -> web.Response:
    values = {"aantal": str(signalen.DREMPEL)}
    found = {name.removeprefix(TEXT_PREFIX): response_text(name, **values)
             for name in all_responses() if name.startswith(TEXT_PREFIX)}
    # A topic by the name of its button ("Geld of boodschappen krijgen"), as residents see it.
    namen = {topic: response_text(f"utter_knop_{topic}") for topic in signalen.onderwerpen(all_responses())}
    return web.json_response({**found, "klein_waarde": signalen.KLEIN, "onderwerp_namen": namen}, headers=NO_STORE)


async def me(request: web.Request) -> web.Response:
    lezer = lezer_of(request)
    gemeenten = [{"code": code, "naam": laad_gemeente(code).naam} for code in zichtbare_gemeenten(lezer)]
    return web.json_response({"naam": lezer.naam, "gemeenten": gemeenten}, headers=NO_STORE)


async def overview(request: web.Request) -> web.Response:
    gemeente = gekozen_gemeente(request, lezer_of(request))
    store = open_store(request)
    if store is None:
        body = {"weken": [], "tellingen": {soort: {} for soort in signalen.SOORTEN}, "signalen": []}
    else:
        try:
            body = {"weken": store.weken(gemeente), "tellingen": store.per_week(gemeente),
                    "signalen": store.signalen(gemeente)}
        finally:
            store.close()
    return web.json_response({"gemeente": gemeente, **body}, headers=NO_STORE)


def download(formaat: str):
    async def handler(request: web.Request) -> web.Response:
        gemeente = gekozen_gemeente(request, lezer_of(request))
        store = open_store(request)
        rijen = []
        if store is not None:
            try:
                rijen = store.signalen(gemeente)
            finally:
                store.close()
        text = signalen.als_csv(rijen) if formaat == "csv" else signalen.als_json(rijen)
        name = f"signalen-{gemeente}.{formaat}"
        return web.Response(
            text=text, content_type="text/csv" if formaat == "csv" else "application/json", charset="utf-8",
            headers={**NO_STORE, "Content-Disposition": f'attachment; filename="{name}"'},
        )

    return handler


# ---------------------------------------------------------------- a tester's mark becomes a signal

async def mark_to_signal(request: web.Request) -> web.Response:
    """An ervaringsdeskundige passes on what a mark says: its comment (redacted when it was stored), the topic."""
    wie = review.tester_of(request)
    db = request.app[STORE].db
    mark_id = request.match_info["mark_id"]
    rows = list(db["markeringen"].rows_where("id = ?", [int(mark_id)], limit=1)) if mark_id.isdigit() else []
    turn = rows and list(db["test_beurten"].rows_where(
        "conversation_id = ? AND beurt = ?", [rows[0]["conversation_id"], rows[0]["beurt"]], limit=1))
    if not turn or not (wie.coordinator or turn[0]["tester"] == wie.naam):
        raise ApiError(404, "onbekend_oordeel", "utter_review_fout_markering")
    mark = rows[0]
    if not (mark.get("opmerking") or "").strip():
        raise ApiError(400, "geen_opmerking", "utter_review_signaal_leeg")
    db["signaal_van_markering"].create({"markering_id": int}, pk="markering_id", if_not_exists=True)
    # Marks of erased test sessions are gone; their numbers may be given again to new marks.
    db.execute("DELETE FROM signaal_van_markering WHERE markering_id NOT IN (SELECT id FROM markeringen)")
    if db.execute("SELECT 1 FROM signaal_van_markering WHERE markering_id = ?", [mark["id"]]).fetchone():
        return web.json_response({"al_doorgegeven": True, "message": response_text("utter_review_signaal_bewaard")})
    session = list(db["sessions"].rows_where("conversation_id = ?", [mark["conversation_id"]], limit=1))
    gemeente = (session[0]["gemeente"] if session else None) or request.app[SETTINGS].gemeente
    store = signalen.SignalenStore(signalen.pad(request.app[SETTINGS].var_dir))
    try:
        stored = store.geef(gemeente, topic_of(request.app, mark["conversation_id"], mark["beurt"]),
                            mark["opmerking"], uitkomst=mark.get("zin") or "", bron="ervaringsdeskundige")
    except signalen.SignaalFout:
        raise ApiError(400, "geen_opmerking", "utter_review_signaal_leeg") from None
    finally:
        store.close()
    db["signaal_van_markering"].insert({"markering_id": mark["id"]})
    return web.json_response({"signaal": stored.__dict__, "message": response_text("utter_review_signaal_bewaard")},
                             status=201)


def topic_of(app: web.Application, conversation_id: str, beurt: int) -> str:
    """The last topic asked up to this turn of a test conversation, from the intents Rasa stored."""
    topics = signalen.onderwerpen(all_responses())
    try:
        with app[TRACKERS].engine.connect() as conn:
            if not sa.inspect(conn).has_table("events"):
                return "algemeen"
            intents = [row[0] for row in conn.execute(
                sa.text("SELECT intent_name FROM events WHERE sender_id = :id AND type_name = 'user' ORDER BY id"),
                {"id": conversation_id})]
    except sa.exc.SQLAlchemyError:
        return "algemeen"
    found = [signalen.onderwerp_van(i, topics) for i in intents[: beurt + 1]]
    return next((t for t in reversed(found) if t), "algemeen")


def setup(app: web.Application) -> None:
    app.router.add_routes([web.get(route, file_handler(*target)) for route, target in FILES.items()])
    app.router.add_routes(
        [
            web.get("/signalen/api/teksten", texts),
            web.get("/signalen/api/ik", me),
            web.get("/signalen/api/overzicht", overview),
            web.get("/signalen/api/signalen.csv", download("csv")),
            web.get("/signalen/api/signalen.json", download("json")),
            web.post("/review/api/markeringen/{mark_id}/signaal", mark_to_signal),
        ]
    )
