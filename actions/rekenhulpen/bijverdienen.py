"""Bijverdienvrijlating as a form: how much of a wage a person may keep."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.context import template_values
from actions.rekenhulp import ONBEKEND, RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, kind, persoon
from actions.rekenhulpen._woorden import Woorden
from knowledge.berekeningen.bijverdienvrijlating import PERIODES

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
        """The vrijlating rule of today in one sentence, with the amount the person earns."""
        value = found.get("inkomsten")
        if not value:
            return None
        regime = template_values(tracker).get("regime_bijverdienen")
        name = f"utter_bijverdienen_eerst_{regime}"
        response = name if name in domain.get("responses", {}) else "utter_bijverdienen_eerst"
        return response, {"inkomsten_tekst": geld(value["euro"])}
