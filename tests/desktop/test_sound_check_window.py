"""Settings → Test sounds… and the notes about what the desktop lacks, in the window."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crampwise.desktop_integration.sound_check import SoundCheckReport, run_sound_check
from crampwise.ui.mainwindow import MainWindow


def _action(window: MainWindow, text: str) -> object:
    options = window.menus.options
    return next(a for a in options.actions() if a.text() == text)


def test_test_sounds_in_the_settings_says_what_happened(qtbot: QtBot, window: MainWindow) -> None:
    window.set_option("muted", True)  # muted: the check plays nothing and says why
    box = window.menus.test_sounds()
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Warning
    assert "Sounds are muted in Crampwise" in box.text()
    assert "Nothing could be played" in box.text()
    assert _action(window, "Test sounds…") is not None


def test_the_report_names_what_worked_and_what_did_not() -> None:
    report = SoundCheckReport(played=["hold", "done"], failed=["switch"])
    lines = [m.english() for m in report.messages()]
    assert lines == ["Played the cues: hold, done.", "These cues did not play: switch."]
    assert report.anything_played
    zero = run_sound_check(0)
    assert [m.english() for m in zero.messages()] == [
        "The sound volume is set to 0, so nothing was played.",
        "Nothing could be played: you will hear no cues.",
    ]


def test_what_the_desktop_lacks_is_said_in_the_settings_menu(window: MainWindow) -> None:
    window.show_desktop_problems(["No notification service: …"])
    note = _action(window, "No notification service: …")
    assert not note.isEnabled()  # type: ignore[attr-defined]
    window.show_desktop_problems([])
    assert all(a.text() != "No notification service: …" for a in window.menus.options.actions())
