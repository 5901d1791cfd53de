"""The window's one door to the data: the store is its own (private); pages ask it.

It reads and writes episodes, the health profile and the person's plans (and, through
``diary.nights``, check-ins and experiments), exports and imports,
makes the report's data and backs up, through :mod:`crampwise.service` where the command line
does the same. It announces every change itself (``changed``, ``profile_changed``).

It keeps what could not be saved yet, and saves it later.

The store opens after the first paint (SQLAlchemy costs ~3x Qt to import), so a "Cramp now"
pressed in that moment keeps its time stamp here and is committed as soon as the store is ready.
The same queue holds an episode the diary refused (it could not open, or a write failed: a
read-only folder, a full disk): it stays in memory, on screen (``unsaved``), and is tried again
every few seconds and at every new write, until it is saved. Nothing in it is ever dropped
without asking: the window asks before closing (``crampwise.ui.unsaved``).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from datetime import date
    from pathlib import Path

    from crampwise.domain.episode import Episode
    from crampwise.domain.profile import EpisodeFacts, HealthProfile
    from crampwise.exchange.importer import ImportReport
    from crampwise.relief.custom import CustomPlanList
    from crampwise.relief.plans import ReliefPlan, ReliefStep
    from crampwise.report.document import ReportData
    from crampwise.storage.cache import EpisodeCache
    from crampwise.storage.store import EpisodeStore
    from crampwise.text import Describable, Message
    from crampwise.ui.diary_nights import NightsDoor


BACKUP_EVERY_S = 10 * 60  # after changes, at most this often (and at exit)
RETRY_MS = 5000  # entries waiting for the diary are tried again this often (and at every write)


def localized(problem: Message | Describable | BaseException | str) -> str:
    """:func:`crampwise.ui.messages.localized`, imported on first failure: the window's first
    paint comes before this module needs it (and the ``dataclasses`` it brings)."""
    from crampwise.ui.messages import localized as in_words

    return in_words(problem)


class Diary(QObject):
    ready = Signal()
    changed = Signal()
    failed = Signal(str)  # a plain message for the person
    profile_changed = Signal()
    pending_committed = Signal(object, object)  # the queued episode, the same episode as saved
    unsaved_changed = Signal()  # the episodes waiting for the diary, or why they wait, changed
    caught_up = Signal(int)  # this many finished cramps that were waiting are now saved
    reopened = Signal()  # the diary opened after failing to (before ``ready``)
    _opened = Signal(object, str)  # store or None, error text; crosses from the opener thread
    _imported = Signal()  # an import changed the diary; crosses from the exchange thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store: EpisodeStore | None = None
        self._cache: EpisodeCache | None = None
        self._pending: list[Episode] = []  # oldest first: saved in this order
        self._problem = ""  # why they wait ("": the diary is opening as usual)
        self._opening = False
        self._open_failed = False
        self._night_cutover_hour: int | None = None
        self.retry_timer = QTimer(self)  # runs while something waits
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self.retry)
        self._opened.connect(self._on_opened)
        self._imported.connect(self._on_imported)
        self._last_backup = time.monotonic()
        self._unbacked_changes = False
        self.changed.connect(self._after_change)
        self._nights: NightsDoor | None = None

    @property
    def nights(self) -> NightsDoor:
        """Check-ins, nights, trigger figures and the experiment (built on first use)."""
        if self._nights is None:
            from crampwise.ui.diary_nights import NightsDoor

            self._nights = NightsDoor(self._open_store, self)
            self._nights.changed.connect(self.changed)
        return self._nights

    @property
    def is_ready(self) -> bool:
        return self._store is not None

    @property
    def unsaved(self) -> list[Episode]:
        """The episodes kept in memory because the diary has not taken them yet, oldest first."""
        return list(self._pending)

    @property
    def unsaved_reason(self) -> str:
        """Why they wait, for the person; "" while the diary is simply still opening."""
        return self._problem

    def is_waiting(self, episode: Episode) -> bool:
        """Whether ``episode`` (this very object) waits in memory for the diary."""
        return any(queued is episode for queued in self._pending)

    @property
    def night_cutover_hour(self) -> int:
        """The hour a night ends, from the settings the diary was opened with (an attached
        store's own when a test or the CLI attached one)."""
        if self._night_cutover_hour is None:
            raise RuntimeError("the diary has not been opened yet")
        return self._night_cutover_hour

    def not_saved_text(self) -> str:
        """ "Not saved yet: <why>", for a status line."""
        reason = self._problem or self.tr("the diary is still opening.")
        return self.tr("Not saved yet: {0}").format(_lowercase_start(reason))

    def open_in_background(self, night_cutover_hour: int) -> None:
        """Import SQLAlchemy, migrate and open the store in a thread; ``ready`` when done."""
        self._night_cutover_hour = night_cutover_hour
        self._opening = True

        def work() -> None:
            try:
                from crampwise.service import open_diary

                store = open_diary(night_cutover_hour)
            except Exception as exc:  # shown to the person; the app keeps running
                self._opened.emit(None, localized(exc))
            else:
                self._opened.emit(store, "")

        threading.Thread(target=work, name="crampwise-store-open", daemon=True).start()

    def attach(self, store: EpisodeStore) -> None:
        """Use an already open store (tests, the CLI's self-test)."""
        self._on_opened(store, "")

    def _on_opened(self, store: EpisodeStore | None, error: str) -> None:
        self._opening = False
        if store is not None:
            self._night_cutover_hour = store.night_cutover_hour
        if store is None:
            if not self._open_failed:  # said once; the retries only update the reason
                self.failed.emit(self.tr("The diary could not be opened: {0}").format(error))
            self._open_failed = True
            if self._pending:
                self._wait(error)
            else:
                self._problem = error
            return
        from crampwise.storage.cache import EpisodeCache

        if self._open_failed:
            self._open_failed = False
            self.reopened.emit()
        self._store = store
        self._cache = EpisodeCache(store)
        # Warm the cache off the UI thread, so History and Insights open at once.
        threading.Thread(
            target=_warm, args=(self._cache,), name="crampwise-warm", daemon=True
        ).start()
        if store.recovery is not None:
            self.failed.emit(localized(store.recovery))
        if store.read_only:
            self.failed.emit(localized(store.read_only_message()))
        saved, finished = self._flush()
        self.ready.emit()
        if saved:
            self.changed.emit()
        if finished:
            self.caught_up.emit(finished)

    def save(self, episode: Episode) -> Episode | None:
        """Commit ``episode`` (insert or update). Returns it saved, or ``None``.

        ``None`` with :meth:`is_waiting` true: the diary is not open yet, or refused it; the
        episode waits in memory with its time stamps intact and is saved as soon as the diary
        takes it. ``None`` otherwise: it could not be saved and ``failed`` said why (an episode
        deleted meanwhile).
        """
        from crampwise.storage.schema import StoreError

        if self.is_waiting(episode):  # already kept: try it again
            self.retry()
            return None
        if self._store is None:
            self._queue(episode)
            if self._open_failed:
                self.retry()  # every new write tries again
            return None
        if self._pending:
            self._flush_and_say()
            if self._pending:  # the diary still refuses: wait behind the others, in order
                self._queue(episode)
                return None
        try:
            saved = self._write(episode)
        except StoreError as exc:
            if episode.id is not None and self._gone(episode.id):
                self.failed.emit(localized(exc))
                return None
            self._queue(episode)
            self._wait(localized(exc))
            return None
        self.changed.emit()
        return saved

    def retry(self) -> None:
        """Try the waiting episodes again (the timer calls it every few seconds)."""
        if not self._pending:
            self.retry_timer.stop()
            return
        if self._store is None:
            if self._open_failed and not self._opening and self._night_cutover_hour is not None:
                self.open_in_background(self._night_cutover_hour)
            return
        self._flush_and_say()

    def _flush_and_say(self) -> None:
        saved, finished = self._flush()
        if saved:
            self.changed.emit()
        if finished:
            self.caught_up.emit(finished)

    def _write(self, episode: Episode) -> Episode:
        from crampwise.storage.store import CrampAlreadyRunningError

        assert self._store is not None
        try:
            saved = self._store.update(episode) if episode.id else self._store.add(episode)
        except CrampAlreadyRunningError as exc:
            return exc.running  # one cramp at a time: the one going on (the CLI's) is this one
        if (notice := self._store.take_notice()) is not None:
            self.failed.emit(localized(notice))
        if self._cache is not None:
            self._cache.saved(saved)
        return saved

    def _gone(self, episode_id: int) -> bool:
        """Whether the diary reads fine but no longer holds ``episode_id`` (deleted meanwhile)."""
        from crampwise.storage.schema import StoreError

        assert self._store is not None
        try:
            return self._store.get(episode_id) is None
        except StoreError:
            return False

    def _queue(self, episode: Episode) -> None:
        """Keep ``episode`` in memory: in place of an earlier version of it, else last."""
        for i, queued in enumerate(self._pending):
            if queued is episode or (episode.id is not None and queued.id == episode.id):
                self._pending[i] = episode
                break
        else:
            self._pending.append(episode)
        if not self.retry_timer.isActive():
            self.retry_timer.start()
        self.unsaved_changed.emit()

    def _wait(self, reason: str) -> None:
        """The diary refused the waiting episodes for ``reason``: say so, try again later."""
        changed = reason != self._problem
        self._problem = reason
        if not self.retry_timer.isActive():
            self.retry_timer.start()
        if changed:
            self.unsaved_changed.emit()

    def _flush(self) -> tuple[int, int]:
        """Save the waiting episodes, oldest first, up to the first refusal.

        Returns how many were saved, and how many of those were finished cramps.
        """
        from crampwise.storage.schema import StoreError

        count = finished = 0
        while self._pending and self._store is not None:
            episode = self._pending[0]
            try:
                saved = self._write(episode)
            except StoreError as exc:
                self._wait(localized(exc))
                break
            self._pending.pop(0)
            count += 1
            finished += saved.ended_at is not None
            self.pending_committed.emit(episode, saved)
        if not self._pending:
            self._problem = ""
            self.retry_timer.stop()
        if count:
            self.unsaved_changed.emit()
        return count, finished

    def episodes(self) -> list[Episode]:
        """Every episode, newest first, from memory (reread if another process changed them)."""
        return self._cache.episodes() if self._cache is not None else []

    def replace_pending(self, old: Episode, new: Episode) -> bool:
        """Change an episode still waiting for the store (e.g. ended before the store opened)."""
        for i, queued in enumerate(self._pending):
            if queued is old:
                self._pending[i] = new
                self.unsaved_changed.emit()
                return True
        return False

    def save_profile(self, profile: HealthProfile) -> bool:
        from crampwise.storage.schema import StoreError

        if self._store is None:
            self.failed.emit(self.tr("The diary is not open yet: try again in a moment."))
            return False
        try:
            self._store.save_profile(profile)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return False
        self.profile_changed.emit()
        return True

    def restore(self, episode: Episode) -> Episode | None:
        """Put a deleted episode back with its own id (undo)."""
        from crampwise.storage.schema import StoreError

        if self._store is None:
            return None
        try:
            restored = self._store.add(episode)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return None
        if self._cache is not None:
            self._cache.saved(restored)
        self.changed.emit()
        return restored

    def delete(self, episode_id: int) -> Episode | None:
        from crampwise.storage.schema import StoreError

        if self._store is None:
            return None
        try:
            removed = self._store.delete(episode_id)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return None
        if self._cache is not None:
            self._cache.deleted(episode_id)
        self.changed.emit()
        return removed

    # --- reading and writing beyond episodes (raise StoreError where the store does) ---------

    def profile(self) -> HealthProfile | None:
        """The saved health profile; ``None`` while the diary is not open."""
        return None if self._store is None else self._store.profile()

    def episode_facts(self, today: date) -> EpisodeFacts | None:
        """What the advice needs from the episodes; ``None`` while the diary is not open."""
        return None if self._store is None else self._store.episode_facts(today)

    def ongoing(self) -> list[Episode]:
        """Episodes never marked as over, newest first (none while the diary is not open)."""
        return [] if self._store is None else self._store.ongoing()

    def custom_plans(self, library: Mapping[str, ReliefStep]) -> CustomPlanList | None:
        """The person's plans (unreadable ones listed apart); ``None`` while not open."""
        from crampwise.relief.custom import list_custom_plans

        return None if self._store is None else list_custom_plans(self._store, library)

    def save_custom_plan(
        self, row_id: int | None, plan: ReliefPlan, library: Mapping[str, ReliefStep]
    ) -> int:
        """Validate and store a plan (a new one when ``row_id`` is None); returns its row id.
        Raises ``PlanValidationError`` (nothing written) or ``StoreError``."""
        from crampwise.relief.custom import save_custom_plan

        saved = save_custom_plan(self._open_store(), row_id, plan, library)
        self.changed.emit()  # the backup timer counts plan changes too
        return saved

    def delete_custom_plan(self, row_id: int) -> None:
        from crampwise.relief.custom import delete_custom_plan

        delete_custom_plan(self._open_store(), row_id)
        self.changed.emit()

    def export_to(self, path: Path) -> int:
        """Write the diary to ``path`` (CSV for a ``.csv`` file, else JSON); returns how many
        episodes. Safe off the UI thread. Raises ``ExchangeError``, ``StoreError``, ``OSError``."""
        from crampwise.service import export_diary

        return export_diary(self._open_store(), path)

    def import_from(self, path: Path) -> tuple[ImportReport, Message | None]:
        """Add what the diary lacks from the export at ``path``, with the command line's backup
        before; returns the report and a warning if the backup after failed. Safe off the UI
        thread: ``changed`` and ``profile_changed`` follow on the UI thread. Raises
        ``ExchangeError``, ``StoreError``, ``OSError`` (then nothing was imported)."""
        from crampwise.service import import_with_backup

        imported = import_with_backup(self._open_store(), path)
        self._imported.emit()
        return imported

    def _on_imported(self) -> None:
        self.changed.emit()
        self.profile_changed.emit()

    def report_data(
        self,
        start: date,
        end: date,
        today: date,
        *,
        episodes: Sequence[Episode] | None = None,
        profile: HealthProfile | None = None,
    ) -> ReportData | None:
        """What the report shows for nights ``start`` to ``end`` (``episodes`` and ``profile``
        when already read); ``None`` while the diary is not open."""
        from crampwise.service import report_data

        if self._store is None:
            return None
        return report_data(self._store, start, end, today, episodes=episodes, profile=profile)

    def _open_store(self) -> EpisodeStore:
        from crampwise.storage.schema import StoreError

        if self._store is None:
            raise StoreError(self.tr("The diary is not open yet: try again in a moment."))
        return self._store

    def detach(self) -> None:
        """Stop using the store without closing it (whoever attached it closes it)."""
        self._store = None
        self._cache = None

    def _after_change(self) -> None:
        self._unbacked_changes = True
        if time.monotonic() - self._last_backup >= BACKUP_EVERY_S:
            self.backup_now()

    def backup_now(self) -> None:
        from crampwise.storage.schema import StoreError

        if self._store is None or not self._unbacked_changes:
            return
        try:
            self._store.backup()
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return
        self._last_backup = time.monotonic()
        self._unbacked_changes = False

    def close(self) -> None:
        """Close the store. Episodes still waiting are dropped: ask the person first."""
        self.retry_timer.stop()
        if self._store is not None:
            self.backup_now()
            self._store.close()
            self._store = None
            self._cache = None


def _lowercase_start(sentence: str) -> str:
    """ "The folder is read-only." → "the folder is read-only.", to follow a colon; a word
    in capitals ("SQLite") or a path is left as it is."""
    if len(sentence) > 1 and sentence[0].isupper() and sentence[1].islower():
        return sentence[0].lower() + sentence[1:]
    return sentence


def _warm(cache: EpisodeCache) -> None:
    try:
        cache.episodes()
    except Exception:
        return
