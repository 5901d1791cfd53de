"""Use cases the window and the command line share, so each is written once: import with its
backup, the backup after a write, and checking or restoring the diary.

No Qt. Each returns what happened, or raises ``StoreError`` / ``ExchangeError`` with words a
person can act on.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crampwise.storage import backup
from crampwise.storage.lock import DiaryLock
from crampwise.storage.schema import StoreError, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from crampwise.exchange.importer import ImportReport, ParsedFile
    from crampwise.storage.store import EpisodeStore


def backup_after_write(store: EpisodeStore) -> Message | None:
    """Back up after a saved change. A failure does not undo the save: it comes back as a
    warning to show beside "Saved", never as a failed save (a person would enter it twice)."""
    try:
        store.backup()
    except StoreError as exc:
        return store_says(
            QT_TRANSLATE_NOOP("Store", "Saved. The backup could not be made: {reason}"),
            reason=exc.describe(),
        )
    return None


def import_with_backup(store: EpisodeStore, path: Path) -> tuple[ImportReport, Message | None]:
    """Validate the whole file first, then :func:`import_parsed_with_backup` it."""
    from crampwise.exchange.importer import read_export

    parsed = read_export(path)  # a bad file never touches the diary
    return import_parsed_with_backup(store, parsed)


def import_parsed_with_backup(
    store: EpisodeStore, parsed: ParsedFile
) -> tuple[ImportReport, Message | None]:
    """Back the diary up, then add what it lacks from a validated file.

    The backup before is the way back (``crampwise restore``): if it cannot be made, nothing is
    imported. Returns the report and a warning if the backup after could not be made.
    """
    from crampwise.exchange.importer import apply_import

    had_entries = store.count() > 0
    if had_entries:
        store.backup()
    report = apply_import(store, parsed)
    warning = None
    if not had_entries and (report.added or report.profile == "imported"):
        warning = backup_after_write(store)
    return report, warning


@dataclass(frozen=True, slots=True)
class DiaryCheck:
    """What ``check_diary`` found: a recovery made, and text that cannot be read."""

    recovery: backup.Recovery | None
    backups: int
    unreadable_text: list[tuple[str, int, str]] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return self.recovery is None and not self.unreadable_text


def _alone(db_path: Path) -> DiaryLock:
    lock = DiaryLock(db_path)
    if not lock.exclusive(timeout_s=1.0):
        lock.release()
        raise backup.diary_in_use()
    return lock


def check_diary(db_path: Path) -> DiaryCheck:
    """Check the diary as the app reads it; repair a damaged file from the newest good backup.

    Needs the diary to itself: it refuses while a window or a command has it open.
    """
    with _alone(db_path) as lock:
        recovery = backup.recover_if_damaged(db_path, lock=lock)
        bad: list[tuple[str, int, str]] = []
        if db_path.exists() and db_path.stat().st_size > 0:
            try:
                bad = backup.undecodable_text(db_path)
            except sqlite3.DatabaseError:
                bad = []
    return DiaryCheck(recovery, len(backup.list_backups(db_path)), bad)


def restore_diary(db_path: Path, chosen: Path) -> backup.Recovery:
    """Put ``chosen`` in place of the diary (which is kept aside), with the diary to itself."""
    with _alone(db_path) as lock:
        try:
            return backup.restore(db_path, chosen, lock=lock)
        except ValueError as exc:
            raise StoreError(str(exc)) from None
