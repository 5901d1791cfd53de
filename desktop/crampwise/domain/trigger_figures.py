"""Honest trigger figures: the share of recorded nights with a factor that had a cramp, against
the share of recorded nights without it, with the ratio of the two and its 95% interval.

Only recorded nights count (:mod:`crampwise.domain.nights`); unknown nights are left out.

The statistics, in closed form so the app needs no scipy (the tests check them against
``scipy.stats.contingency.relative_risk`` on the same counts):

- the ratio is the relative risk ``(a / n1) / (c / n2)``: ``a`` cramp nights of ``n1`` nights
  with the factor, ``c`` of ``n2`` without;
- its interval is Katz's: ``exp(log RR ± 1.96 · SE)``, ``SE = √(1/a − 1/n1 + 1/c − 1/n2)``;
- fewer than :data:`MIN_NIGHTS` recorded nights on either side: not enough, no ratio;
- no cramp night on one side (``a`` or ``c`` is 0): no ratio either. The ratio would be 0 or
  infinite and Katz's interval does not exist; a 0.5 correction would invent an interval the
  diary does not hold. The sentence gives the counts and says why there is no ratio.

Nights woken are compared the same way (among nights where it is known whether a cramp woke
the person), and the mean intensity of cramps on nights with and without the factor.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from crampwise.domain.medication_changes import MEDICATION_NOTE
from crampwise.domain.nights import CHECKIN_FACTORS, FACTOR_IDS, Night
from crampwise.domain.patterns import CONTEXT as PATTERNS_CONTEXT
from crampwise.domain.words import PLAIN_WORDS, Words
from crampwise.text import QT_TRANSLATE_NOOP, Message

MIN_NIGHTS = 8  # recorded nights needed on each side before a ratio is shown
MANY_FACTORS = 3  # this many factors with a ratio at once: one may stand out by chance
Z_95 = 1.959963984540054  # the normal quantile for a two-sided 95% interval

_CONTEXT = "Trigger figures"
# "…% of <nights after alcohol>": each factor as the nights it describes.
_NIGHTS_AFTER: dict[str, str] = {
    "hard_exercise": QT_TRANSLATE_NOOP("Trigger figures", "nights after hard or unusual exercise"),
    "long_sitting_standing": QT_TRANSLATE_NOOP(
        "Trigger figures", "nights after long sitting or standing"
    ),
    "little_to_drink": QT_TRANSLATE_NOOP(
        "Trigger figures", "nights after a day with little to drink"
    ),
    "heavy_sweating": QT_TRANSLATE_NOOP(
        "Trigger figures", "nights after heavy sweating or a hot day"
    ),
    "alcohol": QT_TRANSLATE_NOOP("Trigger figures", "nights after alcohol"),
    "caffeine": QT_TRANSLATE_NOOP("Trigger figures", "nights after caffeine"),
    "cold_room": QT_TRANSLATE_NOOP("Trigger figures", "nights in a cold room"),
    "medication_change": QT_TRANSLATE_NOOP(
        "Trigger figures", "nights after a new or changed medicine"
    ),
}
assert tuple(_NIGHTS_AFTER) == FACTOR_IDS
_OWN_NIGHTS = QT_TRANSLATE_NOOP("Trigger figures", "nights with “{factor}”")
_PATTERN_NOT_CAUSE = QT_TRANSLATE_NOOP(
    "Trigger figures", "A pattern in your diary, not proof of a cause."
)
_CRAMPS_RATIO = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "Cramps came on {pct_with}% of {nights} ({with_events} of {with_nights}) and "
    "{pct_without}% of other nights ({without_events} of {without_nights}): {ratio} times as "
    "often (likely between {low} and {high}).",
)
_CRAMPS_NO_RATIO = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "Cramps came on {pct_with}% of {nights} ({with_events} of {with_nights}) and "
    "{pct_without}% of other nights ({without_events} of {without_nights}). With no cramp "
    "nights on one side, there is no ratio to give yet.",
)
_CRAMPS_EVERY_NIGHT = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "Cramps came on every recorded night, {nights} ({with_events} of {with_nights}) or not "
    "({without_events} of {without_nights}): note the nights without cramps too (the morning "
    "question or the evening check-in), and this can compare them.",
)
_NOT_ENOUGH = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "Not enough nights yet to compare {nights} with other nights ({with_nights} and "
    "{without_nights} recorded; {needed} of each are needed).",
)
_WOKEN_RATIO = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "A cramp woke you on {pct_with}% of {nights} ({with_events} of {with_nights}) and "
    "{pct_without}% of other nights ({without_events} of {without_nights}): {ratio} times as "
    "often (likely between {low} and {high}).",
)
_INTENSITY = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "Cramps on {nights} were {with_mean} out of 10 on average, against {without_mean} on "
    "other nights.",
)
_MANY = QT_TRANSLATE_NOOP(
    "Trigger figures",
    "{count} factors are compared at once: with so many, one may stand out by chance.",
)


@dataclass(frozen=True, slots=True)
class Comparison:
    """``with_events`` of ``with_nights`` against ``without_events`` of ``without_nights``."""

    with_nights: int
    with_events: int
    without_nights: int
    without_events: int
    ratio: float | None
    low: float | None
    high: float | None

    @property
    def enough(self) -> bool:
        return min(self.with_nights, self.without_nights) >= MIN_NIGHTS

    @classmethod
    def of(
        cls, with_events: int, with_nights: int, without_events: int, without_nights: int
    ) -> Comparison:
        ratio = low = high = None
        if min(with_nights, without_nights) >= MIN_NIGHTS:
            ratio, low, high = relative_risk(
                with_events, with_nights, without_events, without_nights
            )
        return cls(with_nights, with_events, without_nights, without_events, ratio, low, high)


def relative_risk(
    a: int, n1: int, c: int, n2: int
) -> tuple[float | None, float | None, float | None]:
    """``(ratio, low, high)``: the relative risk of ``a``/``n1`` against ``c``/``n2`` and Katz's
    95% interval; all ``None`` when a side has no nights or no events (see the module)."""
    if not (0 < a <= n1 and 0 < c <= n2):
        return None, None, None
    ratio = (a / n1) / (c / n2)
    se = math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n2)
    return ratio, ratio * math.exp(-Z_95 * se), ratio * math.exp(Z_95 * se)


@dataclass(frozen=True, slots=True)
class TriggerFigure:
    """One factor: cramp nights with and without it, nights woken, and mean intensity."""

    factor: str
    cramps: Comparison
    woken: Comparison
    intensity_with: float | None  # mean over rated cramps on nights with the factor
    intensity_without: float | None
    intensity_nights_with: int  # cramp nights with a rated intensity behind each mean
    intensity_nights_without: int

    @property
    def enough(self) -> bool:
        return self.cramps.enough

    @property
    def intensity_enough(self) -> bool:
        return min(self.intensity_nights_with, self.intensity_nights_without) >= MIN_NIGHTS

    def nights_phrase(self) -> Message:
        """The nights this factor describes: "nights after alcohol", "nights with “work”"."""
        known = _NIGHTS_AFTER.get(self.factor)
        if known is not None:
            return Message(_CONTEXT, known)
        return Message(_CONTEXT, _OWN_NIGHTS, {"factor": self.factor})

    def sentence(self, words: Words = PLAIN_WORDS) -> Message:
        """The cramp-night comparison in words, or "not enough nights yet"."""
        c = self.cramps
        if not c.enough:
            return Message(
                _CONTEXT,
                _NOT_ENOUGH,
                {
                    "nights": self.nights_phrase(),
                    "with_nights": c.with_nights,
                    "without_nights": c.without_nights,
                    "needed": MIN_NIGHTS,
                },
            )
        if c.with_events == c.with_nights and c.without_events == c.without_nights:
            # The ratio is 1 with an interval of no width: nothing to compare, not "no effect".
            return Message(_CONTEXT, _CRAMPS_EVERY_NIGHT, _params(c, self.nights_phrase(), words))
        template = _CRAMPS_RATIO if c.ratio is not None else _CRAMPS_NO_RATIO
        parts = [
            Message(_CONTEXT, template, _params(c, self.nights_phrase(), words)),
            Message(_CONTEXT, _PATTERN_NOT_CAUSE),
        ]
        if self.factor == "medication_change":  # never a nudge to stop a medicine
            parts.append(Message(PATTERNS_CONTEXT, MEDICATION_NOTE))
        return Message.joined(parts)

    def woken_sentence(self, words: Words = PLAIN_WORDS) -> Message | None:
        """Nights woken, compared the same way; ``None`` without a ratio to give."""
        if self.woken.ratio is None:
            return None
        return Message(_CONTEXT, _WOKEN_RATIO, _params(self.woken, self.nights_phrase(), words))

    def intensity_sentence(self, words: Words = PLAIN_WORDS) -> Message | None:
        """Mean intensity with and without; ``None`` with too few rated cramp nights."""
        if not self.intensity_enough or self.intensity_with is None:
            return None
        assert self.intensity_without is not None
        return Message(
            _CONTEXT,
            _INTENSITY,
            {
                "nights": self.nights_phrase(),
                "with_mean": words.number(self.intensity_with, 1),
                "without_mean": words.number(self.intensity_without, 1),
            },
        )

    def as_dict(self) -> dict[str, object]:
        """The fields ``crampwise triggers --json`` prints, by the names issue 16 gives them."""
        c = self.cramps
        return {
            "factor": self.factor,
            "nights_with": c.with_nights,
            "cramp_nights_with": c.with_events,
            "nights_without": c.without_nights,
            "cramp_nights_without": c.without_events,
            "ratio": c.ratio,
            "low": c.low,
            "high": c.high,
            "enough": c.enough,
        }


def _ratio_text(value: float, words: Words) -> str:
    return words.number(value, 1 if value >= 1 else 2)


def _percent(events: int, nights: int, words: Words) -> str:
    """A whole percentage that never reads 0 or 100 unless it is: 299 of 300 is 99%."""
    share = 100 * events / nights
    if 0 < events < nights:
        share = min(max(share, 1.0), 99.0)
    return words.number(share, 0)


def _params(c: Comparison, nights: Message, words: Words) -> dict[str, object]:
    params: dict[str, object] = {
        "nights": nights,
        "pct_with": _percent(c.with_events, c.with_nights, words),
        "with_events": c.with_events,
        "with_nights": c.with_nights,
        "pct_without": _percent(c.without_events, c.without_nights, words),
        "without_events": c.without_events,
        "without_nights": c.without_nights,
    }
    if c.ratio is not None and c.low is not None and c.high is not None:
        params |= {
            "ratio": _ratio_text(c.ratio, words),
            "low": _ratio_text(c.low, words),
            "high": _ratio_text(c.high, words),
        }
    return params


def _factor_order(factor: str) -> tuple[int, str]:
    return (FACTOR_IDS.index(factor), "") if factor in FACTOR_IDS else (len(FACTOR_IDS), factor)


def trigger_figures(
    nights: Iterable[Night], factors: Iterable[str] | None = None
) -> list[TriggerFigure]:
    """One figure per factor, over the recorded nights among ``nights``.

    ``factors`` defaults to the check-in's factors and every factor a recorded night holds
    (known ids in their order, then the person's own, alphabetically).

    One pass: the totals over all recorded nights, and per factor the nights with it; the
    nights without a factor are the totals minus those.
    """
    total = _Tally()
    with_factor: dict[str, _Tally] = {}
    for night in nights:
        if not night.recorded:
            continue
        total.add(night)
        for factor in night.factors:
            tally = with_factor.get(factor)
            if tally is None:
                tally = with_factor[factor] = _Tally()
            tally.add(night)
    wanted = set(CHECKIN_FACTORS) | set(with_factor) if factors is None else set(factors)
    return [
        _figure(f, with_factor.get(f, _Tally()), total) for f in sorted(wanted, key=_factor_order)
    ]


class _Tally:
    """Counts over a set of recorded nights."""

    __slots__ = ("cramp", "intensity_nights", "intensity_sum", "nights", "rated", "woke", "woken")

    def __init__(self) -> None:
        self.nights = self.cramp = self.woken = self.woke = 0
        self.intensity_sum = self.rated = self.intensity_nights = 0

    def add(self, night: Night) -> None:
        self.nights += 1
        self.cramp += night.cramps
        if night.woken is not None:
            self.woken += 1  # nights where it is known
            self.woke += night.woken
        if night.intensities:
            self.intensity_sum += sum(night.intensities)
            self.rated += len(night.intensities)
            self.intensity_nights += 1


def _figure(factor: str, w: _Tally, total: _Tally) -> TriggerFigure:
    rated_without = total.rated - w.rated
    return TriggerFigure(
        factor=factor,
        cramps=Comparison.of(w.cramp, w.nights, total.cramp - w.cramp, total.nights - w.nights),
        woken=Comparison.of(w.woke, w.woken, total.woke - w.woke, total.woken - w.woken),
        intensity_with=w.intensity_sum / w.rated if w.rated else None,
        intensity_without=(total.intensity_sum - w.intensity_sum) / rated_without
        if rated_without
        else None,
        intensity_nights_with=w.intensity_nights,
        intensity_nights_without=total.intensity_nights - w.intensity_nights,
    )


def many_factors_warning(figures: Iterable[TriggerFigure]) -> Message | None:
    """One line when several factors have a ratio at once; ``None`` otherwise."""
    count = sum(1 for f in figures if f.cramps.ratio is not None)
    if count < MANY_FACTORS:
        return None
    return Message(_CONTEXT, _MANY, {"count": count})
