#!/usr/bin/env python
"""Do Wegwijs's speed changes to Rasa leave NLU exactly as it was? (issue #16)

Parses every message of nlu/ (Dutch and English), tests/nlu/heldout*.yml and
tests/nlu/talen.yml with the trained model twice, each in its own process:
once with plain Rasa 3.6 and once with every change wegwijs/rasa/server.py
makes to a Rasa server (`server.install_speedups`). The whole parse of each
message (text, intent, intent ranking with every confidence, entities with
their extractor, confidence and position) must be the same, compared as
JSON with floats written in full.

Usage (with the project venv python):
    python bench/nlu_identiek.py [--model models/wegwijs.tar.gz] [--save FILE]

`--save FILE` also writes the Wegwijs parses, so two versions of the code
can be compared on one model (`cmp` the files). Exit status 1 on any
difference. The blind sets are not read.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SOURCES = ("nlu", "tests/nlu/heldout.yml", "tests/nlu/heldout_en.yml")
LANGUAGES = "tests/nlu/talen.yml"


def rasa_messages(path: Path) -> list[str]:
    from rasa.shared.nlu.training_data.loading import load_data

    return [message.get("text") for message in load_data(str(path)).nlu_examples if message.get("text")]


def strings_in(value) -> list[str]:
    """Every string in a YAML tree (tests/nlu/talen.yml: groups and languages of lists)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in strings_in(item)]
    if isinstance(value, list):
        return [text for item in value for text in strings_in(item)]
    return []


def messages() -> list[str]:
    import yaml

    found: list[str] = []
    for source in SOURCES:
        path = ROOT / source
        files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]
        for file in files:
            if file.exists():
                found += rasa_messages(file)
    found += strings_in(yaml.safe_load((ROOT / LANGUAGES).read_text(encoding="utf-8")))
    return list(dict.fromkeys(found))


def parse_all(model: str, wegwijs: bool, texts_file: Path, out: Path) -> None:
    import logging

    import structlog

    logging.disable(logging.WARNING)
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    if wegwijs:
        from wegwijs.rasa import server

        server.install_speedups()
    from rasa.core.agent import Agent

    agent = Agent.load(model)
    texts = json.loads(texts_file.read_text(encoding="utf-8"))

    async def parse() -> list[dict]:
        return [await agent.parse_message(text) for text in texts]

    parses = asyncio.run(parse())
    out.write_text(json.dumps(parses, ensure_ascii=False, sort_keys=True, indent=0, default=repr), encoding="utf-8")


def run_mode(model: str, wegwijs: bool, texts_file: Path, out: Path) -> None:
    mode = "--wegwijs" if wegwijs else "--rasa"
    subprocess.run([sys.executable, __file__, "--model", model, mode, "--texts", str(texts_file), "--out", str(out)],
                   check=True)


def differences(plain: list[dict], changed: list[dict]) -> list[str]:
    if len(plain) != len(changed):
        return [f"{len(plain)} parses against {len(changed)}"]
    return [f"{a.get('text')!r}:\n  rasa    {json.dumps(a, sort_keys=True)[:300]}\n  wegwijs {json.dumps(b, sort_keys=True)[:300]}"
            for a, b in zip(plain, changed) if a != b]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(ROOT / "models" / "wegwijs.tar.gz"))
    parser.add_argument("--save", type=Path, help="also keep the Wegwijs parses in this file")
    parser.add_argument("--rasa", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--wegwijs", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.out:
        parse_all(args.model, args.wegwijs, args.texts, args.out)
        return 0
    with tempfile.TemporaryDirectory(prefix="nlu-identiek-") as folder:
        # Read once: other people may add training data while the two runs go.
        texts_file = Path(folder) / "texts.json"
        texts_file.write_text(json.dumps(messages(), ensure_ascii=False), encoding="utf-8")
        plain_file, changed_file = Path(folder) / "rasa.json", Path(folder) / "wegwijs.json"
        run_mode(args.model, False, texts_file, plain_file)
        run_mode(args.model, True, texts_file, changed_file)
        plain, changed = (json.loads(f.read_text(encoding="utf-8")) for f in (plain_file, changed_file))
        if args.save:
            args.save.write_text(changed_file.read_text(encoding="utf-8"), encoding="utf-8")
    found = differences(plain, changed)
    print(f"{len(plain)} messages parsed with plain Rasa and with Wegwijs's changes: {len(found)} different")
    for line in found[:20]:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
