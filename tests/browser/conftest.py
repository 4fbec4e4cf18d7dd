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
# Browser contexts for the page fixture (issue #14): a phone with a touch screen, and a desktop.
TOUCH_PHONE = {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True, "device_scale_factor": 2}
DESKTOP_MOUSE = {"viewport": {"width": 1280, "height": 800}}

# Rasa on a busy machine can take a while to answer.
expect.set_options(timeout=60_000)

# Runs before the page's own scripts: collect every Content-Security-Policy violation.
WATCH_CSP = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def csp_violations(page: Page) -> list[str]:
    """The violations WATCH_CSP saw, in the page and in every frame on it (the widget's own included)."""
    found = []
    for frame in page.frames:
        if frame.url.startswith(("http://", "https://")):
            found += [f"{frame.url}: {v}" for v in frame.evaluate("() => window.__cspViolations || []")]
    return found


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
    """The widget the way a person sees it: the launcher on the page, the conversation in its frame.

    The frame comes from the Wegwijs origin; on the demo page that is the page's
    own origin, on a gemeente's site (GemeenteSite) another one. Playwright can
    look into both; a script on the page can look into neither.
    """

    def __init__(self, page: Page, base_url: str, path: str = "/"):
        self.page, self.base_url, self.path = page, base_url, path
        host = page.locator("wegwijs-widget")
        self.launcher = host.get_by_role("button", name="Chat met Wegwijs")
        self.panel = host.locator("iframe")  # the panel as the page shows it, or hides it
        frame = page.frame_locator("wegwijs-widget iframe")
        self.dialog = frame.get_by_role("dialog")
        self.log = frame.get_by_role("log")
        self.input = frame.get_by_role("textbox", name="Uw vraag")
        self.typing = frame.locator(".typen")
        self.alert = frame.get_by_role("alert")
        self.bot = self.log.locator(".bericht.wegwijs")
        self.mine = self.log.locator(".bericht.u")

    def goto(self) -> "Widget":
        self.page.goto(self.base_url + self.path)
        expect(self.launcher.or_(self.panel).filter(visible=True)).to_have_count(1)
        return self

    def frame(self):
        """The widget's frame, for the test itself."""
        return next(f for f in self.page.frames if "/widget/frame/" in f.url)

    def button(self, name: str) -> Locator:
        """A control of the widget itself (not one of the answer's buttons)."""
        controls = self.dialog.locator(".kop, .acties, .bevestig, .fout, .gewist")
        return controls.get_by_role("button", name=name, exact=True)

    def choice(self, title: str) -> Locator:
        """One of the buttons under the latest answer."""
        return self.log.get_by_role("button", name=title, exact=True)

    def focused(self) -> str:
        """What has the keyboard focus, looking into the widget's shadow root and frame."""
        for frame in [self.page.main_frame, self.frame()]:
            name = frame.evaluate(
                """() => {
                    if (!document.hasFocus()) return '';
                    let el = document.activeElement;
                    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
                    if (!el || el.tagName === 'IFRAME' || el === document.body) return '';
                    return (el.getAttribute('aria-label') || el.textContent || el.tagName).trim();
                }"""
            )
            if name:
                return name
        return ""

    def focused_is(self, locator: Locator) -> bool:
        """The locator has the keyboard focus: its document's active element, in the document that has focus."""
        return locator.evaluate("(el) => el.getRootNode().activeElement === el && el.ownerDocument.hasFocus()")

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
        expect(self.dialog).to_be_visible()
        expect(self.input).to_be_focused()
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
        """What the frame keeps in its own sessionStorage (on the Wegwijs origin)."""
        return self.frame().evaluate("() => JSON.parse(sessionStorage.getItem('wegwijs:voorbeeldstad'))")


@pytest.fixture
def page(browser, stack, request) -> Page:
    """A fresh browser (own sessionStorage) at desktop width; checks CSP and third parties afterwards."""
    options = {"viewport": DESKTOP, "locale": "nl-NL", **getattr(request, "param", {})}
    context = browser.new_context(**options)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    requested: list[str] = []
    console: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.on("console", lambda m: console.append(m.text) if m.type == "error" else None)
    yield page
    violations = csp_violations(page) if not page.is_closed() else []
    context.close()
    assert violations == [], f"Content-Security-Policy violations: {violations}"
    assert not [m for m in console if "Content Security Policy" in m], console
    third_party = [url for url in requested if not url.startswith(stack.url + "/")]
    assert third_party == [], f"requests to other sites: {third_party}"


@pytest.fixture
def widget(page, stack) -> Widget:
    return Widget(page, stack.url).goto()


# ---- the widget on a gemeente's own website, on another origin than Wegwijs ----

SITE = "https://www.voorbeeldstad.nl"  # in voorbeeldstad.yaml, widget.toegestane_sites
WEGWIJS = "https://wegwijs.voorbeeldstad.nl"  # where a gemeente would run Wegwijs (docs/widget.md)
WEGWIJS_ELSEWHERE = "https://wegwijs.example"  # Wegwijs on another site than the gemeente's
FOREIGN = "https://kwaadwillend.example"  # a site that is in no gemeente's list

# A plain gemeente page with the one script tag, and its own strict policy: the page
# allows the Wegwijs server for the script and the frame, nothing more.
SITE_CSP = (
    "default-src 'self'; script-src 'self' {wegwijs}; frame-src {wegwijs} " + FOREIGN + "; "
    "base-uri 'none'; object-src 'none'"
)
SITE_PAGE = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Bijstand - Gemeente Voorbeeldstad</title></head>
<body><main><h1>Bijstand</h1><p><a href="/">Home</a></p></main>
<script src="{wegwijs}/widget/wegwijs.js" data-gemeente="{gemeente}" async></script></body></html>"""


class GemeenteSite:
    """A gemeente's website at SITE with the widget of the Wegwijs server at WEGWIJS.

    Both are real https origins to the browser, so it keeps them apart exactly as
    it would for a real gemeente. Playwright serves the site's page and passes
    every request for WEGWIJS on to the running gateway, under the gateway's own
    (loopback) name: in Host, and in Origin and Referer when the request comes
    from Wegwijs' own frame. A request from the site keeps the site's Origin.
    """

    def __init__(self, context, stack, gemeente: str = "voorbeeldstad", site: str = SITE, wegwijs: str = WEGWIJS):
        self.context, self.stack, self.site, self.wegwijs = context, stack, site, wegwijs
        self.page_html = SITE_PAGE.format(wegwijs=wegwijs, gemeente=gemeente)
        context.route(f"{site}/**", self._site)
        context.route(f"{wegwijs}/**", self._wegwijs)

    def _site(self, route) -> None:
        route.fulfill(body=self.page_html, content_type="text/html; charset=utf-8",
                      headers={"Content-Security-Policy": SITE_CSP.format(wegwijs=self.wegwijs)})

    def _wegwijs(self, route) -> None:
        request = route.request
        url = self.stack.url + request.url.removeprefix(self.wegwijs)
        headers = {
            name: value.replace(self.wegwijs, self.stack.url) for name, value in request.all_headers().items()
        }
        headers["host"] = self.stack.url.removeprefix("http://")
        try:
            route.fulfill(response=route.fetch(url=url, headers=headers, max_redirects=0))
        except Exception:  # noqa: BLE001 - the page went away mid-request
            route.abort()


@pytest.fixture
def site_context(browser, stack, request):
    """A fresh browser with the gemeente site; fails on CSP violations and on requests to any third site.

    Parametrize it with {"wegwijs": WEGWIJS_ELSEWHERE} to put Wegwijs on another site than the gemeente's;
    other keys go to the browser context.
    """
    options = dict(getattr(request, "param", {}))
    wegwijs = options.pop("wegwijs", WEGWIJS)
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", **options)
    context.add_init_script(WATCH_CSP)
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    GemeenteSite(context, stack, wegwijs=wegwijs)
    yield context
    violations = [v for page in context.pages for v in csp_violations(page)]
    context.close()
    assert violations == [], f"Content-Security-Policy violations: {violations}"
    allowed = (SITE + "/", wegwijs + "/", FOREIGN + "/")
    assert [url for url in requested if not url.startswith(allowed)] == []


@pytest.fixture
def framed(site_context) -> Widget:
    """The widget on the gemeente's own page."""
    return Widget(site_context.new_page(), SITE, "/bijstand").goto()
