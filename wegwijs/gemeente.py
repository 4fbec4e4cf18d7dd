"""The gemeente settings file: name, contact and look, next to its beleid.

One file per gemeente, `knowledge/parameters/gemeenten/<naam>.yaml`. The
`beleid:` part belongs to knowledge/; this module reads what the channels
need to show a person how to reach their gemeente.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from wegwijs.settings import ROOT

GEMEENTEN_DIR = ROOT / "knowledge" / "parameters" / "gemeenten"
_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")


class OnbekendeGemeente(ValueError):
    """The name does not match a settings file."""


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str
    telefoon: str
    openingstijden: str
    website: str

    def template_values(self) -> dict[str, str]:
        """Values for `{gemeente_*}` placeholders in response texts."""
        return {
            "gemeente_naam": self.naam,
            "gemeente_telefoon": self.telefoon,
            "gemeente_openingstijden": self.openingstijden,
            "gemeente_website": self.website,
        }


def bekende_gemeenten(directory: Path = GEMEENTEN_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.yaml"))


@lru_cache(maxsize=64)
def laad_gemeente(code: str, directory: Path = GEMEENTEN_DIR) -> Gemeente:
    if not _SAFE_NAME.match(code or ""):
        raise OnbekendeGemeente(code)
    path = directory / f"{code}.yaml"
    if not path.is_file():
        raise OnbekendeGemeente(code)
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    contact = data.get("contact") or {}
    return Gemeente(
        code=code,
        naam=str(data.get("naam", code)),
        telefoon=str(contact.get("telefoon", "")),
        openingstijden=str(contact.get("openingstijden", "")),
        website=str(contact.get("website", "")),
    )
