"""The window and the command line agree: one cramp at a time."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


def test_cramp_now_while_the_clis_cramp_runs_shows_that_cramp(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, data_dir: Path
) -> None:
    # `crampwise log --ongoing` from a terminal, after the window opened.
    cli_store = EpisodeStore.open(data_dir / "crampwise.sqlite3")
    running = cli_store.add(Episode(started_at=local_now() - timedelta(minutes=1)))
    cli_store.close()

    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)

    assert [e.id for e in store.ongoing()] == [running.id]  # no second cramp
    assert window.tonight.state == "running"
    assert window.tonight.current is not None and window.tonight.current.id == running.id
    assert window.tonight.elapsed_label.text().startswith("1:")
