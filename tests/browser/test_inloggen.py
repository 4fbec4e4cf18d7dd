"""Signing in on /review and /signalen, with the one shared script (gateway/templates/inloggen.js):
a wrong key says why and keeps the form, a good key opens the page, a reload in the same tab stays
in, signing out and a revoked key forget the key; under the strict CSP, in Debian's chromium."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, WATCH_CSP, browser, csp_violations  # noqa: F401
from wegwijs.signalen_lezers import Lezers
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack


@dataclass
class Pagina:
    pad: str
    label: str
    opslag: str
    sleutels: type  # Testers or Lezers: add(naam) -> key, revoke(naam)


PAGINAS = [Pagina("/review", "Uw testsleutel", "wegwijs:tester", Testers),
           Pagina("/signalen", "Sleutel", "wegwijs:signalen", Lezers)]


def bewaard(page, pagina: Pagina):
    return page.evaluate("(naam) => sessionStorage.getItem(naam)", pagina.opslag)


def geladen(page):
    expect(page.locator("body[data-klaar]")).to_have_count(1)


@pytest.mark.parametrize("pagina", PAGINAS, ids=lambda p: p.pad)
def test_sign_in_out_reload_and_a_revoked_key(browser, stack, pagina):  # noqa: F811
    sleutels = pagina.sleutels(open_db(stack.settings.gateway_db))
    naam = "Inlogtest" + pagina.pad.strip("/")
    sleutel = sleutels.add(naam)
    context = browser.new_context(locale="nl-NL", **DESKTOP_MOUSE)
    context.add_init_script(WATCH_CSP)
    page = context.new_page()
    try:
        page.goto(stack.settings.gateway_url + pagina.pad)
        geladen(page)
        page.get_by_label(pagina.label).fill(sleutel[:4] + "x" * (len(sleutel) - 4))
        page.get_by_role("button", name="Inloggen").click()
        expect(page.locator("#fout")).not_to_be_empty()
        expect(page.locator("#inloggen")).to_be_visible()
        expect(page.locator("#binnen")).to_be_hidden()
        assert bewaard(page, pagina) is None, "a refused key is forgotten"

        page.get_by_label(pagina.label).fill(sleutel)
        page.get_by_role("button", name="Inloggen").click()
        expect(page.locator("#binnen")).to_be_visible()
        expect(page.locator("#inloggen")).to_be_hidden()
        expect(page.locator("#fout")).to_be_empty()
        assert bewaard(page, pagina) == sleutel and page.get_by_label(pagina.label).input_value() == ""

        page.reload()
        geladen(page)
        expect(page.locator("#binnen")).to_be_visible()

        page.get_by_role("button", name="Uitloggen").click()
        expect(page.locator("#inloggen")).to_be_visible()
        expect(page.locator("#binnen")).to_be_hidden()
        assert bewaard(page, pagina) is None

        page.get_by_label(pagina.label).fill(sleutel)
        page.get_by_role("button", name="Inloggen").click()
        expect(page.locator("#binnen")).to_be_visible()
        sleutels.revoke(naam)
        page.reload()
        geladen(page)
        expect(page.locator("#inloggen")).to_be_visible()
        expect(page.locator("#binnen")).to_be_hidden()
        assert bewaard(page, pagina) is None, "a revoked key is forgotten"
        assert csp_violations(page) == []
    finally:
        context.close()
