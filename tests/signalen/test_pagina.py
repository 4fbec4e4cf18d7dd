"""/signalen for the gemeente and the cliëntenraad, and a tester's mark as a signal (issue #17 parts 2 and 4).

Through the real stack: counts from real conversations appear on the page's API
(small ones as "minder dan 10"), the page is closed without its own key (a
tester's key does not open it), a key bound to a gemeente sees no other, and
the downloads are what `wegwijs signalen export` prints.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest
from click.testing import CliRunner

from beheer.cli import cli
from tests.conftest import conversation_id
from tests.signalen.helpers import stored_bytes
from wegwijs.signalen import KLEIN, SignalenStore, pad
from wegwijs.signalen_lezers import Lezers
from wegwijs.testers import Testers, open_db

pytestmark = pytest.mark.stack


def call(stack, method: str, path: str, token: str | None = None, body: dict | None = None):
    """(status, headers, body bytes) with an optional Bearer key."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    data = None
    if body is not None:
        data, headers["Content-Type"] = json.dumps(body).encode(), "application/json"
    request = urllib.request.Request(stack.settings.gateway_url + path, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


@pytest.fixture(scope="module")
def keys(stack) -> dict:
    db = open_db(stack.settings.gateway_db)
    lezers = Lezers(db)
    return {"alle": lezers.add("Beheer signalen"), "dorp": lezers.add("Clientenraad dorp", gemeente="voorbeelddorp"),
            "tester": Testers(db).add("Ervaringsdeskundige Els")}


def raw_counts(stack) -> dict:
    """Counts per (gemeente, soort, sleutel), summed over the weeks: other tests on this stack
    (tests/browser/test_signalen.py) add rows for earlier weeks with the same keys."""
    store = SignalenStore(pad(stack.settings.var_dir))
    try:
        rows = store.db.execute("SELECT gemeente, soort, sleutel, SUM(aantal) FROM tellingen "
                                "GROUP BY gemeente, soort, sleutel").fetchall()
        return {(gemeente, soort, sleutel): aantal for gemeente, soort, sleutel, aantal in rows}
    finally:
        store.close()


def test_real_conversations_are_counted_without_who_or_when(stack, keys):
    before = raw_counts(stack)
    session_id, _ = stack.new_session()
    stack.say(session_id, "/mens_spreken")  # the welcome's own button, so it is a payload whatever the model
    stack.say(session_id, "/kostendelersnorm")
    stack.say(session_id, "Wat is de hoofdstad van Frankrijk?")
    gift = stack.new_session()[0]
    for text in ("mijn moeder doet elke maand voor 150 euro boodschappen voor mij", "sinds januari", "ja"):
        reply = stack.say(gift, text)
    buttons = [b["payload"] for m in reply for b in m.get("buttons") or []]
    assert "/signaal_geven" in buttons, "after an outcome Wegwijs offers to pass it on"
    after = raw_counts(stack)
    grown = {k: after[k] - before.get(k, 0) for k in after if after[k] != before.get(k, 0)}
    assert grown[("voorbeeldstad", "onderwerp", "kostendelersnorm")] == 1, grown
    assert grown.get(("voorbeeldstad", "niet_begrepen", "wat is de hoofdstad van frankrijk")) == 1, grown
    assert grown.get(("voorbeeldstad", "mens", "mens_spreken")) == 1, grown
    assert grown.get(("voorbeeldstad", "knelpunt", "giften_boven_grens")) == 1, grown
    assert grown.get(("voorbeeldstad", "onderwerp", "giften")) == 1, ("the question once; the answers in the form are no topic", grown)
    raw = stored_bytes(stack.settings.var_dir)
    for sid in (session_id, gift):
        assert sid.encode() not in raw and conversation_id(stack.settings, sid).encode() not in raw

    status, _, body = call(stack, "GET", "/signalen/api/overzicht?gemeente=voorbeeldstad", keys["alle"])
    assert status == 200
    tellingen = json.loads(body)["tellingen"]
    weeks = tellingen["knelpunt"]["giften_boven_grens"]
    assert set(weeks.values()) == {KLEIN}, "one resident's outcome is never shown as a number"
    assert set(tellingen["niet_begrepen"]["wat is de hoofdstad van frankrijk"].values()) == {KLEIN}


def test_closed_without_its_own_key(stack, keys):
    # Few wrong keys in all: after FOUTE_SLEUTELS_PER_MINUUT from one address, every key gets a 429 (gateway/review.py).
    for path in ("/signalen/api/ik", "/signalen/api/overzicht", "/signalen/api/signalen.csv", "/signalen/api/signalen.json"):
        assert call(stack, "GET", path)[0] == 401, path
    assert call(stack, "GET", "/signalen/api/ik", "wws_" + "x" * 43)[0] == 401
    status, _, body = call(stack, "GET", "/signalen/api/ik", keys["tester"])
    assert status == 401, "a tester's key does not open the signals"
    assert json.loads(body)["message"].startswith("Deze sleutel werkt niet")


def test_the_page_and_its_texts_are_open_but_say_nothing(stack):
    status, headers, body = call(stack, "GET", "/signalen")
    assert status == 200 and b'id="inloggen"' in body and "script-src" not in headers["Content-Security-Policy"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    texts = json.loads(call(stack, "GET", "/signalen/api/teksten")[2])
    assert texts["klein_waarde"] == KLEIN and "10" in texts["klein"]


def test_a_signalen_key_does_not_open_review(stack, keys):
    assert call(stack, "GET", "/review/api/ik", keys["alle"])[0] == 401


def test_a_key_of_one_gemeente_sees_no_other(stack, keys):
    status, _, body = call(stack, "GET", "/signalen/api/ik", keys["dorp"])
    assert status == 200 and [g["code"] for g in json.loads(body)["gemeenten"]] == ["voorbeelddorp"]
    assert call(stack, "GET", "/signalen/api/overzicht?gemeente=voorbeeldstad", keys["dorp"])[0] == 404
    assert call(stack, "GET", "/signalen/api/signalen.csv?gemeente=voorbeeldstad", keys["dorp"])[0] == 404
    assert call(stack, "GET", "/signalen/api/overzicht", keys["dorp"])[0] == 200


def test_downloads_are_the_export(stack, keys, monkeypatch):
    store = SignalenStore(pad(stack.settings.var_dir))
    store.geef("voorbeeldstad", "giften", "=de grens is te laag voor een gezin, bel 06-12345678")
    store.close()
    monkeypatch.setenv("WEGWIJS_VAR", str(stack.settings.var_dir))
    for formaat in ("csv", "json"):
        export = CliRunner().invoke(cli, ["signalen", "export", "--formaat", formaat, "--gemeente", "voorbeeldstad"])
        status, headers, body = call(stack, "GET", f"/signalen/api/signalen.{formaat}?gemeente=voorbeeldstad", keys["alle"])
        assert status == 200 and body.decode() == export.output
        assert "attachment" in headers["Content-Disposition"] and headers["Cache-Control"] == "no-store"
        assert "06-12345678" not in body.decode()


def test_a_testers_mark_becomes_a_signal_of_an_ervaringsdeskundige(stack, keys):
    token = keys["tester"]
    status, _, body = call(stack, "POST", "/review/api/sessions", token, {})
    session = json.loads(body)
    call(stack, "POST", f"/review/api/sessions/{session['session_id']}/messages", token, {"text": "/kostendelersnorm"})
    status, _, body = call(stack, "POST", "/review/api/markeringen", token, {
        "conversation_id": session["conversation_id"], "beurt": 1, "oordeel": "klopt_niet",
        "opmerking": "Mijn zoon werkt en dan krijg ik minder, dat voelt als straf. Bel 06-12345678."})
    assert status == 201, body
    mark_id = [m for m in json.loads(call(stack, "GET", f"/review/api/gesprekken/{session['conversation_id']}", token)[2])
               ["beurten"][1]["markeringen"]][0]["id"]
    assert call(stack, "POST", f"/review/api/markeringen/{mark_id}/signaal")[0] == 401
    status, _, body = call(stack, "POST", f"/review/api/markeringen/{mark_id}/signaal", token)
    assert status == 201, body
    stored = json.loads(body)["signaal"]
    assert stored["bron"] == "ervaringsdeskundige" and stored["onderwerp"] == "kostendelersnorm"
    assert "06-12345678" not in stored["tekst"] and "straf" in stored["tekst"]
    again = call(stack, "POST", f"/review/api/markeringen/{mark_id}/signaal", token)
    assert again[0] == 200 and json.loads(again[2])["al_doorgegeven"] is True, "one mark, one signal"
    other = Testers(open_db(stack.settings.gateway_db)).add("Andere tester")
    assert call(stack, "POST", f"/review/api/markeringen/{mark_id}/signaal", other)[0] == 404
    rows = json.loads(call(stack, "GET", "/signalen/api/signalen.json?gemeente=voorbeeldstad", keys["alle"])[2])
    assert any(r["bron"] == "ervaringsdeskundige" and "straf" in r["tekst"] for r in rows)
