"""Rate limits per session and per client address, shared by all gateway workers.

Counters live in the gateway's SQLite database (fixed one-minute windows), so
several gateway processes on one machine enforce one limit together. Client
addresses are personal data: only a keyed hash is stored, and the counters are
removed by the retention sweep (gateway/retention.py).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from wegwijs.secret import read_or_create

WINDOW_S = 60


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after_s: int


class RateLimiter:
    def __init__(self, db):
        self.db = db
        db.execute(
            "CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, window INTEGER NOT NULL, hits INTEGER NOT NULL)"
        )
        db.execute("CREATE TABLE IF NOT EXISTS secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute("INSERT OR IGNORE INTO secrets VALUES ('rate_limit_key', ?)", [secrets.token_hex(32)])
        self._key = db.execute("SELECT value FROM secrets WHERE name = 'rate_limit_key'").fetchone()[0].encode()

    def hit(self, kind: str, who: str, limit: int) -> Verdict:
        """Count one request of `who`; refused once `limit` is passed in this minute (0: no limit)."""
        if limit <= 0:
            return Verdict(True, 0)
        now = time.time()
        window = int(now // WINDOW_S)
        key = kind + ":" + hmac.new(self._key, who.encode("utf-8"), hashlib.sha256).hexdigest()
        hits = self.db.execute(
            "INSERT INTO rate_limits (key, window, hits) VALUES (?, ?, 1) "
            "ON CONFLICT (key) DO UPDATE SET "
            "hits = CASE WHEN window = excluded.window THEN hits + 1 ELSE 1 END, window = excluded.window "
            "RETURNING hits",
            [key, window],
        ).fetchone()[0]
        return Verdict(hits <= limit, int((window + 1) * WINDOW_S - now) + 1)



def forget_old_counts(db) -> int:
    """Drop counters of past windows (called by the retention sweep)."""
    if not db["rate_limits"].exists():
        return 0
    window = int(time.time() // WINDOW_S)
    return db.execute("DELETE FROM rate_limits WHERE window < ?", [window]).rowcount


CHANNEL_TOKEN_HEADER = "X-Wegwijs-Kanaal"
CHANNEL_USER_HEADER = "X-Wegwijs-Gebruiker"


def channel_token(var_dir: Path) -> str:
    """The secret our own channels (the Telegram bridge) show, made once per var/ folder."""
    return read_or_create(var_dir / "kanaal.token")


def client_address(request: web.Request, trusted_proxies: int, token: str = "") -> str:
    """Who sends this request, for the per-address limit.

    A channel bridge (Telegram) sends all its users' messages from one address;
    with the channel token it names the user itself (a hash of the chat id).
    Behind `trusted_proxies` proxies the address comes from X-Forwarded-For:
    only the entries added by our own proxies are trusted, a client can put
    anything at the start of the header, so we count from the right.
    """
    shown = request.headers.get(CHANNEL_TOKEN_HEADER, "")
    user = request.headers.get(CHANNEL_USER_HEADER, "")
    if token and user and hmac.compare_digest(shown.encode(), token.encode()):
        return "kanaal:" + user[:128]
    if trusted_proxies > 0:
        forwarded = [part.strip() for part in request.headers.get("X-Forwarded-For", "").split(",") if part.strip()]
        if len(forwarded) >= trusted_proxies:
            return forwarded[-trusted_proxies]
    return request.remote or "onbekend"
