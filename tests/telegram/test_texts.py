"""Long replies, escaping and button payloads: pure functions, no network."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from telegram.helpers import escape_markdown

from tests.telegram.fake_bot_api import parse_markdown_v2
from kanalen.telegram import (
    MAX_CALLBACK_DATA_BYTES,
    callback_data,
    payload_of,
    split_message,
    utf16_length,
)

words = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)
texts = st.lists(st.one_of(words, st.sampled_from([" ", ". ", "\n", "\n\n", "!"])), max_size=400).map("".join)


@given(texts, st.integers(min_value=2, max_value=300))
def test_pieces_fit_and_lose_nothing_but_whitespace(text, limit):
    pieces = split_message(text, limit)
    assert all(piece.strip() and utf16_length(piece) <= limit for piece in pieces)
    assert "".join("".join(pieces).split()) == "".join(text.split())


def test_a_long_reply_is_cut_between_paragraphs_then_after_sentences():
    first, second = "Eerste alinea. " * 20, "Tweede alinea. " * 20
    assert split_message(f"{first.strip()}\n\n{second.strip()}", limit=400) == [first.strip(), second.strip()]
    sentences = split_message("Een korte zin. " * 40, limit=100)
    assert len(sentences) > 1 and all(piece.endswith("zin.") for piece in sentences)


def test_a_reply_under_the_limit_stays_whole_and_the_limit_is_telegrams():
    assert split_message("Hallo.") == ["Hallo."]
    assert split_message("a" * 4096) == ["a" * 4096]
    assert [len(p) for p in split_message("a" * 4097)] == [4096, 1]
    assert len(split_message("😀" * 2049)) == 2  # an emoji is two UTF-16 code units


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1))
def test_escaped_text_shows_exactly_as_written(text):
    assert parse_markdown_v2(escape_markdown(text, version=2)) == text


@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
def test_every_payload_fits_in_callback_data_and_comes_back(payload):
    long_payloads: dict[str, str] = {}
    data = callback_data(payload, long_payloads)
    assert 1 <= len(data.encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
    assert payload_of(data, long_payloads) == payload


def test_short_payloads_survive_a_restart_and_unknown_data_is_refused():
    assert payload_of(callback_data("/giften", {}), {}) == "/giften"
    assert payload_of(callback_data("/giften" + "x" * 80, {}), {}) is None
    assert payload_of("iets anders", {}) is None


def test_the_bridges_own_texts_follow_the_users_telegram_language():
    """Issue #15: /help, /wis, errors and the "Meer uitleg" label in the language of the user's Telegram."""
    from types import SimpleNamespace

    from kanalen.telegram import Bridge

    bridge = Bridge(gateway=None, sessions=None, gemeente="voorbeeldstad")

    def update(code):
        return SimpleNamespace(effective_user=SimpleNamespace(language_code=code))

    assert bridge.text("utter_telegram_help", update("en-GB")).startswith("I am Wegwijs")
    assert bridge.text("utter_telegram_help", update("nl")).startswith("Ik ben Wegwijs")
    assert bridge.text("utter_telegram_help", update("ar")).startswith("Ik ben Wegwijs")  # the gemeente's Dutch
    assert bridge.text("utter_telegram_help").startswith("Ik ben Wegwijs")
    assert "Telegram" in bridge.text("utter_telegram_gewist", update("en")) and "erased" in bridge.text(
        "utter_telegram_gewist", update("en"))
