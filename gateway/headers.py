"""Security headers on every answer, and CORS for the sites that embed the widget.

Every response gets a strict Content-Security-Policy (the demo page and the
widget need nothing else than the gateway itself), nosniff and no-referrer.

A request from another site (a gemeente's website with the widget on it) is
answered only when that site is listed in `widget.toegestane_sites` of a
gemeente settings file. Any other site gets a 403 before a handler runs, so a
foreign page cannot even start a session, let alone read the answer; the
handlers then check that the site belongs to the gemeente of the session
(`check_site`). CORS headers are sent only on the routes a widget calls.

The gateway answers only to its own host names (WEGWIJS_PUBLIEKE_HOSTS, and
loopback names): a page whose DNS name was pointed at 127.0.0.1 (DNS
rebinding) gets a 421, not a local Wegwijs. Answers that can hold personal
data are never cached.
"""

from __future__ import annotations

from aiohttp import web

from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import response_text

ALLOWED_ORIGINS = web.AppKey("allowed_origins", frozenset)
PUBLIC_HOSTS = web.AppKey("public_hosts", frozenset)
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "[::1]"})
# Probes of an orchestrator come with the pod's address as Host; these answers hold nothing personal.
ANY_HOST_PATHS = ("/healthz", "/livez")
CORS_PATHS = ("/api/sessions", "/widget/instellingen/")
NO_STORE_PATHS = ("/api/", "/review/api/")

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    # Browsers heed this only over HTTPS, which the ingress terminates (docs/deploy.md).
    "Strict-Transport-Security": "max-age=31536000",
    "Server": "Wegwijs",
}
CORS_HEADERS = {
    "Access-Control-Allow-Methods": "GET, POST, DELETE",
    "Access-Control-Allow-Headers": "Content-Type",
    "Access-Control-Max-Age": "600",
}


def cross_site_origin(request: web.Request) -> str | None:
    """The Origin of a request made by a page of another site; None for our own pages and non-browsers.

    The Host header can be trusted here: `known_host` refused any other before.
    """
    origin = request.headers.get("Origin")
    if origin is None or request.headers.get("Sec-Fetch-Site") == "same-origin":
        return None
    # Compare hosts, not schemes: behind a TLS proxy the gateway itself sees http.
    if origin.partition("://")[2] == request.host:
        return None
    return origin


def host_name(host: str) -> str:
    """"example.nl:8080" -> "example.nl", "[::1]:8080" -> "[::1]"."""
    if host.startswith("["):
        return host.partition("]")[0] + "]"
    return host.rpartition(":")[0] if host.count(":") == 1 else host


def known_host(request: web.Request) -> bool:
    if request.path in ANY_HOST_PATHS:
        return True
    name = host_name(request.host or "").lower()
    return name in LOOPBACK_HOSTS or name in request.app[PUBLIC_HOSTS]


def check_site(request: web.Request, gemeente: str) -> bool:
    """Whether a cross-site request comes from a site of this gemeente (always True for our own pages)."""
    origin = cross_site_origin(request)
    return origin is None or origin in laad_gemeente(gemeente).widget.toegestane_sites


def add_headers(request: web.Request, response: web.StreamResponse, origin: str | None) -> None:
    response.headers.update(SECURITY_HEADERS)
    response.headers.add("Vary", "Origin")
    if request.path.startswith(NO_STORE_PATHS):
        response.headers["Cache-Control"] = "no-store"
    if origin is not None and request.path.startswith(CORS_PATHS):
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers.update(CORS_HEADERS)


def refusal(request: web.Request, status: int, code: str, response: str) -> web.Response:
    answer = web.json_response({"error": code, "message": response_text(response)}, status=status)
    add_headers(request, answer, None)
    return answer


@web.middleware
async def security_headers(request: web.Request, handler):
    if not known_host(request):
        return refusal(request, 421, "onbekende_host", "utter_fout_niet_gevonden")
    origin = cross_site_origin(request)
    if origin is not None and origin not in request.app[ALLOWED_ORIGINS]:
        return refusal(request, 403, "site_niet_toegestaan", "utter_widget_fout_site")
    if origin is not None and request.method == "OPTIONS" and request.path.startswith(CORS_PATHS):
        response = web.Response(status=204)  # CORS preflight
    else:
        try:
            response = await handler(request)
        except web.HTTPException as error:
            add_headers(request, error, origin)
            raise
    add_headers(request, response, origin)
    return response


async def server_header(request: web.Request, response: web.StreamResponse) -> None:
    """No software versions in any answer (aiohttp adds its own Server header last)."""
    response.headers["Server"] = "Wegwijs"


def setup(app: web.Application, public_hosts: str = "") -> None:
    app[ALLOWED_ORIGINS] = frozenset(
        site for code in bekende_gemeenten() for site in laad_gemeente(code).widget.toegestane_sites
    )
    app[PUBLIC_HOSTS] = frozenset(h.strip().lower() for h in public_hosts.split(",") if h.strip())
    app.on_response_prepare.append(server_header)
    # Outermost, so the JSON error answers of the other middleware get the headers too.
    app.middlewares.insert(0, security_headers)
