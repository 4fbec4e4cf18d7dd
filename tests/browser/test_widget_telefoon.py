"""The widget on a phone and the small things (issue #14, parts 4 and 8).

390x844 with a touch screen, and 1280x800 with a mouse, against the whole
running Wegwijs: no jump to the text field after a tap, full screen is modal,
the input row at 200 % text, the launcher in the page's tab order, Back
closes the panel, lang="nl", a queued second message and a draft that
survives a reload.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, SITE, TOUCH_PHONE, GemeenteSite, Widget
from tests.browser.test_widget import axe_violations

pytestmark = pytest.mark.stack

MESSAGES = "**/api/sessions/*/messages"
PHONE_ONLY = pytest.mark.parametrize("page", [TOUCH_PHONE], ids=["phone"], indirect=True)
DEVICES = pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)

# The focused element inside the widget's frame, or '' when the frame does not have the focus.
FRAME_FOCUS = """() => {
    if (!document.hasFocus() || document.activeElement === document.body) return '';
    const el = document.activeElement;
    return el.getAttribute('aria-label') || el.id || el.className || el.tagName;
}"""


def hold_the_first_message(page) -> list:
    """The first message waits at the gateway's door until the test lets it go; the rest pass."""
    held = []
    page.route(MESSAGES, lambda route: route.continue_() if held else held.append(route))
    return held


def tap_open(widget: Widget) -> None:
    widget.launcher.tap()
    expect(widget.dialog).to_be_visible()
    widget.wait_for_welcome()


def frame_focus(widget: Widget) -> str:
    return widget.frame().evaluate(FRAME_FOCUS)


@PHONE_ONLY
def test_a_tap_never_puts_the_focus_in_the_text_field(widget: Widget):
    """The focus in the text field opens the on-screen keyboard, which hides most of the answer."""
    tap_open(widget)
    assert frame_focus(widget) == "Gesprek met Wegwijs", "opening by a tap: the focus is in the conversation"
    assert not widget.focused_is(widget.input)
    choice = widget.log.locator(".keuzes button").first
    before = widget.bot.count()
    choice.tap()
    expect(widget.bot).not_to_have_count(before)
    expect(widget.typing).to_be_empty()
    assert not widget.focused_is(widget.input), "a quick reply by tap: still no keyboard"
    assert frame_focus(widget) == "Gesprek met Wegwijs"


def test_with_keys_or_a_mouse_the_focus_still_goes_to_the_text_field(widget: Widget):
    widget.launcher.click()
    expect(widget.input).to_be_focused()
    widget.wait_for_welcome()
    widget.log.locator(".keuzes button").first.click()
    expect(widget.typing).to_be_empty()
    expect(widget.input).to_be_focused()


@PHONE_ONLY
def test_full_screen_is_modal_and_tab_stays_inside(widget: Widget):
    tap_open(widget)
    expect(widget.dialog).to_have_attribute("aria-modal", "true")
    page = widget.page
    outside = page.evaluate(
        "() => [...document.body.children].filter((el) => el.tagName !== 'WEGWIJS-WIDGET' && el.tagName !== 'SCRIPT')"
        ".map((el) => el.inert)"
    )
    assert outside and all(outside), "the page behind the panel is inert"
    for key in ["Tab"] * 25 + ["Shift+Tab"] * 25:
        page.keyboard.press(key)
        assert frame_focus(widget), f"after {key} the focus left the panel"

    widget.button("Sluiten").click()
    alleen = widget.button("Alleen sluiten")
    if alleen.is_visible():
        alleen.click()
    expect(widget.launcher).to_be_visible()
    assert not any(page.evaluate("() => [...document.querySelectorAll('[inert]')].map(() => true)"))


def test_the_desktop_panel_is_not_modal(widget: Widget):
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    expect(widget.dialog).not_to_have_attribute("aria-modal", "true")
    assert widget.page.evaluate("() => document.querySelectorAll('[inert]').length") == 0
    send = widget.dialog.get_by_role("button", name="Versturen")
    widget.tab_to(send)
    widget.page.keyboard.press("Tab")
    assert frame_focus(widget) == "", "Tab from Versturen goes on to the page"


@PHONE_ONLY
def test_header_and_action_bar_are_compact_and_leave_room_for_the_conversation(widget: Widget):
    tap_open(widget)
    heights = widget.frame().evaluate(
        """() => Object.fromEntries(['.kop', '.acties', '.log', 'form'].map(
            (s) => [s, document.querySelector(s).getBoundingClientRect().height]))"""
    )
    print("heights at 390x844:", heights)
    # Before: header, action bar and form took 328 of 844 px, 61 % was left (the review's measurement);
    # now the form holds the privacy line too.
    assert heights[".kop"] + heights[".acties"] + heights["form"] <= 280, heights
    assert heights[".log"] >= 0.64 * 844, heights


# 200 % text as the browser's own font setting (the review's way). Without is_mobile: with it, the demo
# page itself grows wider than the phone at this size and the page is zoomed out (the review's z06).
@pytest.mark.parametrize("page", [{**TOUCH_PHONE, "is_mobile": False}], ids=["phone"], indirect=True)
def test_the_input_row_works_at_200_percent_text(widget: Widget):
    cdp = widget.page.context.new_cdp_session(widget.page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    widget.page.reload()
    expect(widget.launcher).to_be_visible()
    assert widget.launcher.bounding_box()["height"] <= 100, "the button stays one line"
    tap_open(widget)
    frame = widget.frame()
    assert frame.evaluate("() => parseFloat(getComputedStyle(document.querySelector('textarea')).fontSize)") >= 30
    field = widget.input.bounding_box()
    send = widget.dialog.get_by_role("button", name="Versturen").bounding_box()
    assert field["width"] >= 300, f"the text field keeps room for words: {field}"
    assert send["x"] >= 0 and send["x"] + send["width"] <= 390
    assert frame.evaluate("() => document.documentElement.scrollWidth") <= 390
    widget.input.fill("mag ik bijverdienen")
    widget.dialog.get_by_role("button", name="Versturen").tap()
    expect(widget.mine.last).to_contain_text("mag ik bijverdienen")


def test_the_gemeente_places_the_launcher_in_its_tab_order(site_context, stack):
    """data-plek="<id>": the button sits in that element, so it comes right after the skip link."""
    site = GemeenteSite(site_context, stack)
    site.page_html = site.page_html.replace(
        "<body><main>",
        '<body><a href="#main">Naar de inhoud</a><div id="chat-plek"></div><main id="main">',
    ).replace('data-gemeente="voorbeeldstad"', 'data-gemeente="voorbeeldstad" data-plek="chat-plek"')
    widget = Widget(site_context.new_page(), SITE, "/bijstand").goto()
    expect(widget.page.locator("#chat-plek > wegwijs-widget")).to_have_count(1)
    widget.page.keyboard.press("Tab")
    assert widget.page.evaluate("() => document.activeElement.textContent") == "Naar de inhoud"
    widget.page.keyboard.press("Tab")
    assert widget.focused_is(widget.launcher), "the second Tab stop, not the last one of the page"


def test_the_widget_host_says_it_is_dutch(widget: Widget):
    expect(widget.page.locator("wegwijs-widget")).to_have_attribute("lang", "nl")


@DEVICES
def test_back_closes_the_panel_and_stays_on_the_page(widget: Widget):
    url = widget.page.url
    widget.launcher.click()
    widget.wait_for_welcome()
    widget.page.go_back()
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_visible()
    assert widget.page.url == url
    assert widget.stored()["open"] is False, "a reload does not open it again"
    widget.page.reload()
    expect(widget.launcher).to_be_visible()
    expect(widget.panel).to_be_hidden()


@DEVICES
def test_a_message_sent_while_wegwijs_is_typing_waits_its_turn(widget: Widget):
    page = widget.page
    widget.launcher.click()
    widget.wait_for_welcome()
    held = hold_the_first_message(page)
    widget.input.fill("mag ik bijverdienen naast mijn bijstand")
    widget.input.press("Enter")
    expect(widget.typing).to_contain_text("Wegwijs is aan het typen")
    widget.input.fill("en als ik een gift krijg")
    widget.input.press("Enter")
    expect(widget.input).to_have_value("")  # taken, not dropped
    expect(widget.typing).to_contain_text("Uw bericht gaat weg zodra Wegwijs klaar is.")
    assert len(held) == 1, "one question at a time"
    held[0].continue_()
    expect(widget.mine).to_have_count(2)
    expect(widget.mine).to_have_text(["U: mag ik bijverdienen naast mijn bijstand", "U: en als ik een gift krijg"])
    expect(widget.typing).to_be_empty()
    items = widget.log.locator("li.item").evaluate_all("(items) => items.map((li) => li.classList[1])")
    first_mine, second_mine = [i for i, who in enumerate(items) if who == "u"]
    assert "wegwijs" in items[first_mine:second_mine], "the first answer comes before the second question"
    assert items[-1] == "wegwijs"


@DEVICES
def test_a_half_typed_message_survives_a_reload_but_not_an_erase(widget: Widget):
    widget.launcher.click()
    widget.wait_for_welcome()
    widget.input.fill("ik heb een vraag over mijn")
    widget.page.reload()
    expect(widget.input).to_have_value("ik heb een vraag over mijn")
    widget.button("Gesprek wissen").click()
    widget.button("Ja, wis alles").click()
    expect(widget.log.locator(".gewist")).to_be_visible()
    expect(widget.input).to_have_value("")
    assert widget.stored() is None


@pytest.mark.parametrize(
    "page", [{**TOUCH_PHONE, "bypass_csp": True}, {**DESKTOP_MOUSE, "bypass_csp": True}],
    ids=["phone", "desktop"], indirect=True,
)
def test_axe_finds_nothing_in_the_phone_states(widget: Widget):
    page = widget.page
    if widget.page.viewport_size["width"] < 500:
        tap_open(widget)
    else:
        widget.launcher.click()
        widget.wait_for_welcome()
    assert axe_violations(page) == []
    held = hold_the_first_message(page)
    widget.input.fill("mag ik bijverdienen naast mijn bijstand")
    widget.input.press("Enter")
    widget.input.fill("en als ik een gift krijg")
    widget.input.press("Enter")
    expect(widget.typing).to_contain_text("zodra Wegwijs klaar is")
    assert axe_violations(page) == []  # typing, with a message waiting
    held[0].continue_()
    expect(widget.mine).to_have_count(2)
    expect(widget.typing).to_be_empty()
    widget.button("Sluiten").click()
    expect(widget.button("Alleen sluiten")).to_be_visible()
    assert axe_violations(page) == []  # the offer to erase


# The same 200 % text with the phone's own viewport (is_mobile), as a resident's phone has it.
@PHONE_ONLY
def test_at_200_percent_text_the_demo_page_fits_the_phone_and_the_button_can_be_tapped(widget: Widget):
    """Acceptance of issue #14: the demo page's name ran 33 px past a 390 px phone, the page was zoomed out and
    the launcher stood partly below the screen, where a tap did not reach it."""
    cdp = widget.page.context.new_cdp_session(widget.page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    widget.page.reload()
    expect(widget.launcher).to_be_visible()
    assert widget.page.evaluate("() => document.documentElement.scrollWidth") <= 390
    box = widget.launcher.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390 and box["y"] + box["height"] <= 844, box
    tap_open(widget)



MEASURE = """() => Object.fromEntries(['.kop', '.acties', '.log', 'form'].map(
    (s) => [s, document.querySelector(s).getBoundingClientRect().height]))"""
# Elements whose content is wider than their box and that would scroll or be cut (the phone title is cut
# on purpose, with an ellipsis; text for screen readers only is 1 px wide on purpose).
OVERFLOWING = """() => [document.documentElement, ...document.querySelectorAll('*')]
    .filter((el) => el.className !== 'sr')
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .filter((el) => getComputedStyle(el).overflowX !== 'visible')
    .filter((el) => getComputedStyle(el).textOverflow !== 'ellipsis')
    .map((el) => el.className || el.tagName)"""
MARGIN = 16  # the panel's distance to the edges of a desktop screen (widget/wegwijs.js)


def panel_box(widget: Widget) -> dict:
    """Where the open panel stands once its opening animation is over."""
    widget.panel.evaluate("(el) => Promise.all(el.getAnimations().map((a) => a.finished))")
    return widget.panel.bounding_box()


@pytest.mark.parametrize("page", [DESKTOP_MOUSE], ids=["desktop"], indirect=True)
def test_on_a_desktop_the_conversation_uses_the_height_of_the_screen(widget: Widget):
    """Review: at 1280x800 the open panel was 680 px high and left the conversation about 306 px. The panel
    now takes the screen's height less its margins (up to a maximum), and stays on the screen."""
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    panel = panel_box(widget)
    heights = widget.frame().evaluate(MEASURE)
    print("desktop 1280x800: panel", panel, "parts", heights)
    assert panel["y"] >= MARGIN - 1 and panel["y"] + panel["height"] <= 800 - MARGIN + 1, panel
    assert panel["height"] >= 800 - 2 * MARGIN - 1, panel
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= 1280 - MARGIN + 1, panel
    assert heights[".log"] >= 400, heights
    assert widget.frame().evaluate(OVERFLOWING) == []


@pytest.mark.parametrize("tekst", [16, 32], ids=["100%", "200%"])
@pytest.mark.parametrize("page", [{**TOUCH_PHONE, "is_mobile": False}], ids=["phone"], indirect=True)
def test_on_a_phone_the_panel_is_the_screen_and_nothing_overflows(widget: Widget, tekst: int):
    """The desktop panel grew; the phone keeps its full-screen panel, at 100 % and at 200 % text."""
    cdp = widget.page.context.new_cdp_session(widget.page)
    cdp.send("Page.setFontSizes", {"fontSizes": {"standard": tekst, "fixed": round(tekst * 13 / 16)}})
    widget.page.reload()
    tap_open(widget)
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    panel = panel_box(widget)
    assert (round(panel["x"]), round(panel["y"]), round(panel["width"]), round(panel["height"])) == (0, 0, 390, 844)
    assert widget.frame().evaluate(OVERFLOWING) == []
    assert widget.frame().evaluate("() => document.documentElement.scrollWidth") <= 390
    assert widget.page.evaluate("() => document.documentElement.scrollWidth") <= 390
