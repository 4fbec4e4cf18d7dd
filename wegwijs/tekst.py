"""What people type, without the characters that cannot be seen.

`strip_format_characters(text)` removes the invisible format characters
(Unicode category Cf): zero-width space, word joiner, byte order mark, soft
hyphen, bidi marks, embeddings, overrides and isolates. A message made only
of those is empty (issue #19, L8), and a bidi override cannot turn around
how a stored message reads.

It keeps the few format characters that are part of what is written:

- a zero-width joiner between two emoji: 👨‍👩‍👧, 🏳️‍🌈, 👩🏽‍💻;
- a zero-width joiner or non-joiner between two letters: Persian
  "می‌خواهم", Hindi "क्‍ष";
- the tag characters of a flag emoji (🏴 followed by tags, as for Scotland).

Variation selectors (❤️) and skin tones (👍🏽) are no format characters, so
they stay anyway.
"""

from __future__ import annotations

import unicodedata

ZWNJ = "\u200c"
ZWJ = "\u200d"
_BLACK_FLAG = "\U0001f3f4"
_TAGS = range(0xE0020, 0xE0080)  # tag letters up to and including CANCEL TAG
_VARIATION_SELECTORS = range(0xFE00, 0xFE10)
_SKIN_TONES = range(0x1F3FB, 0x1F400)


def strip_format_characters(text: str) -> str:
    """text without its invisible format characters, except those an emoji or a word needs."""
    kept: list[str] = []
    for i, char in enumerate(text):
        if unicodedata.category(char) != "Cf" or _needed(char, kept, text[i + 1 : i + 2]):
            kept.append(char)
    return "".join(kept)


def _needed(char: str, kept: list[str], next_char: str) -> bool:
    before = kept[-1] if kept else ""
    if ord(char) in _TAGS:
        return before == _BLACK_FLAG or (before != "" and ord(before) in _TAGS)
    if char == ZWJ and _emoji_before(kept) and _is_emoji(next_char):
        return True
    return char in (ZWJ, ZWNJ) and _letter_or_mark(before) and _is_letter(next_char)


def _emoji_before(kept: list[str]) -> bool:
    """The text so far ends in an emoji, perhaps with a variation selector or skin tone after it."""
    for char in reversed(kept):
        if ord(char) in _VARIATION_SELECTORS or ord(char) in _SKIN_TONES:
            continue
        return _is_emoji(char)
    return False


def _is_emoji(char: str) -> bool:
    return char != "" and unicodedata.category(char) == "So"


def _is_letter(char: str) -> bool:
    return char != "" and unicodedata.category(char).startswith("L")


def _letter_or_mark(char: str) -> bool:
    return char != "" and unicodedata.category(char)[0] in "LM"
