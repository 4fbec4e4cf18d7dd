"""One message (widget/bericht.js): "Meer uitleg", link buttons and "Mijn overzicht" (issue #14).

Against the whole running Wegwijs. Where an answer does not carry a new field
yet, `with_fields` adds it to the gateway's real answer, and only when the
answer lacks it: once the actions send the field themselves, theirs is used.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP_MOUSE, TOUCH_PHONE, Widget
from tests.browser.test_widget import axe_violations

pytestmark = pytest.mark.stack

MESSAGES = "**/api/sessions/*/messages"
DEVICES = pytest.mark.parametrize("page", [TOUCH_PHONE, DESKTOP_MOUSE], ids=["phone", "desktop"], indirect=True)
DEVICES_AXE = pytest.mark.parametrize(
    "page", [{**TOUCH_PHONE, "bypass_csp": True}, {**DESKTOP_MOUSE, "bypass_csp": True}],
    ids=["phone", "desktop"], indirect=True,
)

MEER_UITLEG = [
    {"kop": "Waarom", "tekst": "U houdt een deel van uw loon. Vragen? Bel 0800-0113."},
    {"kop": "Wet", "tekst": "Participatiewet, artikel 31. Lees het op https://wetten.overheid.nl/BWBR0015703."},
]
LINKS = [
    {"titel": "Bel 113", "url": "tel:113"},
    {"titel": "Mail de gemeente", "url": "mailto:bijstand@voorbeeldstad.nl"},
    {"titel": "Contactformulier", "url": "https://www.voorbeeldstad.nl/contact"},
    {"titel": "Niet dit", "url": "javascript:alert(1)"},
    {"titel": "Ook niet", "url": "http://onveilig.example/"},
    {"titel": "Evenmin", "url": "data:text/html,<b>x</b>"},
    {"titel": "", "url": "https://www.voorbeeldstad.nl/leeg"},
]
GIFT = ["mijn moeder betaalt elke maand 50 euro aan boodschappen", "boodschappen", "sinds januari", "ja"]


def with_fields(page, force: bool = False, **fields) -> None:
    """The gateway's real answer; its last message gets these fields when it does not have them itself.

    force=True: these fields instead of the answer's own, for a test of exactly what the widget
    does with them (an unsafe link, which the gateway itself would never pass on).
    """
    def handle(route):
        response = route.fetch()
        body = response.json()
        if body.get("messages"):
            for name, value in fields.items():
                if force:
                    body["messages"][-1][name] = value
                else:
                    body["messages"][-1].setdefault(name, value)
        route.fulfill(response=response, json=body)

    page.route(MESSAGES, handle)


def open_widget(widget: Widget) -> None:
    widget.launcher.click()
    expect(widget.dialog).to_be_visible()
    widget.wait_for_welcome()


def ask(widget: Widget, text: str) -> None:
    before = widget.bot.count()
    widget.input.fill(text)
    widget.input.press("Enter")
    expect(widget.bot).not_to_have_count(before)
    expect(widget.typing).to_be_empty()


@DEVICES
def test_meer_uitleg_is_a_disclosure_button(widget: Widget):
    open_widget(widget)
    with_fields(widget.page, force=True, meer_uitleg=MEER_UITLEG)
    ask(widget, "mag ik bijverdienen naast mijn bijstand")
    answer = widget.log.locator("li.item.wegwijs").last
    more = answer.get_by_role("button", name="Meer uitleg")
    expect(more).to_have_attribute("aria-expanded", "false")
    parts = answer.locator(".uitleg")
    expect(parts).to_be_hidden()
    expect(more).to_have_attribute("aria-controls", parts.get_attribute("id"))
    # Acceptance of issue #14: the button read "Meer uitleg+", the sign glued to the word.
    sign_gap = "(el) => parseFloat(getComputedStyle(el, '::after').marginLeft)"
    assert more.evaluate(sign_gap) > 0, "the + stands apart from 'Meer uitleg'"

    more.click()
    expect(more).to_have_attribute("aria-expanded", "true")
    expect(parts).to_be_visible()
    expect(parts.get_by_role("heading")).to_have_text(["Waarom", "Wet"])
    # The parts' text is Wegwijs' text: call links and https links, as in the answer itself.
    expect(parts.get_by_role("link", name="Bel 0800-0113")).to_have_attribute("href", "tel:08000113")
    expect(parts.get_by_role("link", name="wetten.overheid.nl/BWBR0015703")).to_have_attribute("target", "_top")

    more.focus()
    widget.page.keyboard.press("Enter")  # by keyboard too
    expect(more).to_have_attribute("aria-expanded", "false")
    expect(parts).to_be_hidden()
    assert widget.focused_is(more)

    widget.page.unroute(MESSAGES)
    widget.page.reload()  # kept in the transcript
    expect(widget.log.locator("li.item.wegwijs").last.get_by_role("button", name="Meer uitleg")).to_be_visible()


@DEVICES
def test_links_are_buttons_for_tel_mailto_and_https_only(widget: Widget):
    open_widget(widget)
    with_fields(widget.page, force=True, links=LINKS)
    ask(widget, "ik wil met een mens praten")
    links = widget.log.locator("li.item.wegwijs").last.locator(".links a")
    expect(links).to_have_text(["Bel 113", "Mail de gemeente", "Contactformulier"])
    hrefs = [(a.get_attribute("href"), a.get_attribute("target")) for a in links.all()]
    assert hrefs == [
        ("tel:113", None),
        ("mailto:bijstand@voorbeeldstad.nl", None),
        ("https://www.voorbeeldstad.nl/contact", "_top"),
    ]
    for a in links.all():
        box = a.bounding_box()
        assert box["height"] >= 44, a.inner_text()  # big enough for a thumb


@DEVICES
def test_mijn_overzicht_before_a_calculation_says_so_kindly(widget: Widget):
    """The gateway has nothing calculated for this session: its 404 JSON message is shown, nothing opens."""
    open_widget(widget)
    with_fields(widget.page, overzicht=True)
    ask(widget, "mag ik bijverdienen naast mijn bijstand")
    group = widget.log.get_by_role("group", name="Mijn overzicht")
    pages = len(widget.page.context.pages)
    with widget.page.expect_response("**/overzicht") as response:
        group.get_by_role("button", name="Mijn overzicht").click()
    assert response.value.status == 404
    message = response.value.json()["message"]
    expect(group.get_by_role("status")).to_have_text(message)
    assert len(widget.page.context.pages) == pages
    expect(widget.alert).to_have_count(0)


@DEVICES_AXE
def test_axe_finds_nothing_with_every_part_of_a_message(widget: Widget):
    open_widget(widget)
    with_fields(widget.page, meer_uitleg=MEER_UITLEG, links=LINKS, overzicht=True)
    ask(widget, "mag ik bijverdienen naast mijn bijstand")
    assert axe_violations(widget.page) == []
    widget.log.get_by_role("button", name="Meer uitleg").click()
    widget.log.get_by_role("button", name="Mijn overzicht").click()
    expect(widget.log.locator(".overzicht-status")).not_to_be_empty()
    assert axe_violations(widget.page) == []


def test_a_message_in_bericht_js_stands_alone(widget: Widget):
    """The review page uses the same component without a session: no buttons to press, no overzicht."""
    frame = widget.frame()
    item = frame.evaluate(
        """() => {
            const li = WegwijsBericht.render(
                {text: 'Bel 112. Zie https://x.nl', buttons: [{title: 'Ja', payload: '/ja'}], overzicht: true,
                 links: [{titel: 'Bel', url: 'tel:112'}], extra: 'genegeerd'},
                {teksten: {afzender_wegwijs: 'Wegwijs:', bel: 'Bel', keuzes: 'Kies'}, linkDoel: '_blank'});
            return {tag: li.tagName, text: li.querySelector('.bericht').textContent,
                    disabled: li.querySelector('.keuzes button').disabled,
                    overzicht: li.querySelectorAll('.overzicht').length,
                    targets: [...li.querySelectorAll('a')].map((a) => a.target)};
        }"""
    )
    assert item == {"tag": "LI", "text": "Wegwijs: Bel 112. Zie x.nl", "disabled": True, "overzicht": 0,
                    "targets": ["", "_blank", ""]}


def calculate_gift(widget: Widget) -> None:
    """A real calculation (the gift calculator), typed as a person would; the result says it ends one."""
    for text in GIFT[:-1]:
        ask(widget, text)
    with_fields(widget.page, overzicht=True)  # a no-op once action_bereken sends it itself
    ask(widget, GIFT[-1])
    widget.page.unroute(MESSAGES)
    expect(widget.log.get_by_role("button", name="Mijn overzicht")).to_have_count(1)


@pytest.mark.parametrize("page", [DESKTOP_MOUSE], ids=["desktop"], indirect=True)
def test_mijn_overzicht_opens_without_the_session_id_in_any_address(widget: Widget):
    open_widget(widget)
    calculate_gift(widget)
    session_id = widget.stored()["sessionId"]
    with widget.page.context.expect_page() as opened:
        widget.log.get_by_role("button", name="Mijn overzicht").click()
    overzicht = opened.value
    overzicht.wait_for_load_state()
    assert overzicht.url.startswith("blob:") and session_id not in overzicht.url
    expect(overzicht.locator("h1")).to_be_visible()
    expect(overzicht.locator("main")).to_contain_text("€")
    assert overzicht.evaluate("() => [...document.styleSheets].some((s) => s.cssRules.length > 0)"), "styled"
    hrefs = overzicht.evaluate("() => [...document.querySelectorAll('[href], [src]')].map((e) => e.href || e.src)")
    assert not [h for h in hrefs if session_id in h]
    overzicht.close()

    with widget.page.expect_download() as download:
        widget.log.get_by_role("button", name="Download als pdf").click()
    assert download.value.suggested_filename == "wegwijs-overzicht.pdf"
    assert session_id not in download.value.url
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"


@pytest.mark.parametrize("page", [TOUCH_PHONE], ids=["phone"], indirect=True)
def test_mijn_overzicht_after_erasing_says_there_is_nothing(widget: Widget, stack):
    open_widget(widget)
    calculate_gift(widget)
    session_id = widget.stored()["sessionId"]
    assert stack.request("DELETE", f"/api/sessions/{session_id}")[0] == 204  # erased elsewhere
    with widget.page.expect_response("**/overzicht") as response:
        widget.log.get_by_role("button", name="Mijn overzicht").tap()
    assert response.value.status == 404
    expect(widget.log.locator(".overzicht-status")).to_have_text(response.value.json()["message"])
