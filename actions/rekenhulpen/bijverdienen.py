"""Bijverdienvrijlating as a form: how much of a wage a person may keep."""
from __future__ import annotations

from decimal import Decimal

from rasa_sdk import Tracker

import knowledge

from actions.context import template_values
from actions.rekenhulp import ONBEKEND, RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, kind, persoon
from actions.rekenhulpen._woorden import Woorden
from knowledge.berekeningen.bijverdienvrijlating import PERIODES
from knowledge.geld import procent

FORM = "bijverdienen_form"
CALCULATOR = "bijverdienvrijlating"
TOPIC = "bijverdienen"
SLOTS = ["leeftijd", "leefsituatie", "jongste_kind_leeftijd", "inkomsten", "start_werk"]


def inkomsten(value: dict) -> dict:
    """An answer like '150 per week' for knowledge/, which turns it into an amount per month."""
    periode = value.get("periode")
    return {"bedrag": value["euro"], **({"periode": periode} if periode in PERIODES else {})}


def invoer(tracker: Tracker) -> dict:
    return {**basis(tracker), **persoon(tracker), **kind(tracker),
            "netto_inkomsten": inkomsten(tracker.get_slot("inkomsten")),
            "start_werk": tracker.get_slot("start_werk") or ONBEKEND}


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    return {
        "inkomsten_tekst": w.of_onbekend(tracker.get_slot("inkomsten"), lambda v: geld(v["euro"])),
        "start_werk_tekst": w.of_onbekend(tracker.get_slot("start_werk"), w.datum),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    values = {"vrijlating": geld(result["vrijlating_per_maand"]), "totaal": geld(result["totaal_inkomen"])}
    if result["vrijlating_per_maand"] > 0:
        return "utter_uitkomst_bijverdienen", values
    return "utter_uitkomst_bijverdienen_niets", values


def gevolg(result: dict, tracker: Tracker) -> str:
    """Whatever is kept, the wage is passed on every month."""
    return "utter_gevolg_loon_doorgeven"


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_bijverdienen"


class ValidateBijverdienen(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """What the person may keep of what they earn, first. With their age known, knowledge/ computes
        it (in a gemeente that applies art. 34a early: the higher of old and new); else today's rule."""
        value = found.get("inkomsten")
        if not value:
            return None
        eerst = vrijlating_vooraf(found, tracker)
        if eerst is not None:
            return eerst
        regime = template_values(tracker).get("regime_bijverdienen")
        name = f"utter_bijverdienen_eerst_{regime}"
        response = name if name in domain.get("responses", {}) else "utter_bijverdienen_eerst"
        return response, {"inkomsten_tekst": geld(value["euro"])}


def vrijlating_vooraf(found: dict, tracker: Tracker) -> tuple[str, dict] | None:
    """The vrijlating for the facts known so far (the first message and earlier ones); the form asks the rest.
    How the person lives and when work started may still be unknown: knowledge/ assumes them."""
    leeftijd = found.get("leeftijd", tracker.get_slot("leeftijd"))
    if not isinstance(leeftijd, int):
        return None
    start = found.get("start_werk", tracker.get_slot("start_werk")) or ONBEKEND
    situatie = found.get("leefsituatie", tracker.get_slot("leefsituatie")) or ONBEKEND
    kind_leeftijd = found.get("jongste_kind_leeftijd", tracker.get_slot("jongste_kind_leeftijd"))
    try:
        uit = knowledge.bereken(CALCULATOR, {
            **basis(tracker), "leeftijd": leeftijd, "leefsituatie": situatie, "start_werk": start,
            "netto_inkomsten": inkomsten(found["inkomsten"]),
            **({"jongste_kind_leeftijd": kind_leeftijd} if isinstance(kind_leeftijd, int) else {})})
    except knowledge.InvoerFout:
        return None
    waarden = {"inkomsten_tekst": geld(found["inkomsten"]["euro"]) + periode_tekst(found["inkomsten"]),
               "leeftijd": str(leeftijd)}
    if uit["vrijlating_per_maand"] <= 0:
        return "utter_bijverdienen_eerst_niets", waarden
    deel = procent(Decimal(str(uit["percentage"])))
    return "utter_bijverdienen_eerst_bedrag", {**waarden, "vrijlating": geld(uit["vrijlating_per_maand"]),
                                               "vrijlating_deel": deel}


def periode_tekst(value: dict) -> str:
    """' per week' for an amount per week or year; per month is what the answer says anyway."""
    periode = value.get("periode")
    return f" per {periode}" if periode in ("week", "jaar") else ""
