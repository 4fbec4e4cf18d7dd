"""Secrets kept in a file under var/: made once, readable by Wegwijs only."""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def read_or_create(path: Path) -> str:
    """The secret in `path`; the first process to ask makes it (mode 600), the others read it."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(FileExistsError):  # another worker made it at the same moment
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as f:
                f.write(secrets.token_urlsafe(32))
    return path.read_text().strip()
