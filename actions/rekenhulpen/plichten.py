"""Participatieplicht as a form: which duties apply, what helps, and what follows."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import engels, feiten_uit_bericht
from actions.context import laatste_bericht, peildatum, template_values, variant
from actions.rekenhulp import RekenhulpForm, aow_leeftijd_bereikt
from actions.rekenhulpen._invoer import basis, kind, optional, persoon
from actions.rekenhulpen._woorden import Woorden

FORM = "plichten_form"
CALCULATOR = "participatieplicht"
TOPIC = "participatieplicht"
SLOTS = ["leeftijd", "leefsituatie", "jongste_kind_leeftijd", "arbeidsvermogen", "mantelzorg"]


def invoer(tracker: Tracker) -> dict:
    return {**basis(tracker), **persoon(tracker), **kind(tracker),
            **optional(tracker, "arbeidsvermogen"), **optional(tracker, "mantelzorg")}


def samenvatting(tracker: Tracker, w: Woorden) -> dict[str, str]:
    return {
        "arbeidsvermogen_tekst": w.of_onbekend(tracker.get_slot("arbeidsvermogen"), w),
        "mantelzorg_tekst": w.of_onbekend(tracker.get_slot("mantelzorg"), lambda v: w("ja" if v else "nee")),
    }


def uitkomst(result: dict) -> tuple[str, dict[str, str]]:
    plichten = [p["uitleg"] for p in result["plichten"] if p["geldt"]]
    if not plichten:
        return "utter_uitkomst_plichten_geen", {}
    return "utter_uitkomst_plichten", {"plichten": " ".join(plichten)}


def waarom_extra(result: dict) -> list[str]:
    """What happens when a duty is not met (art. 18) belongs to the why."""
    return [result["gevolgen"]["uitleg"]]


def extra_berichten(result: dict) -> list[tuple[str, dict[str, str]]]:
    """The options that may help (ontheffing, kinderopvang, ...), after the assumptions."""
    if not result["opties"]:
        return []
    return [("utter_opties_plichten", {"opties": " ".join(o["uitleg"] for o in result["opties"])})]


def wat_nu(result: dict, tracker: Tracker) -> str:
    return "utter_wat_nu_plichten"


class ValidatePlichten(RekenhulpForm):
    form, topic, vragen = FORM, TOPIC, SLOTS
    kind_grenzen = ("participatie.ontheffing_kind_jonger_dan", "participatie.kinderopvang_kind_jonger_dan")

    def weglaten(self, tracker: Tracker) -> set[str]:
        """No duties past the AOW age: then ability to work and mantelzorg do not matter."""
        return {"arbeidsvermogen", "mantelzorg"} if aow_leeftijd_bereikt(tracker) else set()

    def eerst_zeggen(self, found: dict, tracker: Tracker, domain: dict) -> tuple[str, dict] | None:
        """'ik ben alleenstaande moeder van een kind van 3, welke plichten heb ik': what the facts of the first
        message decide comes first (feiten_uit_bericht.plichten: the AOW age, the youngest child against the
        ontheffing, unable to work); the form asks the rest."""
        text = laatste_bericht(tracker)  # English read as Dutch
        # "mijn vader wordt volgend jaar 67 en heeft bijstand, moet hij iets regelen": the AIO at the SVB (session 20)
        for eerst in (feiten_uit_bericht.familielid_aow_later(text, peildatum(tracker)),
                      feiten_uit_bericht.plichten(text, peildatum(tracker), TOPIC),
                      feiten_uit_bericht.plichten_mantelzorg(text, peildatum(tracker)),
                      # "ik ben 20 en woon zelfstandig, moet ik ook die tegenprestatie doen": yes, it is a duty (s19)
                      feiten_uit_bericht.tegenprestatie_2027(text, peildatum(tracker)),
                      feiten_uit_bericht.tegenprestatie(text, peildatum(tracker))):
            eerst = feiten_uit_bericht.in_domein(eerst, domain)  # a newer text, or the one the model has instead
            if eerst is not None:
                return eerst.response, engels.waarden_in_sessietaal(eerst.waarden, variant(tracker))
        # Nothing in the message decides it ('ik ben 23, wat moet ik allemaal doen'): the duties in general first.
        return (f"utter_{TOPIC}", {}) if text and not text.startswith("/") else None


class ActionAskPlichtenLeefsituatie(Action):
    """'Hoe woont u?' in the plichten form, with the youngest child's age group on the buttons.

    The duties only change at the ages where knowledge/ draws a line (ontheffing
    and kinderopvang), so one button answers both how a person lives and the
    child's age: a single parent gets the answer one question sooner.
    """

    def name(self) -> str:
        return "action_ask_plichten_form_leefsituatie"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_ask_plichten_form_leefsituatie", **template_values(tracker))
        return []
