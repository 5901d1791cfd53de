"""Made-up diaries for the nights, trigger figures and experiments tests."""

from __future__ import annotations

from datetime import date, timedelta, timezone

import pytest

from crampwise import paths
from crampwise.domain.episode import Episode
from crampwise.domain.habits import Habits, load_habits
from crampwise.domain.nights import Night, NightStatus
from tests import diaries

PARIS = timezone(timedelta(hours=1))
FIRST = date(2026, 1, 5)  # a Monday


def episode(night: date, hour: int = 3, **fields: object) -> Episode:
    """An episode on ``night`` beginning at ``hour`` on a winter wall clock in Paris."""
    return diaries.episode(night, hour, tz=PARIS, **fields)


def diary(*groups: tuple[int, int, frozenset[str]]) -> list[Night]:
    """Consecutive recorded nights: each group is (nights, cramp nights among them, factors)."""
    nights: list[Night] = []
    day = FIRST
    for count, cramps, factors in groups:
        for i in range(count):
            status = NightStatus.CRAMPS if i < cramps else NightStatus.NO_CRAMPS
            nights.append(Night(day, status, factors, episodes=int(i < cramps)))
            day += timedelta(days=1)
    return nights


@pytest.fixture(scope="session")
def habits() -> Habits:
    return load_habits(paths.asset("habits.toml"))
