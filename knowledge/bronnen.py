"""Sources: each is ``{"titel": ..., "url": ...}``; law URLs are dated on the peildatum.

``bron("pw_31_2_m", date(2026, 1, 1))`` ->
``{"titel": "Participatiewet, artikel 31 lid 2 onder m",
   "url": "https://wetten.overheid.nl/BWBR0015703/2026-01-01"}``
"""
from __future__ import annotations

from datetime import date

from . import loader


def bron(sleutel: str, peildatum: date) -> dict:
    """The source ``sleutel`` (see ``bronnen.yml``) with its URL dated on ``peildatum``."""
    return dict(loader.artikel_bron(sleutel, peildatum))


def sleutels() -> list[str]:
    """All known source ids."""
    return list(loader.artikelen())


def van_parameter(naam: str, peildatum: date) -> dict:
    """The source of the value of parameter ``naam`` on ``peildatum``."""
    return dict(loader.zoek(naam, peildatum).bron)
