"""The widget's language (issue #15): the NL/EN button in the header, and the host page's lang."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import Widget

pytestmark = pytest.mark.stack


def test_the_language_button_switches_the_texts_and_keeps_the_conversation(widget: Widget):
    widget.launcher.click()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    expect(widget.bot.last).to_contain_text("vrijlating")

    english = widget.button("EN, English")
    expect(english).to_have_text("EN")
    english.click()
    expect(widget.mine.last).to_contain_text("English")
    expect(widget.bot.last).to_contain_text("I still know everything you told me")
    frame = widget.page.frame_locator("wegwijs-widget iframe")
    expect(frame.get_by_role("textbox", name="Your question")).to_be_visible()
    expect(frame.get_by_role("button", name="Send", exact=True)).to_be_visible()
    assert any("vrijlating" in text for text in widget.texts()), "the conversation stays"
    assert widget.frame().evaluate("() => document.documentElement.lang") == "en"
    assert widget.stored()["taal"] == "en"
    expect(widget.button("NL, Nederlands")).to_be_focused()

    # An answer now comes in English, through the same session.
    widget.log.get_by_role("button", name="Gifts of money or shopping (giften)", exact=True).click()
    expect(widget.bot.last).to_contain_text("calendar year")

    widget.button("NL, Nederlands").click()
    expect(widget.bot.last).to_contain_text("Alles wat u al vertelde, weet ik nog")
    expect(widget.input).to_be_visible()  # "Uw vraag" again
    assert widget.frame().evaluate("() => document.documentElement.lang") == "nl"


def test_an_english_host_page_gets_wegwijs_in_english(page, stack):
    demo = page.request.get(stack.url + "/").text()
    english = demo.replace('<html lang="nl">', '<html lang="en">', 1)
    assert english != demo
    page.route(stack.url + "/english-page", lambda route: route.fulfill(
        body=english, content_type="text/html; charset=utf-8"))
    page.goto(stack.url + "/english-page")
    launcher = page.locator("wegwijs-widget").get_by_role("button", name="Chat with Wegwijs")
    launcher.click()
    frame = page.frame_locator("wegwijs-widget iframe")
    expect(frame.get_by_role("log").locator(".bericht.wegwijs").first).to_contain_text("I am Wegwijs")
    expect(frame.get_by_role("textbox", name="Your question")).to_be_visible()
    expect(frame.locator(".kop").get_by_role("button", name="NL, Nederlands")).to_have_text("NL")


def test_english_asked_in_words_switches_the_widgets_own_texts_too(widget: Widget):
    """Wegwijs switches to English without the EN button ("English please"); the gateway's reply says so
    ("taal": "en"), and the widget's labels follow at once; the conversation and the focus stay."""
    widget.launcher.click()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    widget.ask("English please")
    frame = widget.page.frame_locator("wegwijs-widget iframe")
    english_input = frame.get_by_role("textbox", name="Your question")
    expect(english_input).to_be_visible()
    expect(english_input).to_be_focused()  # the person was typing: the focus stays in the (new) input
    expect(frame.get_by_role("button", name="Send", exact=True)).to_be_visible()
    expect(widget.button("NL, Nederlands")).to_have_text("NL")
    assert widget.frame().evaluate("() => document.documentElement.lang") == "en"
    assert widget.stored()["taal"] == "en"
    assert any("vrijlating" in text for text in widget.texts()), "the conversation stays"
