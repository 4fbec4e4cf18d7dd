"""Rasa's SQL tracker store, but personal data is redacted before it is written.

Rasa keeps the full text in memory for the turn it is handling, so the model
and the actions see what they need; only what reaches the database is
redacted (wegwijs/redactie.py). Used from bot/endpoints*.yml as
`type: wegwijs.rasa.tracker_store.RedactingSQLTrackerStore`.
"""

from __future__ import annotations

import json
import logging

import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from wegwijs import tombstones
from wegwijs.redactie import redact_value

log = logging.getLogger(__name__)


def _sqlite_pragmas(connection, _record) -> None:
    # WAL: readers never block the writer, and a commit is one append, not a rewrite.
    # secure_delete: erased conversations are overwritten, not just marked free.
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "secure_delete = ON", "busy_timeout = 10000"):
        connection.execute(f"PRAGMA {pragma}")


class RedactingSQLTrackerStore(SQLTrackerStore):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if self.engine.dialect.name == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
            self.engine.dispose()  # connections made before the listener get the pragmas too
        with self.engine.begin() as conn:
            tombstones.create_table(conn)

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self.stream_events(tracker)
        with self.session_scope() as session:
            tombstones.lock(session, tracker.sender_id)
            if tombstones.is_erased(session, tracker.sender_id):
                # Erased while this turn was answered: writing it now would bring it back.
                log.info("conversation erased during its turn; not saved")
                session.rollback()
                return
            for event in self._additional_events(session, tracker):
                data = redact_value(event.as_dict())
                session.add(
                    self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=json.dumps(data),
                    )
                )
            session.commit()
