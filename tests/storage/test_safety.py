"""Never lose an entry: busy stores, full or read-only disks, clocks, Unicode, network."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, event

import crampwise.storage.opening as opening
from crampwise import paths
from crampwise.domain.episode import Episode, local_now
from crampwise.storage import StoreError
from crampwise.storage.store import EpisodeStore
from crampwise.ui.mainwindow import MainWindow


def _limit_writes(store: EpisodeStore, pragma: str) -> Callable[[], None]:
    """Make every new connection of ``store`` behave like a full or read-only disk; returns
    what gives the disk its room (or its write access) back."""
    store.engine.dispose()

    def _limit(dbapi_conn: Any, _record: Any) -> None:
        if pragma == "full":
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")
        else:
            dbapi_conn.execute("PRAGMA query_only=ON")

    event.listen(store.engine, "connect", _limit)

    def lift() -> None:
        event.remove(store.engine, "connect", _limit)
        store.engine.dispose()

    return lift


# --- busy stores ---------------------------------------------------------------------------


def test_a_store_locked_by_another_writer_gives_a_plain_message(
    store: EpisodeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "BUSY_TIMEOUT_S", 0.2)
    other = EpisodeStore.open(store.path)  # e.g. the CLI while the window is open
    blocker = sqlite3.connect(store.path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        other.engine.dispose()
        with pytest.raises(StoreError, match="busy in another window or command"):
            fast = EpisodeStore(
                create_engine(f"sqlite:///{store.path}", connect_args={"timeout": 0.2})
            )
            fast.add(Episode(started_at=local_now()))
    finally:
        blocker.rollback()
        blocker.close()
        other.close()
    # Once the other writer is done, writing works again and nothing was corrupted.
    store.add(Episode(started_at=local_now()))
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_window_and_the_cli_write_at_once_without_loss(store: EpisodeStore) -> None:
    cli = subprocess.Popen(
        [sys.executable, "-c", (
            "import sys; from crampwise.cli import main\n"
            "for i in range(15):\n"
            "    at = f'2026-11-{i + 1:02d} 03:00'\n"
            "    assert main(['log', '--duration', '1m', '--at', at]) == 0"
        )],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    for i in range(40):  # finished cramps: only one may be running at a time
        begun = local_now() - timedelta(hours=1, minutes=i)
        store.add(Episode(started_at=begun, ended_at=begun + timedelta(minutes=1), note="window"))
    _out, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err
    assert "locked" not in err
    notes = [e.note for e in store.episodes()]
    assert notes.count("window") == 40 and len(notes) == 55


# --- full and read-only disks --------------------------------------------------------------


@pytest.mark.parametrize(("limit", "message"), [("full", "disk is full"), ("ro", "read-only")])
def test_a_full_or_read_only_disk_keeps_the_entry_until_it_can_be_saved(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, limit: str, message: str
) -> None:
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    tonight.end_cramp()
    assert tonight.state == "details"
    lift = _limit_writes(store, limit)
    # A long note (16 kB of emoji) needs new pages, which a full disk cannot give.
    note = "Woke at 3, left calf. " + "🦶" * 3900
    tonight.form.note_edit.setPlainText(note)
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    # Never "saved": said, and everything typed is kept, on screen and in memory.
    assert window.statusBar().currentMessage().startswith("Not saved yet:")
    assert message in window.unsaved_banner.label.text()
    (kept,) = window.diary.unsaved
    assert kept.note == note and kept.id is not None
    # Room again (or write access): the entry is saved by itself.
    lift()
    window.diary.retry_timer.setInterval(20)
    qtbot.waitUntil(lambda: not window.diary.unsaved, timeout=5000)
    saved = store.get(kept.id)
    assert saved is not None and saved.note == note
    assert not window.unsaved_banner.isVisible()


def test_cramp_now_on_a_read_only_disk_still_times_the_cramp(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    _limit_writes(store, "ro")
    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    assert window.tonight.state == "running"
    assert "read-only" in window.unsaved_banner.label.text()


# --- time ----------------------------------------------------------------------------------


def test_an_episode_across_the_night_the_clocks_go_back_has_its_true_duration() -> None:
    paris = ZoneInfo("Europe/Paris")
    # 26 Oct 2025: at 03:00 CEST the clocks went back to 02:00 CET.
    start = datetime(2025, 10, 26, 2, 50, tzinfo=paris, fold=0)  # CEST, first 02:50
    end = datetime(2025, 10, 26, 2, 5, tzinfo=paris, fold=1)  # CET, after the change
    episode = Episode(started_at=start.astimezone(), ended_at=end.astimezone()).validated()
    assert episode.duration == timedelta(minutes=15)


def test_across_the_spring_change_and_after_travel_the_wall_clock_is_kept(
    store: EpisodeStore,
) -> None:
    new_york = ZoneInfo("America/New_York")
    start = datetime(2026, 3, 8, 1, 55, tzinfo=new_york)  # EST; at 02:00 it became 03:00 EDT
    end = datetime(2026, 3, 8, 3, 5, tzinfo=new_york)
    saved = store.add(Episode(started_at=start, ended_at=end))
    (back,) = store.episodes()
    assert back.duration == timedelta(minutes=10)
    # Read back anywhere: it still says 01:55 on the night of 7–8 March.
    assert (back.started_at.hour, back.started_at.minute) == (1, 55)
    assert back.night.isoformat() == "2026-03-07"
    assert back == saved


def test_a_clock_set_back_while_a_cramp_runs_gives_no_negative_duration(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    import crampwise.ui.tonight as tonight_module

    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    earlier = local_now() - timedelta(hours=1)
    monkeypatch.setattr(tonight_module, "local_now", lambda: earlier)
    window.tonight.end_cramp()
    (episode,) = store.episodes()
    assert episode.duration is not None and episode.duration >= timedelta(0)


# --- text ----------------------------------------------------------------------------------


def test_any_unicode_note_is_stored_and_shown_without_breaking_the_row(
    window: MainWindow, store: EpisodeStore
) -> None:
    note = "שלום 👣🦶 crampe très forte\n" + "مرحبا " * 400
    start = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)
    store.add(Episode(started_at=start, ended_at=start + timedelta(minutes=2), note=note))
    window.go_to("history")
    history = window.history
    assert store.episodes()[0].note == note
    shown = history.model.index(0, 8).data()
    assert "\n" not in shown and len(shown) <= 120
    assert history.view.rowHeight(0) == history.view.verticalHeader().defaultSectionSize()


# --- the network ---------------------------------------------------------------------------


def test_a_whole_night_opens_no_network_connection(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled by the test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    tonight = window.tonight
    qtbot.keyClick(tonight.cramp_button, Qt.Key.Key_Space)
    assert tonight.player is not None
    qtbot.keyClick(tonight.player, Qt.Key.Key_Right)
    qtbot.keyClick(tonight.player, Qt.Key.Key_Return)
    qtbot.mouseClick(tonight.form.save_button, Qt.MouseButton.LeftButton)
    for page in ("history", "prevention", "profile", "learn"):
        window.go_to(page)
    window.close()
    assert attempts == []
    assert len(store.episodes()) == 1


# --- backups from the window ----------------------------------------------------------------


def test_closing_the_window_backs_up_what_changed(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    from crampwise.storage import backup

    qtbot.keyClick(window.tonight.cramp_button, Qt.Key.Key_Space)
    window.tonight.end_cramp()
    assert backup.list_backups(store.path) == []
    window.close()
    (made,) = backup.list_backups(store.path)
    copy = EpisodeStore.open(made)
    assert len(copy.episodes()) == 1
    copy.close()


# --- start-up stays light --------------------------------------------------------------------


def test_alembic_is_not_imported_when_the_schema_is_already_at_head(data_dir: Path) -> None:
    EpisodeStore.open().close()
    code = (
        "import sys; from crampwise.storage.store import EpisodeStore\n"
        "EpisodeStore.open().close(); print('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr
    assert paths.database_path().exists()
