"""The first screen: painted before the rest of the window is built, and usable at once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crampwise.settings import Settings
from crampwise.storage.store import EpisodeStore
from crampwise.ui.app import build_window
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.theme import NIGHT, apply_theme


def _first_screen(qtbot: QtBot, **settings: object) -> MainWindow:
    """The window as ``run_gui`` shows it before its first paint, in the night theme."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NIGHT)
    window, _diary = build_window(Settings(**settings), first_screen_only=True)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.focus_cramp_button()
    qtbot.waitUntil(window.cramp_now.cramp_button.hasFocus)  # once the window is active
    return window


def _place(widget: QWidget, window: MainWindow) -> tuple[QPoint, int, int]:
    return widget.mapTo(window, QPoint(0, 0)), widget.width(), widget.height()


@pytest.mark.parametrize("notice_accepted", [False, True])
def test_completing_the_window_moves_nothing_on_the_first_screen(
    qtbot: QtBot, notice_accepted: bool
) -> None:
    window = _first_screen(qtbot, notice_accepted=notice_accepted)
    first = window.cramp_now
    shown = [first.cramp_button, first.hint, first.past_button]
    before = [_place(w, window) for w in shown]
    nav_space = window.findChild(QWidget, "navigation")
    assert nav_space is not None and nav_space.isVisible()
    nav_before = _place(nav_space, window)
    assert nav_before[1] >= 200
    assert not hasattr(window, "tonight")  # really only the first screen so far

    window.complete()
    qtbot.waitUntil(lambda: window.nav.isVisible())
    assert [_place(w, window) for w in shown] == before
    assert _place(window.nav, window) == nav_before
    assert window.tonight.cramp_button is first.cramp_button
    assert window.focusWidget() is first.cramp_button  # Space still means Cramp now
    window.complete()  # a second call changes nothing
    assert window.pages.count() == 7


def test_space_on_the_first_screen_starts_the_cramp_at_once(
    qtbot: QtBot, store: EpisodeStore
) -> None:
    window = _first_screen(qtbot, notice_accepted=True)
    window.diary.attach(store)
    qtbot.keyClick(window.cramp_now.cramp_button, Qt.Key.Key_Space)
    # The rest of the window was built in the same press, and the plan is running.
    assert window.tonight.state == "running"
    assert window.tonight.player is not None and window.tonight.player.isVisible()
    assert len(store.ongoing()) == 1
    # The menu items follow once the relief step is on screen.
    diary_menu = window.menuBar().actions()[0].menu()
    assert diary_menu is not None
    qtbot.waitUntil(lambda: len(diary_menu.actions()) > 0)
    # The next press of Enter ends it as usual (no second episode from the first screen).
    qtbot.keyClick(window.tonight.player, Qt.Key.Key_Return)
    assert store.ongoing() == []
    assert len(store.episodes()) == 1


def test_the_hint_under_cramp_now_is_centred_by_the_theme(qtbot: QtBot) -> None:
    window = _first_screen(qtbot)
    assert window.cramp_now.hint.alignment() == Qt.AlignmentFlag.AlignCenter


def test_the_first_screen_is_painted_before_the_domain_and_qt_flags_load(
    tmp_path: Path,
) -> None:
    """What costs start-up time (``benchmarks/README.md``) waits until after the first paint:
    the Tonight page, the domain, the store, the menu items, the other pages' builders, the
    content schema (msgspec), the night questions, and ``Qt``'s namespace (PySide builds ~90 enums
    on its first use)."""
    script = """
import json, sys
import PySide6.QtCore as core
from crampwise.launch import main
code = main(["--data-dir", sys.argv[1], "--exit-when-ready"])
later = ["crampwise.ui.tonight", "crampwise.domain.episode", "crampwise.storage.store",
         "sqlalchemy", "crampwise.ui.player", "crampwise.ui.window_menus",
         "crampwise.ui.window_pages", "msgspec", "crampwise.content",
         "crampwise.ui.morning_question", "crampwise.ui.checkin"]
print(json.dumps({"code": code, "qt_namespace": "Qt" in vars(core),
                  "loaded": [name for name in later if name in sys.modules]}))
"""
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report == {"code": 0, "qt_namespace": False, "loaded": []}


def test_a_window_built_complete_shows_no_trace_of_the_first_screen_placeholder(
    qtbot: QtBot,
) -> None:
    window, _diary = build_window(Settings(theme="night"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = [w for w in window.findChildren(QWidget, "navigation") if w.isVisible()]
    assert shown == [window.nav]  # the placeholder is gone before the event loop runs
