"""A diary that cannot open or refuses a write: the window never says "Saved" for an entry it
did not save, keeps it on screen, saves it when the diary takes it, and never drops it on
closing without asking."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crampwise import paths
from crampwise.desktop_integration.tray import QUITTING_PROPERTY, request_quit
from crampwise.domain.episode import Episode, local_now
from crampwise.exchange import import_file
from crampwise.settings import Settings
from crampwise.storage.schema import StoreError, store_says
from crampwise.storage.store import EpisodeStore
from crampwise.ui import unsaved
from crampwise.ui.app import build_window
from crampwise.ui.diary import Diary
from crampwise.ui.mainwindow import MainWindow

READ_ONLY = "The diary's folder is read-only, so nothing can be saved there."


class Refusing:
    """Makes a real store refuse every write (as on a read-only folder) until ``fixed``."""

    def __init__(self, store: EpisodeStore, monkeypatch: pytest.MonkeyPatch) -> None:
        self.broken = True
        for name in ("add", "update"):
            real = getattr(store, name)
            monkeypatch.setattr(store, name, self._guard(real))

    def _guard(self, real: Callable[[Episode], Episode]) -> Callable[[Episode], Episode]:
        def write(episode: Episode) -> Episode:
            if self.broken:
                raise StoreError(store_says(READ_ONLY))
            return real(episode)

        return write

    def fix(self) -> None:
        self.broken = False


def _window(qtbot: QtBot) -> tuple[MainWindow, Diary]:
    win, diary = build_window(Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.focus_cramp_button()
    diary.retry_timer.setInterval(20)  # every few seconds in the app; quicker here
    return win, diary


def _press(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key)  # type: ignore[no-untyped-call]


def _cramp_and_over(qtbot: QtBot, win: MainWindow) -> None:
    _press(qtbot, win.tonight.cramp_button, Qt.Key.Key_Space)
    assert win.tonight.state == "running"
    qtbot.mouseClick(win.tonight.over_button, Qt.MouseButton.LeftButton)  # type: ignore[no-untyped-call]


@pytest.fixture
def refusing(
    qtbot: QtBot, store: EpisodeStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[MainWindow, Diary, Refusing]:
    refusal = Refusing(store, monkeypatch)
    win, diary = _window(qtbot)
    diary.attach(store)
    return win, diary, refusal


def test_a_refused_write_says_not_saved_and_keeps_the_cramp_on_screen(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing], store: EpisodeStore
) -> None:
    win, diary, refusal = refusing
    _cramp_and_over(qtbot, win)
    message = win.statusBar().currentMessage()
    assert message.startswith("Not saved yet: the diary's folder is read-only"), message
    assert "Saved" not in message
    assert win.tonight.state == "details"  # the cramp is on screen, its details can be added
    assert store.episodes() == []
    (kept,) = diary.unsaved
    assert kept.ended_at is not None and kept.id is None
    assert win.unsaved_banner.isVisible()
    banner = win.unsaved_banner.label.text()
    assert banner.startswith("Not saved yet: the diary's folder is read-only")
    assert "Kept on this screen: 1 cramp (" in banner
    # "Later": back to Cramp now, the banner still says what is kept.
    win.tonight.form.skip_button.click()
    assert win.tonight.state == "idle" and win.unsaved_banner.isVisible()
    assert win.statusBar().currentMessage().startswith("Not saved yet:")

    # The diary takes writes again: the retry saves it, the banner goes, the message updates.
    refusal.fix()
    qtbot.waitUntil(lambda: len(store.episodes()) == 1, timeout=5000)
    (saved,) = store.episodes()
    assert (saved.started_at, saved.ended_at) == (kept.started_at, kept.ended_at)
    assert diary.unsaved == [] and not diary.retry_timer.isActive()
    assert not win.unsaved_banner.isVisible()
    assert win.statusBar().currentMessage() == "Saved now: 1 cramp that had been waiting."


def test_every_new_write_tries_the_waiting_ones_first(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing], store: EpisodeStore
) -> None:
    win, diary, refusal = refusing
    diary.retry_timer.setInterval(60 * 60 * 1000)  # only the write itself retries here
    _cramp_and_over(qtbot, win)
    win.tonight.form.skip_button.click()
    refusal.fix()
    _cramp_and_over(qtbot, win)  # the second cramp saves the first one too, in order
    first, second = sorted(store.episodes(), key=lambda e: e.started_at)
    assert first.started_at < second.started_at
    assert diary.unsaved == []
    assert win.statusBar().currentMessage().startswith("Saved: a cramp of")


def test_details_of_a_refused_cramp_are_kept_with_it(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing], store: EpisodeStore
) -> None:
    win, diary, refusal = refusing
    _cramp_and_over(qtbot, win)
    form = win.tonight.form
    form.note_edit.setPlainText("woke at 3")
    form.save_button.click()
    assert win.tonight.state == "idle"
    assert win.statusBar().currentMessage().startswith("Not saved yet:")
    (kept,) = diary.unsaved
    assert kept.note == "woke at 3"
    refusal.fix()
    qtbot.waitUntil(lambda: len(store.episodes()) == 1, timeout=5000)
    assert store.episodes()[0].note == "woke at 3"


def test_a_diary_that_cannot_open_keeps_the_cramp_and_saves_it_once_it_opens(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = EpisodeStore.open
    attempts: list[int] = []

    def failing_open(*args: object, **kwargs: object) -> EpisodeStore:
        attempts.append(1)
        raise StoreError(store_says(READ_ONLY))

    monkeypatch.setattr(EpisodeStore, "open", failing_open)
    win, diary = _window(qtbot)
    with qtbot.waitSignal(diary.failed, timeout=5000):
        diary.open_in_background(4)
    assert not diary.retry_timer.isActive()  # nothing waits: no retrying
    _cramp_and_over(qtbot, win)
    message = win.statusBar().currentMessage()
    assert message.startswith("Not saved yet: the diary's folder is read-only"), message
    assert win.unsaved_banner.isVisible()
    qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=5000)  # it keeps trying
    monkeypatch.setattr(EpisodeStore, "open", real_open)
    with qtbot.waitSignal(diary.ready, timeout=5000):
        pass
    assert not win.error_label.isVisible()  # "could not be opened" is over
    assert not win.unsaved_banner.isVisible()
    assert win.statusBar().currentMessage() == "Saved now: 1 cramp that had been waiting."
    (saved,) = diary.episodes()
    assert saved.ended_at is not None
    win.close()


def test_a_data_folder_that_cannot_be_made_then_can(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real failure, even as root: the data folder's parent is a file."""
    blocker = tmp_path / "blocker"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(blocker / "data"))
    win, diary = _window(qtbot)
    with qtbot.waitSignal(diary.failed, timeout=10000):
        diary.open_in_background(4)
    _cramp_and_over(qtbot, win)
    assert win.statusBar().currentMessage().startswith("Not saved yet:")
    assert "Saved" not in win.statusBar().currentMessage()
    blocker.unlink()
    blocker.mkdir()  # the folder can be made now
    qtbot.waitUntil(lambda: diary.is_ready and not diary.unsaved, timeout=20000)
    assert len(diary.episodes()) == 1
    win.close()


# --- closing with entries not saved ---------------------------------------------------


def test_closing_with_unsaved_cramps_asks_and_keep_open_keeps_them(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing]
) -> None:
    win, diary, _refusal = refusing
    _cramp_and_over(qtbot, win)
    asked: list[str] = []

    def keep(window: QWidget, shown: Diary, problem: str) -> str:
        asked.append(shown.not_saved_text())
        return unsaved.KEEP_OPEN

    win.ask_unsaved = keep
    assert win.close() is False
    assert asked and asked[0].startswith("Not saved yet:")
    assert win.isVisible() and len(diary.unsaved) == 1
    # The tray's (and the menu's) Quit asks the same, and does not quit on "keep open".
    asked.clear()
    request_quit(win)
    app = QApplication.instance()
    assert asked and win.isVisible() and app is not None
    assert not app.property(QUITTING_PROPERTY)


def test_export_unsaved_entries_writes_a_file_that_imports_back(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing], tmp_path: Path
) -> None:
    win, diary, _refusal = refusing
    _cramp_and_over(qtbot, win)
    (kept,) = diary.unsaved
    choices = iter([unsaved.EXPORT, unsaved.EXPORT])
    problems: list[str] = []

    def ask(window: QWidget, shown: Diary, problem: str) -> str:
        problems.append(problem)
        return next(choices)

    paths_given = iter([str(tmp_path / "missing" / "x.json"), str(tmp_path / "unsaved")])
    win.ask_unsaved = ask
    win.ask_unsaved_path = lambda window, suggested: next(paths_given)
    assert win.close() is True
    # The first folder did not exist: said, and asked again; the second one worked.
    assert problems[0] == "" and problems[1].startswith("Export failed:")
    written = tmp_path / "unsaved.json"
    doc = json.loads(written.read_text(encoding="utf-8"))
    assert doc["format"] == "crampwise" and len(doc["episodes"]) == 1
    # Diary → Import takes it back, as it was.
    other = EpisodeStore.open(tmp_path / "elsewhere" / "crampwise.sqlite3")
    try:
        import_file(other, written)
        (back,) = other.episodes()
        assert (back.started_at, back.ended_at) == (kept.started_at, kept.ended_at)
    finally:
        other.close()


def test_close_anyway_is_a_choice_the_person_makes(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing]
) -> None:
    win, _diary, _refusal = refusing
    _cramp_and_over(qtbot, win)
    asked: list[int] = []

    def lose(window: QWidget, shown: Diary, problem: str) -> str:
        asked.append(len(shown.unsaved))
        return unsaved.CLOSE_ANYWAY

    win.ask_unsaved = lose
    assert win.close() is True
    assert asked == [1]


def test_nothing_waiting_closes_without_a_question(
    qtbot: QtBot, window: MainWindow, store: EpisodeStore
) -> None:
    window.ask_unsaved = lambda *_: pytest.fail("asked with nothing to lose")
    window.tonight.start_cramp()
    window.tonight.end_cramp()
    assert window.close() is True


def test_the_close_question_says_what_is_lost_and_keeps_open_by_default(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing]
) -> None:
    win, diary, _refusal = refusing
    _cramp_and_over(qtbot, win)
    box = unsaved.UnsavedQuestion(win, diary)
    qtbot.addWidget(box)
    assert box.text() == ("1 cramp could not be saved to your diary yet.\n" + READ_ONLY)
    assert "they are lost" in box.informativeText()
    assert "Diary → Import" in box.informativeText()
    choices = {b.text(): b.property("choice") for b in box.buttons()}
    assert choices == {
        "Keep Crampwise open": unsaved.KEEP_OPEN,
        "Export unsaved entries…": unsaved.EXPORT,
        "Close and lose them": unsaved.CLOSE_ANYWAY,
    }
    default = box.defaultButton()
    assert default is not None and default.property("choice") == unsaved.KEEP_OPEN


def test_a_cramp_now_before_the_diary_opens_is_not_called_saved(
    qtbot: QtBot, store: EpisodeStore
) -> None:
    win, diary = _window(qtbot)
    _cramp_and_over(qtbot, win)
    assert win.statusBar().currentMessage() == "Not saved yet: the diary is still opening."
    assert not win.unsaved_banner.isVisible()  # an ordinary start: no alarm
    diary.attach(store)
    assert len(store.episodes()) == 1
    assert win.statusBar().currentMessage() == "Saved now: 1 cramp that had been waiting."


def test_history_edit_refused_is_kept_and_said(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing], store: EpisodeStore
) -> None:
    win, diary, refusal = refusing
    refusal.fix()
    start = local_now().replace(microsecond=0)
    stored = store.add(Episode(started_at=start, ended_at=start))
    diary.changed.emit()
    refusal.broken = True
    win.go_to("history")
    win.history.reload()
    win.history.select_episode(stored.id)
    dialog = win.history.edit_selected()
    assert dialog is not None
    dialog.form.note_edit.setPlainText("edited")
    dialog.form.save_button.click()
    assert not dialog.isVisible()
    assert win.statusBar().currentMessage().startswith("Not saved yet:")
    (kept,) = diary.unsaved
    assert kept.id == stored.id and kept.note == "edited"
    refusal.fix()
    qtbot.waitUntil(lambda: not diary.unsaved, timeout=5000)
    again = store.get(stored.id or 0)
    assert again is not None and again.note == "edited"


def test_restarting_for_a_new_language_asks_first(
    qtbot: QtBot, refusing: tuple[MainWindow, Diary, Refusing]
) -> None:
    win, _diary, _refusal = refusing
    _cramp_and_over(qtbot, win)
    relaunched: list[bool] = []
    win.relaunch = lambda: relaunched.append(True)
    win.ask_unsaved = lambda *_: unsaved.KEEP_OPEN
    win.restart_button.click()
    assert relaunched == []
    win.ask_unsaved = lambda *_: unsaved.CLOSE_ANYWAY
    win.restart_button.click()
    assert relaunched == [True]
