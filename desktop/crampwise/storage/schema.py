"""Cheap facts about the database file, read with the standard library's sqlite3.

Used at start-up to learn whether Alembic is needed at all (it costs ~100 ms to import).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from crampwise.text import QT_TRANSLATE_NOOP, ExplainedError, Message

# The newest migration in ``migrations/versions``; a test keeps the two in step.
HEAD_REVISION = "0002"


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
    try:
        tables = read_only_query(
            db_path, "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        )
        got = read_only_query(db_path, "SELECT version_num FROM alembic_version") if tables else []
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            store_says(
                QT_TRANSLATE_NOOP("Store", "{path} is not a readable Crampwise database ({error})"),
                path=db_path,
                error=exc,
            )
        ) from exc
    return str(got[0][0]) if got else None


def read_only_query(db_path: Path, sql: str) -> list[Any]:
    """Run ``sql`` on a read-only connection; ``immutable`` when even that cannot start (a
    WAL diary on a read-only disk, where SQLite cannot make the ``-shm`` file)."""
    uri = db_path.resolve().as_uri()
    try:
        return _query(f"{uri}?mode=ro", sql)
    except sqlite3.OperationalError as exc:
        if "unable to open" not in str(exc) or os.access(db_path.parent, os.W_OK):
            raise
        return _query(f"{uri}?immutable=1", sql)


def _query(uri: str, sql: str) -> list[Any]:
    conn = sqlite3.connect(uri, uri=True, timeout=5)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()
