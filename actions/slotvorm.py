"""Is a slot value one the actions could have made themselves?

A user's own words reach the forms as text and go through actions/parse.py.
Anything else in a slot (a number, a dict, a list) must have the shape and
bounds that the parsers give: Rasa's `/intent{"entity": ...}` syntax lets a
message put any JSON into an entity-mapped slot, and a value the actions did
not make must never reach a summary or knowledge/ (security review M4). The
bounds are knowledge/'s own input checks.
"""

from __future__ import annotations

from typing import Any, Callable

from knowledge.invoer import LEEFTIJD, AANTAL, InvoerFout, een_bedrag, een_datum
from actions.parse import PERIODES, RELATIES


def _past(check: Callable[[Any, str], Any], value: Any) -> bool:
    try:
        check(value, "slot")
    except InvoerFout:
        return False
    return True


def _leeftijd(value: Any) -> bool:
    return type(value) is int and _past(LEEFTIJD, value)


def _bedrag(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) <= {"euro", "periode"}
        and not isinstance(value.get("euro"), bool)
        and _past(een_bedrag, value.get("euro"))
        and value.get("periode") in (*PERIODES, None)
    )


def _kind(value: Any) -> bool:
    if isinstance(value, dict):
        return (
            set(value) == {"van", "tot"}
            and _leeftijd(value["van"])
            and (value["tot"] is None or (_leeftijd(value["tot"]) and value["tot"] > value["van"]))
        )
    return _leeftijd(value)


def _datum(value: Any) -> bool:
    return isinstance(value, str) and _past(een_datum, value)


def _medebewoners(value: Any) -> bool:
    return (
        isinstance(value, list)
        and _past(AANTAL, len(value))
        and all(
            isinstance(m, dict)
            and set(m) == {"leeftijd", "relatie"}
            and (m["leeftijd"] is None or _leeftijd(m["leeftijd"]))
            and m["relatie"] in RELATIES
            for m in value
        )
    )


def _keuze(value: Any) -> bool:
    return isinstance(value, str) and len(value) <= 40


def _ja_nee(value: Any) -> bool:
    return isinstance(value, bool)


VORMEN: dict[str, Callable[[Any], bool]] = {
    "gift_bedrag": _bedrag,
    "inkomsten": _bedrag,
    "gift_soort": _keuze,
    "gift_datum": _datum,
    "start_werk": _datum,
    "leeftijd": _leeftijd,
    "partner_leeftijd": _leeftijd,
    "jongste_kind_leeftijd": _kind,
    "leefsituatie": _keuze,
    "arbeidsvermogen": _keuze,
    "mantelzorg": _ja_nee,
    "medebewoners": _medebewoners,
    "bevestigd": _ja_nee,
}


def vorm_klopt(slot: str, value: Any) -> bool:
    """True for text (parsed later) and for values with the shape a parser gives this slot."""
    if value is None or isinstance(value, str):
        return True
    check = VORMEN.get(slot)
    return check is not None and check(value)
