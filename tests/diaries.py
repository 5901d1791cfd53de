"""Made-up episodes on chosen nights, for the tests of patterns, Insights, the report and nights."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from crampwise.domain.episode import Episode

PARIS_SUMMER = timezone(timedelta(hours=2))
TODAY = date(2026, 5, 20)  # a Wednesday


def at(day: date, hour: int, minute: int = 0, tz: timezone = PARIS_SUMMER) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=tz)


def episode(
    night: date, hour: int = 3, *, tz: timezone = PARIS_SUMMER, **fields: object
) -> Episode:
    """An episode on ``night`` (named by its evening) beginning at ``hour`` on the wall clock."""
    day = night if hour >= 12 else night + timedelta(days=1)
    start = at(day, hour, tz=tz)
    fields.setdefault("ended_at", start + timedelta(minutes=2))
    return Episode(started_at=start, **fields)  # type: ignore[arg-type]
