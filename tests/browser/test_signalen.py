"""The signalen page (issue #17 part 4) in Debian's chromium, at phone and desktop size.

Closed until a signalen key is given; then charts drawn by the page itself
(inline SVG: a full bar for a number, a dashed bar for "minder dan 10"), the
numbers in a table, the signals, and a CSV download. No CSP violation with the
strict policy on, and axe finds nothing, with the tables open.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, TOUCH_PHONE, WATCH_CSP, browser, csp_violations  # noqa: F401
from tests.browser.test_widget import axe_violations
from wegwijs.signalen import DREMPEL, SignalenStore, pad
from wegwijs.signalen_lezers import Lezers
from wegwijs.testers import open_db

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def key(stack) -> str:
    store = SignalenStore(pad(stack.settings.var_dir))
    try:
        for weeks_ago in (0, 1, 2):
            day = date.today() - timedelta(weeks=weeks_ago)
            for _ in range(DREMPEL + 2 * weeks_ago):
                store.tel_alles("voorbeeldstad", [("knelpunt", "kostendelersnorm"), ("onderwerp", "giften")], vandaag=day)
            store.tel_alles("voorbeeldstad", [("knelpunt", "jongere_zonder_ouders"), ("mens", "mens_spreken"),
                                              ("niet_begrepen", "mag mijn kat bij mij wonen")], vandaag=day)
        store.geef("voorbeeldstad", "kostendelersnorm", "Mijn zoon van 27 woont thuis en nu krijg ik minder. Dat is niet eerlijk.",
                   "bijstandsnorm: norm € 1.013,90 (Participatiewet, artikel 22a)")
    finally:
        store.close()
    return Lezers(open_db(stack.settings.gateway_db)).add("Clientenraad Voorbeeldstad", gemeente="voorbeeldstad")


def sign_in(page, stack, token: str) -> None:
    page.goto(stack.settings.gateway_url + "/signalen")
    expect(page.locator("body[data-klaar]")).to_have_count(1)
    page.get_by_label("Sleutel").fill(token)
    page.get_by_role("button", name="Inloggen").click()
    expect(page.locator("#grafiek-knelpunt svg").first).to_be_visible()


@pytest.mark.parametrize("device", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["telefoon", "desktop"])
def test_charts_signals_and_downloads_pass_axe(browser, stack, key, device):  # noqa: F811
    context = browser.new_context(locale="nl-NL", bypass_csp=True, accept_downloads=True, **device)  # axe is injected inline
    page = context.new_page()
    try:
        page.goto(stack.settings.gateway_url + "/signalen")
        expect(page.locator("body[data-klaar]")).to_have_count(1)
        expect(page.locator("#binnen")).to_be_hidden()
        page.get_by_label("Sleutel").fill("wws_fout")
        page.get_by_role("button", name="Inloggen").click()
        expect(page.get_by_role("alert").filter(has_text="Deze sleutel werkt niet")).to_be_visible()
        assert axe_violations(page) == []

        sign_in(page, stack, key)
        knelpunten = page.locator("#grafiek-knelpunt")
        expect(knelpunten.get_by_role("heading", name="Kostendelersnorm gaat in")).to_be_visible()
        expect(knelpunten.locator("rect[stroke-dasharray]").first).to_be_attached()  # "minder dan 10" as a dashed bar
        assert knelpunten.locator("rect:not([stroke-dasharray])").count() >= 3  # the weeks of 10 and more
        expect(page.locator("#grafiek-onderwerp").get_by_role("heading", name="Geld of boodschappen krijgen")).to_be_visible()
        for details in page.locator("details").all():
            details.locator("summary").click()
        expect(knelpunten.get_by_role("cell", name="minder dan 10").first).to_be_visible()
        expect(page.locator("#niet-begrepen").get_by_role("cell", name="mag mijn kat bij mij wonen").first).to_be_visible()
        expect(page.locator("#signalen").get_by_text("Mijn zoon van 27 woont thuis")).to_be_visible()
        width = page.evaluate("() => [document.scrollingElement.scrollWidth, window.innerWidth]")
        assert width[0] <= width[1], "the page is never wider than the screen"
        with page.expect_download() as download:
            page.get_by_role("button", name="Signalen als CSV").click()
        assert download.value.suggested_filename == "signalen-voorbeeldstad.csv"
        assert axe_violations(page) == []
    finally:
        context.close()


def test_the_strict_csp_blocks_nothing_the_page_needs(browser, stack, key):  # noqa: F811
    context = browser.new_context(locale="nl-NL", **DESKTOP_MOUSE)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    try:
        sign_in(page, stack, key)
        expect(page.locator("#signalen table")).to_be_visible()
        assert csp_violations(page) == []
    finally:
        context.close()


def test_a_testers_mark_becomes_a_signal_from_the_review_page(browser, stack):  # noqa: F811
    from wegwijs.testers import Testers

    token = Testers(open_db(stack.settings.gateway_db)).add("Ervaringsdeskundige Mo")
    context = browser.new_context(locale="nl-NL", bypass_csp=True, **TOUCH_PHONE)  # axe is injected inline
    page = context.new_page()
    try:
        page.goto(stack.settings.gateway_url + "/review")
        expect(page.locator("body[data-klaar]")).to_have_count(1)
        page.get_by_label("Uw testsleutel").fill(token)
        page.get_by_role("button", name="Inloggen").click()
        page.get_by_role("button", name="Start een testgesprek").tap()
        log = page.get_by_role("log")
        expect(log.locator("form.oordeel")).to_have_count(1)
        page.get_by_label("Wat zegt u tegen Wegwijs?").fill("wat is de kostendelersnorm")
        page.get_by_role("button", name="Versturen").tap()
        form = log.locator("form.oordeel").last
        expect(log.locator("form.oordeel")).to_have_count(2)
        form.get_by_label("Wat vindt u van dit antwoord?").select_option("klopt_niet")
        form.get_by_label("Opmerking (mag leeg)").fill("Mensen met een inwonend kind van 27 raken zo in de schulden.")
        form.get_by_role("button", name="Bewaar oordeel").tap()
        expect(form.get_by_role("status").first).to_contain_text("bewaard")
        form.get_by_role("button", name="Maak er een signaal van").tap()
        expect(form.locator(".signaal").get_by_role("status")).to_contain_text("Het signaal is doorgegeven")
        expect(form.get_by_role("button", name="Maak er een signaal van")).to_be_disabled()
        assert axe_violations(page) == []
    finally:
        context.close()
    store = SignalenStore(pad(stack.settings.var_dir))
    try:
        found = [s for s in store.signalen("voorbeeldstad") if "inwonend kind van 27" in s["tekst"]]
    finally:
        store.close()
    assert [(s["bron"], s["onderwerp"]) for s in found] == [("ervaringsdeskundige", "kostendelersnorm")]
