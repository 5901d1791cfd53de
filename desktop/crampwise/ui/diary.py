"""The window's handle on the store: queues what is done before the store is open.

The store opens after the first paint (SQLAlchemy costs ~3x Qt to import), so a "Cramp now"
pressed in that moment keeps its time stamp here and is committed as soon as the store is ready.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from crampwise.advice import HealthProfile
    from crampwise.domain.episode import Episode
    from crampwise.storage.cache import EpisodeCache
    from crampwise.storage.store import EpisodeStore
    from crampwise.text import Describable, Message


BACKUP_EVERY_S = 10 * 60  # after changes, at most this often (and at exit)


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
    _opened = Signal(object, str)  # store or None, error text; crosses from the opener thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store: EpisodeStore | None = None
        self._cache: EpisodeCache | None = None
        self._pending: list[Episode] = []
        self._opened.connect(self._on_opened)
        self._last_backup = time.monotonic()
        self._unbacked_changes = False
        self.changed.connect(self._after_change)

    @property
    def is_ready(self) -> bool:
        return self.store is not None

    def open_in_background(self, night_cutover_hour: int) -> None:
        """Import SQLAlchemy, migrate and open the store in a thread; ``ready`` when done."""

        def work() -> None:
            try:
                from crampwise.storage.store import EpisodeStore

                store = EpisodeStore.open(night_cutover_hour=night_cutover_hour)
            except Exception as exc:  # shown to the person; the app keeps running
                self._opened.emit(None, localized(exc))
            else:
                self._opened.emit(store, "")

        threading.Thread(target=work, name="crampwise-store-open", daemon=True).start()

    def attach(self, store: EpisodeStore) -> None:
        """Use an already open store (tests, the CLI's self-test)."""
        self._on_opened(store, "")

    def _on_opened(self, store: EpisodeStore | None, error: str) -> None:
        if store is None:
            self.failed.emit(self.tr("The diary could not be opened: {0}").format(error))
            return
        from crampwise.storage.cache import EpisodeCache

        self.store = store
        self._cache = EpisodeCache(store)
        # Warm the cache off the UI thread, so History and Insights open at once.
        threading.Thread(
            target=_warm, args=(self._cache,), name="crampwise-warm", daemon=True
        ).start()
        if store.recovery is not None:
            self.failed.emit(localized(store.recovery))
        if store.read_only:
            self.failed.emit(localized(store.read_only_message()))
        pending, self._pending = self._pending, []
        for episode in pending:
            saved = self.save(episode)
            if saved is not None:
                self.pending_committed.emit(episode, saved)
        self.ready.emit()
        if pending:
            self.changed.emit()

    def save(self, episode: Episode) -> Episode | None:
        """Commit ``episode`` (insert or update). Returns it saved, or ``None`` if queued/failed.

        Before the store is open the episode is queued with its time stamp intact.
        """
        from crampwise.storage.schema import StoreError

        if self.store is None:
            self._pending.append(episode)
            return None
        from crampwise.storage.store import CrampAlreadyRunningError

        try:
            saved = self.store.update(episode) if episode.id else self.store.add(episode)
        except CrampAlreadyRunningError as exc:
            return exc.running  # one cramp at a time: the one going on (the CLI's) is this one
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return None
        if (notice := self.store.take_notice()) is not None:
            self.failed.emit(localized(notice))
        if self._cache is not None:
            self._cache.saved(saved)
        self.changed.emit()
        return saved

    def episodes(self) -> list[Episode]:
        """Every episode, newest first, from memory (reread if another process changed them)."""
        return self._cache.episodes() if self._cache is not None else []

    def replace_pending(self, old: Episode, new: Episode) -> bool:
        """Change an episode still waiting for the store (e.g. ended before the store opened)."""
        for i, queued in enumerate(self._pending):
            if queued is old:
                self._pending[i] = new
                return True
        return False

    def save_profile(self, profile: HealthProfile) -> bool:
        from crampwise.storage.schema import StoreError

        if self.store is None:
            self.failed.emit(self.tr("The diary is not open yet: try again in a moment."))
            return False
        try:
            self.store.save_profile(profile)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return False
        self.profile_changed.emit()
        return True

    def restore(self, episode: Episode) -> Episode | None:
        """Put a deleted episode back with its own id (undo)."""
        from crampwise.storage.schema import StoreError

        if self.store is None:
            return None
        try:
            restored = self.store.add(episode)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return None
        if self._cache is not None:
            self._cache.saved(restored)
        self.changed.emit()
        return restored

    def delete(self, episode_id: int) -> Episode | None:
        from crampwise.storage.schema import StoreError

        if self.store is None:
            return None
        try:
            removed = self.store.delete(episode_id)
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return None
        if self._cache is not None:
            self._cache.deleted(episode_id)
        self.changed.emit()
        return removed

    def _after_change(self) -> None:
        self._unbacked_changes = True
        if time.monotonic() - self._last_backup >= BACKUP_EVERY_S:
            self.backup_now()

    def backup_now(self) -> None:
        from crampwise.storage.schema import StoreError

        if self.store is None or not self._unbacked_changes:
            return
        try:
            self.store.backup()
        except StoreError as exc:
            self.failed.emit(localized(exc))
            return
        self._last_backup = time.monotonic()
        self._unbacked_changes = False

    def close(self) -> None:
        if self.store is not None:
            self.backup_now()
            self.store.close()
            self.store = None
            self._cache = None


def _warm(cache: EpisodeCache) -> None:
    try:
        cache.episodes()
    except Exception:
        return
