"""Use cases the window and the command line share, so each is written once: opening the
diary, the backup after a write, export, import with its backup, the report, and checking or
restoring the diary.

No Qt. Each returns what happened, or raises ``StoreError`` / ``ExchangeError`` with words a
person can act on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from crampwise.storage import backup
from crampwise.storage.lock import DiaryLock
from crampwise.storage.schema import StoreError, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from PySide6.QtGui import QPageSize

    from crampwise.domain.episode import Episode
    from crampwise.domain.profile import HealthProfile
    from crampwise.exchange.importer import ImportReport, ParsedFile
    from crampwise.report.document import NightsFigures, ReportData
    from crampwise.storage.store import EpisodeStore
    from crampwise.text import Describable

EXPORT_FORMATS = ("json", "csv")


def open_diary(
    night_cutover_hour: int | None = None,
    *,
    notify: Callable[[Message | Describable], None] | None = None,
    prepare_writes: bool = True,
) -> EpisodeStore:
    """Open (and migrate, or repair from a backup) the diary in the data folder.

    ``night_cutover_hour``: when a night ends; ``None`` reads it from the settings. ``notify``
    hears what the person should know: settings that had to be reset, a diary repaired from a
    backup. ``prepare_writes=False``: only reading is planned (SQLAlchemy loads at the first
    write, if any). Raises ``StoreError``.
    """
    from crampwise.storage.store import EpisodeStore

    if night_cutover_hour is None:
        from crampwise.settings import load_settings, take_reset_notice

        night_cutover_hour = load_settings().night_cutover_hour
        notice = take_reset_notice()  # what this or an earlier read in this run reset
        if notice is not None and notify is not None:
            notify(notice)
    store = EpisodeStore.open(night_cutover_hour=night_cutover_hour, prepare_writes=prepare_writes)
    if store.recovery is not None and notify is not None:
        notify(store.recovery)
    return store


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


def export_format(path: str | Path, fmt: str | None = None) -> str:
    """``fmt``, else the one ``path`` names: ``csv`` for a ``.csv`` file, ``json`` otherwise."""
    return fmt or ("csv" if str(path).lower().endswith(".csv") else "json")


def export_diary(store: EpisodeStore, path: Path, fmt: str | None = None) -> int:
    """Write the diary to ``path`` (JSON: everything; CSV: the episodes, and the nights beside
    them in ``<name>-nights.csv`` when there are any); returns how many episodes were written.
    Raises ``ExchangeError`` or ``OSError``."""
    from crampwise.exchange.export import export_csv, export_json

    if export_format(path, fmt) == "csv":
        return export_csv(store, path)
    return export_json(store, path)


def export_text(store: EpisodeStore, fmt: str) -> str:
    """The export as text (for standard output)."""
    from crampwise.exchange.export import render_csv, render_json

    return render_csv(store) if fmt == "csv" else render_json(store)


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

    had_entries = store.count() > 0 or bool(store.checkins()) or bool(store.experiments())
    if had_entries:
        store.backup()
    report = apply_import(store, parsed)
    warning = None
    if not had_entries and (report.added or report.profile == "imported" or report.nights.changed):
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


def report_data(
    store: EpisodeStore,
    start: date,
    end: date,
    today: date,
    *,
    episodes: Sequence[Episode] | None = None,
    profile: HealthProfile | None = None,
) -> ReportData:
    """What the report shows for the nights ``start`` to ``end``; ``episodes`` and ``profile``
    when they are already read (the window's Insights page has them). Nights end at the hour
    the diary was opened with (the settings'), for the window and the command line alike."""
    from crampwise.report.document import collect_report_data

    return collect_report_data(
        store,
        start,
        end,
        today,
        episodes=episodes,
        profile=profile,
        night_cutover_hour=store.night_cutover_hour,
        nights=report_nights(store, start, end, today),
    )


def report_nights(store: EpisodeStore, start: date, end: date, today: date) -> NightsFigures:
    """What the report shows of the nights ``start``..``end``: the trigger figures, and the
    latest experiment with its result when its plan overlaps the period."""
    from crampwise import service_nights as nights
    from crampwise.report.document import NightsFigures

    figures = tuple(nights.trigger_figures_between(store, start, end))
    experiment = nights.latest_experiment(store)
    if experiment is None or experiment.start > end or experiment.last_night < start:
        return NightsFigures(figures)
    habit = nights.habits().get(experiment.habit)
    return NightsFigures(figures, experiment, habit, nights.experiment_result(store, today))


def write_report(
    data: ReportData, path: Path, page_size: QPageSize.PageSizeId | None = None
) -> Path:
    """Write the report PDF to ``path`` (needs a ``QApplication``: the charts are drawn);
    returns the file written. Raises ``OSError``."""
    from crampwise.report.pdf import build_report

    return Path(build_report(data, data.start, data.end, path, page_size))
