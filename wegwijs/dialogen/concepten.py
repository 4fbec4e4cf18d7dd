"""Draft scripts from the review page ("Maak er een dialoogscript van"), kept in the gateway database.

The stored copy is the shared one: a draft saved through one gateway is there
for every gateway and for `wegwijs dialogen inbox` on any node, because it
lives in the gateway tables (wegwijs/gateway_db.py: SQLite under var/, or the
PostgreSQL every node shares with WEGWIJS_GATEWAY_DB_URL). A draft is a file a
developer edits before it goes into dialogen/, so the inbox folder under var/
(`inbox_dir`) stays as its file export: the gateway that saves a draft writes
it there too, and `wegwijs dialogen inbox` writes every stored draft there
before it lists the folder.

A draft belongs to its test conversation: erasing the conversation (by hand,
or by the retention sweep) erases its draft rows (gateway/testsessies.py
erase_test_data, gateway/opschonen.py). An exported file is the copy someone
asked for, like the download of the same draft.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

TABLE = "dialoog_concepten"


@dataclass(frozen=True)
class Concept:
    naam: str  # the file name: gesprek-<first 8 characters of the conversation id>.yml
    conversation_id: str
    tester: str
    tijd: str  # ISO time in UTC of the last save
    tekst: str  # the draft script (YAML)


def concept_naam(conversation_id: str) -> str:
    return f"gesprek-{conversation_id[:8]}.yml"


class Concepten:
    """The stored drafts: one per test conversation, a later save replaces the earlier one."""

    def __init__(self, db):
        self.db = db
        db[TABLE].create({"naam": str, "conversation_id": str, "tester": str, "tijd": str, "tekst": str},
                         pk="naam", if_not_exists=True)
        db[TABLE].create_index(["conversation_id"], if_not_exists=True)

    def bewaar(self, conversation_id: str, tester: str, tekst: str) -> Concept:
        concept = Concept(concept_naam(conversation_id), conversation_id, tester,
                          datetime.now(timezone.utc).isoformat(timespec="seconds"), tekst)
        self.db[TABLE].upsert(asdict(concept), pk="naam")
        return concept



def exporteer(concept: Concept, inbox: Path, vervang: bool = False) -> Path:
    """The draft as a file in the inbox. A file changed after this draft was saved is left as it is,
    unless `vervang` (the tester saves the draft again: the new one counts, as it always did)."""
    inbox.mkdir(parents=True, exist_ok=True)
    path = inbox / Path(concept.naam).name  # a name from the database never leaves the inbox
    saved = datetime.fromisoformat(concept.tijd).timestamp()
    if vervang or not path.exists() or path.stat().st_mtime < saved:
        path.write_text(concept.tekst, encoding="utf-8")
        os.utime(path, (saved, saved))  # the file's time is the save's, so an edit after it is recognised
    return path


def opgeslagen(db) -> list[Concept]:
    """Every stored draft (none when no gateway made the table yet: nothing is created here)."""
    if not db[TABLE].exists():
        return []
    return [Concept(**row) for row in db[TABLE].rows_where(order_by="naam")]


def exporteer_alle(db, inbox: Path) -> list[Path]:
    return [exporteer(concept, inbox) for concept in opgeslagen(db)]


def vergeet_concept(db, conversation_id: str) -> None:
    """The draft of this conversation goes with it (a database from before drafts were stored has none)."""
    if db[TABLE].exists():
        db.execute(f"DELETE FROM {TABLE} WHERE conversation_id = ?", [conversation_id])


def vergeet_zonder_gesprek(db) -> int:
    """Drafts whose test conversation is gone (the retention sweep's safety net; erasure removes them at once)."""
    if not db[TABLE].exists():
        return 0
    return db.execute(f"DELETE FROM {TABLE} WHERE conversation_id NOT IN (SELECT conversation_id FROM sessions)").rowcount
