"""Bar charts painted with QPainter onto a QImage, for the printed report.

Plain QtGui (no QtCharts, no widgets), so the CLI can write a report without a window.
Print colours: dark ink on white, one blue for bars and a red for medicine markers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen


@dataclass(frozen=True, slots=True)
class ChartStyle:
    background: str = "#ffffff"
    text: str = "#1d1b19"
    muted: str = "#5a544e"
    grid: str = "#dcd6ce"
    bar: str = "#1f5fa8"
    marker: str = "#b3261e"


PRINT_STYLE = ChartStyle()


@dataclass(frozen=True, slots=True)
class Marker:
    """A vertical line at ``x`` (in bar slots: 0 is the middle of the first bar)."""

    x: float
    label: str


def nice_step(top: float, max_ticks: int = 5) -> float:
    """A 1-2-5 step that divides 0..top into at most ``max_ticks`` intervals."""
    if top <= 0:
        return 1.0
    raw = top / max_ticks
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return max(1.0, factor * magnitude) if top >= 1 else factor * magnitude
    return 10 * magnitude


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 1e-9 else f"{value:.1f}"


def bar_chart(
    values: Sequence[float],
    labels: Sequence[str],
    *,
    title: str = "",
    y_title: str,
    markers: Sequence[Marker] = (),
    width: int = 1800,
    height: int = 560,
    style: ChartStyle = PRINT_STYLE,
    value_labels: bool = True,
) -> QImage:
    """Vertical bars with a y grid; ``labels`` may hold empty strings to thin the x axis."""
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(style.background))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(max(14, height // 18))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        line = metrics.height()
        title_h = 0.0
        if title:
            title_font = QFont(font)
            title_font.setPixelSize(round(font.pixelSize() * 1.35))
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(QColor(style.text))
            title_h = painter.fontMetrics().height() * 1.3
            painter.drawText(
                QRectF(0, 0, width, title_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                title,
            )
            painter.setFont(font)
        top_pad = title_h + line * (len(markers) + 1 if markers else 1) + 6
        plot = QRectF(
            metrics.horizontalAdvance("0000") + line * 1.6,
            top_pad,
            0,
            height - top_pad - line * 2.2,
        )
        plot.setRight(width - 20)

        peak = max(values, default=0)
        step = nice_step(peak)
        top = max(step, math.ceil(peak / step) * step)

        def y_at(v: float) -> float:
            return plot.bottom() - plot.height() * (v / top)

        # grid and y labels
        painter.setPen(QPen(QColor(style.grid), 2))
        tick = 0.0
        while tick <= top + 1e-9:
            y = y_at(tick)
            painter.setPen(QPen(QColor(style.grid), 2))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor(style.muted))
            painter.drawText(
                QRectF(0, y - line / 2, plot.left() - 10, line),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                _number(tick),
            )
            tick += step
        painter.save()
        painter.translate(line * 0.7, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -line / 2, plot.height(), line),
            Qt.AlignmentFlag.AlignCenter,
            y_title,
        )
        painter.restore()

        n = max(1, len(values))
        slot = plot.width() / n
        bar_w = max(1.0, slot * 0.72)
        for i, v in enumerate(values):
            x = plot.left() + slot * i + (slot - bar_w) / 2
            if v > 0:
                painter.fillRect(
                    QRectF(x, y_at(v), bar_w, plot.bottom() - y_at(v)), QColor(style.bar)
                )
                if value_labels and slot >= metrics.horizontalAdvance("000"):
                    painter.setPen(QColor(style.text))
                    painter.drawText(
                        QRectF(x - slot, y_at(v) - line, bar_w + 2 * slot, line),
                        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                        _number(v),
                    )
        painter.setPen(QColor(style.text))
        for i, text in enumerate(labels):
            if text:
                cx = plot.left() + slot * (i + 0.5)
                painter.drawText(
                    QRectF(cx - slot * 3, plot.bottom() + 6, slot * 6, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                    text,
                )
        painter.setPen(QPen(QColor(style.muted), 2))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())

        for row, marker in enumerate(markers):
            mx = plot.left() + slot * (marker.x + 0.5)
            pen = QPen(QColor(style.marker), 4, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            label_y = title_h + 4 + line * row
            painter.drawLine(QPointF(mx, label_y + line), QPointF(mx, plot.bottom()))
            painter.setPen(QColor(style.marker))
            text_w = metrics.horizontalAdvance(marker.label) + 10
            left = mx + 8 if mx + 8 + text_w < width else mx - 8 - text_w
            painter.drawText(
                QRectF(left, label_y, text_w, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                marker.label,
            )
    finally:
        painter.end()
    return image
