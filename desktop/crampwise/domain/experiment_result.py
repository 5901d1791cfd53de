"""The result of a personal experiment (:mod:`crampwise.domain.experiments`).

 Recorded nights only (unknown nights are left out and counted), "on" against
"off": nights, cramp nights, episodes, mean intensity; cramp nights per week; the rate ratio
of cramp nights per recorded night with an exact 95% interval; adherence.

Why this interval: the headline figure is cramp nights per week, so the ratio is a rate ratio
with recorded nights as the exposure. Given the total number of cramp nights ``n``, the "on"
count ``k`` is binomial with ``p = R·t_on / (R·t_on + t_off)``, so the exact (Clopper–Pearson)
interval for ``p``, mapped through ``R = p/(1−p) · t_off/t_on``, is an exact interval for the
ratio ``R``. It is found by bisection on the binomial tails in plain Python (no scipy, no beta
quantile). It works with a zero count ("on": ratio 0 and an upper bound; "off": a lower bound
and no ratio), where a log-normal approximation fails, and with 2–4 pairs of weeks a
permutation test over blocks has too few orderings (2–16) to give an interval at all. A night
holds at most one "cramp night", so the Poisson model is a little wide; nights are not
independent (cramps cluster, habits carry over), which makes it too narrow: the summary says so.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from crampwise.domain.experiments import Arm, Experiment
from crampwise.domain.habits import DONE_BY_ROUTINE, DONE_BY_TICK, Habit
from crampwise.domain.nights import Night
from crampwise.domain.trigger_figures import MIN_NIGHTS
from crampwise.domain.words import PLAIN_WORDS, Words
from crampwise.text import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Experiments"


def habit_done(habit: Habit, night: Night) -> bool | None:
    """Whether the habit was done on ``night``; ``None`` when nothing says.

    The routine counts by itself when played; "no alcohol" and "no caffeine" are not done on a
    night with that factor; otherwise the check-in's tick decides.
    """
    checkin = night.checkin
    if habit.done_by == DONE_BY_ROUTINE:
        if checkin is not None and checkin.routine_done:
            return True
        return None if checkin is None else checkin.habit_done is True
    if habit.done_by != DONE_BY_TICK:
        if habit.done_by in night.factors:
            return False
        if checkin is not None:
            return checkin.habit_done is not False
    return None if checkin is None else checkin.habit_done


@dataclass(frozen=True, slots=True)
class ArmResult:
    nights: int  # recorded nights
    cramp_nights: int
    episodes: int
    intensity_sum: int
    intensity_rated: int
    unrecorded: int

    @property
    def mean_intensity(self) -> float | None:
        return self.intensity_sum / self.intensity_rated if self.intensity_rated else None

    @property
    def per_week(self) -> float | None:
        """Cramp nights per week (of recorded nights)."""
        return 7 * self.cramp_nights / self.nights if self.nights else None

    @property
    def episodes_per_night(self) -> float | None:
        return self.episodes / self.nights if self.nights else None

    def as_dict(self) -> dict[str, object]:
        return {
            "nights": self.nights,
            "cramp_nights": self.cramp_nights,
            "episodes": self.episodes,
            "mean_intensity": self.mean_intensity,
        }


def _arm(nights: list[Night]) -> ArmResult:
    recorded = [n for n in nights if n.recorded]
    return ArmResult(
        nights=len(recorded),
        cramp_nights=sum(n.cramps for n in recorded),
        episodes=sum(n.episodes for n in recorded),
        intensity_sum=sum(sum(n.intensities) for n in recorded),
        intensity_rated=sum(len(n.intensities) for n in recorded),
        unrecorded=len(nights) - len(recorded),
    )


def _binomial_tail(k: int, n: int, p: float, upper: bool) -> float:
    """P(X ≥ k) if ``upper`` else P(X ≤ k), for X ~ Binomial(n, p), 0 < p < 1."""
    lp, lq = math.log(p), math.log1p(-p)
    terms = range(k, n + 1) if upper else range(k + 1)
    lg = math.lgamma
    return sum(
        math.exp(lg(n + 1) - lg(i + 1) - lg(n - i + 1) + i * lp + (n - i) * lq) for i in terms
    )


def _solve(k: int, n: int, upper: bool, alpha: float) -> float:
    """The p at which the tail equals alpha/2 (bisection; the tail is monotone in p)."""
    lo, hi = 0.0, 1.0
    for _ in range(200):
        mid = (lo + hi) / 2
        tail = _binomial_tail(k, n, mid, upper)
        # P(X ≥ k) grows with p; P(X ≤ k) falls with p.
        if (tail < alpha / 2) == upper:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-15:
            break
    return (lo + hi) / 2


def clopper_pearson(k: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    """The exact two-sided interval for a binomial proportion ``k``/``n`` (``n`` > 0)."""
    low = 0.0 if k == 0 else _solve(k, n, True, alpha)
    high = 1.0 if k == n else _solve(k, n, False, alpha)
    return low, high


def rate_ratio(
    events_on: int, nights_on: int, events_off: int, nights_off: int
) -> tuple[float | None, float | None, float | None]:
    """``(ratio, low, high)`` of the "on" rate over the "off" rate, with the exact conditional
    95% interval; ``None`` where a value would be undefined or infinite."""
    n = events_on + events_off
    if n == 0 or nights_on == 0 or nights_off == 0:
        return None, None, None
    p_low, p_high = clopper_pearson(events_on, n)
    scale = nights_off / nights_on

    def to_ratio(p: float) -> float | None:
        return None if p >= 1 else p / (1 - p) * scale

    ratio = to_ratio(events_on / n)
    return ratio, to_ratio(p_low), to_ratio(p_high)


@dataclass(frozen=True, slots=True)
class ExperimentResult:
    on: ArmResult
    off: ArmResult
    rate_ratio: float | None
    low: float | None
    high: float | None
    adherence_done: int
    adherence_known: int  # "on" nights where it is known whether the habit was done
    on_nights_so_far: int
    stopped_early: bool

    @property
    def adherence(self) -> float | None:
        return self.adherence_done / self.adherence_known if self.adherence_known else None

    @property
    def enough(self) -> bool:
        return min(self.on.nights, self.off.nights) >= MIN_NIGHTS

    def summary(self, words: Words = PLAIN_WORDS) -> Message:
        """What the result shows, and what it cannot: few nights, carry-over, adherence."""
        return Message.joined(
            [_comparison(self, words), *_limits(self), Message(_CONTEXT, _NOT_PROOF)]
        )

    def as_dict(self) -> dict[str, object]:
        return {
            "on": self.on.as_dict(),
            "off": self.off.as_dict(),
            "rate_ratio": self.rate_ratio,
            "low": self.low,
            "high": self.high,
            "adherence": self.adherence,
            "enough": self.enough,
            "summary": self.summary().english(),
        }


def experiment_result(
    experiment: Experiment, habit: Habit, nights: Iterable[Night], through: date
) -> ExperimentResult:
    """The result over the plan's nights up to ``through`` (the last night that is over).

    ``nights`` should cover the plan (see :func:`crampwise.domain.nights.night_records`); a
    plan night missing from it counts as unrecorded.
    """
    last = min(experiment.last_night, through)
    by_night = {n.night: n for n in nights}
    arms: dict[Arm, list[Night]] = {Arm.ON: [], Arm.OFF: []}
    for block in experiment.blocks:
        day = block.start
        while day <= min(block.end, last):
            arms[block.arm].append(by_night.get(day) or Night(day, None))
            day += timedelta(days=1)
    on, off = _arm(arms[Arm.ON]), _arm(arms[Arm.OFF])
    done = [habit_done(habit, n) for n in arms[Arm.ON]]
    ratio, low, high = (None, None, None)
    if min(on.nights, off.nights) >= MIN_NIGHTS:
        ratio, low, high = rate_ratio(on.cramp_nights, on.nights, off.cramp_nights, off.nights)
    return ExperimentResult(
        on=on,
        off=off,
        rate_ratio=ratio,
        low=low,
        high=high,
        adherence_done=sum(d is True for d in done),
        adherence_known=sum(d is not None for d in done),
        on_nights_so_far=len(arms[Arm.ON]),
        stopped_early=experiment.stopped is not None and experiment.last_night < experiment.end,
    )


_NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "Experiments",
    "Not enough recorded nights yet to compare: {on} in “on” weeks and {off} in “off” weeks; "
    "{needed} of each are needed.",
)
_RATIO = QT_TRANSLATE_NOOP(
    "Experiments",
    "Cramps came on {on_rate} nights a week in “on” weeks and {off_rate} in “off” weeks: "
    "{ratio} times as often with the habit (likely between {low} and {high}).",
)
_NONE_ON = QT_TRANSLATE_NOOP(
    "Experiments",
    "No cramp nights in “on” weeks, against {off_rate} a week in “off” weeks (with the habit, "
    "likely at most {high} times as often).",
)
_NONE_OFF = QT_TRANSLATE_NOOP(
    "Experiments",
    "Cramps came on {on_rate} nights a week in “on” weeks and on none in “off” weeks: there is "
    "no ratio to give.",
)
_NONE_AT_ALL = QT_TRANSLATE_NOOP(
    "Experiments", "No cramp nights in either kind of week: nothing to compare."
)
_UNRECORDED = QT_TRANSLATE_NOOP(
    "Experiments", "{count} nights of the plan were not recorded and are left out."
)
_ADHERENCE = QT_TRANSLATE_NOOP(
    "Experiments",
    "The habit was done on {done} of the {known} “on” nights where it was noted, so the "
    "difference may be smaller than the habit can make.",
)
_ADHERENCE_UNKNOWN = QT_TRANSLATE_NOOP(
    "Experiments", "Whether the habit was done on “on” nights was not noted."
)
_STOPPED = QT_TRANSLATE_NOOP("Experiments", "The experiment was stopped early.")
_NOT_PROOF = QT_TRANSLATE_NOOP(
    "Experiments",
    "A few weeks of nights can show a difference by chance, and a habit's effect can carry "
    "over into the next week: this describes your diary over these weeks, not proof that the "
    "habit works or does not.",
)


def _comparison(result: ExperimentResult, words: Words) -> Message:
    on, off = result.on, result.off
    if not result.enough:
        return Message(
            _CONTEXT, _NOT_ENOUGH, {"on": on.nights, "off": off.nights, "needed": MIN_NIGHTS}
        )

    def num(value: float | None) -> str:
        return "" if value is None else words.number(value, 1 if value >= 1 else 2)

    params = {
        "on_rate": num(on.per_week),
        "off_rate": num(off.per_week),
        "ratio": num(result.rate_ratio),
        "low": num(result.low),
        "high": num(result.high),
    }
    if on.cramp_nights == 0 and off.cramp_nights == 0:
        template = _NONE_AT_ALL
    elif on.cramp_nights == 0:
        template = _NONE_ON
    elif off.cramp_nights == 0:
        template = _NONE_OFF
    else:
        template = _RATIO
    return Message(_CONTEXT, template, params)


def _limits(result: ExperimentResult) -> list[Message]:
    said: list[Message] = []
    unrecorded = result.on.unrecorded + result.off.unrecorded
    if unrecorded:
        said.append(Message(_CONTEXT, _UNRECORDED, {"count": unrecorded}))
    if result.on_nights_so_far and result.adherence_known == 0:
        said.append(Message(_CONTEXT, _ADHERENCE_UNKNOWN))
    elif result.adherence_done < result.adherence_known:
        said.append(
            Message(
                _CONTEXT,
                _ADHERENCE,
                {"done": result.adherence_done, "known": result.adherence_known},
            )
        )
    if result.stopped_early:
        said.append(Message(_CONTEXT, _STOPPED))
    return said
