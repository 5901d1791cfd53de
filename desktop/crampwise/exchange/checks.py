"""The checks an import makes on a value, in either format (JSON or CSV).

Errors are ``EpisodeError(field, message)`` in the catalogue's "Import" context; the importer
adds the row.
"""

from __future__ import annotations

from datetime import datetime

from crampwise.domain.episode import Episode, EpisodeError, check_id, validate
from crampwise.domain.vocab import Location, Side
from crampwise.exchange.bounds import import_says
from crampwise.text import QT_TRANSLATE_NOOP


def value_error(field: str, template: str, **params: object) -> EpisodeError:
    """What is wrong with one value of a file (the importer adds the row)."""
    return EpisodeError(field, import_says(template, **params))


def missing(field: str) -> EpisodeError:
    return value_error(field, QT_TRANSLATE_NOOP("Import", "is missing"))


def clean_text(field: str, value: str) -> str:
    """Text that SQLite and every later reader can hold: no NUL, no lone surrogate."""
    if "\x00" in value:
        raise value_error(field, QT_TRANSLATE_NOOP("Import", "contains a NUL character"))
    if value.isascii():
        return value  # most text: no need to encode it to know
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise value_error(
            field,
            QT_TRANSLATE_NOOP("Import", "contains an invalid character (a lone surrogate)"),
        ) from None
    return value


def parse_time(field: str, text: str) -> datetime:
    """ISO 8601 with a UTC offset; the domain's validation then checks its range."""
    clean_text(field, text)
    if len(text) > 64:
        raise value_error(field, QT_TRANSLATE_NOOP("Import", "is not a date and time"))
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise value_error(
            field,
            QT_TRANSLATE_NOOP(
                "Import", "{text!r} is not a date and time (use 2026-11-25T03:10:00+01:00)"
            ),
            text=text[:40],
        ) from None
    if moment.utcoffset() is None:
        raise value_error(
            field, QT_TRANSLATE_NOOP("Import", "needs a time zone offset, e.g. +01:00")
        )
    return moment


def parse_side(text: str) -> Side:
    try:
        return Side(text.strip())
    except ValueError:
        raise value_error(
            "side", QT_TRANSLATE_NOOP("Import", "must be left, right or both")
        ) from None


def parse_location(text: str) -> Location:
    try:
        return Location(text.strip())
    except ValueError:
        known = ", ".join(loc.value for loc in Location)
        raise value_error(
            "locations",
            QT_TRANSLATE_NOOP("Import", "unknown place {place!r} (one of: {known})"),
            place=text[:40],
            known=known,
        ) from None


def checked(episode: Episode, file_id: int | None) -> tuple[Episode, int | None]:
    """The episode if the domain accepts it, with its id in the file (checked the same way)."""
    validate(episode)
    return episode, None if file_id is None else check_id(file_id)
