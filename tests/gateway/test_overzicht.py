"""Mijn overzicht (GET /api/sessions/{id}/overzicht): the last calculation as a page and a PDF.

The stack tests do a calculation in the chat, as a person does, and then ask
for the overzicht; the others check gateway/overzicht.yml against knowledge/
and render every worked example of knowledge/voorbeelden/.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pypdf
import pytest
import yaml

import knowledge
from gateway import overzicht as ov
from knowledge import varianten
from knowledge.berekeningen import berekening
from tests.rekenhulp.gesprek import Sessie
from wegwijs.gemeente import laad_gemeente

BEDRAG = re.compile(r"€ \d{1,3}(?:\.\d{3})*(?:,\d\d)?")
U_WOORD = re.compile(r"\b(u|uw|uzelf)\b", re.IGNORECASE)
VOORBEELDEN = Path(knowledge.__file__).parent / "voorbeelden"
GIFT = ["/bereken_giften", "1500 euro", "geld", "15 maart", "ja"]


def raw(stack, session_id: str, query: str = "", headers: dict | None = None):
    """(status, headers, body bytes) of one GET of the overzicht."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(f"{stack.url}/api/sessions/{session_id}/overzicht{query}",
                                     headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def chat_text(messages: list[dict]) -> str:
    """What the chat said, with what sits behind "Meer uitleg"."""
    return " ".join([m["text"] for m in messages] + [u["tekst"] for m in messages for u in m.get("meer_uitleg") or []])


def pdf_text(body: bytes) -> str:
    return " ".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)


@pytest.fixture(scope="module")
def gift(stack):
    """A session that computed a gift of € 1.500 through the form, and the chat's reply."""
    sessie = Sessie(stack)
    for turn in GIFT:
        reply = sessie.say(turn)
    return sessie.id, reply


# --- through the real stack ---------------------------------------------------------------------

@pytest.mark.stack
def test_before_any_calculation_there_is_no_overzicht(stack):
    session_id, _ = stack.new_session()
    for query in ("", "?formaat=pdf"):
        status, headers, body = raw(stack, session_id, query)
        assert status == 404 and headers["Content-Type"].startswith("application/json")
        refusal = yaml.safe_load(body)
        assert refusal["error"] == "geen_berekening" and "nog geen berekening" in refusal["message"]


@pytest.mark.stack
def test_the_page_shows_the_chats_amounts_and_every_part(stack, gift):
    session_id, reply = gift
    status, headers, body = raw(stack, session_id)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert headers["Cache-Control"] == "no-store" and "default-src 'self'" in headers["Content-Security-Policy"]
    page = body.decode()
    said = set(BEDRAG.findall(chat_text(reply)))
    assert {"€ 1.200", "€ 300"} <= said, chat_text(reply)
    for amount in said | {"€ 1.500"}:
        assert amount in page, amount
    for part in ("Wat u ons vertelde", "15 maart", "De uitkomst", "Zo is het berekend", "Wat Wegwijs heeft aangenomen",
                 "De datum van de regels", "geldt sinds 1 januari 2026", "Vragen voor uw klantmanager",
                 "Mag ik het deel boven de grens houden?", "Dit is informatie, geen besluit",
                 'href="https://wetten.overheid.nl/BWBR0015703/', 'href="/overzicht/overzicht.css"'):
        assert part in page, part
    assert "Moet ik deze giften toch doorgeven?" not in page, "a question for a gift under the limit"
    status, css = stack.request("GET", "/overzicht/overzicht.css")
    assert status == 200, "the stylesheet the page links to"
    assert f'href="/api/sessions/{session_id}/overzicht?formaat=pdf"' in page


@pytest.mark.stack
def test_the_pdf_is_a_pdf_with_the_same_amounts(stack, gift):
    session_id, reply = gift
    status, headers, body = raw(stack, session_id, "?formaat=pdf")
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert headers["Cache-Control"] == "no-store"
    assert body.startswith(b"%PDF-")
    text = " ".join(pdf_text(body).split())
    for amount in set(BEDRAG.findall(chat_text(reply))) | {"€ 1.500"}:
        assert amount in text, amount
    assert "Vragen voor uw klantmanager" in text and "Dit is informatie, geen besluit" in text
    assert "(https://wetten.overheid.nl/" in text, "on paper a link shows its address"


@pytest.mark.stack
@pytest.mark.parametrize("query", ["?formaat=docx", "?formaat=PDF", "?formaat=", "?formaat=pdf&formaat=html"])
def test_another_formaat_is_a_400(stack, gift, query):
    status, headers, body = raw(stack, gift[0], query)
    assert status == 400 and headers["Content-Type"].startswith("application/json")
    refusal = yaml.safe_load(body)
    assert refusal["error"] == "onbekend_formaat" and "pdf" in refusal["message"]


@pytest.mark.stack
def test_a_foreign_site_gets_nothing(stack, gift):
    status, _, body = raw(stack, gift[0], headers={"Origin": "https://evil.example"})
    assert status == 403 and b"site_niet_toegestaan" in body
    assert b"1.500" not in body and b"overzicht" not in body.lower()


@pytest.mark.stack
def test_after_erasing_there_is_no_overzicht(stack):
    sessie = Sessie(stack)
    for turn in GIFT:
        sessie.say(turn)
    assert raw(stack, sessie.id)[0] == 200
    assert stack.request("DELETE", f"/api/sessions/{sessie.id}")[0] == 204
    for query in ("", "?formaat=pdf"):
        status, headers, body = raw(stack, sessie.id, query)
        assert status == 404 and headers["Content-Type"].startswith("application/json")
        assert b"1.500" not in body


@pytest.mark.stack
def test_a_je_gemeente_gets_a_je_overzicht(stack):
    sessie = Sessie(stack, "voorbeelddorp")  # aanspreekvorm: je
    for turn in ["/bereken_norm", "35", "alleen", "nee", "ja"]:
        reply = sessie.say(turn)
    status, _, body = raw(stack, sessie.id)
    assert status == 200, body
    page = body.decode()
    for amount in BEDRAG.findall(chat_text(reply)):
        assert amount in page
    assert "Wat je ons vertelde" in page and "Vragen voor je klantmanager" in page
    spoken = re.sub(r"<[^>]+>", " ", page.split('id="kop-vragen"')[0])  # the questions are the person's own words
    assert not U_WOORD.search(spoken), U_WOORD.findall(spoken)


@pytest.mark.stack
async def test_an_idle_session_reads_no_overzicht_back_and_asking_counts_against_the_limits(stack, tmp_path):
    """As for messages: an id found after `hervat_minuten` reads nothing back (M6), and each request counts."""
    from datetime import datetime, timedelta, timezone

    from gateway.app import STORE
    from gateway.store import _hash as id_hash
    from tests.gateway.test_limits import gateway

    async with gateway(stack, tmp_path, hervat_minuten=60, limiet_sessie=4) as client:
        response = await client.post("/api/sessions", json={})
        session_id = (await response.json())["session_id"]
        assert (await client.post(f"/api/sessions/{session_id}/messages", json={"text": "hallo"})).status == 200
        path = f"/api/sessions/{session_id}/overzicht"
        assert (await (await client.get(path)).json())["error"] == "geen_berekening"
        idle = (datetime.now(timezone.utc) - timedelta(minutes=61)).isoformat(timespec="seconds")
        client.server.app[STORE].db.execute("UPDATE sessions SET last_active_at = ? WHERE id_hash = ?",
                                            [idle, id_hash(session_id)])
        response = await client.get(path)
        assert response.status == 404 and (await response.json())["error"] == "onbekende_sessie"

        response = await client.post("/api/sessions", json={})
        fresh = (await response.json())["session_id"]
        statuses = [(await client.get(f"/api/sessions/{fresh}/overzicht?formaat=pdf")).status for _ in range(6)]
        assert statuses == [404] * 4 + [429] * 2


# --- the texts and every worked example, without the stack ------------------------------------

def test_every_answer_and_outcome_has_its_text():
    from knowledge.berekeningen import bijstandsnorm, bijverdienvrijlating, giftenruimte, verblijf_buitenland

    t = ov.Teksten(varianten.STANDAARD)
    onderdelen = [bijstandsnorm.MEDEBEWONER, giftenruimte.GIFT, bijverdienvrijlating.INKOMSTEN, verblijf_buitenland.REIS]
    for schema in onderdelen:  # the fields of one gift, housemate, income or trip
        assert [veld for veld in schema if not t.heeft(f"veld.{veld}")] == []
    for naam in knowledge.BEREKENINGEN:
        for veld in set(berekening(naam).SCHEMA) - set(ov.NIET_IN_SITUATIE):
            assert t.heeft(f"veld.{veld}"), (naam, veld)
        for regel in ov.gegevens()["uitkomst"][naam]:
            assert t.heeft(f"uitkomst.{regel['veld']}"), (naam, regel)
        for vraag in ov.gegevens()["vragen"].get(naam, []):
            assert t.heeft(f"vraag.{vraag['vraag']}"), (naam, vraag)


def test_every_choice_has_a_word():
    from knowledge.berekeningen import bijstandsnorm, bijverdienvrijlating, giftenruimte, participatieplicht
    from knowledge.gemeenten import LEEFSITUATIES

    keuzes = (*LEEFSITUATIES, *giftenruimte.SOORTEN_GIFT, *giftenruimte.HERHALINGEN, *bijverdienvrijlating.PERIODES,
              *bijstandsnorm.RELATIES, *participatieplicht.ARBEIDSVERMOGENS)
    t = ov.Teksten(varianten.STANDAARD)
    assert [k for k in keuzes if not t.heeft(f"waarde.{k}")] == []


def test_the_je_texts_say_je_and_have_the_same_keys():
    data = ov.gegevens()

    def plat(boom, prefix=""):
        for k, v in boom.items():
            yield from plat(v, f"{prefix}{k}.") if isinstance(v, dict) else [(f"{prefix}{k}", v)]

    u, je = dict(plat(data["nl-u"])), dict(plat(data["nl-je"]))
    assert set(je) <= set(u), set(je) - set(u)
    je_ziet = {k: je.get(k, v) for k, v in u.items() if not k.startswith("vraag.")}
    assert {k: v for k, v in je_ziet.items() if U_WOORD.search(v)} == {}


def test_no_amount_or_date_is_written_in_the_texts():
    # The variants with texts of their own (nl-u, nl-je, en).
    for variant in [v for v in varianten.VARIANTEN if v in ov.gegevens()]:
        text = yaml.safe_dump(ov.gegevens()[variant], allow_unicode=True)
        assert not re.search(r"\d", text), variant


def voorbeelden():
    for path in sorted(VOORBEELDEN.glob("*.yml")):
        for voorbeeld in yaml.safe_load(path.read_text(encoding="utf-8")):
            if "fout" in voorbeeld:  # wrong input: no calculation, so no overzicht (the next test)
                continue
            yield pytest.param(path.stem, voorbeeld["input"], id=f"{path.stem}: {voorbeeld['name']}"[:80])


@pytest.mark.parametrize("rekenhulp, invoer", list(voorbeelden()))
@pytest.mark.parametrize("variant", varianten.VARIANTEN)
def test_every_worked_example_makes_an_overzicht(rekenhulp, invoer, variant):
    laatste = {"rekenhulp": rekenhulp, "invoer": invoer, "variant": variant}
    o = ov.maak_overzicht(laatste, laad_gemeente("voorbeeldstad"))
    page = ov.als_html(o)
    result = knowledge.bereken(rekenhulp, invoer, variant)
    for regel in ov.gegevens()["uitkomst"][rekenhulp]:
        waarde = result.get(regel["veld"])
        if regel["soort"] == "bedrag" and waarde and waarde > 0:
            assert ov.euro(ov.Decimal(str(waarde)), variant) in page, regel
    geen_besluit = "This is information, not a decision" if variant == "en" else "Dit is informatie, geen besluit"
    assert o.stappen and o.bronnen and geen_besluit in page


def test_an_english_session_gets_an_english_overzicht():
    """Issue #15: the page, its dates and the explanations follow the session's language; the page says lang="en"."""
    invoer = {"peildatum": "2026-06-01", "giften": [{"datum": "2026-03-15", "bedrag": 50, "soort": "geld"}]}
    o = ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": invoer, "variant": "en"},
                          laad_gemeente("voorbeeldstad"))
    page = ov.als_html(o)
    assert '<html lang="en">' in page and "<h1>My overview</h1>" in page and "What you told us" in page
    assert "15 March 2026" in page and "maart" not in page
    assert "Wat u ons vertelde" not in page and "Mijn overzicht" not in page
    dutch = ov.als_html(ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": invoer, "variant": "nl-u"},
                                          laad_gemeente("voorbeeldstad")))
    assert '<html lang="nl">' in dutch and "15 maart 2026" in dutch


def test_the_english_texts_have_the_same_keys_as_the_standard():
    data = ov.gegevens()

    def plat(boom, prefix=""):
        for k, v in boom.items():
            yield from plat(v, f"{prefix}{k}.") if isinstance(v, dict) else [(f"{prefix}{k}", v)]

    assert set(dict(plat(data["en"]))) == set(dict(plat(data["nl-u"])))


def test_what_a_person_typed_is_shown_as_text_never_as_markup():
    invoer = {"peildatum": "2026-06-01", "giften": [
        {"datum": "2026-05-01", "bedrag": 50, "soort": "geld", "omschrijving": '<script>alert("x")</script>'}]}
    o = ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": invoer, "variant": "nl-u"},
                          laad_gemeente("voorbeeldstad"))
    page = ov.als_html(o)
    assert "<script>" not in page and "&lt;script&gt;" in page


@pytest.mark.parametrize("laatste", [
    None, "giftenruimte", {"rekenhulp": "os.system", "invoer": {}}, {"rekenhulp": "giftenruimte", "invoer": "x"},
    {"rekenhulp": "giftenruimte", "invoer": {"peildatum": "[GEBOORTEDATUM]", "giften": []}},
])
def test_a_missing_or_broken_slot_is_no_overzicht(laatste):
    with pytest.raises(ov.ApiError) as raised:
        ov.maak_overzicht(laatste, laad_gemeente("voorbeeldstad"))
    assert raised.value.status == 404 and raised.value.code == "geen_berekening"


def test_the_pdf_loads_nothing_from_outside():
    with pytest.raises(ValueError):
        ov.no_fetching("http://169.254.169.254/latest/meta-data/")
    invoer = {"peildatum": "2026-06-01", "giften": [
        {"datum": "2026-05-01", "bedrag": 50, "soort": "geld", "omschrijving": '<img src="http://127.0.0.1:1/x">'}]}
    o = ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": invoer, "variant": "nl-u"},
                          laad_gemeente("voorbeeldstad"))
    assert ov.als_pdf(o).startswith(b"%PDF-")


def text_boxes(box):
    """Every piece of laid-out text under a WeasyPrint box."""
    if getattr(box, "text", "").strip():
        yield box
    for child in getattr(box, "children", None) or []:
        yield from text_boxes(child)


def test_a_table_of_gifts_fits_the_pdf_page():
    """Acceptance of issue #14: the PDF cut the gifts table off at the right ("iemand betaalde iets vo", no "Per")."""
    import weasyprint

    invoer = {"peildatum": "2026-12-05",
              "giften": [{"datum": "2026-01-01", "bedrag": 50, "soort": "in_natura", "periode": "maand"}]}
    o = ov.maak_overzicht({"rekenhulp": "giftenruimte", "invoer": invoer, "variant": "nl-u"},
                          laad_gemeente("voorbeeldstad"))
    document = weasyprint.HTML(string=ov.als_html(o, stylesheet=False), url_fetcher=ov.no_fetching).render(
        stylesheets=[weasyprint.CSS(filename=str(ov.STYLE), url_fetcher=ov.no_fetching)])
    words = []
    for page in document.pages:
        body = page._page_box.children[0]
        right = body.content_box_x() + body.width
        boxes = list(text_boxes(page._page_box))
        words += [b.text for b in boxes]
        assert [b.text for b in boxes if b.position_x + b.width > right + 0.5] == [], "text beyond the page's edge"
    assert "maand" in words and any("voor u" in w for w in words)
