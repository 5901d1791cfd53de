"""How the domain writes numbers, days and durations for a person, with no Qt.

English and plain numbers by default; the window and the report pass Qt's translation and the
locale's ways (see ``crampwise.wording``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from crampwise.text import QT_TRANSLATE_NOOP


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Words:
    """How sentences about patterns are worded: English and plain numbers by default.

    The window and the report pass Qt's translation (context ``Patterns``) and the
    locale's way with numbers and dates, so nothing here needs Qt.
    """

    tr: Callable[[str], str] = _same
    number: Callable[[float, int], str] = lambda value, decimals: f"{value:.{decimals}f}"
    day: Callable[[date], str] = lambda day: format_day(day)


PLAIN_WORDS = Words()


def format_day(day: date) -> str:
    return f"{day.day} {day:%b %Y}"


_SECONDS = QT_TRANSLATE_NOOP("Duration", "{s} s")
_MINUTES = QT_TRANSLATE_NOOP("Duration", "{m} min")
_MINUTES_SECONDS = QT_TRANSLATE_NOOP("Duration", "{m} min {s} s")
_HOURS = QT_TRANSLATE_NOOP("Duration", "{h} h")
_HOURS_MINUTES = QT_TRANSLATE_NOOP("Duration", "{h} h {m} min")
DURATION_CONTEXT = "Duration"


def format_duration(seconds: float | None, tr: Callable[[str], str] = _same) -> str:
    """How long something lasted, the one way Crampwise writes it everywhere: "33 s",
    "2 min 48 s", "12 min", "1 h 5 min"; "–" when not known. ``tr`` translates the templates
    (context :data:`DURATION_CONTEXT`); plain English without it, as the command line prints."""
    if seconds is None:
        return "–"
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return tr(_HOURS_MINUTES if minutes else _HOURS).format(h=hours, m=minutes)
    if minutes:
        return tr(_MINUTES_SECONDS if secs else _MINUTES).format(m=minutes, s=secs)
    return tr(_SECONDS).format(s=secs)
