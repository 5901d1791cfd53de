"""An episode of night cramp, the night it belongs to, and its validation."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from crampwise.domain.vocab import CONTEXT_TAGS, RED_FLAG_SIGNS, Location, Side

MAX_NOTE_CHARS = 4000
MAX_TAG_CHARS = 40
MAX_TAGS = 30
MAX_DURATION = timedelta(hours=6)  # a "cramp" longer than this is a typo, not a cramp
MAX_SLEEP_MINUTES = 24 * 60
DEFAULT_NIGHT_CUTOVER_HOUR = 12

_TAG_RE = re.compile(r"^[^\x00-\x1f\x7f]+$")


class EpisodeError(ValueError):
    """A value a person entered that Crampwise cannot accept; the message says what to fix."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


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


def _require_aware(field_name: str, value: datetime) -> None:
    if value.tzinfo is None or value.utcoffset() is None:
        raise EpisodeError(field_name, "needs a time zone offset")


def normalise_tag(tag: str) -> str:
    return " ".join(tag.split()).lower()


def validate(episode: Episode) -> None:
    _require_aware("started_at", episode.started_at)
    if episode.ended_at is not None:
        _require_aware("ended_at", episode.ended_at)
        if episode.ended_at < episode.started_at:
            raise EpisodeError("ended_at", "the end must come after the start")
        if episode.ended_at - episode.started_at > MAX_DURATION:
            raise EpisodeError("ended_at", "a cramp longer than 6 hours is not plausible")
    if episode.side is not None and not isinstance(episode.side, Side):
        raise EpisodeError("side", "must be left, right or both")
    for loc in episode.locations:
        if not isinstance(loc, Location):
            raise EpisodeError("locations", f"unknown place {loc!r}")
    if episode.intensity is not None and not (
        isinstance(episode.intensity, int) and 0 <= episode.intensity <= 10
    ):
        raise EpisodeError("intensity", "must be a whole number from 0 to 10")
    m = episode.minutes_to_sleep_again
    if m is not None and not (isinstance(m, int) and 0 <= m <= MAX_SLEEP_MINUTES):
        raise EpisodeError("minutes_to_sleep_again", "must be between 0 and 1440 minutes")
    if len(episode.note) > MAX_NOTE_CHARS:
        raise EpisodeError("note", f"is too long (at most {MAX_NOTE_CHARS} characters)")
    if "\x00" in episode.note:
        raise EpisodeError("note", "contains a NUL character")
    if len(episode.tags) > MAX_TAGS:
        raise EpisodeError("tags", f"at most {MAX_TAGS} tags")
    for tag in episode.tags:
        if tag != normalise_tag(tag) or not tag or len(tag) > MAX_TAG_CHARS:
            raise EpisodeError("tags", f"{tag[:50]!r} is not a valid tag")
        if not _TAG_RE.match(tag):
            raise EpisodeError("tags", f"{tag[:50]!r} contains control characters")
    for flag in episode.red_flags:
        if flag not in RED_FLAG_SIGNS:
            raise EpisodeError("red_flags", f"unknown sign {flag!r}")
    for use in episode.steps:
        if not use.step_id or len(use.step_id) > 80:
            raise EpisodeError("steps", "invalid relief step id")


def is_known_tag(tag: str) -> bool:
    return tag in CONTEXT_TAGS


def local_now() -> datetime:
    """Now, on the local wall clock, with its UTC offset."""
    return datetime.now(UTC).astimezone()


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
