"""Load the parameter YAML files once and answer look-ups by peildatum.

This is the only module of ``knowledge`` that reads files. Rule functions ask a
``Berekening`` for values; the ``Berekening`` asks this module, which keeps
everything in memory after the first use.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from . import varianten

PARAMETER_DIR = Path(__file__).parent / "parameters"
GEMEENTE_DIR = PARAMETER_DIR / "gemeenten"
ZEKERHEDEN = ("bevestigd", "afgeleid", "open")
WETTEN_URL = "https://wetten.overheid.nl/{wet}/{datum}"


class ParameterFout(Exception):
    """A parameter or gemeente file does not follow the expected format."""


@dataclass(frozen=True)
class Periode:
    """One value of a parameter, valid from ``van`` up to and including ``tot``."""

    naam: str
    van: date
    tot: date | None
    waarde: Any
    bron: dict
    zekerheid: str
    noot: str | None
    omschrijving: str
    geindexeerd: bool
    laag: str = "wet"
    url_sjabloon: str = ""
    als_dict: dict = field(default_factory=dict, compare=False, repr=False)
    vertaald: dict = field(default_factory=dict, compare=False, repr=False)  # {"noot_en": ..., "omschrijving_en": ...}

    def geldt_op(self, peildatum: date) -> bool:
        return self.van <= peildatum and (self.tot is None or peildatum <= self.tot)

    def in_taal(self, veld: str, variant: str) -> str | None:
        """``noot`` or ``omschrijving`` in the language of ``variant``: ``noot_en`` for "en", the Dutch text otherwise."""
        taal = varianten.taal_van(variant)
        if taal == varianten.STANDAARD_TAAL:
            return getattr(self, veld)
        return self.vertaald.get(f"{veld}_{taal}") or getattr(self, veld)


def _als_getal(waarde: Any) -> Any:
    """YAML numbers become Decimal, so money stays exact."""
    if isinstance(waarde, bool) or not isinstance(waarde, (int, float)):
        return waarde
    return Decimal(str(waarde))


def _bron(spec: Any, context: str) -> dict:
    if not isinstance(spec, dict) or not spec.get("titel") or not spec.get("url"):
        raise ParameterFout(f"{context}: bron needs 'titel' and 'url'")
    return {"titel": str(spec["titel"]), "url": str(spec["url"])}


@functools.lru_cache(maxsize=None)
def gedateerd(url_sjabloon: str, datum: date) -> str:
    """A source URL with ``{van}`` replaced by ``datum`` (a dated law text)."""
    return url_sjabloon.replace("{van}", datum.isoformat())


def _periode_dict(p: Periode) -> dict:
    waarde = p.waarde
    if isinstance(waarde, Decimal):
        waarde = int(waarde) if waarde == waarde.to_integral_value() else float(waarde)
    elif isinstance(waarde, date):
        waarde = waarde.isoformat()
    d = {"naam": p.naam, "waarde": waarde, "geldig_vanaf": p.van.isoformat(), "bron": p.bron}
    if p.zekerheid != "bevestigd":
        d["zekerheid"] = p.zekerheid
    if p.laag != "wet":
        d["laag"] = p.laag
    return d


def _vertaald(item: dict, spec: dict) -> dict:
    """The texts of another language beside the Dutch ones: ``noot_en`` (of this value), ``omschrijving_en``."""
    talen = [t for t in varianten.TALEN if t != varianten.STANDAARD_TAAL]
    uit = {f"noot_{t}": item.get(f"noot_{t}") for t in talen}
    uit.update({f"omschrijving_{t}": spec.get(f"omschrijving_{t}") for t in talen})
    return {k: str(v) for k, v in uit.items() if v}


def maak_periodes(naam: str, spec: dict, context: str, laag: str = "wet",
                  standaard_bron: Any = None) -> list[Periode]:
    """Turn one parameter spec (``waarden:`` list) into sorted, checked periods."""
    if not isinstance(spec, dict) or not isinstance(spec.get("waarden"), list) or not spec["waarden"]:
        raise ParameterFout(f"{context}: '{naam}' needs a non-empty list 'waarden'")
    bron_spec = spec.get("bron", standaard_bron)
    periodes = []
    for i, item in enumerate(spec["waarden"]):
        where = f"{context}: {naam}[{i}]"
        if not isinstance(item, dict) or "waarde" not in item:
            raise ParameterFout(f"{where}: needs 'waarde'")
        van, tot = item.get("van"), item.get("tot")
        if not isinstance(van, date):
            raise ParameterFout(f"{where}: 'van' must be a date (YYYY-MM-DD)")
        if tot is not None and (not isinstance(tot, date) or tot < van):
            raise ParameterFout(f"{where}: 'tot' must be a date on or after 'van'")
        zekerheid = item.get("zekerheid", spec.get("zekerheid", "bevestigd"))
        if zekerheid not in ZEKERHEDEN:
            raise ParameterFout(f"{where}: zekerheid must be one of {ZEKERHEDEN}")
        bron = _bron(item.get("bron", bron_spec), where)
        p = Periode(
            naam=naam, van=van, tot=tot, waarde=_als_getal(item["waarde"]),
            bron={"titel": bron["titel"], "url": gedateerd(bron["url"], van)}, zekerheid=zekerheid,
            noot=item.get("noot"), omschrijving=str(spec.get("omschrijving", naam)),
            geindexeerd=bool(spec.get("geindexeerd", False)), laag=laag, url_sjabloon=bron["url"],
            vertaald=_vertaald(item, spec),
        )
        p.als_dict.update(_periode_dict(p))
        periodes.append(p)
    periodes.sort(key=lambda p: p.van)
    for vorige, volgende in zip(periodes, periodes[1:]):
        if vorige.tot is not None and vorige.tot >= volgende.van:
            raise ParameterFout(f"{context}: '{naam}' has overlapping periods")
        if vorige.van == volgende.van:
            raise ParameterFout(f"{context}: '{naam}' has two values from {vorige.van}")
    return periodes


class Tijdlijn:
    """All periods of one parameter, searchable by peildatum."""

    __slots__ = ("periodes", "_vans")

    def __init__(self, periodes: list[Periode]):
        self.periodes = periodes
        self._vans = [p.van for p in periodes]

    def op(self, peildatum: date) -> Periode | None:
        i = bisect.bisect_right(self._vans, peildatum) - 1
        if i < 0:
            return None
        p = self.periodes[i]
        return p if p.geldt_op(peildatum) else None


@functools.lru_cache(maxsize=None)
def parameters() -> dict[str, Tijdlijn]:
    """All national parameters, by name, loaded once."""
    alle: dict[str, Tijdlijn] = {}
    for pad in sorted(PARAMETER_DIR.glob("*.yaml")):
        inhoud = yaml.safe_load(pad.read_text(encoding="utf-8")) or {}
        if not isinstance(inhoud, dict):
            raise ParameterFout(f"{pad.name}: top level must be a mapping")
        for naam, spec in inhoud.items():
            if naam in alle:
                raise ParameterFout(f"{pad.name}: parameter '{naam}' is defined twice")
            alle[naam] = Tijdlijn(maak_periodes(naam, spec, pad.name))
    return alle


@functools.lru_cache(maxsize=None)
def artikelen() -> dict[str, dict]:
    """Sources of rules that are not amounts (``bronnen.yml``), by id."""
    pad = Path(__file__).parent / "bronnen.yml"
    inhoud = yaml.safe_load(pad.read_text(encoding="utf-8"))
    for sleutel, spec in inhoud.items():
        if not spec.get("titel") or not (spec.get("url") or spec.get("wet")):
            raise ParameterFout(f"bronnen.yml: '{sleutel}' needs 'titel' and 'wet' or 'url'")
    return inhoud


@functools.lru_cache(maxsize=None)
def zoek(naam: str, peildatum: date) -> Periode:
    """The period of parameter ``naam`` that applies on ``peildatum``."""
    try:
        tijdlijn = parameters()[naam]
    except KeyError:
        raise ParameterFout(f"unknown parameter '{naam}'") from None
    periode = tijdlijn.op(peildatum)
    if periode is None:
        raise GeenWaarde(naam, peildatum)
    return periode


class GeenWaarde(ParameterFout):
    """No value of a parameter applies on the asked date."""

    def __init__(self, naam: str, peildatum: date):
        super().__init__(f"parameter '{naam}' has no value on {peildatum.isoformat()}")
        self.naam = naam
        self.peildatum = peildatum


@functools.lru_cache(maxsize=None)
def regime_ingangsdatum(naam: str, waarde: str) -> date:
    """The first date on which parameter ``naam`` has value ``waarde``."""
    for p in parameters()[naam].periodes:
        if p.waarde == waarde:
            return p.van
    raise ParameterFout(f"parameter '{naam}' never has value '{waarde}'")


@functools.lru_cache(maxsize=None)
def artikel_bron(sleutel: str, peildatum: date) -> dict:
    """``{titel, url}`` of an article, the URL dated on ``peildatum``."""
    spec = artikelen()[sleutel]
    url = spec.get("url") or WETTEN_URL.format(wet=spec["wet"], datum=peildatum.isoformat())
    return {"titel": spec["titel"], "url": url}


@functools.lru_cache(maxsize=None)
def meta(naam: str) -> Any:
    """A limit of Wegwijs itself (``wegwijs.yaml``, ``invoer.*``): its latest value."""
    return parameters()[naam].periodes[-1].waarde


@functools.lru_cache(maxsize=None)
def stand(peildatum: date) -> dict[str, Periode]:
    """Every national parameter that has a value on ``peildatum``, by name."""
    uit = {}
    for naam, tijdlijn in parameters().items():
        p = tijdlijn.op(peildatum)
        if p is not None:
            uit[naam] = p
    return uit
