"""Secrets kept in a file under var/: made once, readable by Wegwijs only.

Everything else under var/ is private too (security review M5): every
Wegwijs process sets umask 077 before it makes a file, and the supervisor and
the gateway make var/ 0700 and whatever is in it 0600 when they start.

Two of them are keys between Wegwijs's own processes (security review L9):
the gateway shows the Rasa key to Rasa's REST channel, Rasa shows the
actions key to the action server. Each is read from its environment variable
when that is set (Kubernetes: a Secret, deploy/), otherwise from its file.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

RASA_KEY_ENV = "WEGWIJS_RASA_SLEUTEL"
ACTIONS_KEY_ENV = "WEGWIJS_ACTIES_SLEUTEL"
MIN_KEY_LENGTH = 32
PRIVATE_UMASK = 0o077


def restrict_umask() -> None:
    """Files and folders this process makes from now on are for its own user only."""
    os.umask(PRIVATE_UMASK)


def private_var(var_dir: Path) -> None:
    """var/ and everything in it for Wegwijs's user only: folders 0700, files 0600."""
    var_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for path in [var_dir, *var_dir.rglob("*")]:
        if path.is_symlink():
            continue
        try:
            os.chmod(path, 0o700 if path.is_dir() else 0o600)
        except OSError:  # not ours (the root of a volume on Kubernetes, see docs/deploy.md)
            pass


def read_or_create(path: Path) -> str:
    """The secret in `path`; the first process to ask makes it (mode 600), the others read it.

    The secret is written to a private temporary file and linked into place in
    one step, so another process never reads a file that is still empty.
    """
    if not path.exists():
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as f:
            f.write(secrets.token_urlsafe(32))
        try:
            os.link(draft, path)
        except FileExistsError:  # another process made it at the same moment: theirs counts
            pass
        finally:
            draft.unlink()
    return path.read_text().strip()


def _key(env_name: str, path: Path) -> str:
    value = os.environ.get(env_name, "").strip()
    if not value:
        return read_or_create(path)
    if len(value) < MIN_KEY_LENGTH:
        raise ValueError(f"{env_name} is too short: use at least {MIN_KEY_LENGTH} random characters")
    return value


def rasa_sleutel(var_dir: Path) -> str:
    """The key the gateway shows to Rasa's REST channel."""
    return _key(RASA_KEY_ENV, var_dir / "rasa.sleutel")


def acties_sleutel(var_dir: Path) -> str:
    """The key Rasa shows to the action server."""
    return _key(ACTIONS_KEY_ENV, var_dir / "acties.sleutel")


def internal_keys_env(var_dir: Path) -> dict[str, str]:
    """Both keys as environment variables, for the supervisor's parts."""
    return {RASA_KEY_ENV: rasa_sleutel(var_dir), ACTIONS_KEY_ENV: acties_sleutel(var_dir)}
