"""The widget on a gemeente's own site, on another origin than Wegwijs (security review M6, L4).

The host page (SITE) is the gemeente's; any script on it (analytics, a tag
manager, an XSS) runs with the page's rights. Those scripts must not be able to
read the session id or the conversation: with the id alone, earlier answers can
be read back. Wegwijs runs the conversation in a frame from its own origin
(WEGWIJS); the host page only gets "open" and "closed".
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from gateway.store import SessionStore
from tests.browser.conftest import FOREIGN, SITE, WEGWIJS_ELSEWHERE, GemeenteSite, Widget
from tests.browser.test_widget import axe_violations

pytestmark = pytest.mark.stack

QUESTION = "mag ik bijverdienen naast mijn bijstand"
MESSAGES = "**/api/sessions/*/messages"

# Runs in the host page before its own scripts: keep every message the host window receives.
WATCH_MESSAGES = """
if (window === window.top) {
  window.__received = [];
  addEventListener('message', (e) => window.__received.push(JSON.stringify(e.data)));
}
"""

# What a script on the gemeente's page can get at: its storage, cookies, its DOM with
# every open shadow root, the frame's address, and (it must fail) the frame's document.
HOST_VIEW = """() => {
  const storage = (s) => Object.keys(s).map((k) => k + '=' + s.getItem(k)).join('\\n');
  const parts = [storage(sessionStorage), storage(localStorage), document.cookie, window.name,
                 document.documentElement.outerHTML, JSON.stringify(window.__received || [])];
  const shadows = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) { parts.push(el.shadowRoot.innerHTML); shadows(el.shadowRoot); }
    }
  };
  shadows(document);
  const frames = [];
  for (const host of document.querySelectorAll('*')) {
    for (const frame of (host.shadowRoot || host).querySelectorAll('iframe')) {
      parts.push(frame.src, frame.name);
      let inside = 'unreadable';
      try { inside = frame.contentDocument ? frame.contentDocument.documentElement.outerHTML : 'unreadable'; }
      catch (e) { /* cross-origin */ }
      try { inside += frame.contentWindow.sessionStorage.length; } catch (e) { /* cross-origin */ }
      frames.push(inside);
    }
  }
  return {seen: parts.join('\\n'), frames};
}"""


def start_conversation(page):
    """Open the widget and ask one question, the way a resident does; returns the id and the texts."""
    page.goto(SITE + "/bijstand")
    launcher = page.locator("wegwijs-widget").get_by_role("button", name="Chat met Wegwijs")
    with page.expect_response(lambda r: r.request.method == "POST" and r.url.endswith("/api/sessions")) as created:
        launcher.click()
    session_id = created.value.json()["session_id"]
    page.wait_for_timeout(300)  # the input gets the focus
    with page.expect_response(lambda r: r.url.endswith("/messages")) as answered:
        page.keyboard.type(QUESTION)
        page.keyboard.press("Enter")
    answers = [m["text"] for m in answered.value.json()["messages"]]
    page.wait_for_timeout(500)  # the answer is on screen
    return session_id, answers


def test_host_page_cannot_read_the_session_id_or_the_conversation(site_context):
    site_context.add_init_script(WATCH_MESSAGES)
    page = site_context.new_page()
    session_id, answers = start_conversation(page)
    assert any("vrijlating" in text for text in answers)

    view = page.evaluate(HOST_VIEW)
    for secret in [session_id, QUESTION, *[text[:40] for text in answers]]:
        assert secret not in view["seen"], f"the host page can read {secret!r}"
    assert view["frames"] == ["unreadable"], "the frame must be cross-origin to the host page"

    # The conversation is there, in the frame on the Wegwijs origin, for the resident.
    framed = Widget(page, SITE, "/bijstand")
    assert framed.stored()["sessionId"] == session_id
    expect(framed.mine.last).to_have_text(f"U: {QUESTION}")


def test_a_new_page_of_the_site_resumes_within_the_hour_and_starts_fresh_after(site_context, stack):
    site_context.clock.install()
    framed = Widget(site_context.new_page(), SITE, "/bijstand").goto()
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    framed.ask(QUESTION)
    first = framed.stored()["sessionId"]
    transcript = framed.texts()

    site_context.clock.fast_forward("59:00")
    framed.goto()
    expect(framed.dialog).to_be_visible()  # it was open: it opens again, with the conversation
    expect(framed.log.locator(".bericht")).to_have_count(len(transcript))
    assert framed.stored()["sessionId"] == first

    site_context.clock.fast_forward("01:01:00")  # more than 60 minutes without anything happening
    framed.goto()
    expect(framed.launcher).to_be_visible()
    expect(framed.panel).to_be_hidden()
    assert framed.stored() is None, "nothing of the old conversation is kept in the browser"
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    expect(framed.mine).to_have_count(0)
    assert framed.stored()["sessionId"] not in (None, first)

    # The server keeps the old conversation for its own retention and erasure.
    store = SessionStore(stack.settings.gateway_db)
    try:
        assert store.get(first) is not None
    finally:
        store.close()


def test_erase_while_a_reply_is_pending_waits_then_erases(framed: Widget, stack):
    page = framed.page
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    session_id = framed.stored()["sessionId"]

    held = []
    page.route(MESSAGES, lambda route: held.append(route))
    page.keyboard.type(QUESTION)
    page.keyboard.press("Enter")
    expect(framed.typing).to_have_text("Wegwijs is aan het typen")

    framed.button("Gesprek wissen").click()
    framed.button("Ja, wis alles").click()
    expect(framed.typing).to_contain_text("Daarna wordt het gesprek gewist")

    deletes = []
    page.on("request", lambda r: deletes.append(r) if r.method == "DELETE" else None)
    with page.expect_response(lambda r: r.request.method == "DELETE") as deleted:
        held[0].fallback()
    assert deleted.value.status == 204 and len(deletes) == 1
    page.unroute(MESSAGES)
    expect(framed.log).to_have_text("Het gesprek is gewist.Nieuw gesprek beginnen")
    assert framed.stored() is None
    assert stack.request("POST", f"/api/sessions/{session_id}/messages", {"text": "hallo"})[0] == 404


FOREIGN_PAGE = "<!doctype html><html lang='en'><head><title>x</title></head><body></body></html>"
EVERY_TYPE = ["hallo", "openen", "sluiten", "klaar"]


def add_frame(page, name: str, src: str | None = None):
    """An iframe of the host page (an ad, a widget of someone else); without src it has the page's origin."""
    page.evaluate(
        """([name, src]) => { const f = document.createElement('iframe'); f.name = name; f.title = name;
                              if (src) f.src = src; document.body.append(f); }""",
        [name, src],
    )
    expect(page.locator(f"iframe[name={name}]")).to_be_attached()
    page.wait_for_timeout(300)
    return page.frame(name=name)


def test_messages_from_other_windows_are_ignored(site_context):
    """Only the page that embeds the frame may open it, and only the Wegwijs frame may close it."""
    site_context.route(f"{FOREIGN}/**", lambda route: route.fulfill(body=FOREIGN_PAGE, content_type="text/html"))
    framed = Widget(site_context.new_page(), SITE, "/bijstand").goto()
    page = framed.page
    sessions = []
    page.on("request", lambda r: sessions.append(r) if r.url.endswith("/api/sessions") else None)

    # Another frame on the page, even one of the page's own origin, gets hold of the Wegwijs frame
    # and says "hello" and "open": the Wegwijs frame does not listen to it.
    ad = add_frame(page, "advertentie")
    ad.evaluate(
        """(types) => {
            const wegwijs = parent.document.querySelector('wegwijs-widget').shadowRoot.querySelector('iframe');
            for (const type of types) wegwijs.contentWindow.postMessage({wegwijs: type, open: true}, '*');
        }""",
        EVERY_TYPE,
    )
    page.wait_for_timeout(1000)
    assert sessions == [] and framed.stored() is None
    expect(framed.panel).to_be_hidden()

    # A frame of another site pretends to be Wegwijs and tells the page "close": the page does not listen.
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    foreign = add_frame(page, "reclame", FOREIGN + "/reclame")
    foreign.evaluate(
        "(types) => { for (const type of types) parent.postMessage({wegwijs: type, open: false}, '*'); }",
        EVERY_TYPE,
    )
    page.wait_for_timeout(1000)
    expect(framed.panel).to_be_visible()
    expect(framed.dialog).to_be_visible()
    expect(framed.launcher).to_have_count(0)  # still hidden: the page did not take the foreign "klaar" either


def test_a_site_that_is_not_listed_cannot_show_the_frame(browser, stack):
    """voorbeelddorp.nl may embed voorbeelddorp's widget, not voorbeeldstad's: frame-ancestors per gemeente."""
    context = browser.new_context()
    try:
        GemeenteSite(context, stack, gemeente="voorbeeldstad", site="https://www.voorbeelddorp.nl")
        page = context.new_page()
        blocked = []
        page.on("console", lambda m: blocked.append(m.text) if "frame-ancestors" in m.text else None)
        page.goto("https://www.voorbeelddorp.nl/bijstand")
        page.wait_for_timeout(2000)
        expect(page.locator("wegwijs-widget").get_by_role("button")).to_have_count(0)
        assert blocked, "the browser refused the frame because of frame-ancestors"
    finally:
        context.close()


# axe is injected as an inline script, which both policies rightly block: bypass_csp for this test only.
@pytest.mark.parametrize("site_context", [{"bypass_csp": True}], indirect=True)
def test_axe_finds_nothing_on_the_host_page_or_in_the_frame(framed: Widget):
    assert axe_violations(framed.page) == []  # closed: the button only
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    framed.ask(QUESTION)
    assert axe_violations(framed.page) == []
    framed.button("Gesprek wissen").click()
    assert axe_violations(framed.page) == []


# Chromium's private windows (and Brave, and others) refuse storage to frames of another site than the
# page. Playwright's contexts are private windows already; this makes it certain for the test.
BLOCK_STORAGE = """
if (location.origin === '%s') {
  for (const name of ['sessionStorage', 'localStorage']) {
    Object.defineProperty(window, name, {get() { throw new DOMException('blocked', 'SecurityError'); }});
  }
}
""" % WEGWIJS_ELSEWHERE


@pytest.mark.parametrize("site_context", [{"wegwijs": WEGWIJS_ELSEWHERE}], indirect=True)
def test_on_another_site_than_wegwijs_it_works_without_storage(site_context):
    """Wegwijs on another site, in a browser that blocks storage in such frames: the chat works,
    by keyboard, only it is not kept across pages (docs/widget.md)."""
    site_context.add_init_script(BLOCK_STORAGE)
    framed = Widget(site_context.new_page(), SITE, "/bijstand").goto()
    assert framed.frame().url.startswith(WEGWIJS_ELSEWHERE)
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    framed.ask(QUESTION)
    expect(framed.bot.last).to_contain_text("vrijlating")

    # Escape closes it from inside the frame; the focus goes back to the button on the gemeente's page.
    framed.page.keyboard.press("Escape")
    expect(framed.panel).to_be_hidden()
    assert framed.focused_is(framed.launcher)

    framed.goto()  # another page of the site: nothing was kept, so a new conversation
    framed.open_by_keyboard()
    framed.wait_for_welcome()
    expect(framed.mine).to_have_count(0)
