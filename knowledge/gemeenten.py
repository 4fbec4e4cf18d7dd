"""Gemeente policy: the layer on top of the national rules.

A gemeente file (``parameters/gemeenten/<naam>.yaml``) is shared with other
modules. ``knowledge`` reads only the top-level key ``beleid:`` (and ``naam``),
ignores the other top-level keys, and checks everything under ``beleid:``.
"""
from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal
from typing import Any, Callable

import yaml

from .loader import GEMEENTE_DIR, ParameterFout, Periode, Tijdlijn, maak_periodes

LEEFSITUATIES = ("alleenstaande", "alleenstaande_ouder", "gehuwden")
META_SLEUTELS = ("bron", "fictief", "toelichting")


def _giftengrens(waarde: Any) -> bool:
    """A mapping leefsituatie -> positive amount; 'alleenstaande' is required."""
    return (isinstance(waarde, dict) and "alleenstaande" in waarde
            and set(waarde) <= set(LEEFSITUATIES)
            and all(isinstance(v, (int, float)) and not isinstance(v, bool) and v > 0
                    for v in waarde.values()))


def _ja_nee(waarde: Any) -> bool:
    return isinstance(waarde, bool)


def _maanden(waarde: Any) -> bool:
    return isinstance(waarde, Decimal) and waarde == waarde.to_integral_value() and waarde >= 1


# Every setting a gemeente may make, with the check its value must pass.
INSTELLINGEN: dict[str, Callable[[Any], bool]] = {
    "giftengrens": _giftengrens,
    "giften_melden_alleen_boven_grens": _ja_nee,
    "vrijlating_34a_toepassen": _ja_nee,
    "maatschappelijke_participatie_toepassen": _ja_nee,
    "maatregel_duur_maanden": _maanden,
}


def slug(naam: str) -> str:
    """'Den Haag' -> 'den-haag': the file name of a gemeente."""
    return re.sub(r"[^a-z0-9]+", "-", naam.strip().lower()).strip("-")


class Gemeente:
    """The policy settings of one gemeente, searchable by peildatum."""

    def __init__(self, sleutel: str, naam: str, instellingen: dict[str, Tijdlijn], fictief: bool):
        self.sleutel = sleutel
        self.naam = naam
        self.instellingen = instellingen
        self.fictief = fictief

    def instelling(self, naam: str, peildatum: date) -> Periode | None:
        tijdlijn = self.instellingen.get(naam)
        return tijdlijn.op(peildatum) if tijdlijn else None


def lees_beleid(sleutel: str, inhoud: Any, bestand: str) -> Gemeente:
    """Check a parsed gemeente file and build its policy layer."""
    if not isinstance(inhoud, dict):
        raise ParameterFout(f"{bestand}: top level must be a mapping")
    beleid = inhoud.get("beleid") or {}
    if not isinstance(beleid, dict):
        raise ParameterFout(f"{bestand}: 'beleid' must be a mapping")
    instellingen = {}
    for naam, spec in beleid.items():
        if naam in META_SLEUTELS:
            continue
        controle = INSTELLINGEN.get(naam)
        if controle is None:
            raise ParameterFout(f"{bestand}: unknown setting 'beleid.{naam}'; known: {sorted(INSTELLINGEN)}")
        periodes = maak_periodes(naam, {"waarden": spec}, bestand, laag="gemeente",
                                 standaard_bron=beleid.get("bron"))
        for p in periodes:
            if not controle(p.waarde):
                raise ParameterFout(f"{bestand}: invalid value for 'beleid.{naam}' from {p.van}")
        instellingen[naam] = Tijdlijn(periodes)
    return Gemeente(sleutel, str(inhoud.get("naam", sleutel)), instellingen, bool(beleid.get("fictief")))


@functools.lru_cache(maxsize=None)
def bekende_gemeenten() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in GEMEENTE_DIR.glob("*.yaml")))


def gemeente_bestand(sleutel: str) -> Any:
    """The whole file of a gemeente, parsed, or None when `sleutel` is not exactly a file name.

    The one reader of these files: knowledge uses `naam` and `beleid:`,
    wegwijs/gemeente.py the rest (contact, widget, aanspreekvorm, ...).
    """
    if sleutel not in bekende_gemeenten():
        return None
    return yaml.safe_load((GEMEENTE_DIR / f"{sleutel}.yaml").read_text(encoding="utf-8"))


@functools.lru_cache(maxsize=None)
def gemeente(naam: str) -> Gemeente | None:
    """The gemeente with this name or file name, or None if there is no file."""
    sleutel = slug(naam)
    if sleutel not in bekende_gemeenten():
        return None
    return lees_beleid(sleutel, gemeente_bestand(sleutel), f"{sleutel}.yaml")
