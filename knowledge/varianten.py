"""The variants of every user-facing text: one key per language and form of address.

A variant key says in which language and how Wegwijs speaks to a resident:

    "nl-u"   Dutch, "u"   (the standard; every text exists in it)
    "nl-je"  Dutch, "je"  (gemeenten with `aanspreekvorm: je`)
    "en"     English (a session with `"taal": "en"`; the gemeente's u/je does not apply)

The same key selects the Rasa responses (slot `variant`), the texts of
knowledge/teksten.yml and the texts the gateway, widget and Telegram read from
bot/domain/ (wegwijs/responses.py). A new language is its lines in VARIANT_VAN
and TERUGVAL here, plus its texts and NLU data (docs/architecture.md).

This module imports nothing of the project: knowledge/, actions/ and wegwijs/
all use it.
"""
from __future__ import annotations

from typing import Callable

# The registration: (language of the session, the gemeente's aanspreekvorm) -> variant.
# A language without a "u"/"je" distinction maps both to one variant: ("en", "u"): "en", ("en", "je"): "en".
VARIANT_VAN: dict[tuple[str, str], str] = {
    ("nl", "u"): "nl-u", ("nl", "je"): "nl-je",
    ("en", "u"): "en", ("en", "je"): "en",
}
TALEN = tuple(dict.fromkeys(taal for taal, _ in VARIANT_VAN))  # ("nl", "en"): what a session may choose
STANDAARD_TAAL = "nl"

# Where a variant looks when it has no text of its own. A "je" text exists only
# when the text addresses the reader; otherwise the "u" text is the same for both.
# English is not complete yet (issue #15): a text without its English variation falls
# back to the Dutch standard text. tests/test_engels.py lists exactly which texts
# still do, so this fallback never hides work that is not done.
TERUGVAL: dict[str, tuple[str, ...]] = {"nl-u": (), "nl-je": ("nl-u",), "en": ("nl-u",)}

VARIANTEN = tuple(dict.fromkeys(VARIANT_VAN.values()))  # ("nl-u", "nl-je", "en")
NEDERLANDSE_VARIANTEN = tuple(v for v in VARIANTEN if v.startswith("nl-"))  # scored by the Dutch B1 check
STANDAARD = "nl-u"
AANSPREEKVORMEN = ("u", "je")  # the gemeente setting `aanspreekvorm` (docs/gemeente.md)


def variant_van(taal: str = "nl", aanspreekvorm: str = "u") -> str:
    """The variant key for a language and a form of address: ("nl", "je") -> "nl-je"."""
    try:
        return VARIANT_VAN[taal, aanspreekvorm]
    except KeyError:
        raise ValueError(f"no variant for language {taal!r} with aanspreekvorm {aanspreekvorm!r}") from None


def taal_van(variant: str) -> str:
    """The language of a variant: "nl-je" -> "nl", "en" -> "en"."""
    return geldig(variant).split("-", 1)[0]


def geldig(variant: str) -> str:
    """``variant`` itself if it is registered; a ValueError otherwise."""
    if variant not in VARIANTEN:
        raise ValueError(f"variant must be one of {', '.join(VARIANTEN)}, not {variant!r}")
    return variant


def volgorde(variant: str) -> tuple[str, ...]:
    """The variants to look in for a text, in order: the variant itself, then its fallbacks.

    This is the one selection rule for every text of Wegwijs:
    ``volgorde("nl-je") == ("nl-je", "nl-u")``.
    """
    return (geldig(variant), *TERUGVAL[variant])


def kies(variant: str, heeft: Callable[[str], bool]) -> str:
    """The first variant in ``volgorde(variant)`` for which ``heeft(v)`` is true; KeyError if none."""
    for kandidaat in volgorde(variant):
        if heeft(kandidaat):
            return kandidaat
    raise KeyError(f"no text in variant {variant!r} or its fallbacks {TERUGVAL[variant]}")
