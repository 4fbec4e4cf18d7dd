"""Bijstandsnorm as a form: the norm of a household, with kostendelers and parents."""
from __future__ import annotations

from rasa_sdk import Tracker

from actions.rekenhulp import RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, optional, persoon

FORM = "norm_form"
CALCULATOR = "bijstandsnorm"
TOPIC = "bijstandsnorm"
SLOTS = ["leeftijd", "leefsituatie", "partner_leeftijd", "ouders_kunnen_bijdragen", "medebewoners"]
RESET = ()
CLOSING = "utter_bron_en_gemeente"


def invoer(tracker: Tracker) -> dict:
    """The bijstandsnorm has no field for the youngest child: its children are in the medebewoners.
    The national norm does not depend on the gemeente, so no gemeente is passed."""
    huisgenoten = [m for m in tracker.get_slot("medebewoners") or []
                   if m["leeftijd"] is not None and m["relatie"] != "partner"]
    return {**basis(tracker, gemeente=False), **persoon(tracker), **optional(tracker, "partner_leeftijd"),
            **optional(tracker, "ouders_kunnen_bijdragen"), "medebewoners": huisgenoten}


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    anders = result.get("norm_ouders_niet_bijdragen")
    if anders is not None and anders != result["norm"]:
        return "utter_uitkomst_norm_ouders", {"norm": geld(result["norm"]), "bedrag": geld(anders)}
    return "utter_uitkomst_norm", {"norm": geld(result["norm"])}


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_norm"


class ValidateNorm(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS
