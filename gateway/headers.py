"""Security headers on every answer, and CORS for the sites that embed the widget.

Every response gets a strict Content-Security-Policy (the demo page and the
widget need nothing else than the gateway itself), nosniff and no-referrer.

A request from another site (a gemeente's website with the widget on it) is
answered only when that site is listed in `widget.toegestane_sites` of a
gemeente settings file. Any other site gets a 403 before a handler runs, so a
foreign page cannot even start a session, let alone read the answer.
"""

from __future__ import annotations

from aiohttp import web

from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import response_text

ALLOWED_ORIGINS = web.AppKey("allowed_origins", frozenset)

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
CORS_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, DELETE",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}


def cross_site_origin(request: web.Request) -> str | None:
    """The Origin of a request made by a page of another site; None for our own pages and non-browsers."""
    origin = request.headers.get("Origin")
    if origin is None or request.headers.get("Sec-Fetch-Site") == "same-origin":
        return None
    # Compare hosts, not schemes: behind a TLS proxy the gateway itself sees http.
    if origin.partition("://")[2] == request.host:
        return None
    return origin


def add_headers(response: web.StreamResponse, origin: str | None) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers.add("Vary", "Origin")
    if origin is not None:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.update(CORS_HEADERS)


@web.middleware
async def security_headers(request: web.Request, handler):
    origin = cross_site_origin(request)
    if origin is not None and origin not in request.app[ALLOWED_ORIGINS]:
        response = web.json_response(
            {"error": "site_niet_toegestaan", "message": response_text("utter_widget_fout_site")}, status=403
        )
        add_headers(response, None)
        return response
    if origin is not None and request.method == "OPTIONS":
        response = web.Response(status=204)  # CORS preflight
    else:
        try:
            response = await handler(request)
        except web.HTTPException as error:
            add_headers(error, origin)
            raise
    add_headers(response, origin)
    return response


def setup(app: web.Application) -> None:
    app[ALLOWED_ORIGINS] = frozenset(
        site for code in bekende_gemeenten() for site in laad_gemeente(code).widget.toegestane_sites
    )
    # Outermost, so the JSON error answers of the other middleware get the headers too.
    app.middlewares.insert(0, security_headers)
