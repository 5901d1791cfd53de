"""A process that keeps the diary open the way the window does, driven line by line on stdin.

    python tests/storage/diary_process.py store DATA_DIR    # the store and its cache, no Qt
    python tests/storage/diary_process.py window DATA_DIR   # the real window, offscreen

Commands (one a line): ``add`` (a finished cramp; prints ``committed ID``), ``burst N``
(N adds, one line each), ``delete ID`` (prints ``deleted ID``), ``ids`` (prints ``ids`` and
the ids the process sees, newest first). ``ready`` is printed once the diary is open.
Used by tests/storage/test_shared_diary.py.
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from crampwise import paths
from crampwise.domain.episode import Episode, local_now


class Driver(Protocol):
    def add(self) -> int: ...
    def delete(self, ident: int) -> None: ...
    def ids(self) -> list[int]: ...


def say(*words: object) -> None:
    print(*words, flush=True)


def obey(driver: Driver, line: str) -> None:
    cmd, *rest = line.split()
    if cmd == "add":
        say("committed", driver.add())
    elif cmd == "burst":
        for _ in range(int(rest[0])):
            say("committed", driver.add())
    elif cmd == "delete":
        driver.delete(int(rest[0]))
        say("deleted", rest[0])
    elif cmd == "ids":
        say("ids", *driver.ids())


_count = 0


def past_episode() -> Episode:
    """Each a minute apart, ending in the past: never a running cramp."""
    global _count
    _count += 1
    start = local_now() - timedelta(days=2, minutes=_count)
    return Episode(started_at=start, ended_at=start + timedelta(seconds=40), note="window")


class StoreDriver:
    def __init__(self) -> None:
        from crampwise.storage.cache import EpisodeCache
        from crampwise.storage.store import EpisodeStore

        self.store = EpisodeStore.open()
        self.cache = EpisodeCache(self.store)
        self.cache.episodes()

    def add(self) -> int:
        saved = self.store.add(past_episode())
        self.cache.saved(saved)
        assert saved.id is not None
        return saved.id

    def delete(self, ident: int) -> None:
        self.store.delete(ident)
        self.cache.deleted(ident)

    def ids(self) -> list[int]:
        return [e.id for e in self.cache.episodes() if e.id is not None]


def run_store() -> None:
    driver = StoreDriver()
    say("ready")
    for line in sys.stdin:
        obey(driver, line)


def run_window() -> None:
    from PySide6.QtCore import QSocketNotifier
    from PySide6.QtWidgets import QApplication

    from crampwise.settings import load_settings
    from crampwise.ui.app import build_window

    app = QApplication(sys.argv[:1])
    settings = load_settings()
    window, diary = build_window(settings)
    window.show()

    class WindowDriver:
        def add(self) -> int:
            saved = diary.save(past_episode())  # what the form's Save does
            assert saved is not None and saved.id is not None
            return saved.id

        def delete(self, ident: int) -> None:
            assert diary.delete(ident) is not None

        def ids(self) -> list[int]:
            return [e.id for e in diary.episodes() if e.id is not None]

    driver = WindowDriver()
    stdin = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)

    def on_line() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        obey(driver, line)

    stdin.activated.connect(on_line)
    diary.ready.connect(lambda: say("ready"))
    diary.failed.connect(lambda text: say("failed", text))
    diary.open_in_background(settings.night_cutover_hour)
    app.exec()


if __name__ == "__main__":
    kind, data = sys.argv[1], Path(sys.argv[2])
    paths.set_data_dir(data)
    run_window() if kind == "window" else run_store()
