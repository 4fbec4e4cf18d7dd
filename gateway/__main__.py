"""`python -m gateway`: run the gateway alone (the supervisor starts it this way).

The entry point lives here, not in gateway/app.py, so that gateway.app is
imported once under its own name and its AppKeys are the same everywhere.

With WEGWIJS_GATEWAY_WORKERS above 1, that many processes share the port
(SO_REUSEPORT) and the SQLite files; the kernel spreads connections over them.

Files: umask 077 and var/ made private at start (security review M5). Logs:
no conversation text and no exception messages, and a malformed request is
one short line without an excerpt of it (wegwijs/log_privacy.py, L10).
"""

import logging
import multiprocessing

from aiohttp import web

from gateway.app import create_app
from wegwijs.log_privacy import install_gateway_logging
from wegwijs.secret import private_var, restrict_umask
from wegwijs.settings import Settings


def serve(settings: Settings) -> None:
    install_gateway_logging()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s gateway %(levelname)s %(message)s")
    # No access log: request paths hold session ids, which are bearer secrets.
    web.run_app(
        create_app(settings), host=settings.host, port=settings.gateway_port, print=None, access_log=None,
        reuse_port=settings.gateway_workers > 1,
    )


def main() -> None:
    restrict_umask()
    settings = Settings()
    private_var(settings.var_dir)
    if settings.gateway_workers <= 1:
        serve(settings)
        return
    workers = [multiprocessing.Process(target=serve, args=(settings,)) for _ in range(settings.gateway_workers)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


if __name__ == "__main__":
    main()
