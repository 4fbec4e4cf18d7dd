"""What the gateway passes on of a Rasa reply: text, buttons, and the optional meer_uitleg, links, overzicht.

Rasa's REST channel sends a message's custom part as an item of its own, right
after the text; gateway/rasa_client.py merges it into that message and keeps
only what the API promises (gateway/api_schema.py, BotMessage).
"""

from __future__ import annotations

import pytest
from jsonschema import Draft7Validator

from gateway.api_schema import BOT_MESSAGE
from gateway.rasa_client import bot_messages
from wegwijs.protocol import BERICHT_EXTRA, ERASE_MARKER

UITLEG = [{"kop": "Waarom", "tekst": "Giften tot de grens tellen niet mee."}]
BEL_113 = {"titel": "Bel 113 (gratis, dag en nacht)", "url": "tel:0800-0113"}


def extra(**fields) -> dict:
    return {"recipient_id": "x", "custom": {BERICHT_EXTRA: fields}}


def test_the_custom_part_joins_the_message_before_it():
    raw = [
        {"recipient_id": "x", "text": "U kunt nog € 1.100 krijgen."},
        extra(meer_uitleg=UITLEG, overzicht=True),
        {"recipient_id": "x", "text": "Wat kunt u nu doen?", "buttons": [{"title": "Mens", "payload": "/mens_spreken"}]},
        extra(links=[BEL_113]),
    ]
    assert bot_messages(raw) == [
        {"text": "U kunt nog € 1.100 krijgen.", "buttons": [], "meer_uitleg": UITLEG, "overzicht": True},
        {"text": "Wat kunt u nu doen?", "buttons": [{"title": "Mens", "payload": "/mens_spreken"}], "links": [BEL_113]},
    ]


def test_a_custom_part_in_the_same_item_counts_too():
    raw = [{"text": "Bel 113.", "custom": {BERICHT_EXTRA: {"links": [BEL_113]}}}]
    assert bot_messages(raw) == [{"text": "Bel 113.", "buttons": [], "links": [BEL_113]}]


def test_a_message_without_extras_stays_text_and_buttons():
    assert bot_messages([{"text": "Hallo"}]) == [{"text": "Hallo", "buttons": []}]


def test_a_custom_part_without_a_message_before_it_and_the_erase_marker_are_no_bubble():
    raw = [extra(links=[BEL_113]), {"custom": ERASE_MARKER}, {"text": "Gewist."}, {"custom": ERASE_MARKER}]
    assert bot_messages(raw) == [{"text": "Gewist.", "buttons": []}]


@pytest.mark.parametrize("url", [
    "javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<script>alert(1)</script>", "http://voorbeeldstad.nl",
    "https://", "https://user:pw@voorbeeldstad.nl", "https://x.nl/\"onmouseover=alert(1)", "tel:113;alert(1)",
    "tel:", "TEL:140000", "HTTPS://x.nl", "mailto:", "mailto:iemand", "mailto:a@b.nl?bcc=c@d.nl", "//voorbeeldstad.nl", "vbscript:x", " ",
])
def test_only_tel_mailto_and_https_links_pass(url):
    assert bot_messages([{"text": "t"}, extra(links=[{"titel": "Klik", "url": url}])]) == [{"text": "t", "buttons": []}]


@pytest.mark.parametrize("url", [
    "tel:0800-0113", "tel:112", "tel:+31704567890", "mailto:info@voorbeeldstad.nl",
    "https://www.voorbeeldstad.nl/contact", "https://chat.voorbeeldstad.nl/start?samenvatting=giften%20gevraagd",
])
def test_good_links_pass(url):
    [message] = bot_messages([{"text": "t"}, extra(links=[{"titel": "Klik", "url": url}])])
    assert message["links"] == [{"titel": "Klik", "url": url}]


@pytest.mark.parametrize("bad", [
    {"kop": "Waarom"}, {"tekst": "alleen tekst"}, {"kop": 3, "tekst": "t"}, {"kop": "k", "tekst": ["lijst"]},
    {"kop": " ", "tekst": "t"}, "Waarom", None, 7,
])
def test_meer_uitleg_parts_are_two_texts(bad):
    [message] = bot_messages([{"text": "t"}, extra(meer_uitleg=[bad, UITLEG[0]])])
    assert message["meer_uitleg"] == UITLEG


@pytest.mark.parametrize("value", ["true", 1, "ja", None, False, {"a": 1}])
def test_overzicht_is_only_true(value):
    assert bot_messages([{"text": "t"}, extra(overzicht=value)]) == [{"text": "t", "buttons": []}]


def test_unknown_keys_are_dropped():
    raw = [{"text": "t", "image": "https://x.nl/a.png"},
           extra(script="<script>", links=[{**BEL_113, "onclick": "x"}], meer_uitleg="geen lijst")]
    assert bot_messages(raw) == [{"text": "t", "buttons": [], "links": [BEL_113]}]


def test_every_normalised_message_fits_the_published_schema():
    raw = [{"text": "t", "buttons": [{"title": "a", "payload": "/a"}]},
           extra(meer_uitleg=UITLEG, links=[BEL_113, {"titel": "x", "url": "javascript:x"}], overzicht=True, x=1)]
    validator = Draft7Validator(BOT_MESSAGE)
    for message in bot_messages(raw):
        assert not list(validator.iter_errors(message))
