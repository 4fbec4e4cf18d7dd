"""The training lines of nlu/ as the data tests of tests/nlu/ read them: (intent, text, file name), no model loaded.

One reader for every test module here (eight had their own copy until session 18)."""
from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path
from typing import Dict, Iterable, Iterator, Set, Tuple

import yaml

ROOT = Path(__file__).resolve().parents[2]
# an annotated entity, "[300](bedrag)" or "[300]{...}": its text stays
ENTITEIT = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def map_van(taal: str) -> Path:
    """The folder of a language's training data: nlu/ for Dutch, nlu/en/ for English."""
    return ROOT / "nlu" if taal == "nl" else ROOT / "nlu" / taal


def bestanden(taal: str) -> list:
    return sorted(map_van(taal).glob("*.yml"))


def regels(paden: Iterable[Path], ruw: bool = False) -> Iterator[Tuple[str, str, str]]:
    """(intent, text, file name) per example line; the entity annotations taken out unless ruw."""
    for pad in paden:
        for blok in yaml.safe_load(pad.read_text(encoding="utf-8")).get("nlu") or []:
            if "intent" not in blok:
                continue
            for regel in (blok.get("examples") or "").splitlines():
                if regel.strip().startswith("- "):
                    tekst = regel.strip()[2:].strip()
                    yield blok["intent"], tekst if ruw else ENTITEIT.sub(r"\1", tekst).strip(), pad.name


def labels(paden: Iterable[Path]) -> Dict[str, Set[str]]:
    """text -> the intents it has in these files."""
    uit: Dict[str, Set[str]] = {}
    for intent, tekst, _ in regels(paden):
        uit.setdefault(tekst, set()).add(intent)
    return uit


def bench(naam: str = "nlu"):
    """bench/<naam>.py as a module (nlu.py by default: its loader and normalisation are what the benches count with;
    answers.py, nlu_cv.py), imported as when run as a script: bench/ on sys.path while it loads, so that its own
    imports (bench/measure.py) resolve. One loader for the tests of tests/nlu (five had their own importlib copy)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return importlib.import_module(naam)
    finally:
        sys.path.remove(str(ROOT / "bench"))
