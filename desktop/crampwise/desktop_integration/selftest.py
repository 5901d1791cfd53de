"""``crampwise --self-test``: start the real window on a throw-away diary and use it once.

Meant for a freshly built bundle (``dist/crampwise/crampwise --self-test``) and for CI: it
proves the assets, the Alembic migrations, Qt's plugins and the store all made it in. Each
check prints one line as it passes; the first failure prints the reason and the exit status is
non-zero. Nothing touches the person's own diary: the data directory is a temporary folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from crampwise.desktop_integration import preflight

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from crampwise.storage.store import EpisodeStore
    from crampwise.ui.mainwindow import MainWindow

PLAYER_RUN_MS = 1000


class SelfTestError(Exception):
    """A check failed; the message says which and why."""


def _ok(text: str) -> None:
    print(f"ok   {text}", flush=True)


def _check(condition: object, failure: str) -> None:
    if not condition:
        raise SelfTestError(failure)


@contextmanager
def _collect_slot_errors() -> Iterator[list[str]]:
    """Exceptions raised inside Qt slots only print; gather them so the test can fail."""
    errors: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        errors.append("".join(traceback.format_exception(kind, exc, tb)).rstrip())

    sys.excepthook = hook
    try:
        yield errors
    finally:
        sys.excepthook = previous


def _choose_platform() -> None:
    if not preflight.has_screen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _spin(milliseconds: int) -> None:
    """Run the event loop for ``milliseconds`` (timers, repaints) without sleeping."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def check_assets() -> None:
    from crampwise import paths

    root = paths.assets_dir()
    _check(root.is_dir(), f"assets folder missing: {root}")
    for name in ("plans", "illustrations", "advice"):
        folder = root / name
        if name in ("plans", "illustrations") or folder.exists():
            _check(folder.is_dir() and any(folder.iterdir()), f"assets/{name} missing or empty")
    _ok(f"assets found at {root}")
    icons = root / "icons"
    if icons.is_dir():
        from PySide6.QtSvg import QSvgRenderer

        svg = icons / "crampwise.svg"
        _check(QSvgRenderer(str(svg)).isValid(), f"the app icon {svg} does not render")
        _ok("app icon renders (QtSvg works)")


def check_qt_modules() -> None:
    """The Qt modules the app imports; QtMultimedia may fail without libpulse (no sound)."""
    import importlib

    for name in ("PySide6.QtSvg", "PySide6.QtPrintSupport", "PySide6.QtNetwork"):
        importlib.import_module(name)
    _ok("QtSvg, QtPrintSupport, QtNetwork import")
    for name in ("PySide6.QtCharts", "PySide6.QtTextToSpeech", "PySide6.QtMultimedia"):
        try:
            importlib.import_module(name)
        except ImportError as exc:
            if name.endswith("QtCharts"):
                raise SelfTestError(f"{name} does not import: {exc}") from exc
            print(f"note {name} is not available ({exc}); the app works without it")
        else:
            _ok(f"{name.removeprefix('PySide6.')} imports")


def _player_progress(player: Any) -> Callable[[], tuple[object, ...]]:
    def snapshot() -> tuple[object, ...]:
        state = getattr(player, "state", None)
        if callable(state):
            state = state()
        return (
            getattr(state, "step_index", None),
            getattr(state, "phase", None),
            getattr(state, "remaining_seconds", None),
        )

    return snapshot


def _run(data_dir: Path) -> None:
    from crampwise import paths

    paths.set_data_dir(data_dir)
    check_assets()
    app = _start_qt()

    from crampwise.settings import Settings
    from crampwise.storage.store import EpisodeStore
    from crampwise.ui.app import build_window

    # As at a real start: the first screen is shown, then the rest of the window is built.
    window, diary = build_window(Settings(), first_screen_only=True)
    window.show()
    _spin(50)
    _ok("first screen shown")
    window.complete()
    window.fill_menus()
    _spin(50)
    _ok("main window completed")

    store = EpisodeStore.open()
    diary.attach(store)
    _check(diary.is_ready, "the diary did not accept the store")
    _ok(f"diary opened and migrated in {data_dir}")

    try:
        _visit_pages(app, window)
        _press_cramp_now_and_over(window, store)
    finally:
        window.close()
        diary.close()
        window.deleteLater()
        _spin(0)


def _start_qt() -> QApplication:
    """The application as a real start makes it, with the Qt modules and sound checked."""
    from PySide6.QtWidgets import QApplication

    from crampwise.ui.theme import application

    running = QApplication.instance()
    _check(
        running is None or isinstance(running, QApplication),
        "a QCoreApplication already runs: no window possible",
    )
    from crampwise.ui.audio import quiet_qt_output, sound_problem

    quiet_qt_output()  # as at a real start
    app = application([sys.argv[0] if sys.argv else "crampwise"])
    _ok(f"Qt {QApplication.platformName()} platform started")
    check_qt_modules()
    if problem := sound_problem():
        print(f"note sounds are unavailable on this computer: {problem}", flush=True)
    else:
        _ok("sounds can play")
    return app


def _visit_pages(app: QApplication, window: MainWindow) -> None:
    """Every page is built on its first visit and paints, as when a person opens it."""
    pages = window.pages
    for index in range(pages.count()):
        window.go_to(index)
        app.processEvents()
        page = pages.currentWidget()
        _check(page is not None, f"page {index} is missing")
        assert page is not None
        _check(type(page).__name__ != "QWidget", f"page {index} was not built")
        image = page.grab()
        _check(not image.isNull(), f"page {index} ({type(page).__name__}) did not paint")
        _ok(f"page {index + 1}/{pages.count()} shown: {type(page).__name__}")
    window.go_to(0)


def _press_cramp_now_and_over(window: MainWindow, store: EpisodeStore) -> None:
    """Cramp now plays the plan; It's over stores one finished episode."""
    tonight = window.tonight
    tonight.start_cramp()
    _check(tonight.state == "running", f"Cramp now left the page {tonight.state!r}")
    _ok("Cramp now pressed")
    player = getattr(tonight, "player", None)
    if player is not None:
        snapshot = _player_progress(player)
        before = snapshot()
        _spin(PLAYER_RUN_MS)
        after = snapshot()
        _check(before != after, f"the relief player did not move in 1 s ({after})")
        _ok(f"relief player ran for {PLAYER_RUN_MS / 1000:g} s")
    tonight.end_cramp()
    _spin(50)
    episodes = store.episodes()
    _check(len(episodes) == 1, f"expected 1 stored episode, found {len(episodes)}")
    _check(episodes[0].ended_at is not None, "the stored episode has no end")
    _ok(f"It's over pressed: episode stored ({episodes[0].duration})")


def run_self_test() -> int:
    """Run every check; 0 if all passed, 1 (and the reason on stderr) otherwise."""
    _choose_platform()
    from crampwise import paths

    previous_override = paths._data_dir_override
    with (
        tempfile.TemporaryDirectory(prefix="crampwise-selftest-") as tmp,
        _collect_slot_errors() as slot_errors,
    ):
        try:
            _run(Path(tmp) / "data")
            if slot_errors:
                raise SelfTestError("an error was raised inside Qt:\n" + slot_errors[0])
        except SelfTestError as exc:
            print(f"FAIL {exc}", file=sys.stderr, flush=True)
            return 1
        except Exception:
            print("FAIL unexpected error:", file=sys.stderr)
            traceback.print_exc()
            return 1
        finally:
            paths.set_data_dir(previous_override)
    print("self-test passed", flush=True)
    return 0
