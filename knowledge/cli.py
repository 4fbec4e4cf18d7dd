"""Command line: ``python -m knowledge bereken|watals <calculator>`` and ``feiten``.

``bereken`` and ``watals`` read one JSON object on stdin and write one JSON object
on stdout. Invalid input: exit status 2 and ``{"fout": ..., "veld": ...}`` on
stdout, never a traceback. ``knowledge.cli.main(argv)`` is what ``wegwijs
bereken`` calls.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from decimal import Decimal
from typing import Any, TextIO

from . import BEREKENINGEN, bereken, feiten, watals
from .berekeningen import berekening
from .invoer import InvoerFout, een_datum, fout
from .teksten import tekst

FOUT_INVOER = 2
FOUT_INTERN = 1
log = logging.getLogger(__name__)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as an InvoerFout instead of exiting."""

    def error(self, message: str) -> None:  # noqa: D401 - argparse API
        raise InvoerFout("argumenten", tekst("fout.argumenten", melding=message))


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="python -m knowledge", description=tekst("cli.beschrijving"))
    sub = p.add_subparsers(dest="opdracht", required=True, parser_class=_Parser)
    for opdracht in ("bereken", "watals"):
        s = sub.add_parser(opdracht, help=tekst(f"cli.{opdracht}"), description=tekst(f"cli.{opdracht}"))
        s.add_argument("calculator", help=tekst("cli.calculator", keuzes=", ".join(BEREKENINGEN)))
        s.add_argument("--compact", action="store_true", help=tekst("cli.compact"))
    f = sub.add_parser("feiten", help=tekst("cli.feiten"), description=tekst("cli.feiten"))
    f.add_argument("--peildatum", help=tekst("cli.peildatum"))
    f.add_argument("--gemeente", help=tekst("cli.gemeente"))
    f.add_argument("--compact", action="store_true", help=tekst("cli.compact"))
    return p


def _weiger_constante(naam: str) -> Any:
    raise fout(None, "geen_json")


def lees_json(stdin: TextIO) -> Any:
    """One JSON value from ``stdin``; numbers with a fraction become Decimal (exact)."""
    tekst_in = stdin.read()
    try:
        return json.loads(tekst_in, parse_float=Decimal, parse_constant=_weiger_constante)
    except (ValueError, RecursionError):
        raise fout(None, "geen_json") from None


def _schrijf(uit: TextIO, data: Any, compact: bool) -> None:
    json.dump(data, uit, ensure_ascii=False, indent=None if compact else 2)
    uit.write("\n")


def main(argv: list[str] | None = None, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 2 invalid input, 1 internal error)."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    compact = False
    try:
        args = _parser().parse_args(sys.argv[1:] if argv is None else argv)
        compact = args.compact
        if args.opdracht == "feiten":
            peildatum = een_datum(args.peildatum, "peildatum") if args.peildatum else date.today()
            resultaat: Any = feiten(peildatum, args.gemeente)
        else:
            berekening(args.calculator)  # an unknown calculator is an error before reading stdin
            invoer = lees_json(stdin)
            functie = bereken if args.opdracht == "bereken" else watals
            resultaat = functie(args.calculator, invoer)
    except InvoerFout as e:
        _schrijf(stdout, e.als_dict(), compact)
        return FOUT_INVOER
    except SystemExit as e:  # --help
        return int(e.code or 0)
    except Exception:  # a bug: say so briefly, never a traceback on stdout
        log.debug("internal error", exc_info=True)
        _schrijf(stdout, {"fout": tekst("fout.intern"), "veld": None}, compact)
        return FOUT_INTERN
    _schrijf(stdout, resultaat, compact)
    return 0
