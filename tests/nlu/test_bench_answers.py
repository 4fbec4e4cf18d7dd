"""bench/answers.py: --model chooses the started assistant's model, the default gemeente has no policy of its own,
and a short demanded word counts in the whole-word share only as a word of its own.

Before session 9 a helper had to set WEGWIJS_MODELS to a folder, where the newest *.tar.gz wins (so a model file
beside a newer one could not be chosen); and the bench measured in Voorbeeldstad, whose own policy (early art. 34a,
among others) turned right national answers into misses. No assistant is started here.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
import yaml

from tests.nlu import nlu_regels

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    return nlu_regels.bench("answers")


def _model(path: Path, mtime: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"model")
    os.utime(path, (mtime, mtime))
    return path


def test_a_model_file_is_taken_even_with_a_newer_model_beside_it(bench, tmp_path):
    from wegwijs.supervisor import latest_model

    chosen = _model(tmp_path / "models" / "oud.tar.gz", 1_000)
    _model(tmp_path / "models" / "wegwijs.tar.gz", 2_000)

    folder = bench.models_dir_for(chosen, tmp_path / "var")

    assert latest_model(folder).resolve() == chosen.resolve()


def test_a_model_folder_gives_its_newest_model(bench, tmp_path):
    from wegwijs.supervisor import latest_model

    _model(tmp_path / "models" / "oud.tar.gz", 1_000)
    nieuw = _model(tmp_path / "models" / "nieuw.tar.gz", 2_000)

    assert latest_model(bench.models_dir_for(tmp_path / "models", tmp_path / "var")) == nieuw


@pytest.mark.parametrize("where", ["leeg", "bestaat-niet", "config.yml"])
def test_no_model_there_is_refused(bench, tmp_path, where):
    (tmp_path / "leeg").mkdir()
    (tmp_path / "config.yml").write_text("x")
    with pytest.raises(ValueError):
        bench.models_dir_for(tmp_path / where, tmp_path / "var")


def test_model_with_url_is_refused(bench, monkeypatch, tmp_path):
    model = _model(tmp_path / "m.tar.gz", 1_000)
    monkeypatch.setattr(sys, "argv", ["answers.py", "--url", "http://127.0.0.1:9", "--token", "t", "--model", str(model),
                                      "--set", str(ROOT / "bench" / "antwoorden_afstemmen_s8.yml")])
    with pytest.raises(SystemExit) as stopped:
        bench.main()
    assert stopped.value.code == 2


def _played_gemeente(bench, monkeypatch, *extra) -> str | None:
    seen = {}

    async def play(url, token, cases, gemeente=None, taal=None):
        seen["gemeente"] = gemeente
        return [{**cases[0], "antwoord": "", "mist": [], "mist_letterlijk": [], "mist_heel_woord": [],
                 "eerste_mist": []}]

    monkeypatch.setattr(bench, "play", play)
    monkeypatch.setattr(sys, "argv", ["answers.py", "--url", "http://127.0.0.1:9", "--token", "t", "--set",
                                      str(ROOT / "bench" / "antwoorden_afstemmen_s8.yml"), "--alleen-aandeel", *extra])
    assert bench.main() == 0
    return seen["gemeente"]


def test_the_bench_measures_in_a_gemeente_without_own_policy_by_default(bench, monkeypatch):
    assert _played_gemeente(bench, monkeypatch) == bench.DEFAULT_GEMEENTE == "voorbeelddorp"
    assert _played_gemeente(bench, monkeypatch, "--gemeente", "voorbeeldstad") == "voorbeeldstad"


def test_the_default_gemeente_sets_no_policy(bench):
    """The national rules the answer sets are written from: its `beleid:` says only that it is fictitious."""
    from wegwijs.gemeente import bekende_gemeenten

    assert bench.DEFAULT_GEMEENTE in bekende_gemeenten()
    data = yaml.safe_load((ROOT / "knowledge" / "parameters" / "gemeenten" / f"{bench.DEFAULT_GEMEENTE}.yaml")
                          .read_text(encoding="utf-8"))
    assert data["beleid"]["fictief"] is True
    assert set(data["beleid"]) <= {"fictief", "toelichting", "bron"}


def test_a_short_word_inside_a_longer_word_is_found_only_by_the_substring_count(bench):
    case = {"moet_bevatten": [["ja"], ["28"]]}
    reply = "Dit jaar heeft u 280 euro gekregen."
    assert bench.missing(case, reply) == []
    assert bench.missing(case, reply, whole_words=True) == [["ja"], ["28"]]


def test_a_short_word_of_its_own_counts_in_the_whole_word_share(bench):
    case = {"moet_bevatten": [["ja", "mag"], ["28"]]}
    assert bench.missing(case, "Ja, dat mag. U heeft nog 28 dagen.", whole_words=True) == []
    assert bench.missing(case, "Ja. Nog 28.", whole_words=True) == []


def test_amounts_and_longer_words_match_as_before_in_the_whole_word_share(bench):
    case = {"moet_bevatten": [["1.200", "1200"], ["doorgeven"], ["1.419"]]}
    reply = "De grens is € 1.200 per jaar. Geef het altijd door. De norm is €1,419.46."
    assert bench.missing(case, reply, whole_words=True) == []
