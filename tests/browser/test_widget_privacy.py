"""Privacy up front (issue #14, part 5): one short line with the retention and the
gemeente's privacy statement, and on "Sluiten" an offer to erase (shared computers).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, TOUCH_PHONE, Widget
from wegwijs.gemeente import laad_gemeente

pytestmark = pytest.mark.stack

DEVICES = pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)


def open_and_ask(widget: Widget, text: str | None = "mag ik bijverdienen naast mijn bijstand") -> None:
    widget.launcher.click()
    expect(widget.dialog).to_be_visible()
    widget.wait_for_welcome()
    if text:
        widget.ask(text)


@DEVICES
def test_the_privacy_line_is_above_the_input_with_the_retention_and_the_statement(widget: Widget):
    open_and_ask(widget, None)
    dagen = laad_gemeente("voorbeeldstad").bewaartermijn_dagen
    line = widget.dialog.locator("form .privacy")
    expect(line).to_have_text(
        f"Typ geen BSN of bankgegevens. Dit gesprek wordt na {dagen} dagen gewist. Privacyverklaring"
    )
    # Always in sight, right above the field where a person is about to type.
    expect(line).to_be_in_viewport()
    assert line.bounding_box()["y"] < widget.input.bounding_box()["y"]
    link = line.get_by_role("link", name="Privacyverklaring")
    expect(link).to_have_attribute("href", "https://www.voorbeeldstad.nl/privacy")
    expect(link).to_have_attribute("target", "_top")
    # Read out with the text field too, where a person is about to type.
    expect(widget.input).to_have_attribute("aria-describedby", line.get_attribute("id"))


@DEVICES
def test_closing_offers_to_erase_and_erasing_removes_it_everywhere(widget: Widget, stack):
    open_and_ask(widget)
    session_id = widget.stored()["sessionId"]
    widget.button("Sluiten").click()
    offer = widget.dialog.get_by_role("group", name="Gebruikt u deze computer samen met anderen?")
    expect(offer).to_be_visible()
    assert widget.focused_is(widget.button("Alleen sluiten")), "the choice that loses nothing has the focus"
    with widget.page.expect_response(lambda r: r.request.method == "DELETE") as deleted:
        widget.button("Wissen en sluiten").click()
    assert deleted.value.status == 204
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
    assert stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "hallo"})[0] == 404
    widget.page.reload()
    widget.launcher.click()
    expect(widget.mine).to_have_count(0)  # nothing left for the next person at this computer


@DEVICES
def test_only_closing_keeps_the_conversation(widget: Widget):
    open_and_ask(widget)
    transcript = widget.texts()
    widget.button("Sluiten").click()
    widget.button("Alleen sluiten").click()
    expect(widget.panel).to_be_hidden()
    widget.launcher.click()
    assert widget.texts() == transcript
    expect(widget.button("Alleen sluiten")).to_be_hidden()


def test_nothing_to_erase_closes_at_once_and_escape_always_does(widget: Widget):
    open_and_ask(widget, None)
    widget.button("Sluiten").click()  # only the welcome: nothing of the person's own
    expect(widget.panel).to_be_hidden()
    widget.launcher.click()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    widget.page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
