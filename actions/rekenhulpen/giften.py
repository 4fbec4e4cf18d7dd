"""Giftenruimte as a form: how much of a gift (or a monthly gift) counts this year."""
from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions import feiten_uit_bericht, parse
from actions.context import peildatum, template_values
from actions.rekenhulp import ONBEKEND, RekenhulpForm
from actions.rekenhulpen._invoer import basis, geld, known
from actions.rekenhulpen._woorden import Woorden
from knowledge.teksten import maand

FORM = "giften_form"
CALCULATOR = "giftenruimte"
TOPIC = "giften"
SLOTS = ["gift_bedrag", "gift_soort", "gift_datum"]
RESET = ("gift_bedrag", "gift_soort", "gift_datum", "gift_periode")  # the ledger `giften` stays
CLOSING = "utter_bron_en_gemeente_giften_form"  # with "Nog een gift optellen"
GELEEND = re.compile(r"\b(?:geleend|lening|leen|lenen|leende)\b")  # paying back a loan one received


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
    if result.get("grens_voorbij_op"):
        # a monthly gift that, at this rate, passes the limit later this year: say in which month
        return "utter_uitkomst_giften_ruimte_tot", {**values, "maand": maand(date.fromisoformat(result["grens_voorbij_op"]))}
    return "utter_uitkomst_giften_ruimte", values


def gevolg(result: dict, tracker: Tracker) -> str | None:
    """The second sentence of the outcome: no consequences, or pass it on (a loan always)."""
    if result["overschreden_met"]:
        return "utter_gevolg_doorgeven"
    if result["grens"] is None:
        return "utter_gevolg_doorgeven" if result["melden_verplicht"] else None
    return "utter_gevolg_geen_wel_doorgeven" if result["melden_verplicht"] else "utter_gevolg_geen"


def wat_nu(result: dict, tracker: Tracker) -> str:
    if known(tracker, "gift_soort") == "lening":
        return "utter_wat_nu_lening"
    return "utter_wat_nu_giften_melden" if result["melden_verplicht"] else "utter_wat_nu_giften_bijhouden"


def onthouden(invoer: dict) -> list[dict]:
    """Keep the ledger: 'nog een gift optellen' adds to it."""
    return [SlotSet("giften", invoer["giften"])]


class ValidateGiften(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS

    def uit_eerste_bericht(self, slot: str, dispatcher, tracker: Tracker, domain: dict) -> dict:
        """'ik heb een brief dat ik 2000 euro moet terugbetalen' is no gift and no loan received:
        the answer about terugvordering, and no gift form."""
        text = tracker.latest_message.get("text") or ""
        if parse.terugbetalen(text) and not GELEEND.search(text.lower()):
            dispatcher.utter_message(response="utter_terugvordering", **template_values(tracker))
            return {slot: None, **self.stop()}
        return super().uit_eerste_bericht(slot, dispatcher, tracker, domain)

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """'Giften tot € 1.200 per jaar tellen niet mee. € 50 per maand is € 600 per jaar.'
        Not for a loan: that is no gift (the form says so in its result)."""
        bedrag = found.get("gift_bedrag")
        if not bedrag or found.get("gift_soort") == "lening":
            return None
        gift = parse.Bedrag(Decimal(str(bedrag["euro"])), bedrag.get("periode"))
        eerst = feiten_uit_bericht.gift_tegen_grens(gift, peildatum(tracker), "utter_giften_eerst_binnen",
                                                    "utter_giften_eerst_boven")
        return None if eerst is None else (eerst.response, eerst.waarden)
