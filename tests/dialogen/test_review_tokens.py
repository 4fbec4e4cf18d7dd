"""L3 of the security review (issue #19): wrong tester tokens were never limited, tokens
never expired, and /review was public at the ingress."""

from __future__ import annotations

import sqlite3
import time
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
import yaml
from aiohttp.test_utils import TestClient, TestServer
from click.testing import CliRunner

from gateway import review
from gateway.app import create_app
from gateway.core import LIMITER
from tests.dialogen.test_review_api import auth, client, sent  # noqa: F401 - the fixtures
from wegwijs import testers as testers_module
from wegwijs.instance import free_port
from wegwijs.settings import ROOT, Settings
from wegwijs.testers import TesterFout, Testers, open_db


async def test_wrong_tokens_are_limited_per_address(tmp_path, sent):  # noqa: F811 - the fixture
    settings = Settings().with_(var_dir=tmp_path, rasa_port=free_port(), actions_port=free_port(), vertrouwde_proxy=1)
    app = create_app(settings)
    async with TestClient(TestServer(app)) as client:
        held = time.time()  # all 33 requests in one minute's window, however slow the machine
        app[LIMITER].clock = lambda: held
        token = Testers(open_db(settings.gateway_db)).add("Anja")
        guesser, colleague = {"X-Forwarded-For": "203.0.113.7"}, {"X-Forwarded-For": "198.51.100.9"}
        statuses = []
        for attempt in range(30):
            response = await client.get("/review/api/ik", headers={**guesser, **auth(f"wwt_gok{attempt}")})
            statuses.append(response.status)
        assert statuses == [401] * review.FOUTE_SLEUTELS_PER_MINUUT + [429] * (30 - review.FOUTE_SLEUTELS_PER_MINUUT)
        refused = await client.get("/review/api/gesprekken", headers={**guesser, **auth("wwt_nog_een")})
        body = await refused.json()
        assert refused.status == 429 and 0 < int(refused.headers["Retry-After"]) <= 61
        assert body["error"] == "te_veel_sleutels" and "Wacht een minuut" in body["message"]
        # While it lasts, a right guess gets the same answer: guessing learns nothing.
        assert (await client.get("/review/api/ik", headers={**guesser, **auth(token)})).status == 429
        # Someone at another address is not hindered.
        assert (await client.get("/review/api/ik", headers={**colleague, **auth(token)})).status == 200
        assert (await client.get("/review/api/ik", headers={**colleague, **auth("wwt_fout")})).status == 401


def test_a_token_expires_after_90_days_by_default(tmp_path):
    testers = Testers(open_db(tmp_path / "g.db"))
    token = testers.add("Anja")
    expected = datetime.now(timezone.utc) + timedelta(days=90)
    assert testers_module.GELDIG_DAGEN == 90 and abs(testers.verloopt("Anja") - expected) < timedelta(minutes=1)
    assert testers.check(token) == "Anja"
    later = expected + timedelta(minutes=2)
    assert testers.check(token, now=later) is None and testers.toegang(token, now=later).reden == "verlopen"
    assert testers.list(now=later)[0]["verlopen"] is True


def test_the_validity_is_chosen_when_the_token_is_made(tmp_path):
    testers = Testers(open_db(tmp_path / "g.db"))
    testers.add("Anja", dagen=7)
    assert testers.verloopt("Anja").date() == (datetime.now(timezone.utc) + timedelta(days=7)).date()
    for wrong in (0, -1, 366):
        with pytest.raises(TesterFout, match="tussen 1 en 365 dagen"):
            testers.add("Bas", dagen=wrong)


def test_an_expired_tester_gets_a_new_token_without_revoking(tmp_path):
    testers = Testers(open_db(tmp_path / "g.db"))
    old = testers.add("Anja", dagen=1)
    testers.db["testers"].update("Anja", {"verloopt": "2020-01-01T00:00:00+00:00"})
    new = testers.add("Anja")
    assert testers.check(old) is None and testers.check(new) == "Anja"


def test_tokens_made_before_expiry_existed_expire_90_days_after_they_were_made(tmp_path):
    db = open_db(tmp_path / "g.db")
    db.execute("CREATE TABLE testers (naam TEXT PRIMARY KEY, token_hash TEXT, aangemaakt TEXT, ingetrokken TEXT)")
    made = datetime.now(timezone.utc) - timedelta(days=100)
    db.execute("INSERT INTO testers VALUES ('Oud', 'hash-oud', ?, NULL)", [made.isoformat()])
    db.execute("INSERT INTO testers VALUES ('Nieuw', 'hash-nieuw', ?, NULL)", [(made + timedelta(days=95)).isoformat()])
    testers = Testers(db)
    assert testers.verloopt("Oud") < datetime.now(timezone.utc) < testers.verloopt("Nieuw")


async def test_an_expired_token_gets_a_kind_401(client):  # noqa: F811 - the fixture
    token = client.testers.add("Anja")
    client.testers.db["testers"].update("Anja", {"verloopt": "2020-01-01T00:00:00+00:00"})
    response = await client.get("/review/api/ik", headers=auth(token))
    body = await response.json()
    assert response.status == 401 and body["error"] == "sleutel_verlopen"
    assert "verlopen" in body["message"] and "nieuwe" in body["message"]


def test_the_cli_shows_the_expiry(tmp_path, monkeypatch):
    from beheer.cli import cli

    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    result = CliRunner().invoke(cli, ["testers", "add", "Bas", "--dagen", "30"])
    until = (datetime.now(timezone.utc) + timedelta(days=30)).astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()
    assert result.exit_code == 0 and "wwt_" in result.output and f"geldig tot {until}" in result.output
    listing = CliRunner().invoke(cli, ["testers", "list"]).output
    assert "Bas" in listing and "actief" in listing and until in listing
    wrong = CliRunner().invoke(cli, ["testers", "add", "Cor", "--dagen", "1000"])
    assert wrong.exit_code == 1 and "tussen 1 en 365 dagen" in wrong.output
    testers = Testers(open_db(tmp_path / "gateway.db"))
    testers.db["testers"].update("Bas", {"verloopt": "2020-01-01T00:00:00+00:00"})
    assert "verlopen" in CliRunner().invoke(cli, ["testers", "list"]).output


def most_specific_ingress(path: str, host: str) -> dict:
    """The Ingress of deploy/ingress.yaml whose rule ingress-nginx picks for this path: the longest prefix."""
    documents = [d for d in yaml.safe_load_all((ROOT / "deploy" / "ingress.yaml").read_text()) if d]
    candidates = []
    for ingress in documents:
        for rule in ingress["spec"]["rules"]:
            for route in rule["http"]["paths"] if rule.get("host") == host else []:
                prefix = route["path"].rstrip("/")
                assert route["pathType"] == "Prefix"
                if path == prefix or path.startswith(prefix + "/"):
                    candidates.append((len(prefix), ingress))
    return max(candidates, key=lambda found: found[0])[1]


@pytest.mark.parametrize("path", ["/review", "/review/review.js", "/review/api/ik", "/review/api/markeringen.csv"])
def test_the_review_area_is_not_public_at_the_ingress(path):
    ingress = most_specific_ingress(path, "wegwijs.example.nl")
    annotations = ingress["metadata"]["annotations"]
    allowed = annotations["nginx.ingress.kubernetes.io/allowlist-source-range"]
    assert allowed == annotations["nginx.ingress.kubernetes.io/whitelist-source-range"]  # older controllers
    assert "0.0.0.0/0" not in allowed and "::/0" not in allowed
    assert annotations["nginx.ingress.kubernetes.io/enable-access-log"] == "false"  # the CSV holds test talk
    assert ingress["spec"]["tls"]


def test_the_rest_stays_public_at_the_ingress():
    annotations = most_specific_ingress("/api/sessions", "wegwijs.example.nl")["metadata"]["annotations"]
    assert not any("source-range" in name for name in annotations)



def test_legacy_columns_are_added_once_even_by_two_processes(tmp_path):
    path = tmp_path / "g.db"
    Testers(open_db(path))
    Testers(open_db(path))  # a second process that opens the same database
    columns = [row[1] for row in sqlite3.connect(str(path)).execute("PRAGMA table_info(testers)")]
    assert columns.count("verloopt") == 1
