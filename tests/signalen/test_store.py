"""wegwijs/signalen.py: signals kept apart, redacted, small counts hidden, removed only by their own term."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from click.testing import CliRunner

from beheer.cli import cli
from wegwijs.signalen import DREMPEL, KLEIN, KOLOMMEN, SignaalFout, SignalenStore, als_csv, pad

VANDAAG = date(2026, 12, 5)


@pytest.fixture
def store(tmp_path):
    s = SignalenStore(pad(tmp_path))
    yield s
    s.close()


def test_a_signal_is_stored_redacted_and_without_anything_that_links_it(store):
    store.geef("voorbeeldstad", "giften", "mijn bsn is 111222333, bel me op 06-12345678. Dit is oneerlijk!",
               "giftenruimte: meetellend € 550", vandaag=VANDAAG)
    rij = store.signalen()[0]
    assert "111222333" not in rij["tekst"] and "06-12345678" not in rij["tekst"]
    assert "[BSN]" in rij["tekst"] and "[TELEFOON]" in rij["tekst"]
    assert rij == {**rij, "datum": "2026-12-05", "gemeente": "voorbeeldstad", "onderwerp": "giften", "bron": "inwoner"}
    columns = {c.name for c in store.db["signalen"].columns}
    assert columns == set(KOLOMMEN), "no session, conversation id, address or time of day"


def test_an_empty_signal_or_an_unknown_source_is_refused(store):
    with pytest.raises(SignaalFout):
        store.geef("voorbeeldstad", "giften", "   ")
    with pytest.raises(SignaalFout):
        store.geef("voorbeeldstad", "giften", "dit klopt niet", bron="gemeente")


def test_counts_under_the_threshold_are_never_shown_as_a_number(store):
    for _ in range(DREMPEL - 1):
        store.tel("voorbeeldstad", "onderwerp", "buitenland", vandaag=VANDAAG)
    for _ in range(DREMPEL):
        store.tel("voorbeeldstad", "onderwerp", "giften", vandaag=VANDAAG)
    rows = {r["sleutel"]: r["aantal"] for r in store.tellingen("voorbeeldstad")}
    assert rows == {"buitenland": KLEIN, "giften": DREMPEL}
    assert all(r["week"] == "2026-W49" for r in store.tellingen())


def test_retention_is_per_gemeente_and_only_by_the_signals_own_term(store):
    store.geef("voorbeeldstad", "giften", "de giftengrens is te laag voor mij", vandaag=date(2025, 12, 1))
    store.geef("voorbeelddorp", "giften", "de giftengrens is te laag voor mij", vandaag=date(2025, 12, 1))
    store.geef("voorbeeldstad", "giften", "de kostendelersnorm raakt ons gezin", vandaag=VANDAAG)
    weg = store.opschonen({"voorbeeldstad": 365, "voorbeelddorp": 730}, vandaag=VANDAAG)
    assert weg == 1
    assert sorted((r["gemeente"], r["datum"]) for r in store.signalen()) == [
        ("voorbeelddorp", "2025-12-01"), ("voorbeeldstad", "2026-12-05")]


def test_csv_has_the_promised_columns_and_no_cell_runs_as_a_formula(store):
    store.geef("voorbeeldstad", "giften", "=HYPERLINK(\"http://x\") dit is oneerlijk", vandaag=VANDAAG)
    rows = list(csv.DictReader(io.StringIO(als_csv(store.signalen()))))
    assert list(rows[0]) == list(KOLOMMEN)
    assert rows[0]["tekst"].startswith("'=")


def test_export_command_filters_by_gemeente_and_date(tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    s = SignalenStore(pad(tmp_path))
    s.geef("voorbeeldstad", "giften", "oud signaal over giften", vandaag=date(2026, 1, 10))
    s.geef("voorbeeldstad", "buitenland", "vier weken is te kort voor familiebezoek", vandaag=VANDAAG)
    s.geef("voorbeelddorp", "giften", "signaal uit het dorp", vandaag=VANDAAG)
    s.close()
    result = CliRunner().invoke(cli, ["signalen", "export", "--formaat", "json", "--gemeente", "voorbeeldstad",
                                      "--van", "2026-06-01"])
    assert result.exit_code == 0, result.output
    assert [r["onderwerp"] for r in json.loads(result.output)] == ["buitenland"]
    result = CliRunner().invoke(cli, ["signalen", "export"])
    assert result.output.splitlines()[0] == ",".join(KOLOMMEN) and len(result.output.splitlines()) == 4


def test_export_without_any_signal_prints_only_the_header(tmp_path, monkeypatch):
    monkeypatch.setenv("WEGWIJS_VAR", str(tmp_path))
    result = CliRunner().invoke(cli, ["signalen", "export"])
    assert result.exit_code == 0 and result.output.strip() == ",".join(KOLOMMEN)
    assert not pad(tmp_path).exists(), "exporting creates no database"
