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
"""

from __future__ import annotations

import hmac
import json
import logging

import rasa_sdk.__main__
import rasa_sdk.endpoint
from sanic import Sanic, response
from sanic.exceptions import SanicException

from wegwijs.log_privacy import exception_summary, install_private_logging
from wegwijs.secret import acties_sleutel, restrict_umask
from wegwijs.settings import Settings

log = logging.getLogger("wegwijs.rasa.actieserver")

OPEN_PATHS = ("/health",)


def content_type_is_json(request) -> bool:
    return (request.headers.get("content-type") or "").split(";")[0].strip().lower() == "application/json"


def action_name_of(request) -> str:
    try:
        name = json.loads(request.body or b"{}").get("next_action")
    except (ValueError, AttributeError):  # deflated, not JSON, or not an object
        return "?"
    return name if isinstance(name, str) and name.isidentifier() else "?"


def lock_down(app: Sanic, key: str) -> Sanic:
    expected = f"Bearer {key}".encode()

    @app.middleware("request")
    async def only_rasa(request):
        if request.path in OPEN_PATHS:
            return None
        given = (request.headers.get("authorization") or "").encode()
        if not hmac.compare_digest(given, expected):
            return response.json({"error": "niet_toegestaan"}, status=401)
        if request.method == "POST" and not content_type_is_json(request):
            return response.json({"error": "alleen_json"}, status=415)
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
        return lock_down(create_app(*args, **kwargs), key)

    rasa_sdk.endpoint.create_app = locked_down_app  # rasa_sdk.endpoint.run looks it up here
    rasa_sdk.__main__.main()


if __name__ == "__main__":
    main()
