"""The tray icon's menu and closing the window to the tray."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMainWindow
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration import tray as tray_mod
from crampwise.desktop_integration.tray import CrampTray, close_to_tray, create_tray


def _tray(calls: list[str]) -> CrampTray:
    return CrampTray(
        on_cramp_now=lambda: calls.append("cramp"),
        on_evening_routine=lambda: calls.append("evening"),
        on_open=lambda: calls.append("open"),
        on_quit=lambda: calls.append("quit"),
    )


def test_menu_actions_call_back(qtbot: QtBot) -> None:
    calls: list[str] = []
    tray = _tray(calls)
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert texts == ["Cramp now", "Evening routine", "Open Crampwise", "Quit"]
    for action in (tray.cramp_action, tray.evening_action, tray.open_action, tray.quit_action):
        action.trigger()
    assert calls == ["cramp", "evening", "open", "quit"]
    tray.activated.emit(CrampTray.ActivationReason.Trigger)
    assert calls[-1] == "open"
    assert not tray.icon().isNull()  # the app icon from assets/icons


def test_no_tray_without_a_system_tray(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_mod, "tray_available", lambda: False)
    assert (
        create_tray(on_cramp_now=print, on_evening_routine=print, on_open=print, on_quit=print)
        is None
    )


def test_close_to_tray_only_when_wanted(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    tray = _tray([])
    # Offscreen there is no tray, so pretend it is visible.
    tray.isVisible = lambda: True  # type: ignore[method-assign]
    event = QCloseEvent()
    assert close_to_tray(window, event, False, tray) is False
    assert close_to_tray(window, QCloseEvent(), True, None) is False
    event = QCloseEvent()
    assert close_to_tray(window, event, True, tray) is True
    assert not event.isAccepted() and not window.isVisible() and tray.notice_shown
    app = QApplication.instance()
    assert app is not None
    app.setProperty(tray_mod.QUITTING_PROPERTY, True)
    try:
        assert close_to_tray(window, QCloseEvent(), True, tray) is False
    finally:
        app.setProperty(tray_mod.QUITTING_PROPERTY, False)
