"""When `action_validate_slot_mappings` can act: only on a message the language filter marked English.

Rasa 3.6 calls `action_validate_slot_mappings` inside action_extract_slots after
every message, whatever the message (issue #15: it switches a session whose
language nobody chose to English, actions/taal.py). For any other message the
action answers nothing: no events, no messages. The action and the Rasa server
both ask `kan_taal_wisselen`, so the Rasa server leaves out the call when the
answer is known to be empty (wegwijs/rasa/server.py, issue #16): what Rasa then
does is what it does with an empty answer. Anything the action is to do for
other messages needs this function changed too.

No Rasa imports: the action server imports this module as well.
"""

from __future__ import annotations

from typing import Any

UITKOMST = "taalfilter"  # in the parse result (wegwijs/rasa/taalfilter.py): what the language filter decided
ENGELS_VERSTAAN = "engels"  # UITKOMST of an English message whose intent the classifier gave


def kan_taal_wisselen(latest_message: Any) -> bool:
    """True when the message (Rasa's parse data, or rasa-sdk's tracker.latest_message) was marked English."""
    return isinstance(latest_message, dict) and latest_message.get(UITKOMST) == ENGELS_VERSTAAN
