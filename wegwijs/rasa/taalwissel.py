"""When `action_validate_slot_mappings` can act: on a message the language filter marked English, and on the
next message of a session that chose Dutch after such a message was answered in English.

Rasa 3.6 calls `action_validate_slot_mappings` inside action_extract_slots after
every message, whatever the message (issue #15: it switches a session whose
language nobody chose to English, answers an English message in a session that
chose Dutch in English and offers English, and puts that session back into Dutch
at its next message that is not English; actions/taal.py). For any other message the
action answers nothing: no events, no messages. The action and the Rasa server
both ask `kan_taal_wisselen`, so the Rasa server leaves out the call when the
answer is known to be empty (wegwijs/rasa/server.py, issue #16): what Rasa then
does is what it does with an empty answer. Anything the action is to do for
other messages needs this function changed too.

No Rasa imports: the action server imports this module as well.
"""

from __future__ import annotations

import re
from typing import Any

UITKOMST = "taalfilter"  # in the parse result (wegwijs/rasa/taalfilter.py): what the language filter decided
ENGELS_VERSTAAN = "engels"  # UITKOMST of an English message whose intent the classifier gave


def kan_taal_wisselen(latest_message: Any, variant: Any = None) -> bool:
    """True when the message (Rasa's parse data, or rasa-sdk's tracker.latest_message) was marked English, or when
    the session chose Dutch and the slot `variant` (`variant`) is still English from an English message before."""
    if not isinstance(latest_message, dict):
        return False
    if latest_message.get(UITKOMST) == ENGELS_VERSTAAN:
        return True
    return variant == ENGELS and nederlands_gekozen(latest_message.get("metadata"))


ENGELS = "en"  # the variant and the language (knowledge/varianten.py)


def nederlands_gekozen(metadata: Any) -> bool:
    """The person chose Dutch (the gateway's metadata, gateway/core.py): the session stays Dutch, an English
    message is answered in English with an offer to go on in English (actions/taal.py)."""
    return isinstance(metadata, dict) and metadata.get("taal_gekozen") is True and metadata.get("taal") != ENGELS


# English that the language filter took for Dutch (issue #15, session 16): "how much bijstand do i get, i am 35 and live
# alone" holds Dutch terms and names, so lingua was not sure and the filter left it Dutch; the session stayed Dutch and
# the Dutch readers of the forms missed "i am 35" and "6 weeks". Function words tell English: words that are no Dutch
# words, against Dutch function words (a word of both lists, "is", "me", "we", counts for neither). Loanwords Dutch
# writers use ("hi", "thanks", "sorry", "ok", "yes", "please", "job") are in neither list, and "will" neither (a
# typo of "wil"). The words of asking for a person count too (session 19): short broken English such as "talk human",
# "give me real person", "connect me with employee please" has too few function words to be told by them alone.
_ENGELSE_WOORDEN = frozenset("""
    i i'm im i've ive i'll you you're your the and or with for to how much many what what's when where why who which
    can can't cannot could would should must do does did don't dont doesn't didn't have has had get got gets getting
    my me mine he she they them their it it's this that these those if am are was were be been being not still only
    every each month months weeks days year years go going want wanna need allowed there from about after before
    abroad living live lives alone money any some won't our us his her him is
    talk speak human person someone somebody anyone anybody real give connect call phone number employee agent operator
""".split())
_NEDERLANDSE_WOORDEN = frozenset("""
    ik je jij jou jouw u uw de het een en van mijn mn m'n heb hebt ben bent wat hoe hoeveel mag mogen kan kun kunt
    krijg krijgt krijgen wil wilt niet geen met voor naar maar dat die er ook nog als wel bij zijn hij zij ze wij per
    maand maanden weken dagen jaar op te om moet moeten mij me ons onze hun heeft word wordt worden gaat ga gaan waar
    wanneer waarom wie welke dan of graag alleen woon woont wonen is we he had was
""".split())
_WOORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def lijkt_engels(text: str) -> bool:
    """The message is English by its function words: three or more English ones and at least three times as many as
    Dutch ones, or two or more and no Dutch one ("what is the aow age now")."""
    woorden = _WOORD.findall((text or "").lower().replace("\u2019", "'"))
    en = sum(w in _ENGELSE_WOORDEN and w not in _NEDERLANDSE_WOORDEN for w in woorden)
    nl = sum(w in _NEDERLANDSE_WOORDEN and w not in _ENGELSE_WOORDEN for w in woorden)
    return (en >= 3 and en >= 3 * nl) or (en >= 2 and nl == 0)
