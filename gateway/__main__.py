"""`python -m gateway`: run the gateway alone (the supervisor starts it this way).

The entry point lives here, not in gateway/app.py, so that gateway.app is
imported once under its own name and its AppKeys are the same everywhere.
"""

import logging

from aiohttp import web

from gateway.app import create_app
from wegwijs.settings import Settings


def main() -> None:
    settings = Settings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s gateway %(levelname)s %(message)s")
    web.run_app(create_app(settings), host=settings.host, port=settings.gateway_port, print=None)


if __name__ == "__main__":
    main()
