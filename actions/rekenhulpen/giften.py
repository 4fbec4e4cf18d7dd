"""Giftenruimte as a form: how much of a gift (or a monthly gift) counts this year."""
from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.rekenhulp import ONBEKEND, RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, known
from actions.rekenhulpen._woorden import Woorden

FORM = "giften_form"
CALCULATOR = "giftenruimte"
TOPIC = "giften"
SLOTS = ["gift_bedrag", "gift_soort", "gift_datum"]
RESET = ("gift_bedrag", "gift_soort", "gift_datum", "gift_periode")  # the ledger `giften` stays
CLOSING = "utter_bron_en_gemeente_giften_form"  # with "Nog een gift optellen"


def nieuwe_gift(tracker: Tracker) -> dict:
    """The gift just told about, as knowledge/ takes it (a monthly one with its period)."""
    bedrag = tracker.get_slot("gift_bedrag")
    gift = {"datum": tracker.get_slot("gift_datum") or ONBEKEND, "bedrag": bedrag["euro"],
            "soort": tracker.get_slot("gift_soort") or ONBEKEND}
    return {**gift, "periode": "maand"} if bedrag.get("periode") == "maand" else gift


def invoer(tracker: Tracker) -> dict:
    """The gifts told about earlier in this conversation plus the new one."""
    return {**basis(tracker), "giften": [*(tracker.get_slot("giften") or []), nieuwe_gift(tracker)]}


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    """'€ 50 per maand', 'boodschappen of andere hulp', 'sinds 1 januari 2026'."""
    bedrag = tracker.get_slot("gift_bedrag")
    maandelijks = (bedrag or {}).get("periode") == "maand"

    def bedrag_tekst(value: dict) -> str:
        return w("per_maand", bedrag=geld(value["euro"])) if value.get("periode") == "maand" else geld(value["euro"])

    return {
        "gift_bedrag_tekst": w.of_onbekend(bedrag, bedrag_tekst),
        "gift_soort_tekst": w.of_onbekend(tracker.get_slot("gift_soort"), w),
        "gift_datum_tekst": w.of_onbekend(tracker.get_slot("gift_datum"),
                                          lambda v: w("sinds" if maandelijks else "op", datum=w.datum(v))),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    values = {k: geld(result[k] or 0) for k in ("grens", "meetellend", "ruimte_over", "overschreden_met")}
    if result["grens"] is None:
        return "utter_uitkomst_giften_gemeente", values
    if result["overschreden_met"] > 0:
        return "utter_uitkomst_giften_boven", values
    return "utter_uitkomst_giften_ruimte", values


def wat_nu(result: dict, tracker: Tracker) -> str:
    if known(tracker, "gift_soort") == "lening":
        return "utter_wat_nu_lening"
    return "utter_wat_nu_giften_melden" if result["melden_verplicht"] else "utter_wat_nu_giften_bijhouden"


def onthouden(invoer: dict) -> list[dict]:
    """Keep the ledger: 'nog een gift optellen' adds to it."""
    return [SlotSet("giften", invoer["giften"])]


class ValidateGiften(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS
