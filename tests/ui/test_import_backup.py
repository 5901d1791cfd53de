"""The window's import makes the same backup first that `crampwise import` makes."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from crampwise.domain.episode import Episode, local_now
from crampwise.storage.backup import list_backups
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


def test_the_windows_import_backs_up_the_diary_first(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, tmp_path: Path
) -> None:
    start = local_now() - timedelta(days=1)
    store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2), note="mine"))
    other = EpisodeStore.open(tmp_path / "other" / "crampwise.sqlite3")
    other.add(Episode(started_at=start, ended_at=start + timedelta(minutes=5), note="theirs"))
    from crampwise.exchange import export_json

    export_json(other, tmp_path / "theirs.json")
    other.close()

    actions = window.exchange
    actions.background = False
    actions.ask_import = lambda _parent, _suggested: str(tmp_path / "theirs.json")
    with qtbot.waitSignal(actions.finished):
        actions.import_diary()

    (made,) = list_backups(store.path)
    with sqlite3.connect(made) as conn:  # the diary as it was before the import
        assert conn.execute("SELECT note FROM episodes").fetchall() == [("mine",)]
    assert sorted(e.note for e in store.episodes()) == ["mine", "theirs"]
