"""Opening the diary file: check, recover, create or migrate it under the right lock, and make
its SQLAlchemy engine (read-only where the disk or file cannot be written).

SQLAlchemy is imported only to migrate or to make an engine: a diary at the current schema
opens with the standard library's ``sqlite3``.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crampwise.storage import backup
from crampwise.storage.lock import DiaryLock
from crampwise.storage.schema import HEAD_REVISION, StoreError, schema_revision, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

BUSY_TIMEOUT_S = 5.0
_BUSY = QT_TRANSLATE_NOOP(
    "Store", "Crampwise's diary is busy in another window or command. Try again in a moment."
)


def plain_message(exc: Exception) -> Message:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return store_says(_BUSY)
    if "readonly" in text or "read-only" in text:
        return store_says(
            QT_TRANSLATE_NOOP(
                "Store", "The diary's folder is read-only, so nothing can be saved there."
            )
        )
    if "full" in text:
        return store_says(
            QT_TRANSLATE_NOOP(
                "Store",
                "The disk is full, so the entry could not be saved. Free some space and retry.",
            )
        )
    if "malformed" in text or "not a database" in text:
        return store_says(QT_TRANSLATE_NOOP("Store", "The diary file is damaged."))
    return store_says(
        QT_TRANSLATE_NOOP("Store", "The diary could not be saved ({error})."),
        error=exc.__class__.__name__,
    )


def _create_private(path: Path) -> None:
    """Create a missing database file 0600 before SQLite does, so it is never world-readable.

    Only ever on a file that does not exist yet, so no connection of this process can hold
    locks on it: closing a descriptor of a live SQLite file drops the process's locks on it.
    SQLite gives the ``-wal`` and ``-shm`` files the database file's own mode.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _writable(db_path: Path) -> bool:
    """Whether entries can be saved here (``access`` also says no on a read-only disk)."""
    if not os.access(db_path.parent, os.W_OK | os.X_OK):
        return False
    return not db_path.exists() or os.access(db_path, os.W_OK)


def file_identity(db_path: Path) -> tuple[int, int] | None:
    try:
        info = db_path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def cannot_open(db_path: Path, exc: OSError) -> StoreError:
    return StoreError(
        store_says(
            QT_TRANSLATE_NOOP("Store", "Cannot open the diary at {path}: {reason}"),
            path=db_path,
            reason=os_reason(exc),
        )
    )


def busy() -> StoreError:
    return StoreError(store_says(_BUSY))


def read_only_uri(db_path: Path) -> str:
    """The ``file:`` URI that reads without writing anything: ``mode=ro``, or ``immutable`` on
    a read-only disk where SQLite cannot make the WAL's ``-shm`` file."""
    uri = db_path.resolve().as_uri()
    for query in ("mode=ro", "immutable=1"):
        try:
            conn = sqlite3.connect(f"{uri}?{query}", uri=True, timeout=BUSY_TIMEOUT_S)
            try:
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            finally:
                conn.close()
        except sqlite3.OperationalError:
            continue
        return f"{uri}?{query}"
    raise StoreError(
        store_says(
            QT_TRANSLATE_NOOP("Store", "The diary at {path} cannot be read on this disk."),
            path=db_path,
        )
    )


def migrate(engine: Engine) -> None:
    """Bring the schema to head with Alembic (imported only when needed)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


OPEN_TIMEOUT_S = 15.0


def make_engine(db_path: Path, read_uri: str | None = None) -> Engine:
    """The engine of the diary at ``db_path``, or a read-only one over ``read_uri``."""
    from sqlalchemy import create_engine, event

    connect_args = {"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}
    if read_uri is not None:
        return create_engine(f"sqlite:///{read_uri}&uri=true", connect_args=connect_args)
    engine = create_engine(f"sqlite:///{db_path}", connect_args=connect_args)
    event.listen(engine, "connect", _configure_connection)
    return engine


def prepare(db_path: Path, lock: DiaryLock) -> tuple[backup.Recovery | None, bool]:
    """Check, recover, create and migrate the diary under the right lock; then hold it shared.

    Whoever gets the lock alone does the work that replaces or changes the file (recovery,
    creation, migration). Anyone else waits for it shared and finds the file ready: four
    first starts at once make one diary, migrated once. Returns (recovery, read only).
    """
    deadline = time.monotonic() + OPEN_TIMEOUT_S
    try:
        while True:
            if lock.exclusive():
                recovery = backup.recover_if_damaged(db_path, lock=lock)
                read_only = not _writable(db_path)
                revision = schema_revision(db_path)
                if revision != HEAD_REVISION:
                    _upgrade(db_path, revision, read_only)
                lock.shared()  # others may open it now; nobody may replace it under us
                return recovery, read_only
            if not lock.shared(max(0.0, deadline - time.monotonic())):
                raise busy()
            backup.recover_if_damaged(db_path, lock=lock)  # shared: raises on any trouble
            if schema_revision(db_path) == HEAD_REVISION:
                return None, not _writable(db_path)
            lock.unlock()  # an older copy of Crampwise has it open: wait for it to go
            if time.monotonic() > deadline:
                raise busy()
            time.sleep(0.05)
    except OSError as exc:
        raise cannot_open(db_path, exc) from exc


def _upgrade(db_path: Path, revision: str | None, read_only: bool) -> None:
    """Create a missing diary, or migrate an older one (backed up first)."""
    if read_only:
        raise StoreError(
            store_says(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The diary at {path} cannot be created or upgraded: its folder or file is "
                    "read-only.",
                ),
                path=db_path,
            )
        )
    _create_private(db_path)
    if revision is not None:
        backup.make_backup(db_path)  # an upgrade that goes wrong must cost nothing
    from sqlalchemy.exc import DatabaseError, OperationalError

    engine = make_engine(db_path)
    try:
        migrate(engine)
    except (OperationalError, DatabaseError) as exc:
        raise StoreError(plain_message(exc)) from exc
    finally:
        engine.dispose()


def _configure_connection(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed entry survives a power cut too, at ~0.3 ms per commit here.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.close()
