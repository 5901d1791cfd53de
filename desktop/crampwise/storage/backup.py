"""Backups with SQLite's online backup API, checks, and recovery that never deletes a file.

Standard library only (sqlite3), so the check at start-up costs no SQLAlchemy import.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from crampwise.paths import ensure_private_dir
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

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
    """Copy the database at ``source`` (a path or a ``file:`` URI) into ``target``, created
    0600, with SQLite's online backup API: consistent even while another process writes."""
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    src = sqlite3.connect(source, uri=source.startswith("file:"), timeout=5)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


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


def check(db_path: Path) -> Message | None:
    """``None`` if the file is a healthy SQLite database (or absent); else what is wrong."""
    if not db_path.exists():
        return None
    try:
        with db_path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        return _says(QT_TRANSLATE_NOOP("Backup", "cannot be read: {reason}"), reason=os_reason(exc))
    if db_path.stat().st_size == 0:
        return None
    if header != SQLITE_HEADER:
        return _says(QT_TRANSLATE_NOOP("Backup", "it is not a database file"))
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _says(QT_TRANSLATE_NOOP("Backup", "it cannot be read ({error})"), error=exc)
    if rows != [("ok",)]:
        return _says(QT_TRANSLATE_NOOP("Backup", "its contents failed a consistency check"))
    return None


def make_backup(
    db_path: Path, *, now: datetime | None = None, retention: Retention = Retention()
) -> Path:
    """Copy the live database with the online backup API (safe while others write), then rotate."""
    folder = ensure_private_dir(backups_dir(db_path))
    stamp = (now or datetime.now()).strftime(_STAMP)
    target = folder / f"{BACKUP_PREFIX}{stamp}{BACKUP_SUFFIX}"
    tmp = folder / f".{target.name}.tmp"
    try:
        _copy_into(str(db_path), tmp)
        problem = check(tmp)
        if problem:
            raise sqlite3.DatabaseError(f"the new backup failed its check: {problem}")
        tmp.replace(target)
        target.chmod(0o600)
    finally:
        tmp.unlink(missing_ok=True)
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


def restore(db_path: Path, backup: Path, problem: Message | str | None = None) -> Recovery:
    """Put ``backup`` in place of the database; the current file is moved aside first."""
    if problem is None:
        problem = _says(QT_TRANSLATE_NOOP("Backup", "replaced on request"))
    reason = check(backup)
    if reason:
        raise ValueError(f"{backup.name} cannot be restored: {reason}")
    moved = move_aside(db_path) if db_path.exists() else db_path
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    try:
        _copy_into(f"{backup.resolve().as_uri()}?mode=ro", tmp)
        tmp.replace(db_path)
    finally:
        tmp.unlink(missing_ok=True)
    db_path.chmod(0o600)
    return Recovery(moved_to=moved, restored_from=backup, problem=problem)


def recover_if_damaged(db_path: Path) -> Recovery | None:
    """Check the diary; if damaged, move it aside and restore the newest good backup."""
    problem = check(db_path)
    if problem is None:
        return None
    backup = newest_good_backup(db_path)
    if backup is not None:
        return restore(db_path, backup, problem)
    return Recovery(moved_to=move_aside(db_path), restored_from=None, problem=problem)
