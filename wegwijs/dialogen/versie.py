"""What a run of dialogue scripts ran on: the model and the commit, kept with each result in the history.

The model is the newest file in the models folder (as the supervisor picks
it), named with the start of its SHA-256; the commit comes from WEGWIJS_COMMIT
(set it in a container image) or from git. Unknown stays "onbekend", never a guess.
"""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
from pathlib import Path

from wegwijs.settings import ROOT, Settings

ONBEKEND = "onbekend"


def versie(models_dir: Path | None = None) -> dict[str, str]:
    return {"model": model_naam(models_dir or Settings().models_dir), "commit": commit()}


def model_naam(models_dir: Path) -> str:
    models = sorted(models_dir.glob("*.tar.gz"), key=lambda p: p.stat().st_mtime) if models_dir.is_dir() else []
    if not models:
        return ONBEKEND
    newest = models[-1]
    stat = newest.stat()
    return f"{newest.name} ({_sha256_start(newest, stat.st_mtime_ns, stat.st_size)})"


@functools.lru_cache(maxsize=8)
def _sha256_start(path: Path, mtime_ns: int, size: int) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()[:12]


def commit() -> str:
    fixed = os.environ.get("WEGWIJS_COMMIT", "").strip()
    if fixed:
        return fixed[:40]
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return ONBEKEND
    return done.stdout.strip() or ONBEKEND
