"""What every answer needs to know: the peildatum, the person's gemeente and the variant of its texts."""

from __future__ import annotations

import os
import re
from datetime import date
from typing import TYPE_CHECKING

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import engels, namens
from knowledge import varianten
from knowledge.teksten import met_variant
from wegwijs.gemeente import OnbekendeGemeenteFout, laad_gemeente, tel_url

if TYPE_CHECKING:
    from actions.feiten_uit_bericht import Antwoord

DEFAULT_GEMEENTE = os.environ.get("WEGWIJS_GEMEENTE", "voorbeeldstad")
VARIANT_SLOT = "variant"


def peildatum_uit_metadata(metadata) -> date | None:
    value = (metadata or {}).get("peildatum") if isinstance(metadata, dict) else None
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def peildatum(tracker: Tracker | None = None) -> date:
    """The test session's peildatum, else WEGWIJS_PEILDATUM (tests that must stay true), else today.

    Only test sessions carry a peildatum in the message metadata: the gateway
    sets it for them (gateway/review.py); a real user's client never can.
    """
    if tracker is not None:
        fixed = peildatum_uit_metadata(tracker.latest_message.get("metadata"))
        if fixed:
            return fixed
    fixed = os.environ.get("WEGWIJS_PEILDATUM")
    return date.fromisoformat(fixed) if fixed else date.today()


def gemeente_code(tracker: Tracker) -> str:
    """The gemeente the gateway put in the message metadata, if it is a known one.

    At the start of a session there is no message yet: then Rasa has put the
    first message's metadata in the slot `session_started_metadata`.
    """
    metadata = tracker.latest_message.get("metadata") or tracker.get_slot("session_started_metadata") or {}
    code = (metadata.get("gemeente") if isinstance(metadata, dict) else None) or DEFAULT_GEMEENTE
    try:
        laad_gemeente(code)
    except OnbekendeGemeenteFout:
        return DEFAULT_GEMEENTE
    return code


def template_values(tracker: Tracker) -> dict[str, str]:
    """Values for the {placeholders} in the responses of bot/domain/."""
    code = gemeente_code(tracker)
    with met_variant(variant(tracker)):  # dates and words inside the facts in the session's language
        feiten = knowledge.feiten(peildatum(tracker), code)
    values = {**feiten, **laad_gemeente(code).template_values()}
    # {telefoon_113_url}: the tel: link of a helpline, for the call buttons of a response's links.
    return {**values, **{f"{k}_url": tel_url(v) for k, v in values.items() if k.startswith("telefoon_")}}


def in_sessievariant(tracker: Tracker) -> met_variant:
    """``with in_sessievariant(tracker):`` renders amounts, dates and texts inside in the session's variant
    ("€1,200" and "1 March 2026" in an English session)."""
    return met_variant(variant(tracker))


def variant(tracker: Tracker) -> str:
    """"nl-u", "nl-je" or "en" (knowledge/varianten.py): the slot set at the start of the session.

    Rasa chooses the variation of every response by this slot; texts the actions
    pick themselves (knowledge/teksten.yml, words inside a summary) follow the
    same slot, so one conversation never mixes two variants.
    """
    value = tracker.get_slot(VARIANT_SLOT)
    return value if value in varianten.VARIANTEN else varianten.STANDAARD


def zeg_feit(dispatcher: CollectingDispatcher, tracker: Tracker, feit: Antwoord, values: dict) -> None:
    """A fact's answer (actions/feiten_uit_bericht) with its values in the session's language ("€20,000", "1 March
    2027"): one way for the topic answers (actions/antwoorden.py) and the calculators (actions/rekenhulp.py)."""
    dispatcher.utter_message(response=feit.response, **values,
                             **engels.waarden_in_sessietaal(feit.waarden, variant(tracker)))


def laatste_bericht(tracker: Tracker) -> str:
    """The person's last message as the rules read it: in an English session put into the Dutch words the readers
    of actions/parse.py take (actions/engels.py), else as typed; a question asked for a client in the client's first
    person (actions/namens.py: "namens een cliënt: man van 42" is "ik ben 42")."""
    return met_eigen_partner(namens.als_eigen_vraag(engels.in_sessietaal(tracker.latest_message.get("text") or "",
                                                                         variant(tracker))))


# "man is 68 en ik ben 60, welke bijstand krijgen wij samen", "vrouw 45, ik 50": a bare man/vrouw with an age that
# opens the message beside the person's own age is the partner, as "mijn man" (session 18; was a housemate of 68).
_KALE_PARTNER = re.compile(r"^(\s*)(man|vrouw)\b(?=\s+(?:is\s+|van\s+)?\d{2}\b)", re.IGNORECASE)
_EIGEN_LEEFTIJD_OOK = re.compile(r"\b(?:ik|i)\s+(?:ben\s+|zelf\s+)?\d{2}\b", re.IGNORECASE)


def met_eigen_partner(text: str) -> str:
    """``text`` with a bare opening 'man is 68' read as 'mijn man is 68' where the person gives their own age too."""
    if _KALE_PARTNER.match(text or "") and _EIGEN_LEEFTIJD_OOK.search(text):
        return _KALE_PARTNER.sub(lambda m: f"{m[1]}mijn {m[2]}", text, count=1)
    return text


def gemeente_variant(tracker: Tracker) -> str:
    """The variant of the gemeente in the settings file (`aanspreekvorm: je` gives "nl-je"), default "nl-u".

    A test session may carry the u or je a tester chose on /review (metadata
    "variant"); only the gateway sets a test session's metadata, never a client.
    """
    metadata = tracker.latest_message.get("metadata") or tracker.get_slot("session_started_metadata") or {}
    if sessie_taal(metadata) != varianten.STANDAARD_TAAL:
        return laad_gemeente(gemeente_code(tracker)).variant_voor(sessie_taal(metadata))
    chosen = metadata.get("variant") if isinstance(metadata, dict) and metadata.get("test") is True else None
    if chosen in varianten.NEDERLANDSE_VARIANTEN:
        return chosen
    return laad_gemeente(gemeente_code(tracker)).variant


def sessie_taal(metadata) -> str:
    """The session's language the gateway put in the metadata ("nl", "en"; issue #15), default Dutch."""
    taal = metadata.get("taal") if isinstance(metadata, dict) else None
    return taal if taal in varianten.TALEN else varianten.STANDAARD_TAAL


def taal_gekozen(tracker: Tracker) -> bool:
    """The person chose the session's language (the API, a button, "English please"): Wegwijs keeps it."""
    metadata = tracker.latest_message.get("metadata") or {}
    return isinstance(metadata, dict) and metadata.get("taal_gekozen") is True


def vorige_antwoord_was(tracker: Tracker, action: str) -> bool:
    """True when `action` answered the previous user message too (not understood twice, a button pressed twice)."""
    user_turns = 0
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            user_turns += 1
            if user_turns == 2:
                return False
        elif user_turns == 1 and event.get("event") == "action" and event.get("name") == action:
            return True
    return False
