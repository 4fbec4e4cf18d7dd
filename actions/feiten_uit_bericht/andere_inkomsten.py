"""Alimentatie that counts, the age for the individuele inkomenstoeslag, and how much toeslag (Dienst
Toeslagen computes it)."""

from __future__ import annotations

import re
from datetime import date

import knowledge
from actions import parse
from actions.feiten_uit_bericht._gedeeld import _HOEVEEL, Antwoord, eigen_leeftijd, _euro_bedrag
from knowledge.geld import euro


def alimentatie(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """A child's age against the age up to which kinderalimentatie counts; else an amount: it counts."""
    grens = knowledge.waarde("alimentatie.kind_telt_mee_tot", peildatum)
    kinderen = [m for m in parse.medebewoners(text) or [] if m.relatie == "kind" and m.leeftijd is not None]
    if grens is not None and kinderen and all(m.leeftijd >= grens for m in kinderen):
        return Antwoord("utter_alimentatie_kind_ouder", {"kind_leeftijd": str(min(m.leeftijd for m in kinderen))})
    if kinderen:
        return None  # a child under the age: the general answer says it counts
    bedrag = _euro_bedrag(text)
    if bedrag is None or bedrag.euro <= 0:
        return None
    per = f" per {bedrag.periode}" if bedrag.periode in ("maand", "week", "jaar") else ""
    return Antwoord("utter_alimentatie_bedrag", {"alimentatie_bedrag_tekst": euro(bedrag.euro) + per})


def inkomenstoeslag(text: str, peildatum: date, intent: str) -> Antwoord | None:
    """The person's age against the minimum age of the individuele inkomenstoeslag (and the AOW age)."""
    leeftijd, grens = eigen_leeftijd(text), knowledge.waarde("inkomenstoeslag.minimum_leeftijd", peildatum)
    if leeftijd is None or grens is None:
        return None
    if leeftijd < grens:
        return Antwoord("utter_inkomenstoeslag_te_jong", {"leeftijd": str(leeftijd)})
    return None


def toeslagen(text: str, peildatum: date, intent: str) -> Antwoord | None:
    return Antwoord("utter_toeslagen_hoeveel", {}) if _HOEVEEL.search(text.lower()) else None


# "ik zit al 5 jaar in de bijstand zonder uitzicht op werk, heb ik recht op iets extra's": long on a low income,
# something extra asked: the individuele inkomenstoeslag (art. 36), for someone of at least its minimum age.
_LANG_IN_BIJSTAND = re.compile(r"\b\d{1,2}\s+jaar\b[^.?!]{0,20}?\b(?:in\s+de\s+|van\s+de\s+|op\s+)?(?:bijstand|uitkering)\b"
                               r"|\blang(?:durig|\s+in\s+de\s+bijstand)|\bzonder\s+uitzicht\b")
_IETS_EXTRA = re.compile(r"\bextra\w*|\btoeslag\b|\bmeer\s+geld\b")


def lang_in_de_bijstand(text: str, peildatum: date) -> Antwoord | None:
    lowered, minimum = text.lower(), knowledge.waarde("inkomenstoeslag.minimum_leeftijd", peildatum)
    leeftijd = eigen_leeftijd(text)
    if minimum is None or (leeftijd is not None and leeftijd < minimum):
        return None
    return Antwoord("utter_inkomenstoeslag", {}) if _LANG_IN_BIJSTAND.search(lowered) and _IETS_EXTRA.search(lowered) \
        else None
