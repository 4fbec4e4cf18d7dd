"""What ActionAntwoord says to one first message with a given intent: shared by the answer-first tests."""

from __future__ import annotations

from datetime import date

import knowledge
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.antwoorden import ActionAntwoord
from wegwijs.responses import all_responses, response_text

DOMAIN = {"responses": all_responses()}


def antwoord(intent: str, text: str, peildatum: str, variant: str = "nl-u") -> list[dict]:
    """The messages ActionAntwoord sends for `text`, classified as `intent` with confidence, on `peildatum`."""
    tracker = Tracker("test", {"variant": variant},
                      {"text": text, "metadata": {"peildatum": peildatum}, "intent": {"name": intent, "confidence": 0.9}},
                      [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    ActionAntwoord().run(dispatcher, tracker, DOMAIN)
    return dispatcher.messages


def antwoord_namen(intent: str, text: str, peildatum: str, variant: str = "nl-u") -> list[str]:
    """The names of the responses ActionAntwoord sends for `text` (see antwoord)."""
    return [m.get("response") for m in antwoord(intent, text, peildatum, variant)]


def tekst_op(bericht: dict, dag: date, variant: str = "nl-u") -> str:
    """The text a message of the actions shows on `dag`: its response filled with the facts of knowledge/."""
    values = {k: v for k, v in bericht.items() if isinstance(v, str)}
    values.update(knowledge.feiten(dag))
    values.update({"gemeente_naam": "Voorbeeldstad"})
    return response_text(bericht["response"], variant, **values)
