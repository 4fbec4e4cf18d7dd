"""The keys between gateway, Rasa and action server (security review L9), and private files (M5)."""

from __future__ import annotations

import stat
from concurrent.futures import ProcessPoolExecutor

import pytest

from wegwijs.secret import ACTIONS_KEY_ENV, RASA_KEY_ENV, acties_sleutel, private_var, rasa_sleutel, read_or_create


def test_processes_starting_together_all_read_the_same_full_key(tmp_path):
    # Before the fix a process could read the file between its creation and the write: an empty key,
    # in about a third of these rounds; ten rounds make missing that all but impossible.
    with ProcessPoolExecutor(8) as pool:
        for round_number in range(10):
            path = tmp_path / f"var{round_number}" / "rasa.sleutel"
            keys = list(pool.map(read_or_create, [path] * 64))
            assert len(set(keys)) == 1 and len(keys[0]) >= 32, "nobody read a key that was still being written"
            assert stat.S_IMODE(path.stat().st_mode) == 0o600
            assert [p.name for p in path.parent.iterdir()] == ["rasa.sleutel"], "no drafts left behind"


def test_each_key_has_its_own_file_and_the_environment_wins(tmp_path, monkeypatch):
    monkeypatch.delenv(RASA_KEY_ENV, raising=False)
    monkeypatch.delenv(ACTIONS_KEY_ENV, raising=False)
    assert rasa_sleutel(tmp_path) != acties_sleutel(tmp_path)
    monkeypatch.setenv(RASA_KEY_ENV, "k" * 40)
    assert rasa_sleutel(tmp_path) == "k" * 40
    monkeypatch.setenv(ACTIONS_KEY_ENV, "te-kort")
    with pytest.raises(ValueError, match="too short"):
        acties_sleutel(tmp_path)


def test_var_is_made_private_with_what_was_already_there(tmp_path):
    var = tmp_path / "var"
    (var / "logs").mkdir(parents=True)
    (var / "gateway.db").write_text("x")
    (var / "logs" / "gateway.log").write_text("x")
    for path in (var, var / "logs", var / "gateway.db", var / "logs" / "gateway.log"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    private_var(var)
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in (var, *var.rglob("*"))}
    assert modes == {"var": 0o700, "logs": 0o700, "gateway.db": 0o600, "gateway.log": 0o600}
