from __future__ import annotations

import os

# Without a display Qt aborts the whole run instead of failing a test.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own data directory; none touches the person's real diary."""
    from crampwise import paths

    data = tmp_path / "data"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(data))
    paths.set_data_dir(None)
    yield data
    paths.set_data_dir(None)


@pytest.fixture
def data_dir(_private_data_dir: Path) -> Path:
    return _private_data_dir


@pytest.fixture(autouse=True)
def _english(qapp: object) -> None:
    """Each test starts in English with the app's catalogues, as ``run_gui`` sets them up."""
    from PySide6.QtCore import QCoreApplication

    from crampwise import i18n

    app = QCoreApplication.instance()
    assert app is not None
    i18n.install(app, "en")
