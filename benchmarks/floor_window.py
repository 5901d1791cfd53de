"""The start-up floor: a bare PySide6 QMainWindow of the app's size that quits on its first paint.

Run by bench_startup.py exactly like ``crampwise --exit-when-ready`` (same interpreter, offscreen).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _FirstPaint(QObject):
    def __init__(self, window: QMainWindow, app: QApplication) -> None:
        super().__init__(window)
        self._app = app
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("floor")
    window.resize(1040, 740)  # MainWindow's size
    _FirstPaint(window, app)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
