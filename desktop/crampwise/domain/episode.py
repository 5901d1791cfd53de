"""An episode of night cramp, the night it belongs to, and its validation."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from crampwise.domain.limits import (
    EARLIEST_START,
    MAX_DURATION,
    MAX_ID,
    MAX_INTENSITY,
    MAX_NOTE_CHARS,
    MAX_SLEEP_MINUTES,
    MAX_STEP_ID_CHARS,
    MAX_STEPS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MIN_ID,
    MIN_INTENSITY,
    START_AHEAD,
)
from crampwise.domain.vocab import ALL_RED_FLAG_SIGNS, Location, Side
from crampwise.text import QT_TRANSLATE_NOOP, Message, as_english

DEFAULT_NIGHT_CUTOVER_HOUR = 12
# A cramp not marked as over is "running" this long after its start: the window resumes it, and
# nobody can start a second one meanwhile. An older one was left open by a crash or a kill.
RUNNING_WITHIN = timedelta(minutes=30)

_TAG_RE = re.compile(r"^[^\x00-\x1f\x7f]+$")


_CONTEXT = "Episode"
_FIELD_CONTEXT = "Episode field"
# How a field is named to the person ("Please check ended at: ..."); the English is the field's
# name with spaces, as it always was.
FIELD_LABELS: dict[str, str] = {
    "id": QT_TRANSLATE_NOOP("Episode field", "id"),
    "started_at": QT_TRANSLATE_NOOP("Episode field", "started at"),
    "ended_at": QT_TRANSLATE_NOOP("Episode field", "ended at"),
    "side": QT_TRANSLATE_NOOP("Episode field", "side"),
    "locations": QT_TRANSLATE_NOOP("Episode field", "locations"),
    "intensity": QT_TRANSLATE_NOOP("Episode field", "intensity"),
    "woke_from_sleep": QT_TRANSLATE_NOOP("Episode field", "woke from sleep"),
    "minutes_to_sleep_again": QT_TRANSLATE_NOOP("Episode field", "minutes to sleep again"),
    "steps": QT_TRANSLATE_NOOP("Episode field", "steps"),
    "helped": QT_TRANSLATE_NOOP("Episode field", "helped"),
    "tags": QT_TRANSLATE_NOOP("Episode field", "tags"),
    "red_flags": QT_TRANSLATE_NOOP("Episode field", "red flags"),
    "note": QT_TRANSLATE_NOOP("Episode field", "note"),
    "episode": QT_TRANSLATE_NOOP("Episode field", "episode"),
    "profile": QT_TRANSLATE_NOOP("Episode field", "profile"),
    "conditions": QT_TRANSLATE_NOOP("Episode field", "conditions"),
    "medications": QT_TRANSLATE_NOOP("Episode field", "medications"),
}


def field_label(field: str) -> Message | str:
    """The name of ``field`` as a person reads it (translatable when it is a known field)."""
    label = FIELD_LABELS.get(field)
    return Message(_FIELD_CONTEXT, label) if label else field.replace("_", " ")


def _says(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, params)


def _error(field: str, template: str, **params: object) -> EpisodeError:
    return EpisodeError(field, _says(template, **params))


class EpisodeError(ValueError):
    """A value a person entered that Crampwise cannot accept; the message says what to fix.

    ``field`` is the field's name (``ended_at``); ``message`` what is wrong with it, usually a
    translatable :class:`~crampwise.text.Message`. ``str()`` is ``"ended_at: <English>"``.
    """

    def __init__(self, field: str, message: Message | str) -> None:
        super().__init__(f"{field}: {as_english(message)}")
        self.field = field
        self.message = message

    def describe(self) -> Message:
        """``str()`` for the window: the field by its label, then what is wrong."""
        return _says(
            QT_TRANSLATE_NOOP("Episode", "{field}: {problem}"),
            field=field_label(self.field),
            problem=self.message,
        )

    def prompt(self) -> Message:
        """What the episode form shows: 'Please check ended at: the end must come after ...'."""
        return _says(
            QT_TRANSLATE_NOOP("Episode", "Please check {field}: {problem}"),
            field=field_label(self.field),
            problem=self.message,
        )


@dataclass(frozen=True, slots=True)
class StepUse:
    """A relief step the person went through during an episode, and whether it helped."""

    step_id: str
    helped: bool | None = None


@dataclass(frozen=True, slots=True)
class Episode:
    """One cramp. Times are aware datetimes carrying the wall-clock offset of the moment."""

    started_at: datetime
    ended_at: datetime | None = None
    side: Side | None = None
    locations: frozenset[Location] = frozenset()
    intensity: int | None = None
    woke_from_sleep: bool | None = None
    minutes_to_sleep_again: int | None = None
    steps: tuple[StepUse, ...] = ()
    helped: bool | None = None
    tags: frozenset[str] = frozenset()
    red_flags: frozenset[str] = frozenset()
    note: str = ""
    id: int | None = None
    night_cutover_hour: int = field(default=DEFAULT_NIGHT_CUTOVER_HOUR, compare=False)

    @property
    def ongoing(self) -> bool:
        return self.ended_at is None

    @property
    def night(self) -> date:
        return night_of(self.started_at, self.night_cutover_hour)

    @property
    def duration(self) -> timedelta | None:
        if self.ended_at is None:
            return None
        return self.ended_at - self.started_at

    def replace(self, **changes: object) -> Episode:
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]

    def validated(self) -> Episode:
        """Return the episode if every field is acceptable; raise ``EpisodeError`` otherwise."""
        validate(self)
        return self


def night_of(moment: datetime, cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR) -> date:
    """The night a moment belongs to, named by the evening it began.

    With the default noon cut-over, 03:00 on the 26th belongs to the night of the 25th–26th.
    The wall clock of the moment decides, not UTC, so travel does not move a night.
    """
    if moment.hour < cutover_hour:
        return (moment - timedelta(days=1)).date()
    return moment.date()


def night_label(night: date) -> str:
    """'Night of 25–26 Nov 2026'."""
    after = night + timedelta(days=1)
    if after.month == night.month:
        return f"Night of {night.day}–{after.day} {after:%b %Y}"
    return f"Night of {night.day} {night:%b}–{after.day} {after:%b %Y}"


def _check_time(field_name: str, value: datetime) -> None:
    """Aware, with an offset of whole minutes (the diary stores minutes)."""
    offset = value.utcoffset() if value.tzinfo is not None else None
    if offset is None:
        raise _error(field_name, QT_TRANSLATE_NOOP("Episode", "needs a time zone offset"))
    if offset % timedelta(minutes=1):
        raise _error(
            field_name, QT_TRANSLATE_NOOP("Episode", "the time zone offset must be whole minutes")
        )


def _check_start(started_at: datetime, now: datetime | None) -> None:
    """From ``EARLIEST_START`` (its wall clock) to ``START_AHEAD`` after ``now``."""
    # The range first: before 1900 a zone's offset is often in seconds (Paris: +00:09:21).
    if started_at.replace(tzinfo=None) < EARLIEST_START:
        raise _error(
            "started_at", QT_TRANSLATE_NOOP("Episode", "must be on 1 January 2000 or later")
        )
    _check_time("started_at", started_at)
    # Compared as instants (no conversion, so no year is out of range here).
    if started_at > (now or datetime.now(UTC)) + START_AHEAD:
        raise _error(
            "started_at",
            QT_TRANSLATE_NOOP(
                "Episode", "is in the future: check the date (and this computer's clock)"
            ),
        )


def id_out_of_range() -> Message:
    """What is wrong with an id outside ``MIN_ID``..``MAX_ID`` (import checks a file's ids)."""
    return _says(
        QT_TRANSLATE_NOOP("Episode", "must be a whole number from {first} to {last}"),
        first=MIN_ID,
        last=MAX_ID,
    )


def check_id(value: object) -> int:
    """``value`` if it is an id the diary can hold; ``EpisodeError`` otherwise."""
    if type(value) is not int or not MIN_ID <= value <= MAX_ID:
        raise EpisodeError("id", id_out_of_range())
    return value


def _check_text(field_name: str, value: str) -> None:
    """Text every reader can hold: no NUL, no lone surrogate (not UTF-8)."""
    if "\x00" in value:
        raise _error(field_name, QT_TRANSLATE_NOOP("Episode", "contains a NUL character"))
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise _error(
                field_name,
                QT_TRANSLATE_NOOP("Episode", "contains an invalid character (a lone surrogate)"),
            ) from None


def normalise_tag(tag: str) -> str:
    return " ".join(tag.split()).lower()


def note_too_long() -> Message:
    """What is wrong with a note over ``MAX_NOTE_CHARS`` (the episode form checks it first)."""
    return _says(
        QT_TRANSLATE_NOOP("Episode", "is too long (at most {limit} characters)"),
        limit=MAX_NOTE_CHARS,
    )


def validate(episode: Episode, *, now: datetime | None = None) -> None:
    """Raise ``EpisodeError`` unless every field is within ``crampwise.domain.limits``.

    ``now`` (aware) is the clock a start may not be more than a minute after; default: now.
    """
    if episode.id is not None:
        check_id(episode.id)
    _check_start(episode.started_at, now)
    checks = (_check_end, _check_choices, _check_numbers, _check_note, _check_tags, _check_steps)
    for check in checks:
        check(episode)


def _check_note(episode: Episode) -> None:
    if len(episode.note) > MAX_NOTE_CHARS:
        raise EpisodeError("note", note_too_long())
    _check_text("note", episode.note)


def _check_end(episode: Episode) -> None:
    if episode.ended_at is not None:
        _check_time("ended_at", episode.ended_at)
        if episode.ended_at < episode.started_at:
            raise _error(
                "ended_at", QT_TRANSLATE_NOOP("Episode", "the end must come after the start")
            )
        if episode.ended_at - episode.started_at > MAX_DURATION:
            raise _error(
                "ended_at",
                QT_TRANSLATE_NOOP("Episode", "a cramp longer than 6 hours is not plausible"),
            )


def _check_choices(episode: Episode) -> None:
    """The leg, the places and the warning signs are from the app's own lists."""
    if episode.side is not None and not isinstance(episode.side, Side):
        raise _error("side", QT_TRANSLATE_NOOP("Episode", "must be left, right or both"))
    for loc in episode.locations:
        if not isinstance(loc, Location):
            raise _error(
                "locations", QT_TRANSLATE_NOOP("Episode", "unknown place {place!r}"), place=loc
            )
    for flag in episode.red_flags:
        if flag not in ALL_RED_FLAG_SIGNS:
            raise _error(
                "red_flags", QT_TRANSLATE_NOOP("Episode", "unknown sign {sign!r}"), sign=flag
            )


def _check_numbers(episode: Episode) -> None:
    if episode.intensity is not None and not (
        type(episode.intensity) is int and MIN_INTENSITY <= episode.intensity <= MAX_INTENSITY
    ):
        raise _error(
            "intensity", QT_TRANSLATE_NOOP("Episode", "must be a whole number from 0 to 10")
        )
    m = episode.minutes_to_sleep_again
    if m is not None and not (type(m) is int and 0 <= m <= MAX_SLEEP_MINUTES):
        raise _error(
            "minutes_to_sleep_again",
            QT_TRANSLATE_NOOP("Episode", "must be between 0 and 1440 minutes"),
        )


def _check_tags(episode: Episode) -> None:
    if len(episode.tags) > MAX_TAGS:
        raise _error("tags", QT_TRANSLATE_NOOP("Episode", "at most {limit} tags"), limit=MAX_TAGS)
    for tag in episode.tags:
        if tag != normalise_tag(tag) or not tag or len(tag) > MAX_TAG_CHARS:
            raise _error(
                "tags", QT_TRANSLATE_NOOP("Episode", "{tag!r} is not a valid tag"), tag=tag[:50]
            )
        if not _TAG_RE.match(tag):
            raise _error(
                "tags",
                QT_TRANSLATE_NOOP("Episode", "{tag!r} contains control characters"),
                tag=tag[:50],
            )
        _check_text("tags", tag)


def _check_steps(episode: Episode) -> None:
    if len(episode.steps) > MAX_STEPS:
        raise _error(
            "steps", QT_TRANSLATE_NOOP("Episode", "at most {limit} relief steps"), limit=MAX_STEPS
        )
    for use in episode.steps:
        if not use.step_id or len(use.step_id) > MAX_STEP_ID_CHARS:
            raise _error("steps", QT_TRANSLATE_NOOP("Episode", "invalid relief step id"))
        _check_text("steps", use.step_id)


def is_running(episode: Episode, now: datetime) -> bool:
    """Not over, and begun in the last ``RUNNING_WITHIN`` (a minute ahead allows for clocks)."""
    since = now - episode.started_at
    return episode.ended_at is None and -timedelta(minutes=1) <= since < RUNNING_WITHIN


def local_now() -> datetime:
    """Now, on the local wall clock, with its UTC offset."""
    return datetime.now(UTC).astimezone()


def end_after(start: datetime, duration: timedelta) -> datetime:
    """The moment ``duration`` after ``start``, with the offset of the wall clock then.

    A start on this computer's clock ends on it too: 90 minutes from 01:45+02:00 on the night
    the clocks go back is 02:15+01:00, not 03:15+02:00. A start with another offset (entered
    for elsewhere) keeps it. Raises ``OverflowError`` past the calendar's ends.
    """
    end = start + duration
    if start.utcoffset() == start.astimezone().utcoffset():
        return end.astimezone()
    return end


_DURATION_RE = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s)?\s*$")


def parse_duration(text: str) -> timedelta:
    """'3m', '90s', '1h5m', '2' (minutes) → timedelta; ``ValueError`` with a plain message."""
    text = text.strip().lower()
    if text.isdigit():
        return timedelta(minutes=int(text))
    match = _DURATION_RE.match(text)
    if not text or match is None or not any(match.groups()):
        raise ValueError(f"{text!r} is not a duration (try 3m, 90s or 1h5m)")
    h, m, s = (int(g) if g else 0 for g in match.groups())
    return timedelta(hours=h, minutes=m, seconds=s)
