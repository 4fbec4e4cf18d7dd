"""The summary before computing, and the result after it.

The answer comes first: the first bubble is the outcome in one or two
sentences (the amount, and "dit heeft geen gevolgen" or "geef dit door").
Why (the steps from knowledge/), what was assumed and the law travel with it
as its "Meer uitleg" (meer_uitleg), and it says it ends a calculation
(overzicht). Then any options, and last what to do now and that the gemeente
decides, with the buttons.
"""

from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions.bericht import Teksten, extra, uitleg
from actions.context import in_sessievariant, template_values, variant
from actions.knelpunten import tel_knelpunten
from actions.rekenhulp import ONBEKEND, VRAGEN
from actions.rekenhulpen import REKENHULPEN
from actions.rekenhulpen._woorden import Woorden, domain_text


def last_form(tracker: Tracker) -> str | None:
    """The calculator form that ran last (also just after it ended)."""
    for event in reversed(tracker.events):
        if event.get("event") == "active_loop" and event.get("name") in REKENHULPEN:
            return event["name"]
    return None


# --- the summary ----------------------------------------------------------------

def samenvatting_values(tracker: Tracker, domain: dict) -> dict[str, str]:
    """The {placeholders} of every form's summary: the shared answers here, each form's
    own answers from its module (``samenvatting`` in actions/rekenhulpen/)."""
    slot = tracker.get_slot
    w = Woorden(domain, variant(tracker))
    values = {
        "leeftijd_tekst": w.of_onbekend(slot("leeftijd"), lambda v: w("jaar", aantal=v)),
        "leefsituatie_tekst": w.of_onbekend(slot("leefsituatie"), lambda v: w(v)),
        "kind_tekst": kind_tekst(slot("jongste_kind_leeftijd"), w),
    }
    for rekenhulp in REKENHULPEN.values():
        values.update(rekenhulp.samenvatting(tracker, w))
    return values


def kind_tekst(value, w: Woorden) -> str:
    if value in (None, ONBEKEND):
        return ""
    if not isinstance(value, dict):
        return w("kind", aantal=value)
    if not value["van"]:
        return w("kind_jonger_dan", tot=value["tot"])
    if value["tot"] is None:
        return w("kind_vanaf", van=value["van"])
    return w("kind_tussen", van=value["van"], tot=value["tot"])


class ActionAskBevestigd(Action):
    """Before computing: say what was understood and ask if it is right."""

    def name(self) -> str:
        return "action_ask_bevestigd"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if tracker.get_slot("aanpassen"):
            return []  # the choice of what to change is on screen already
        form = tracker.active_loop.get("name") or last_form(tracker)
        with in_sessievariant(tracker):  # the amounts of the summary as the session writes them
            dispatcher.utter_message(response=f"utter_samenvatting_{form}", **samenvatting_values(tracker, domain))
        return []


# --- the result ------------------------------------------------------------------

CLOSING = "utter_bron_en_gemeente"  # what to do now, and that the gemeente decides


def geen(*_args) -> list:
    return []


def haak(rekenhulp, naam: str, standaard: Any = geen) -> Any:
    """An optional part of a calculator form's module (see actions/rekenhulpen/)."""
    return getattr(rekenhulp, naam, standaard)


def aannames(tracker: Tracker, domain: dict, result: dict) -> str:
    """What the form assumed for answers not known (the domain response its question names),
    then what knowledge/ assumed (its own texts, also for the answers it takes as "onbekend")."""
    own = [VRAGEN[slot].aanname for slot in tracker.get_slot("onbekend") or [] if slot in VRAGEN]
    texts = [domain_text(domain, response, variant(tracker)) for response in own
             if response in domain["responses"]]
    return " ".join([*texts, *result.get("aannames", [])])


def waarom(rekenhulp, result: dict) -> str:
    steps = [stap["tekst"] for stap in result.get("stappen", [])] or [result["uitleg"]]
    return " ".join([*steps, *haak(rekenhulp, "waarom_extra")(result)])


def wat_nu(rekenhulp, result: dict, tracker: Tracker) -> str:
    if result.get("uitvoerder") == "svb":
        # AIO: report to and ask the SVB, not the gemeente (art. 47a); a form may say what to report (wat_nu_svb)
        return haak(rekenhulp, "wat_nu_svb", lambda *_: "utter_wat_nu_svb")(result, tracker)
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
            result = knowledge.bereken(rekenhulp.CALCULATOR, data, variant(tracker))
        except knowledge.InvoerFout as error:
            dispatcher.utter_message(response="utter_rekenfout", fout=error.fout)
            return reset(form)
        with in_sessievariant(tracker):  # the outcome's amounts as the session writes them ("€1,200")
            self.vertel(dispatcher, tracker, domain, rekenhulp, result)
        tel_knelpunten(tracker, rekenhulp.CALCULATOR, data, result)  # anonymous weekly counts (issue #17)
        return [*reset(form), *haak(rekenhulp, "onthouden")(data), laatste_berekening(rekenhulp, data, tracker)]

    def vertel(self, dispatcher, tracker, domain, rekenhulp, result) -> None:
        t = Teksten(domain, tracker)
        dispatcher.utter_message(text=eerste_bericht(t, rekenhulp, result, tracker),
                                 json_message=extra(meer_uitleg=meer_uitleg(t, tracker, domain, rekenhulp, result),
                                                    overzicht=True))
        for extra_bericht, values in haak(rekenhulp, "extra_berichten")(result):
            dispatcher.utter_message(response=extra_bericht, **values)
        closing = "utter_bron_en_svb" if result.get("uitvoerder") == "svb" else haak(rekenhulp, "CLOSING", CLOSING)
        dispatcher.utter_message(response=closing, wat_nu=t(wat_nu(rekenhulp, result, tracker)),
                                 **template_values(tracker))


def eerste_bericht(t: Teksten, rekenhulp, result: dict, tracker: Tracker) -> str:
    """The outcome, and what it means for the bijstand ("geen gevolgen", "geef dit door") if the form says;
    that second sentence may use the outcome's values ("komt u in {maand} boven de grens?")."""
    response, outcome = rekenhulp.uitkomst(result)
    gevolg = haak(rekenhulp, "gevolg", lambda *_: None)(result, tracker)
    return " ".join([t(response, **outcome), *([t(gevolg, **outcome)] if gevolg else [])])


def meer_uitleg(t: Teksten, tracker: Tracker, domain: dict, rekenhulp, result: dict) -> list[dict]:
    """Behind "Meer uitleg": why, what was assumed, and the law the outcome rests on (chosen by knowledge/)."""
    bron = result["hoofdbron"]
    return [
        uitleg(t("utter_woord_kop_waarom"), waarom(rekenhulp, result)),
        uitleg(t("utter_woord_kop_aannames"), aannames(tracker, domain, result)),
        uitleg(t("utter_woord_kop_wet"), t("utter_uitleg_wet", bron_titel=bron["titel"], bron_url=bron["url"])),
    ]


def laatste_berekening(rekenhulp, data: dict, tracker: Tracker) -> dict:
    """What the overzicht needs to compute this outcome again: the calculator, its input, the variant."""
    invoer = json.loads(json.dumps(data, default=str))  # Decimals and dates as text, as the slot stores them
    return SlotSet("laatste_berekening", {"rekenhulp": rekenhulp.CALCULATOR, "invoer": invoer,
                                          "variant": variant(tracker)})


def reset(form: str | None) -> list[dict]:
    """Forget the form's bookkeeping; keep what a person told about themselves."""
    events = [SlotSet(s, None) for s in ("bevestigd", "aanpassen", "mislukt", "rekenhulp_klaar")]
    events.append(SlotSet("onbekend", []))
    if form is not None:
        events += [SlotSet(s, None) for s in haak(REKENHULPEN[form], "RESET", ())]
    return events
