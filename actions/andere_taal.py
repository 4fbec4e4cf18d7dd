"""A first message in another language: the fixed text in that language, the gemeente's phone and a tolk.

wegwijs/rasa/taalfilter.py recognises the language and gives the intent
`andere_taal` with the entity `taalcode`. The texts are written once in
bot/andere_talen.yml (never translated by a machine while someone chats);
under each comes the same in Dutch. A button leads to the Dutch taal topic
(short, simple sentences and the phone line with a tolk), another to English, a link calls the gemeente.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import crisis
from actions.bericht import extra, link
from actions.context import taal_gekozen, template_values, variant
from actions.taal import spreek_engels, zeg
from wegwijs.settings import ROOT

TEKSTEN = ROOT / "bot" / "andere_talen.yml"
ENTITY = "taalcode"
STANDAARD_TAAL = "en"  # a language without a text of its own gets the English one
NAAR_NEDERLANDS = "/taal"
NAAR_ENGELS = "/taal_en"  # wegwijs/taalkeuze.py: the gateway switches the session to English


@lru_cache(maxsize=1)
def andere_talen() -> dict[str, Any]:
    return yaml.safe_load(TEKSTEN.read_text(encoding="utf-8"))


def taal_van(tracker: Tracker) -> str:
    talen = andere_talen()["talen"]
    for entity in tracker.latest_message.get("entities") or []:
        if entity.get("entity") == ENTITY and entity.get("value") in talen:
            return entity["value"]
    return STANDAARD_TAAL


def vul_in(tekst: str, values: dict[str, str]) -> str:
    for key in ("gemeente_naam", "gemeente_telefoon"):
        tekst = tekst.replace("{" + key + "}", values[key])
    return tekst


class ActionAndereTaal(Action):
    """The short text in the person's language, then the same in Dutch, a call link and a Dutch button."""

    def name(self) -> str:
        return "action_andere_taal"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict) -> list[dict[str, Any]]:
        if crisis.zeg_crisis(dispatcher, tracker, domain, tracker.latest_message.get("text") or ""):
            return []  # "I want to end my life" in a Dutch session: the crisis answer, not the language note
        data = andere_talen()
        if taal_van(tracker) == "en":
            # English (issue #15): an English session says it cannot read this yet and offers the topics;
            # a first English message in a session whose language nobody chose switches it to English.
            if variant(tracker) == "en":
                zeg(dispatcher, domain, "utter_engels_niet_begrepen", "en", template_values(tracker))
                return []
            if not taal_gekozen(tracker):
                return spreek_engels(dispatcher, tracker, domain)
        taal = data["talen"][taal_van(tracker)]
        values = template_values(tracker)
        nederlands = data["nederlands"].get(variant(tracker)) or data["nederlands"]["nl-u"]
        dispatcher.utter_message(text=vul_in(taal["tekst"], values),
                                 json_message=extra(links=[link(taal["bellen"], values["gemeente_telefoon_url"])]))
        # English is a session language too (issue #15): a button switches to it, beside the simple-Dutch topic.
        dispatcher.utter_message(text=vul_in(nederlands, values),
                                 buttons=[{"title": data["knop_nederlands"], "payload": NAAR_NEDERLANDS},
                                          {"title": data["knop_engels"], "payload": NAAR_ENGELS}])
        return []
