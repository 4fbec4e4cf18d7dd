"""Log rotation (security review H1): no log line outlives the bewaartermijn, and logs stay within a size.

The rotating file is driven by a fake clock, hour by hour over two months;
the supervisor part test runs a real child process through the real pipe.
"""

from __future__ import annotations

import os
import stat
import sys
import time
from datetime import datetime, timedelta

import pytest

from wegwijs.log_rotation import LogLimits, RotatingLog, remove_stale_logs
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.settings import shortest_bewaartermijn
from wegwijs.supervisor import Part

DAY_S = 86400


class Clock:
    def __init__(self, start: float):
        self.now = start

    def __call__(self) -> float:
        return self.now


def lines_on_disk(folder) -> list[bytes]:
    return [line for path in folder.iterdir() for line in path.read_bytes().splitlines()]


def test_no_line_is_kept_longer_than_the_bewaartermijn(tmp_path):
    clock = Clock(datetime(2026, 1, 1, 0, 30).timestamp())
    log = RotatingLog(tmp_path / "rasa.log", LogLimits(bewaartermijn_dagen=3, max_bytes=10**6, total_bytes=10**9), clock)
    oldest_seen_s = 0.0
    for _ in range(24 * 60):  # one line an hour for 60 days, a sweep every hour as the supervisor does
        log.write(f"{clock.now:.0f}\n".encode())
        clock.now += 3600
        log.sweep()
        ages = [clock.now - float(line) for line in lines_on_disk(tmp_path)]
        assert max(ages) <= 3 * DAY_S, f"a line of {max(ages) / DAY_S:.2f} days is still there"
        oldest_seen_s = max(oldest_seen_s, max(ages))
    assert oldest_seen_s > 2 * DAY_S, "lines younger than the bewaartermijn stay"
    assert "rasa.log" in {p.name for p in tmp_path.iterdir()}
    assert len(list(tmp_path.iterdir())) <= 4, "today's file and at most three days back"


def test_a_file_is_rotated_at_its_size_and_a_part_keeps_to_its_total(tmp_path):
    clock = Clock(datetime(2026, 3, 1, 12).timestamp())
    log = RotatingLog(tmp_path / "gateway.log", LogLimits(bewaartermijn_dagen=30, max_bytes=1000, total_bytes=5000), clock)
    for number in range(1000):
        log.write(f"regel {number:04d} {'x' * 40}\n".encode())  # 51 bytes
    sizes = {path.name: path.stat().st_size for path in tmp_path.iterdir()}
    assert max(sizes.values()) <= 1000, sizes
    assert sum(sizes.values()) <= 5000, sizes
    assert b"regel 0999" in (tmp_path / "gateway.log").read_bytes(), "the newest lines are kept"
    assert b"regel 0000" not in b"".join(p.read_bytes() for p in tmp_path.iterdir()), "the oldest went first"
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in tmp_path.iterdir())


def test_a_log_left_by_an_earlier_run_counts_from_its_last_line(tmp_path):
    left = tmp_path / "rasa.log"
    left.write_text("van een eerdere supervisor\n")
    os.chmod(left, 0o644)
    os.utime(left, (time.time() - 40 * DAY_S,) * 2)
    recent = tmp_path / f"rasa.log.{(datetime.now() - timedelta(days=1)):%Y-%m-%d}"
    recent.write_text("gisteren\n")
    RotatingLog(left, LogLimits(bewaartermijn_dagen=30)).sweep()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["rasa.log", recent.name])
    assert left.read_bytes() == b"" and stat.S_IMODE(left.stat().st_mode) == 0o600


def test_logs_no_part_writes_any_more_go_after_the_bewaartermijn(tmp_path):
    for name, age_days in {"rasa-3.log": 31, "redis.log.2026-01-02": 45, "gateway-1.log": 29}.items():
        (tmp_path / name).write_text("regel\n")
        os.utime(tmp_path / name, (time.time() - age_days * DAY_S,) * 2)
    removed = remove_stale_logs(tmp_path, 30)
    assert sorted(p.name for p in removed) == ["rasa-3.log", "redis.log.2026-01-02"]
    assert [p.name for p in tmp_path.iterdir()] == ["gateway-1.log"]


def test_the_supervisor_rotates_what_a_part_writes(tmp_path):
    program = "import sys\nfor i in range(400): print(f'regel {i:03d} ' + 'y' * 60)\n"
    part = Part(
        name="schrijver", command=[sys.executable, "-c", program], health_url="tcp://127.0.0.1:9",
        env=dict(os.environ), log_path=tmp_path / "logs" / "schrijver.log",
        log_limits=LogLimits(bewaartermijn_dagen=30, max_bytes=4000, total_bytes=12000),
    )
    part.start()
    part.process.wait(30)
    part._copier.join(10)
    part.log.close()
    files = {p.name: p.stat().st_size for p in (tmp_path / "logs").iterdir()}
    assert len(files) > 1 and max(files.values()) <= 4000 and sum(files.values()) <= 12000, files
    assert b"regel 399" in (tmp_path / "logs" / "schrijver.log").read_bytes()
    assert stat.S_IMODE((tmp_path / "logs").stat().st_mode) == 0o700


@pytest.mark.parametrize(("dagen", "kortste"), [([30, 7, 14], 7), ([30], 30), ([], 30)])
def test_logs_keep_to_the_shortest_bewaartermijn_of_the_gemeenten(dagen, kortste):
    assert shortest_bewaartermijn(dagen) == kortste


def test_the_shortest_bewaartermijn_is_read_from_every_gemeente_file():
    # The files are read by knowledge/gemeenten.py alone; wegwijs/gemeente.py checks the value.
    termijnen = [laad_gemeente(code).bewaartermijn_dagen for code in bekende_gemeenten()]
    assert len(termijnen) >= 2 and shortest_bewaartermijn() == min(termijnen)
