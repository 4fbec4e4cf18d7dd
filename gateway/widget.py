"""Serve the web widget, its settings per gemeente and the demo page.

GET /                                   demo page: a plain (fictional) gemeente page with the widget on it
GET /demo.css, /voorbeeldstad.svg       the demo page's style and logo
GET /widget/wegwijs.js                  the launcher, the one script a gemeente puts on its site (widget/)
GET /widget/frame/{gemeente}            the conversation, in a frame on the gateway's own origin
GET /widget/frame.js, /widget/frame.css its script and style
GET /widget/bericht.js                  one message as a list item (frame.js and the review page use it)
GET /widget/instellingen/{gemeente}     the gemeente's look and the widget's texts, as JSON

The conversation runs in the frame so that the session id and the transcript
stay on the gateway's origin, out of reach of every script on the gemeente's
site (security review M6). Only the frame may be framed, and only by the
gemeente's own sites (`widget.toegestane_sites`) and the gateway's own pages:
its Content-Security-Policy says `frame-ancestors 'self' <sites>`, every other
answer keeps `frame-ancestors 'none'` (gateway/headers.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from aiohttp import web

from gateway.core import SETTINGS
from knowledge.gemeenten import gemeente_bestand
from wegwijs.gemeente import OnbekendeGemeenteFout, laad_gemeente
from wegwijs.responses import all_responses, response_text
from wegwijs.settings import ROOT

WIDGET_DIR = ROOT / "widget"
TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
TEXT_PREFIX = "utter_widget_"
# Short, so a gemeente's site gets a new widget version within minutes; the ETag keeps revalidation cheap.
CACHE_CONTROL = "public, max-age=300"

FILES = {
    "/": (TEMPLATES_DIR / "demo.html", "text/html; charset=utf-8"),
    "/demo.css": (TEMPLATES_DIR / "demo.css", "text/css; charset=utf-8"),
    "/voorbeeldstad.svg": (TEMPLATES_DIR / "voorbeeldstad.svg", "image/svg+xml"),
    "/widget/wegwijs.js": (WIDGET_DIR / "wegwijs.js", "text/javascript; charset=utf-8"),
    "/widget/frame.js": (WIDGET_DIR / "frame.js", "text/javascript; charset=utf-8"),
    "/widget/bericht.js": (WIDGET_DIR / "bericht.js", "text/javascript; charset=utf-8"),
    "/widget/frame.css": (WIDGET_DIR / "frame.css", "text/css; charset=utf-8"),
}
FRAME_PAGE = WIDGET_DIR / "frame.html"
# Request key: the sites that may frame this answer (set by `frame`, used by `allow_framing`).
FRAMED_BY = "wegwijs_framed_by"


def file_handler(path: Path, content_type: str):
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": CACHE_CONTROL})

    return handler


async def widget_settings(request: web.Request) -> web.Response:
    """Colours, title and every text of the widget (bot/domain/widget.yml) for one gemeente."""
    try:
        gemeente = laad_gemeente(request.match_info["gemeente"])
    except OnbekendeGemeenteFout:
        raise web.HTTPNotFound() from None
    values = gemeente.template_values()
    # ?taal=en: the texts of an English session (issue #15); anything else is Dutch.
    variant = gemeente.variant_voor("en" if request.query.get("taal") == "en" else "nl")
    texts = {
        name.removeprefix(TEXT_PREFIX): response_text(name, variant, **values)
        for name in all_responses()
        if name.startswith(TEXT_PREFIX)
    }
    look = gemeente.widget
    body = {
        "titel": look.titel,
        "kleur": look.kleur,
        "tekstkleur": look.tekstkleur,
        "teksten": texts,
        # Privacy up front: the line under "teksten.privacy" links to the gemeente's own statement.
        "privacyverklaring": privacy_statement(gemeente.code),
        # For the frame: which pages may talk to it, and how long a conversation may rest before it starts anew.
        "toegestane_sites": list(look.toegestane_sites),
        "hervatten_minuten": resume_minutes(request.app),
    }
    return web.json_response(body, headers={"Cache-Control": CACHE_CONTROL})


def privacy_statement(code: str) -> str | None:
    """`privacyverklaring:` in the gemeente settings file: the https address of its privacy statement, or None."""
    return checked_privacy_statement((gemeente_bestand(code) or {}).get("privacyverklaring"), code)


def checked_privacy_statement(value, code: str) -> str | None:
    """A typo must not put a dead or unsafe link under the widget's privacy line."""
    if value is None:
        return None
    parts = urlsplit(str(value))
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.password:
        raise ValueError(f"{code}: privacyverklaring must be an https address, not {value!r}")
    return str(value)


def resume_minutes(app: web.Application) -> int:
    """The gateway's `hervat_minuten`: the widget resumes a conversation no longer than the gateway does."""
    return app[SETTINGS].hervat_minuten


async def frame(request: web.Request) -> web.FileResponse:
    """The conversation's page, for one gemeente; only that gemeente's sites may show it in a frame."""
    try:
        gemeente = laad_gemeente(request.match_info["gemeente"])
    except OnbekendeGemeenteFout:
        raise web.HTTPNotFound() from None
    request[FRAMED_BY] = ("'self'", *gemeente.widget.toegestane_sites)
    headers = {"Content-Type": "text/html; charset=utf-8", "Cache-Control": CACHE_CONTROL}
    return web.FileResponse(FRAME_PAGE, headers=headers)


def frame_ancestors(csp: str, sources) -> str:
    """The policy with its `frame-ancestors` directive replaced by these sources."""
    directives = [d.strip() for d in csp.split(";") if d.strip() and not d.strip().startswith("frame-ancestors")]
    return "; ".join([*directives, "frame-ancestors " + " ".join(sources)])


async def allow_framing(request: web.Request, response: web.StreamResponse) -> None:
    """Runs last, after the security headers: only the frame's answer gets a wider frame-ancestors."""
    sources, csp = request.get(FRAMED_BY), response.headers.get("Content-Security-Policy")
    if sources and csp and response.status < 400:  # a 304 too: the browser keeps the policy it carries
        response.headers["Content-Security-Policy"] = frame_ancestors(csp, sources)


def setup(app: web.Application) -> None:
    app.router.add_routes([web.get(route, file_handler(*target)) for route, target in FILES.items()])
    app.router.add_get("/widget/frame/{gemeente}", frame)
    app.router.add_get("/widget/instellingen/{gemeente}", widget_settings)
    app.on_response_prepare.append(allow_framing)
