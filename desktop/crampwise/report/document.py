"""The doctor report as data, as HTML, and as a QTextDocument with its charts attached.

The report is written in the language in use (``crampwise.i18n.install``): words through Qt's
translation (context ``Report``), dates and numbers as ``QLocale()`` writes them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING, Protocol

from crampwise import i18n
from crampwise.domain.episode import Episode, night_of
from crampwise.domain.medication_changes import MEDICATION_NOTE, MedicationChange
from crampwise.domain.patterns import Patterns, compute_patterns
from crampwise.domain.profile import HealthProfile
from crampwise.i18n import translate
from crampwise.text import QT_TRANSLATE_NOOP
from crampwise.wording import (
    condition_label,
    context_tag_label,
    day_text,
    duration_text,
    full_date_text,
    location_label,
    medicine_kind,
    moment_text,
    not_recorded_text,
    number_text,
    pattern_words,
    patterns_text,
    rate_span_text,
    red_flag_label,
    side_text,
    time_text,
    yes_no,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QTextDocument

    from crampwise.domain.experiment_result import ExperimentResult
    from crampwise.domain.experiments import Experiment
    from crampwise.domain.habits import Habit
    from crampwise.domain.trigger_figures import TriggerFigure


NOTE_CHARS = 90
IMAGE_WIDTH = 600  # CSS px: 159 mm, inside the 2 cm margins of A4 and Letter
CHART_WIDTH, CHART_HEIGHT = 720, 230  # laid out at this size, painted IMAGE_SCALE times as big
IMAGE_SCALE = 2.5
MUTED = "#5a544e"  # the report's grey for secondary lines (as .muted below)


class EpisodeSource(Protocol):
    """What the report needs from a store (``EpisodeStore`` fits)."""

    def episodes(self, *, since: date | None = None, until: date | None = None) -> list[Episode]:
        """Newest first."""
        ...

    def profile(self) -> HealthProfile: ...


@dataclass(frozen=True, slots=True)
class ReportData:
    start: date
    end: date
    today: date
    episodes: tuple[Episode, ...]  # the period's, oldest first
    profile: HealthProfile
    patterns: Patterns  # the period's
    medication_changes: tuple[MedicationChange, ...]  # measured on the whole diary
    night_cutover_hour: int  # the hour a night ends: the settings' (collect_report_data)
    disclaimer: str = ""  # what Crampwise is and is not, with the region's emergency number
    nights: NightsFigures | None = None  # trigger figures and the experiment (the service's)


@dataclass(frozen=True, slots=True)
class NightsFigures:
    """What the report shows of the nights: the period's trigger figures, and the latest
    experiment when it overlaps the period (collected by :func:`crampwise.service.report_data`)."""

    trigger_figures: tuple[TriggerFigure, ...] = ()
    experiment: Experiment | None = None
    habit: Habit | None = None
    experiment_result: ExperimentResult | None = None


def collect_report_data(
    source: EpisodeSource,
    start: date,
    end: date,
    today: date | None = None,
    *,
    episodes: Sequence[Episode] | None = None,
    profile: HealthProfile | None = None,
    disclaimer: str | None = None,
    night_cutover_hour: int | None = None,
    nights: NightsFigures | None = None,
) -> ReportData:
    """Read the store once. ``episodes``/``profile`` may be passed when already loaded.
    ``disclaimer`` goes on the first page; by default the app's, for the saved region.
    ``night_cutover_hour``: the hour a night ends; by default the saved setting's."""
    from crampwise.settings import load_settings

    today = today or date.today()
    cutover = (
        load_settings().night_cutover_hour if night_cutover_hour is None else night_cutover_hour
    )
    every = list(source.episodes()) if episodes is None else list(episodes)
    profile = source.profile() if profile is None else profile
    period = [e for e in every if start <= night_of(e.started_at, cutover) <= end]
    period.sort(key=lambda e: e.started_at)
    whole = compute_patterns(every, profile, today)
    shown = tuple(
        m for m in whole.medications if start - timedelta(weeks=8) <= m.on <= end + timedelta(1)
    )
    return ReportData(
        start=start,
        end=end,
        today=today,
        episodes=tuple(period),
        profile=profile,
        patterns=compute_patterns(
            period, None, today, start=start, end=end, diary_from=whole.first_night
        ),
        medication_changes=shown,
        disclaimer=report_disclaimer() if disclaimer is None else disclaimer,
        night_cutover_hour=cutover,
        nights=nights,
    )


def report_disclaimer(region_setting: str | None = None) -> str:
    """The app's disclaimer in the language in use, with the emergency number of the region
    (default: the saved setting, whose "auto" follows the system's country); empty if the
    content cannot be read."""
    from crampwise.advice.disclaimer import disclaimer_text
    from crampwise.settings import load_settings

    setting = load_settings().region if region_setting is None else region_setting
    return disclaimer_text(i18n.region(setting), i18n.language()) or ""


# --- charts ---------------------------------------------------------------------------------


def _chart_images(data: ReportData) -> dict[str, QImage]:
    """The report's charts: Insights' own, in print colours."""
    from crampwise.report.charts import PRINT, chart_image, hours_chart, weeks_chart

    pats = data.patterns
    weeks = pats.weeks_between(data.start, data.end)
    changes = [(change.on, change_label(change)) for change in data.medication_changes]
    weekly = weeks_chart(
        weeks, changes, title=translate("Report", "Episodes per week"), colours=PRINT
    )
    hourly = hours_chart(
        pats.hours,
        data.night_cutover_hour,
        title=translate("Report", "Time of night the cramps began (hour)"),
        y_title=translate("Report", "Episodes"),
        colours=PRINT,
    )
    return {
        "weeks": chart_image(weekly, CHART_WIDTH, CHART_HEIGHT, IMAGE_SCALE),
        "hours": chart_image(hourly, CHART_WIDTH, CHART_HEIGHT * 9 // 10, IMAGE_SCALE),
    }


def change_label(change: MedicationChange) -> str:
    """ "Started Bendroflumethiazide", for a marker on a chart."""
    if change.change == "started":
        return translate("Report", "Started {0}").format(change.name)
    return translate("Report", "Stopped {0}").format(change.name)


# --- HTML -----------------------------------------------------------------------------------

_CSS = """
body { font-family: sans-serif; color: #1d1b19; }
h1 { font-size: 17pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 14px; margin-bottom: 4px; color: #1f5fa8; }
p { margin-top: 2px; margin-bottom: 4px; }
.muted { color: #5a544e; }
.caution { color: #5a544e; font-style: italic; }
.flag { color: #b3261e; font-weight: bold; }
table.grid { border-collapse: collapse; }
table.grid th { background-color: #ece8e2; text-align: left; }
table.grid td, table.grid th { border: 1px solid #b8b0a6; padding: 3px; }
table.figures td { padding: 2px 14px 2px 0; }
.big { font-size: 13pt; font-weight: bold; }
table.episodes { font-size: 8pt; }
td.nowrap, th.nowrap { white-space: nowrap; }
"""


def _period_text(start: date, end: date) -> str:
    nights = (end - start).days + 1
    # Both languages say "1 week" and "2 weeks": no plural rules needed for counts from 1.
    if nights == 7:
        length = translate("Report", "1 week")
    elif nights % 7 == 0:
        length = translate("Report", "{0} weeks").format(nights // 7)
    elif nights == 1:
        length = translate("Report", "1 night")
    else:
        length = translate("Report", "{0} nights").format(nights)
    return translate("Report", "Nights of {start} to {end} ({length})").format(
        start=full_date_text(start), end=full_date_text(end), length=length
    )


def _episode_rows(episodes: Sequence[Episode], *, with_year: bool) -> str:
    rows = []
    for ep in episodes:
        started = ep.started_at
        length = (
            translate("Report", "ongoing")
            if ep.duration is None
            else duration_text(ep.duration.total_seconds())
        )
        where = ", ".join(location_label(loc) for loc in sorted(ep.locations))
        triggers = ", ".join(context_tag_label(t) for t in sorted(ep.tags))
        note = " ".join(ep.note.split())
        if len(note) > NOTE_CHARS:
            note = note[: NOTE_CHARS - 1].rstrip() + "…"
        flags = "".join(
            f'<br/><span class="flag">⚠ {escape(red_flag_label(s))}</span>'
            for s in sorted(ep.red_flags)
        )
        cells = (
            day_text(started.date(), with_year=with_year),
            time_text(started),
            length,
            side_text(ep.side),
            where,
            "" if ep.intensity is None else f"{ep.intensity}/10",
            yes_no(ep.helped),
            triggers,
        )
        tds = "".join(
            f'<td class="nowrap">{escape(c)}</td>' if i in (0, 2) else f"<td>{escape(c)}</td>"
            for i, c in enumerate(cells)
        )
        rows.append(f"<tr>{tds}<td>{escape(note)}{flags}</td></tr>")
    return "\n".join(rows)


def _figure(value: float | None, decimals: int = 0) -> str:
    return "–" if value is None else number_text(value, decimals)


def _h2(out: list[str], text: str, style: str = "") -> None:
    attribute = f' style="{style}"' if style else ""
    out.append(f"<h2{attribute}>{escape(text)}</h2>")


def _para(out: list[str], text: str) -> None:
    out.append(f"<p>{escape(text)}</p>")


def report_html(data: ReportData) -> str:
    """The report body; charts are ``<img src="chart:weeks">`` and ``chart:hours``."""
    out: list[str] = [f'<html lang="{i18n.language()}"><head><style>{_CSS}</style></head><body>']
    _heading(data, out)
    for section in (_summary, _triggers, _experiment, _medicines, _warning_signs, _episode_table):
        section(data, out)
    out.append("</body></html>")
    return "\n".join(out)


def _heading(data: ReportData, out: list[str]) -> None:
    title = translate("Report", "Night leg cramps: diary report")
    out.append(f"<h1>{escape(title)}</h1>")
    out.append(f"<p><b>{escape(_period_text(data.start, data.end))}</b></p>")
    made = translate(
        "Report",
        "Made on {day} with Crampwise from the person's own diary. "
        "Times are on the local clock of each night.",
    ).format(day=full_date_text(data.today))
    out.append(f'<p class="muted">{escape(made)}</p>')
    if data.disclaimer:
        out.append(f'<p class="caution">{escape(data.disclaimer)}</p>')


def _summary(data: ReportData, out: list[str]) -> None:
    """The figures, the leg and place counts, the two charts."""
    pats, s = data.patterns, data.patterns.summary
    _h2(out, translate("Report", "Summary"))
    if s.episodes == 0:
        _para(out, translate("Report", "No episodes were logged in this period."))
    else:
        intensity = (
            "–"
            if s.median_intensity is None
            else f"{number_text(s.median_intensity, 0 if s.median_intensity % 1 == 0 else 1)}/10"
        )
        unknown = s.nights_woken_unknown
        figures = (
            (translate("Report", "Episodes"), _figure(s.episodes), ""),
            (translate("Report", "Episodes a week"), _figure(s.per_week, 1), ""),
            (
                translate("Report", "Nights with a cramp"),
                translate("Report", "{0} of {1}").format(
                    _figure(s.nights_with_episodes), _figure(s.span_nights)
                ),
                "",
            ),
            (
                translate("Report", "Nights woken by a cramp"),
                _figure(s.nights_woken),
                not_recorded_text(unknown) if unknown else "",
            ),
            (translate("Report", "Median length"), duration_text(s.median_duration_s), ""),
            (translate("Report", "Median intensity"), intensity, ""),
        )
        rows = []
        for first in (0, 3):
            cells = "".join(
                f'<td width="33%"><span class="muted">{escape(label)}</span><br/>'
                f'<span class="big">{escape(value)}</span>'
                + (f' <span class="muted">({escape(note)})</span>' if note else "")
                + "</td>"
                for label, value, note in figures[first : first + 3]
            )
            rows.append(f"<tr>{cells}</tr>")
        out.append(f'<table class="figures" width="100%">{"".join(rows)}</table>')
        out.append(f'<p class="muted">{escape(rate_span_text(s))}</p>')
        sides = [f"{side_text(k)} {v}" for k, v in pats.sides.items() if k is not None]
        where = [f"{location_label(k)} {v}" for k, v in pats.locations.items()]
        if sides or where:
            not_recorded = translate("Report", "not recorded")
            _para(
                out,
                translate("Report", "Leg: {sides}. Where: {places}.").format(
                    sides=", ".join(sides) or not_recorded,
                    places=", ".join(where) or not_recorded,
                ),
            )

    if s.episodes:
        out.append(f'<p><img src="chart:weeks" width="{IMAGE_WIDTH}"/></p>')
        out.append(f'<p><img src="chart:hours" width="{IMAGE_WIDTH}"/></p>')


def _triggers(data: ReportData, out: list[str]) -> None:
    """The honest trigger figures over the period's recorded nights."""
    from crampwise.report.nights import trigger_figures_html

    if data.nights is None:
        return
    _h2(out, translate("Report", "Possible triggers: nights with and without"))
    out.append(trigger_figures_html(data.nights.trigger_figures, MUTED))


def _experiment(data: ReportData, out: list[str]) -> None:
    """The personal experiment, when there is one in the period."""
    from crampwise.report.nights import experiment_html

    nights = data.nights
    if nights is None or nights.experiment is None or nights.habit is None:
        return
    _h2(out, translate("Report", "Personal experiment"))
    out.append(experiment_html(nights.experiment, nights.habit, nights.experiment_result, MUTED))


def _medicines(data: ReportData, out: list[str]) -> None:
    """Medicines with their changes, and conditions."""
    _h2(out, translate("Report", "Medicines listed"))
    meds = data.profile.medications
    none_listed = translate("Report", "None listed.")
    if meds:
        heads = "".join(
            f"<th>{escape(translate('Report', text))}</th>"
            for text in (
                QT_TRANSLATE_NOOP("Report", "Medicine"),
                QT_TRANSLATE_NOOP("Report", "Kind"),
                QT_TRANSLATE_NOOP("Report", "Started"),
                QT_TRANSLATE_NOOP("Report", "Stopped"),
            )
        )
        out.append(f'<table class="grid" cellspacing="0" width="100%"><tr>{heads}</tr>')
        for m in meds:
            kind = medicine_kind(m.name, m.drug_class)
            out.append(
                f"<tr><td>{escape(m.name)}</td><td>{escape(kind)}</td>"
                f"<td>{escape(full_date_text(m.started)) if m.started else ''}</td>"
                f"<td>{escape(full_date_text(m.stopped)) if m.stopped else ''}</td></tr>"
            )
        out.append("</table>")
        if data.medication_changes:
            words = pattern_words()
            out.append(
                "<p>"
                + translate("Report", "<b>Cramps before and after a change</b> (whole diary):")
                + "</p><ul>"
            )
            for change in data.medication_changes:
                out.append(f"<li>{escape(change.describe(words))}</li>")
            out.append(f'</ul><p class="caution">{escape(patterns_text(MEDICATION_NOTE))}</p>')
    else:
        _para(out, none_listed)
    _h2(out, translate("Report", "Conditions listed"))
    conditions = sorted(condition_label(c) for c in data.profile.conditions)
    _para(out, "; ".join(conditions) if conditions else none_listed)


def _warning_signs(data: ReportData, out: list[str]) -> None:
    """Red flags ticked in the period."""
    pats = data.patterns
    _h2(out, translate("Report", "Warning signs ticked"))
    if pats.red_flags:
        out.append("<ul>")
        for flag in pats.red_flags:
            when = moment_text(flag.started_at, with_year=True)
            out.append(
                f'<li><span class="flag">{escape(red_flag_label(flag.sign))}</span>: '
                f"{escape(when)}</li>"
            )
        out.append("</ul>")
    else:
        _para(out, translate("Report", "None ticked in this period."))


def _episode_table(data: ReportData, out: list[str]) -> None:
    """One row per episode, on a page of its own."""
    _h2(out, translate("Report", "Episodes"), "page-break-before: always")
    if data.episodes:
        columns = (
            ('class="nowrap"', QT_TRANSLATE_NOOP("Report", "Date")),
            ('class="nowrap"', QT_TRANSLATE_NOOP("Report", "Time")),
            ('class="nowrap"', QT_TRANSLATE_NOOP("Report", "Length")),
            ('width="8%"', QT_TRANSLATE_NOOP("Report", "Leg")),
            ('width="12%"', QT_TRANSLATE_NOOP("Report", "Where")),
            ('class="nowrap"', QT_TRANSLATE_NOOP("Report", "Pain")),
            ('class="nowrap"', QT_TRANSLATE_NOOP("Report", "Helped")),
            ('width="15%"', QT_TRANSLATE_NOOP("Report", "Possible triggers")),
            ('width="22%"', QT_TRANSLATE_NOOP("Report", "Note")),
        )
        heads = "".join(
            f"<th{' ' + attr if attr else ''}>{escape(translate('Report', text))}</th>"
            for attr, text in columns
        )
        out.append(
            '<table class="grid episodes" cellspacing="0" width="100%"><thead><tr>'
            f"{heads}</tr></thead>"
        )
        with_year = data.start.year != data.end.year
        out.append(_episode_rows(data.episodes, with_year=with_year))
        out.append("</table>")
    else:
        _para(out, translate("Report", "No episodes in this period."))


def build_document(data: ReportData) -> QTextDocument:
    """The report as a QTextDocument with its charts; needs a QGuiApplication."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFont, QTextDocument

    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(9.5)
    # No "fl"/"fi" ligatures: a doctor searching or copying "Bendroflumethiazide" must find it.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle,
        report_title(data),
    )
    if data.patterns.episodes:
        for name, image in _chart_images(data).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setHtml(report_html(data))
    return doc


def report_title(data: ReportData) -> str:
    """The document's title (PDF metadata, the print job's name)."""
    return translate("Report", "Crampwise report {start} to {end}").format(
        start=data.start.isoformat(), end=data.end.isoformat()
    )


def default_period(today: date, weeks: int = 12) -> tuple[date, date]:
    """The last ``weeks`` weeks of nights, ending with last night (named by its evening)."""
    return today - timedelta(weeks=weeks) + timedelta(days=1), today


__all__ = [
    "EpisodeSource",
    "NightsFigures",
    "ReportData",
    "build_document",
    "collect_report_data",
    "default_period",
    "report_disclaimer",
    "report_html",
    "report_title",
]
