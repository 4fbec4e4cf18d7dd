"""The gateway's core: what every route needs, and a session's life (start, a message to Rasa, erase).

gateway/app.py (the public session API) and gateway/review.py (the review
page) both build on this module; it imports neither of them. Every error a
client sees is an ApiError, turned into JSON {"error", "message"} by json_errors.
"""

from __future__ import annotations

import asyncio
import json
import logging
import unicodedata
from datetime import datetime, timedelta, timezone
from pathlib import Path

from aiohttp import web

from gateway import api_schema, headers, testsessies
from gateway.limits import DAY_S, WINDOW_S, RateLimiter, client_address
from gateway.rasa_client import RasaClient, RasaReply, RasaUnavailableError
from gateway.store import Session, SessionStore
from gateway.tracker import TrackerStore
from knowledge.varianten import STANDAARD_TAAL
from wegwijs.gateway_db import unavailable_errors
from wegwijs.gemeente import OnbekendeGemeenteFout, laad_gemeente
from wegwijs.namen import zonder_namen
from wegwijs.protocol import WELCOME_PAYLOAD
from wegwijs.responses import as_title, button_payloads, button_titles, response_message, response_text
from wegwijs.settings import Settings
from wegwijs.tekst import strip_format_characters

log = logging.getLogger(__name__)

WELCOME_RESPONSE = "utter_welkom"
STORAGE_DOWN = unavailable_errors()
JSON_TYPES = ("application/json",)

SETTINGS = web.AppKey("settings", Settings)
STORE = web.AppKey("store", SessionStore)
RASA = web.AppKey("rasa", RasaClient)
TRACKERS = web.AppKey("trackers", TrackerStore)
LIMITER = web.AppKey("limiter", RateLimiter)
CHANNEL_TOKEN = web.AppKey("channel_token", str)
GEMEENTE_KEY = "wegwijs_gemeente"  # request key: the gemeente of the session this request is about
TAAL_KEY = "wegwijs_taal"  # request key: the language of that session ("nl", "en"; None: not chosen, Dutch)


class ApiError(Exception):
    """An error the client should see, with its HTTP status and Dutch text."""

    def __init__(self, status: int, code: str, response: str, headers: dict | None = None, **values: str):
        super().__init__(code)
        self.status, self.code, self.response, self.values = status, code, response, values
        self.headers = headers or {}


def file_handler(path: Path, content_type: str):
    """A handler that serves one file of ours, never cached (the review page; the widget's files)."""

    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": "no-store"})

    return handler


def error_response(
    request: web.Request, status: int, code: str, response: str, headers: dict | None = None, **values
) -> web.Response:
    # The session's gemeente when the request has one (its phone number, "u" or "je"), and its language.
    gemeente = laad_gemeente(request.get(GEMEENTE_KEY) or request.app[SETTINGS].gemeente)
    variant = gemeente.variant_voor(request.get(TAAL_KEY))
    text = response_text(response, variant, **{**gemeente.template_values(), **values})
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
    except STORAGE_DOWN as error:  # the shared PostgreSQL or Redis of several gateways is unreachable
        log.warning("gateway storage unavailable: %s", type(error).__name__)
        return error_response(request, 503, "assistent_onbereikbaar", "utter_fout_rasa")
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
    if request.content_type not in JSON_TYPES:
        # A form or text/plain body is what a foreign page can send without asking first (I2).
        raise ApiError(415, "geen_json", "utter_fout_json")
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


def refuse_when_over(request: web.Request, kind: str, who: str, limit: int, window_s: int = WINDOW_S,
                     response: str = "utter_fout_te_veel") -> None:
    """429 with Retry-After when `who` passed `limit` requests of this kind in the window."""
    verdict = request.app[LIMITER].hit(kind, who, limit, window_s)
    if not verdict.allowed:
        retry = {"Retry-After": str(verdict.retry_after_s)}
        raise ApiError(429, "te_veel_berichten", response, headers=retry)


def address_of(request: web.Request) -> str:
    return client_address(request, request.app[SETTINGS].vertrouwde_proxy, request.app[CHANNEL_TOKEN])


def check_rate(request: web.Request, session_id: str | None = None) -> None:
    """The per-address limit, and the per-session one once the session is known."""
    settings = request.app[SETTINGS]
    if session_id is None:
        refuse_when_over(request, "adres", address_of(request), settings.limiet_adres)
    else:
        refuse_when_over(request, "sessie", session_id, settings.limiet_sessie)


def check_new_session_rate(request: web.Request) -> None:
    """Each new session costs storage: a low limit per address, per minute and per day (security review M3)."""
    settings, address = request.app[SETTINGS], address_of(request)
    for limit, window_s in ((settings.limiet_nieuw_minuut, WINDOW_S), (settings.limiet_nieuw_dag, DAY_S)):
        refuse_when_over(request, "nieuw", address, limit, window_s, response="utter_fout_te_veel_gesprekken")


def clean_text(value: str) -> str:
    """The user's text without control and invisible format characters; a 400 when nothing is left.

    The schema (gateway/api_schema.py) already made sure it is a string of at
    most MAX_TEXT_CHARS; removing characters only makes it shorter.
    """
    text = strip_format_characters(
        "".join(ch for ch in value if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    ).strip()
    if not text:
        raise ApiError(400, "leeg_bericht", "utter_fout_leeg")
    return text


def as_typed(text: str, session: Session) -> str:
    """What Rasa gets: a leading "/" is its syntax for an intent with entities that fill slots.

    Only the payload of a button the last reply offered may use it (a test
    session may also use any button payload of the domain, as the dialogue
    scripts do); anything else is what the person typed, so it goes as text
    (security review M4).
    """
    if not text.startswith("/"):
        return tapped_by_typing(text, session)
    if text in session.knoppen:
        return text
    if session.test and text in button_payloads():
        return text
    while text and (text[0] == "/" or text[0].isspace()):
        text = text[1:]
    if not text:
        raise ApiError(400, "leeg_bericht", "utter_fout_leeg")
    return text


def tapped_by_typing(text: str, session: Session) -> str:
    """Typing the title of a button the last reply offered means that button (testers review #18):
    "Ja, wis alles" typed must erase, not be read anew as "wis alles" and ask again."""
    typed = as_title(text)
    if typed:
        titles = button_titles()
        for payload in session.knoppen:
            if typed in titles.get(payload, ()):
                return payload
    return text


async def ask_rasa(request: web.Request, session: Session, text: str) -> RasaReply:
    metadata = {"gemeente": session.gemeente, **taal_metadata(session),
                **testsessies.test_metadata(session, request.app[STORE].db)}
    text = await zonder_namen(text)  # Rasa, its store and /review never see a name (wegwijs/namen.py)
    try:
        reply = await request.app[RASA].send(session.conversation_id, text, metadata)
    except RasaUnavailableError as error:
        log.warning("Rasa unavailable: %s", error)
        raise ApiError(503, "assistent_onbereikbaar", "utter_fout_rasa") from None
    if not reply.messages and not await actions_healthy(request.app):
        # Rasa answers nothing when the action server is gone: the same kind 503 as a dead Rasa.
        log.warning("action server unavailable")
        raise ApiError(503, "assistent_onbereikbaar", "utter_fout_rasa")
    if not reply.messages:
        # Rasa answered nothing: still never leave a person without a reply.
        gemeente = laad_gemeente(session.gemeente)
        message = response_text("utter_geen_antwoord", gemeente.variant_voor(session.taal), **gemeente.template_values())
        reply = RasaReply(messages=[{"text": message, "buttons": []}], erase_requested=reply.erase_requested,
                          taal=reply.taal)
    testsessies.record_turn(request.app[STORE].db, session, text, reply.messages)
    return reply


def taal_metadata(session: Session) -> dict:
    """What Rasa learns of the session's language: "taal" sets the slot `variant` at the session start
    (and after a choice, action_taal_kiezen); "taal_gekozen" says the person chose it, so an English
    first message does not switch a session that chose Dutch."""
    return {"taal": session.taal or STANDAARD_TAAL, "taal_gekozen": session.taal is not None}


def known_gemeente(gemeente) -> str:
    """The gemeente name if it has a settings file; a 400 otherwise."""
    try:
        laad_gemeente(gemeente)
    except (OnbekendeGemeenteFout, TypeError):
        raise ApiError(400, "onbekende_gemeente", "utter_fout_gemeente") from None
    return gemeente


def welcome(gemeente_code: str, taal: str | None = None) -> list[dict]:
    """The first message, from the gateway itself: no conversation in Rasa until the person writes (M3)."""
    gemeente = laad_gemeente(gemeente_code)
    return [response_message(WELCOME_RESPONSE, gemeente.variant_voor(taal), **gemeente.template_values())]


def button_payloads_of(messages: list[dict]) -> list[str]:
    """The payloads a reply offers: the only texts starting with "/" the next message may send (M4)."""
    return [b["payload"] for m in messages for b in m.get("buttons") or [] if b.get("payload")]


async def start_session(request: web.Request, gemeente: str, taal: str | None = None,
                        **test) -> tuple[str, Session, RasaReply]:
    """A new session with its welcome, in `taal` when the person chose one."""
    messages = welcome(gemeente, taal)
    session_id, session = request.app[STORE].create(gemeente, knoppen=button_payloads_of(messages), taal=taal, **test)
    testsessies.record_turn(request.app[STORE].db, session, WELCOME_PAYLOAD, messages)
    return session_id, session, RasaReply(messages=messages, erase_requested=False)


def find_session(request: web.Request, resumable_only: bool = False):
    """The session of the id in the path; a 404 when there is none.

    With `resumable_only`, a real session that nobody used for longer than
    `hervat_minuten` counts as gone for new messages: its id, if someone else
    got hold of it, no longer reads earlier answers back (security review M6).
    It can still be erased, and is kept until the bewaartermijn otherwise.
    """
    session_id = request.match_info["session_id"]
    session = request.app[STORE].get(session_id)
    if session is None or (resumable_only and not resumable(session, request.app[SETTINGS])):
        raise ApiError(404, "onbekende_sessie", "utter_fout_onbekende_sessie")
    request[GEMEENTE_KEY] = session.gemeente
    request[TAAL_KEY] = session.taal
    require_site_of(request, session.gemeente)
    return session_id, session


def require_site_of(request: web.Request, gemeente: str) -> None:
    """One gemeente's website cannot use another gemeente's Wegwijs (L7)."""
    if not headers.check_site(request, gemeente):
        raise ApiError(403, "site_niet_toegestaan", "utter_widget_fout_site")


def resumable(session: Session, settings: Settings) -> bool:
    if session.test or not session.last_active_at or settings.hervat_minuten <= 0:
        return True
    idle = datetime.now(timezone.utc) - datetime.fromisoformat(session.last_active_at)
    return idle <= timedelta(minutes=settings.hervat_minuten)


async def erase_session(request: web.Request, session_id: str, session) -> None:
    """Remove every trace: the Rasa tracker, a test session's turns and marks, the session row."""
    # Compacting the tracker file can take a moment: not on the event loop.
    await asyncio.get_running_loop().run_in_executor(None, request.app[TRACKERS].erase, [session.conversation_id])
    request.app[RASA].forget(session.conversation_id)
    testsessies.erase_test_data(request.app[STORE].db, session)
    request.app[STORE].delete(session_id)


async def actions_healthy(app: web.Application) -> bool:
    """The action server answers (always True when the gateway may not reach it, see Settings.controleer_acties)."""
    settings = app[SETTINGS]
    return not settings.controleer_acties or await app[RASA].healthy(f"{settings.actions_url}/health")
