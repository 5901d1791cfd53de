"""The doctor report as data, as HTML, and as a QTextDocument with its charts attached."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from typing import TYPE_CHECKING, Protocol

from crampwise.advice.profile import HealthProfile
from crampwise.domain.episode import Episode
from crampwise.domain.patterns import (
    MEDICATION_NOTE,
    MedicationChange,
    Patterns,
    WeekCount,
    compute_patterns,
    format_day,
    format_duration,
    night_hour_order,
    rebin,
)
from crampwise.domain.vocab import LOCATION_LABELS, Side
from crampwise.report.labels import condition_label, drug_class_label, sign_label, tag_label

if TYPE_CHECKING:
    from PySide6.QtGui import QImage, QTextDocument

NOTE_CHARS = 90
IMAGE_WIDTH = 600  # CSS px: 159 mm, inside the 2 cm margins of A4 and Letter
MAX_WEEK_BARS = 26


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


def collect_report_data(
    source: EpisodeSource,
    start: date,
    end: date,
    today: date | None = None,
    *,
    episodes: Sequence[Episode] | None = None,
    profile: HealthProfile | None = None,
) -> ReportData:
    """Read the store once. ``episodes``/``profile`` may be passed when already loaded."""
    today = today or date.today()
    every = list(source.episodes()) if episodes is None else list(episodes)
    profile = source.profile() if profile is None else profile
    period = [e for e in every if start <= e.night <= end]
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
        patterns=compute_patterns(period, None, today, start=start, end=end),
        medication_changes=shown,
    )


# --- charts ---------------------------------------------------------------------------------


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
            f"{b.start.day} {b.start:%b}" if (len(bins) - 1 - i) % every == 0 else ""
            for i, b in enumerate(bins)
        ]
        return [float(b.episodes) for b in bins], labels, "Episodes"
    values = [b.per_week for b in bins]
    y_title = "Per week (avg)"
    labels = []
    long_span = sum(b.weeks for b in bins) > 104
    previous = ""
    for i, b in enumerate(bins):
        text = f"{b.start:%Y}" if long_span else f"{b.start:%b}"
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


def _chart_images(data: ReportData) -> dict[str, QImage]:
    from crampwise.report.charts import Marker, bar_chart

    pats = data.patterns
    weeks = pats.weeks_between(data.start, data.end)
    values, labels, y_title = week_bars(weeks)
    markers = []
    for change in data.medication_changes:
        x = marker_position(weeks, change.on)
        if -0.5 <= x <= len(values) - 0.5:
            markers.append(Marker(x, f"{change.change.capitalize()} {change.name}"))
    hv, hl = hour_bars(pats.hours, _cutover(data))
    return {
        "weeks": bar_chart(
            values, labels, title="Episodes per week", y_title=y_title, markers=markers
        ),
        "hours": bar_chart(
            hv, hl, title="Time of night the cramps began (hour)", y_title="Episodes", height=500
        ),
    }


def _cutover(data: ReportData) -> int:
    return data.episodes[0].night_cutover_hour if data.episodes else 12


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
    weeks = nights / 7
    length = f"{weeks:.0f} weeks" if nights % 7 == 0 else f"{nights} nights"
    return f"Nights of {format_day(start)} to {format_day(end)} ({length})"


def _side_text(side: Side | None) -> str:
    return side.value.capitalize() if side else ""


def _episode_rows(episodes: Sequence[Episode], *, with_year: bool) -> str:
    rows = []
    for ep in episodes:
        started = ep.started_at
        duration = (
            "ongoing" if ep.duration is None else format_duration(ep.duration.total_seconds())
        )
        where = ", ".join(LOCATION_LABELS[loc] for loc in sorted(ep.locations))
        helped = {True: "Yes", False: "No", None: ""}[ep.helped]
        triggers = ", ".join(tag_label(t) for t in sorted(ep.tags))
        note = " ".join(ep.note.split())
        if len(note) > NOTE_CHARS:
            note = note[: NOTE_CHARS - 1].rstrip() + "…"
        flags = "".join(
            f'<br/><span class="flag">⚠ {escape(sign_label(s))}</span>'
            for s in sorted(ep.red_flags)
        )
        day = f"{started:%a} {started.day} {started:%b}" + (f" {started:%Y}" if with_year else "")
        cells = (
            day,
            f"{started:%H:%M}",
            duration,
            _side_text(ep.side),
            where,
            "" if ep.intensity is None else f"{ep.intensity}/10",
            helped,
            triggers,
        )
        tds = "".join(
            f'<td class="nowrap">{escape(c)}</td>' if i in (0, 2) else f"<td>{escape(c)}</td>"
            for i, c in enumerate(cells)
        )
        rows.append(f"<tr>{tds}<td>{escape(note)}{flags}</td></tr>")
    return "\n".join(rows)


def report_html(data: ReportData) -> str:
    """The report body; charts are ``<img src="chart:weeks">`` and ``chart:hours``."""
    pats, s = data.patterns, data.patterns.summary
    out: list[str] = [f"<html><head><style>{_CSS}</style></head><body>"]
    out.append("<h1>Night leg cramps: diary report</h1>")
    out.append(f"<p><b>{escape(_period_text(data.start, data.end))}</b></p>")
    out.append(
        f'<p class="muted">Made on {format_day(data.today)} with Crampwise from the person\'s '
        "own diary. Times are on the local clock of each night.</p>"
    )

    # Summary figures
    out.append("<h2>Summary</h2>")
    if s.episodes == 0:
        out.append("<p>No episodes were logged in this period.</p>")
    else:
        total_nights = (data.end - data.start).days + 1
        intensity = "–" if s.median_intensity is None else f"{s.median_intensity:g}/10"
        figures = (
            ("Episodes", f"{s.episodes}"),
            ("Episodes a week", f"{s.per_week:.1f}"),
            ("Nights with a cramp", f"{s.nights_with_episodes} of {total_nights}"),
            ("Nights woken by a cramp", f"{s.nights_disturbed}"),
            ("Median length", format_duration(s.median_duration_s)),
            ("Median intensity", intensity),
        )
        rows = []
        for first in (0, 3):
            cells = "".join(
                f'<td width="33%"><span class="muted">{label}</span><br/>'
                f'<span class="big">{value}</span></td>'
                for label, value in figures[first : first + 3]
            )
            rows.append(f"<tr>{cells}</tr>")
        out.append(f'<table class="figures" width="100%">{"".join(rows)}</table>')
        sides = [f"{_side_text(k)} {v}" for k, v in pats.sides.items() if k is not None]
        where = [f"{LOCATION_LABELS[k]} {v}" for k, v in pats.locations.items()]
        if sides or where:
            out.append(
                f"<p>Leg: {escape(', '.join(sides) or 'not recorded')}. "
                f"Where: {escape(', '.join(where) or 'not recorded')}.</p>"
            )

    if s.episodes:
        out.append(f'<p><img src="chart:weeks" width="{IMAGE_WIDTH}"/></p>')
        out.append(f'<p><img src="chart:hours" width="{IMAGE_WIDTH}"/></p>')

    # Medicines and conditions
    out.append("<h2>Medicines listed</h2>")
    meds = data.profile.medications
    if meds:
        out.append(
            '<table class="grid" cellspacing="0" width="100%"><tr>'
            "<th>Medicine</th><th>Kind</th><th>Started</th><th>Stopped</th></tr>"
        )
        for m in meds:
            out.append(
                f"<tr><td>{escape(m.name)}</td><td>{escape(drug_class_label(m.drug_class))}</td>"
                f"<td>{format_day(m.started) if m.started else ''}</td>"
                f"<td>{format_day(m.stopped) if m.stopped else ''}</td></tr>"
            )
        out.append("</table>")
        if data.medication_changes:
            out.append("<p><b>Cramps before and after a change</b> (whole diary):</p><ul>")
            for change in data.medication_changes:
                out.append(f"<li>{escape(change.describe())}</li>")
            out.append(f'</ul><p class="caution">{escape(MEDICATION_NOTE)}</p>')
    else:
        out.append("<p>None listed.</p>")
    out.append("<h2>Conditions listed</h2>")
    conditions = sorted(condition_label(c) for c in data.profile.conditions)
    out.append(f"<p>{escape('; '.join(conditions)) if conditions else 'None listed.'}</p>")

    # Warning signs
    out.append("<h2>Warning signs ticked</h2>")
    if pats.red_flags:
        out.append("<ul>")
        for flag in pats.red_flags:
            out.append(
                f'<li><span class="flag">{escape(sign_label(flag.sign))}</span>: '
                f"{escape(flag.started_at_text)}</li>"
            )
        out.append("</ul>")
    else:
        out.append("<p>None ticked in this period.</p>")

    # Episodes
    out.append('<h2 style="page-break-before: always">Episodes</h2>')
    if data.episodes:
        out.append(
            '<table class="grid episodes" cellspacing="0" width="100%"><thead><tr>'
            '<th class="nowrap">Date</th><th>Time</th><th class="nowrap">Length</th>'
            "<th>Leg</th><th>Where</th><th>Pain</th><th>Helped</th>"
            '<th>Possible triggers</th><th width="30%">Note</th>'
            "</tr></thead>"
        )
        with_year = data.start.year != data.end.year
        out.append(_episode_rows(data.episodes, with_year=with_year))
        out.append("</table>")
    else:
        out.append("<p>No episodes in this period.</p>")
    out.append("</body></html>")
    return "\n".join(out)


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
        f"Crampwise report {data.start.isoformat()} to {data.end.isoformat()}",
    )
    if data.patterns.episodes:
        for name, image in _chart_images(data).items():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    doc.setHtml(report_html(data))
    return doc


def default_period(today: date, weeks: int = 12) -> tuple[date, date]:
    """The last ``weeks`` weeks of nights, ending with last night (named by its evening)."""
    return today - timedelta(weeks=weeks) + timedelta(days=1), today


__all__ = [
    "EpisodeSource",
    "ReportData",
    "build_document",
    "collect_report_data",
    "default_period",
    "hour_bars",
    "marker_position",
    "report_html",
    "week_bars",
]
