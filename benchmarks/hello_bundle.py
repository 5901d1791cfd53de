"""The bundle floor's program: a bare QMainWindow that quits on its first paint (or prints a
version with ``--version``), frozen with the same PyInstaller settings as Crampwise."""

from __future__ import annotations

import sys


def main() -> int:
    if "--version" in sys.argv:
        print("hello 1")
        return 0
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1040, 740)

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                QTimer.singleShot(0, app.quit)
            return False

    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
