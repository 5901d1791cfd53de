"""The relief player's countdown: a large ring that empties as a hold or rest runs out."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from crampwise.ui.theme import Theme


class CountdownRing(QWidget):
    """A large ring that empties as the phase runs out, with the whole seconds in the middle."""

    def __init__(self, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = theme
        self._fraction = 0.0
        self._seconds = 0
        self._caption = ""
        self._dimmed = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_theme(self, theme: Theme) -> None:
        self._theme = theme
        self.update()

    @property
    def fraction(self) -> float:
        """How much of the ring is drawn (1 = full)."""
        return self._fraction

    def set_value(self, fraction: float, seconds: int, caption: str, *, dimmed: bool) -> None:
        fraction = max(0.0, min(1.0, fraction))
        if (fraction, seconds, caption, dimmed) == (
            self._fraction,
            self._seconds,
            self._caption,
            self._dimmed,
        ):
            return
        self._fraction, self._seconds, self._caption, self._dimmed = (
            fraction,
            seconds,
            caption,
            dimmed,
        )
        self.update()

    @property
    def seconds(self) -> int:
        return self._seconds

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def paintEvent(self, _event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        pen_w = max(8.0, side * 0.07)
        rect = QRectF(
            (self.width() - side) / 2 + pen_w / 2,
            (self.height() - side) / 2 + pen_w / 2,
            side - pen_w,
            side - pen_w,
        )
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        track = QPen(QColor(self._theme.border), pen_w)
        p.setPen(track)
        p.drawEllipse(rect)
        if self._fraction > 0:
            colour = QColor(self._theme.muted_text if self._dimmed else self._theme.accent)
            arc = QPen(colour, pen_w)
            arc.setCapStyle(Qt.PenCapStyle.RoundCap)
            p.setPen(arc)
            # Qt angles: 1/16 degree, counter-clockwise from 3 o'clock. Start at 12, go clockwise.
            p.drawArc(rect, 90 * 16, -round(self._fraction * 360 * 16))
        font = QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.3)))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(self._theme.text))
        number = QRectF(
            rect.x(), rect.y() + rect.height() * 0.12, rect.width(), rect.height() * 0.6
        )
        p.drawText(number, Qt.AlignmentFlag.AlignCenter, str(self._seconds))
        if self._caption:
            small = QFont(self.font())
            small.setPixelSize(max(10, int(side * 0.085)))
            p.setFont(small)
            p.setPen(QColor(self._theme.muted_text))
            below = QRectF(rect.x(), rect.y() + rect.height() * 0.66, rect.width(), side * 0.12)
            p.drawText(below, Qt.AlignmentFlag.AlignCenter, self._caption)
        p.end()
