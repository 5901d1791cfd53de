"""Cramps before and after a medicine was started or stopped: timing, never a cause.

Whole weeks only, and only the weeks the diary covers; the sentences say so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Literal

from crampwise.domain.words import PLAIN_WORDS, Words
from crampwise.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from crampwise.domain.profile import HealthProfile

MEDICATION_WEEKS = 8  # at most this many weeks before and after a start or stop
TOO_FEW_WEEKS = 4
TOO_FEW_WEEKS_TEXT = QT_TRANSLATE_NOOP(
    "Patterns", "Too few weeks in the diary to say anything yet."
)
MEDICATION_NOTE = QT_TRANSLATE_NOOP(
    "Patterns",
    "Timing only: these figures cannot show whether a medicine causes cramps. Don't stop or "
    "change a medicine yourself; ask your prescriber or pharmacist.",
)
_STARTED = QT_TRANSLATE_NOOP("Patterns", "Started {name} on {day}")
_STOPPED = QT_TRANSLATE_NOOP("Patterns", "Stopped {name} on {day}")
_BEFORE_DIARY = QT_TRANSLATE_NOOP("Patterns", "{change}, before the diary began.")
_NO_DIARY_BEFORE = QT_TRANSLATE_NOOP("Patterns", "no diary before")
_NO_DIARY_AFTER = QT_TRANSLATE_NOOP("Patterns", "no diary after")
_RATE_WEEK_BEFORE = QT_TRANSLATE_NOOP("Patterns", "{rate} a week in the week before")
_RATE_WEEK_AFTER = QT_TRANSLATE_NOOP("Patterns", "{rate} a week in the week after")
_RATE_WEEKS_BEFORE = QT_TRANSLATE_NOOP("Patterns", "{rate} a week in the {weeks} weeks before")
_RATE_WEEKS_AFTER = QT_TRANSLATE_NOOP("Patterns", "{rate} a week in the {weeks} weeks after")
_CHANGE_FIGURES = QT_TRANSLATE_NOOP("Patterns", "{change}: {before}, {after}.")

Change = Literal["started", "stopped"]


@dataclass(frozen=True, slots=True)
class MedicationChange:
    """Episodes per week in the weeks before and after a medicine was started or stopped."""

    name: str
    drug_class: str | None
    change: Change
    on: date
    weeks_before: int
    episodes_before: int
    weeks_after: int
    episodes_after: int
    diary_from: date | None = None  # the first logged night: nothing is known before it

    @property
    def before_diary(self) -> bool:
        return self.diary_from is not None and self.on < self.diary_from

    @property
    def rate_before(self) -> float | None:
        return self.episodes_before / self.weeks_before if self.weeks_before else None

    @property
    def rate_after(self) -> float | None:
        return self.episodes_after / self.weeks_after if self.weeks_after else None

    @property
    def too_few(self) -> bool:
        return min(self.weeks_before, self.weeks_after) < TOO_FEW_WEEKS

    @property
    def caution(self) -> str | None:
        return TOO_FEW_WEEKS_TEXT if self.too_few else None

    def headline(self, words: Words = PLAIN_WORDS) -> str:
        """'Started amlodipine on 3 Mar 2026'."""
        template = _STARTED if self.change == "started" else _STOPPED
        return words.tr(template).format(name=self.name, day=words.day(self.on))

    def describe(self, words: Words = PLAIN_WORDS) -> str:
        """'Started amlodipine on 3 Mar 2026: 1.5 a week in the 8 weeks before, 3.0 a week in
        the 6 weeks after.'"""
        tr = words.tr

        def part(rate: float | None, weeks: int, before: bool) -> str:
            if rate is None:
                return tr(_NO_DIARY_BEFORE if before else _NO_DIARY_AFTER)
            if weeks == 1:
                template = _RATE_WEEK_BEFORE if before else _RATE_WEEK_AFTER
            else:
                template = _RATE_WEEKS_BEFORE if before else _RATE_WEEKS_AFTER
            return tr(template).format(rate=words.number(rate, 1), weeks=weeks)

        head = self.headline(words)
        if self.before_diary:
            return tr(_BEFORE_DIARY).format(change=head)
        text = tr(_CHANGE_FIGURES).format(
            change=head,
            before=part(self.rate_before, self.weeks_before, True),
            after=part(self.rate_after, self.weeks_after, False),
        )
        return f"{text} {tr(self.caution)}" if self.caution else text


def medication_changes(
    profile: HealthProfile,
    per_night: dict[date, int],
    first: date,
    until: date,
    medication_weeks: int,
) -> list[MedicationChange]:
    meds: list[MedicationChange] = []
    for med in profile.medications:
        changes: tuple[tuple[Change, date | None], ...] = (
            ("started", med.started),
            ("stopped", med.stopped),
        )
        for change, on in changes:
            if on is not None:
                meds.append(
                    _medication_change(
                        med.name,
                        med.drug_class,
                        change,
                        on,
                        per_night,
                        first,
                        until,
                        medication_weeks,
                    )
                )
    meds.sort(key=lambda m: m.on)
    return meds


def _medication_change(
    name: str,
    drug_class: str | None,
    change: Change,
    on: date,
    per_night: dict[date, int],
    observed_from: date,
    observed_to: date,
    max_weeks: int,
) -> MedicationChange:
    """Whole weeks only, and only weeks the diary covers: from the first logged night to today.

    Before: the nights ``on - 7w`` .. ``on - 1``; after: ``on`` .. ``on + 7w - 1``.
    """
    weeks_before = max(0, min(max_weeks, (on - observed_from).days // 7))
    weeks_after = max(0, min(max_weeks, ((observed_to - on).days + 1) // 7))
    if on < observed_from:  # the weeks after a change made before the diary are not "after"
        weeks_after = 0

    def total(first: date, days: int) -> int:
        return sum(per_night.get(first + timedelta(days=d), 0) for d in range(days))

    return MedicationChange(
        name=name,
        drug_class=drug_class,
        change=change,
        on=on,
        weeks_before=weeks_before,
        episodes_before=total(on - timedelta(weeks=weeks_before), 7 * weeks_before),
        weeks_after=weeks_after,
        episodes_after=total(on, 7 * weeks_after),
        diary_from=observed_from,
    )
