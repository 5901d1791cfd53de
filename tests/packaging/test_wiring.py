"""The integration object wired to a stand-in main window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration import tray as tray_mod
from crampwise.desktop_integration import wiring
from crampwise.desktop_integration.single_instance import SingleInstance


@dataclass(frozen=True)
class FakeSettings:
    keep_in_tray: bool = True
    reminder_enabled: bool = True
    reminder_time: str = "22:15"


class FakeTonight:
    state = "idle"

    def __init__(self) -> None:
        self.started = 0

    def start_cramp(self) -> None:
        self.started += 1
        self.state = "running"


class FakeWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.tonight = FakeTonight()
        self.rows: list[int] = []
        self.evenings = 0

    def go_to(self, row: int) -> None:
        self.rows.append(row)

    def start_evening_routine(self) -> None:
        self.evenings += 1


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    run = tmp_path / "run"
    run.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(run))
    return run


# Showing a tray icon on the offscreen platform (which has none) warns about this signal.
@pytest.mark.qt_log_ignore("systemTrayWindowChanged")
def test_second_start_hands_over_cramp_now(
    qtbot: QtBot, runtime: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_mod, "tray_available", lambda: True)
    first = wiring.claim_single_instance()
    assert first is not None and first.listening
    window = FakeWindow()
    qtbot.addWidget(window)
    desktop = wiring.DesktopIntegration(window, FakeSettings(), first)
    assert desktop.tray is not None and desktop.keep_in_tray
    assert desktop.reminder.enabled and desktop.reminder.at.hour == 22
    app = QApplication.instance()
    assert isinstance(app, QApplication) and not app.quitOnLastWindowClosed()

    with qtbot.waitSignal(first.activated, timeout=5000):
        assert wiring.claim_single_instance(wiring.MESSAGE_CRAMP_NOW) is None
    assert window.tonight.started == 1 and window.rows == [0] and window.isVisible()

    desktop.tray.evening_action.trigger()
    assert window.evenings == 1
    desktop.apply_settings(FakeSettings(keep_in_tray=False, reminder_enabled=False))
    assert not desktop.reminder.enabled and app.quitOnLastWindowClosed()
    desktop.shutdown()
    assert not first.listening


class ReminderWindow(FakeWindow):
    def __init__(self) -> None:
        super().__init__()
        self.pages: list[int | str] = []
        self.statuses: list[str] = []

    def go_to(self, row: int | str) -> None:  # type: ignore[override]
        self.pages.append(row)

    def show_status(self, text: str) -> None:
        self.statuses.append(text)


def test_without_tray_or_notifications_the_reminder_brings_the_window_to_the_front(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tray_mod, "tray_available", lambda: False)
    monkeypatch.setattr(wiring.DesktopNotifier, "available", lambda self: False)
    window = ReminderWindow()
    qtbot.addWidget(window)
    desktop = wiring.DesktopIntegration(window, FakeSettings(), SingleInstance("unused"))
    assert desktop.tray is None and desktop.reminder.enabled  # no tray: still reminded
    assert desktop.problems() == [
        "This desktop has no system tray: Crampwise cannot keep running there.",
        "No notification service: the bedtime reminder brings the Crampwise window to the "
        "front instead.",
    ]
    assert not window.isVisible()
    desktop.reminder.due.emit()
    assert window.isVisible() and window.pages == ["prevention"]
    assert window.statuses == ["Time for your evening stretches?"]
    desktop.shutdown()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(True)
