"""The session's language (issue #15): chosen by the person, or recognised in the first message.

The gateway keeps the language with the session (wegwijs/taalkeuze.py) and puts it
in the metadata. When the person chooses ("English please", a NL/EN button), the
gateway sends TAAL_KIEZEN_PAYLOAD and `action_taal_kiezen` sets only the slot
`variant`: every fact the person gave stays in its slot.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.context import (VARIANT_SLOT, gemeente_code, gemeente_variant, sessie_taal, taal_gekozen,
                             template_values, variant)
from wegwijs.gemeente import laad_gemeente
from wegwijs.protocol import TAAL_MARKER
from wegwijs.rasa.taalwissel import ENGELS_VERSTAAN, UITKOMST, kan_taal_wisselen, nederlands_gekozen
from wegwijs.responses import variation_for


def zeg(dispatcher: CollectingDispatcher, domain: dict, naam: str, variant: str, values: dict[str, str],
        **extra: Any) -> None:
    """A response in a variant the slot does not have yet (the slot changes with this action's events)."""
    variation = variation_for(domain["responses"][naam], variant)
    text = variation["text"]
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    dispatcher.utter_message(text=text, buttons=[dict(b) for b in variation.get("buttons") or []], **extra)


INTENT = "taal_kiezen"  # TAAL_KIEZEN_PAYLOAD without its "/"


def gekozen_variant(tracker: Tracker) -> str:
    taal = sessie_taal(tracker.latest_message.get("metadata"))
    return laad_gemeente(gemeente_code(tracker)).variant_voor(taal)


def kies_in_formulier(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> dict[str, str]:
    """The language chosen while a calculator form waits for an answer: a short confirmation, the new
    variant; the form keeps its answers and asks its question again (actions/rekenhulp.py)."""
    variant = gekozen_variant(tracker)
    zeg(dispatcher, domain, "utter_taal_gekozen_formulier", variant, template_values(tracker))
    bevestig(dispatcher, tracker)
    return {VARIANT_SLOT: variant}


def bevestig(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Tell the gateway the language is applied: only then does the session keep it (gateway/app.py)."""
    dispatcher.utter_message(json_message={TAAL_MARKER: sessie_taal(tracker.latest_message.get("metadata"))})


class ActionTaalKiezen(Action):
    """The person chose a language: the slot `variant` follows it, a short confirmation in that language."""

    def name(self) -> str:
        return "action_taal_kiezen"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        variant = gekozen_variant(tracker)
        zeg(dispatcher, domain, "utter_taal_gekozen", variant, template_values(tracker))
        bevestig(dispatcher, tracker)
        return [SlotSet(VARIANT_SLOT, variant)]


def spreek_engels(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
    """An English first message in a session whose language nobody chose: answer in English from now on,
    tell the gateway (TAAL_MARKER), and offer Dutch."""
    variant = laad_gemeente(gemeente_code(tracker)).variant_voor("en")
    zeg(dispatcher, domain, "utter_engels_herkend", variant, template_values(tracker))
    dispatcher.utter_message(json_message={TAAL_MARKER: "en"})
    return [SlotSet(VARIANT_SLOT, variant)]


def engels_in_nederlandse_sessie(dispatcher: CollectingDispatcher, tracker: Tracker,
                                 domain: dict) -> list[dict[str, Any]]:
    """An English message in a session that chose Dutch (issue #15): this answer in English, after a short note
    that offers English from now on. No marker: the session keeps Dutch (the gateway keeps the person's choice)
    and its next message that is not English puts the slot back (ActionEngelsHerkend). Every fact stays."""
    zeg(dispatcher, domain, "utter_engels_in_nederlandse_sessie", "en", template_values(tracker))
    return [SlotSet(VARIANT_SLOT, laad_gemeente(gemeente_code(tracker)).variant_voor("en"))]


class ActionEngelsHerkend(Action):
    """An English message: answered in English (issue #15).

    In a session whose language nobody chose: English from this message on, after a note that offers Dutch.
    In a session that chose Dutch: this message in English, after a note that offers English; the session's
    next message that is not English is answered in Dutch again (the slot goes back to the chosen variant).

    Rasa runs `action_validate_slot_mappings` inside action_extract_slots after every message, before
    the answer is chosen, and keeps its messages (those of a custom slot mapping's action it drops).
    So the slot is English before "how much bijstand do I get" is answered.
    """

    def name(self) -> str:
        return "action_validate_slot_mappings"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if not kan_taal_wisselen(tracker.latest_message, tracker.get_slot(VARIANT_SLOT)):
            return []  # the Rasa server then leaves out the call
        metadata = tracker.latest_message.get("metadata")
        if tracker.latest_message.get(UITKOMST) != ENGELS_VERSTAAN:
            # Dutch again after an English message in a session that chose Dutch: the chosen variant
            return [SlotSet(VARIANT_SLOT, gemeente_variant(tracker))]
        if variant(tracker) == "en":
            return []
        if nederlands_gekozen(metadata):
            return engels_in_nederlandse_sessie(dispatcher, tracker, domain)
        if taal_gekozen(tracker):
            return []
        return spreek_engels(dispatcher, tracker, domain)
