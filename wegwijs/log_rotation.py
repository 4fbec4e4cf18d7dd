"""Log files that are rotated and removed within the bewaartermijn (security review H1).

The supervisor reads each part's output through a pipe and writes it here, so
one process owns every log file: several gateway workers or a part that
crashes before its logging is set up cannot break the rotation.

`<part>.log` holds the lines of one day. At midnight (local time), and when it
would grow past `max_bytes`, it becomes `<part>.log.<day>` (then
`<part>.log.<day>.1`, ...). A file of day D is removed once D is the
bewaartermijn ago, so no line is kept longer than the bewaartermijn; and the
oldest files go first when one part's logs pass `total_bytes`. Files are
made with mode 600. Log files no part writes any more (a Rasa server fewer,
the scaled set-up's parts after `make run`) go when their last line is the
bewaartermijn old (`remove_stale_logs`).
"""

from __future__ import annotations

import os
import re
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class LogLimits:
    bewaartermijn_dagen: int = 30
    max_bytes: int = 10 * 1024 * 1024
    total_bytes: int = 100 * 1024 * 1024


class RotatingLog:
    """One part's log file; `write` and `sweep` may be called from different threads."""

    def __init__(self, path: Path, limits: LogLimits, clock: Callable[[], float] = time.time):
        self.path, self.limits, self.clock = path, limits, clock
        self._lock = threading.Lock()
        self._file = None
        self._day: date | None = None
        self._size = 0
        self._rotated = re.compile(re.escape(path.name) + r"\.(\d{4}-\d{2}-\d{2})(?:\.(\d+))?$")

    def today(self) -> date:
        return date.fromtimestamp(self.clock())

    def write(self, data: bytes) -> None:
        with self._lock:
            if self._file is None:
                self._open()
            if self._day != self.today() or (self._size and self._size + len(data) > self.limits.max_bytes):
                self._rotate()
                self._remove_old()
            self._file.write(data)
            self._file.flush()
            self._size += len(data)

    def sweep(self) -> None:
        """Rotate a file of an earlier day and remove what is too old, also when a part is quiet."""
        with self._lock:
            if self._file is None:
                self._open()
            if self._day != self.today() and self._size:
                self._rotate()
            self._remove_old()

    def close(self) -> None:
        with self._lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def _open(self) -> None:
        """Start on the current file; one left by an earlier run counts as a day of its last line."""
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        if self.path.exists() and self.path.stat().st_size:
            self._day = date.fromtimestamp(self.path.stat().st_mtime)
            os.chmod(self.path, 0o600)
            if self._day != self.today():
                self._rename_current()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._file = os.fdopen(fd, "ab", buffering=0)
        self._size = os.fstat(fd).st_size
        self._day = self.today()

    def _rotate(self) -> None:
        self._file.close()
        self._rename_current()
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._file = os.fdopen(fd, "ab", buffering=0)
        self._size, self._day = 0, self.today()

    def _rename_current(self) -> None:
        if not self.path.exists():
            return
        day = self._day or self.today()
        target, number = self.path.with_name(f"{self.path.name}.{day.isoformat()}"), 0
        while target.exists():
            number += 1
            target = self.path.with_name(f"{self.path.name}.{day.isoformat()}.{number}")
        os.rename(self.path, target)

    def rotated_files(self) -> list[tuple[date, int, Path]]:
        """(day, number, path) of this log's rotated files, oldest first."""
        found = []
        for path in self.path.parent.iterdir():
            match = self._rotated.match(path.name)
            if match:
                found.append((date.fromisoformat(match[1]), int(match[2] or 0), path))
        return sorted(found)

    def _remove_old(self) -> None:
        oldest_kept = self.today() - timedelta(days=self.limits.bewaartermijn_dagen - 1)
        rotated = self.rotated_files()
        for day, _, path in rotated:
            if day < oldest_kept:
                path.unlink(missing_ok=True)
        rotated = [entry for entry in rotated if entry[0] >= oldest_kept]
        # Room for the current file to grow to max_bytes, so the total holds between rotations too.
        total = self.limits.max_bytes + sum(path.stat().st_size for _, _, path in rotated)
        while rotated and total > self.limits.total_bytes:
            _, _, path = rotated.pop(0)
            total -= path.stat().st_size
            path.unlink(missing_ok=True)


def remove_stale_logs(folder: Path, bewaartermijn_dagen: int, now: float | None = None) -> list[Path]:
    """Remove every file in `folder` whose last line is older than the bewaartermijn; returns them."""
    if not folder.is_dir():
        return []
    cutoff = (now if now is not None else time.time()) - bewaartermijn_dagen * 86400
    removed = []
    for path in folder.iterdir():
        if path.is_file() and path.stat().st_mtime < cutoff:
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
