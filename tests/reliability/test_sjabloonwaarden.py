"""A bot event keeps everything of Rasa's but the values an action gave to fill its response (issue #16).

Rasa 3.6 fills a response of the domain with the action's values (`utter_message(response=...,
**values)`) and then leaves those values in the bot event's metadata: about 100 values, 4 KB, for
an answer of Wegwijs's actions, redacted and stored every turn and sent back to the action server
with every call. wegwijs/rasa/server.py leaves them out. Shown here, for every response of the
domain in every variant: the text, buttons, custom parts and every other metadata key are what
Rasa's own function gives, the message the channel gets is the same, and nothing of Wegwijs's
reads a bot event's metadata.
"""

from __future__ import annotations

import asyncio
import random
import re

from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker

from wegwijs.rasa import server
from wegwijs.settings import ROOT

DOMAIN = Domain.load(str(ROOT / "bot" / "domain"))
NLG = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
RASAS_OWN = server._original_utter_responses
PLACEHOLDER = re.compile(r"{([a-z_0-9]+)}")


def tracker(variant: str) -> DialogueStateTracker:
    return DialogueStateTracker.from_events("t", [SlotSet("variant", variant)], DOMAIN.slots)


def sdk_message(response: str, values: dict, rng: random.Random) -> dict:
    """What rasa-sdk's dispatcher sends for utter_message(response=..., **values), sometimes with more."""
    message = {"text": None, "buttons": [], "elements": [], "custom": {}, "template": response,
               "response": response, "image": None, "attachment": None, **values}
    if rng.random() < 0.3:
        message["custom"] = {"wegwijs_bericht": {"links": [{"titel": "Bel", "url": "tel:0201234567"}]}}
    if rng.random() < 0.2:
        message["buttons"] = [{"title": "Ja", "payload": "/bevestigen"}]
    return message


def values_for(response: str, rng: random.Random) -> dict:
    names = {name for variation in DOMAIN.responses[response] for name in PLACEHOLDER.findall(variation.get("text") or "")}
    values = {name: rng.choice(["EUR 1.200", "12 maart 2027", "", 0, "tekst"]) for name in names}
    values.update({f"extra_{n}": f"waarde {n}" for n in range(rng.randint(0, 5))})  # values no text uses
    return values


def both(messages: list, variant: str) -> tuple[list, list, list, list]:
    rasas, ours = CollectingOutputChannel(), CollectingOutputChannel()
    expected = asyncio.run(RASAS_OWN([dict(m) for m in messages], rasas, NLG, tracker(variant)))
    got = asyncio.run(server._utter_responses_without_template_values([dict(m) for m in messages], ours, NLG,
                                                                     tracker(variant)))
    return expected, got, rasas.messages, ours.messages


def test_every_response_keeps_all_of_rasas_but_the_template_values():
    rng = random.Random(16)
    compared = with_values = 0
    for response in sorted(DOMAIN.responses):
        for variant in ("nl-u", "nl-je", "en"):
            values = values_for(response, rng)
            message = sdk_message(response, values, rng)
            expected, got, _, _ = both([message], variant)
            assert len(got) == len(expected)
            for mine, rasas in zip(got, expected):
                assert (mine.text, mine.data) == (rasas.text, rasas.data), response
                left_out = {key: value for key, value in rasas.metadata.items() if key not in mine.metadata}
                assert all(mine.metadata[key] == value for key, value in mine.metadata.items()
                           if key in rasas.metadata), response
                assert set(left_out) <= set(values) and all(left_out[k] is values[k] for k in left_out), response
                assert not set(mine.metadata) & {k for k, v in values.items() if v}, response
                assert {"utter_action", "template"} <= set(mine.metadata), response
                compared += 1
                with_values += bool(left_out)
    assert compared > 300 and with_values > 100


def test_several_messages_of_one_action_come_in_rasas_order():
    rng = random.Random(3)
    responses = sorted(DOMAIN.responses)[:40]
    messages = [sdk_message(r, values_for(r, rng), rng) for r in responses]
    messages.insert(5, {"text": "een eigen tekst", "buttons": [], "elements": [], "custom": {}, "template": None,
                        "response": None, "image": None, "attachment": None, "waarde": "blijft"})
    messages.insert(9, {**sdk_message("utter_bestaat_niet", {}, rng)})  # Rasa leaves out an unknown response
    expected, got, rasas_channel, our_channel = both(messages, "nl-je")
    assert [(e.text, e.data) for e in got] == [(e.text, e.data) for e in expected]
    assert got[5].metadata == expected[5].metadata  # a text message: not a response, its values stay
    assert rasas_channel == our_channel  # nothing is sent to the channel here: the processor sends the events


def test_the_channel_gets_the_same_message():
    """The processor sends each bot event's message(); Rasa's channels read text, buttons and custom parts."""
    rng = random.Random(5)
    for response in sorted(DOMAIN.responses)[:80]:
        expected, got, _, _ = both([sdk_message(response, values_for(response, rng), rng)], "nl-u")
        for mine, rasas in zip(got, expected):
            sent_mine, sent_rasas = CollectingOutputChannel(), CollectingOutputChannel()
            asyncio.run(sent_mine.send_response("t", mine.message()))
            asyncio.run(sent_rasas.send_response("t", rasas.message()))
            assert sent_mine.messages == sent_rasas.messages


def test_nothing_of_wegwijs_reads_a_bot_events_metadata():
    """Every read of an event's metadata is of a user event (gemeente, taal, peildatum); a new reader shows here."""
    reads = []
    for folder in ("actions", "gateway", "wegwijs", "kanalen", "beheer", "knowledge"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            lines = path.read_text(encoding="utf-8").splitlines()
            for number, line in enumerate(lines):
                if re.search(r"""\b(event|e|ev)(\.get\(|\[)["']metadata""", line):
                    guarded = any('== "user"' in earlier for earlier in lines[max(0, number - 3):number + 1])
                    reads.append((path.relative_to(ROOT).as_posix(), guarded))
    assert reads and all(guarded for _, guarded in reads), reads


def test_a_wegwijs_rasa_server_leaves_the_values_out():
    server.install_speedups()
    assert RemoteAction._utter_responses is server._utter_responses_without_template_values
