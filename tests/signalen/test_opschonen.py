"""The sweep removes signals and counts past their gemeente's own term (issue #17; it crashed on a frozen result)."""

from __future__ import annotations

from datetime import date, timedelta

from gateway.opschonen import opschonen_alles
from wegwijs.settings import Settings
from wegwijs.signalen import SignalenStore, pad


def test_the_sweep_removes_old_signals_and_counts_and_says_how_many(tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    settings = Settings()
    long_ago = date.today() - timedelta(days=400)
    store = SignalenStore(pad(tmp_path))
    store.geef("voorbeeldstad", "giften", "de giftengrens is te laag voor mijn gezin", vandaag=long_ago)
    store.geef("voorbeeldstad", "giften", "de giftengrens is nog steeds te laag")
    store.tel_alles("voorbeeldstad", [("onderwerp", "giften")], vandaag=long_ago)
    store.tel_alles("voorbeeldstad", [("onderwerp", "giften")])
    store.close()

    done = opschonen_alles(settings)

    assert done.signalen == 1
    store = SignalenStore(pad(tmp_path))
    try:
        assert [s["tekst"] for s in store.signalen()] == ["de giftengrens is nog steeds te laag"]
        assert len(store.tellingen()) == 1
    finally:
        store.close()
