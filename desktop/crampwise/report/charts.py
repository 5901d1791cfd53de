"""The charts of Insights and of the report: one QtCharts code path, in any colours.

Insights shows them in the theme's colours (:class:`ChartColours`); the report paints the
same charts in print colours (:data:`PRINT`) with :func:`chart_image`. Charts never animate.
QtCharts needs a ``QApplication``.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from html import escape
from typing import Any, NamedTuple

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene

from crampwise.domain.patterns import WeekCount, night_hour_order, rebin
from crampwise.i18n import translate
from crampwise.wording import day_month, month_text

MAX_WEEK_BARS = 26


class ChartColours(NamedTuple):
    """The colours a chart is drawn in (``#rrggbb``); Insights takes them from the theme."""

    text: str
    muted_text: str
    surface: str
    border: str
    accent: str
    danger: str


# Dark ink on white paper, one blue for the bars and a red for the medicine markers.
PRINT = ChartColours(*["#1d1b19", "#5a544e", "#ffffff", "#c9c2ba", "#1f5fa8", "#b3261e"])


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


def themed_chart(title: str, colours: ChartColours) -> QChart:

    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPointSizeF(font.pointSizeF() * 1.1)
    font.setBold(True)
    chart.setTitleFont(font)
    chart.setTitleBrush(QColor(colours.text))
    chart.setBackgroundBrush(QColor(colours.surface))
    chart.setBackgroundPen(QPen(QColor(colours.border), 1))
    chart.setBackgroundRoundness(8)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(6, 6, 14, 6))  # room for the last x label
    chart.legend().setVisible(False)
    return chart


def style_axis(axis: QAbstractAxis, colours: ChartColours) -> None:
    axis.setLabelsColor(QColor(colours.text))
    axis.setTitleBrush(QColor(colours.muted_text))
    axis.setLinePenColor(QColor(colours.border))
    grid = QColor(colours.border)
    grid.setAlpha(140)
    axis.setGridLineColor(grid)
    axis.setShadesVisible(False)


def small_labels(axis: QAbstractAxis) -> None:
    """Category labels are clipped to their slot: a slightly smaller font keeps '23 Mar' whole."""
    font = QFont(axis.labelsFont())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
    axis.setLabelsFont(font)


def value_axis(low: float, high: float, colours: ChartColours, title: str = "") -> Any:

    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat("%d")
    if title:
        axis.setTitleText(title)
    style_axis(axis, colours)
    return axis


def nice_top(peak: float) -> tuple[float, int]:
    """A round upper bound and a tick count giving whole-number ticks."""
    step = nice_step(peak, 4)
    ticks = max(1, -int(-peak // step)) if peak > 0 else 1
    return step * ticks, ticks + 1


def wrapped(text: str, width: int = 24) -> str:
    """``text`` on lines of about ``width`` characters (rich text when it takes several).

    QtCharts cuts a category label wider than the room its axis gets ("…pour le confo..."),
    but not one that is taller: long step names wrap instead.
    """
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "<br/>".join(escape(line) for line in lines) if len(lines) > 1 else text


def spread_axis(labels: Sequence[str]) -> Any:
    """An x axis for one slot per bar whose labels are never cut short.

    ``QBarCategoryAxis`` cuts each label to the width of its own bar ("21 Se…"), blank
    neighbours or not. Here a label (only every few bars have one) spreads half-way to the
    labels beside it, centred on its bar; those at the ends lean inwards a little.
    """

    n = len(labels)
    shown = [i for i, text in enumerate(labels) if text]
    axis = QCategoryAxis()
    axis.setRange(-0.5, n - 0.5)
    axis.setStartValue(-0.5)
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionCenter)
    axis.setGridLineVisible(False)
    edge, blanks = -0.5, 0
    for k, i in enumerate(shown):
        low = (shown[k - 1] + i) / 2 if k else -0.5
        high = (i + shown[k + 1]) / 2 if k + 1 < len(shown) else n - 0.5
        if k and k + 1 < len(shown):  # inside: centred on its bar
            half = min(i - low, high - i)
            low, high = i - half, i + half
        if low > edge + 1e-9:
            blanks += 1
            axis.append("\u200b" * blanks, low)  # categories need distinct, here invisible, names
        axis.append(labels[i], high)
        edge = high
    if edge < n - 0.5 - 1e-9:
        axis.append("\u200b" * (blanks + 1), n - 0.5)
    return axis


def bar_chart(
    title: str,
    values: Sequence[float],
    labels: Sequence[str],
    y_title: str,
    colours: ChartColours,
    *,
    spread: bool = False,
) -> tuple[QChart, Any, Any]:
    """Bars with their values on top. ``spread``: few labels among many bars (weeks): each
    label may be wider than its bar (see :func:`spread_axis`)."""

    chart = themed_chart(title, colours)
    bars = _bar_set(translate("Insights", "Episodes"), values, colours)
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    if len(values) <= 26:
        series.setLabelsVisible(True)
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(2)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(_unique(labels))
    style_axis(axis_x, colours)
    axis_x.setGridLineVisible(False)
    small_labels(axis_x)
    top, ticks = nice_top(max(values, default=0) * 1.12)
    axis_y = value_axis(0, top, colours, y_title)
    axis_y.setTickCount(ticks)
    if top != int(top) or top < ticks - 1:
        axis_y.setLabelFormat("%.1f")
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    if spread:  # the bars keep their axis; the words go on one that can spread them
        axis_x.setLabelsVisible(False)
        words = spread_axis(labels)
        style_axis(words, colours)
        words.setGridLineVisible(False)
        small_labels(words)
        chart.addAxis(words, Qt.AlignmentFlag.AlignBottom)
    return chart, series, axis_y


def hbar_chart(
    title: str,
    rows: Sequence[tuple[str, float]],
    value_title: str,
    colours: ChartColours,
    fixed_max: float | None = None,
) -> QChart:

    chart = themed_chart(title, colours)
    ordered = list(reversed(rows))  # the first row on top
    bars = _bar_set(value_title, [v for _label, v in ordered], colours)
    series = QHorizontalBarSeries()
    series.append(bars)
    series.setBarWidth(0.65)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
    series.setLabelsFormat("@value" + ("%" if value_title == "%" else ""))
    chart.addSeries(series)
    axis_y = QBarCategoryAxis()
    axis_y.append(_unique([wrapped(label) for label, _v in ordered]))
    style_axis(axis_y, colours)
    axis_y.setGridLineVisible(False)
    peak = max((v for _l, v in rows), default=0)
    top, ticks = (fixed_max, 6) if fixed_max else nice_top(peak * 1.15)
    axis_x = value_axis(0, top, colours)
    axis_x.setTickCount(ticks)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis_y)
    series.attachAxis(axis_x)
    return chart


def _bar_set(name: str, values: Sequence[float], colours: ChartColours) -> QBarSet:
    """The bars, in the accent colour, their values written in the text colour."""
    bars = QBarSet(name)
    bars.append([float(v) for v in values])
    bars.setColor(QColor(colours.accent))
    bars.setBorderColor(QColor(colours.accent))
    bars.setLabelColor(QColor(colours.text))
    return bars


def _unique(labels: Sequence[str]) -> list[str]:
    """QBarCategoryAxis needs distinct categories; blank ones get distinct invisible text."""
    return [text or "\u200b" * (i + 1) for i, text in enumerate(labels)]


def add_markers(
    chart: QChart,
    bars: QBarSeries,
    axis_y: QValueAxis,
    markers: Sequence[tuple[float, str]],
    slots: int,
    colours: ChartColours,
) -> None:
    """Dashed vertical lines at ``(x, name)`` (in bar slots: 0 is the middle of the first bar),
    named in a legend below the chart; those outside the bars are left out."""
    shown = [(x, name) for x, name in markers if -0.5 <= x <= slots - 0.5]
    if not shown:
        return
    hidden_x = QValueAxis()
    hidden_x.setRange(-0.5, slots - 0.5)
    hidden_x.setVisible(False)
    chart.addAxis(hidden_x, Qt.AlignmentFlag.AlignTop)
    for x, name in shown:
        line = QLineSeries()
        line.setName(name)
        line.append(x, 0)
        line.append(x, axis_y.max())
        line.setPen(QPen(QColor(colours.danger), 2.5, Qt.PenStyle.DashLine))
        chart.addSeries(line)
        line.attachAxis(hidden_x)
        line.attachAxis(axis_y)
    legend = chart.legend()
    legend.setVisible(True)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setLabelColor(QColor(colours.text))
    for marker in legend.markers(bars):
        marker.setVisible(False)


def chart_image(chart: QChart, width: int, height: int, scale: float = 2.0) -> QImage:
    """``chart`` laid out at ``width`` x ``height`` and painted onto an image ``scale`` times as
    large (sharp on paper). The chart is consumed: it belongs to a scene that is then dropped."""
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor(chart.backgroundBrush().color()))
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.setGeometry(QRectF(0, 0, width, height))
    chart.setBackgroundRoundness(0)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scene.render(painter, QRectF(image.rect()), QRectF(0, 0, width, height))
    finally:
        painter.end()
    scene.removeItem(chart)
    chart.deleteLater()
    return image


# --- the two charts Insights and the report share -------------------------------------------


def weeks_chart(
    weeks: Sequence[WeekCount],
    changes: Sequence[tuple[date, str]],
    *,
    title: str,
    colours: ChartColours,
    x_title: str = "",
    max_bars: int = MAX_WEEK_BARS,
) -> QChart:
    """Episodes per week (grouped when there are many weeks), with a dashed line on each day
    of ``changes`` (a medicine started or stopped) named in the legend."""
    values, labels, y_title = week_bars(weeks, max_bars)
    chart, series, axis_y = bar_chart(title, values, labels, y_title, colours, spread=True)
    if x_title:
        chart.axes(Qt.Orientation.Horizontal)[-1].setTitleText(x_title)
    markers = [(marker_position(weeks, on, max_bars), name) for on, name in changes]
    add_markers(chart, series, axis_y, markers, len(values), colours)
    return chart


def hours_chart(
    hours: Sequence[int], cutover_hour: int, *, title: str, y_title: str, colours: ChartColours
) -> QChart:
    """Episodes by the hour they began, in night order."""
    values, labels = hour_bars(hours, cutover_hour)
    chart, _series, _axis_y = bar_chart(title, values, labels, y_title, colours)
    return chart


def week_bars(
    weeks: Sequence[WeekCount], max_bars: int = MAX_WEEK_BARS
) -> tuple[list[float], list[str], str]:
    """Bar heights, short x labels and the y-axis title for weekly counts.

    Weeks are grouped into bins when there are more than ``max_bars``; the bars then show the
    average per week and the labels name the year (long diaries) or the month.
    """
    bins = rebin(weeks, max_bars)
    if not bins or bins[-1].weeks == 1:
        every = max(1, -(-len(bins) // 8))
        labels = [
            day_month(b.start) if (len(bins) - 1 - i) % every == 0 else ""
            for i, b in enumerate(bins)
        ]
        return [float(b.episodes) for b in bins], labels, translate("Report", "Episodes")
    values = [b.per_week for b in bins]
    y_title = translate("Report", "Per week (avg)")
    labels = []
    long_span = sum(b.weeks for b in bins) > 104
    previous = ""
    for i, b in enumerate(bins):
        text = str(b.start.year) if long_span else month_text(b.start)
        labels.append(text if text != previous and (long_span or i % 2 == 0) else "")
        previous = text
    return values, labels, y_title


def marker_position(weeks: Sequence[WeekCount], on: date, max_bars: int = MAX_WEEK_BARS) -> float:
    """Where ``on`` falls in bar slots (0 = middle of the first bar); may be outside the chart."""
    if not weeks:
        return -1
    bins = rebin(weeks, max_bars)
    first = bins[0].start
    size = bins[-1].weeks
    offset = bins[0].weeks - size  # the oldest bin may be short
    days = (on - first).days - offset * 7
    return days / (7 * size) - 0.5


def hour_bars(hours: Sequence[int], cutover_hour: int = 12) -> tuple[list[float], list[str]]:
    """Counts in night order, trimmed to 18:00–11:00 unless cramps fall outside it."""
    order = list(night_hour_order(cutover_hour))
    used = [i for i, h in enumerate(order) if hours[h]]
    lo = min([order.index(18), *used])
    hi = max([order.index(11), *used])
    shown = order[lo : hi + 1]
    return [float(hours[h]) for h in shown], [f"{h:02d}" for h in shown]
