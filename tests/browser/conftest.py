"""Browser fixtures: Debian's chromium, driven by playwright, against the whole running Wegwijs.

Playwright's own browser download is never used: .ci/run installs Debian's
chromium, and `make test` installs axe-core from package-lock.json.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect, sync_playwright

from wegwijs.settings import ROOT

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 360, "height": 740}

# Rasa on a busy machine can take a while to answer.
expect.set_options(timeout=60_000)

# Runs before the page's own scripts: collect every Content-Security-Policy violation.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


# Module scope: sync playwright runs an event loop of its own, which must be gone
# before the asyncio tests in other modules start theirs.
@pytest.fixture(scope="module")
def browser() -> Browser:
    if not CHROMIUM.exists():
        pytest.fail("no /usr/bin/chromium; install it with: apt-get install -y chromium (.ci/run does this)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Widget:
    """The widget on the demo page, seen the way a person sees it."""

    def __init__(self, page: Page, base_url: str):
        self.page, self.base_url = page, base_url
        host = page.locator("wegwijs-widget")
        self.launcher = host.get_by_role("button", name="Chat met Wegwijs")
        self.panel = host.get_by_role("dialog")
        self.log = host.get_by_role("log")
        self.input = host.get_by_role("textbox", name="Uw vraag")
        self.typing = host.locator(".typen")
        self.alert = host.get_by_role("alert")
        self.bot = self.log.locator(".bericht.wegwijs")
        self.mine = self.log.locator(".bericht.u")

    def goto(self) -> "Widget":
        self.page.goto(self.base_url + "/")
        expect(self.launcher.or_(self.panel)).to_be_visible()
        return self

    def button(self, name: str) -> Locator:
        """A control of the widget itself (not one of the answer's buttons)."""
        controls = self.panel.locator(".kop, .acties, .bevestig, .fout, .gewist")
        return controls.get_by_role("button", name=name, exact=True)

    def choice(self, title: str) -> Locator:
        """One of the buttons under the latest answer."""
        return self.log.get_by_role("button", name=title, exact=True)

    def focused(self) -> str:
        """What has the keyboard focus, looking into the widget's shadow root."""
        return self.page.evaluate(
            """() => {
                let el = document.activeElement;
                while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                return el ? (el.getAttribute('aria-label') || el.textContent || el.tagName).trim() : '';
            }"""
        )

    def focused_is(self, locator: Locator) -> bool:
        return locator.evaluate("(el) => el.getRootNode().activeElement === el")

    def tab_to(self, locator: Locator, key: str = "Tab", limit: int = 40) -> None:
        """Press Tab (or Shift+Tab) until the locator has the focus: keyboard only."""
        for _ in range(limit):
            self.page.keyboard.press(key)
            if self.focused_is(locator):
                return
        raise AssertionError(f"{key} never reached {locator}; focus is on {self.focused()!r}")

    def open_by_keyboard(self) -> None:
        self.tab_to(self.launcher)
        self.page.keyboard.press("Enter")
        expect(self.panel).to_be_visible()
        assert self.focused_is(self.input)

    def wait_for_welcome(self) -> None:
        expect(self.bot.first).to_contain_text("computerprogramma")
        expect(self.typing).to_be_empty()

    def ask(self, text: str) -> None:
        """Type a question and send it with Enter; wait for the answer."""
        before = self.bot.count()
        self.input.focus()
        self.page.keyboard.type(text)
        self.page.keyboard.press("Enter")
        expect(self.bot).not_to_have_count(before)
        expect(self.typing).to_be_empty()

    def texts(self) -> list[str]:
        return self.log.locator(".bericht").all_inner_texts()

    def stored(self):
        return self.page.evaluate("() => JSON.parse(sessionStorage.getItem('wegwijs:voorbeeldstad'))")


@pytest.fixture
def page(browser, stack, request) -> Page:
    """A fresh browser (own sessionStorage) at desktop width; checks CSP and third parties afterwards."""
    options = getattr(request, "param", {})
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", **options)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    requested: list[str] = []
    console: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    yield page
    violations = page.evaluate("() => window.__cspViolations || []") if not page.is_closed() else []
    context.close()
    assert violations == [], f"Content-Security-Policy violations: {violations}"
    assert not [m for m in console if "Content Security Policy" in m], console
    third_party = [url for url in requested if not url.startswith(stack.url + "/")]
    assert third_party == [], f"requests to other sites: {third_party}"


@pytest.fixture
def widget(page, stack) -> Widget:
    return Widget(page, stack.url).goto()
