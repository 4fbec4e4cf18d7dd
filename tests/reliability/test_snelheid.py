"""Speed fixes of issue #16 that must not change what Rasa does.

Each was found in a py-spy profile of the Rasa servers under 20 concurrent
conversations (docs/benchmarks.md): a new aiohttp session per action call,
a new SQLite connection per tracker-store session, the intent classifier's
coefficients copied for every message, and full garbage collections over the
loaded model. These tests hold each fix to doing the same work as before.
"""

from __future__ import annotations

import asyncio
import gc
import glob
import tarfile

import numpy as np
import pytest
import sqlalchemy as sa
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.utils.endpoints import EndpointConfig

from wegwijs.rasa import server
from wegwijs.rasa.tracker_store import RedactingSQLTrackerStore
from wegwijs.settings import ROOT


def raw_connection_of(store: RedactingSQLTrackerStore):
    with store.session_scope() as session:
        return session.connection().connection.dbapi_connection


def test_the_sqlite_tracker_store_keeps_its_connection_with_its_pragmas(tmp_path):
    store = RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "rasa.db"))
    first, second = raw_connection_of(store), raw_connection_of(store)
    assert first is second  # not a new connection (and pragmas, and a WAL checkpoint on close) per turn
    with store.session_scope() as session:
        pragma = lambda name: session.execute(sa.text(f"PRAGMA {name}")).scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("secure_delete") == 1
        assert pragma("synchronous") == 1  # NORMAL


def test_a_kept_connection_sees_what_another_process_wrote_and_erased(tmp_path):
    """Another Rasa server or the gateway's erasure writes through its own connection: the kept one sees it."""
    store = RedactingSQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "rasa.db"))
    from rasa.shared.core.trackers import DialogueStateTracker

    tracker = DialogueStateTracker.from_events("gesprek", [ActionExecuted("action_listen"), UserUttered("hoi")])
    asyncio.run(store.save(tracker))
    assert raw_connection_of(store) is not None
    other = sa.create_engine(f"sqlite:///{tmp_path / 'rasa.db'}")
    with other.begin() as conn:
        conn.execute(sa.text("DELETE FROM events WHERE sender_id = 'gesprek'"))
    store.cache.take("gesprek")
    assert asyncio.run(store.retrieve("gesprek")) is None


def test_action_calls_share_one_session_per_endpoint_and_keep_it_open():
    endpoint = EndpointConfig("http://127.0.0.1:9/webhook", headers={"Authorization": "Bearer sleutel"})
    other = EndpointConfig("http://127.0.0.1:9/andere")

    async def two_calls():
        async with server._kept_session(endpoint) as first:
            pass
        async with server._kept_session(endpoint) as second:
            pass
        async with server._kept_session(other) as third:
            pass
        assert first is second and not first.closed
        assert third is not first
        assert first.headers["Authorization"] == "Bearer sleutel"
        assert first.connector._keepalive_timeout < 5  # below the action server's keep-alive: no send on a closing one
        for session in (first, third):
            await session.close()

    asyncio.run(two_calls())


def test_a_closed_session_is_made_again():
    endpoint = EndpointConfig("http://127.0.0.1:9/webhook")

    async def closed_then_again():
        async with server._kept_session(endpoint) as first:
            await first.close()
        async with server._kept_session(endpoint) as second:
            assert not second.closed
            await second.close()

    asyncio.run(closed_then_again())


@pytest.fixture(scope="module")
def intent_classifier(tmp_path_factory):
    models = sorted((ROOT / "models").glob("*.tar.gz"))
    if not models:
        pytest.fail("no trained model in models/ (make train)")
    folder = tmp_path_factory.mktemp("model")
    with tarfile.open(models[-1]) as archive:
        archive.extractall(folder)  # noqa: S202 - our own model
    found = glob.glob(str(folder / "**" / "*LogisticRegression*.skops"), recursive=True)
    if not found:
        pytest.skip("the model has no LogisticRegressionClassifier")
    import skops.io as sio

    return sio.load(found[0], trusted=sio.get_untrusted_types(file=found[0]))


def test_column_order_gives_the_same_intent_scores(intent_classifier):
    from scipy.sparse import random as sparse_random

    messages = sparse_random(40, intent_classifier.coef_.shape[1], density=0.003, format="csr", random_state=7)
    before = intent_classifier.predict_proba(messages)

    class Component:
        clf = intent_classifier

    server._coefficients_in_column_order(Component())
    assert intent_classifier.coef_.flags["F_CONTIGUOUS"]
    assert intent_classifier.coef_.T.flags["C_CONTIGUOUS"]  # what scipy multiplies without a copy
    assert np.array_equal(intent_classifier.predict_proba(messages), before)


def test_the_loaded_model_is_frozen_out_of_the_garbage_collector(monkeypatch):
    import rasa.core.run

    async def load_agent_on_start(*args, **kwargs):
        return "agent"

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", load_agent_on_start)
    server.install_freeze_after_loading()
    try:
        assert asyncio.run(rasa.core.run.load_agent_on_start("model")) == "agent"
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
