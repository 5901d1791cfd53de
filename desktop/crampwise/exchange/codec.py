"""Episodes and the health profile to and from the export formats' plain values.

Reading is strict: every value is type-checked here, then the episode goes through the domain's
own validation. Errors are ``EpisodeError(field, message)``; the importer adds the row number.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from crampwise.domain.episode import (
    Episode,
    EpisodeError,
    StepUse,
    check_id,
    id_out_of_range,
    validate,
)
from crampwise.domain.limits import MAX_ID
from crampwise.domain.profile import HealthProfile, Medication, ProfileError
from crampwise.domain.vocab import Location, Side
from crampwise.text import QT_TRANSLATE_NOOP, Message

FORMAT_NAME = "crampwise"
FORMAT_VERSION = 1

# The fields of an episode in JSON and the CSV's columns, in order (``crampwise list --json``).
EPISODE_FIELDS: tuple[str, ...] = (
    "id",
    "night",
    "started_at",
    "ended_at",
    "duration_seconds",
    "side",
    "locations",
    "intensity",
    "woke_from_sleep",
    "minutes_to_sleep_again",
    "steps",
    "helped",
    "tags",
    "red_flags",
    "note",
)
STEP_FIELDS = frozenset({"step_id", "helped"})
PROFILE_FIELDS = frozenset({"conditions", "medications"})
MEDICATION_FIELDS = ("name", "drug_class", "started", "stopped")

# Medication dates (an episode's limits are the domain's: ``crampwise.domain.limits``).
MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_DRUG_CLASS_CHARS = 60
MAX_MEDICATIONS = 200

_CONTEXT = "Import"


def _says(template: str, **params: object) -> Message:
    return Message(_CONTEXT, template, params)


def _error(field: str, template: str, **params: object) -> EpisodeError:
    """What is wrong with one value of a file (the importer adds the row)."""
    return EpisodeError(field, _says(template, **params))


def episode_to_dict(ep: Episode) -> dict[str, Any]:
    """An episode as JSON values: ``crampwise list --json`` and the JSON export both use it."""
    return {
        "id": ep.id,
        "night": ep.night.isoformat(),
        "started_at": ep.started_at.isoformat(),
        "ended_at": ep.ended_at.isoformat() if ep.ended_at else None,
        "duration_seconds": ep.duration.total_seconds() if ep.duration is not None else None,
        "side": ep.side.value if ep.side else None,
        "locations": sorted(loc.value for loc in ep.locations),
        "intensity": ep.intensity,
        "woke_from_sleep": ep.woke_from_sleep,
        "minutes_to_sleep_again": ep.minutes_to_sleep_again,
        "steps": [{"step_id": s.step_id, "helped": s.helped} for s in ep.steps],
        "helped": ep.helped,
        "tags": sorted(ep.tags),
        "red_flags": sorted(ep.red_flags),
        "note": ep.note,
    }


def profile_to_dict(profile: HealthProfile) -> dict[str, Any]:
    return {
        "conditions": sorted(profile.conditions),
        "medications": [
            {
                "name": m.name,
                "drug_class": m.drug_class,
                "started": m.started.isoformat() if m.started else None,
                "stopped": m.stopped.isoformat() if m.stopped else None,
            }
            for m in profile.medications
        ],
    }


def identity(ep: Episode) -> tuple[Any, ...]:
    """What makes two episodes the same one: every field, times compared as UTC instants.

    Neither ``id`` nor the wall-clock offset is part of it.
    """
    return (
        _utc(ep.started_at),
        None if ep.ended_at is None else _utc(ep.ended_at),
        ep.side,
        tuple(sorted(ep.locations)),
        ep.intensity,
        ep.woke_from_sleep,
        ep.minutes_to_sleep_again,
        tuple((s.step_id, s.helped) for s in ep.steps),
        ep.helped,
        tuple(sorted(ep.tags)),
        tuple(sorted(ep.red_flags)),
        ep.note,
    )


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


# --- checks shared by both formats ---------------------------------------------------------


def clean_text(field: str, value: str) -> str:
    """Text that SQLite and every later reader can hold: no NUL, no lone surrogate."""
    if "\x00" in value:
        raise _error(field, QT_TRANSLATE_NOOP("Import", "contains a NUL character"))
    if value.isascii():
        return value  # most text: no need to encode it to know
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise _error(
            field,
            QT_TRANSLATE_NOOP("Import", "contains an invalid character (a lone surrogate)"),
        ) from None
    return value


def parse_time(field: str, text: str) -> datetime:
    """ISO 8601 with a UTC offset; the domain's validation then checks its range."""
    clean_text(field, text)
    if len(text) > 64:
        raise _error(field, QT_TRANSLATE_NOOP("Import", "is not a date and time"))
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _error(
            field,
            QT_TRANSLATE_NOOP(
                "Import", "{text!r} is not a date and time (use 2026-11-25T03:10:00+01:00)"
            ),
            text=text[:40],
        ) from None
    if moment.utcoffset() is None:
        raise _error(field, QT_TRANSLATE_NOOP("Import", "needs a time zone offset, e.g. +01:00"))
    return moment


def checked(episode: Episode, file_id: int | None) -> tuple[Episode, int | None]:
    """The episode if the domain accepts it, with its id in the file (checked the same way)."""
    validate(episode)
    return episode, None if file_id is None else check_id(file_id)


# --- JSON values -> domain -----------------------------------------------------------------


_TYPE_NAMES: dict[type, str] = {
    int: QT_TRANSLATE_NOOP("Import", "a number"),
    float: QT_TRANSLATE_NOOP("Import", "a number"),
    str: QT_TRANSLATE_NOOP("Import", "text"),
    list: QT_TRANSLATE_NOOP("Import", "a list"),
    dict: QT_TRANSLATE_NOOP("Import", "an object"),
}


def _type_name(value: object) -> Message | str:
    """What a JSON value is, in words (``null`` and ``true/false`` as JSON writes them)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    name = _TYPE_NAMES.get(type(value))
    return _says(name) if name else type(value).__name__


def _want(field: str, value: object, kind: type, what: str) -> Any:
    """``value`` if it is a ``kind``; ``what`` (marked for the "Import" context) names it."""
    # bool is an int in Python; a JSON true must never pass as the number 1.
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise _error(
            field,
            QT_TRANSLATE_NOOP("Import", "must be {what}, not {got}"),
            what=_says(what),
            got=_type_name(value),
        )
    if isinstance(value, str):
        clean_text(field, value)
    return value


def _optional(obj: Mapping[str, Any], field: str, kind: type, what: str, label: str = "") -> Any:
    value = obj.get(field)
    return None if value is None else _want(label or field, value, kind, what)


def _text_list(obj: Mapping[str, Any], field: str) -> list[str]:
    value = obj.get(field)
    if value is None:
        return []
    items = _want(field, value, list, QT_TRANSLATE_NOOP("Import", "a list of text"))
    return [
        _want(field, item, str, QT_TRANSLATE_NOOP("Import", "a list of text")) for item in items
    ]


def _unknown_keys(obj: Mapping[str, Any], known: frozenset[str] | tuple[str, ...]) -> None:
    unknown = sorted(set(obj) - set(known))
    if unknown:
        raise _error(unknown[0][:40], QT_TRANSLATE_NOOP("Import", "is not a field Crampwise knows"))


def _not_an_object(field: str, value: object) -> EpisodeError:
    return _error(
        field, QT_TRANSLATE_NOOP("Import", "must be an object, not {got}"), got=_type_name(value)
    )


def _missing(field: str) -> EpisodeError:
    return _error(field, QT_TRANSLATE_NOOP("Import", "is missing"))


def episode_from_dict(obj: object) -> tuple[Episode, int | None]:
    """An episode object from a JSON export, and the id it had there."""
    if not isinstance(obj, dict):
        raise _not_an_object("episode", obj)
    _unknown_keys(obj, EPISODE_FIELDS)
    file_id = _optional(obj, "id", int, QT_TRANSLATE_NOOP("Import", "a whole number"))
    if "started_at" not in obj or obj["started_at"] is None:
        raise _missing("started_at")
    started = parse_time(
        "started_at",
        _want("started_at", obj["started_at"], str, QT_TRANSLATE_NOOP("Import", "text")),
    )
    ended_text = _optional(obj, "ended_at", str, QT_TRANSLATE_NOOP("Import", "text or null"))
    side = _optional(obj, "side", str, QT_TRANSLATE_NOOP("Import", "text or null"))
    steps_value = obj.get("steps")
    steps: list[StepUse] = []
    if steps_value is not None:
        for item in _want(
            "steps", steps_value, list, QT_TRANSLATE_NOOP("Import", "a list of steps")
        ):
            steps.append(_step_from_dict(item))
    note = obj.get("note")
    episode = Episode(
        started_at=started,
        ended_at=None if ended_text is None else parse_time("ended_at", ended_text),
        side=None if side is None else _side(side),
        locations=frozenset(_location(v) for v in _text_list(obj, "locations")),
        intensity=_optional(
            obj, "intensity", int, QT_TRANSLATE_NOOP("Import", "a whole number from 0 to 10")
        ),
        woke_from_sleep=_optional(
            obj, "woke_from_sleep", bool, QT_TRANSLATE_NOOP("Import", "true, false or null")
        ),
        minutes_to_sleep_again=_optional(
            obj, "minutes_to_sleep_again", int, QT_TRANSLATE_NOOP("Import", "a whole number")
        ),
        steps=tuple(steps),
        helped=_optional(obj, "helped", bool, QT_TRANSLATE_NOOP("Import", "true, false or null")),
        tags=frozenset(_text_list(obj, "tags")),
        red_flags=frozenset(_text_list(obj, "red_flags")),
        note="" if note is None else _want("note", note, str, QT_TRANSLATE_NOOP("Import", "text")),
    )
    return checked(episode, file_id)


def _step_from_dict(item: object) -> StepUse:
    if not isinstance(item, dict):
        raise _error(
            "steps",
            QT_TRANSLATE_NOOP("Import", "each step must be an object, not {got}"),
            got=_type_name(item),
        )
    _unknown_keys(item, STEP_FIELDS)
    step_id = item.get("step_id")
    if step_id is None:
        raise _error("steps", QT_TRANSLATE_NOOP("Import", "a step has no step_id"))
    return StepUse(
        _want("steps", step_id, str, QT_TRANSLATE_NOOP("Import", "a step_id in text")),
        _optional(item, "helped", bool, QT_TRANSLATE_NOOP("Import", "true, false or null")),
    )


def _side(text: str) -> Side:
    try:
        return Side(text.strip())
    except ValueError:
        raise _error("side", QT_TRANSLATE_NOOP("Import", "must be left, right or both")) from None


def _location(text: str) -> Location:
    try:
        return Location(text.strip())
    except ValueError:
        known = ", ".join(loc.value for loc in Location)
        raise _error(
            "locations",
            QT_TRANSLATE_NOOP("Import", "unknown place {place!r} (one of: {known})"),
            place=text[:40],
            known=known,
        ) from None


def profile_from_dict(obj: object) -> HealthProfile:
    """The profile object of a JSON export (the importer prefixes errors with ``profile:``)."""
    if not isinstance(obj, dict):
        raise _not_an_object("profile", obj)
    _unknown_keys(obj, PROFILE_FIELDS)
    conditions = _text_list(obj, "conditions")
    meds_value = obj.get("medications")
    medications: list[Medication] = []
    if meds_value is not None:
        items = _want("medications", meds_value, list, QT_TRANSLATE_NOOP("Import", "a list"))
        if len(items) > MAX_MEDICATIONS:
            raise _error(
                "medications",
                QT_TRANSLATE_NOOP("Import", "at most {limit}"),
                limit=MAX_MEDICATIONS,
            )
        for n, item in enumerate(items, start=1):
            medications.append(_medication_from_dict(item, f"medication {n}"))
    try:
        return HealthProfile(conditions=frozenset(conditions), medications=tuple(medications))
    except ProfileError as exc:
        raise EpisodeError("conditions", exc.message) from None


def _medication_from_dict(item: object, where: str) -> Medication:
    if not isinstance(item, dict):
        raise _not_an_object(where, item)
    unknown = sorted(set(item) - set(MEDICATION_FIELDS))
    if unknown:
        raise _error(
            f"{where}: {unknown[0][:40]}",
            QT_TRANSLATE_NOOP("Import", "is not a field Crampwise knows"),
        )
    name = item.get("name")
    if name is None:
        raise _missing(f"{where}: name")
    name = _want(f"{where}: name", name, str, QT_TRANSLATE_NOOP("Import", "text"))
    drug_class = _optional(
        item, "drug_class", str, QT_TRANSLATE_NOOP("Import", "text or null"), f"{where}: drug_class"
    )
    if drug_class is not None and len(drug_class) > MAX_DRUG_CLASS_CHARS:
        raise _error(f"{where}: drug_class", QT_TRANSLATE_NOOP("Import", "is too long"))
    dates: list[date | None] = []
    for key in ("started", "stopped"):
        text = _optional(
            item,
            key,
            str,
            QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD) or null"),
            f"{where}: {key}",
        )
        dates.append(None if text is None else _date(f"{where}: {key}", text))
    try:
        return Medication(name, drug_class, dates[0], dates[1])
    except ProfileError as exc:
        raise EpisodeError(where, exc.message) from None


def _date(field: str, text: str) -> date:
    try:
        day = date.fromisoformat(text.strip()) if len(text) <= 20 else None
    except ValueError:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _error(
            field,
            QT_TRANSLATE_NOOP("Import", "{text!r} is not a date (use YYYY-MM-DD)"),
            text=text[:20],
        )
    return day


# --- CSV cells <-> domain ------------------------------------------------------------------

# A spreadsheet runs a cell starting with one of these as a formula (CSV/DDE injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_QUOTE = "'"
_TRUE, _FALSE = "yes", "no"


def neutralise(cell: str) -> str:
    """Prefix ``'`` to a cell a spreadsheet would run, and to one already starting with ``'``.

    Escaping the apostrophe too makes ``unneutralise`` exact: it drops one leading ``'``.
    """
    return _QUOTE + cell if cell.startswith((*FORMULA_STARTS, _QUOTE)) else cell


def unneutralise(cell: str) -> str:
    return cell[1:] if cell.startswith(_QUOTE) else cell


def _escape(text: str, specials: str) -> str:
    return "".join("\\" + c if c in specials or c == "\\" else c for c in text)


def _split_raw(text: str, sep: str) -> list[str]:
    """Split on ``sep`` not preceded by a backslash; escapes are kept for ``_unescape``."""
    if "\\" not in text:
        return text.split(sep)  # the usual case, without a loop over every character
    parts, current, i = [], [], 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if c == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(c)
        i += 1
    parts.append("".join(current))
    return parts


def _unescape(raw: str) -> str:
    if "\\" not in raw:
        return raw
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw):
            out.append(raw[i + 1])
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def join_list(items: list[str]) -> str:
    return ";".join(_escape(item, ";") for item in items)


def split_list(cell: str, *, strip: bool = True) -> list[str]:
    items = [_unescape(raw) for raw in _split_raw(cell, ";")]
    if strip:
        items = [item.strip() for item in items]
    return [item for item in items if item]


def _bool_cell(value: bool | None) -> str:
    return "" if value is None else (_TRUE if value else _FALSE)


def _steps_cell(steps: tuple[StepUse, ...]) -> str:
    return ";".join(
        _escape(s.step_id, ";:") + ("" if s.helped is None else ":" + _bool_cell(s.helped))
        for s in steps
    )


def _seconds_cell(delta: timedelta | None) -> str:
    if delta is None:
        return ""
    return f"{delta.total_seconds():.6f}".rstrip("0").rstrip(".")


def episode_to_row(ep: Episode) -> list[str]:
    """One CSV row in ``EPISODE_FIELDS`` order, every cell neutralised."""
    cells = {
        "id": "" if ep.id is None else str(ep.id),
        "night": ep.night.isoformat(),
        "started_at": ep.started_at.isoformat(),
        "ended_at": ep.ended_at.isoformat() if ep.ended_at else "",
        "duration_seconds": _seconds_cell(ep.duration),
        "side": ep.side.value if ep.side else "",
        "locations": join_list(sorted(loc.value for loc in ep.locations)),
        "intensity": "" if ep.intensity is None else str(ep.intensity),
        "woke_from_sleep": _bool_cell(ep.woke_from_sleep),
        "minutes_to_sleep_again": (
            "" if ep.minutes_to_sleep_again is None else str(ep.minutes_to_sleep_again)
        ),
        "steps": _steps_cell(ep.steps),
        "helped": _bool_cell(ep.helped),
        "tags": join_list(sorted(ep.tags)),
        "red_flags": join_list(sorted(ep.red_flags)),
        "note": ep.note,
    }
    return [neutralise(cells[name]) for name in EPISODE_FIELDS]


def _parse_bool(field: str, cell: str) -> bool | None:
    text = cell.strip().lower()
    if not text:
        return None
    if text in (_TRUE, "true"):
        return True
    if text in (_FALSE, "false"):
        return False
    raise _error(field, QT_TRANSLATE_NOOP("Import", "must be yes, no or empty"))


def _parse_int(field: str, cell: str, message: Message) -> int | None:
    text = cell.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise EpisodeError(field, message)
    return int(text)


def _parse_id(cell: str) -> int | None:
    """An id of any number of digits (leading zeros too), up to the diary's largest."""
    text = cell.strip()
    if not text:
        return None
    digits = text.lstrip("0")
    if not (text.isascii() and text.isdigit() and len(digits) <= len(str(MAX_ID))):
        raise EpisodeError("id", id_out_of_range())
    return int(digits or "0")


def _parse_steps(cell: str) -> tuple[StepUse, ...]:
    steps = []
    for raw in _split_raw(cell, ";"):
        if not raw:
            continue
        pieces = _split_raw(raw, ":")
        helped = None
        if len(pieces) > 1:
            helped = _parse_bool("steps", pieces[-1])
            raw = raw[: len(raw) - len(pieces[-1]) - 1]
        steps.append(StepUse(_unescape(raw), helped))
    return tuple(steps)


def episode_from_cells(cells: Mapping[str, str]) -> tuple[Episode, int | None]:
    """An episode from one CSV row (cells by column name, already un-neutralised)."""
    started = cells.get("started_at", "")
    if not started.strip():
        raise _missing("started_at")
    ended = cells.get("ended_at", "")
    side = cells.get("side", "").strip()
    file_id = _parse_id(cells.get("id", ""))
    episode = Episode(
        started_at=parse_time("started_at", started),
        ended_at=parse_time("ended_at", ended) if ended.strip() else None,
        side=_side(side) if side else None,
        locations=frozenset(_location(v) for v in split_list(cells.get("locations", ""))),
        intensity=_parse_int(
            "intensity",
            cells.get("intensity", ""),
            _says(QT_TRANSLATE_NOOP("Import", "must be a whole number from 0 to 10")),
        ),
        woke_from_sleep=_parse_bool("woke_from_sleep", cells.get("woke_from_sleep", "")),
        minutes_to_sleep_again=_parse_int(
            "minutes_to_sleep_again",
            cells.get("minutes_to_sleep_again", ""),
            _says(QT_TRANSLATE_NOOP("Import", "must be between 0 and 1440 minutes")),
        ),
        steps=_parse_steps(cells.get("steps", "")),
        helped=_parse_bool("helped", cells.get("helped", "")),
        tags=frozenset(split_list(cells.get("tags", ""))),
        red_flags=frozenset(split_list(cells.get("red_flags", ""))),
        note=cells.get("note", ""),
    )
    return checked(episode, file_id)
