"""The scaled set-up: two gateways (as on two nodes) and two Rasa servers sharing PostgreSQL and Redis.

`wegwijs run-schaal` with Debian's PostgreSQL and Redis (make run-schaal and
.ci/run install them). Every dialogue script of the ervaringsdeskundigen runs
with its messages alternating between the two gateways; gateway 1 sends a
conversation to Rasa A and gateway 2 to Rasa B, so the turns only come out
right when the tracker store and the lock store are really shared. Each
gateway has a var/ folder of its own (var/knooppunt-1, -2): sessions, test
turns, marks and tester keys are in PostgreSQL, rate limits in Redis.
"""

from __future__ import annotations

import os
import secrets
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.conftest import MODEL, conversation_id
from kanalen.client import Gateway
from wegwijs.dialogen.script import find_scripts
from beheer.spelen import run_scripts
from wegwijs.instance import free_port, on_free_ports, running
from wegwijs.gateway_db import open_gateway_db
from wegwijs.schaal import Schaal, drop_database, psql
from wegwijs.responses import as_title, button_titles
from wegwijs.settings import NO_LIMITS, ROOT
from wegwijs.testers import Testers

pytestmark = pytest.mark.stack


class AlternatingGateway(Gateway):
    """Each call goes to the next gateway worker in turn."""

    def __init__(self, urls: list[str], token: str):
        super().__init__(urls[0], token)
        self.urls, self.calls = urls, {url: 0 for url in urls}

    def _run(self, call):
        self.url = self.urls[sum(self.calls.values()) % len(self.urls)]
        self.calls[self.url] += 1
        return super()._run(call)


@pytest.fixture(scope="module")
def schaal(tmp_path_factory):
    if not MODEL.exists():
        pytest.fail(f"no trained model at {MODEL}")
    for tool in ("pg_lsclusters", "redis-server", "runuser"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} not found: the scaled set-up needs PostgreSQL and Redis (make run-schaal installs them)")
    settings = on_free_ports(tmp_path_factory.mktemp("schaal"), **NO_LIMITS)
    second, redis_port, database = free_port(), free_port(), f"wegwijs_test_{os.getpid()}"
    urls = [settings.gateway_url, f"http://{settings.host}:{second}"]
    command = ("run-schaal", "--gateway-poort", str(second), "--redis-poort", str(redis_port), "--database", database)
    try:
        with running(settings, command=command, urls=urls):
            # The gateways' own tables are in PostgreSQL: a tester key made there works on both.
            setup = Schaal((settings.gateway_port, second), redis_port, database)
            shared = settings.with_(gateway_db_url=setup.gateway_db_url(settings), redis_url=setup.redis_url(settings))
            db = open_gateway_db(shared)
            token = Testers(db).add("schaal")
            db.close()
            yield shared, urls, token, database
    finally:
        drop_database(database)


def test_dialogue_scripts_alternating_over_two_gateways_and_two_rasa_servers(schaal):
    settings, urls, token, database = schaal
    gateway = AlternatingGateway(urls, token)
    report = run_scripts(find_scripts(ROOT / "dialogen"), gateway, on_progress=None)
    failed = [(r["titel"], r.get("fout") or [b for b in r["beurten"] if not b.get("geslaagd", True)][:1])
              for r in report["scripts"] if not r["geslaagd"]]
    print(f"\nscripts geslaagd: {len(report['scripts']) - len(failed)} van {len(report['scripts'])}; "
          f"verzoeken per gateway: {gateway.calls}; niet geslaagd: {[title for title, _ in failed]}")
    assert not failed, failed
    assert len(report["scripts"]) == len(find_scripts(ROOT / "dialogen"))
    assert min(gateway.calls.values()) > 50, gateway.calls
    written = psql("SELECT n_tup_ins FROM pg_stat_user_tables WHERE relname = 'events'", database).strip()
    assert int(written or 0) > 100, "the conversations went to PostgreSQL"
    left = psql("SELECT count(*) FROM events", database).strip()
    assert int(left) == 0, "the runner erased every script's conversation, in PostgreSQL too"
    assert not (settings.var_dir / "rasa.db").exists(), "nothing went to a local SQLite tracker"
    assert not list(settings.var_dir.rglob("gateway.db")), "no gateway kept its tables in a var/ folder of its own"
    assert int(psql("SELECT count(*) FROM sessions", database).strip()) == 0, "every script's session erased"
    assert int(psql("SELECT count(*) FROM test_beurten", database).strip()) == 0, "and its recorded turns"


def test_simultaneous_messages_of_one_conversation_are_handled_one_after_the_other(schaal):
    settings, urls, token, _ = schaal
    gateway = Gateway(urls[0], token)
    session_id, _ = gateway.start(None, None)
    gateways = [Gateway(url) for url in urls]
    texts = ["mag ik bijverdienen", "en giften", "hoeveel bijstand krijg ik", "wat is de kostendelersnorm"]
    with ThreadPoolExecutor(len(texts)) as pool:
        replies = list(pool.map(lambda i: gateways[i % 2].say(session_id, texts[i])["messages"], range(len(texts))))
    assert all(replies)
    shown = gateway.call("GET", f"/review/api/gesprekken/{conversation_id(settings, session_id)}").body
    stored = sorted(as_sent(b["tekst"], texts) for b in shown["beurten"][1:])
    assert stored == sorted(texts), "every message is in the tracker, once"


def as_sent(stored: str, texts: list[str]) -> str:
    """The typed text a stored turn came from: a text that is the title of a button the previous reply
    offered goes to Rasa as that button's payload (gateway/core.py tapped_by_typing), and which reply
    came before depends on the order the simultaneous messages were handled in."""
    titles = button_titles().get(stored, ())
    return next((text for text in texts if as_title(text) in titles), stored)


def test_a_session_started_on_one_gateway_is_erased_on_the_other_everywhere(schaal):
    settings, urls, _, database = schaal
    one, two = Gateway(urls[0]), Gateway(urls[1])
    session_id, _ = one.start(None, None)
    assert two.say(session_id, "mag ik bijverdienen")["messages"]
    assert one.say(session_id, "en giften")["messages"]
    cid = conversation_id(settings, session_id)
    assert int(psql(f"SELECT count(*) FROM events WHERE sender_id = '{cid}'", database).strip()) > 0
    status = two.call("DELETE", f"/api/sessions/{session_id}").status
    assert status == 204
    assert one.call("POST", f"/api/sessions/{session_id}/messages", {"text": "hallo"}).status == 404
    assert int(psql(f"SELECT count(*) FROM events WHERE sender_id = '{cid}'", database).strip()) == 0
    assert psql(f"SELECT count(*) FROM sessions WHERE conversation_id = '{cid}'", database).strip() == "0"
    # The anonymous weekly counts of those turns went to the shared database too, not to a file of one node.
    assert int(psql("SELECT COALESCE(SUM(aantal), 0) FROM tellingen", database).strip()) > 0
    assert not list(settings.var_dir.rglob("signalen.db"))


def test_the_rate_limit_of_a_session_is_counted_over_both_gateways(schaal):
    settings, urls, _, _ = schaal
    # The stack runs without limits (scripts type fast); the counters themselves live in Redis,
    # shared: a limiter of the same settings, as a third node would make it, sees both nodes' hits.
    from gateway.limits import open_limiter

    first, second = open_limiter(settings, None), open_limiter(settings, None)
    who, day = secrets.token_hex(8), 24 * 3600  # a day's window: no window ends between the four hits
    try:
        hits = [limiter.hit("sessie", who, 3, day).allowed for limiter in (first, second, first, second)]
        assert hits == [True, True, True, False]
    finally:
        first.close()
        second.close()
