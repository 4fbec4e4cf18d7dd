"""The summary before computing, and the result after it.

The result always comes in this order: the outcome in one sentence, why
(the steps from knowledge/), what was assumed, what to do now, the source,
and that the gemeente decides.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.context import aanspreekvorm, template_values
from actions.rekenhulp import ONBEKEND, onder_volwassenennorm
from actions.rekenhulpen import REKENHULPEN
from actions.rekenhulpen._invoer import geld
from knowledge.teksten import datum as datum_tekst
from wegwijs.responses import variant


def last_form(tracker: Tracker) -> str | None:
    """The calculator form that ran last (also just after it ended)."""
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name") in REKENHULPEN:
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


# --- the result ------------------------------------------------------------------

def geen(*_args) -> list:
    return []


def haak(rekenhulp, naam: str):
    """An optional part of a calculator form's module (see actions/rekenhulpen/)."""
    return getattr(rekenhulp, naam, geen)


def aannames(tracker: Tracker, domain: dict, result: dict) -> str:
    own = [domain_text(domain, f"utter_aanname_{slot}", aanspreekvorm(tracker)) for slot in tracker.get_slot("onbekend") or []
           if f"utter_aanname_{slot}" in domain["responses"]]
    return " ".join([*own, *result.get("aannames", [])])


def waarom(rekenhulp, result: dict) -> str:
    steps = [stap["tekst"] for stap in result.get("stappen", [])] or [result["uitleg"]]
    return " ".join([*steps, *haak(rekenhulp, "waarom_extra")(result)])


def wat_nu(rekenhulp, result: dict, tracker: Tracker) -> str:
    if result.get("uitvoerder") == "svb":
        return "utter_wat_nu_svb"  # AIO: report to and ask the SVB, not the gemeente (art. 47a)
    return rekenhulp.wat_nu(result, tracker)


class ActionBereken(Action):
    """Compute the calculator whose form just ended, and explain the result."""

    def name(self) -> str:
        return "action_bereken"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        form = last_form(tracker)
        if form is None or tracker.get_slot("bevestigd") is not True:
            return reset(form)  # stopped early: nothing to compute
        rekenhulp = REKENHULPEN[form]
        data = rekenhulp.invoer(tracker)
        try:
            result = knowledge.bereken(rekenhulp.CALCULATOR, data, aanspreekvorm(tracker))
        except knowledge.InvoerFout as error:
            dispatcher.utter_message(response="utter_rekenfout", fout=error.fout)
            return reset(form)
        self.vertel(dispatcher, tracker, domain, rekenhulp, result)
        return [*reset(form), *haak(rekenhulp, "onthouden")(data)]

    def vertel(self, dispatcher, tracker, domain, rekenhulp, result) -> None:
        response, outcome = rekenhulp.uitkomst(result)
        dispatcher.utter_message(response=response, **outcome)
        dispatcher.utter_message(response="utter_waarom", waarom=waarom(rekenhulp, result))
        assumed = aannames(tracker, domain, result)
        if assumed:
            dispatcher.utter_message(response="utter_aannames", aannames=assumed)
        for extra, values in haak(rekenhulp, "extra_berichten")(result):
            dispatcher.utter_message(response=extra, **values)
        dispatcher.utter_message(response=wat_nu(rekenhulp, result, tracker))
        bron = result["hoofdbron"]  # the article the outcome rests on, chosen by knowledge/
        closing = "utter_bron_en_svb" if result.get("uitvoerder") == "svb" else rekenhulp.CLOSING
        dispatcher.utter_message(response=closing, bron_titel=bron["titel"], bron_url=bron["url"],
                                 **template_values(tracker))


def reset(form: str | None) -> list[dict]:
    """Forget the form's bookkeeping; keep what a person told about themselves."""
    events = [SlotSet(s, None) for s in ("bevestigd", "aanpassen", "mislukt", "rekenhulp_klaar")]
    events.append(SlotSet("onbekend", []))
    if form is not None:
        events += [SlotSet(s, None) for s in REKENHULPEN[form].RESET]
    return events
