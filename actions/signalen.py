"""A resident's signal (issue #17): their words, the topic and the outcome, stored apart from the conversation.

The flow (bot/rules/signalen.yml): "dit is oneerlijk" -> where a signal goes and
what it does not do -> the resident's words (signaal_form) -> the text exactly as
it will be stored, and the topic and outcome it is about -> "Ja, stuur het door"
stores it in wegwijs/signalen.py, without session, conversation id or time.
"""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import twijfel
from actions.antwoorden import ActionAntwoord
from actions.context import gemeente_code, template_values
from actions.rekenhulp import is_onderwerp
from actions.rekenhulpen import REKENHULPEN
from wegwijs.settings import Settings
from wegwijs.signalen import SignalenStore, als_opgeslagen, pad

MIN_TEKENS = 10  # "oneerlijk" alone says nothing the gemeente can use
NIET_ALS_ONDERWERP = {"mens_spreken", "wat_kun_je", "privacy", "signaal_geven", "vergeet_mij"}


class ActionSignaalGeven(Action):
    """'Dit is oneerlijk': where a signaal goes and what it does not do, then its form (bot/rules/signalen.yml). A
    complaint that asks a question of the person's own case ("i got a boete for not reporting, is that fair") gets
    that question answered first as the topic the model ranked next, then the signaal offered, not started: the next
    message may be another question (session 20)."""

    def name(self) -> str:
        return "action_signaal_geven"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        onderwerp_vraag = twijfel.vraag_in_klacht(tracker, domain)
        if onderwerp_vraag is None:
            dispatcher.utter_message(response="utter_signaal_uitleg", **template_values(tracker))
            return [FollowupAction("signaal_form")]
        als_vraag = tracker.copy()  # the message read as that topic, sure enough to answer without doubt
        als_vraag.latest_message.update(intent={"name": onderwerp_vraag, "confidence": twijfel.TWIJFEL},
                                        intent_ranking=[{"name": onderwerp_vraag, "confidence": twijfel.TWIJFEL}])
        events = ActionAntwoord().run(dispatcher, als_vraag, domain)
        if twijfel.wil_signaal(tracker.latest_message.get("text") or "") and \
                not any(m.get("response") == "utter_signaal_aanbod" for m in dispatcher.messages):
            # a question with no word of a complaint ("did i do something wrong and what should i do now?") is only
            # answered: the model's signaal was a misreading
            twijfel.bied_signaal_aan(dispatcher, tracker, domain)
        return events


class ValidateSignaalForm(FormValidationAction):
    def name(self) -> str:
        return "validate_signaal_form"

    def validate_signaal_tekst(self, value: Any, dispatcher, tracker: Tracker, domain: dict) -> dict:
        if len(als_opgeslagen(str(value or "")).strip()) < MIN_TEKENS:
            dispatcher.utter_message(response="utter_signaal_te_kort")
            return {"signaal_tekst": None}
        return {"signaal_tekst": str(value)}


def onderwerp(tracker: Tracker, domain: dict) -> str:
    """The topic this conversation was last about: a topic question, else the last calculation."""
    for event in reversed(tracker.events):
        name = ((event.get("parse_data") or {}).get("intent") or {}).get("name") if event.get("event") == "user" else None
        if name and name not in NIET_ALS_ONDERWERP and is_onderwerp(name, domain):
            return name
    laatste = tracker.get_slot("laatste_berekening") or {}
    return laatste.get("rekenhulp") or "algemeen"


def uitkomst(tracker: Tracker) -> str:
    """The last calculation's outcome in amounts and its rule, recomputed by knowledge/; no identity."""
    laatste = tracker.get_slot("laatste_berekening")
    if not laatste:
        return ""
    rekenhulp = next((r for r in REKENHULPEN.values() if r.CALCULATOR == laatste["rekenhulp"]), None)
    try:
        result = knowledge.bereken(laatste["rekenhulp"], laatste["invoer"], laatste.get("variant"))
    except (knowledge.InvoerFout, KeyError):
        return ""
    _, values = rekenhulp.uitkomst(result) if rekenhulp else ("", {})
    bedragen = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in values.items())
    return f"{laatste['rekenhulp']}: {bedragen} ({result['hoofdbron']['titel']})"


class ActionSignaalTonen(Action):
    """Show the signal exactly as it will be stored, and ask before sending."""

    def name(self) -> str:
        return "action_signaal_tonen"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        over = uitkomst(tracker)
        dispatcher.utter_message(
            response="utter_signaal_voorbeeld",
            signaal_tekst=als_opgeslagen(tracker.get_slot("signaal_tekst") or ""),
            signaal_onderwerp=onderwerp(tracker, domain),
            signaal_uitkomst_zin=f"Uitkomst: {over}." if over else "",
        )
        return []


class ActionSignaalOpslaan(Action):
    """Store the confirmed signal apart from the conversation, then forget its text in the conversation."""

    def name(self) -> str:
        return "action_signaal_opslaan"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        tekst = tracker.get_slot("signaal_tekst")
        if tekst:
            store = SignalenStore(pad(Settings().var_dir))
            try:
                # Today's date, not the conversation's peildatum: the day the gemeente heard it.
                store.geef(gemeente_code(tracker), onderwerp(tracker, domain), tekst, uitkomst(tracker))
            finally:
                store.close()
        dispatcher.utter_message(response="utter_signaal_verstuurd")
        return [SlotSet("signaal_tekst", None)]
