"""The charts of the Insights page, one widget each, drawn in the theme's colours.

The charts themselves come from :mod:`crampwise.report.charts`, which the report shares; each
widget here names its chart (``name``), titles it in the person's language and sizes it.
Charts never animate.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen

from crampwise.domain.limits import MAX_INTENSITY, MIN_INTENSITY
from crampwise.domain.patterns import Patterns, WeekCount, rebin
from crampwise.domain.vocab import Side
from crampwise.report.charts import (
    ChartColours,
    hbar_chart,
    hours_chart,
    small_labels,
    spread_axis,
    style_axis,
    themed_chart,
    value_axis,
    week_bars,
    weeks_chart,
)
from crampwise.ui.theme import Theme
from crampwise.wording import location_label, pattern_words, side_label, step_label

MAX_BARS = 16  # all-time weeks are grouped so labels stay readable in a half-screen chart
CHART_HEIGHT = 250
SMALL_CHART_HEIGHT = 210


def chart_colours(theme: Theme) -> ChartColours:
    return ChartColours(
        theme.text, theme.muted_text, theme.surface, theme.border, theme.accent, theme.danger
    )


class ChartPanel(QChartView):
    """One chart of the page; its accessible name is the chart's title."""

    name: ClassVar[str]

    def __init__(self, theme: Theme, height: int = CHART_HEIGHT) -> None:
        super().__init__()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(height)
        self.setStyleSheet(f"background: {theme.background}; border: none;")

    def show_chart(self, chart: QChart) -> None:
        self.setChart(chart)
        self.setAccessibleName(chart.title())


class WeeksChart(ChartPanel):
    """Episodes per week, with the days a medicine started or stopped."""

    name = "weeks"

    def __init__(
        self, pats: Patterns, weeks: Sequence[WeekCount], theme: Theme, *, all_time: bool
    ) -> None:
        super().__init__(theme)
        title = (
            self.tr("Episodes per week (all time)")
            if all_time
            else self.tr("Episodes per week (last 12 weeks)")
        )
        words = pattern_words()
        self.show_chart(
            weeks_chart(
                weeks,
                [(change.on, change.headline(words)) for change in pats.medications],
                title=title,
                colours=chart_colours(theme),
                x_title=self.tr("Week beginning"),
                max_bars=MAX_BARS,
            )
        )


class HoursChart(ChartPanel):
    """The hour each cramp began, in night order."""

    name = "hours"

    def __init__(self, pats: Patterns, cutover_hour: int, theme: Theme) -> None:
        super().__init__(theme)
        self.show_chart(
            hours_chart(
                pats.hours,
                cutover_hour,
                title=self.tr("Time of night (hour the cramp began)"),
                y_title=self.tr("Episodes"),
                colours=chart_colours(theme),
            )
        )


class IntensityChart(ChartPanel):
    """The weekly average intensity, 0 to 10."""

    name = "intensity"

    def __init__(self, weeks: Sequence[WeekCount], theme: Theme) -> None:
        super().__init__(theme, SMALL_CHART_HEIGHT)
        colours = chart_colours(theme)
        bins = rebin(weeks, MAX_BARS)
        _values, labels, _title = week_bars(weeks, MAX_BARS)
        chart = themed_chart(self.tr("Intensity over time (weekly average, 0–10)"), colours)
        line, dots = QLineSeries(), QScatterSeries()
        for i, b in enumerate(bins):
            mean = b.mean_intensity
            if mean is not None:
                line.append(i, mean)
                dots.append(i, mean)
        line.setPen(QPen(QColor(theme.accent), 2.5))
        dots.setColor(QColor(theme.accent))
        dots.setBorderColor(QColor(theme.accent))
        dots.setMarkerSize(9)
        chart.addSeries(line)
        chart.addSeries(dots)
        axis_x = spread_axis(labels)
        small_labels(axis_x)
        axis_y = value_axis(MIN_INTENSITY, MAX_INTENSITY, colours, self.tr("Intensity"))
        axis_y.setTickCount(6)
        style_axis(axis_x, colours)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (line, dots):
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        self.show_chart(chart)


class SidesChart(ChartPanel):
    """Which leg."""

    name = "sides"

    def __init__(self, pats: Patterns, theme: Theme) -> None:
        super().__init__(theme, SMALL_CHART_HEIGHT)
        counts = [(side_label(side), pats.sides.get(side, 0)) for side in Side]
        self.show_chart(
            hbar_chart(self.tr("Which leg"), counts, self.tr("Episodes"), chart_colours(theme))
        )


class LocationsChart(ChartPanel):
    """Where in the leg."""

    name = "locations"

    def __init__(self, pats: Patterns, theme: Theme) -> None:
        super().__init__(theme)
        counts = [(location_label(loc), n) for loc, n in pats.locations.items()]
        self.show_chart(
            hbar_chart(
                self.tr("Where in the leg"),
                counts or [(self.tr("Not recorded"), 0)],
                self.tr("Episodes"),
                chart_colours(theme),
            )
        )


class HelpedChart(ChartPanel):
    """How often each relief step helped, of the times it was rated (the first eight)."""

    name = "helped"

    def __init__(self, pats: Patterns, theme: Theme) -> None:
        rated = [s for s in pats.steps if s.rated][:8]
        super().__init__(theme, max(CHART_HEIGHT, 90 + 62 * len(rated)))  # names on 3 lines
        rows = [
            (
                self.tr("{step} (%n rated)", "", s.rated).format(step=step_label(s.step_id)),
                round(100 * (s.share or 0)),
            )
            for s in rated
        ]
        self.show_chart(
            hbar_chart(
                self.tr("What helped (% of the times it was rated)"),
                rows,
                "%",
                chart_colours(theme),
                100,
            )
        )
