"""The ways to the evening check-in and to its routine tick: the routine played to its end ticks
tonight's "routine done"; the tray menu and the bedtime reminder open the check-in, and during an
experiment the reminder says which week it is."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration import tray as tray_mod
from crampwise.desktop_integration import wiring
from crampwise.storage.store import EpisodeStore
from crampwise.ui.checkin import CheckInDialog, current_night
from crampwise.ui.mainwindow import MainWindow
from crampwise.ui.prevention import PreventionPage


@dataclass(frozen=True)
class Settings:
    keep_in_tray: bool = False
    reminder_enabled: bool = False
    reminder_time: str = "21:30"


def play_routine(qtbot: QtBot, window: MainWindow, *, to_the_end: bool) -> PreventionPage:
    window.go_to("prevention")
    page = window.page("prevention")
    assert isinstance(page, PreventionPage)
    qtbot.mouseClick(page.routine_button, Qt.MouseButton.LeftButton)
    assert page.player is not None
    if not to_the_end:
        qtbot.keyClick(page.player, Qt.Key.Key_Escape)
    for _ in range(100):  # → moves to the next step; after the last one the routine is done
        if page.player is None:
            break
        qtbot.keyClick(page.player, Qt.Key.Key_Right)
    assert page.player is None
    return page


def test_the_routine_played_to_its_end_ticks_tonights_check_in(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    play_routine(qtbot, window, to_the_end=True)
    saved = store.checkin(current_night())
    assert saved is not None and saved.routine_done
    assert saved.status is None and saved.factors == frozenset()


def test_a_routine_stopped_early_is_not_counted(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    play_routine(qtbot, window, to_the_end=False)
    assert store.checkin(current_night()) is None


def open_checkins(window: MainWindow) -> list[CheckInDialog]:
    return [d for d in window.findChildren(CheckInDialog) if d.isVisible()]


# Showing a tray icon on the offscreen platform (which has none) warns about this signal.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_the_tray_menu_opens_the_evening_check_in(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_mod, "tray_available", lambda: True)
    desktop = wiring.DesktopIntegration(window, Settings())
    assert desktop.tray is not None and desktop.tray.checkin_action is not None
    assert desktop.tray.checkin_action.text() == "Evening check-in…"
    desktop.tray.checkin_action.trigger()
    qtbot.waitUntil(lambda: len(open_checkins(window)) == 1)
    assert open_checkins(window)[0].night == current_night()
    desktop.shutdown()


def test_the_reminders_check_in_action_opens_it(qtbot: QtBot, window: MainWindow) -> None:
    desktop = wiring.DesktopIntegration(window, Settings())
    desktop.notifier._sent = 7  # the reminder sent as notification 7
    desktop.notifier._on_action("(uint32 7, 'checkin')")
    qtbot.waitUntil(lambda: len(open_checkins(window)) == 1)
    desktop.shutdown()


def test_during_an_experiment_the_reminder_says_which_week(
    window: MainWindow, store: EpisodeStore
) -> None:
    desktop = wiring.DesktopIntegration(window, Settings())
    assert desktop.reminder_text() == "Time for your evening stretches?"
    started = window.diary.nights.start_experiment("warm_socks", 4, today=current_night())
    arm = started.status_on(current_night()).state
    text = desktop.reminder_text()
    assert text.startswith("Time for your evening stretches?\n")
    assert f"Week 1 of 4: an “{arm}” week." in text
    desktop.shutdown()
