"""Serve the web widget, its settings per gemeente and the demo page.

GET /                                   demo page: a plain (fictional) gemeente page with the widget on it
GET /demo.css, /voorbeeldstad.svg       the demo page's style and logo
GET /widget/wegwijs.js, /widget/wegwijs.css   the widget itself (widget/)
GET /widget/instellingen/{gemeente}     the gemeente's look and the widget's texts, as JSON
"""

from __future__ import annotations

from pathlib import Path

from aiohttp import web

from wegwijs.gemeente import OnbekendeGemeente, laad_gemeente
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
    "/widget/wegwijs.css": (WIDGET_DIR / "wegwijs.css", "text/css; charset=utf-8"),
}


def file_handler(path: Path, content_type: str):
    async def handler(request: web.Request) -> web.FileResponse:
        return web.FileResponse(path, headers={"Content-Type": content_type, "Cache-Control": CACHE_CONTROL})

    return handler


async def widget_settings(request: web.Request) -> web.Response:
    """Colours, title and every text of the widget (bot/domain/widget.yml) for one gemeente."""
    try:
        gemeente = laad_gemeente(request.match_info["gemeente"])
    except OnbekendeGemeente:
        raise web.HTTPNotFound() from None
    values = gemeente.template_values()
    texts = {
        name.removeprefix(TEXT_PREFIX): response_text(name, gemeente.aanspreekvorm, **values)
        for name in all_responses()
        if name.startswith(TEXT_PREFIX)
    }
    look = gemeente.widget
    body = {"titel": look.titel, "kleur": look.kleur, "tekstkleur": look.tekstkleur, "teksten": texts}
    return web.json_response(body, headers={"Cache-Control": CACHE_CONTROL})


def setup(app: web.Application) -> None:
    app.router.add_routes([web.get(route, file_handler(*target)) for route, target in FILES.items()])
    app.router.add_get("/widget/instellingen/{gemeente}", widget_settings)
