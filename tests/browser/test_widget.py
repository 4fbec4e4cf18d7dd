"""The widget in a real browser, on the demo page, against the whole running Wegwijs.

Keyboard only wherever a person would act. Every test also checks (in the
`page` fixture) that there were no Content-Security-Policy violations and no
requests to any other site.
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE, DESKTOP, PHONE, Widget
from wegwijs.settings import ROOT

pytestmark = pytest.mark.stack

MESSAGES = "**/api/sessions/*/messages"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def test_full_dialogue_by_keyboard(widget: Widget):
    page = widget.page
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    expect(widget.button("Praat met een mens")).to_be_visible()
    expect(widget.button("Gesprek wissen")).to_be_visible()

    # Hold the answer, to see the typing indicator for exactly as long as the request is pending.
    held = []
    page.route(MESSAGES, lambda route: held.append(route))
    page.keyboard.type("mag ik bijverdienen naast mijn bijstand")
    page.keyboard.press("Enter")
    expect(widget.typing).to_have_text("Wegwijs is aan het typen")
    expect(widget.mine.last).to_contain_text("mag ik bijverdienen naast mijn bijstand")
    expect(widget.input).to_have_value("")
    held[0].continue_()
    page.unroute(MESSAGES)
    expect(widget.bot.last).to_contain_text("vrijlating")
    expect(widget.typing).to_be_empty()
    assert widget.focused_is(widget.input)

    # A quick-reply button, by keyboard: Shift+Tab from the input goes back into the answer's buttons.
    choice = widget.choice("Wat moet ik doorgeven?")
    widget.tab_to(choice, key="Shift+Tab")
    assert has_visible_focus(choice)
    page.keyboard.press("Enter")
    expect(widget.mine.last).to_contain_text("Wat moet ik doorgeven?")
    expect(widget.bot.last).to_contain_text("doorgeven")
    expect(choice).to_have_count(0)
    assert widget.focused_is(widget.input), "focus must not get lost when the buttons go"

    # "Praat met een mens", by keyboard: the gemeente's own contact details.
    human = widget.button("Praat met een mens")
    widget.tab_to(human, key="Shift+Tab")
    before = widget.bot.count()
    page.keyboard.press("Enter")
    expect(widget.bot).not_to_have_count(before)
    expect(widget.typing).to_be_empty()
    # The answer may take a few bubbles, and its call button is a link button of the message.
    answer = widget.log.locator("li.item.wegwijs").all_inner_texts()[-(widget.bot.count() - before):]
    assert any("14 0000" in text for text in answer), answer

    # Escape closes the panel and puts the focus back on the button that opened it.
    page.keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
    assert widget.focused_is(widget.launcher)
    assert has_visible_focus(widget.launcher)


def has_visible_focus(locator) -> bool:
    style = locator.evaluate("(el) => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth]; }")
    return style[0] == "solid" and float(style[1].rstrip("px")) >= 2


def test_transcript_survives_reload_and_navigation_but_not_a_new_tab(widget: Widget):
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    transcript = widget.texts()
    stored = widget.stored()
    assert stored["sessionId"] and len(stored["messages"]) == len(transcript)
    for frame in [widget.page.main_frame, widget.frame()]:
        assert frame.evaluate("() => localStorage.length") == 0, "nothing in localStorage: public computers"

    widget.page.reload()
    expect(widget.panel).to_be_visible()  # it was open, so it opens again
    expect(widget.dialog).to_be_visible()
    expect(widget.log.locator(".bericht")).to_have_count(len(transcript))
    assert widget.texts() == transcript
    assert not widget.focused_is(widget.input), "a page load must not steal the focus"
    expect(widget.choice("Wat moet ik doorgeven?")).to_be_visible()  # the last answer's buttons are back

    widget.page.goto(widget.base_url + "/?pagina=2")
    expect(widget.panel).to_be_visible()
    expect(widget.log.locator(".bericht")).to_have_count(len(transcript))
    widget.ask("en als ik een gift krijg")
    assert len(widget.texts()) > len(transcript)

    # Another tab (or a new browser on a public computer) does not see the conversation.
    other = Widget(widget.page.context.new_page(), widget.base_url).goto()
    expect(other.launcher).to_be_visible()
    assert other.stored() is None
    other.page.close()


def test_network_drop_keeps_the_typed_message_and_retry_works(widget: Widget):
    page = widget.page
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    answers = widget.bot.count()
    question = "mag ik bijverdienen naast mijn bijstand"

    page.context.set_offline(True)
    widget.input.focus()
    page.keyboard.type(question)
    page.keyboard.press("Enter")
    expect(widget.alert).to_contain_text("geen verbinding")
    expect(widget.input).to_have_value(question)  # nothing lost
    expect(widget.mine).to_have_count(0)  # and not shown as if it was sent
    expect(widget.typing).to_be_empty()

    page.context.set_offline(False)
    retry = widget.button("Opnieuw proberen")
    widget.tab_to(retry, key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(widget.bot).to_have_count(answers + 1)
    expect(widget.bot.last).to_contain_text("vrijlating")
    expect(widget.mine.last).to_contain_text(question)
    expect(widget.input).to_have_value("")
    expect(widget.alert).to_have_count(0)
    assert widget.focused_is(widget.input)


def test_assistant_down_shows_the_gateway_message_and_retry_works(widget: Widget):
    page = widget.page
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    down = {"error": "assistent_onbereikbaar", "message": "Sorry, Wegwijs werkt op dit moment niet."}
    page.route(MESSAGES, lambda route: route.fulfill(status=503, json=down))
    widget.input.focus()
    page.keyboard.type("mag ik bijverdienen naast mijn bijstand")
    page.keyboard.press("Enter")
    expect(widget.alert).to_contain_text("werkt op dit moment niet")
    expect(widget.input).to_have_value("mag ik bijverdienen naast mijn bijstand")

    page.unroute(MESSAGES)
    widget.button("Opnieuw proberen").click()
    expect(widget.bot.last).to_contain_text("vrijlating")
    expect(widget.alert).to_have_count(0)


def test_unknown_session_starts_a_new_one_and_still_answers(widget: Widget, stack):
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    old = widget.stored()["sessionId"]
    assert stack.request("DELETE", f"/api/sessions/{old}")[0] == 204  # e.g. expired on the server

    widget.ask("mag ik bijverdienen naast mijn bijstand")
    expect(widget.bot.last).to_contain_text("vrijlating")
    expect(widget.alert).to_have_count(0)
    assert widget.stored()["sessionId"] not in (None, old)


def test_erase_button_deletes_the_conversation_everywhere(widget: Widget, stack):
    page = widget.page
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    session_id = widget.stored()["sessionId"]

    widget.tab_to(widget.button("Gesprek wissen"), key="Shift+Tab")
    page.keyboard.press("Enter")
    expect(widget.dialog).to_contain_text("Wilt u dit hele gesprek wissen?")
    assert widget.focused_is(widget.button("Nee, niet wissen")), "the safe choice has the focus"
    page.keyboard.press("Shift+Tab")
    with page.expect_response(lambda r: r.request.method == "DELETE") as deleted:
        page.keyboard.press("Enter")
    assert deleted.value.status == 204

    expect(widget.log).to_have_text("Het gesprek is gewist.Nieuw gesprek beginnen")
    assert widget.stored() is None
    assert stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "hallo"})[0] == 404

    assert widget.focused_is(widget.button("Nieuw gesprek beginnen"))
    page.keyboard.press("Enter")
    widget.wait_for_welcome()
    assert widget.stored()["sessionId"] not in (None, session_id)


def test_erase_confirmed_in_the_chat_clears_the_panel_and_storage(widget: Widget):
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    widget.ask("wis mijn gesprek")
    widget.choice("Ja, wis alles").click()
    expect(widget.log).to_contain_text("Het gesprek is gewist")
    expect(widget.mine).to_have_count(0)
    expect(widget.log.locator(".bericht")).to_have_count(1)
    assert widget.stored() is None


INJECTION = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>'


def test_html_in_messages_is_shown_as_text_and_only_https_links_work(widget: Widget):
    page = widget.page
    widget.open_by_keyboard()
    widget.wait_for_welcome()
    reply = {
        "messages": [
            {
                "text": f"{INJECTION} Kijk op https://www.voorbeeldstad.nl/bijstand. "
                "Niet op javascript:alert(1) of http://onveilig.example of data:text/html,x",
                "buttons": [{"title": "<b>vet</b>", "payload": "/wat_kun_je"}],
            }
        ]
    }
    page.route(MESSAGES, lambda route: route.fulfill(json=reply))
    widget.ask(f"<b>hallo</b> {INJECTION}")

    def check():
        expect(widget.mine.last).to_contain_text(f"<b>hallo</b> {INJECTION}")
        expect(widget.bot.last).to_contain_text(INJECTION)
        expect(widget.choice("<b>vet</b>")).to_be_visible()
        for tag in ["img", "script", "b", "iframe"]:
            expect(widget.log.locator(tag)).to_have_count(0)
        links = widget.log.locator("a")
        expect(links).to_have_count(1)
        expect(links).to_have_attribute("href", "https://www.voorbeeldstad.nl/bijstand")
        expect(links).to_have_attribute("target", "_top")  # opens in the whole tab, not in the small frame
        expect(links).to_have_text("www.voorbeeldstad.nl/bijstand")
        for frame in [page.main_frame, widget.frame()]:
            assert frame.evaluate("() => window.__pwned") is None

    check()
    page.unroute(MESSAGES)
    page.reload()  # and the same from the stored transcript
    check()


def axe_violations(page) -> list:
    """axe-core's WCAG 2.1 AA violations on the page and, when it is there, in the widget's frame.

    Also the widget's contrast checks that axe could not finish. The frame is
    checked on its own (it may be on another origin than the page).
    """
    frames = [(page.main_frame, "wegwijs-widget")]
    frames += [(frame, "") for frame in page.frames if "/widget/frame/" in frame.url]
    found = []
    for frame, widget_selector in frames:
        if not frame.evaluate("() => 'axe' in window"):
            frame.add_script_tag(path=str(AXE))
        found += frame.evaluate(
            """async ([tags, widget]) => {
                const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, iframes: false});
                const report = (v) => ({id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target),
                                        why: v.nodes.map((n) => [...n.any, ...n.all].map((c) => c.message).join(' '))});
                const unsure = result.incomplete.filter((v) => v.id === 'color-contrast')
                    .map((v) => ({...v, nodes: v.nodes.filter((n) => !widget || n.target[0][0] === widget)}))
                    // An empty input has no text to check; with the error on screen the input has text.
                    .map((v) => ({...v, nodes: v.nodes.filter((n) => !n.any.some(
                        (c) => c.data && c.data.messageKey === 'emptyValue'))}))
                    .filter((v) => v.nodes.length);
                return [...result.violations, ...unsure].map(report);
            }""",
            [WCAG_21_AA, widget_selector],
        )
    return found


# add_script_tag injects axe as an inline script, which the demo page's CSP rightly blocks;
# so this test alone runs with bypass_csp (the other tests check that the widget needs no exceptions).
@pytest.mark.parametrize("page", [{"bypass_csp": True}], indirect=True)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_wcag_21_aa_violations(widget: Widget, viewport):
    page = widget.page
    page.set_viewport_size(viewport)
    assert axe_violations(page) == []  # closed: just the button

    widget.open_by_keyboard()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")
    assert axe_violations(page) == []

    # With the erase question and an error on screen too.
    widget.button("Gesprek wissen").click()
    page.context.set_offline(True)
    widget.input.fill("hallo")
    page.keyboard.press("Enter")
    expect(widget.alert).to_be_visible()
    page.context.set_offline(False)
    assert axe_violations(page) == []


@pytest.mark.parametrize(
    "viewport, scale",
    [({"width": 320, "height": 640}, 1), ({"width": 640, "height": 400}, 2)],  # 320 px wide; 1280x800 at 200%
    ids=["320px", "zoom200"],
)
def test_fits_small_screens_and_zoom_without_horizontal_scrolling(browser, stack, viewport, scale):
    context = browser.new_context(viewport=viewport, device_scale_factor=scale)
    try:
        widget = Widget(context.new_page(), stack.url).goto()
        widget.open_by_keyboard()
        widget.wait_for_welcome()
        widget.ask("mag ik bijverdienen naast mijn bijstand")
        assert widget.page.evaluate("() => document.documentElement.scrollWidth") <= viewport["width"]
        wide = widget.frame().evaluate(
            """() => [document.documentElement, ...document.querySelectorAll('*')]
                .filter((el) => el.className !== 'sr')  // text for screen readers only
                .filter((el) => el.scrollWidth > el.clientWidth + 1)
                .filter((el) => getComputedStyle(el).overflowX !== 'visible')
                .filter((el) => getComputedStyle(el).textOverflow !== 'ellipsis')  // cut on purpose: the phone title
                .map((el) => el.className)"""
        )
        assert wide == []
        panel = widget.panel.bounding_box()
        assert panel["x"] >= 0 and panel["x"] + panel["width"] <= viewport["width"]
        for button in widget.dialog.get_by_role("button").all():
            box = button.bounding_box()
            assert box["height"] >= 44 and box["width"] >= 44, button.inner_text()
    finally:
        context.close()


# The typing dots in the frame, made the way frame.js makes them; their animation, or "none".
DOT_ANIMATION = """() => {
    const dot = document.createElement('span');
    dot.className = 'stip';
    document.body.append(dot);
    const name = getComputedStyle(dot).animationName;
    dot.remove();
    return name;
}"""


@pytest.mark.parametrize("motion, expected, dots", [("reduce", "none", "none"), ("no-preference", "in", "stip")])
def test_respects_prefers_reduced_motion(browser, stack, motion, expected, dots):
    """The frame's typing dots too: a stray '}' in frame.css made the browser drop its reduced-motion rule."""
    context = browser.new_context(viewport=DESKTOP, reduced_motion=motion)
    try:
        widget = Widget(context.new_page(), stack.url).goto()
        widget.open_by_keyboard()
        assert widget.panel.evaluate("(el) => getComputedStyle(el).animationName") == expected
        assert widget.frame().evaluate(DOT_ANIMATION) == dots
    finally:
        context.close()


@pytest.mark.parametrize(
    "name, options",
    [("telefoon", {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "has_touch": True,
                   "is_mobile": True}),
     ("desktop", {"viewport": DESKTOP})],
)
def test_screenshots(browser, stack, tmp_path, name, options):
    """Screenshots for docs/widget.md; WEGWIJS_SCREENSHOTS=1 writes them to docs/screenshots/.

    A real calculation (the gift calculator), with "Meer uitleg" opened when the answer has it.
    """
    context = browser.new_context(locale="nl-NL", **options)
    try:
        widget = Widget(context.new_page(), stack.url).goto()
        widget.launcher.click()
        widget.wait_for_welcome()
        for text in ["mijn moeder betaalt elke maand 50 euro aan boodschappen", "boodschappen", "sinds januari", "ja"]:
            widget.ask(text)
        more = widget.log.get_by_role("button", name="Meer uitleg")
        if more.count():
            more.last.click()
            more.last.scroll_into_view_if_needed()
        widget.page.screenshot(path=tmp_path / f"widget-{name}.png")
    finally:
        context.close()
    if os.environ.get("WEGWIJS_SCREENSHOTS") == "1":
        for path in tmp_path.glob("*.png"):
            shutil.copy(path, ROOT / "docs" / "screenshots" / path.name)


def test_widget_settings_json_is_what_the_widget_shows(widget: Widget, stack):
    settings = json.loads(widget.page.evaluate("(url) => fetch(url).then((r) => r.text())",
                                               stack.url + "/widget/instellingen/voorbeeldstad"))
    expect(widget.launcher).to_have_text(settings["teksten"]["openen"])
    colour = widget.launcher.evaluate("(el) => getComputedStyle(el).backgroundColor")
    r, g, b = (int(settings["kleur"][i : i + 2], 16) for i in (1, 3, 5))
    assert colour == f"rgb({r}, {g}, {b})"
