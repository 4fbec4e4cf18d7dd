"""Voorlezen (issue #14, part 7) and printing the whole conversation (part 6, @media print).

Voorlezen uses only the browser's own speech synthesis with a Dutch voice; the
button is hidden when the browser has none. Debian's headless chromium has no
voices, so the test with a voice gives the page a stand-in for the browser's
speech API (the same calls a real browser answers), and records what would be
spoken.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, TOUCH_PHONE, Widget
from tests.browser.test_widget_bericht import MEER_UITLEG, with_fields

pytestmark = pytest.mark.stack

# The browser's speech API, with one Dutch and one English voice; speak() records, voices arrive late.
SPEECH = """
(() => {
  const voices = [{name: 'Engels', lang: 'en-US'}, {name: 'Xander', lang: 'nl-NL'}];
  let ready = false;
  const spoken = [];
  const synth = new EventTarget();
  synth.getVoices = () => (ready ? voices : []);
  synth.speak = (u) => spoken.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.name});
  synth.cancel = () => spoken.push('cancel');
  Object.defineProperty(window, 'speechSynthesis', {value: synth, configurable: true});
  window.SpeechSynthesisUtterance = class extends EventTarget { constructor(text) { super(); this.text = text; } };
  window.__spoken = spoken;
  setTimeout(() => { ready = true; synth.dispatchEvent(new Event('voiceschanged')); }, 300);
})();
"""


def open_and_ask(widget: Widget) -> None:
    widget.launcher.click()
    expect(widget.dialog).to_be_visible()
    widget.wait_for_welcome()
    widget.ask("mag ik bijverdienen naast mijn bijstand")


@pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)
def test_voorlezen_is_hidden_when_the_browser_has_no_dutch_voice(widget: Widget):
    open_and_ask(widget)
    dutch = widget.frame().evaluate(
        "() => 'speechSynthesis' in window && speechSynthesis.getVoices().some((v) => v.lang.startsWith('nl'))"
    )
    buttons = widget.log.locator(".voorlezen")
    assert not dutch, "Debian's headless chromium has no voices; this test checks the case without"
    for button in buttons.all():
        expect(button).to_be_hidden()
    expect(widget.log.get_by_role("button", name="Voorlezen")).to_have_count(0)


@pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)
def test_voorlezen_reads_one_answer_with_a_dutch_voice(widget: Widget):
    widget.page.context.add_init_script(SPEECH)
    widget.page.reload()
    open_and_ask(widget)
    answer = widget.log.locator("li.item.wegwijs").last
    read = answer.get_by_role("button", name="Voorlezen")
    expect(read).to_be_visible()  # the voices came a moment after the page
    expect(read).to_have_attribute("aria-pressed", "false")
    read.click()
    expect(read).to_have_attribute("aria-pressed", "true")
    text = answer.locator(".bericht").evaluate("(el) => el.textContent").removeprefix("Wegwijs: ")
    spoken = widget.frame().evaluate("() => window.__spoken.filter((s) => s !== 'cancel')")
    assert spoken == [{"text": text, "lang": "nl-NL", "voice": "Xander"}]
    read.click()  # again: stop
    expect(read).to_have_attribute("aria-pressed", "false")
    # Only Wegwijs' answers get it, never the person's own messages.
    expect(widget.log.locator("li.item.u .voorlezen")).to_have_count(0)
    requests = widget.frame().evaluate("() => performance.getEntriesByType('resource').map((r) => r.name)")
    assert all(url.startswith(widget.base_url) for url in requests), "no speech service anywhere"


@pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)
def test_printing_shows_the_whole_conversation_without_controls(widget: Widget):
    page = widget.page
    widget.launcher.click()
    widget.wait_for_welcome()
    with_fields(page, meer_uitleg=MEER_UITLEG)
    for question in ["mag ik bijverdienen naast mijn bijstand", "en als ik een gift krijg", "wat moet ik doorgeven"]:
        widget.ask(question)
    # The gemeente's own page prints without the widget on top of its text.
    page.emulate_media(media="print")
    assert page.evaluate(
        "() => getComputedStyle(document.querySelector('wegwijs-widget').shadowRoot.querySelector('.panel')).display"
    ) == "none"
    page.emulate_media(media="screen")
    afdrukken = widget.dialog.get_by_role("button", name="Afdrukken")
    if page.viewport_size["width"] < 500:
        expect(afdrukken).to_be_hidden()  # the phone's action bar stays small
    else:
        expect(afdrukken).to_be_visible()

    # "Afdrukken" prints the frame's own document. The same document, in this tab, on its own:
    # it shows the same stored conversation, and can be measured in print.
    count = widget.log.locator("li.item").count()
    page.goto(widget.base_url + "/widget/frame/voorbeeldstad")
    expect(page.locator("li.item")).to_have_count(count)
    page.emulate_media(media="print")
    hidden = page.evaluate(
        """() => ['.acties', 'form', '.keuzes', '.hulpmiddelen', '.kop .sluiten']
            .filter((s) => document.querySelector(s))
            .map((s) => getComputedStyle(document.querySelector(s)).display)"""
    )
    assert set(hidden) == {"none"}, hidden
    log = page.evaluate(
        """() => { const log = document.querySelector('.log');
                   return {overflow: getComputedStyle(log).overflowY, clipped: log.scrollHeight > log.clientHeight + 1,
                           items: [...log.querySelectorAll('li.item')].every((li) => li.getClientRects().length > 0),
                           uitleg: getComputedStyle(document.querySelector('.uitleg')).display,
                           sender: getComputedStyle(document.querySelector('.bericht .sr')).position}; }"""
    )
    assert log == {"overflow": "visible", "clipped": False, "items": True, "uitleg": "block", "sender": "static"}
    # Every message on paper: the page is as long as the whole conversation, not one screen.
    assert page.evaluate("() => document.documentElement.scrollHeight") > page.viewport_size["height"]
