"""Reading the command line's arguments: each type says, in the person's words, what it expects.

Every function here is an argparse ``type``: it returns the value or raises
``argparse.ArgumentTypeError`` with a message in the language of the run, so a bad argument
always ends with that message and exit status 2, never with a traceback or a class name.
"""

from __future__ import annotations

import argparse
import re
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from crampwise import i18n
from crampwise.cli.text import say
from crampwise.domain.episode import local_now, normalise_tag, parse_duration
from crampwise.domain.vocab import CONTEXT_TAGS, Location, Side
from crampwise.i18n import translate

# A start this far ahead of the computer's clock is still "now" (another device's clock).
CLOCK_SKEW = timedelta(minutes=1)
_MAX_DIGITS = 6  # more digits than any count or length here needs (and int() stays cheap)


def _bad(text: str) -> argparse.ArgumentTypeError:
    return argparse.ArgumentTypeError(text)


def text_arg(text: str) -> str:
    """Any text a person types; bytes that are not UTF-8 (a wrong terminal encoding) are refused."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        as_typed = text.encode("utf-8", "surrogateescape").decode("ascii", "backslashreplace")
        raise _bad(
            translate(
                "Command line",
                "'{text}' has bytes that are not UTF-8 text; check your terminal's encoding",
            ).format(text=as_typed)
        ) from None
    return text


def folder_arg(text: str) -> str:
    if not text.strip():
        raise _bad(translate("Command line", "give a folder"))
    return text


def language_arg(text: str) -> str:
    code = i18n.language_code(text)
    if code is None:
        raise _bad(
            translate("Command line", "the language must be {choices}").format(
                choices=_one_of(list(i18n.LANGUAGES))
            )
        )
    return code


def _one_of(choices: list[str]) -> str:
    return translate("Command line", "{first} or {last}").format(
        first=", ".join(choices[:-1]), last=choices[-1]
    )


def side_arg(text: str) -> Side:
    try:
        return Side(text.strip().lower())
    except ValueError:
        raise _bad(
            translate("Command line", "side must be {choices}").format(
                choices=_one_of([s.value for s in Side])
            )
        ) from None


def places_arg(text: str) -> list[Location]:
    out = []
    for part in text.replace(",", " ").split():
        try:
            out.append(Location(part.strip().lower().replace("-", "_")))
        except ValueError:
            raise _bad(
                translate("Command line", "unknown place {place!r} (one of: {known})").format(
                    place=part, known=", ".join(loc.value for loc in Location)
                )
            ) from None
    return out


def intensity_arg(text: str) -> int:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS) or not (
        0 <= int(digits) <= 10
    ):
        raise _bad(translate("Command line", "intensity must be a whole number from 0 to 10"))
    return int(digits)


def volume_arg(text: str) -> int:
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 3) or not (
        1 <= int(digits) <= 100
    ):
        raise _bad(translate("Command line", "volume must be a whole number from 1 to 100"))
    return int(digits)


def duration_arg(text: str) -> timedelta:
    if not text.isascii():  # \d and int() take other scripts' digits; a duration is ASCII
        raise _not_a_duration(text)
    if any(len(run) > _MAX_DIGITS for run in re.findall(r"\d+", text)):
        raise _too_long(text)  # a million seconds is 11 days; int() is slow past 4300 digits
    try:
        return parse_duration(text)
    except OverflowError:
        raise _too_long(text) from None
    except ValueError:
        raise _not_a_duration(text) from None


def _too_long(text: str) -> argparse.ArgumentTypeError:
    return _bad(
        translate("Command line", "{text!r} is far too long for a cramp (at most 6 hours)")
        .format(text=text.strip()[:40])
    )  # fmt: skip


def _not_a_duration(text: str) -> argparse.ArgumentTypeError:
    return _bad(
        translate("Command line", "{text!r} is not a duration (try 3m, 90s or 1h5m)").format(
            text=text.strip()
        )
    )


def date_arg(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _bad(
            translate("Command line", "{text!r} is not a date (use YYYY-MM-DD)").format(text=text)
        ) from None


def tag_arg(text: str) -> str:
    """One of the app's triggers (by id, or its English words) or the person's own tag."""
    text = text_arg(text)
    key = "_".join(text.lower().replace("-", " ").split())
    if key in CONTEXT_TAGS:
        return key
    words = normalise_tag(text)
    for tag, label in CONTEXT_TAGS.items():
        if normalise_tag(label) == words:
            return tag
    return words


def condition_arg(text: str) -> str:
    from crampwise.domain.profile import CONDITION_IDS

    key = "_".join(text.lower().replace("-", " ").split())
    if key not in CONDITION_IDS:
        raise _bad(
            translate("Command line", "unknown condition {text!r} (one of: {known})").format(
                text=text, known=", ".join(CONDITION_IDS)
            )
        )
    return key


def medication_arg(text: str) -> str:
    from crampwise.domain.profile import Medication, ProfileError

    text = text_arg(text)
    try:
        return Medication(text).name
    except ProfileError as exc:
        raise _bad(say(exc)) from None


def factor_arg(text: str) -> str:
    """A factor of the evening check-in, by id (``alcohol``) or the app's English words."""
    from crampwise.domain.nights import FACTOR_IDS

    key = tag_arg(text)
    if key not in FACTOR_IDS:
        raise _bad(
            translate("Command line", "unknown factor {text!r} (one of: {known})").format(
                text=text, known=", ".join(FACTOR_IDS)
            )
        )
    return key


def drinks_arg(text: str) -> int:
    from crampwise.domain.nights import MAX_DRINKS

    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS) or not (
        int(digits) <= MAX_DRINKS
    ):
        raise _bad(
            translate(
                "Command line", "the number of drinks must be a whole number from 0 to {limit}"
            ).format(limit=MAX_DRINKS)
        )
    return int(digits)


def weeks_arg(text: str) -> int:
    from crampwise.domain.experiments import WEEKS_CHOICES

    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= _MAX_DIGITS) or (
        int(digits) not in WEEKS_CHOICES
    ):
        raise _bad(
            translate("Command line", "an experiment lasts {choices} weeks, not {text}").format(
                choices=_one_of([str(w) for w in WEEKS_CHOICES]), text=text
            )
        )
    return int(digits)


def seed_arg(text: str) -> int:
    """A plan's seed: a whole number from 0 to 2**63 - 1 (what the diary can hold)."""
    from crampwise.domain.limits import MAX_ID

    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 19) or int(digits) > MAX_ID:
        raise _bad(
            translate("Command line", "the seed must be a whole number from 0 to {limit}").format(
                limit=MAX_ID
            )
        )
    return int(digits)


class When(NamedTuple):
    """A start time read from ``--at``; ``note`` says which one was taken if the clock was
    set back that night (the wall-clock time happened twice), else it is empty."""

    moment: datetime
    note: str = ""


def when_arg(text: str) -> When:
    """'2026-11-25 03:10' on this computer's clock (clock changes checked), or ISO 8601 with
    an offset. Not more than a minute ahead of the clock."""
    try:
        moment = datetime.fromisoformat(text.strip().replace("T", " "))
    except ValueError:
        raise _bad(
            translate("Command line", "{text!r} is not a date and time (use 'YYYY-MM-DD HH:MM')")
            .format(text=text)
        ) from None  # fmt: skip
    now = local_now()
    try:
        when = When(moment) if moment.tzinfo else _on_local_clock(moment)
        when.moment.astimezone()  # on this computer's clock too (the end is computed there)
        late = when.moment > now + CLOCK_SKEW
    except (OverflowError, ValueError, OSError):  # the offset cannot be applied so far out
        late = moment.replace(tzinfo=None) > now.replace(tzinfo=None)
        if not late:
            raise _bad(
                translate("Command line", "{text!r} is too far in the past").format(text=text)
            ) from None
    if late:
        raise _bad(
            translate(
                "Command line",
                "{text!r} is in the future (it is {now} now): give the time the cramp started",
            ).format(text=text, now=f"{now:%Y-%m-%d %H:%M}")
        )
    return when


def _on_local_clock(wall: datetime) -> When:
    """``wall`` (naive) on this computer's clock: a time skipped when the clocks went forward
    is refused; one that happened twice when they went back is taken the first time."""
    first = wall.replace(fold=0).astimezone()
    second = wall.replace(fold=1).astimezone()
    if first.replace(tzinfo=None) != wall or second.replace(tzinfo=None) != wall:
        before, after = _clock_change(first, second)
        raise _bad(
            translate(
                "Command line",
                "{text} did not happen on this computer's clock: at {before} the clocks went "
                "forward to {after}. Give a time before {before} or from {after} on.",
            ).format(text=f"{wall:%Y-%m-%d %H:%M}", before=before, after=after)
        )
    if first.utcoffset() == second.utcoffset():
        return When(first)
    before, after = _clock_change(first, second)
    note = translate(
        "Command line",
        "{time} happened twice that night: at {before} the clocks went back to {after}. The "
        "first {time} (UTC{first}) was stored; for the second, give --at '{text}{second}'.",
    ).format(
        time=f"{wall:%H:%M}",
        before=before,
        after=after,
        first=_offset(first),
        second=_offset(second),
        text=f"{wall:%Y-%m-%d %H:%M}",
    )
    return When(first, note)


def _clock_change(a: datetime, b: datetime) -> tuple[str, str]:
    """The wall clock just before and just after the change of offset between ``a`` and ``b``
    (one wall-clock time read with the offsets on either side of it): ("02:00", "03:00")."""
    lo, hi = sorted((int(a.timestamp()), int(b.timestamp())))
    old = _local(lo).utcoffset()
    while hi - lo > 1:  # hi: the first second on the new offset
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if _local(mid).utcoffset() == old else (lo, mid)
    change = datetime.fromtimestamp(hi, UTC)
    return f"{change + (old or timedelta(0)):%H:%M}", f"{_local(hi):%H:%M}"


def _local(timestamp: int) -> datetime:
    return datetime.fromtimestamp(timestamp, UTC).astimezone()


def _offset(moment: datetime) -> str:
    """``+02:00``."""
    total = int((moment.utcoffset() or timedelta(0)).total_seconds()) // 60
    sign = "-" if total < 0 else "+"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


def region_arg(text: str) -> str:
    """A country code ("FR", "gb", "UK") or "other"; any two letters are accepted (a country
    the care file does not list gets the numbers for "other")."""
    code = text.strip()
    if code.lower() in ("other", "auto"):
        return code.lower()
    if len(code) == 2 and code.isascii() and code.isalpha():
        return "GB" if code.upper() == "UK" else code.upper()
    raise _bad(
        translate(
            "Command line",
            "{text!r} is not a region (a two-letter country code such as FR, or 'other')",
        ).format(text=text)
    )
