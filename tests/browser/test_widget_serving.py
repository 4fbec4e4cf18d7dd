"""The gateway's side of the widget, without a browser or Rasa: files, settings, headers, CORS."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gateway.app import create_app
from wegwijs.instance import free_port
from wegwijs.gemeente import bekende_gemeenten, laad_gemeente
from wegwijs.responses import all_responses
from wegwijs.settings import ROOT, Settings

ALLOWED = "https://www.voorbeeldstad.nl"  # in voorbeeldstad.yaml, widget.toegestane_sites
WIDGET_FILES = [ROOT / "widget" / name for name in ("wegwijs.js", "frame.html", "frame.js", "bericht.js", "frame.css")]
SCRIPTS = [ROOT / "widget" / name for name in ("wegwijs.js", "frame.js", "bericht.js")]
# Uncompressed, all files together: plain JavaScript without a build step, and still small on a phone.
# (40 kB before "Meer uitleg", "Mijn overzicht", voorlezen, the modal phone panel and privacy up front.)
SIZE_BUDGET = 60_000


@pytest.fixture
async def client(tmp_path):
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port())
    client = TestClient(TestServer(create_app(settings)))
    await client.start_server()
    yield client
    await client.close()


def luminance(colour: str) -> float:
    """Relative luminance, as WCAG 2.1 defines it."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted([luminance(a), luminance(b)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_formula_matches_known_values():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("gemeente", bekende_gemeenten())
def test_gemeente_colours_have_enough_contrast(gemeente):
    look = laad_gemeente(gemeente).widget
    # Text in tekstkleur on kleur: the button, the header and the person's own messages.
    assert contrast(look.kleur, look.tekstkleur) >= 4.5, gemeente
    # kleur as text and border on white: the outlined buttons.
    assert contrast(look.kleur, "#ffffff") >= 4.5, gemeente


def test_widget_settings_are_checked(tmp_path):
    from wegwijs.gemeente import lees_widget

    with pytest.raises(ValueError, match="kleur"):
        lees_widget({"kleur": "red"}, tmp_path)
    for site in ["http://www.x.nl", "https://www.x.nl/pad", "www.x.nl", "https://a@www.x.nl"]:
        with pytest.raises(ValueError, match="toegestane_sites"):
            lees_widget({"toegestane_sites": [site]}, tmp_path)
    assert lees_widget({"toegestane_sites": ["https://WWW.X.nl/"]}, tmp_path).toegestane_sites == ("https://www.x.nl",)


def test_widget_texts_are_in_the_domain():
    names = {name for name in all_responses() if name.startswith("utter_widget_")}
    script = "".join(path.read_text() for path in SCRIPTS)
    used = set(re.findall(r"texts\.([a-z_]+)", script))
    assert used and {f"utter_widget_{key}" for key in used} <= names
    assert {"utter_widget_typen", "utter_widget_mens", "utter_widget_wissen"} <= names


def test_widget_is_small_and_never_parses_html():
    assert sum(path.stat().st_size for path in WIDGET_FILES) < SIZE_BUDGET
    script = "".join(path.read_text() for path in SCRIPTS)
    for risky in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", ".style"]:
        assert risky not in script, risky


async def test_demo_page_and_widget_are_served_with_strict_headers(client):
    for path, content_type in [
        ("/", "text/html"),
        ("/demo.css", "text/css"),
        ("/widget/wegwijs.js", "text/javascript"),
        ("/widget/frame.js", "text/javascript"),
        ("/widget/bericht.js", "text/javascript"),
        ("/widget/frame.css", "text/css"),
    ]:
        response = await client.get(path)
        assert response.status == 200, path
        assert response.headers["Content-Type"].startswith(content_type), path
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Referrer-Policy"] == "no-referrer"
    page = await (await client.get("/")).text()
    assert 'src="/widget/wegwijs.js" data-gemeente="voorbeeldstad"' in page
    assert "<style" not in page and "style=" not in page and "<script>" not in page


async def test_widget_settings_carry_the_gemeente_look_and_all_texts(client):
    response = await client.get("/widget/instellingen/voorbeeldstad")
    body = await response.json()
    look = laad_gemeente("voorbeeldstad").widget
    assert (body["kleur"], body["tekstkleur"], body["titel"]) == (look.kleur, look.tekstkleur, look.titel)
    assert body["teksten"]["typen"] == "Wegwijs is aan het typen"
    assert body["teksten"]["mens"] == "Praat met een mens"
    assert not any("{" in text for text in body["teksten"].values())
    response = await client.get("/widget/instellingen/bestaat-niet")
    assert response.status == 404 and (await response.json())["error"] == "niet_gevonden"


async def test_cors_only_for_listed_sites(client):
    preflight = {"Origin": ALLOWED, "Access-Control-Request-Method": "POST"}
    response = await client.options("/api/sessions", headers=preflight)
    assert response.status == 204
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    assert "POST" in response.headers["Access-Control-Allow-Methods"]

    # A listed site gets the answer (the welcome needs no Rasa), errors included.
    response = await client.post("/api/sessions", json={}, headers={"Origin": ALLOWED})
    assert response.status == 201
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED
    response = await client.post("/api/sessions/onbekend/messages", json={"text": "hallo"}, headers={"Origin": ALLOWED})
    assert response.status == 404
    assert response.headers["Access-Control-Allow-Origin"] == ALLOWED

    for origin in ["https://kwaadwillend.example", "null", "http://www.voorbeeldstad.nl.example"]:
        response = await client.options("/api/sessions", headers={**preflight, "Origin": origin})
        assert response.status == 403, origin
        assert "Access-Control-Allow-Origin" not in response.headers
        response = await client.post("/api/sessions", json={}, headers={"Origin": origin})
        assert response.status == 403, origin
        assert (await response.json())["error"] == "site_niet_toegestaan"


async def test_own_pages_need_no_cors(client):
    own = f"http://{client.server.host}:{client.server.port}"
    response = await client.get("/widget/instellingen/voorbeeldstad", headers={"Origin": own})
    assert response.status == 200 and "Access-Control-Allow-Origin" not in response.headers
    response = await client.get(
        "/widget/instellingen/voorbeeldstad", headers={"Origin": "null", "Sec-Fetch-Site": "same-origin"}
    )
    assert response.status == 200


async def test_only_the_frame_may_be_framed_and_only_by_its_gemeente_sites(client):
    """The conversation's frame: framed by the gemeente's own sites and the demo; every other answer by nobody (M6)."""
    response = await client.get("/widget/frame/voorbeeldstad")
    assert response.status == 200 and response.headers["Content-Type"].startswith("text/html")
    csp = response.headers["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["frame-ancestors"] == f"'self' {ALLOWED}"
    assert directives["default-src"] == "'self'" and "unsafe-inline" not in csp
    page = await response.text()
    assert '<script src="/widget/frame.js" defer></script>' in page
    assert "<style" not in page and "style=" not in page and "<script>" not in page

    other = (await client.get("/widget/frame/voorbeelddorp")).headers["Content-Security-Policy"]
    assert "frame-ancestors 'self' https://www.voorbeelddorp.nl" in other and ALLOWED not in other

    for path in ["/", "/widget/wegwijs.js", "/widget/frame.js", "/widget/instellingen/voorbeeldstad", "/livez"]:
        response = await client.get(path)
        assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"], path

    response = await client.get("/widget/frame/bestaat-niet")
    assert response.status == 404 and "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]

    # A revalidation (304) must carry the same policy, or the browser would store 'none' with the page.
    etag = (await client.get("/widget/frame/voorbeeldstad")).headers["ETag"]
    response = await client.get("/widget/frame/voorbeeldstad", headers={"If-None-Match": etag})
    assert response.status == 304
    assert f"frame-ancestors 'self' {ALLOWED}" in response.headers["Content-Security-Policy"]


async def test_frame_gets_the_sites_and_the_resume_time(client):
    body = await (await client.get("/widget/instellingen/voorbeeldstad")).json()
    assert body["toegestane_sites"] == [ALLOWED]
    assert body["hervatten_minuten"] == Settings().hervat_minuten == 60


@pytest.mark.parametrize("gemeente", bekende_gemeenten())
def test_every_privacy_statement_is_an_https_address(gemeente):
    from gateway.widget import privacy_statement

    url = privacy_statement(gemeente)
    assert url is None or url.startswith("https://"), gemeente


def test_privacy_statement_typos_are_refused():
    from gateway.widget import checked_privacy_statement

    for wrong in ["http://www.x.nl/privacy", "www.x.nl/privacy", "javascript:alert(1)", "https://a:b@www.x.nl/", ""]:
        with pytest.raises(ValueError, match="privacyverklaring"):
            checked_privacy_statement(wrong, "x")
    assert checked_privacy_statement(None, "x") is None
    assert checked_privacy_statement("https://www.x.nl/privacy", "x") == "https://www.x.nl/privacy"


async def test_widget_settings_carry_the_privacy_line_and_statement(client):
    body = await (await client.get("/widget/instellingen/voorbeeldstad")).json()
    dagen = laad_gemeente("voorbeeldstad").bewaartermijn_dagen
    assert body["teksten"]["privacy"] == f"Typ geen BSN of bankgegevens. Dit gesprek wordt na {dagen} dagen gewist."
    assert body["privacyverklaring"] == "https://www.voorbeeldstad.nl/privacy"
