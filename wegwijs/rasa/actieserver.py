"""`python -m wegwijs.rasa.actieserver --actions actions --port 5055`: rasa-sdk's action server, locked down.

rasa-sdk 3.6 runs any action for anyone who can reach it, takes any content
type, and when an action fails it logs the error and answers 500 with
`request_body`: the whole tracker Rasa sent (every message of the
conversation). Here, with rasa-sdk's own command line and app (security
review H1, L9, M5):

- every route but /health needs `Authorization: Bearer <actions key>`
  (wegwijs/secret.py; Rasa sends it, bot/endpoints*.yml);
- /webhook takes JSON only (415 otherwise);
- a failing action is logged with its name and the type of the error, and
  answered with just those; the tracker is never echoed or logged;
- umask 077, and logging without conversation text (wegwijs/log_privacy.py).

Rasa sends the domain's SHA-256 (`domain_digest`) instead of the domain
(wegwijs/rasa/server.py, issue #16). The domain it was sent once is kept here
under its digest and given to the actions; an unknown digest is answered with
449, and Rasa makes the same call again with the whole domain.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

import rasa_sdk.__main__
import rasa_sdk.endpoint
from sanic import Sanic, response
from sanic.exceptions import SanicException

from wegwijs.heap import freeze_loaded
from wegwijs.log_privacy import exception_summary, install_private_logging
from wegwijs.secret import acties_sleutel, restrict_umask
from wegwijs.settings import Settings

log = logging.getLogger("wegwijs.rasa.actieserver")

OPEN_PATHS = ("/health",)
DOMAIN_UNKNOWN = 449
KEPT_DOMAINS = 4  # a model or two at a time (a reload); more is never needed


class Domains:
    """The domains Rasa sent, by their SHA-256 (computed here: a wrong digest is never believed)."""

    def __init__(self) -> None:
        self._by_digest: dict[str, dict] = {}

    def keep(self, domain: dict) -> str:
        digest = hashlib.sha256(json.dumps(domain, sort_keys=True).encode("utf-8")).hexdigest()
        if digest not in self._by_digest and len(self._by_digest) >= KEPT_DOMAINS:
            self._by_digest.clear()
        self._by_digest[digest] = domain
        return digest

    def get(self, digest: str) -> dict | None:
        return self._by_digest.get(digest)


def with_domain(call: dict, domains: Domains) -> dict | None:
    """The action call with its domain filled in from the digest; None when the digest is unknown."""
    digest = call.get("domain_digest")
    if not isinstance(digest, str):
        return call
    if isinstance(call.get("domain"), dict):
        domains.keep(call["domain"])
        return call
    domain = domains.get(digest)
    if domain is None:
        return None
    return {**call, "domain": domain}


def content_type_is_json(request) -> bool:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower() == "application/json"


def action_name_of(request) -> str:
    try:
        name = json.loads(request.body or b"{}").get("next_action")
    except (ValueError, AttributeError):  # deflated, not JSON, or not an object
        return "?"
    return name if isinstance(name, str) and name.isidentifier() else "?"


def fill_in_domain(request, domains: Domains):
    """Give the SDK the call with its domain (request.json), or answer 449 for an unknown digest."""
    if request.headers.get("content-encoding") == "deflate":
        return None  # compressed calls carry the whole domain (Rasa's own format)
    try:
        call = json.loads(request.body)
    except ValueError:
        return None  # the SDK answers it as it always did
    if not isinstance(call, dict):
        return None
    filled = with_domain(call, domains)
    if filled is None:
        return response.json({"error": "domein_onbekend"}, status=DOMAIN_UNKNOWN)
    request.parsed_json = filled
    return None


def lock_down(app: Sanic, key: str) -> Sanic:
    expected = f"Bearer {key}".encode()
    domains = Domains()

    @app.middleware("request")
    async def only_rasa(request):
        if request.path in OPEN_PATHS:
            return None
        given = (request.headers.get("authorization") or "").encode()
        if not hmac.compare_digest(given, expected):
            return response.json({"error": "niet_toegestaan"}, status=401)
        if request.method == "POST" and not content_type_is_json(request):
            return response.json({"error": "alleen_json"}, status=415)
        if request.method == "POST" and request.path == "/webhook":
            return fill_in_domain(request, domains)
        return None

    @app.exception(Exception)
    async def without_request_body(request, error: Exception):
        if isinstance(error, SanicException):
            return response.json({"error": type(error).__name__}, status=getattr(error, "status_code", 500))
        name = action_name_of(request)
        log.error("actie %s mislukt: %s\n%s", name, type(error).__name__, exception_summary(error))
        return response.json({"error": "actie_mislukt", "action_name": name}, status=500)

    return app


def main() -> None:
    restrict_umask()
    install_private_logging()
    key = acties_sleutel(Settings().var_dir)
    create_app = rasa_sdk.endpoint.create_app

    def locked_down_app(*args, **kwargs) -> Sanic:
        app = lock_down(create_app(*args, **kwargs), key)
        freeze_loaded()  # the actions and knowledge/ are loaded: out of every full collection (wegwijs/heap.py)
        return app

    rasa_sdk.endpoint.create_app = locked_down_app  # rasa_sdk.endpoint.run looks it up here
    rasa_sdk.__main__.main()


if __name__ == "__main__":
    main()
