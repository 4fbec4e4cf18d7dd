"""Benchmark redaction: how many names and addresses stay, how many good words go, and the cost.

Run: python bench/redactie.py
Compares, on tests/privacy/namen_corpus.yml (written before the name filter was built):
  - wegwijs.redactie alone (the patterns: numbers, postcodes, streets)
  - with wegwijs.namen in front (deduce: names, streets from its lists)
and counts messages where personal data stayed ("lek") and messages without any
that lost a word ("schade"). Then the cost: deduce's load time and memory, and
milliseconds per message over every NLU, held-out and blind message.
"""
from __future__ import annotations

import re
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.privacy.test_namen import CORPUS, _training_and_test_messages  # noqa: E402
from wegwijs import namen  # noqa: E402
from wegwijs.redactie import redact  # noqa: E402

WORD = re.compile(r"[^\W_][\w'.-]*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.strip(".'") for w in WORD.findall(text) if w.strip(".'") not in ("NAAM", "ADRES")]


def score(redactor) -> dict[str, int]:
    counts = {"berichten": len(CORPUS), "met_gegevens": 0, "lek": 0, "zonder": 0, "schade": 0, "precies": 0}
    for entry in CORPUS:
        out, expected = words(redactor(entry["tekst"])), words(entry["verwacht"])
        weg = [w for w in words(entry["tekst"]) if w not in expected]
        kind = "met_gegevens" if weg else "zonder"
        counts[kind] += 1
        counts["lek"] += any(w in out for w in weg)
        counts["schade"] += any(w not in out for w in expected)
        counts["precies"] += redactor(entry["tekst"]) == entry["verwacht"]
    return counts


def main() -> None:
    print(f"corpus: {len(CORPUS)} berichten (tests/privacy/namen_corpus.yml)")
    before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    begin = time.perf_counter()
    filter_ = namen.filter_()
    load_s = time.perf_counter() - begin
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb) / 1024
    for name, redactor in (("alleen patronen", redact), ("met deduce", lambda t: redact(filter_.verwijder(t)))):
        c = score(redactor)
        print(f"{name:16} lek {c['lek']:2}/{c['met_gegevens']} berichten met naam of adres, "
              f"schade {c['schade']:2}/{c['zonder']} zonder, precies goed {c['precies']}/{c['berichten']}")
    messages = _training_and_test_messages()
    begin = time.perf_counter()
    changed = sum(filter_.verwijder(m) != m for m in messages)
    per_ms = (time.perf_counter() - begin) / len(messages) * 1000
    print(f"deduce: {changed} van {len(messages)} NLU/held-out/blind-berichten veranderd; "
          f"{per_ms:.2f} ms per bericht; laden {load_s:.1f} s; geheugen +{grown_mb:.0f} MB")


if __name__ == "__main__":
    main()
