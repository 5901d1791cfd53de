"""Cheap facts about the database file, read with the standard library's sqlite3.

Used at start-up to learn whether Alembic is needed at all (it costs ~100 ms to import).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crampwise.text import QT_TRANSLATE_NOOP, ExplainedError, Message

# The newest migration in ``migrations/versions``; a test keeps the two in step.
HEAD_REVISION = "0001"


_CONTEXT = "Store"


class StoreError(ExplainedError):
    """A storage problem a person can understand and maybe fix (disk full, read-only, corrupt)."""


def store_says(template: str, **params: object) -> Message:
    """A message about the diary file, in the catalogue's "Store" context."""
    return Message(_CONTEXT, template, params)


def schema_revision(db_path: Path) -> str | None:
    """The Alembic revision stamped in ``db_path``, or ``None`` for a new or empty file."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    uri = f"{db_path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=5)
        try:
            row = conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                return None
            got = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            store_says(
                QT_TRANSLATE_NOOP("Store", "{path} is not a readable Crampwise database ({error})"),
                path=db_path,
                error=exc,
            )
        ) from exc
    return None if got is None else str(got[0])
