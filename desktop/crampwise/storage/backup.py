"""Backups with SQLite's online backup API, checks, and recovery that never deletes a file.

Standard library only (sqlite3), so the check at start-up costs no SQLAlchemy import.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crampwise.paths import ensure_private_dir
from crampwise.storage.lock import DiaryLock
from crampwise.storage.schema import StoreError, read_only_query
from crampwise.text import QT_TRANSLATE_NOOP, Message

BACKUP_PREFIX = "crampwise-"
BACKUP_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
SQLITE_HEADER = b"SQLite format 3\x00"
_CONTEXT = "Backup"


def _says(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, params)


@dataclass(frozen=True, slots=True)
class Retention:
    """Keep the last ``last`` backups, one a day for ``days`` days, one a month for ``months``."""

    last: int = 10
    days: int = 30
    months: int = 12


@dataclass(frozen=True, slots=True)
class Recovery:
    """What happened to a damaged diary, in words a person can read."""

    moved_to: Path
    restored_from: Path | None
    problem: Message | str  # what was wrong with the file, from ``check``

    def message(self) -> str:
        return self.describe().english()

    def describe(self) -> Message:
        if self.restored_from is None:
            return _says(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "Your diary file was damaged ({problem}). It was kept as {kept} and a new, "
                    "empty diary was started; no backup was found.",
                ),
                problem=self.problem,
                kept=self.moved_to.name,
            )
        taken = backup_time(self.restored_from)
        if taken is None:
            return _says(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "Your diary file was damaged ({problem}). It was kept as {kept} and the "
                    "backup from the newest backup was restored: entries made after that may be "
                    "missing.",
                ),
                problem=self.problem,
                kept=self.moved_to.name,
            )
        return _says(
            QT_TRANSLATE_NOOP(
                "Backup",
                "Your diary file was damaged ({problem}). It was kept as {kept} and the backup "
                "from {taken:%d %b %Y at %H:%M} was restored: entries made after that may be "
                "missing.",
            ),
            problem=self.problem,
            kept=self.moved_to.name,
            taken=taken,
        )


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _copy_into(source: str, target: Path) -> None:
    """Copy the database at ``source`` (a path or a ``file:`` URI) into ``target`` (an existing
    private file) with SQLite's online backup API: consistent even while another process
    writes. The copy is one self-contained file (rollback journal, not WAL), so checking it
    leaves no ``-wal``/``-shm`` behind."""
    src = sqlite3.connect(source, uri=source.startswith("file:"), timeout=5)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()


def _private_temp(folder: Path, name: str) -> Path:
    """A new empty file of this process's own, 0600, in ``folder``: no two writers share it."""
    fd, made = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    return Path(made)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def backup_time(path: Path) -> datetime | None:
    stem = path.name.removeprefix(BACKUP_PREFIX).removesuffix(BACKUP_SUFFIX)
    try:
        return datetime.strptime(stem[:15], _STAMP)
    except ValueError:
        return None


def list_backups(db_path: Path) -> list[Path]:
    """Backups, newest first."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob(f"{BACKUP_PREFIX}*{BACKUP_SUFFIX}") if backup_time(p)]
    return sorted(found, key=lambda p: p.name, reverse=True)


@dataclass(frozen=True, slots=True)
class Trouble:
    """What is wrong with a diary file: ``damaged`` contents, or it ``cannot be opened`` here
    (permissions, a read-only disk, another user's files). Only damage moves a file aside."""

    problem: Message
    damaged: bool


# SQLite's words for a file whose contents are bad; anything else is a problem of access.
_DAMAGE_WORDS = ("not a database", "malformed", "corrupt")


def check(db_path: Path) -> Trouble | None:
    """``None`` if the file is a healthy SQLite database (or absent); else what is wrong.

    The file is read through SQLite only: opening and closing a descriptor of a database in a
    process that holds a connection to it drops that connection's locks.
    """
    if not db_path.exists():
        return None
    for path in (db_path, *_sidecars(db_path)):
        if not os.access(path, os.R_OK) or (path != db_path and not os.access(path, os.W_OK)):
            return Trouble(
                _says(
                    QT_TRANSLATE_NOOP(
                        "Backup",
                        "{path} cannot be opened: it belongs to another user, or its "
                        "permissions do not let you read and write it. Nothing was changed. "
                        "Give it back to your user (ls -l shows the owner), or run Crampwise as "
                        "the user it belongs to.",
                    ),
                    path=path,
                ),
                damaged=False,
            )
    if db_path.stat().st_size == 0:
        return None
    try:
        rows = read_only_query(db_path, "PRAGMA quick_check")
    except sqlite3.DatabaseError as exc:
        damaged = any(word in str(exc).lower() for word in _DAMAGE_WORDS)
        if damaged and "not a database" in str(exc).lower():
            problem = _says(QT_TRANSLATE_NOOP("Backup", "it is not a database file"))
        elif damaged:
            problem = _says(QT_TRANSLATE_NOOP("Backup", "it cannot be read ({error})"), error=exc)
        else:
            problem = _says(
                QT_TRANSLATE_NOOP(
                    "Backup", "The diary at {path} cannot be opened ({error}). Nothing was changed."
                ),
                path=db_path,
                error=exc,
            )
        return Trouble(problem, damaged=damaged)
    if rows != [("ok",)]:
        return Trouble(
            _says(QT_TRANSLATE_NOOP("Backup", "its contents failed a consistency check")),
            damaged=True,
        )
    return None


def _sidecars(db_path: Path) -> list[Path]:
    found = (db_path.with_name(db_path.name + s) for s in ("-wal", "-shm"))
    return [p for p in found if p.exists()]


def undecodable_text(db_path: Path) -> list[tuple[str, int, str]]:
    """Every (table, rowid, column) whose text is not valid UTF-8: damage ``quick_check`` cannot
    see, which the app reads with the bad bytes replaced (see ``store``)."""
    found: list[tuple[str, int, str]] = []
    tables = [r[0] for r in read_only_query(
        db_path, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
    )]  # fmt: skip
    for table in tables:
        columns = [r[1] for r in read_only_query(db_path, f'PRAGMA table_info("{table}")')]
        for column in columns:
            rows = read_only_query(
                db_path,
                f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}" '
                f"WHERE typeof(\"{column}\") = 'text'",
            )
            for rowid, raw in rows:
                try:
                    bytes(raw).decode("utf-8")
                except UnicodeDecodeError:
                    found.append((table, rowid, column))
    return found


def make_backup(
    db_path: Path, *, now: datetime | None = None, retention: Retention = Retention()
) -> Path:
    """Copy the live database with the online backup API (safe while others write), then rotate."""
    folder = ensure_private_dir(backups_dir(db_path))
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = folder / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    tmp = _private_temp(folder, target.name)
    try:
        _copy_into(str(db_path), tmp)
        trouble = check(tmp)
        if trouble:
            raise sqlite3.DatabaseError(f"the new backup failed its check: {trouble.problem}")
        if target.exists():  # two backups in one second: keep the first, it is as good
            return target
        tmp.replace(target)
    finally:
        _remove_with_sidecars(tmp)
    for old in backups_to_drop(list_backups(db_path), retention):
        old.unlink(missing_ok=True)
    return target


def backups_to_drop(backups: Iterable[Path], retention: Retention) -> list[Path]:
    """Which backups rotation removes: all but the newest N, one per day, one per month."""
    newest_first = sorted(backups, key=lambda p: p.name, reverse=True)
    keep: set[Path] = set(newest_first[: retention.last])
    days: dict[str, Path] = {}
    months: dict[str, Path] = {}
    for p in newest_first:
        taken = backup_time(p)
        assert taken is not None
        days.setdefault(taken.strftime("%Y%m%d"), p)
        months.setdefault(taken.strftime("%Y%m"), p)
    # setdefault on newest-first keeps the newest of each day and month; the oldest would do too.
    keep.update(sorted(days.values(), key=lambda p: p.name, reverse=True)[: retention.days])
    keep.update(sorted(months.values(), key=lambda p: p.name, reverse=True)[: retention.months])
    return [p for p in newest_first if p not in keep]


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if check(candidate) is None:
            return candidate
    return None


def move_aside(db_path: Path, *, now: datetime | None = None) -> Path:
    """Rename the database (and its WAL files) out of the way; nothing is ever deleted."""
    stamp = (now or datetime.now()).strftime(_STAMP)
    aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        aside = db_path.with_name(f"{db_path.name}.damaged-{stamp}-{n}")
        n += 1
    db_path.rename(aside)
    for suffix in ("-wal", "-shm"):
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside


def diary_in_use() -> StoreError:
    return StoreError(
        _says(
            QT_TRANSLATE_NOOP(
                "Backup",
                "Crampwise is open (a window or a command is using the diary): close it first, "
                "then try again.",
            )
        )
    )


def restore(
    db_path: Path, backup: Path, problem: Message | str | None = None, *, lock: DiaryLock
) -> Recovery:
    """Put ``backup`` in place of the database; the current file is moved aside first.

    ``lock`` must be held exclusively: a process still writing would go on writing into the
    file moved aside.
    """
    if not lock.exclusive_held:
        raise diary_in_use()
    if problem is None:
        problem = _says(QT_TRANSLATE_NOOP("Backup", "replaced on request"))
    trouble = check(backup)
    if trouble:
        raise ValueError(f"{backup.name} cannot be restored: {trouble.problem}")
    moved = move_aside(db_path) if db_path.exists() else db_path
    tmp = _private_temp(db_path.parent, db_path.name)
    try:
        _copy_into(f"{backup.resolve().as_uri()}?mode=ro", tmp)
        tmp.replace(db_path)
    finally:
        _remove_with_sidecars(tmp)
    return Recovery(moved_to=moved, restored_from=backup, problem=problem)


def recover_if_damaged(db_path: Path, *, lock: DiaryLock) -> Recovery | None:
    """Check the diary; if damaged, move it aside and restore the newest good backup.

    A file that cannot be opened (permissions, another user's ``-wal``, a read-only disk) is
    not damaged: nothing is moved, and ``StoreError`` says what stands in the way.
    """
    if lock.exclusive_held:
        keep_damaged_wal(db_path)  # before SQLite replays the WAL and drops what fails
    trouble = check(db_path)
    if trouble is None:
        return None
    if not trouble.damaged:
        raise StoreError(trouble.problem)
    if not lock.exclusive_held:  # another process has it open: it must not be moved under it
        raise StoreError(
            _says(
                QT_TRANSLATE_NOOP(
                    "Backup",
                    "The diary looks damaged ({problem}), but Crampwise has it open elsewhere. "
                    "Close every Crampwise window, then run: crampwise check",
                ),
                problem=trouble.problem,
            )
        )
    backup = newest_good_backup(db_path)
    if backup is not None:
        return restore(db_path, backup, trouble.problem, lock=lock)
    return Recovery(moved_to=move_aside(db_path), restored_from=None, problem=trouble.problem)


# --- the WAL's own checksums ------------------------------------------------------------------
# After a crash SQLite replays the WAL up to the first frame whose checksum fails and drops the
# rest. Frames left from before the last reset carry other salts: those are expected. A frame
# with the current salts and a wrong checksum is damage: keep a copy before SQLite discards it.

_WAL_HEADER = 32
_FRAME_HEADER = 24
_WAL_MAGIC = (0x377F0682, 0x377F0683)


def _wal_checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def wal_is_damaged(wal: bytes) -> bool:
    """True when a frame written since the WAL's last reset fails its checksum."""
    if len(wal) < _WAL_HEADER:
        return False
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", wal[:32])
    if magic not in _WAL_MAGIC:
        return len(wal.strip(b"\0")) > 0
    big = magic & 1 == 1
    s0, s1 = _wal_checksum(wal[:24], big, 0, 0)
    if (s0, s1) != (c0, c1):
        return True
    offset, frame = _WAL_HEADER, _FRAME_HEADER + page_size
    while offset + frame <= len(wal):
        header = wal[offset : offset + _FRAME_HEADER]
        _page, _size, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", header)
        if (f_salt1, f_salt2) != (salt1, salt2):
            return False  # frames from before the last reset: not part of the log
        s0, s1 = _wal_checksum(header[:8], big, s0, s1)
        s0, s1 = _wal_checksum(wal[offset + _FRAME_HEADER : offset + frame], big, s0, s1)
        if (s0, s1) != (f0, f1):
            return True
        offset += frame
    return False


def keep_damaged_wal(db_path: Path, *, now: datetime | None = None) -> Path | None:
    """Copy a ``-wal`` that fails its checksums to ``NAME-wal.damaged-<time>`` (0600).

    Call it before any connection opens the diary in this process.
    """
    wal = db_path.with_name(db_path.name + "-wal")
    try:
        content = wal.read_bytes()
    except OSError:
        return None
    if not wal_is_damaged(content):
        return None
    stamp = (now or datetime.now()).strftime(_STAMP)
    kept = wal.with_name(f"{wal.name}.damaged-{stamp}")
    tmp = _private_temp(db_path.parent, kept.name)
    try:
        shutil.copyfile(wal, tmp)
        tmp.replace(kept)
    finally:
        tmp.unlink(missing_ok=True)
    return kept
