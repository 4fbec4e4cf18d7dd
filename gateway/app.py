"""The gateway API: sessions and messages between channels and Rasa.

POST   /api/sessions                         -> 201 {"session_id", "messages"}
POST   /api/sessions/{session_id}/messages   -> 200 {"messages"}
DELETE /api/sessions/{session_id}            -> 204
GET    /api/openapi.json                     -> the OpenAPI description (gateway/api_schema.py)
GET    /healthz                              -> 200 / 503 (Rasa and actions)
GET    /livez                                -> 200 (the gateway itself)

Every error is JSON {"error": code, "message": kind Dutch text}.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import unicodedata

from aiohttp import web

from gateway import api_schema, headers, review, widget
from gateway.limits import RateLimiter, channel_token, client_address
from gateway.rasa_client import RasaClient, RasaReply, RasaUnavailable
from gateway.retention import sweep_regularly
from gateway.store import Session, SessionStore, schema_lock
from gateway.tracker import TrackerStore
from wegwijs.gemeente import OnbekendeGemeente, laad_gemeente
from wegwijs.redactie import redact
from wegwijs.responses import response_text
from wegwijs.settings import Settings

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 64 * 1024
WELCOME_PAYLOAD = "/welkom"

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", SessionStore)
RASA = web.AppKey("rasa", RasaClient)
TRACKERS = web.AppKey("trackers", TrackerStore)
LIMITER = web.AppKey("limiter", RateLimiter)
CHANNEL_TOKEN = web.AppKey("channel_token", str)
GEMEENTE_KEY = "wegwijs_gemeente"  # request key: the gemeente of the session this request is about


class ApiError(Exception):
    """An error the client should see, with its HTTP status and Dutch text."""

    def __init__(self, status: int, code: str, response: str, headers: dict | None = None, **values: str):
        super().__init__(code)
        self.status, self.code, self.response, self.values = status, code, response, values
        self.headers = headers or {}


def error_response(
    request: web.Request, status: int, code: str, response: str, headers: dict | None = None, **values
) -> web.Response:
    # The session's gemeente when the request has one (its phone number, "u" or "je").
    gemeente = laad_gemeente(request.get(GEMEENTE_KEY) or request.app[SETTINGS].gemeente)
    text = response_text(response, gemeente.aanspreekvorm, **{**gemeente.template_values(), **values})
    return web.json_response({"error": code, "message": text}, status=status, headers=headers)


@web.middleware
async def json_errors(request: web.Request, handler):
    """Turn every failure into a JSON error; nothing reaches a user as a traceback."""
    try:
        return await handler(request)
    except ApiError as error:
        return error_response(request, error.status, error.code, error.response, error.headers, **error.values)
    except web.HTTPRequestEntityTooLarge:
        return error_response(request, 413, "te_groot", "utter_fout_te_lang")
    except web.HTTPNotFound:
        return error_response(request, 404, "niet_gevonden", "utter_fout_niet_gevonden")
    except web.HTTPMethodNotAllowed:
        return error_response(request, 405, "methode_niet_toegestaan", "utter_fout_niet_gevonden")
    except web.HTTPException:
        raise
    except Exception:  # noqa: BLE001 - the last line of defence, logged in full
        # The route pattern, not the path: a path can hold a session id, which is a secret.
        resource = request.match_info.route.resource
        log.exception("unhandled error in %s %s", request.method, resource.canonical if resource else "?")
        return error_response(request, 500, "interne_fout", "utter_fout_intern")


async def read_json(request: web.Request, body_kind: str, required: bool) -> dict:
    """The request body, parsed and checked against its schema (gateway/api_schema.py)."""
    body = await request.read()
    if not body.strip():
        if required:
            raise ApiError(400, "leeg_verzoek", "utter_fout_json")
        return {}
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ApiError(400, "ongeldige_json", "utter_fout_json") from None
    if not isinstance(data, dict):
        raise ApiError(400, "ongeldige_json", "utter_fout_json")
    problem = api_schema.refusal(body_kind, data)
    if problem is not None:
        raise ApiError(*problem)
    return data


def check_rate(request: web.Request, session_id: str | None = None) -> None:
    """429 with Retry-After when this client address (or session) sends too much."""
    settings, limiter = request.app[SETTINGS], request.app[LIMITER]
    address = client_address(request, settings.vertrouwde_proxy, request.app[CHANNEL_TOKEN])
    checks = [("adres", address, settings.limiet_adres)]
    if session_id is not None:
        checks.append(("sessie", session_id, settings.limiet_sessie))
    for kind, who, limit in checks:
        verdict = limiter.hit(kind, who, limit)
        if not verdict.allowed:
            retry = {"Retry-After": str(verdict.retry_after_s)}
            raise ApiError(429, "te_veel_berichten", "utter_fout_te_veel", headers=retry)


def clean_text(value: str) -> str:
    """The user's text without control characters; a 400 when nothing is left.

    The schema (gateway/api_schema.py) already made sure it is a string of at
    most MAX_TEXT_CHARS; removing characters only makes it shorter.
    """
    text = "".join(
        ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs")
    ).strip()
    if not text:
        raise ApiError(400, "leeg_bericht", "utter_fout_leeg")
    return text


async def ask_rasa(request: web.Request, session: Session, text: str) -> RasaReply:
    metadata = {"gemeente": session.gemeente, **review.test_metadata(session)}
    try:
        reply = await request.app[RASA].send(session.conversation_id, text, metadata)
    except RasaUnavailable as error:
        log.warning("Rasa unavailable: %s", error)
        raise ApiError(503, "assistent_onbereikbaar", "utter_fout_rasa") from None
    if not reply.messages and not await actions_healthy(request.app):
        # Rasa answers nothing when the action server is gone: the same kind 503 as a dead Rasa.
        log.warning("action server unavailable")
        raise ApiError(503, "assistent_onbereikbaar", "utter_fout_rasa")
    if not reply.messages:
        # Rasa answered nothing: still never leave a person without a reply.
        gemeente = laad_gemeente(session.gemeente)
        message = response_text("utter_geen_antwoord", gemeente.aanspreekvorm, **gemeente.template_values())
        reply = RasaReply(messages=[{"text": message, "buttons": []}], erase_requested=reply.erase_requested)
    review.record_turn(request.app[STORE].db, session, redact(text), reply.messages)
    return reply


def known_gemeente(gemeente) -> str:
    """The gemeente name if it has a settings file; a 400 otherwise."""
    try:
        laad_gemeente(gemeente)
    except (OnbekendeGemeente, TypeError):
        raise ApiError(400, "onbekende_gemeente", "utter_fout_gemeente") from None
    return gemeente


async def start_session(request: web.Request, gemeente: str, **test) -> tuple[str, Session, RasaReply]:
    """A new session with its welcome; nothing is left behind when Rasa cannot answer."""
    session_id, session = request.app[STORE].create(gemeente, **test)
    try:
        reply = await ask_rasa(request, session, WELCOME_PAYLOAD)
    except ApiError:
        await erase_session(request, session_id, session)
        raise
    return session_id, session, reply


async def create_session(request: web.Request) -> web.Response:
    check_rate(request)
    data = await read_json(request, "new_session", required=False)
    gemeente = known_gemeente(data.get("gemeente", request.app[SETTINGS].gemeente))
    request[GEMEENTE_KEY] = gemeente
    session_id, _, reply = await start_session(request, gemeente)
    return web.json_response({"session_id": session_id, "messages": reply.messages}, status=201)


def find_session(request: web.Request):
    session_id = request.match_info["session_id"]
    session = request.app[STORE].get(session_id)
    if session is None:
        raise ApiError(404, "onbekende_sessie", "utter_fout_onbekende_sessie")
    request[GEMEENTE_KEY] = session.gemeente
    return session_id, session


async def post_message(request: web.Request) -> web.Response:
    session_id, session = find_session(request)
    check_rate(request, session_id)
    data = await read_json(request, "message", required=True)
    text = clean_text(data["text"])
    reply = await ask_rasa(request, session, text)
    if reply.erase_requested:
        # The person confirmed "wis mijn gesprek" in the chat itself.
        await erase_session(request, session_id, session)
        return web.json_response({"messages": reply.messages, "gesprek_gewist": True})
    request.app[STORE].touch(session_id)
    return web.json_response({"messages": reply.messages})


async def erase_session(request: web.Request, session_id: str, session) -> None:
    """Remove every trace: the Rasa tracker, a test session's turns and marks, the session row."""
    # Compacting the tracker file can take a moment: not on the event loop.
    await asyncio.get_running_loop().run_in_executor(None, request.app[TRACKERS].erase, [session.conversation_id])
    review.erase_test_data(request.app[STORE].db, session)
    request.app[STORE].delete(session_id)


async def delete_session(request: web.Request) -> web.Response:
    check_rate(request)
    session_id, session = find_session(request)
    await erase_session(request, session_id, session)
    return web.Response(status=204)


async def openapi(request: web.Request) -> web.Response:
    return web.json_response(api_schema.OPENAPI)


async def healthz(request: web.Request) -> web.Response:
    settings, rasa = request.app[SETTINGS], request.app[RASA]
    parts = {"rasa": await rasa.all_healthy()}
    if settings.check_actions:
        parts["actions"] = await actions_healthy(request.app)
    ok = all(parts.values())
    body = {"status": "ok" if ok else "storing", **{k: "ok" if v else "onbereikbaar" for k, v in parts.items()}}
    return web.json_response(body, status=200 if ok else 503)


async def actions_healthy(app: web.Application) -> bool:
    """The action server answers (always True when the gateway may not reach it, see Settings.check_actions)."""
    settings = app[SETTINGS]
    return not settings.check_actions or await app[RASA].healthy(f"{settings.actions_url}/health")


async def livez(request: web.Request) -> web.Response:
    """The gateway itself is up (the supervisor's check; /healthz checks the parts behind it)."""
    return web.json_response({"status": "ok"})


async def resources(app: web.Application):
    settings = app[SETTINGS]
    app[STORE] = SessionStore(settings.gateway_db)
    with schema_lock(settings.gateway_db):
        app[LIMITER] = RateLimiter(app[STORE].db)
    app[CHANNEL_TOKEN] = channel_token(settings.var_dir)
    app[TRACKERS] = TrackerStore(settings.tracker_url)
    app[RASA] = RasaClient(settings.rasa_urls, settings.rasa_timeout_s)
    await app[RASA].start()
    sweep = asyncio.create_task(sweep_regularly(settings))
    yield
    sweep.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await sweep
    await app[RASA].close()
    app[TRACKERS].close()
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
    review.setup(app)
    headers.setup(app)
    return app
