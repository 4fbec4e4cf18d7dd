"""The gemeente settings file: name, contact and look, next to its beleid.

One file per gemeente, `knowledge/parameters/gemeenten/<code>.yaml`, read by
knowledge/gemeenten.py only (gemeente_bestand). The `beleid:` part belongs to
knowledge/; this module builds from the rest what the channels need to show a
person how to reach their gemeente. A code is exactly a file name (knowledge's
slug() turns a name as people write it into one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from knowledge.gemeenten import GEMEENTE_DIR, bekende_gemeenten, gemeente_bestand
from knowledge.varianten import AANSPREEKVORMEN, variant_van  # "u" (the default) or "je": one list, in knowledge

_KLEUR = re.compile(r"^#[0-9a-f]{6}$")


BEWAARTERMIJN_STANDAARD = 30


class OnbekendeGemeenteFout(ValueError):
    """The name does not match a settings file."""


@dataclass(frozen=True)
class WidgetLook:
    """The `widget:` part: the web widget's colours and title, and the sites that may embed it."""

    kleur: str = "#154273"  # background of the button, header and the person's messages
    tekstkleur: str = "#ffffff"  # text on that background
    titel: str = "Wegwijs"
    toegestane_sites: tuple[str, ...] = ()  # origins, e.g. "https://www.voorbeeldstad.nl"


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    telefoon: str
    openingstijden: str
    website: str
    widget: WidgetLook = field(default_factory=WidgetLook)
    aanspreekvorm: str = "u"  # "u" or "je": which version of every text a resident sees (docs/gemeente.md)
    # Days a conversation is kept after its last message (docs/privacy.md); the gemeente decides.
    bewaartermijn_dagen: int = BEWAARTERMIJN_STANDAARD
    # Whether real residents' messages (redacted) may be NLU candidates (`wegwijs dialogen nlu-kandidaten`).
    nlu_kandidaten_uit_echte_gesprekken: bool = False

    @property
    def variant(self) -> str:
        """The variant of every text a resident of this gemeente sees: "nl-u" or "nl-je" (knowledge/varianten.py).

        The session's language is Dutch for now; a new language adds it here.
        """
        return variant_van("nl", self.aanspreekvorm)

    def template_values(self) -> dict[str, str]:
        """Values for `{gemeente_*}` and `{bewaartermijn_dagen}` placeholders in response texts."""
        return {
            "gemeente_naam": self.naam,
            "gemeente_telefoon": self.telefoon,
            "gemeente_openingstijden": self.openingstijden,
            "gemeente_website": self.website,
            "bewaartermijn_dagen": str(self.bewaartermijn_dagen),
        }


@lru_cache(maxsize=64)
def laad_gemeente(code: str) -> Gemeente:
    if code not in bekende_gemeenten():
        raise OnbekendeGemeenteFout(code)
    return gemeente_uit(code, gemeente_bestand(code) or {}, GEMEENTE_DIR / f"{code}.yaml")


def gemeente_uit(code: str, data: dict, path: Path) -> Gemeente:
    """The view of one parsed gemeente file, checked; `path` names the file in error messages."""
    contact = data.get("contact") or {}
    return Gemeente(
        code=code,
        naam=str(data.get("naam", code)),
        telefoon=str(contact.get("telefoon", "")),
        openingstijden=str(contact.get("openingstijden", "")),
        website=str(contact.get("website", "")),
        widget=lees_widget(data.get("widget") or {}, path),
        aanspreekvorm=lees_aanspreekvorm(data.get("aanspreekvorm", "u"), path),
        bewaartermijn_dagen=lees_bewaartermijn(data.get("bewaartermijn_dagen", BEWAARTERMIJN_STANDAARD), path),
        nlu_kandidaten_uit_echte_gesprekken=data.get("nlu_kandidaten_uit_echte_gesprekken") is True,
    )


def lees_bewaartermijn(value, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3650:
        raise ValueError(f"{path}: bewaartermijn_dagen must be a whole number of days from 1 to 3650, not {value!r}")
    return value


def lees_aanspreekvorm(value, path: Path) -> str:
    """`aanspreekvorm: u` or `aanspreekvorm: je`; anything else is a typo, not a third form."""
    if value not in AANSPREEKVORMEN:
        raise ValueError(f"{path}: aanspreekvorm must be one of {', '.join(AANSPREEKVORMEN)}, not {value!r}")
    return value


def lees_widget(data: dict, path: Path) -> WidgetLook:
    """The `widget:` section, checked: a typo must not put unreadable colours on a site."""
    default = WidgetLook()
    kleuren = {}
    for key in ("kleur", "tekstkleur"):
        value = str(data.get(key, getattr(default, key))).lower()
        if not _KLEUR.match(value):
            raise ValueError(f"{path}: widget.{key} must look like #1a2b3c, not {value!r}")
        kleuren[key] = value
    sites = tuple(origin(site, path) for site in data.get("toegestane_sites") or ())
    return WidgetLook(titel=str(data.get("titel", default.titel)), toegestane_sites=sites, **kleuren)


def origin(site: str, path: Path) -> str:
    """'https://www.x.nl/' -> 'https://www.x.nl'; anything but an https origin is an error."""
    parts = urlsplit(str(site).strip().rstrip("/"))
    if parts.scheme != "https" or not parts.hostname or parts.username or parts.path or parts.query or parts.fragment:
        raise ValueError(f"{path}: widget.toegestane_sites needs origins like https://www.example.nl, not {site!r}")
    return f"https://{parts.netloc.lower()}"
