"""Answers to questions about a topic, filled with today's amounts."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import crisis, feiten_uit_bericht, mens, twijfel
from actions.context import (VARIANT_SLOT, gemeente_code, gemeente_variant, in_sessievariant, laatste_bericht,
                             peildatum, template_values, vorige_antwoord_was, zeg_feit)
from wegwijs.protocol import ERASE_MARKER

FALLBACK_ACTION = "action_niet_begrepen"


def response_for(intent: str, values: dict[str, str], domain: dict) -> str:
    """utter_<intent>, or its variant for the regime that applies today if there is one."""
    name = f"utter_{intent}"
    variant = values.get(f"regime_{intent}")
    if variant and f"{name}_{variant}" in domain.get("responses", {}):
        return f"{name}_{variant}"
    return name


# Intents whose own answer does not follow the crisis help: the crisis itself, stopping, a person, the conversation.
_NA_NOOD_GEEN_ANTWOORD = frozenset({"noodsituatie", "stoppen", "mens_spreken", "wat_kun_je", "privacy", "vergeet_mij",
                                    "signaal_geven", "informeren", "bevestigen", "ontkennen", "begroeten", "bedanken",
                                    "afscheid", "buiten_bereik", "nlu_fallback", "taal", "taal_kiezen", "stopgezet"})


def _ook_de_vraag(intent: str, tracker: Tracker, domain: dict, gevaar: bool, text: str,
                  dispatcher: CollectingDispatcher) -> bool:
    """After the crisis help for words of need only (no food: crisis.in_nood), read as a topic with a question of its
    own: that topic's answer too. Not after danger or violence, not when unsure of the topic, and not when the crisis
    help already said what to do about a benefit that stopped or did not come."""
    if intent in _NA_NOOD_GEEN_ANTWOORD or gevaar or crisis.in_geweld(text) or not crisis.in_nood(text) \
            or f"utter_{intent}" not in domain.get("responses", {}) or twijfel.te_onzeker(intent, tracker):
        return False
    gezegd = {m.get("response") for m in dispatcher.messages}
    return not (gezegd & {"utter_stopgezet", "utter_uitkering_niet_betaald"})


def _zeg_antwoord(dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict, intent: str, values: dict,
                  eigen: feiten_uit_bericht.Antwoord | None) -> None:
    """The answer the person's own facts decide, or else the topic's own text."""
    if eigen is not None:
        zeg_feit(dispatcher, tracker, eigen, values)
    else:
        dispatcher.utter_message(response=response_for(intent, values, domain), **values)


class ActionSessionStart(Action):
    """Rasa's session start, plus the `variant` slot ("nl-u" or "nl-je") from the gemeente setting.

    It runs before the first message of a session is handled, so the welcome is
    already in the gemeente's variant (its aanspreekvorm). Like Rasa's own session start, it
    carries the slots of the previous session over (session_config in basis.yml).
    """

    def name(self) -> str:
        return "action_session_start"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        events: list[dict[str, Any]] = [SessionStarted()]
        if (domain.get("session_config") or {}).get("carry_over_slots_to_new_session", True):
            events += [SlotSet(e["name"], e.get("value")) for e in tracker.applied_events() if e.get("event") == "slot"]
        events.append(SlotSet(VARIANT_SLOT, gemeente_variant(tracker)))
        events.append(ActionExecuted("action_listen"))
        return events


class ActionWelkom(Action):
    """The first message: who Wegwijs is, that it is a computer program, what it can do."""

    def name(self) -> str:
        return "action_welkom"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_welkom", **template_values(tracker))
        return []


class ActionAntwoord(Action):
    """Answer the topic the person asked about, with today's amounts and their gemeente."""

    def name(self) -> str:
        return "action_antwoord"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name", "")
        values = template_values(tracker)
        text_in = tracker.latest_message.get("text") or ""
        gevaar = crisis.in_gevaar(text_in)
        if intent == "noodsituatie" or (gevaar and intent == "stoppen") or crisis.in_nood(text_in) \
                or crisis.in_geweld(text_in):
            # English words of an acute need ("no food for my kids") get the crisis answer whatever the intent,
            # and so do words of violence at home (112 and Veilig Thuis first).
            mens.noodhulp(dispatcher, tracker, domain, gevaar)  # short bubbles with call links
            if _ook_de_vraag(intent, tracker, domain, gevaar, text_in, dispatcher):
                # "moet ik als 21-jarige echt 4 weken wachten, ik heb geen eten meer" read as the young people's topic:
                # the help for today first, then the question that was asked (session 20, H4)
                with in_sessievariant(tracker):
                    vraag = feiten_uit_bericht.antwoord(intent, laatste_bericht(tracker), peildatum(tracker), domain,
                                                        gemeente_code(tracker))
                _zeg_antwoord(dispatcher, tracker, domain, intent, values, vraag)
            return []
        if gevaar:
            # Whatever the model thought, words of danger get 113 and 112 first.
            mens.gevaar(dispatcher, tracker, domain)
        # An English question is read with the Dutch readers of facts (actions/engels.py).
        text = laatste_bericht(tracker)
        if not gevaar and (signaal := twijfel.signaal_over_antwoord(dispatcher, tracker, text)) is not None:
            return signaal  # "je vorige antwoord klopte niet" read as a topic (taal): a signaal about the answer
        # What the person said about themself is kept, so no later form asks it again.
        onthouden = [SlotSet(slot, value) for slot, value in
                     feiten_uit_bericht.onthouden(intent, text, peildatum(tracker)).items()]
        with in_sessievariant(tracker):  # the person's amounts as the session writes them ("€20,000")
            eigen = feiten_uit_bericht.antwoord(intent, text, peildatum(tracker), domain, gemeente_code(tracker))
            andere = feiten_uit_bericht.ook(intent, text, peildatum(tracker), gemeente_code(tracker))
        if twijfel.te_onzeker(intent, tracker) and eigen is None:
            # Not sure what was meant: say so, offer the closest topics and a person, answer nothing.
            # (A fact that decides this topic's question is evidence enough to answer it, with doubt.)
            twijfel.zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker")
            return onthouden
        # The person's own facts decide the answer, if they do: that comes first, with a short why.
        _zeg_antwoord(dispatcher, tracker, domain, intent, values, eigen)
        for ander in andere:
            # "3000 euro spaargeld en mijn oom gaf me 500 euro": the other amount gets its own short answer.
            if ander.response in domain.get("responses", {}):
                zeg_feit(dispatcher, tracker, ander, values)
        if eigen is None and (twee := twijfel.twee_dichtbij(intent, tracker, domain)) is not None:
            # Two topics about equally likely: the first is answered, then "Gaat uw vraag over A of over B?".
            # (Asking instead of answering cost a first reply the answers subset of make test needs.)
            twijfel.vraag_welke(dispatcher, tracker, domain, twee)
        elif twijfel.twijfel(intent, tracker) or twijfel.te_onzeker(intent, tracker):
            # The most likely topic is answered; the next closest are offered in case it was another one.
            twijfel.zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker_anders", zonder={intent})
        if twijfel.klacht(tracker.latest_message.get("text") or ""):
            # "ik kreeg een boete, is dat eerlijk": the question answered, then the signaal offered (session 20)
            twijfel.bied_signaal_aan(dispatcher, tracker, domain)
        return onthouden


class ActionWatKunJe(Action):
    """'Wat kun je?': what Wegwijs does; but a question the model took for it whose words decide it ("wie kan mij
    gratis helpen met een bezwaar", "ik weet niet wat ik met die brief moet") gets that answer instead."""

    def name(self) -> str:
        return "action_wat_kun_je"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        tekst = laatste_bericht(tracker)
        if (signaal := twijfel.signaal_over_antwoord(dispatcher, tracker, tekst)) is not None:
            return signaal  # "dit is niet juist wat je zegt": a signaal about the answer (session 15)
        with in_sessievariant(tracker):  # dates and amounts of the facts in the session's language (session 19)
            eigen = None if tekst.startswith("/") else feiten_uit_bericht.voor_elk_onderwerp("wat_kun_je", tekst,
                                                                                             peildatum(tracker))
        if eigen is not None and eigen.response in domain.get("responses", {}):
            zeg_feit(dispatcher, tracker, eigen, template_values(tracker))
        else:
            dispatcher.utter_message(response="utter_wat_kun_je", **template_values(tracker))
        return []


class ActionNietBegrepen(Action):
    """Not understood or out of scope: say so once; the second time in a row offer a short menu and a person."""

    def name(self) -> str:
        return FALLBACK_ACTION

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        intent = (tracker.latest_message.get("intent") or {}).get("name", "")
        if crisis.zeg_crisis(dispatcher, tracker, domain, tracker.latest_message.get("text") or ""):
            return []  # "I can't go on" not understood: the crisis answer, never "I did not understand"
        # Not understood, but "ik ben 34" in it is still not asked again later.
        tekst = laatste_bericht(tracker)  # an English message read in English ("i am 34")
        onthouden = [SlotSet(slot, value) for slot, value in feiten_uit_bericht.onthouden(
            intent, tekst, peildatum(tracker)).items()]
        if (signaal := twijfel.signaal_over_antwoord(dispatcher, tracker, tekst)) is not None:
            return [*onthouden, *signaal]  # "je antwoord is fout" not understood: a signaal about the answer
        with in_sessievariant(tracker):  # "Until 1 March 2027", not "1 maart 2027", in English (session 19)
            eigen = feiten_uit_bericht.voor_elk_onderwerp(intent, tekst, peildatum(tracker))
        if eigen is not None and eigen.response in domain.get("responses", {}):
            # Not understood as a topic, but a fact in it decides a question ("mijn gas wordt afgesloten"):
            # that answer, then the closest topics in case another was meant.
            zeg_feit(dispatcher, tracker, eigen, template_values(tracker))
            twijfel.zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker_anders",
                                   min_kans=twijfel.MIN_KANS_ONBEGREPEN)
            return onthouden
        if vorige_antwoord_was(tracker, FALLBACK_ACTION):
            response = "utter_niet_begrepen_opnieuw"
        elif intent == "buiten_bereik":
            response = "utter_buiten_bereik"
        elif twijfel.dichtste_onderwerpen(tracker, domain, min_kans=(kans := twijfel.min_kans_onbegrepen(tracker))):
            # Some topics came close: say Wegwijs is not sure, and offer those and a person. (A real message the
            # classifier was unsure of names the closest topics it saw; gibberish only topics that came near.)
            twijfel.zeg_niet_zeker(dispatcher, tracker, domain, "utter_niet_zeker", min_kans=kans)
            return onthouden
        else:
            response = "utter_niet_begrepen"
        dispatcher.utter_message(response=response, **template_values(tracker))
        return onthouden


class ActionVergeetMij(Action):
    """After confirmation: tell the gateway to erase this conversation everywhere."""

    def name(self) -> str:
        return "action_vergeet_mij"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        dispatcher.utter_message(response="utter_vergeet_mij_gedaan")
        dispatcher.utter_message(json_message=ERASE_MARKER)
        return []
