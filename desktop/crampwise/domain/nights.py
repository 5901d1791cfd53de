"""Nights: each one recorded ("cramps" or "no_cramps") or unknown, and the evening check-in.

A night is named by the evening it begins (see :func:`crampwise.domain.episode.night_of`). It is
*recorded* when an episode belongs to it (a cramp night, whatever else was said) or when the
person said how it went (the morning question, or the check-in edited later). A night with
nothing recorded is *unknown*: never assumed cramp-free, and left out of every comparison.

The factors of a night are the check-in's factors (the trigger ids episodes use, see
:data:`crampwise.domain.vocab.CONTEXT_TAGS`), the person's own factors typed in the check-in
(split at commas, normalised like episode tags so that "Late dinner" matches an episode tagged
"late dinner"), and the tags of that night's episodes.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from crampwise.domain.episode import Episode, normalise_tag
from crampwise.domain.limits import EARLIEST_START, MAX_TAG_CHARS, MAX_TAGS
from crampwise.domain.vocab import CONTEXT_TAGS
from crampwise.text import QT_TRANSLATE_NOOP, ExplainedError, Message

# The factors the evening check-in offers, in its order (all are episode trigger ids).
CHECKIN_FACTORS: tuple[str, ...] = (
    "hard_exercise",
    "long_sitting_standing",
    "alcohol",
    "caffeine",
    "little_to_drink",
    "heavy_sweating",
    "medication_change",
)
# Any episode trigger id is a valid factor (``cold_room`` too, though the check-in does not ask).
FACTOR_IDS: tuple[str, ...] = tuple(CONTEXT_TAGS)
MAX_DRINKS = 40  # more in one evening is a typo
MAX_OWN_FACTORS_CHARS = 400
# The morning question is not asked before this hour: at 3 a.m. "last night" is still going on.
MORNING_FROM_HOUR = 5

_CONTEXT = "Nights"
_OWN_SPLIT = re.compile(r"[,;\n]")


class NightStatus(StrEnum):
    CRAMPS = "cramps"
    NO_CRAMPS = "no_cramps"


class NightError(ExplainedError, ValueError):
    """A check-in Crampwise cannot accept; the message says what to fix (CLI: exit 2)."""


def _error(template: str, **params: object) -> NightError:
    return NightError(Message(_CONTEXT, template, params))


@dataclass(frozen=True, slots=True)
class CheckIn:
    """What the person recorded about one night: the evening's factors and, later, how it went.

    ``habit_done`` is the experiment's tick ("did you do it tonight?"), ``None`` when not asked;
    ``routine_done`` is set by itself when the evening routine was played.
    """

    night: date
    factors: frozenset[str] = frozenset()
    drinks: int | None = None
    own_factors: str = ""
    routine_done: bool = False
    status: NightStatus | None = None
    habit_done: bool | None = None
    # Every factor of the night: ``factors`` and the own factors as tags (worked out once).
    all_factors: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        factors = frozenset(self.factors)
        if self.drinks is not None and type(self.drinks) is int and self.drinks > 0:
            factors |= {"alcohol"}  # a number of drinks says alcohol by itself
        object.__setattr__(self, "factors", factors)
        object.__setattr__(self, "own_factors", self.own_factors.strip())
        if self.status is not None:
            object.__setattr__(self, "status", NightStatus(self.status))
        object.__setattr__(self, "all_factors", factors | self.own_tags)

    @property
    def own_tags(self) -> frozenset[str]:
        """The own factors as tags: split at commas, semicolons or lines, normalised."""
        parts = (normalise_tag(p) for p in _OWN_SPLIT.split(self.own_factors))
        return frozenset(p for p in parts if p)

    def validated(self, current_night: date) -> CheckIn:
        """The check-in if acceptable; :class:`NightError` otherwise.

        ``current_night`` is the night going on now (``night_of(now, cutover)``): a check-in for
        it is the evening check-in; a later night is in the future.
        """
        validate_checkin(self, current_night)
        return self


def validate_checkin(checkin: CheckIn, current_night: date) -> None:
    """Raise :class:`NightError` unless every field of ``checkin`` is acceptable."""
    if not isinstance(checkin.night, date) or isinstance(checkin.night, datetime):
        raise _error(QT_TRANSLATE_NOOP("Nights", "the night must be a date"))
    if checkin.night > current_night:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Nights", "the night of {night} is in the future: check the date (tonight is {now})"
            ),
            night=checkin.night.isoformat(),
            now=current_night.isoformat(),
        )
    if checkin.night < EARLIEST_START.date():
        raise _error(QT_TRANSLATE_NOOP("Nights", "the night must be on 1 January 2000 or later"))
    unknown = sorted(checkin.factors - set(FACTOR_IDS))
    if unknown:
        raise _error(
            QT_TRANSLATE_NOOP("Nights", "unknown factor {unknown}; known factors: {known}"),
            unknown=", ".join(repr(u) for u in unknown),
            known=", ".join(FACTOR_IDS),
        )
    drinks = checkin.drinks
    if drinks is not None:
        if type(drinks) is not int or not 0 <= drinks <= MAX_DRINKS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Nights", "the number of drinks must be a whole number from 0 to {limit}"
                ),
                limit=MAX_DRINKS,
            )
        if drinks == 0 and "alcohol" in checkin.factors:
            raise _error(QT_TRANSLATE_NOOP("Nights", "alcohol is ticked, but with 0 drinks"))
    _check_own(checkin.own_factors)


def _check_own(text: str) -> None:
    if len(text) > MAX_OWN_FACTORS_CHARS:
        raise _error(
            QT_TRANSLATE_NOOP(
                "Nights", "your own factors are too long (at most {limit} characters)"
            ),
            limit=MAX_OWN_FACTORS_CHARS,
        )
    if any((ord(ch) < 32 and ch != "\n") or ord(ch) == 127 for ch in text):
        raise _error(QT_TRANSLATE_NOOP("Nights", "your own factors contain control characters"))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _error(
            QT_TRANSLATE_NOOP("Nights", "your own factors contain an invalid character")
        ) from None
    tags = [normalise_tag(p) for p in _OWN_SPLIT.split(text) if p.strip()]
    if len(tags) > MAX_TAGS:
        raise _error(
            QT_TRANSLATE_NOOP("Nights", "at most {limit} own factors, separated by commas"),
            limit=MAX_TAGS,
        )
    for tag in tags:
        if len(tag) > MAX_TAG_CHARS:
            raise _error(
                QT_TRANSLATE_NOOP(
                    "Nights", "the factor {start!r}... is longer than {limit} characters"
                ),
                start=tag[:20],
                limit=MAX_TAG_CHARS,
            )


@dataclass(frozen=True, slots=True)
class Night:
    """One night of the diary, as recorded: its status (``None``: unknown) and what it held."""

    night: date
    status: NightStatus | None
    factors: frozenset[str] = frozenset()
    episodes: int = 0
    intensities: tuple[int, ...] = ()  # of the episodes that were rated
    woken: bool | None = None  # a cramp woke the person; False on a cramp-free night
    checkin: CheckIn | None = None

    @property
    def recorded(self) -> bool:
        return self.status is not None

    @property
    def cramps(self) -> bool:
        return self.status is NightStatus.CRAMPS

    def as_dict(self) -> dict[str, object]:
        """``night``, ``status``, ``factors`` (sorted), as ``crampwise nights --json`` prints."""
        return {
            "night": self.night.isoformat(),
            "status": None if self.status is None else str(self.status),
            "factors": sorted(self.factors),
        }


def _woken(episodes: list[Episode]) -> bool | None:
    """True if a cramp woke the person; False if all said not; None when nobody said."""
    answers = [e.woke_from_sleep for e in episodes]
    if any(a is True for a in answers):
        return True
    if answers and all(a is False for a in answers):
        return False
    return None


def night_records(
    episodes: Iterable[Episode],
    checkins: Iterable[CheckIn],
    first: date,
    last: date,
) -> list[Night]:
    """Every night from ``first`` to ``last`` (both included), recorded or unknown, in order.

    A night with an episode has cramps, even if a check-in says otherwise (the episode is the
    firmer record); otherwise the check-in's status decides; otherwise it is unknown.
    """
    by_night: dict[date, list[Episode]] = {}
    for episode in episodes:
        night = episode.night
        if first <= night <= last:
            by_night.setdefault(night, []).append(episode)
    checkin_of: dict[date, CheckIn] = {c.night: c for c in checkins if first <= c.night <= last}
    nights: list[Night] = []
    day = first
    while day <= last:
        nights.append(_night(day, by_night.get(day, []), checkin_of.get(day)))
        day += timedelta(days=1)
    return nights


def _night(day: date, episodes: list[Episode], checkin: CheckIn | None) -> Night:
    factors: frozenset[str] = checkin.all_factors if checkin is not None else frozenset()
    for episode in episodes:
        factors |= episode.tags
    if episodes:
        status: NightStatus | None = NightStatus.CRAMPS
        woken = _woken(episodes)
    else:
        status = checkin.status if checkin is not None else None
        woken = False if status is NightStatus.NO_CRAMPS else None
    return Night(
        night=day,
        status=status,
        factors=factors,
        episodes=len(episodes),
        intensities=tuple(e.intensity for e in episodes if e.intensity is not None),
        woken=woken,
        checkin=checkin,
    )


def recorded_nights(nights: Iterable[Night]) -> list[Night]:
    return [n for n in nights if n.recorded]


def recorded_dates(nights: Iterable[Night]) -> frozenset[date]:
    return frozenset(n.night for n in nights if n.recorded)


def needs_morning_question(
    now: datetime, recorded: Container[date], *, last_asked: date | None
) -> bool:
    """Ask "Last night?" now: the first time today, once last night is over, if unrecorded.

    ``now`` is the local wall clock; last night is the one named by yesterday's date.
    ``recorded`` holds the recorded nights (for example :func:`recorded_dates`);
    ``last_asked`` is the day the question was last shown.
    """
    today = now.date()
    if last_asked is not None and last_asked >= today:
        return False
    if now.hour < MORNING_FROM_HOUR:
        return False
    return (today - timedelta(days=1)) not in recorded
