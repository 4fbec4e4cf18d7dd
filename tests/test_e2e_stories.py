"""Rasa's end-to-end test stories against the trained model and the running action server."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import MODEL, ROOT

pytestmark = pytest.mark.stack


def test_end_to_end_stories_pass(stack, tmp_path):
    env = stack.settings.with_(var_dir=tmp_path).child_env()
    env["WEGWIJS_ACTIONS_URL"] = f"{stack.settings.actions_url}/webhook"
    result = subprocess.run(
        [
            sys.executable, "-m", "rasa", "test", "core",
            "--model", str(MODEL),
            "--stories", str(ROOT / "tests" / "e2e"),
            "--endpoints", str(ROOT / "bot" / "endpoints.yml"),
            "--out", str(tmp_path / "results"),
            "--fail-on-prediction-errors",
        ],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900,
    )
    failed = tmp_path / "results" / "failed_test_stories.yml"
    details = failed.read_text() if failed.exists() else result.stdout[-4000:] + result.stderr[-4000:]
    assert result.returncode == 0, details
    report = json.loads((tmp_path / "results" / "story_report.json").read_text())
    assert report["conversation_accuracy"]["accuracy"] == 1.0, details
