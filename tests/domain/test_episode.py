from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from crampwise.domain.episode import (
    Episode,
    EpisodeError,
    night_label,
    night_of,
    parse_duration,
)
from crampwise.domain.limits import MAX_NOTE_CHARS
from crampwise.domain.vocab import Location, Side

CET = timezone(timedelta(hours=1))


def at(hour: int, minute: int = 0, day: int = 26) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=CET)


def test_an_episode_at_three_belongs_to_the_night_that_began_the_evening_before() -> None:
    assert Episode(started_at=at(3, 10)).night == date(2026, 11, 25)
    assert Episode(started_at=at(23, 30, day=25)).night == date(2026, 11, 25)
    assert night_label(date(2026, 11, 25)) == "Night of 25–26 Nov 2026"
    assert night_label(date(2026, 11, 30)) == "Night of 30 Nov–1 Dec 2026"


def test_the_cutover_hour_is_a_setting() -> None:
    assert night_of(at(10), cutover_hour=12) == date(2026, 11, 25)
    assert night_of(at(10), cutover_hour=6) == date(2026, 11, 26)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"ended_at": at(3, 0)}, "ended_at"),  # before the start
        ({"ended_at": at(3, 10) + timedelta(hours=7)}, "ended_at"),
        ({"intensity": 11}, "intensity"),
        ({"intensity": -1}, "intensity"),
        ({"note": "x" * (MAX_NOTE_CHARS + 1)}, "note"),
        ({"tags": frozenset({"Has Capitals"})}, "tags"),
        ({"tags": frozenset({"x" * 41})}, "tags"),
        ({"red_flags": frozenset({"made_up"})}, "red_flags"),
        ({"minutes_to_sleep_again": 5000}, "minutes_to_sleep_again"),
        ({"started_at": datetime(2026, 11, 26, 3, 10)}, "started_at"),  # no offset
    ],
)
def test_validation_names_the_field_to_fix(changes: dict[str, object], field: str) -> None:
    episode = Episode(started_at=at(3, 10), ended_at=at(3, 13)).replace(**changes)
    with pytest.raises(EpisodeError) as err:
        episode.validated()
    assert err.value.field == field
    assert err.value.message


def test_a_complete_episode_is_valid_and_reports_its_duration() -> None:
    episode = Episode(
        started_at=at(3, 10),
        ended_at=at(3, 13),
        side=Side.LEFT,
        locations=frozenset({Location.CALF, Location.TOES}),
        intensity=7,
        tags=frozenset({"alcohol", "long walk"}),
        note="Woke up twice 😖 — שלום",
    ).validated()
    assert episode.duration == timedelta(minutes=3)
    assert not episode.ongoing


@pytest.mark.parametrize(
    ("text", "expected"),
    [("3m", 180), ("90s", 90), ("1h5m", 3900), ("2", 120), ("2 min", 120)],
)
def test_durations_parse(text: str, expected: int) -> None:
    assert parse_duration(text).total_seconds() == expected


@pytest.mark.parametrize("text", ["", "abc", "3x", "m"])
def test_bad_durations_are_refused_with_a_hint(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)
