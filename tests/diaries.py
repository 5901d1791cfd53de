"""Made-up episodes on chosen nights, for the tests of patterns, Insights, the report and nights."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from crampwise.domain.episode import Episode
from crampwise.domain.nights import CheckIn, NightStatus

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


def alcohol_checkins(last: date) -> list[CheckIn]:
    """60 recorded nights ending on ``last``, with a known answer: alcohol on 20 nights, 12 of
    them with cramps (60%), and 10 cramp nights among the 40 others (25%): 2.4 times as often
    (Katz's interval 1.26 to 4.57)."""
    nights = [last - timedelta(days=i) for i in range(60)]
    checkins = []
    for i, night in enumerate(nights):
        alcohol = i < 20
        cramps = i < 12 if alcohol else i < 30
        checkins.append(
            CheckIn(
                night,
                factors=frozenset({"alcohol"}) if alcohol else frozenset(),
                drinks=2 if alcohol else None,
                status=NightStatus.CRAMPS if cramps else NightStatus.NO_CRAMPS,
            )
        )
    return checkins
