"""Call with one tap (issue #14, part 1): phone numbers in Wegwijs' answers are tel: links.

Only in Wegwijs' own answers, never in what the resident typed; never amounts,
years, dates, article numbers, percentages or postcodes. Numbers and amounts
never break across lines.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE, Widget
from tests.browser.test_widget import axe_violations

pytestmark = pytest.mark.stack

MESSAGES = "**/api/sessions/*/messages"
NOWRAP = "(el) => getComputedStyle(el).whiteSpace"

# Text as Wegwijs could write it -> the tel: links it must get (link text, href), in order.
BELLEN = [
    ("Bel 113 Zelfmoordpreventie: 0800-0113. Gratis, dag en nacht.", [("113", "tel:113"), ("0800-0113", "tel:08000113")]),
    ("Is er direct gevaar? Bel 112.", [("112", "tel:112")]),
    ("Bel de gemeente Voorbeeldstad: 14 0000.", [("14 0000", "tel:140000")]),
    ("Bel de gemeente op 14 020, of het Juridisch Loket: 0900-8020.", [("14 020", "tel:14020"), ("0900-8020", "tel:09008020")]),
    ("Bel 020-1234567 of 06-12345678 of 0612345678.",
     [("020-1234567", "tel:0201234567"), ("06-12345678", "tel:0612345678"), ("0612345678", "tel:0612345678")]),
    ("Of bel 0800 0543.", [("0800 0543", "tel:08000543")]),
]
# Text with numbers that are not phone numbers: no link at all.
GEEN_NUMMER = [
    "U mag € 1.200 per jaar krijgen, of 1200 euro.",
    "Sinds 2026 geldt dit. Vanaf 01-01-2026 of 1 januari 2027.",
    "Zo staat het in artikel 31 lid 2, en in artikel 112 van de wet.",
    "De vrijlating is 15% of 12,5 procent, tot € 112,- per maand.",
    "Het adres is Stationsstraat 113, 1234 AB Voorbeeldstad.",
    "Chat op 113.nl of kijk op www.113.nl.",
    "Dat is 112 euro, of € 113.",
]


def reply_with(page, text: str) -> None:
    page.route(MESSAGES, lambda route: route.fulfill(json={"messages": [{"text": text}]}))


def open_widget(widget: Widget) -> None:
    widget.open_by_keyboard()
    widget.wait_for_welcome()


def test_phone_numbers_in_answers_are_tel_links_and_nothing_else_is(widget: Widget):
    open_widget(widget)
    text = "\n".join([t for t, _ in BELLEN] + GEEN_NUMMER)
    reply_with(widget.page, text)
    widget.ask("welke nummers")
    answer = widget.bot.last
    expected = [link for _, links in BELLEN for link in links]
    tel = answer.locator('a[href^="tel:"]')
    expect(tel).to_have_count(len(expected))
    assert [(a.inner_text(), a.get_attribute("href")) for a in tel.all()] == expected
    for a in tel.all():
        assert a.get_attribute("aria-label") == "Bel " + a.inner_text()
        assert a.get_attribute("target") is None, "a call link stays in the same tab"
        assert a.evaluate("(el) => getComputedStyle(el.parentElement).whiteSpace") == "nowrap"
    # The text itself is unchanged: every character still there, in order.
    assert answer.evaluate("(el) => el.textContent") == "Wegwijs: " + text


def test_amounts_do_not_break_and_are_no_links(widget: Widget):
    open_widget(widget)
    reply_with(widget.page, "U mag samen € 1.200 per kalenderjaar krijgen. Meer dan 1200 euro? Geef het door.")
    widget.ask("gift")
    bedragen = widget.bot.last.locator(".heel")
    expect(bedragen).to_have_text(["€ 1.200", "1200 euro"])
    for span in bedragen.all():
        assert span.evaluate(NOWRAP) == "nowrap"
    expect(widget.bot.last.locator("a")).to_have_count(0)


def test_the_residents_own_number_stays_plain_text(widget: Widget):
    open_widget(widget)
    reply_with(widget.page, "Bel de gemeente: 14 0000.")
    widget.ask("mijn nummer is 0612345678, bel 112")
    expect(widget.mine.last).to_contain_text("0612345678")
    expect(widget.mine.last.locator("a, .heel")).to_have_count(0)
    expect(widget.bot.last.locator('a[href="tel:140000"]')).to_have_text("14 0000")
    widget.page.unroute(MESSAGES)
    widget.page.reload()  # the stored transcript is shown the same way
    expect(widget.mine.last.locator("a, .heel")).to_have_count(0)
    expect(widget.bot.last.locator('a[href="tel:140000"]')).to_have_count(1)


def test_crisis_answer_has_call_links_for_113_and_112(widget: Widget):
    open_widget(widget)
    before = widget.log.locator(".berichten > li").count()
    widget.ask("ik heb geen eten meer")
    # The answer may be a few bubbles; a number is a link in the text or a call button of the message.
    answer = widget.log.locator(f".berichten > li.item.wegwijs:nth-child(n+{before + 1})")
    expect(answer.first).to_be_visible()
    assert "113 Zelfmoordpreventie" in " ".join(answer.all_inner_texts())
    for href in ["tel:113", "tel:08000113", "tel:112", "tel:140000"]:
        expect(answer.locator(f'a[href="{href}"]').first).to_be_visible()
    call_112 = answer.locator('a[href="tel:112"]').first
    widget.tab_to(call_112, key="Shift+Tab")
    style = call_112.evaluate("(el) => { const s = getComputedStyle(el); return [s.outlineStyle, s.outlineWidth]; }")
    assert style[0] == "solid" and float(style[1].rstrip("px")) >= 2


def test_gift_answer_keeps_its_amount_whole_and_has_no_call_link(widget: Widget):
    open_widget(widget)
    widget.ask("mijn moeder betaalt mijn boodschappen")
    answer = widget.bot.last
    expect(answer).to_contain_text("gift")
    bedrag = answer.locator(".heel").filter(has_text="€").first
    expect(bedrag).to_have_text(re.compile(r"^€ \d[\d.]*(,\d\d|,-)?$"))
    assert bedrag.evaluate(NOWRAP) == "nowrap"
    expect(answer.locator('a[href^="tel:"]')).to_have_count(0)


@pytest.mark.parametrize("page", [{"bypass_csp": True}], indirect=True)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_with_call_links_on_screen(widget: Widget, viewport):
    widget.page.set_viewport_size(viewport)
    open_widget(widget)
    widget.ask("ik wil niet meer leven")
    expect(widget.log.locator('a[href="tel:113"]').first).to_be_visible()
    assert axe_violations(widget.page) == []
