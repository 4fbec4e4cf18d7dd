"""A conversation through the gateway that clicks buttons the way a person does.

The gateway takes a typed "/payload" only when the last reply offered that button
(security review M4). These tests still write "/bereken_norm" for "open the norm
form"; `Sessie.say` gets there through the buttons on screen: the topic first,
or "Onderwerpen" and then the topic.
"""

from __future__ import annotations

# The topic answers whose buttons open each calculator form.
TOPICS = {
    "/bereken_giften": ("/giften",),
    "/bereken_bijverdienen": ("/bijverdienen",),
    "/bereken_plichten": ("/participatieplicht",),
    "/bereken_norm": ("/bijstandsnorm", "/kostendelersnorm"),
}
MENU = "/wat_kun_je"


def payloads(messages: list[dict]) -> set[str]:
    return {b["payload"] for m in messages for b in m.get("buttons") or [] if b.get("payload")}


class Sessie:
    """One session; remembers the last reply so a "/payload" can be reached by clicking."""

    def __init__(self, stack, gemeente: str | None = None, taal: str | None = None):
        self.stack = stack
        keuzes = {"gemeente": gemeente, "taal": taal}
        status, body = stack.request("POST", "/api/sessions", {k: v for k, v in keuzes.items() if v})
        assert status == 201, body
        self.id, self.welkom = body["session_id"], body["messages"]
        self.laatste = self.welkom

    def _zeg(self, text: str) -> list[dict]:
        self.laatste = self.stack.say(self.id, text)
        return self.laatste

    def say(self, text: str) -> list[dict]:
        if text not in TOPICS or text in payloads(self.laatste):
            return self._zeg(text)
        if not set(TOPICS[text]) & payloads(self.laatste) and MENU in payloads(self.laatste):
            self._zeg(MENU)
        topic = next((t for t in TOPICS[text] if t in payloads(self.laatste)), None)
        assert topic, f"no button on screen leads to {text}: {payloads(self.laatste)}"
        self._zeg(topic)
        return self._zeg(text)
