"""Shared by the signalen tests."""

from __future__ import annotations

from pathlib import Path

from wegwijs.signalen import pad


def stored_bytes(var_dir: Path) -> bytes:
    """Every byte of var/signalen.db as it lies on disk, its write-ahead log included (WAL mode)."""
    path = pad(var_dir)
    parts = [path, path.with_name(path.name + "-wal")]
    return b"".join(p.read_bytes() for p in parts if p.exists())
