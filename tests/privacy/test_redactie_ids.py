"""Rasa's random hex ids in an event stay as they are; what a person typed is redacted as before."""

from __future__ import annotations

import random
import uuid
from datetime import date

import pytest

from wegwijs.redactie import redact, redact_value

TODAY = date(2026, 3, 1)
# uuid4().hex values that the text patterns read as a BSN, a street with a number and a postcode.
IDS_DIE_OP_GEGEVENS_LIJKEN = [
    "78e510617311d8a3c2ce6f447ed4d57b",
    "afbd67f9619699cfe1988ad9f06c144a",
    "de3a5db5154ed51212093d26ac512b01",
    "c10faa4003ba33db73f7ba8e0445d656",
]


def user_event(message_id: str, model_id: str, text: str) -> dict:
    return {
        "event": "user", "text": text, "message_id": message_id,
        "parse_data": {"text": text, "message_id": message_id, "intent": {"name": "giften", "confidence": 0.9}},
        "metadata": {"gemeente": "utrecht", "model_id": model_id},
    }


@pytest.mark.parametrize("rasa_id", IDS_DIE_OP_GEGEVENS_LIJKEN)
def test_a_message_id_and_a_model_id_stay_intact_while_the_text_is_redacted(rasa_id):
    assert redact(rasa_id, today=TODAY) != rasa_id, "the id looks like personal data when read as text"
    stored = redact_value(user_event(rasa_id, rasa_id, "mijn bsn is 111222333"), today=TODAY)
    assert stored["message_id"] == stored["parse_data"]["message_id"] == stored["metadata"]["model_id"] == rasa_id
    assert stored["text"] == stored["parse_data"]["text"] == "mijn bsn is [BSN]"


def test_no_random_id_of_rasa_is_changed():
    rng = random.Random(17)
    for _ in range(2000):
        rasa_id = uuid.UUID(int=rng.getrandbits(128), version=4).hex
        stored = redact_value({"message_id": rasa_id, "metadata": {"model_id": rasa_id}}, today=TODAY)
        assert stored == {"message_id": rasa_id, "metadata": {"model_id": rasa_id}}


@pytest.mark.parametrize("event", [
    {"text": "78e510617311d8a3c2ce6f447ed4d57b"},  # hex typed as a message is text like any other
    {"message_id": "bsn 111222333"},  # not the shape of Rasa's id: redacted
    {"model_id": "111222333"},
    {"message_id": "78E510617311D8A3C2CE6F447ED4D57B"},  # uuid4().hex is lower case
    {"slots": {"message_id": ["78e510617311d8a3c2ce6f447ed4d57b"]}},  # only the id itself, not a list under it
])
def test_anything_else_under_those_keys_or_elsewhere_is_still_redacted(event):
    assert redact_value(event, today=TODAY) != event
