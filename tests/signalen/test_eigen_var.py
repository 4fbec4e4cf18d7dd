"""Tests without a running assistant count into a folder of their own, never into the repository's var/."""

from __future__ import annotations

from pathlib import Path

from wegwijs import signalen
from wegwijs.settings import ROOT
from wegwijs.signalen import SignalenStore, pad


def staat(bestand: Path) -> tuple[float, int] | None:
    return (bestand.stat().st_mtime, bestand.stat().st_size) if bestand.exists() else None


def test_a_count_of_an_action_in_a_unit_test_stays_out_of_the_repositorys_var_folder():
    repository = pad(ROOT / "var")
    voor = staat(repository)
    # What actions/knelpunten.py does after an outcome with a knot.
    signalen.tel(signalen.var_dir(), "voorbeeldstad", [("knelpunt", "giften_boven_grens")])
    assert signalen.var_dir() != ROOT / "var"
    store = SignalenStore(pad(signalen.var_dir()))
    try:
        assert [(r["soort"], r["sleutel"]) for r in store.tellingen("voorbeeldstad")] == [
            ("knelpunt", "giften_boven_grens")]
    finally:
        store.close()
    assert staat(repository) == voor
