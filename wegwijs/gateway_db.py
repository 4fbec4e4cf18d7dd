"""The gateway's database: one seam, two implementations (issue #16, gateways on more than one node).

Every gateway table (sessions, rate limits on SQLite, test turns, marks, test
bank runs, tester and reader keys) is reached through `open_gateway_db()`. The
interface is the small part of sqlite-utils' `Database` the gateway uses:

    db.execute(sql, params)          -> .fetchone(), .fetchall(), .rowcount, iteration
    db[table].create(columns, pk=..., if_not_exists=True), .create_index(columns, unique=..., if_not_exists=True)
    db[table].rows_where(where, params, order_by=..., limit=...), .rows, .get(pk), .exists(), .columns_dict
    db[table].insert(row).last_pk, .upsert(row, pk=...), .update(pk, changes), .add_column(name, kind)
    db.query(sql, params) -> [dict]; db.conn.executemany(sql, rows); db.conn.commit(); db.close()
    is_postgres(db); schema_lock(db)

SQL is written once, with "?" placeholders, in the dialect both speak
(ON CONFLICT, RETURNING, COALESCE). Two implementations:

* SQLite through sqlite-utils (the default, `make run`): var/gateway.db, one
  machine; several worker processes share it (WAL).
* PostgreSQL (WEGWIJS_GATEWAY_DB_URL=postgresql://...; `make run-schaal` and
  deploy/): every gateway on every node shares the same rows, so a
  conversation may take its turns through any of them.
"""

from __future__ import annotations

import contextlib
import fcntl
import re
import sqlite3
import threading
from pathlib import Path
from typing import Any, Iterator

import sqlite_utils

_SQL_TYPES = {str: "TEXT", int: "BIGINT", float: "DOUBLE PRECISION"}
_SCHEMA_LOCK_ID = 0x57E6_57E1  # the advisory lock under which gateways create or change tables


def open_gateway_db(settings) -> Any:
    """The gateway database these settings name: PostgreSQL when WEGWIJS_GATEWAY_DB_URL is set, else SQLite."""
    if settings.gateway_db_url:
        return PostgresDatabase(settings.gateway_db_url)
    return open_sqlite(settings.gateway_db)


def open_sqlite(path: Path) -> sqlite_utils.Database:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    return sqlite_utils.Database(conn)


def is_postgres(db) -> bool:
    return isinstance(db, PostgresDatabase)


@contextlib.contextmanager
def schema_lock(db, path: Path | None = None):
    """One process at a time creates or changes tables (several gateways start at the same moment).

    SQLite: a lock file next to the database (SQLite refuses, without waiting,
    when two processes change the schema together). PostgreSQL: an advisory lock.
    """
    if is_postgres(db):
        with db.advisory_lock(_SCHEMA_LOCK_ID):
            yield
        return
    with file_lock(path or Path(db.conn.execute("PRAGMA database_list").fetchone()[2])):
        yield


@contextlib.contextmanager
def file_lock(db_path: Path):
    """An exclusive lock on a file next to the SQLite database, for schema changes."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with open(db_path.with_name(db_path.name + ".schema-lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def unavailable_errors() -> tuple[type[Exception], ...]:
    """The exceptions of a shared store that is down (PostgreSQL, Redis): the gateway answers 503, not 500."""
    errors: list[type[Exception]] = []
    try:
        import psycopg2
        import psycopg2.pool

        errors += [psycopg2.OperationalError, psycopg2.InterfaceError, psycopg2.pool.PoolError]
    except ImportError:  # pragma: no cover - psycopg2 comes with Rasa
        pass
    try:
        import redis

        errors += [redis.exceptions.ConnectionError, redis.exceptions.TimeoutError]
    except ImportError:  # pragma: no cover - redis comes with Rasa
        pass
    return tuple(errors)


class Result:
    """What execute() gives back: the rows (all read at once) and how many rows changed."""

    def __init__(self, rows: list[tuple], rowcount: int):
        self.rows, self.rowcount = rows, rowcount

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self) -> list[tuple]:
        return list(self.rows)

    def __iter__(self) -> Iterator[tuple]:
        return iter(self.rows)


_PLACEHOLDER = re.compile(r"\?")


def _pg_sql(sql: str) -> str:
    """'?' placeholders to psycopg2's '%s' (a literal '%' doubled)."""
    return _PLACEHOLDER.sub("%s", sql.replace("%", "%%"))


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


class PostgresDatabase:
    """The gateway tables in PostgreSQL, with the sqlite-utils subset above; every statement commits at once."""

    is_postgres = True

    def __init__(self, url: str, max_connections: int = 8):
        from psycopg2.pool import ThreadedConnectionPool

        self.url = url.replace("postgresql+psycopg2://", "postgresql://", 1)
        self.pool = ThreadedConnectionPool(1, max_connections, self.url)
        self._pks: dict[str, list[str]] = {}
        self._lock = threading.Lock()
        self.conn = self  # sqlite-utils code closes `db.conn`

    @contextlib.contextmanager
    def _cursor(self):
        conn = self.pool.getconn()
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                yield cursor
        except Exception:
            # Closed, not reused: a statement that failed inside BEGIN ... COMMIT leaves its transaction aborted.
            self.pool.putconn(conn, close=True)
            raise
        else:
            self.pool.putconn(conn)

    def execute(self, sql: str, params=None) -> Result:
        with self._cursor() as cursor:
            cursor.execute(_pg_sql(sql), list(params or []))
            rows = cursor.fetchall() if cursor.description is not None else []
            return Result(rows, cursor.rowcount)

    def execute_unsynced(self, sql: str, params=None) -> None:
        """One write that need not wait for the disk (synchronous_commit off for this transaction only).

        For the write every message makes (when the person last wrote, the
        buttons of the reply): after a crash of PostgreSQL it may be lost,
        never half done. Creating and erasing stay synchronous. Saves a WAL
        flush per message (about 10 ms each on this machine under load).
        """
        with self._cursor() as cursor:
            cursor.execute("BEGIN; SET LOCAL synchronous_commit TO OFF; " + _pg_sql(sql) + "; COMMIT", list(params or []))

    def execute_one_at_a_time(self, lock_name: str, sql: str, params=None) -> None:
        """One write that waits for every other write under the same `lock_name` (an advisory lock held
        until its transaction ends), e.g. "the next number" of a conversation written by two nodes."""
        with self._cursor() as cursor:
            cursor.execute("BEGIN; SELECT pg_advisory_xact_lock(hashtext(%s)); " + _pg_sql(sql) + "; COMMIT",
                           [lock_name, *list(params or [])])

    def executemany(self, sql: str, rows) -> None:
        with self._cursor() as cursor:
            cursor.executemany(_pg_sql(sql), [list(row) for row in rows])

    def commit(self) -> None:
        """Nothing to do: every statement commits at once (sqlite-utils code calls db.conn.commit())."""

    def query(self, sql: str, params=None) -> list[dict]:
        with self._cursor() as cursor:
            cursor.execute(_pg_sql(sql), list(params or []))
            names = [column.name for column in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]

    @contextlib.contextmanager
    def advisory_lock(self, key: int):
        conn = self.pool.getconn()
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_lock(%s)", [key])
            try:
                yield
            finally:
                with conn.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
        finally:
            self.pool.putconn(conn)

    def __getitem__(self, name: str) -> "PostgresTable":
        return PostgresTable(self, name)

    def primary_key(self, table: str) -> list[str]:
        with self._lock:
            if table not in self._pks:
                rows = self.execute(
                    "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                    "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = to_regclass(?) AND i.indisprimary",
                    [_quote(table)],
                ).rows
                if not rows:  # no table yet, or no key: ask again next time
                    return []
                self._pks[table] = [row[0] for row in rows]
            return self._pks[table]

    def vacuum(self, tables: list[str]) -> None:
        """Erased rows' space is reused and their old versions removed from the table files now."""
        for table in tables:
            if self[table].exists():
                self.execute(f"VACUUM {_quote(table)}")

    def close(self) -> None:
        self.pool.closeall()


class PostgresTable:
    def __init__(self, db: PostgresDatabase, name: str):
        self.db, self.name, self.last_pk = db, name, None

    @property
    def quoted(self) -> str:
        return _quote(self.name)

    def exists(self) -> bool:
        return self.db.execute("SELECT to_regclass(?) IS NOT NULL", [self.quoted]).fetchone()[0]

    @property
    def columns_dict(self) -> dict[str, str]:
        rows = self.db.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_schema = current_schema() AND table_name = ?", [self.name]).rows
        return dict(rows)

    def create(self, columns: dict, pk=None, if_not_exists: bool = False) -> "PostgresTable":
        keys = [pk] if isinstance(pk, str) else list(pk or [])
        defs = []
        for name, kind in columns.items():
            sql_type = _SQL_TYPES[kind]
            if keys == [name] and kind is int:
                defs.append(f"{_quote(name)} BIGINT GENERATED BY DEFAULT AS IDENTITY")
            else:
                defs.append(f"{_quote(name)} {sql_type}")
        if keys:
            defs.append(f"PRIMARY KEY ({', '.join(map(_quote, keys))})")
        exists = "IF NOT EXISTS " if if_not_exists else ""
        self.db.execute(f"CREATE TABLE {exists}{self.quoted} ({', '.join(defs)})")
        return self

    def create_index(self, columns: list[str], unique: bool = False, if_not_exists: bool = False) -> None:
        name = _quote(f"idx_{self.name}_{'_'.join(columns)}")
        self.db.execute(
            f"CREATE {'UNIQUE ' if unique else ''}INDEX {'IF NOT EXISTS ' if if_not_exists else ''}{name} "
            f"ON {self.quoted} ({', '.join(map(_quote, columns))})")

    def add_column(self, name: str, kind=str) -> None:
        self.db.execute(f"ALTER TABLE {self.quoted} ADD COLUMN IF NOT EXISTS {_quote(name)} {_SQL_TYPES[kind]}")

    def rows_where(self, where: str | None = None, params=None, order_by: str | None = None,
                   limit: int | None = None) -> list[dict]:
        sql = f"SELECT * FROM {self.quoted}"
        if where:
            sql += f" WHERE {where}"
        if order_by:
            sql += f" ORDER BY {order_by}"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.db.query(sql, params)

    @property
    def rows(self) -> list[dict]:
        return self.rows_where()

    def _pk(self) -> str:
        keys = self.db.primary_key(self.name)
        if len(keys) != 1:
            raise ValueError(f"table {self.name} has no single-column primary key")
        return keys[0]

    def get(self, pk_value) -> dict:
        rows = self.rows_where(f"{_quote(self._pk())} = ?", [pk_value], limit=1)
        if not rows:
            raise sqlite_utils.db.NotFoundError(f"no row {pk_value!r} in {self.name}")
        return rows[0]

    def insert(self, row: dict) -> "PostgresTable":
        names = list(row)
        keys = self.db.primary_key(self.name)
        returning = f" RETURNING {_quote(keys[0])}" if len(keys) == 1 else ""
        result = self.db.execute(
            f"INSERT INTO {self.quoted} ({', '.join(map(_quote, names))}) VALUES ({', '.join('?' * len(names))})"
            + returning, [row[n] for n in names])
        self.last_pk = result.fetchone()[0] if returning else None
        return self

    def upsert(self, row: dict, pk) -> "PostgresTable":
        keys = [pk] if isinstance(pk, str) else list(pk)
        names = list(row)
        others = [n for n in names if n not in keys]
        update = (f"DO UPDATE SET {', '.join(f'{_quote(n)} = EXCLUDED.{_quote(n)}' for n in others)}"
                  if others else "DO NOTHING")
        self.db.execute(
            f"INSERT INTO {self.quoted} ({', '.join(map(_quote, names))}) VALUES ({', '.join('?' * len(names))}) "
            f"ON CONFLICT ({', '.join(map(_quote, keys))}) {update}", [row[n] for n in names])
        return self

    def update(self, pk_value, changes: dict) -> "PostgresTable":
        if changes:
            sets = ", ".join(f"{_quote(n)} = ?" for n in changes)
            self.db.execute(f"UPDATE {self.quoted} SET {sets} WHERE {_quote(self._pk())} = ?",
                            [*changes.values(), pk_value])
        return self
