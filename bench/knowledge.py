"""Benchmark knowledge/: calculations per second for each calculator, one core.

Run: python bench/knowledge.py [--seconden 2]
Goal: at least 10,000 calculations per second per calculator (input checking included),
measured in CPU time of this process, so other programs on the machine do not count.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
from datetime import date, timedelta
from pathlib import Path

# This file is called knowledge.py too: the repository root goes first, or it imports itself.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import knowledge  # noqa: E402

DOEL = 10_000


def _dagen(n: int, van: date, stap: int) -> list[str]:
    return [(van + timedelta(days=i * stap)).isoformat() for i in range(n)]


def invoeren() -> dict[str, list[dict]]:
    """A few dozen different, realistic inputs per calculator (different peildata too)."""
    peildata = _dagen(40, date(2025, 1, 1), 25)
    situaties = ["alleenstaande", "alleenstaande_ouder", "gehuwden"]
    uit: dict[str, list[dict]] = {k: [] for k in knowledge.BEREKENINGEN}
    for i, peildatum in enumerate(peildata):
        situatie = situaties[i % 3]
        uit["bijstandsnorm"].append({
            "peildatum": peildatum, "leeftijd": 19 + (i * 7) % 60, "leefsituatie": situatie,
            "medebewoners": [{"leeftijd": 30 + i % 5, "relatie": "kind"}, {"leeftijd": 8}][: i % 3]})
        uit["giftenruimte"].append({
            "peildatum": peildatum, "gemeente": ["voorbeeldstad", None, "den-haag"][i % 3] or "rotterdam",
            "giften": [{"datum": peildatum, "bedrag": 100 + 10 * j, "soort": ["geld", "in_natura", "voedselbank", "lening"][j % 4]}
                       for j in range(1 + i % 6)]})
        uit["bijverdienvrijlating"].append({
            "peildatum": peildatum, "leeftijd": 22 + (i * 5) % 50, "leefsituatie": situatie,
            "netto_inkomsten_per_maand": 250 + 37.5 * i, "start_werk": _dagen(1, date(2024, 9, 1), 0)[0] if i % 4 == 0 else peildatum,
            "medische_urenbeperking": i % 5 == 0, "jongste_kind_leeftijd": 4 if situatie == "alleenstaande_ouder" else None})
        uit["participatieplicht"].append({
            "peildatum": peildatum, "leeftijd": 20 + (i * 3) % 55, "leefsituatie": situatie,
            "jongste_kind_leeftijd": i % 14 if situatie == "alleenstaande_ouder" else None, "mantelzorg": i % 2 == 0})
    return uit


def meet(functie, calculator: str, lijst: list[dict], seconden: float, rondes: int = 5) -> float:
    """Calculations per CPU-second of this process (one core): the best of ``rondes``
    rounds that together take about ``seconden`` seconds, after one warm-up round.
    CPU time (``time.process_time``) does not count time the process waited while
    other programs used the core; the best round is the least disturbed one."""
    for invoer in lijst:
        functie(calculator, invoer)
    beste = 0.0
    for _ in range(rondes):
        aantal, start = 0, time.process_time()
        for invoer in itertools.cycle(lijst):
            functie(calculator, invoer)
            aantal += 1
            if aantal % 200 == 0 and time.process_time() - start >= seconden / rondes:
                break
        beste = max(beste, aantal / (time.process_time() - start))
    return beste


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--seconden", type=float, default=2.0)
    args = p.parse_args()
    te_traag = []
    print(f"{'berekening':<24}{'per seconde':>14}")
    for calculator, lijst in invoeren().items():
        snelheid = meet(knowledge.bereken, calculator, lijst, args.seconden)
        print(f"{calculator:<24}{snelheid:>14,.0f}")
        if snelheid < DOEL:
            te_traag.append(calculator)
    for calculator in ("bijverdienvrijlating", "giftenruimte"):
        lijst = invoeren()[calculator][:10]
        print(f"{'watals ' + calculator:<24}{meet(knowledge.watals, calculator, lijst, args.seconden / 2):>14,.0f}")
    if te_traag:
        print(f"onder het doel van {DOEL:,} per seconde: {', '.join(te_traag)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
