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
from wegwijs.instellingen import eis
from wegwijs.openingstijden import Openingstijden, lees_openingstijden

_KLEUR = re.compile(r"^#[0-9a-f]{6}$")
_EMAIL = re.compile(r"^[^\s@/?#:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
# The other ways to reach a gemeente, in the order a person sees them (docs/gemeente.md, contact.routes).
ROUTES = ("contactformulier", "email", "whatsapp", "livechat", "teletolk")


BEWAARTERMIJN_STANDAARD = 30
SIGNALEN_BEWAARTERMIJN_STANDAARD = 365  # a year of signals: enough to see a knot come back (docs/privacy.md)


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
class Route:
    """One way to reach the gemeente besides its phone: `soort` is one of ROUTES, `url` an https: or mailto: url."""

    soort: str
    url: str


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    telefoon: str
    website: str
    tijden: Openingstijden | None = None  # opening hours per weekday and closed days; None: not given
    routes: tuple[Route, ...] = ()
    widget: WidgetLook = field(default_factory=WidgetLook)
    aanspreekvorm: str = "u"  # "u" or "je": which version of every text a resident sees (docs/gemeente.md)
    # Days a conversation is kept after its last message (docs/privacy.md); the gemeente decides.
    bewaartermijn_dagen: int = BEWAARTERMIJN_STANDAARD
    # Days a signal (wegwijs/signalen.py) is kept; it has no link to a conversation, so only this removes it.
    signalen_bewaartermijn_dagen: int = SIGNALEN_BEWAARTERMIJN_STANDAARD
    # Whether real residents' messages (redacted) may be NLU candidates (`wegwijs dialogen nlu-kandidaten`).
    nlu_kandidaten_uit_echte_gesprekken: bool = False

    @property
    def variant(self) -> str:
        """The variant of every Dutch text a resident of this gemeente sees: "nl-u" or "nl-je" (knowledge/varianten.py)."""
        return variant_van("nl", self.aanspreekvorm)

    def variant_voor(self, taal: str | None) -> str:
        """The variant of a session in this language: "en" for English, else the gemeente's Dutch u or je."""
        return variant_van(taal or "nl", self.aanspreekvorm)

    def template_values(self) -> dict[str, str]:
        """Values for `{gemeente_*}` and `{bewaartermijn_dagen}` placeholders in response texts."""
        return {
            "gemeente_naam": self.naam,
            "gemeente_telefoon": self.telefoon,
            "gemeente_telefoon_url": tel_url(self.telefoon),
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
        website=str(contact.get("website", "")),
        tijden=lees_openingstijden(contact, path),
        routes=lees_routes(contact.get("routes") or {}, path),
        widget=lees_widget(data.get("widget") or {}, path),
        aanspreekvorm=lees_aanspreekvorm(data.get("aanspreekvorm", "u"), path),
        bewaartermijn_dagen=lees_bewaartermijn(data.get("bewaartermijn_dagen", BEWAARTERMIJN_STANDAARD), path),
        signalen_bewaartermijn_dagen=lees_bewaartermijn(
            data.get("signalen_bewaartermijn_dagen", SIGNALEN_BEWAARTERMIJN_STANDAARD), path, "signalen_bewaartermijn_dagen"),
        nlu_kandidaten_uit_echte_gesprekken=data.get("nlu_kandidaten_uit_echte_gesprekken") is True,
    )


def tel_url(nummer: str) -> str:
    """'14 0000' -> 'tel:140000', '0800-0113' -> 'tel:08000113'; '' when there is no number."""
    cijfers = re.sub(r"[^0-9+]", "", nummer)
    return f"tel:{cijfers}" if re.fullmatch(r"\+?[0-9]{2,}", cijfers) else ""


def lees_routes(data: dict, path: Path) -> tuple[Route, ...]:
    """`contact.routes`: e-mail as an address, the others as https urls; a typo is an error, not a dead link."""
    eis(isinstance(data, dict) and not set(data) - set(ROUTES), path,
        f"contact.routes knows {', '.join(ROUTES)}, not {sorted(set(data) - set(ROUTES))}")
    routes = []
    for soort in ROUTES:
        value = str(data.get(soort) or "").strip()
        if not value:
            continue
        if soort == "email":
            eis(_EMAIL.match(value), path, f"contact.routes.email must be an e-mail address, not {value!r}")
            routes.append(Route(soort, f"mailto:{value}"))
            continue
        parts = urlsplit(value)
        eis(parts.scheme == "https" and parts.hostname and not parts.username and not re.search(r"[\s<>\"'`\\]", value),
            path, f"contact.routes.{soort} must be an https:// address, not {value!r}")
        routes.append(Route(soort, value))
    return tuple(routes)


def lees_bewaartermijn(value, path: Path, naam: str = "bewaartermijn_dagen") -> int:
    eis(isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 3650, path,
        f"{naam} must be a whole number of days from 1 to 3650, not {value!r}")
    return value


def lees_aanspreekvorm(value, path: Path) -> str:
    """`aanspreekvorm: u` or `aanspreekvorm: je`; anything else is a typo, not a third form."""
    eis(value in AANSPREEKVORMEN, path, f"aanspreekvorm must be one of {', '.join(AANSPREEKVORMEN)}, not {value!r}")
    return value


def lees_widget(data: dict, path: Path) -> WidgetLook:
    """The `widget:` section, checked: a typo must not put unreadable colours on a site."""
    default = WidgetLook()
    kleuren = {}
    for key in ("kleur", "tekstkleur"):
        value = str(data.get(key, getattr(default, key))).lower()
        eis(_KLEUR.match(value), path, f"widget.{key} must look like #1a2b3c, not {value!r}")
        kleuren[key] = value
    sites = tuple(origin(site, path) for site in data.get("toegestane_sites") or ())
    return WidgetLook(titel=str(data.get("titel", default.titel)), toegestane_sites=sites, **kleuren)


def origin(site: str, path: Path) -> str:
    """'https://www.x.nl/' -> 'https://www.x.nl'; anything but an https origin is an error."""
    parts = urlsplit(str(site).strip().rstrip("/"))
    eis(parts.scheme == "https" and parts.hostname and not (parts.username or parts.path or parts.query or parts.fragment),
        path, f"widget.toegestane_sites needs origins like https://www.example.nl, not {site!r}")
    return f"https://{parts.netloc.lower()}"
