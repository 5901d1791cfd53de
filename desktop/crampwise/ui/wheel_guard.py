"""The mouse wheel scrolls pages; it changes a value only in the field being edited.

Qt lets the wheel change any spin box, date field or drop-down under the pointer, and even
gives it the focus: scrolling the details sheet past "Minutes to fall asleep again" changed it.
One filter on the application fixes that everywhere: such a field takes the focus by click or
Tab only, and while it does not have the focus the wheel scrolls whatever holds it instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox

_GUARDED = (QAbstractSpinBox, QComboBox)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if isinstance(watched, _GUARDED) and not watched.hasFocus():
                event.ignore()  # not for this field: Qt hands it on to the page around it
                return True
        elif (
            kind == QEvent.Type.Polish
            and isinstance(watched, _GUARDED)
            and watched.focusPolicy() == Qt.FocusPolicy.WheelFocus
        ):
            watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return False


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` once; returns it (it lives as long as the application)."""
    found = app.findChild(WheelGuard)
    if isinstance(found, WheelGuard):
        return found
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
