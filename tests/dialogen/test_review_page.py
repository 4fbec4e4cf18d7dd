"""The review page in Debian's chromium: log in, chat, mark, see marks, make a script; axe finds nothing."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, WATCH_CSP, browser  # noqa: F401 - the fixture
from tests.browser.test_widget import axe_violations
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack


@pytest.fixture(scope="module")
def tokens(stack) -> dict:
    testers = Testers(open_db(stack.settings.gateway_db))
    tokens = {"Anja": testers.add("Anja browser"), "Bas": testers.add("Bas browser", rol="coordinator"), "oud": testers.add("Oud browser")}
    testers.revoke("Oud browser")
    tokens["verlopen"] = testers.add("Verlopen browser", dagen=1)
    testers.db["testers"].update("Verlopen browser", {"verloopt": "2020-01-01T00:00:00+00:00"})
    return tokens


def open_page(browser, stack, **options):  # noqa: F811
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", **options)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    page.goto(stack.url + "/review")
    expect(page.locator("body[data-klaar]")).to_have_count(1)
    return page


def login(page, token: str) -> None:
    page.get_by_label("Uw testsleutel").fill(token)
    page.get_by_role("button", name="Inloggen").click()


def test_revoked_token_is_refused_in_the_page(browser, stack, tokens):  # noqa: F811
    page = open_page(browser, stack)
    login(page, tokens["oud"])
    expect(page.get_by_role("alert")).to_contain_text("Deze testsleutel werkt niet")
    expect(page.get_by_role("button", name="Start een testgesprek")).to_be_hidden()
    page.context.close()


def test_an_expired_token_says_so_in_the_page(browser, stack, tokens):  # noqa: F811
    page = open_page(browser, stack)
    login(page, tokens["verlopen"])
    expect(page.get_by_role("alert")).to_contain_text("Deze testsleutel is verlopen. Vraag de beheerder om een nieuwe")
    expect(page.get_by_role("button", name="Start een testgesprek")).to_be_hidden()
    page.context.close()


def test_chat_mark_share_and_script(browser, stack, tokens):  # noqa: F811
    page = open_page(browser, stack)
    login(page, tokens["Anja"])
    page.get_by_role("button", name="Start een testgesprek").click()
    log = page.get_by_role("log")
    expect(log).to_contain_text("computerprogramma")
    page.get_by_label("Wat zegt u tegen Wegwijs?").fill("hoe maak ik bezwaar")
    page.get_by_role("button", name="Versturen").click()
    expect(log).to_contain_text("bezwaar maken")
    page.get_by_label("Wat vindt u van dit antwoord?").last.select_option("te_lang")
    page.get_by_label("Opmerking (mag leeg)").last.fill("Veel tekst in een keer")
    page.get_by_role("button", name="Bewaar oordeel").last.click()
    expect(page.locator("form.oordeel").last.get_by_role("status")).to_contain_text("Uw oordeel is bewaard")
    violations = page.evaluate("() => window.__cspViolations")
    assert violations == []
    page.context.close()

    # Bas, a coordinator, sees Anja's conversation and her mark, and makes a script of it.
    page = open_page(browser, stack, bypass_csp=True)  # axe is injected inline
    login(page, tokens["Bas"])
    item = page.get_by_role("listitem").filter(has_text="Anja browser").first
    expect(item).to_contain_text("1 oordeel")
    item.get_by_role("button", name="Bekijk").click()
    expect(item.locator(".markering")).to_contain_text("Te lang")
    expect(item.locator(".markering")).to_contain_text("Veel tekst in een keer")
    expect(item.locator(".markering")).to_contain_text("Anja browser")
    with page.expect_download() as download:
        page.get_by_role("button", name="Maak er een dialoogscript van").click()
    assert "zegt: \"hoe maak ik bezwaar\"" in open(download.value.path(), encoding="utf-8").read()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download alle oordelen").click()
    assert ";Te lang;" in open(download.value.path(), encoding="utf-8-sig").read()
    for viewport in (DESKTOP, PHONE):
        page.set_viewport_size(viewport)
        assert axe_violations(page) == []
    page.context.close()


def test_axe_on_the_login_screen(browser, stack):  # noqa: F811
    page = open_page(browser, stack, bypass_csp=True)
    assert axe_violations(page) == []
    page.context.close()
