"""How long a cramp lasted is written one way everywhere: "2 min 48 s", "33 s"."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


def _two(store: EpisodeStore) -> None:
    start = local_now() - timedelta(hours=2)
    store.add(Episode(started_at=start, ended_at=start + timedelta(seconds=168)))
    later = start + timedelta(minutes=30)
    store.add(Episode(started_at=later, ended_at=later + timedelta(seconds=32.6)))


def test_history_the_sheet_and_the_report_write_the_same_durations(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    from crampwise.report.document import _episode_rows

    _two(store)
    window.diary.changed.emit()
    window.go_to("history")
    history = window.history
    history.reload()
    assert [history.model.index(r, 2).data() for r in range(2)] == ["33 s", "2 min 48 s"]
    history.view.selectRow(1)
    dialog = history.edit_selected()
    assert dialog is not None
    assert dialog.form.duration_spin.text() == "2 min 48 s"  # not "3 min"
    qtbot.mouseClick(dialog.form.save_button, Qt.MouseButton.LeftButton)
    assert store.episodes()[1].duration == timedelta(seconds=168)  # saved untouched
    rows = _episode_rows(store.episodes(), with_year=False)
    assert ">2 min 48 s<" in rows and ">33 s<" in rows


def test_the_command_line_lists_the_same_durations(
    capsys: pytest.CaptureFixture[str], store: EpisodeStore
) -> None:
    from crampwise.cli import main

    _two(store)
    store.close()
    capsys.readouterr()
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert "2 min 48 s" in out and " 33 s " in out
    assert "0 min" not in out and " 3 min " not in out
