"""The gateway API: sessions and messages between channels and Rasa.

POST   /api/sessions                         -> 201 {"session_id", "messages"}
POST   /api/sessions/{session_id}/messages   -> 200 {"messages"}
DELETE /api/sessions/{session_id}            -> 204
GET    /api/sessions/{session_id}/overzicht  -> 200 text/html, ?formaat=pdf application/pdf (gateway/overzicht.py)
GET    /api/openapi.json                     -> the OpenAPI description (gateway/api_schema.py)
GET    /healthz                              -> 200 / 503 (Rasa and actions)
GET    /livez                                -> 200 (the gateway itself)

Every error is JSON {"error": code, "message": kind Dutch text} (English in an English session).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses

from aiohttp import web

from gateway import api_schema, headers, overzicht, review, signalen_pagina, widget
from gateway.core import (
    CHANNEL_TOKEN, GEMEENTE_KEY, LIMITER, RASA, SETTINGS, STORE, TAAL_KEY, TRACKERS,
    actions_healthy, address_of, as_typed, ask_rasa, button_payloads_of, check_new_session_rate, check_rate,
    clean_text, erase_session, find_session, json_errors, known_gemeente, read_json, refuse_when_over,
    require_site_of, start_session,
)
from gateway.limits import open_limiter
from gateway.rasa_client import RasaClient
from gateway.opschonen import regelmatig_opschonen
from gateway.store import Session, SessionStore
from gateway.tracker import TrackerStore
from wegwijs.gateway_db import schema_lock
from wegwijs.namen import laad_op_achtergrond
from wegwijs.protocol import ERASED_KEY, TAAL_KIEZEN_PAYLOAD, channel_token
from wegwijs.taalkeuze import gevraagde_taal
from wegwijs.settings import Settings

MAX_BODY_BYTES = 64 * 1024


async def create_session(request: web.Request) -> web.Response:
    check_rate(request)
    check_new_session_rate(request)
    data = await read_json(request, "new_session", required=False)
    gemeente = known_gemeente(data.get("gemeente", request.app[SETTINGS].gemeente))
    request[GEMEENTE_KEY] = gemeente
    request[TAAL_KEY] = data.get("taal")  # checked by the schema: "nl", "en" or absent
    require_site_of(request, gemeente)
    session_id, _, reply = await start_session(request, gemeente, taal=data.get("taal"))
    return web.json_response({"session_id": session_id, "messages": reply.messages}, status=201)


async def post_message(request: web.Request) -> web.Response:
    check_rate(request)  # before any lookup: guessing ids costs the guesser (L5)
    session_id, session = find_session(request, resumable_only=True)
    check_rate(request, session_id)
    data = await read_json(request, "message", required=True)
    text = clean_text(data["text"])
    eerder, gekozen = session.taal, gevraagde_taal(text)
    if gekozen:
        # "English please", the NL/EN button: Rasa changes only the slot `variant` (its metadata has the new language).
        session = dataclasses.replace(session, taal=gekozen)
        request[TAAL_KEY] = gekozen
        text = TAAL_KIEZEN_PAYLOAD
    else:
        text = as_typed(text, session)
    reply = await ask_rasa(request, session, text)
    taal = {}
    if reply.taal and (gekozen or eerder is None):
        # The session keeps a language once Wegwijs says it speaks it: chosen now, or recognised in a first message.
        session = kies_taal(request, session_id, session, reply.taal)
        taal = {"taal": reply.taal}  # the widget's own texts follow (issue #15)
    if reply.erase_requested:
        # The person confirmed "wis mijn gesprek" in the chat itself.
        await erase_session(request, session_id, session)
        return web.json_response({"messages": reply.messages, ERASED_KEY: True})
    request.app[STORE].touch(session_id, button_payloads_of(reply.messages))
    return web.json_response({"messages": reply.messages, **taal})


def kies_taal(request: web.Request, session_id: str, session: Session, taal: str) -> Session:
    request.app[STORE].set_taal(session_id, taal)
    request[TAAL_KEY] = taal
    return dataclasses.replace(session, taal=taal)


async def delete_session(request: web.Request) -> web.Response:
    # Its own limit: chatting up to the address limit never blocks erasing (L4).
    refuse_when_over(request, "wissen", address_of(request), request.app[SETTINGS].limiet_wissen)
    session_id, session = find_session(request)
    await erase_session(request, session_id, session)
    return web.Response(status=204)


async def openapi(request: web.Request) -> web.Response:
    return web.json_response(api_schema.OPENAPI)


async def healthz(request: web.Request) -> web.Response:
    settings, rasa = request.app[SETTINGS], request.app[RASA]
    parts = {"rasa": await rasa.all_healthy()}
    if settings.controleer_acties:
        parts["actions"] = await actions_healthy(request.app)
    ok = all(parts.values())
    body = {"status": "ok" if ok else "storing", **{k: "ok" if v else "onbereikbaar" for k, v in parts.items()}}
    return web.json_response(body, status=200 if ok else 503)


async def livez(request: web.Request) -> web.Response:
    """The gateway itself is up (the supervisor's check; /healthz checks the parts behind it)."""
    return web.json_response({"status": "ok"})


async def resources(app: web.Application):
    settings = app[SETTINGS]
    app[STORE] = SessionStore.open(settings)  # SQLite under var/, or PostgreSQL shared by every node
    with schema_lock(app[STORE].db, settings.gateway_db):
        app[LIMITER] = open_limiter(settings, app[STORE].db)
    app[CHANNEL_TOKEN] = channel_token(settings.var_dir)
    app[TRACKERS] = TrackerStore(settings.tracker_url)
    app[RASA] = RasaClient(settings.rasa_urls, settings.rasa_timeout_s)
    await app[RASA].start()
    laad_op_achtergrond()  # deduce takes seconds: load while the rest starts (wegwijs/namen.py)
    sweep = asyncio.create_task(regelmatig_opschonen(settings))
    yield
    sweep.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sweep
    await app[RASA].close()
    app[TRACKERS].close()
    if hasattr(app[LIMITER], "close"):
        app[LIMITER].close()
    app[STORE].close()


def create_app(settings: Settings | None = None) -> web.Application:
    app = web.Application(middlewares=[json_errors], client_max_size=MAX_BODY_BYTES)
    app[SETTINGS] = settings or Settings()
    app.cleanup_ctx.append(resources)
    app.router.add_routes(
        [
            web.post("/api/sessions", create_session),
            web.post("/api/sessions/{session_id}/messages", post_message),
            web.delete("/api/sessions/{session_id}", delete_session),
            web.get("/healthz", healthz),
            web.get("/livez", livez),
            web.get("/api/openapi.json", openapi),
        ]
    )
    widget.setup(app)
    overzicht.setup(app)
    review.setup(app)
    signalen_pagina.setup(app)  # /signalen for the gemeente and the cliëntenraad (issue #17)
    headers.setup(app, app[SETTINGS].publieke_hosts)
    return app
