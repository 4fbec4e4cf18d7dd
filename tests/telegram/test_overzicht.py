"""Telegram: a reply that ends a calculation is followed by its overzicht as a PDF document."""

from __future__ import annotations

import io

import pypdf
import pytest

from tests.telegram.conftest import exchange, running_bridge
from wegwijs.responses import response_text

pytestmark = pytest.mark.stack

CHAT = 4400


async def test_after_a_gift_calculation_the_overzicht_comes_as_a_pdf(stack, telegram_api, tmp_path):
    api = telegram_api
    async with running_bridge(api, stack.url, tmp_path / "telegram.db"):
        await exchange(api, CHAT, api.send_text(CHAT, "/start"), "computerprogramma")
        await exchange(api, CHAT, api.press_button(CHAT, "Geld of boodschappen krijgen"), "gift")
        await exchange(api, CHAT, api.press_button(CHAT, "Reken uit hoeveel ik mag krijgen"), "?")
        for turn in ["1500 euro", "geld", "15 maart"]:
            await exchange(api, CHAT, api.send_text(CHAT, turn), "?")
        assert api.documents(CHAT) == [], "no overzicht before a calculation"
        before = len(api.texts(CHAT))
        await api.send_text(CHAT, "ja")
        await api.wait_until(lambda: api.documents(CHAT), timeout=90)
        answer = " ".join(api.texts(CHAT)[before:])
        assert "€ 300" in answer and "€ 1.200" in answer
        [document] = api.documents(CHAT)
        assert document["file_name"] == "mijn-overzicht.pdf" and document["mime_type"] == "application/pdf"
        assert document["caption"] == response_text("utter_telegram_overzicht")
        assert document["content"].startswith(b"%PDF-")
        text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(document["content"])).pages)
        assert "€ 1.500" in text and "€ 300" in text and "geen besluit" in " ".join(text.split())
        assert ("sendChatAction", "upload_document") in [(m, p.get("action")) for m, p in api.calls]

        await exchange(api, CHAT, api.send_text(CHAT, "wat is de bijstandsnorm"), "norm")
        assert len(api.documents(CHAT)) == 1, "an answer without a calculation sends no overzicht"
    assert api.errors == []
