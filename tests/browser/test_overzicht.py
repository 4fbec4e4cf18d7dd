"""Mijn overzicht in a browser: axe finds nothing on the page or in its print view, on a phone and a desktop,
and the page needs no exception to the Content-Security-Policy."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import AXE, DESKTOP_MOUSE, TOUCH_PHONE
from tests.rekenhulp.gesprek import Sessie

pytestmark = pytest.mark.stack

WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@pytest.fixture(scope="module")
def overzicht_url(stack) -> str:
    sessie = Sessie(stack)
    for turn in ["/bereken_giften", "1500 euro", "geld", "15 maart", "ja"]:
        sessie.say(turn)
    return f"{stack.url}/api/sessions/{sessie.id}/overzicht"


def axe_violations(page) -> list:
    """axe-core's violations, and the contrast checks it could not finish."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            const unsure = result.incomplete.filter((v) => v.id === 'color-contrast');
            return [...result.violations, ...unsure].map((v) => ({id: v.id, help: v.help,
                                                                  nodes: v.nodes.map((n) => n.target)}));
        }""",
        WCAG_21_AA,
    )


def fits_the_width(page) -> bool:
    return page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth")


# add_script_tag injects axe as an inline script, which the page's CSP rightly blocks: this test alone bypasses it.
@pytest.mark.parametrize("page", [{**TOUCH_PHONE, "bypass_csp": True}, {**DESKTOP_MOUSE, "bypass_csp": True}],
                         ids=["phone", "desktop"], indirect=True)
def test_axe_finds_nothing_on_the_page_and_in_the_print_view(page, overzicht_url):
    page.goto(overzicht_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Mijn overzicht")
    assert axe_violations(page) == []
    assert fits_the_width(page), "nothing sticks out sideways"
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Bewaar dit overzicht als pdf")).to_be_hidden()
    assert axe_violations(page) == []
    assert fits_the_width(page)


@pytest.mark.parametrize("page", [TOUCH_PHONE], ids=["phone"], indirect=True)
def test_the_page_is_styled_without_any_csp_exception_and_prints(page, overzicht_url):
    """The page fixture fails on any CSP violation and on any request to another site."""
    page.goto(overzicht_url)
    headings = page.get_by_role("heading", level=2)
    expect(headings).to_have_text(["Wat u ons vertelde", "De uitkomst", "Zo is het berekend",
                                   "Wat Wegwijs heeft aangenomen", "De datum van de regels", "Bronnen",
                                   "Vragen voor uw klantmanager"])
    amount = page.locator(".waarde", has_text="€ 1.500").first
    assert amount.evaluate("(el) => getComputedStyle(el).whiteSpace") == "nowrap", "the stylesheet is applied"
    assert page.get_by_role("link", name="Bewaar dit overzicht als pdf").get_attribute("href").endswith("?formaat=pdf")
    printed = page.pdf(format="A4")  # chromium's own print, as a person would print the page
    assert printed.startswith(b"%PDF-") and len(printed) > 10_000


@pytest.fixture(scope="module")
def boodschappen_url(stack) -> str:
    """A monthly gift in kind: its table has four columns and a long 'Soort' ("iemand betaalde iets voor u")."""
    sessie = Sessie(stack)
    for turn in ["mijn moeder doet elke maand voor 50 euro boodschappen voor mij", "sinds januari", "ja"]:
        sessie.say(turn)
    return f"{stack.url}/api/sessions/{sessie.id}/overzicht"


@pytest.mark.parametrize("page", [TOUCH_PHONE, {"viewport": {"width": 320, "height": 640}, "has_touch": True}],
                         ids=["phone", "small-phone"], indirect=True)
def test_the_gifts_table_fits_a_phone(page, boodschappen_url):
    """Acceptance of issue #14: the table of a monthly gift made the page wider than a 390 px phone."""
    page.goto(boodschappen_url)
    table = page.get_by_role("table")
    expect(table).to_contain_text("iemand betaalde iets voor u")
    expect(table.get_by_role("columnheader")).to_have_count(4)
    assert fits_the_width(page), "the page is wider than the phone"
    amount = table.locator(".waarde", has_text="€ 50")
    assert amount.evaluate("(el) => getComputedStyle(el).whiteSpace") == "nowrap", "an amount still never breaks"
