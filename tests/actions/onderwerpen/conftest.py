"""The fixtures of the topic modules; their constants and helpers are in tests/actions/eerste_antwoord.py."""

from __future__ import annotations

import pytest

from tests.actions.eerste_antwoord import GEMEENTE


@pytest.fixture
def voorbeelddorp(monkeypatch):
    """The gemeente without a policy of its own as the default gemeente (the money tests of sessions 14-18 ran so)."""
    monkeypatch.setattr("actions.context.DEFAULT_GEMEENTE", GEMEENTE)
