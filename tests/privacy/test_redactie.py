"""wegwijs/redactie.py: personal data out before anything is stored, everything else exactly as typed."""

from __future__ import annotations

import random
import string
import time
import unicodedata
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from wegwijs.redactie import (
    ADRES,
    BSN,
    EMAIL,
    GEBOORTEDATUM,
    IBAN,
    POSTCODE,
    TELEFOON,
    elfproef,
    found,
    iban_valid,
    redact,
    redact_value,
)

TODAY = date(2026, 3, 1)  # the corpus's "15 years ago" is counted from here
KINDS = (BSN, IBAN, TELEFOON, EMAIL, ADRES, POSTCODE, GEBOORTEDATUM)
CORPUS = yaml.safe_load((Path(__file__).parent / "redactie_corpus.yml").read_text(encoding="utf-8"))


def _id(index: int, entry: dict) -> str:
    return f"{index:03d}-" + "".join(c if c.isascii() and c.isprintable() else "?" for c in entry["tekst"][:40])


# ---------------------------------------------------------------- the corpus


@pytest.mark.parametrize("entry", CORPUS, ids=[_id(i, e) for i, e in enumerate(CORPUS)])
def test_corpus_message(entry):
    assert redact(entry["tekst"], today=TODAY) == entry["verwacht"]


def test_corpus_covers_every_kind_and_enough_near_misses():
    assert len(CORPUS) >= 220
    assert all(set(e) == {"tekst", "verwacht"} for e in CORPUS)
    changed = [e for e in CORPUS if e["tekst"] != e["verwacht"]]
    assert 0.4 <= len(changed) / len(CORPUS) <= 0.6, "about half the messages hold personal data"
    for kind in KINDS:
        assert sum(kind in e["verwacht"] for e in changed) >= 8, kind
    near_misses = [e for e in CORPUS if e["tekst"] == e["verwacht"] and any(c.isdigit() or c == "@" for c in e["tekst"])]
    assert len(near_misses) >= 40


@pytest.mark.parametrize("entry", CORPUS, ids=[_id(i, e) for i, e in enumerate(CORPUS)])
def test_redacting_twice_changes_nothing_more(entry):
    once = redact(entry["tekst"], today=TODAY)
    assert redact(once, today=TODAY) == once


# ---------------------------------------------------------------- the checks


@pytest.mark.parametrize("number", ["111222333", "123456782", "234567892", "617283941", "202020204"])
def test_elfproef_accepts(number):
    assert elfproef(number)


@pytest.mark.parametrize(
    "number",
    ["123456789", "987654321", "111222334", "000000000", "12345678", "1234567820", "12345678a", "", "１２３４５６７８２"],
)
def test_elfproef_rejects(number):
    assert not elfproef(number)


@pytest.mark.parametrize(
    "value",
    [
        "NL91ABNA0417164300",
        "nl91 abna 0417 1643 00",
        "NL20INGB0001234567",
        "BE68539007547034",
        "DE89370400440532013000",
        "GB29NWBK60161331926819",
    ],
)
def test_mod97_accepts(value):
    assert iban_valid(value)


@pytest.mark.parametrize(
    "value",
    [
        "NL92ABNA0417164300",  # check digits off by one
        "NL91ABNA0417164301",  # account number off by one
        "NL91ABNA041716430",  # one digit short for NL
        "XX91ABNA0417164300",  # no such country
        "NL91",
        "",
    ],
)
def test_mod97_rejects(value):
    assert not iban_valid(value)


def test_found_names_the_kinds_in_order():
    text = "bel 06-12345678, bsn 111222333, mail a@b.nl, geboren 1-2-1990"
    assert found(text, today=TODAY) == [TELEFOON, BSN, EMAIL, GEBOORTEDATUM]
    assert found("hoeveel mag ik bijverdienen", today=TODAY) == []


def test_an_old_date_counts_from_today():
    text = "ik woon hier al sinds 01-09-2003"
    assert redact(text, today=date(2010, 1, 1)) == text
    assert redact(text, today=date(2026, 3, 1)) == "ik woon hier al sinds [GEBOORTEDATUM]"


# ---------------------------------------------------------------- Rasa events


def test_redact_value_keeps_keys_and_other_values():
    event = {
        "event": "user",
        "timestamp": 1767225600.25,
        "text": "mijn bsn is 111222333 en mijn nummer 06-12345678",
        "parse_data": {
            "intent": {"name": "geef_gegevens", "confidence": 0.91},
            "entities": [{"entity": "bedrag", "value": "1200", "start": 5, "end": 9}],
            "intent_ranking": [{"name": "geef_gegevens", "confidence": 0.91}],
            "text": "mijn bsn is 111222333 en mijn nummer 06-12345678",
        },
        "input_channel": "rest",
        "message_id": "4f1c2a9e0b7d4c3e",
        "metadata": {"gemeente": "utrecht", "test": False, "extra": None, "regels": ("mail jan@gmail.com", 3)},
    }
    original = repr(event)
    redacted = redact_value(event, today=TODAY)
    assert redacted == {
        "event": "user",
        "timestamp": 1767225600.25,
        "text": "mijn bsn is [BSN] en mijn nummer [TELEFOON]",
        "parse_data": {
            "intent": {"name": "geef_gegevens", "confidence": 0.91},
            "entities": [{"entity": "bedrag", "value": "1200", "start": 5, "end": 9}],
            "intent_ranking": [{"name": "geef_gegevens", "confidence": 0.91}],
            "text": "mijn bsn is [BSN] en mijn nummer [TELEFOON]",
        },
        "input_channel": "rest",
        "message_id": "4f1c2a9e0b7d4c3e",
        "metadata": {"gemeente": "utrecht", "test": False, "extra": None, "regels": ["mail [EMAIL]", 3]},
    }
    assert repr(event) == original, "the event itself is not changed"


def test_redact_value_of_plain_values():
    assert redact_value("bel 0612345678", today=TODAY) == "bel [TELEFOON]"
    assert redact_value(["06-12345678", 42, 1.5, True, None], today=TODAY) == ["[TELEFOON]", 42, 1.5, True, None]


# ---------------------------------------------------------------- speed and properties


@pytest.mark.parametrize(
    "alphabet",
    [string.digits, string.ascii_letters + string.digits, string.ascii_lowercase + string.digits + " .-,@/+€"],
)
def test_a_long_message_is_done_quickly(alphabet):
    rng = random.Random(2026)
    text = "".join(rng.choice(alphabet) for _ in range(2000))
    started = time.perf_counter()
    result = redact(text, today=TODAY)
    # Generous on purpose (shared machines): it takes a few ms; catastrophic backtracking would take minutes.
    assert time.perf_counter() - started < 1.0
    assert isinstance(result, str)


@pytest.mark.parametrize("text", ["1 " * 1000, "a@" + "a." * 999, "NL12 " * 400, "1234 ab " * 250, "a" * 1999 + "@"])
def test_repetitive_long_messages_are_done_quickly(text):
    started = time.perf_counter()
    redact(text, today=TODAY)
    assert time.perf_counter() - started < 1.0


def _no_digit_or_at(char: str) -> bool:
    """Redaction reads digits of any script as digits ("١", "１"), and NFKC first ("²" is 2, "＠" is @)."""
    return not any(c == "@" or unicodedata.category(c) == "Nd" for c in unicodedata.normalize("NFKC", char))


@given(st.text(alphabet=st.characters().filter(_no_digit_or_at), max_size=300))
def test_text_without_digits_or_at_is_returned_unchanged(text):
    assert redact(text) == text


# Messages built from pieces that look like personal data, separated by spaces as people type them.
_PIECES = st.sampled_from(
    ["0", "06", "12", "1234", "+31", "NL", "nl91", "ab", "AB", "en", "-", ".", ",", "@", "gmail.com", "kerkstraat",
     "geboren", "€", "euro", "maart", "2019", "1985", "123456782", "111222333", "0612345678", "NL20INGB0001234567",
     "1234 AB", "nr", "in", "geb", "03-04-1985", "hoi"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=20).map(" ".join))
def test_redacting_twice_changes_nothing_more_for_made_up_messages(text):
    once = redact(text, today=TODAY)
    assert redact(once, today=TODAY) == once
