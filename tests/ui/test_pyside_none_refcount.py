"""A long relief plan must not crash: Qt calls must not leak references to ``None``.

PySide6 6.12.0 on Python 3.11 dropped one reference to ``None`` per call of a Qt method that
returns nothing; a running relief player makes ~270 such calls a second and the interpreter
aborted after about two minutes. Python 3.12+ makes ``None`` immortal, so this only bites 3.11.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_void_qt_calls_keep_none_alive(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("Hold")
        label.update()
    after = sys.getrefcount(None)
    assert before - after < 100  # a leak loses 4000 here; noise is a handful
