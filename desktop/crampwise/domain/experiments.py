"""Personal experiments: try a habit in alternating "on" and "off" weeks (the plan).

4, 6 or 8 one-week blocks from the first night; each pair of weeks holds one "on" and one "off"
week in an order drawn from ``random.Random(seed)``, so the plan is balanced and the stored seed
gives it back exactly. The result is in :mod:`crampwise.domain.experiment_result`.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Literal

from crampwise.domain.habits import HABIT_IDS, MAX_OWN_HABIT_CHARS, OWN_HABIT, Habit, error
from crampwise.domain.limits import EARLIEST_START, MAX_ID
from crampwise.text import QT_TRANSLATE_NOOP, Message

WEEKS_CHOICES: tuple[int, ...] = (4, 6, 8)
_CONTEXT = "Experiments"


class Arm(StrEnum):
    ON = "on"
    OFF = "off"


@dataclass(frozen=True, slots=True)
class Block:
    """One week of the plan: seven nights from ``start`` to ``end`` (both included)."""

    start: date
    arm: Arm

    @property
    def end(self) -> date:
        return self.start + timedelta(days=6)

    def __contains__(self, night: object) -> bool:
        return isinstance(night, date) and self.start <= night <= self.end

    def as_dict(self) -> dict[str, str]:
        return {"start": self.start.isoformat(), "end": self.end.isoformat(), "arm": str(self.arm)}


def new_seed() -> int:
    """A fresh seed to store with a new plan."""
    return secrets.randbits(32)


def plan_blocks(start: date, weeks: int, seed: int) -> tuple[Block, ...]:
    """``weeks`` one-week blocks from ``start``; each pair is "on, off" or "off, on" at random."""
    rng = random.Random(seed)
    arms: list[Arm] = []
    for _ in range(weeks // 2):
        arms += [Arm.ON, Arm.OFF] if rng.random() < 0.5 else [Arm.OFF, Arm.ON]
    return tuple(Block(start + timedelta(weeks=i), arm) for i, arm in enumerate(arms))


State = Literal["not_started", "on", "off", "finished", "stopped"]


_WEEK_ON = QT_TRANSLATE_NOOP("Experiments", "Week {week} of {weeks}: an “on” week. {habit}: yes.")
_WEEK_OFF = QT_TRANSLATE_NOOP(
    "Experiments", "Week {week} of {weeks}: an “off” week. {habit}: not this week."
)
_FINISHED = QT_TRANSLATE_NOOP("Experiments", "The experiment is over: see the result in Insights.")
_STOPPED_STATE = QT_TRANSLATE_NOOP("Experiments", "The experiment was stopped.")
_STARTS = QT_TRANSLATE_NOOP("Experiments", "The experiment starts on the night of {start}.")


@dataclass(frozen=True, slots=True)
class ExperimentStatus:
    state: State
    week: int | None = None  # 1-based, during the experiment
    block: Block | None = None
    weeks: int = 0
    start: date | None = None

    def sentence(self, habit_name: str) -> Message:
        """What the check-in and the reminder say tonight; ``habit_name`` in the reader's
        language (``Habit.name.get(lang)``)."""
        if self.state in ("on", "off"):
            template = _WEEK_ON if self.state == "on" else _WEEK_OFF
            params = {"week": self.week, "weeks": self.weeks, "habit": habit_name}
            return Message(_CONTEXT, template, params)
        if self.state == "not_started":
            start = "" if self.start is None else self.start.isoformat()
            return Message(_CONTEXT, _STARTS, {"start": start})
        return Message(_CONTEXT, _FINISHED if self.state == "finished" else _STOPPED_STATE)


@dataclass(frozen=True, slots=True)
class Experiment:
    """A habit tried from ``start`` for ``weeks`` weeks; ``stopped`` is the first night left out
    when it was stopped early (``None``: it runs, or ran, to its end)."""

    habit: str
    weeks: int
    seed: int
    start: date
    own_habit: str = ""
    stopped: date | None = None
    id: int | None = None  # set once stored

    @property
    def blocks(self) -> tuple[Block, ...]:
        return plan_blocks(self.start, self.weeks, self.seed)

    @property
    def end(self) -> date:
        """The last night of the plan."""
        return self.start + timedelta(weeks=self.weeks, days=-1)

    @property
    def last_night(self) -> date:
        """The last night that counts: the plan's, or the one before it was stopped."""
        if self.stopped is not None:
            return min(self.end, self.stopped - timedelta(days=1))
        return self.end

    def running_on(self, night: date) -> bool:
        return self.status_on(night).state in ("on", "off")

    def status_on(self, night: date) -> ExperimentStatus:
        """What ``night`` is for this experiment: before it, an on or off week, or after it."""
        if night < self.start:
            return ExperimentStatus("not_started", weeks=self.weeks, start=self.start)
        if night > self.last_night:
            state: State = "stopped" if self.stopped is not None else "finished"
            return ExperimentStatus(state, weeks=self.weeks, start=self.start)
        week = (night - self.start).days // 7
        block = self.blocks[week]
        arm: State = "on" if block.arm is Arm.ON else "off"
        return ExperimentStatus(arm, week + 1, block, self.weeks, self.start)

    def stop(self, night: date) -> Experiment:
        """Stopped from ``night`` on: the first night that no longer counts. Pass today's date
        (not ``night_of(now)``), so that last night counts whenever it is stopped."""
        if self.stopped is not None or night > self.end:
            raise error(QT_TRANSLATE_NOOP("Experiments", "this experiment is not running"))
        return replace(self, stopped=max(night, self.start))

    def as_dict(self) -> dict[str, object]:
        return {
            "habit": self.habit,
            "own_habit": self.own_habit,
            "weeks": self.weeks,
            "seed": self.seed,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "stopped": None if self.stopped is None else self.stopped.isoformat(),
            "blocks": [b.as_dict() for b in self.blocks],
        }


def start_experiment(
    habit: Habit,
    weeks: int,
    start: date,
    *,
    seed: int | None = None,
    own_habit: str = "",
    others: Iterable[Experiment] = (),
) -> Experiment:
    """A new plan; ``habit`` comes from :meth:`Habits.check` (known and safe for the profile).

    Refused: a length other than 4, 6 or 8 weeks, or another experiment running on ``start``.
    """
    if type(weeks) is not int or weeks not in WEEKS_CHOICES:
        raise error(
            QT_TRANSLATE_NOOP("Experiments", "an experiment lasts 4, 6 or 8 weeks, not {weeks}"),
            weeks=weeks,
        )
    for other in others:
        if other.stopped is None and other.last_night >= start:
            raise error(
                QT_TRANSLATE_NOOP(
                    "Experiments",
                    "an experiment is already running until {end}: stop it first",
                ),
                end=other.end.isoformat(),
            )
    seed = new_seed() if seed is None else seed
    return Experiment(habit.id, weeks, seed, start, " ".join(own_habit.split()))


def check_experiment(experiment: Experiment, today: date) -> None:
    """Raise :class:`ExperimentError` unless ``experiment`` (from a file) is one Crampwise can
    have made: a known habit, 4, 6 or 8 weeks, a seed and id in range, started by ``today``,
    stopped (if at all) within its plan. The profile's cautions are for new plans only."""
    e = experiment
    if e.habit not in HABIT_IDS:
        raise error(
            QT_TRANSLATE_NOOP("Experiments", "unknown habit {habit!r}; known habits: {known}"),
            habit=e.habit[:40],
            known=", ".join(HABIT_IDS),
        )
    own_ok = bool(e.own_habit) == (e.habit == OWN_HABIT) and len(e.own_habit) <= (
        MAX_OWN_HABIT_CHARS
    )
    if not own_ok or any(ord(c) < 32 or ord(c) == 127 for c in e.own_habit):
        raise error(
            QT_TRANSLATE_NOOP(
                "Experiments",
                "own_habit: only the habit “own” has one, of at most {limit} characters",
            ),
            limit=MAX_OWN_HABIT_CHARS,
        )
    if type(e.weeks) is not int or e.weeks not in WEEKS_CHOICES:
        raise error(
            QT_TRANSLATE_NOOP("Experiments", "an experiment lasts 4, 6 or 8 weeks, not {weeks}"),
            weeks=e.weeks,
        )
    if not 0 <= e.seed <= MAX_ID or (e.id is not None and not 1 <= e.id <= MAX_ID):
        raise error(QT_TRANSLATE_NOOP("Experiments", "the seed or the id is out of range"))
    if not EARLIEST_START.date() <= e.start <= today:
        raise error(
            QT_TRANSLATE_NOOP("Experiments", "the start {start} is not a night of the diary"),
            start=e.start.isoformat(),
        )
    if e.stopped is not None and not e.start <= e.stopped <= e.end:
        raise error(
            QT_TRANSLATE_NOOP("Experiments", "it was stopped on {stopped}, outside its plan"),
            stopped=e.stopped.isoformat(),
        )
