from __future__ import annotations

import os

# Without a display Qt aborts the whole run instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from crampwise.storage.store import EpisodeStore
    from crampwise.ui.mainwindow import MainWindow


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data directory; none touches the person's real diary."""
    from crampwise import paths

    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    paths.set_data_dir(None)
    yield data
    paths.set_data_dir(None)


@pytest.fixture(autouse=True)
def _no_modal_close_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A window closed with entries not saved yet asks in a modal dialog, which would wait
    forever in a test: there the answer is "close" (tests of the question set their own)."""
    from crampwise.ui import unsaved

    monkeypatch.setattr(unsaved, "ask_about_unsaved", lambda *_: unsaved.CLOSE_ANYWAY)


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


@pytest.fixture(autouse=True)
def _english(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts in English with the app's catalogues, as ``run_gui`` sets them up;
    the command line speaks English too, whatever this computer's language."""
    from PySide6.QtCore import QCoreApplication

    from crampwise import i18n
    from crampwise.cli import text as cli_text

    app = QCoreApplication.instance()
    assert app is not None
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    i18n.set_override(None)
    cli_text.speak("en")


@pytest.fixture
def store(data_dir: Path) -> Iterator[EpisodeStore]:
    """A real store in the test's own data directory."""
    from crampwise.storage.store import EpisodeStore

    opened = EpisodeStore.open()
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, store: EpisodeStore) -> MainWindow:
    """The main window in the night theme on ``store``, focus on Cramp now as at start-up."""
    from PySide6.QtWidgets import QApplication

    from crampwise.settings import Settings
    from crampwise.ui.app import build_window
    from crampwise.ui.theme import NIGHT, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, NIGHT)
    win, diary = build_window(Settings(theme="night"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    diary.attach(store)
    win.focus_cramp_button()  # as run_gui does
    return win


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    """The test application is created like the app's: in the Fusion style the theme expects."""
    from crampwise.ui.theme import STYLE_ARGS

    return ["crampwise-tests", *STYLE_ARGS]
