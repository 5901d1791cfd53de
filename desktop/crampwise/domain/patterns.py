"""Patterns in the diary: weekly counts, time of night, what helped, medicine timing.

Plain Python, no Qt: one pass over the episodes builds every figure the Insights page and the
doctor report show (20,000 episodes take a few tens of milliseconds).

The figures describe the diary, not the body. Possible triggers are compared over recorded
nights, with and without cramps (``crampwise.domain.trigger_figures``); a change in cramps after
a medicine was started or stopped is timing, not cause (``crampwise.domain.medication_changes``).
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from crampwise.domain.episode import DEFAULT_NIGHT_CUTOVER_HOUR, Episode, StepUse
from crampwise.domain.medication_changes import (
    MEDICATION_WEEKS,
    MedicationChange,
    medication_changes,
)
from crampwise.domain.vocab import Location, Side

if TYPE_CHECKING:
    from crampwise.domain.profile import HealthProfile

RECENT_WEEKS = 12

# Texts for the person, in English; the window and the report translate them with Qt
# (``QCoreApplication.translate(CONTEXT, text)``, see :class:`Words`).
CONTEXT = "Patterns"


def week_of(night: date) -> date:
    """The Monday of the ISO week a night belongs to (the night is named by its evening)."""
    return night - timedelta(days=night.weekday())


@dataclass(frozen=True, slots=True)
class WeekCount:
    """One Monday-start week of nights."""

    start: date
    episodes: int = 0
    intensity_sum: int = 0
    intensity_rated: int = 0

    @property
    def mean_intensity(self) -> float | None:
        return self.intensity_sum / self.intensity_rated if self.intensity_rated else None


@dataclass(frozen=True, slots=True)
class WeekBin:
    """Several consecutive weeks, so a long diary still draws as a readable number of bars."""

    start: date
    weeks: int
    episodes: int
    intensity_sum: int
    intensity_rated: int

    @property
    def per_week(self) -> float:
        return self.episodes / self.weeks

    @property
    def mean_intensity(self) -> float | None:
        return self.intensity_sum / self.intensity_rated if self.intensity_rated else None

    def contains(self, night: date) -> bool:
        return self.start <= night < self.start + timedelta(weeks=self.weeks)


def rebin(weeks: Sequence[WeekCount], max_bins: int) -> list[WeekBin]:
    """Group consecutive weeks into at most ``max_bins`` bins of equal length (the oldest may be
    shorter, so the latest bin always ends with the latest week)."""
    if not weeks:
        return []
    size = max(1, -(-len(weeks) // max(1, max_bins)))
    bins: list[WeekBin] = []
    end = len(weeks)
    while end > 0:
        chunk = weeks[max(0, end - size) : end]
        bins.append(
            WeekBin(
                start=chunk[0].start,
                weeks=len(chunk),
                episodes=sum(w.episodes for w in chunk),
                intensity_sum=sum(w.intensity_sum for w in chunk),
                intensity_rated=sum(w.intensity_rated for w in chunk),
            )
        )
        end -= size
    bins.reverse()
    return bins


@dataclass(frozen=True, slots=True)
class StepHelp:
    """How often a relief step was used, rated, and rated as helpful."""

    step_id: str
    used: int
    rated: int
    helped: int

    @property
    def share(self) -> float | None:
        """Helped / rated, or ``None`` when it was never rated."""
        return self.helped / self.rated if self.rated else None


@dataclass(frozen=True, slots=True)
class RedFlagMark:
    night: date
    sign: str
    started_at: datetime  # on the wall clock of the moment; the window formats it per locale


@dataclass(frozen=True, slots=True)
class Summary:
    """The headline figures for the chosen period of nights ``start``..``end`` (inclusive).

    Rates count only the nights the diary covers in that period, ``span_start``..``end``:
    nothing is known about the weeks before the first logged night, so they are not averaged
    in. Waking counts only what was recorded: ``nights_woken`` had a cramp marked as waking
    the person; on ``nights_woken_unknown`` no cramp said so and at least one did not say.
    """

    start: date
    end: date
    episodes: int
    nights_with_episodes: int
    nights_woken: int
    nights_woken_unknown: int
    median_duration_s: float | None
    median_intensity: float | None
    span_start: date | None = None  # None: the period's start

    @property
    def span_from(self) -> date:
        """The first night the rates cover."""
        return self.span_start or self.start

    @property
    def span_nights(self) -> int:
        """How many nights the rates cover."""
        return max(1, (self.end - self.span_from).days + 1)

    @property
    def weeks(self) -> float:
        return self.span_nights / 7

    @property
    def per_week(self) -> float:
        return self.episodes / self.weeks


@dataclass(frozen=True, slots=True)
class Patterns:
    today: date
    episodes: int
    first_night: date | None
    last_night: date | None
    summary: Summary
    weeks_recent: tuple[WeekCount, ...]
    weeks_all: tuple[WeekCount, ...]
    hours: tuple[int, ...]  # 24 counts by the wall-clock hour a cramp began
    sides: dict[Side | None, int]
    locations: dict[Location, int]
    steps: tuple[StepHelp, ...]
    medications: tuple[MedicationChange, ...]
    red_flags: tuple[RedFlagMark, ...]
    nights_counts: dict[date, int] = field(repr=False)
    week_episodes: dict[date, int] = field(repr=False)
    week_intensity: dict[date, tuple[int, int]] = field(repr=False)  # Monday -> (sum, rated)

    def week(self, monday: date) -> WeekCount:
        total, rated = self.week_intensity.get(monday, (0, 0))
        return WeekCount(monday, self.week_episodes.get(monday, 0), total, rated)

    def weeks_between(self, first_night: date, last_night: date) -> tuple[WeekCount, ...]:
        """Every week from the one holding ``first_night`` to the one holding ``last_night``,
        empty weeks included."""
        first, last = week_of(first_night), week_of(last_night)
        n = max(0, (last - first).days // 7 + 1)
        return tuple(self.week(first + timedelta(weeks=i)) for i in range(n))


def night_hour_order(cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR) -> tuple[int, ...]:
    """The 24 hours in the order a night runs: from the cut-over hour round to the one before."""
    return tuple((cutover_hour + i) % 24 for i in range(24))


def compute_patterns(
    episodes: Iterable[Episode],
    profile: HealthProfile | None = None,
    today: date | None = None,
    *,
    start: date | None = None,
    end: date | None = None,
    diary_from: date | None = None,
    recent_weeks: int = RECENT_WEEKS,
    medication_weeks: int = MEDICATION_WEEKS,
) -> Patterns:
    """Every figure in one pass over ``episodes`` (any order).

    ``start``/``end`` bound the summary's period (default: the first logged night to ``today``);
    the caller filters the episodes themselves. ``diary_from``: the diary's first night, when
    ``episodes`` are only a period's (rates then start there, if it falls inside the period).
    Weeks run Monday to Sunday by night.
    """
    today = today or date.today()
    t = _tally(episodes)
    count = len(t.nights)
    per_night: dict[date, int] = dict(Counter(t.nights))
    hours = [0] * 24
    for hour, n in Counter(t.hours).items():
        hours[hour] = n
    first = min(per_night) if per_night else None
    last = max(per_night) if per_night else None
    meds: list[MedicationChange] = []
    if profile is not None and first is not None:
        meds = medication_changes(
            profile, per_night, first, max(today, last or today), medication_weeks
        )
    period_start = start or first or today
    period_end = max(end or today, period_start)
    began = diary_from or first
    summary = Summary(
        start=period_start,
        end=period_end,
        episodes=count,
        nights_with_episodes=len(per_night),
        nights_woken=len(t.woke),
        nights_woken_unknown=len(t.unsaid - t.woke),
        median_duration_s=_median_seconds(t.durations),
        median_intensity=_median(t.intensities) if t.intensities else None,
        span_start=min(max(period_start, began), period_end) if began else None,
    )
    t.flags.sort(key=lambda f: f[0])
    result = Patterns(
        today=today,
        episodes=count,
        first_night=first,
        last_night=last,
        summary=summary,
        weeks_recent=(),
        weeks_all=(),
        hours=tuple(hours),
        sides=dict(Counter(t.sides)),
        locations=dict(Counter(t.locations).most_common()),
        steps=_step_help(t.step_stats),
        medications=tuple(meds),
        red_flags=tuple(f[1] for f in t.flags),
        nights_counts=per_night,
        week_episodes=_week_episodes(per_night),
        week_intensity=_week_intensity(t.intensity_nights, t.intensities),
    )
    end_night = max(today, last) if last else today
    recent_from = week_of(end_night) - timedelta(weeks=recent_weeks - 1)
    return dataclasses.replace(
        result,
        weeks_recent=result.weeks_between(recent_from, end_night),
        weeks_all=result.weeks_between(first, end_night) if first else (),
    )


@dataclasses.dataclass(slots=True)
class _Tally:
    """What one pass over the episodes collects; Counter and set operations count it in C."""

    nights: list[date] = field(default_factory=list)
    hours: list[int] = field(default_factory=list)
    sides: list[Side | None] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    woke: set[date] = field(default_factory=set)  # an episode woke the person
    unsaid: set[date] = field(default_factory=set)  # an episode did not say
    durations: list[timedelta] = field(default_factory=list)
    intensities: list[int] = field(default_factory=list)
    intensity_nights: list[date] = field(default_factory=list)
    step_stats: dict[str, list[int]] = field(default_factory=dict)
    flags: list[tuple[float, RedFlagMark]] = field(default_factory=list)


def _tally(episodes: Iterable[Episode]) -> _Tally:
    t = _Tally()
    one_day = timedelta(days=1)
    for ep in episodes:
        started = ep.started_at
        hour = started.hour
        night = started.date()
        if hour < ep.night_cutover_hour:  # as Episode.night, inlined: this loop is the hot path
            night -= one_day
        t.nights.append(night)
        t.hours.append(hour)
        t.sides.append(ep.side)
        if ep.locations:
            t.locations.extend(ep.locations)
        if ep.woke_from_sleep:
            t.woke.add(night)
        elif ep.woke_from_sleep is None:
            t.unsaid.add(night)
        if ep.ended_at is not None:
            t.durations.append(ep.ended_at - started)
        if ep.intensity is not None:
            t.intensities.append(ep.intensity)
            t.intensity_nights.append(night)
        if ep.steps:
            _tally_steps(t.step_stats, ep.steps)
        if ep.red_flags:
            t.flags.extend(
                (started.timestamp(), RedFlagMark(night, sign, started))
                for sign in sorted(ep.red_flags)
            )
    return t


def _tally_steps(stats: dict[str, list[int]], steps: Iterable[StepUse]) -> None:
    """Per step: [used, rated, helped]."""
    for use in steps:
        st = stats.get(use.step_id)
        if st is None:
            st = stats[use.step_id] = [0, 0, 0]
        st[0] += 1
        if use.helped is not None:
            st[1] += 1
            if use.helped:
                st[2] += 1


def _step_help(stats: dict[str, list[int]]) -> tuple[StepHelp, ...]:
    return tuple(
        sorted(
            (StepHelp(step_id, *st) for step_id, st in stats.items()),
            key=lambda s: (-s.rated, -s.used, s.step_id),
        )
    )


def _week_episodes(per_night: dict[date, int]) -> dict[date, int]:
    """Counts per Monday from the per-night counts (at most one entry per night)."""
    week_eps: dict[date, int] = {}
    for night, n in per_night.items():
        wk = week_of(night)
        week_eps[wk] = week_eps.get(wk, 0) + n
    return week_eps


def _week_intensity(nights: list[date], values: list[int]) -> dict[date, tuple[int, int]]:
    """(sum, count) of the intensities rated per Monday."""
    week_int: dict[date, list[int]] = {}
    mondays: dict[date, date] = {}
    for rated_night, value in zip(nights, values, strict=True):
        monday = mondays.get(rated_night)
        if monday is None:
            monday = mondays[rated_night] = week_of(rated_night)
        acc = week_int.get(monday)
        if acc is None:
            week_int[monday] = [value, 1]
        else:
            acc[0] += value
            acc[1] += 1
    return {wk: (acc[0], acc[1]) for wk, acc in week_int.items()}


def period_summary(
    episodes: Iterable[Episode], start: date, end: date, diary_from: date | None
) -> Summary:
    """The headline figures for the nights ``start``..``end`` of a diary whose first night is
    ``diary_from``: what Insights shows for its range and the report for its period."""
    period = [e for e in episodes if start <= e.night <= end]
    return compute_patterns(period, today=end, start=start, end=end, diary_from=diary_from).summary


def _median_seconds(durations: list[timedelta]) -> float | None:
    if not durations:
        return None
    durations.sort()
    mid = len(durations) // 2
    if len(durations) % 2:
        return durations[mid].total_seconds()
    return (durations[mid - 1] + durations[mid]).total_seconds() / 2


def _median(values: list[int]) -> float:
    """``statistics.median``, imported when first needed: the window's first screens use this
    module's wording, and ``statistics`` brings ``decimal`` and ``fractions`` (~3 MB) along."""
    import statistics

    return statistics.median(values)
