"""Runtime settings, read once from the environment.

Every part (supervisor, gateway, actions, tests) takes the same `Settings`,
so a test can start a whole assistant on other ports and another var/ folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _env(name: str, default: str) -> str:
    return os.environ.get(name, default)


@dataclass(frozen=True)
class Settings:
    root: Path = ROOT
    var_dir: Path = field(default_factory=lambda: Path(_env("WEGWIJS_VAR", str(ROOT / "var"))))
    models_dir: Path = field(default_factory=lambda: Path(_env("WEGWIJS_MODELS", str(ROOT / "models"))))
    host: str = field(default_factory=lambda: _env("WEGWIJS_HOST", "127.0.0.1"))
    gateway_port: int = field(default_factory=lambda: int(_env("WEGWIJS_PORT", "8080")))
    rasa_port: int = field(default_factory=lambda: int(_env("WEGWIJS_RASA_PORT", "5005")))
    actions_port: int = field(default_factory=lambda: int(_env("WEGWIJS_ACTIONS_PORT", "5055")))
    gemeente: str = field(default_factory=lambda: _env("WEGWIJS_GEMEENTE", "voorbeeldstad"))
    rasa_timeout_s: float = field(default_factory=lambda: float(_env("WEGWIJS_RASA_TIMEOUT", "30")))

    @property
    def gateway_db(self) -> Path:
        return self.var_dir / "gateway.db"

    @property
    def tracker_db(self) -> Path:
        return self.var_dir / "rasa.db"

    @property
    def gateway_url(self) -> str:
        return f"http://{self.host}:{self.gateway_port}"

    @property
    def rasa_url(self) -> str:
        # Rasa and the action server only ever listen on loopback.
        return f"http://127.0.0.1:{self.rasa_port}"

    @property
    def actions_url(self) -> str:
        return f"http://127.0.0.1:{self.actions_port}"

    def with_(self, **changes) -> "Settings":
        return replace(self, **changes)

    def child_env(self) -> dict[str, str]:
        """Environment for child processes, so they agree on paths and ports."""
        env = dict(os.environ)
        env.update(
            WEGWIJS_VAR=str(self.var_dir),
            WEGWIJS_MODELS=str(self.models_dir),
            WEGWIJS_HOST=self.host,
            WEGWIJS_PORT=str(self.gateway_port),
            WEGWIJS_RASA_PORT=str(self.rasa_port),
            WEGWIJS_ACTIONS_PORT=str(self.actions_port),
            WEGWIJS_GEMEENTE=self.gemeente,
            WEGWIJS_TRACKER_DB=str(self.tracker_db),
            WEGWIJS_ACTIONS_URL=f"{self.actions_url}/webhook",
        )
        return env
