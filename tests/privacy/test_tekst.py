"""wegwijs/tekst.py: invisible format characters out (issue #19, L8), emoji and words as they are."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wegwijs.tekst import strip_format_characters

# Every format character (category Cf) in this Python's Unicode database.
FORMAT_CHARS = [chr(cp) for cp in range(0x110000) if unicodedata.category(chr(cp)) == "Cf"]

FAMILY = "👨\u200d👩\u200d👧"
RAINBOW_FLAG = "🏳\ufe0f\u200d🌈"
TECHNOLOGIST = "👩🏽\u200d💻"
HEART_ON_FIRE = "❤\ufe0f\u200d🔥"
SCOTLAND = "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
PERSIAN = "می\u200cخواهم"  # "ik wil": the ZWNJ belongs to the spelling
HINDI = "क्\u200dष"


@pytest.mark.parametrize(
    "text",
    ["\u200b\u200b", "\u202e", "\ufeff", "\u2066\u2069", "\u200d", "\u200c", "\u00ad", "\u2060\u200e\u200f", "\U000e0067"],
)
def test_a_message_of_only_format_characters_is_empty(text):
    """The review's examples (L8): these were accepted as a message."""
    assert strip_format_characters(text) == ""


@pytest.mark.parametrize(
    "text, stripped",
    [
        ("hallo\u200bdaar", "hallodaar"),
        ("\u2066mijn bsn\u2069 is geheim", "mijn bsn is geheim"),
        ("\u202eekal", "ekal"),
        ("\ufeffhoi", "hoi"),
        ("bij\u00adstand", "bijstand"),
        ("👍\u200d", "👍"),
        ("\u200d👍", "👍"),
        ("a\u200d👍", "a👍"),
        ("👍\u200d a", "👍 a"),
        ("1\u200d2", "12"),
        ("hoi\U000e0067", "hoi"),
    ],
)
def test_format_characters_are_taken_out(text, stripped):
    assert strip_format_characters(text) == stripped


@pytest.mark.parametrize(
    "text",
    [
        FAMILY,
        RAINBOW_FLAG,
        TECHNOLOGIST,
        HEART_ON_FIRE,
        SCOTLAND,
        "❤️",  # variation selector
        "✌︎",  # text style
        "👍🏽",  # skin tone
        "1️⃣",  # keycap
        PERSIAN,
        HINDI,
        "Auf\u200clage",
        f"dank je {FAMILY} {RAINBOW_FLAG}!",
        "hoeveel mag ik bijverdienen?",
        "",
    ],
)
def test_emoji_sequences_and_words_stay_as_they_are(text):
    assert strip_format_characters(text) == text


def test_only_the_format_characters_are_taken_out_of_a_mix():
    text = f"\u200b{FAMILY}\u2066 {PERSIAN} \u202e{SCOTLAND}\ufeff"
    assert strip_format_characters(text) == f"{FAMILY} {PERSIAN} {SCOTLAND}"


@given(st.text(alphabet=st.sampled_from(FORMAT_CHARS), max_size=50))
def test_text_of_format_characters_only_is_always_empty(text):
    assert strip_format_characters(text) == ""


@given(st.text())
def test_stripping_twice_changes_nothing_more(text):
    once = strip_format_characters(text)
    assert strip_format_characters(once) == once


@given(st.text(alphabet=st.characters(blacklist_categories=("Cf", "Cs"))))
def test_text_without_format_characters_is_returned_as_it_is(text):
    assert strip_format_characters(text) == text


@given(st.text())
def test_only_joiners_between_emoji_or_letters_and_flag_tags_are_left(text):
    for i, char in enumerate(stripped := strip_format_characters(text)):
        if unicodedata.category(char) == "Cf":
            assert char in "\u200c\u200d" or 0xE0020 <= ord(char) <= 0xE007F, repr(char)
            assert 0 < i < len(stripped) - 1 or ord(char) >= 0xE0020
