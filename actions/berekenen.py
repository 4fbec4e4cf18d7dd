"""The summary before computing, and the result after it.

The result always comes in this order: the outcome in one sentence, why
(the steps from knowledge/), what was assumed, what to do now, the source,
and that the gemeente decides.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.context import aanspreekvorm, gemeente_code, peildatum, template_values
from actions.rekenhulp import FORM_SLOTS, ONBEKEND, kind_leeftijd_voor_berekening, onder_volwassenennorm
from knowledge.berekeningen.bijverdienvrijlating import PERIODES as INKOMSTEN_PERIODES
from knowledge.geld import euro
from knowledge.teksten import datum as datum_tekst
from wegwijs.responses import variant


def geld(value: float) -> str:
    return euro(Decimal(str(value)))


def last_form(tracker: Tracker) -> str | None:
    """The calculator form that ran last (also just after it ended)."""
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name") in FORM_SLOTS:
            return event["name"]
    return None


def domain_text(domain: dict, response: str, vorm: str) -> str:
    """The text of a domain response in this aanspreekvorm, chosen as Rasa chooses it."""
    return variant(domain["responses"][response], vorm)["text"]


def woord(domain: dict, name: str, vorm: str = "u", **values: Any) -> str:
    """A small text from the domain responses, like 'alleen' or '34 jaar'."""
    text = domain_text(domain, f"utter_woord_{name}", vorm)
    return text.format(**values) if values else text


# --- the summary ----------------------------------------------------------------

def samenvatting_values(tracker: Tracker, domain: dict) -> dict[str, str]:
    slot = tracker.get_slot
    vorm = aanspreekvorm(tracker)

    def w(name: str, **values: Any) -> str:
        return woord(domain, name, vorm, **values)

    onbekend = w("onbekend")

    def of_onbekend(value, show) -> str:
        if value is None:
            return w("niet_gevraagd")  # this form did not need it
        return onbekend if value == ONBEKEND else show(value)

    def bedrag_tekst(value: dict) -> str:
        amount = geld(value["euro"])
        return w("per_maand", bedrag=amount) if value.get("periode") == "maand" else amount

    def kind_tekst(value) -> str:
        if value in (None, ONBEKEND):
            return ""
        if not isinstance(value, dict):
            return w("kind", aantal=value)
        if not value["van"]:
            return w("kind_jonger_dan", tot=value["tot"])
        if value["tot"] is None:
            return w("kind_vanaf", van=value["van"])
        return w("kind_tussen", van=value["van"], tot=value["tot"])

    values = {
        "gift_bedrag_tekst": of_onbekend(slot("gift_bedrag"), bedrag_tekst),
        "gift_soort_tekst": of_onbekend(slot("gift_soort"), lambda v: w(v)),
        "gift_datum_tekst": of_onbekend(slot("gift_datum"), lambda v: w(
            "sinds" if (slot("gift_bedrag") or {}).get("periode") == "maand" else "op",
            datum=datum_tekst(date.fromisoformat(v)))),
        "leeftijd_tekst": of_onbekend(slot("leeftijd"), lambda v: w("jaar", aantal=v)),
        "leefsituatie_tekst": of_onbekend(slot("leefsituatie"), lambda v: w(v)),
        "kind_tekst": kind_tekst(slot("jongste_kind_leeftijd")),
        "partner_tekst": "" if slot("partner_leeftijd") in (None, ONBEKEND)
        else w("partner", aantal=slot("partner_leeftijd")),
        "ouders_tekst": ouders_tekst(slot("ouders_kunnen_bijdragen"), w) if onder_volwassenennorm(tracker) else "",
        "inkomsten_tekst": of_onbekend(slot("inkomsten"), lambda v: geld(v["euro"])),
        "start_werk_tekst": of_onbekend(slot("start_werk"), lambda v: datum_tekst(date.fromisoformat(v))),
        "arbeidsvermogen_tekst": of_onbekend(slot("arbeidsvermogen"), lambda v: w(v)),
        "mantelzorg_tekst": of_onbekend(slot("mantelzorg"), lambda v: w("ja" if v else "nee")),
        "medebewoners_tekst": of_onbekend(slot("medebewoners"), lambda v: ", ".join(
            w(f"{m['relatie']}_persoon", leeftijd=m["leeftijd"] if m["leeftijd"] is not None else onbekend)
            for m in v) or w("niemand")),
    }
    return values


def ouders_tekst(value, w) -> str:
    """Whether the parents can help (art. 20 lid 3); empty when the form did not ask it."""
    if value is None:
        return ""
    return w({True: "ouders_ja", False: "ouders_nee"}.get(value, "ouders_onbekend"))


class ActionAskBevestigd(Action):
    """Before computing: say what was understood and ask if it is right."""

    def name(self) -> str:
        return "action_ask_bevestigd"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if tracker.get_slot("aanpassen"):
            return []  # the choice of what to change is on screen already
        form = tracker.active_loop.get("name") or last_form(tracker)
        dispatcher.utter_message(response=f"utter_samenvatting_{form}", **samenvatting_values(tracker, domain))
        return []


# --- the input for knowledge/ -----------------------------------------------------

def known(tracker: Tracker, slot: str):
    value = tracker.get_slot(slot)
    return None if value == ONBEKEND else value


def nieuwe_giften(tracker: Tracker) -> list[dict]:
    """The gift just told about, as knowledge/ takes it (a monthly one with its period)."""
    bedrag = tracker.get_slot("gift_bedrag")
    gift = {"datum": tracker.get_slot("gift_datum") or ONBEKEND, "bedrag": bedrag["euro"],
            "soort": tracker.get_slot("gift_soort") or ONBEKEND}
    return [{**gift, "periode": "maand"} if bedrag.get("periode") == "maand" else gift]


def inkomsten(value: dict) -> dict:
    """An answer like '150 per week' for knowledge/, which turns it into an amount per month."""
    periode = value.get("periode")
    return {"bedrag": value["euro"], **({"periode": periode} if periode in INKOMSTEN_PERIODES else {})}


def invoer(form: str, tracker: Tracker, vandaag: date, gemeente: str) -> dict:
    basis = {"peildatum": vandaag.isoformat()}
    persoon = {
        "leeftijd": tracker.get_slot("leeftijd"),
        "leefsituatie": tracker.get_slot("leefsituatie") or ONBEKEND,
    }
    kind = {k: kind_leeftijd_voor_berekening(v) for k, v in optional(tracker, "jongste_kind_leeftijd").items()}
    if form == "giften_form":
        ledger = [*(tracker.get_slot("giften") or []), *nieuwe_giften(tracker)]
        return {**basis, "gemeente": gemeente, "giften": ledger}
    if form == "bijverdienen_form":
        return {**basis, "gemeente": gemeente, **persoon, **kind,
                "netto_inkomsten": inkomsten(tracker.get_slot("inkomsten")),
                "start_werk": tracker.get_slot("start_werk") or ONBEKEND}
    if form == "plichten_form":
        return {**basis, "gemeente": gemeente, **persoon, **kind,
                **optional(tracker, "arbeidsvermogen"), **optional(tracker, "mantelzorg")}
    # The bijstandsnorm has no field for the youngest child (its children are in the medebewoners).
    huisgenoten = [m for m in tracker.get_slot("medebewoners") or [] if m["leeftijd"] is not None and m["relatie"] != "partner"]
    return {**basis, **persoon, **optional(tracker, "partner_leeftijd"), **optional(tracker, "ouders_kunnen_bijdragen"),
            "medebewoners": huisgenoten}


def optional(tracker: Tracker, slot: str) -> dict:
    value = known(tracker, slot)
    return {} if value is None else {slot: value}


CALCULATOR = {
    "giften_form": "giftenruimte",
    "bijverdienen_form": "bijverdienvrijlating",
    "plichten_form": "participatieplicht",
    "norm_form": "bijstandsnorm",
}


# --- the result ------------------------------------------------------------------

def uitkomst(form: str, result: dict) -> tuple[str, dict[str, str]]:
    """The response and values for the outcome in one sentence."""
    if form == "giften_form":
        values = {k: geld(result[k] or 0) for k in ("grens", "meetellend", "ruimte_over", "overschreden_met")}
        if result["grens"] is None:
            return "utter_uitkomst_giften_gemeente", values
        if result["overschreden_met"] > 0:
            return "utter_uitkomst_giften_boven", values
        return "utter_uitkomst_giften_ruimte", values
    if form == "bijverdienen_form":
        values = {"vrijlating": geld(result["vrijlating_per_maand"]), "totaal": geld(result["totaal_inkomen"])}
        return ("utter_uitkomst_bijverdienen" if result["vrijlating_per_maand"] > 0
                else "utter_uitkomst_bijverdienen_niets"), values
    if form == "norm_form":
        anders = result.get("norm_ouders_niet_bijdragen")
        if anders is not None and anders != result["norm"]:
            return "utter_uitkomst_norm_ouders", {"norm": geld(result["norm"]), "bedrag": geld(anders)}
        return "utter_uitkomst_norm", {"norm": geld(result["norm"])}
    plichten = [p["uitleg"] for p in result["plichten"] if p["geldt"]]
    if not plichten:
        return "utter_uitkomst_plichten_geen", {}
    return "utter_uitkomst_plichten", {"plichten": " ".join(plichten)}


def wat_nu(form: str, result: dict, tracker: Tracker) -> str:
    if result.get("uitvoerder") == "svb" and form != "giften_form":
        return "utter_wat_nu_svb"  # AIO: report to and ask the SVB, not the gemeente (art. 47a)
    if form == "giften_form":
        if known(tracker, "gift_soort") == "lening":
            return "utter_wat_nu_lening"
        return "utter_wat_nu_giften_melden" if result["melden_verplicht"] else "utter_wat_nu_giften_bijhouden"
    return {"bijverdienen_form": "utter_wat_nu_bijverdienen", "plichten_form": "utter_wat_nu_plichten",
            "norm_form": "utter_wat_nu_norm"}[form]


def aannames(tracker: Tracker, domain: dict, result: dict) -> str:
    own = [domain_text(domain, f"utter_aanname_{slot}", aanspreekvorm(tracker)) for slot in tracker.get_slot("onbekend") or []
           if f"utter_aanname_{slot}" in domain["responses"]]
    return " ".join([*own, *result.get("aannames", [])])


def waarom(form: str, result: dict) -> str:
    steps = [stap["tekst"] for stap in result.get("stappen", [])] or [result["uitleg"]]
    if form == "plichten_form":
        steps.append(result["gevolgen"]["uitleg"])
    return " ".join(steps)


class ActionBereken(Action):
    """Compute the calculator whose form just ended, and explain the result."""

    def name(self) -> str:
        return "action_bereken"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        form = last_form(tracker)
        if form is None or tracker.get_slot("bevestigd") is not True:
            return reset(form, tracker)  # stopped early: nothing to compute
        vandaag, values = peildatum(tracker), template_values(tracker)
        data = invoer(form, tracker, vandaag, gemeente_code(tracker))
        try:
            result = knowledge.bereken(CALCULATOR[form], data, aanspreekvorm(tracker))
        except knowledge.InvoerFout as error:
            dispatcher.utter_message(response="utter_rekenfout", fout=error.fout)
            return reset(form, tracker)
        self.vertel(dispatcher, tracker, domain, form, result, values)
        events = reset(form, tracker)
        if form == "giften_form":
            events.append(SlotSet("giften", data["giften"]))
        return events

    def vertel(self, dispatcher, tracker, domain, form, result, values) -> None:
        response, outcome = uitkomst(form, result)
        dispatcher.utter_message(response=response, **outcome)
        dispatcher.utter_message(response="utter_waarom", waarom=waarom(form, result))
        assumed = aannames(tracker, domain, result)
        if assumed:
            dispatcher.utter_message(response="utter_aannames", aannames=assumed)
        if form == "plichten_form" and result["opties"]:
            dispatcher.utter_message(response="utter_opties_plichten",
                                     opties=" ".join(o["uitleg"] for o in result["opties"]))
        dispatcher.utter_message(response=wat_nu(form, result, tracker))
        bron = result["hoofdbron"]  # the article the outcome rests on, chosen by knowledge/
        closing = "utter_bron_en_gemeente_giften_form" if form == "giften_form" else "utter_bron_en_gemeente"
        if result.get("uitvoerder") == "svb":
            closing = "utter_bron_en_svb"
        dispatcher.utter_message(response=closing, bron_titel=bron["titel"], bron_url=bron["url"], **values)


def reset(form: str | None, tracker: Tracker) -> list[dict]:
    """Forget the form's bookkeeping; keep what a person told about themselves."""
    events = [SlotSet(s, None) for s in ("bevestigd", "aanpassen", "mislukt", "rekenhulp_klaar")]
    events.append(SlotSet("onbekend", []))
    if form == "giften_form":
        events += [SlotSet(s, None) for s in ("gift_bedrag", "gift_soort", "gift_datum", "gift_periode")]
    return events
