"""What the gateway and its clients agree on, beyond the JSON schema (gateway/api_schema.py).

The ground floor: the gateway, the channels (kanalen/) and the actions all
import these names from here, so that none of them imports another for a
constant. Only the standard library and wegwijs.secret.
"""

from __future__ import annotations

import os
from pathlib import Path

from wegwijs.secret import read_or_create

# How a channel asks for the welcome again (Telegram's /start), and how a test session's recorded turns show it.
WELCOME_PAYLOAD = "/welkom"

# The custom message action_vergeet_mij (actions/antwoorden.py) sends after the person confirmed.
ERASE_MARKER = {"wegwijs_actie": "gesprek_wissen"}

# The key of a custom part that belongs to the bot message just before it: its optional
# fields meer_uitleg, links and overzicht (gateway/api_schema.py). An action or a domain
# response sends it as json_message / custom; gateway/rasa_client.py merges it into that message.
BERICHT_EXTRA = "wegwijs_bericht"

# The custom message that says Wegwijs recognised the person's language in their first message
# (actions/taal.py): {"wegwijs_taal": "en"}; the gateway then keeps that language for the session.
TAAL_MARKER = "wegwijs_taal"

# What the gateway sends Rasa after the person chose another language (wegwijs/taalkeuze.py):
# action_taal_kiezen then sets the slot `variant` from the metadata "taal" and keeps every other slot.
TAAL_KIEZEN_PAYLOAD = "/taal_kiezen"

# The reply key that says the gateway erased the conversation the person asked to erase.
ERASED_KEY = "gesprek_gewist"

# With these two headers a channel bridge (Telegram) names its user, so each chat has its own rate limit.
CHANNEL_TOKEN_HEADER = "X-Wegwijs-Kanaal"
CHANNEL_USER_HEADER = "X-Wegwijs-Gebruiker"


CHANNEL_KEY_ENV = "WEGWIJS_KANAAL_SLEUTEL"


def channel_token(var_dir: Path) -> str:
    """The secret our own channels (the Telegram bridge) show: from WEGWIJS_KANAAL_SLEUTEL when it is set
    (gateways on several nodes must all know the same one), else made once per var/ folder."""
    return os.environ.get(CHANNEL_KEY_ENV, "").strip() or read_or_create(var_dir / "kanaal.token")
