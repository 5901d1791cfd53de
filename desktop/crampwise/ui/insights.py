"""Insights: charts of the diary, and the doctor report (PDF or printout).

Everything is computed once per reload by ``crampwise.domain.patterns``; the charts only draw
weekly (or longer) aggregates, so 20,000 episodes open without a pause. QtCharts is imported the
first time charts are needed, so importing this module stays cheap.

Words go through Qt's translation (``self.tr`` and the context ``Insights`` for the chart
helpers); dates and numbers are written by ``QLocale()`` (see :mod:`crampwise.wording`).
Charts never animate (``reduce_motion`` is accepted so the window can pass the setting).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crampwise.domain.episode import Episode, local_now, night_of
from crampwise.domain.patterns import (
    Patterns,
    Summary,
    compute_patterns,
    period_summary,
)
from crampwise.domain.profile import HealthProfile
from crampwise.i18n import translate
from crampwise.ui.diary import Diary
from crampwise.ui.experiment_view import experiment_section
from crampwise.ui.insights_sections import (
    MedicationSection,
    Section,
    SummarySection,
)
from crampwise.ui.messages import localized
from crampwise.ui.theme import Theme, current_theme
from crampwise.wording import (
    duration_text,
    location_label,
    night_text,
    time_text,
)

if TYPE_CHECKING:
    from PySide6.QtCharts import QChart, QChartView

    from crampwise.domain.nights import CheckIn
    from crampwise.report.document import ReportData
    from crampwise.report.pdf import AskPrinter

MIN_EPISODES_FOR_CHARTS = 3

AskSavePath = Callable[[QWidget, str], "str | None"]


def ask_save_path(parent: QWidget, suggested: str) -> str | None:
    """The platform's save dialog; ``None`` when cancelled. Tests replace this."""
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Insights", "Export the report as PDF"),
        suggested,
        translate("Insights", "PDF files (*.pdf)"),
    )
    return path or None


def _load(
    diary: Diary, today: date
) -> tuple[list[Episode], list[CheckIn], HealthProfile, Patterns, Summary, dict[str, float]]:
    """Runs off the UI thread: plain values in, plain values out. The summary is the last 12
    weeks' (the whole diary's is the patterns' own), over the same nights as the report's."""
    from crampwise.report.document import default_period
    from crampwise.storage.schema import StoreError

    t0 = time.perf_counter()
    episodes = diary.episodes()  # from memory once warm
    try:
        checkins = diary.nights.checkins()  # a connection of its own: safe in this thread
    except StoreError:  # closed meanwhile
        checkins = []
    profile = diary.profile()
    if profile is None:  # closed meanwhile
        profile = HealthProfile()
    t1 = time.perf_counter()
    patterns = compute_patterns(episodes, profile, today)
    recent = period_summary(episodes, *default_period(today), patterns.first_night)
    t2 = time.perf_counter()
    timings = {"load": t1 - t0, "patterns": t2 - t1}
    return episodes, checkins, profile, patterns, recent, timings


class InsightsPage(QWidget):
    status = Signal(str)
    loaded = Signal()  # the page shows the diary as it is now
    _loaded_signal = Signal(int, object)  # from the loading thread
    _load_failed = Signal(str)

    def __init__(
        self, diary: Diary, parent: QWidget | None = None, *, reduce_motion: bool = False
    ) -> None:
        super().__init__(parent)
        self.diary = diary
        # Charts never animate; kept so the setting reaches anything that might move later.
        self.reduce_motion = reduce_motion
        self.patterns: Patterns | None = None
        self.recent_summary: Summary | None = None  # the last 12 weeks'
        self.all_time = False
        self.last_timings: dict[str, float] = {}
        self.ask_save_path: AskSavePath = ask_save_path
        self.ask_printer: AskPrinter | None = None  # None: the platform's print dialog
        self.today: Callable[[], date] = lambda: local_now().date()  # tests and demos pin it
        self.background = True  # read the diary in a thread (tests may turn it off)
        self._generation = 0
        self._loaded_signal.connect(self._on_loaded_signal)
        self._load_failed.connect(self._on_load_failed)
        self._episodes: list[Episode] = []
        self._checkins: list[CheckIn] = []
        self._profile = HealthProfile()
        self._stale = True
        self._drawn_theme = ""
        self._theme_timer = QTimer(self)
        self._theme_timer.setSingleShot(True)
        self._theme_timer.setInterval(0)
        self._theme_timer.timeout.connect(self._follow_theme)
        self._views: dict[str, QChartView] = {}

        lay = QVBoxLayout(self)
        title = QLabel(self.tr("Insights"))
        title.setProperty("role", "title")
        lay.addWidget(title)
        lay.addLayout(self._build_top_row())

        self.stack = QStackedWidget()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextFormat(Qt.TextFormat.RichText)
        self.message.setMargin(40)
        self.stack.addWidget(self.message)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.stack.addWidget(self.scroller)
        lay.addWidget(self.stack, 1)
        self._show_message(self.tr("Opening your diary…"))

        self.recent_button.toggled.connect(self._range_changed)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_report)
        diary.changed.connect(self._mark_stale)
        diary.ready.connect(self._mark_stale)
        self._update_buttons()

    def _build_top_row(self) -> QHBoxLayout:
        """The period (12 weeks or all time) and the report's PDF and Print buttons."""
        # The buttons get a row of their own: longer French labels must not be cut.
        top = QHBoxLayout()
        self.recent_button = QPushButton(self.tr("Last 12 weeks"))
        self.recent_button.setAccessibleName(self.tr("Show the last 12 weeks"))
        self.all_button = QPushButton(self.tr("All time"))
        self.all_button.setAccessibleName(self.tr("Show the whole diary"))
        self.range_group = QButtonGroup(self)
        for button in (self.recent_button, self.all_button):
            button.setCheckable(True)
            button.setAutoExclusive(True)  # one of two: a radio button to a screen reader
            self.range_group.addButton(button)
            top.addWidget(button)
        self.recent_button.setChecked(True)
        top.addStretch(1)
        self.export_button = QPushButton(self.tr("Export PDF report…"))
        self.export_button.setAccessibleName(self.tr("Export the report for your doctor as PDF"))
        self.export_button.setProperty("role", "primary")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setAccessibleName(self.tr("Print the report for your doctor"))
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        return top

    # --- data ---------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: Any) -> None:
        if self._stale:
            self.reload()
        elif self.patterns is not None and self._drawn_theme != current_theme().name:
            self._draw()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        # apply_theme() sets the palette before it names the theme: look once it has finished.
        if event.type() == QEvent.Type.PaletteChange:
            self._theme_timer.start()  # a child timer: it dies with the page
        super().changeEvent(event)

    def _follow_theme(self) -> None:
        if (
            self.isVisible()
            and self.patterns is not None
            and self._drawn_theme
            and self._drawn_theme != current_theme().name
        ):
            self._draw()

    def reload(self) -> None:
        """Read the diary and compute the patterns, in a thread when ``background`` is set
        (20,000 episodes take the store most of a second to read), then draw."""
        if not self.diary.is_ready:
            return
        self._stale = False
        self._generation += 1
        generation, today = self._generation, self.today()
        if not self.background:
            self._loaded(generation, *_load(self.diary, today))
            return
        if self.patterns is None:
            self._show_message(self.tr("Reading your diary…"))

        def work() -> None:
            try:
                try:
                    result = _load(self.diary, today)
                except Exception as exc:  # a store error: tell the person, keep the page
                    self._load_failed.emit(localized(exc))
                else:
                    self._loaded_signal.emit(generation, result)
            except RuntimeError:  # the page was closed meanwhile
                pass

        threading.Thread(target=work, name="crampwise-insights", daemon=True).start()

    def _on_loaded_signal(self, generation: int, result: tuple[Any, ...]) -> None:
        self._loaded(generation, *result)

    def _loaded(
        self,
        generation: int,
        episodes: list[Episode],
        checkins: list[CheckIn],
        profile: HealthProfile,
        patterns: Patterns,
        recent: Summary,
        timings: dict[str, float],
    ) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        self._episodes, self._profile, self.patterns = episodes, profile, patterns
        self._checkins = checkins
        self.recent_summary = recent
        t0 = time.perf_counter()
        self._draw()
        self.last_timings = {**timings, "draw": time.perf_counter() - t0}
        self._update_buttons()
        self.loaded.emit()

    def _on_load_failed(self, message: str) -> None:
        self._stale = True
        self.status.emit(self.tr("Insights could not read the diary: {0}").format(message))

    def _range_changed(self) -> None:
        self.all_time = self.all_button.isChecked()  # the summary follows the range too
        if self.patterns is not None and self.stack.currentWidget() is self.scroller:
            self._draw()

    def _update_buttons(self) -> None:
        ready = self.diary.is_ready
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)
        has_charts = self.patterns is not None and self.patterns.episodes >= MIN_EPISODES_FOR_CHARTS
        self.recent_button.setVisible(has_charts)
        self.all_button.setVisible(has_charts)

    # --- states -------------------------------------------------------------------------

    def _show_message(self, html: str) -> None:
        self.message.setText(html)
        self.stack.setCurrentWidget(self.message)

    def _draw(self) -> None:
        pats = self.patterns
        if pats is None:
            return
        if pats.episodes == 0:
            self._show_message(
                "<p style='font-size:15pt'>"
                + escape(self.tr("No episodes yet."))
                + "</p><p>"
                + self.tr(
                    "When a cramp wakes you, press <b>Cramp now</b> on Tonight. After a few "
                    "weeks, this page shows when cramps come, where, and what helps."
                )
                + "</p>"
            )
        elif pats.episodes < MIN_EPISODES_FOR_CHARTS:
            self._show_message(self._few_episodes_html(pats))
        else:
            self._draw_charts(pats)
        self._drawn_theme = current_theme().name

    def _few_episodes_html(self, pats: Patterns) -> str:
        lines = []
        cutover = self.diary.night_cutover_hour
        for ep in sorted(self._episodes, key=lambda e: e.started_at):
            parts = [
                self.tr("{night}, began {time}").format(
                    night=night_text(night_of(ep.started_at, cutover)),
                    time=time_text(ep.started_at),
                )
            ]
            if ep.duration is not None:
                parts.append(
                    self.tr("lasted {0}").format(duration_text(ep.duration.total_seconds()))
                )
            if ep.intensity is not None:
                parts.append(self.tr("intensity {0}/10").format(ep.intensity))
            if ep.locations:
                parts.append(", ".join(location_label(loc) for loc in sorted(ep.locations)))
            lines.append(f"<li>{escape('; '.join(parts))}</li>")
        so_far = self.tr(
            "%n episode(s) so far: patterns appear after a few weeks.", "", pats.episodes
        )
        keep = self.tr(
            "Keep logging each cramp; charts of when, where and what helps appear here "
            "from {0} episodes on."
        ).format(MIN_EPISODES_FOR_CHARTS)
        return (
            f"<p style='font-size:15pt'>{escape(so_far)}</p>"
            f"<ul style='text-align:left'>{''.join(lines)}</ul>"
            f"<p>{escape(keep)}</p>"
        )

    # --- charts -------------------------------------------------------------------------

    def _draw_charts(self, pats: Patterns) -> None:
        from crampwise.ui.insights_charts import (
            ChartPanel,
            HelpedChart,
            HoursChart,
            IntensityChart,
            LocationsChart,
            SidesChart,
            WeeksChart,
        )

        theme = current_theme()
        weeks = pats.weeks_all if self.all_time else pats.weeks_recent
        cutover = self.diary.night_cutover_hour
        content = QWidget()
        grid = QGridLayout(content)
        grid.setContentsMargins(0, 0, 8, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(10)

        def add_view(view: ChartPanel, row: int, col: int, span: int = 1) -> None:
            self._views[view.name] = view
            grid.addWidget(view, row, col, 1, span)

        def add_section(section: Section, row: int) -> Section:
            grid.addWidget(section, row, 0, 1, 2)
            return section

        self._views = {}
        self.summary_label = add_section(SummarySection(self.summary() or pats.summary), 0)
        add_view(WeeksChart(pats, weeks, theme, all_time=self.all_time), 1, 0, 2)
        self.medication_label = add_section(MedicationSection(pats), 2)
        self.medication_label.setVisible(bool(pats.medications))
        add_view(IntensityChart(weeks, theme), 3, 0, 2)
        add_view(HoursChart(pats, cutover, theme), 4, 0, 2)
        add_view(SidesChart(pats, theme), 5, 0, 1)
        add_view(LocationsChart(pats, theme), 5, 1)
        if any(s.rated for s in pats.steps):
            add_view(HelpedChart(pats, theme), 6, 0, 2)
        else:
            add_section(
                Section(self.tr("<b>What helped</b>: no relief step has been rated yet.")), 6
            )
        self.tags_label = add_section(Section(self._trigger_html(theme)), 7)
        self.experiment_panel = experiment_section(self.diary, self.today)
        grid.addWidget(self.experiment_panel, 8, 0, 1, 2)
        grid.setRowStretch(9, 1)

        old = self.scroller.takeWidget()
        self.scroller.setWidget(content)
        if old is not None:
            old.deleteLater()
        self.stack.setCurrentWidget(self.scroller)

    def _trigger_html(self, theme: Theme) -> str:
        """Recorded nights with and without each factor, over the range shown, up to last
        night, from the episodes and check-ins the page read."""
        from crampwise.domain.nights import night_records
        from crampwise.domain.trigger_figures import trigger_figures
        from crampwise.ui.trigger_figures_view import trigger_html

        first, today = self.report_period(self.today())
        last = today - timedelta(days=1)
        nights = night_records(self._episodes, self._checkins, first, last)
        return trigger_html(trigger_figures(nights), theme)

    def chart_names(self) -> list[str]:
        return list(self._views) if self.stack.currentWidget() is self.scroller else []

    def chart(self, name: str) -> QChart:
        return self._views[name].chart()

    # text blocks -------------------------------------------------------------------------

    def summary(self) -> Summary | None:
        """The figures for the range shown (the report from this page uses the same)."""
        if self.all_time or self.patterns is None:
            return self.patterns.summary if self.patterns is not None else None
        return self.recent_summary

    # --- report -------------------------------------------------------------------------

    def report_period(self, today: date) -> tuple[date, date]:
        from crampwise.report.document import default_period

        if self.all_time and self.patterns is not None and self.patterns.first_night:
            return min(self.patterns.first_night, today), today
        return default_period(today)

    def _report_data(self) -> ReportData | None:
        today = self.today()
        start, end = self.report_period(today)
        if self._stale or self.patterns is None:  # read now: the report must be current
            return self.diary.report_data(start, end, today)
        return self.diary.report_data(
            start, end, today, episodes=self._episodes, profile=self._profile
        )

    def export_pdf(self) -> Path | None:
        from crampwise.report.pdf import default_filename
        from crampwise.service import write_report

        data = self._report_data()
        if data is None:
            return None
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_filename(data.today))
        chosen = self.ask_save_path(self, suggested)
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_report(data, path)
        except OSError as exc:
            self.status.emit(
                self.tr("The report could not be saved: {0}").format(exc.strerror or exc)
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.status.emit(self.tr("Report saved to {0}.").format(path))
        return path

    def print_report(self) -> bool:
        from crampwise.report.pdf import print_report

        data = self._report_data()
        if data is None:
            return False
        if not print_report(data, self, ask=self.ask_printer):
            return False
        self.status.emit(self.tr("The report was sent to the printer."))
        return True
