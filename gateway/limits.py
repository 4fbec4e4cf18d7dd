"""Rate limits per session and per client address, shared by all gateway workers.

Fixed windows (a minute, a day). Two implementations of one interface,
`hit(kind, who, limit, window_s) -> Verdict`, chosen by `open_limiter()`:

* RateLimiter: counters in the gateway's SQLite database, so several gateway
  processes on one machine enforce one limit together; the retention sweep
  (gateway/opschonen.py) removes past windows.
* RedisRateLimiter (WEGWIJS_REDIS_URL, `make run-schaal`, deploy/): counters in
  Redis with one atomic INCR + EXPIREAT, shared by the gateways of every node;
  a counter disappears by itself when its window ends.

Client addresses are personal data: only a keyed hash is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from wegwijs.protocol import CHANNEL_TOKEN_HEADER, CHANNEL_USER_HEADER
from wegwijs.gateway_db import is_postgres
from wegwijs.secret import read_or_create

WINDOW_S = 60
DAY_S = 24 * 3600


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after_s: int


class FixedWindows:
    """Fixed windows of `window_s` seconds per kind and `who`; `who` only as an HMAC with the day's key."""

    clock = staticmethod(time.time)  # a test may hold it still, so its requests all fall in one window

    def hit(self, kind: str, who: str, limit: int, window_s: int = WINDOW_S) -> Verdict:
        """Count one request of `who`; refused once `limit` is passed in this window (0: no limit)."""
        if limit <= 0:
            return Verdict(True, 0)
        now = self.clock()
        window = int(now // window_s)
        ends = (window + 1) * window_s
        digest = hmac.new(self._key(now), who.encode("utf-8"), hashlib.sha256).hexdigest()
        hits = self._count(kind, window_s, window, ends, digest)
        return Verdict(hits <= limit, int(ends - now) + 1)

    def _key(self, now: float) -> bytes:
        raise NotImplementedError

    def _count(self, kind: str, window_s: int, window: int, ends: float, digest: str) -> int:
        """The number of hits in this window, this one included."""
        raise NotImplementedError


class RateLimiter(FixedWindows):
    """Fixed windows (a minute, a day) per kind of request and client.

    The key of a client's counter is an HMAC of its address. The HMAC key is
    not in the database (a copy of it alone must not give the addresses back,
    security review L11) but in a private file under var/ that is replaced
    every day; the counters of older keys are deleted with their windows.
    """

    def __init__(self, db, key_dir: Path):
        self.db, self.key_dir = db, key_dir
        self._day_key: tuple[str, bytes] = ("", b"")  # today's key, read once a day, not per request
        db.execute(
            "CREATE TABLE IF NOT EXISTS rate_limits (key TEXT PRIMARY KEY, window INTEGER NOT NULL, hits INTEGER NOT NULL)"
        )
        if "verloopt" not in db["rate_limits"].columns_dict:
            db.execute("ALTER TABLE rate_limits ADD COLUMN verloopt REAL")
        # The key used to be stored next to the hashes; it goes, and so do the counters made with it.
        if db["secrets"].exists():
            db.execute("DELETE FROM rate_limits WHERE verloopt IS NULL")
            db.execute("DROP TABLE secrets")

    def _key(self, now: float) -> bytes:
        day = time.strftime("%Y-%m-%d", time.gmtime(now))
        if self._day_key[0] != day:
            self._day_key = (day, read_or_create(self.key_dir / f"limiet-{day}.sleutel").encode())
        return self._day_key[1]

    def _count(self, kind: str, window_s: int, window: int, ends: float, digest: str) -> int:
        key = f"{kind}:{window_s}:{digest}"
        return self.db.execute(
            "INSERT INTO rate_limits (key, window, hits, verloopt) VALUES (?, ?, 1, ?) "
            "ON CONFLICT (key) DO UPDATE SET "
            "hits = CASE WHEN window = excluded.window THEN hits + 1 ELSE 1 END, "
            "window = excluded.window, verloopt = excluded.verloopt "
            "RETURNING hits",
            [key, window, ends],
        ).fetchone()[0]


class RedisRateLimiter(FixedWindows):
    """The same fixed windows in Redis, for gateways on several nodes.

    The HMAC key of a day is made by the first gateway that needs it (SET NX)
    and read by the others, so every node hashes an address the same way; it
    lives only in Redis's memory (no persistence, deploy/redis.yaml) and
    expires two days later, like the counters made with it.
    """

    PREFIX = "wegwijs:limiet:"

    def __init__(self, url: str):
        import redis

        self.redis = redis.Redis.from_url(url)
        self._day_key: tuple[str, bytes] = ("", b"")

    def _key(self, now: float) -> bytes:
        day = time.strftime("%Y-%m-%d", time.gmtime(now))
        if self._day_key[0] != day:
            mine = secrets.token_urlsafe(32).encode()
            # One step (SET NX GET, Redis 7): the key another gateway made first, or ours when there was none.
            theirs = self.redis.set(f"{self.PREFIX}sleutel:{day}", mine, nx=True, ex=2 * DAY_S, get=True)
            self._day_key = (day, theirs or mine)
        return self._day_key[1]

    def _count(self, kind: str, window_s: int, window: int, ends: float, digest: str) -> int:
        name = f"{self.PREFIX}{kind}:{window_s}:{window}:{digest}"
        with self.redis.pipeline(transaction=True) as pipe:  # MULTI/EXEC: the count and its end together
            hits, _ = pipe.incr(name).expireat(name, int(ends) + 1).execute()
        return hits

    def close(self) -> None:
        self.redis.close()


def open_limiter(settings, db):
    """Redis when WEGWIJS_REDIS_URL is set (gateways on several nodes), else the gateway's SQLite database."""
    if settings.redis_url:
        return RedisRateLimiter(settings.redis_url)
    if is_postgres(db):
        raise ValueError("WEGWIJS_GATEWAY_DB_URL needs WEGWIJS_REDIS_URL too: the rate limits of several nodes live in Redis")
    return RateLimiter(db, settings.var_dir)


def forget_old_counts(db, key_dir: Path | None = None) -> int:
    """Drop counters of past windows, and HMAC keys of past days (called by the retention sweep)."""
    if key_dir is not None:
        today = time.strftime("%Y-%m-%d", time.gmtime())
        for old in key_dir.glob("limiet-*.sleutel"):
            if old.name != f"limiet-{today}.sleutel":
                old.unlink(missing_ok=True)
    if is_postgres(db) or not db["rate_limits"].exists():  # Redis forgets its counters by itself
        return 0
    return db.execute("DELETE FROM rate_limits WHERE verloopt IS NULL OR verloopt < ?", [time.time()]).rowcount


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
