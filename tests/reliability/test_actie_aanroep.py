"""Lean action calls (issue #16): the domain by its digest, the recent turns' events; nothing lost.

Rasa sends the domain's SHA-256 instead of the domain (wegwijs/rasa/server.py);
the action server fills it in from the domain it kept (wegwijs/rasa/actieserver.py)
or answers 449, and Rasa repeats the call with the whole domain. A restarted
action server (which kept nothing) must therefore still answer every turn.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from wegwijs.instance import free_port
from wegwijs.rasa import server
from wegwijs.rasa.actieserver import Domains, with_domain
from wegwijs.settings import ROOT

DOMAIN = Domain.load(str(ROOT / "bot" / "domain"))


def conversation(turns: int) -> DialogueStateTracker:
    events = [SlotSet("variant", "nl-je")]
    for number in range(turns):
        events += [ActionExecuted("action_listen"), UserUttered(f"bericht {number}", {"name": "giften", "confidence": 1.0}),
                   BotUttered(f"antwoord {number}")]
    return DialogueStateTracker.from_events("gesprek", events, DOMAIN.slots)


def test_an_action_call_carries_the_recent_turns_all_slots_and_no_domain():
    tracker = conversation(100)
    call = server._action_call_format(RemoteAction("action_antwoord", None), tracker, DOMAIN)
    users = [e["text"] for e in call["tracker"]["events"] if e["event"] == "user"]
    assert users == [f"bericht {n}" for n in range(100 - server.ACTION_TURNS, 100)]
    assert call["tracker"]["slots"]["variant"] == "nl-je"  # set before the window: the slots still carry it
    assert call["tracker"]["latest_message"]["text"] == "bericht 99"
    assert "domain" not in call
    assert call["domain_digest"] == server._domain_with_digest(DOMAIN)[1]
    assert len(json.dumps(call)) < 40_000


def test_a_short_conversation_is_sent_whole():
    tracker = conversation(3)
    call = server._action_call_format(RemoteAction("action_antwoord", None), tracker, DOMAIN)
    assert len(call["tracker"]["events"]) == len(tracker.events)


def test_the_action_server_fills_in_a_domain_it_was_sent_and_asks_for_one_it_does_not_know():
    domains, domain = Domains(), DOMAIN.as_dict()
    digest = server._domain_with_digest(DOMAIN)[1]
    assert with_domain({"next_action": "a", "domain_digest": digest}, domains) is None
    with_domain({"next_action": "a", "domain_digest": digest, "domain": domain}, domains)
    assert with_domain({"next_action": "a", "domain_digest": digest}, domains)["domain"] == domain
    # A digest that does not belong to the domain it came with is not believed.
    domains.keep({"responses": {}})
    assert with_domain({"next_action": "a", "domain_digest": "0" * 64}, domains) is None


def test_rasa_repeats_the_call_with_the_domain_when_the_action_server_asks(monkeypatch):
    sent_domain = []

    async def action_server(self, output_channel, nlg, tracker, domain):
        whole = "domain" in server._action_call_format(self, tracker, domain)
        sent_domain.append(whole)
        if not whole:
            raise RasaException("Failed to execute custom action") from ClientResponseError(449, "", "")
        return []

    monkeypatch.setattr(server, "_original_run", action_server)
    action = RemoteAction("action_antwoord", None)
    asyncio.run(server._run_sending_the_domain_when_asked(action, None, None, conversation(1), DOMAIN))
    assert sent_domain == [False, True]
    assert server._send_whole_domain.get() is False  # the next call sends the digest again


def test_other_failures_are_not_repeated(monkeypatch):
    calls = []

    async def failing(self, *args):
        calls.append(1)
        raise RasaException("Failed to execute custom action") from ClientResponseError(500, "", "")

    monkeypatch.setattr(server, "_original_run", failing)
    with pytest.raises(RasaException):
        asyncio.run(server._run_sending_the_domain_when_asked(RemoteAction("x", None), None, None, conversation(1), DOMAIN))
    assert calls == [1]


@pytest.fixture
def action_server(tmp_path):
    port = free_port()
    env = {**os.environ, "WEGWIJS_VAR": str(tmp_path), "SANIC_HOST": "127.0.0.1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "wegwijs.rasa.actieserver", "--actions", "actions", "--port", str(port)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"{url}/health", timeout=2)
            break
        except OSError:
            time.sleep(0.3)
    from wegwijs.secret import acties_sleutel

    yield url, acties_sleutel(tmp_path)
    process.terminate()
    process.wait(10)


def test_a_fresh_action_server_answers_through_rasas_own_remote_action(action_server):
    """The real pair: Rasa's RemoteAction (with our patches) against the real action server, from its first call."""
    url, key = action_server
    endpoint = EndpointConfig(f"{url}/webhook", headers={"Authorization": f"Bearer {key}"})
    tracker = conversation(30)
    tracker.update(UserUttered("mag ik bijverdienen", {"name": "bijverdienen", "confidence": 1.0},
                               metadata={"gemeente": "voorbeeldstad"}))
    action = RemoteAction("action_antwoord", endpoint)
    server.install_lean_action_calls()
    try:
        from rasa.core.channels.channel import CollectingOutputChannel
        from rasa.core.nlg import TemplatedNaturalLanguageGenerator

        nlg = TemplatedNaturalLanguageGenerator(DOMAIN.responses)
        for _ in range(2):  # the first call is asked for the domain, the second is not
            events = asyncio.run(action.run(CollectingOutputChannel(), nlg, tracker, DOMAIN))
            assert any(isinstance(e, BotUttered) and e.text for e in events)
        request = urllib.request.Request(
            f"{url}/webhook", method="POST", headers={"Authorization": f"Bearer {key}", "Content-Type": "application/json"},
            data=json.dumps({"next_action": "action_antwoord", "domain_digest": "f" * 64,
                             "tracker": tracker.current_state()}).encode(),
        )
        with pytest.raises(urllib.error.HTTPError) as answer:
            urllib.request.urlopen(request, timeout=10)
        assert answer.value.code == 449
    finally:
        RemoteAction.run = server._original_run
        RemoteAction._action_call_format = ORIGINAL_FORMAT


ORIGINAL_FORMAT = RemoteAction._action_call_format
