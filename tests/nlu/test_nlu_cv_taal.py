"""bench/nlu_cv.py --taal en (session 19): the cross-validation of the English training lines, nlu/en/*.yml.

Session 18 had to pass --nlu nlu/en for it; --taal takes the same choices as bench/nlu.py --taal, and with en the
CV, --labelfouten and --tegenspraak read nlu/en/*.yml only (nlu/*.yml itself is the Dutch data).
"""
from __future__ import annotations

import sys

import pytest

from tests.nlu.nlu_regels import bench


@pytest.fixture(scope="module")
def cv():
    return bench("nlu_cv")


def _blok(intent, regels):
    return f"- intent: {intent}\n  examples: |\n" + "".join(f"    - {r}\n" for r in regels)


@pytest.fixture()
def nlu(tmp_path):
    (tmp_path / "en").mkdir()
    (tmp_path / "geld.yml").write_text(
        'version: "3.1"\nnlu:\n'
        + _blok("giften", [f"mijn oma geeft me {n} euro mag dat" for n in (10, 20, 30, 40)])
        + _blok("bijverdienen", [f"ik werk {n} uur hoeveel mag ik houden" for n in (4, 8, 12, 16)]),
        encoding="utf-8")
    (tmp_path / "en" / "money.yml").write_text(
        'version: "3.1"\nnlu:\n'
        + _blok("giften", [f"my aunt gives me {n} euro is that ok" for n in (10, 20, 30)])
        + _blok("schulden", [f"i have {n} euro debt who helps me" for n in (100, 200, 300)]),
        encoding="utf-8")
    return tmp_path


def test_the_languages_are_bench_nlus(cv):
    assert cv.TALEN == tuple(sorted(bench().TESTSETS))


def test_english_reads_its_own_folder(cv, nlu):
    assert cv.cv_map(nlu, "nl") == nlu
    assert cv.cv_map(nlu, "en") == nlu / "en"
    assert [t for t, _ in cv.nederlandse_voorbeelden(cv.cv_map(nlu, "en"))][:1] == ["my aunt gives me 10 euro is that ok"]
    with pytest.raises(SystemExit):
        cv.cv_map(nlu, "de")


@pytest.mark.parametrize("taal,kop,aantal", [("en", "English nlu/en/*.yml", 6), ("nl", "Dutch nlu/*.yml", 8)])
def test_the_cv_runs_on_the_chosen_language(cv, nlu, monkeypatch, capsys, taal, kop, aantal):
    monkeypatch.setattr(sys, "argv", ["nlu_cv.py", "--nlu", str(nlu), "--taal", taal, "--folds", "3"])
    assert cv.main() == 0
    uit = capsys.readouterr().out
    assert f"3-fold cross-validation, {kop}: " in uit
    assert f"/{aantal}) ===" in uit
