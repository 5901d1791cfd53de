"""Episodes to and from the CSV export's cells (a row a episode, columns as in the field table).

Every cell a spreadsheet would run as a formula is neutralised with a leading ``'``; lists are
``;``-separated with ``\\`` escapes; a step's verdict follows its id after ``:``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta
from typing import Any

from crampwise.domain.episode import Episode, EpisodeError, StepUse, id_out_of_range
from crampwise.domain.fields import EPISODE_TABLE, STORED_FIELDS, EpisodeField, Kind
from crampwise.domain.limits import MAX_ID
from crampwise.exchange.bounds import import_says
from crampwise.exchange.checks import (
    checked,
    missing,
    parse_location,
    parse_side,
    parse_time,
    value_error,
)
from crampwise.text import QT_TRANSLATE_NOOP

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


def _cell(field: EpisodeField) -> Callable[[Episode], str]:
    """How ``field`` is written in a cell (before neutralising)."""
    name, kind = field.name, field.kind
    if kind is Kind.NIGHT:
        return lambda ep: ep.night.isoformat()
    if kind in (Kind.TIME, Kind.END):
        return lambda ep: "" if getattr(ep, name) is None else getattr(ep, name).isoformat()
    if kind is Kind.SECONDS:
        return lambda ep: _seconds_cell(ep.duration)
    if kind is Kind.SIDE:
        return lambda ep: ep.side.value if ep.side else ""
    if kind in (Kind.PLACES, Kind.WORDS):
        return lambda ep: join_list(sorted(getattr(v, "value", v) for v in getattr(ep, name)))
    if kind is Kind.FLAG:
        return lambda ep: _bool_cell(getattr(ep, name))
    if kind is Kind.STEPS:
        return lambda ep: _steps_cell(getattr(ep, name))
    if kind is Kind.TEXT:
        return lambda ep: str(getattr(ep, name))
    return lambda ep: "" if getattr(ep, name) is None else str(getattr(ep, name))


_CELLS = [_cell(f) for f in EPISODE_TABLE]


def episode_to_row(ep: Episode) -> list[str]:
    """One CSV row in ``EPISODE_FIELDS`` order, every cell neutralised."""
    return [neutralise(cell(ep)) for cell in _CELLS]


def _parse_bool(field: str, cell: str) -> bool | None:
    text = cell.strip().lower()
    if not text:
        return None
    if text in (_TRUE, "true"):
        return True
    if text in (_FALSE, "false"):
        return False
    raise value_error(field, QT_TRANSLATE_NOOP("Import", "must be yes, no or empty"))


def _parse_int(field: EpisodeField, cell: str) -> int | None:
    """A whole number (the domain checks its range); ``must be <what>`` if it is none."""
    text = cell.strip()
    if not text:
        return None
    digits = text.removeprefix("-")
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 9):
        raise value_error(
            field.name,
            QT_TRANSLATE_NOOP("Import", "must be {what}"),
            what=import_says(field.what),
        )
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


def _value(field: EpisodeField, cell: str) -> Any:
    """The ``Episode`` value of ``field`` in ``cell`` (already un-neutralised)."""
    kind = field.kind
    if kind is Kind.ID:
        return _parse_id(cell)
    if kind in (Kind.TIME, Kind.END):
        return parse_time(field.name, cell) if cell.strip() else None
    if kind is Kind.SIDE:
        return parse_side(cell) if cell.strip() else None
    if kind is Kind.PLACES:
        return frozenset(parse_location(v) for v in split_list(cell))
    if kind is Kind.WORDS:
        return frozenset(split_list(cell))
    if kind is Kind.COUNT:
        return _parse_int(field, cell)
    if kind is Kind.FLAG:
        return _parse_bool(field.name, cell)
    if kind is Kind.STEPS:
        return _parse_steps(cell)
    return cell


def episode_from_cells(cells: Mapping[str, str]) -> tuple[Episode, int | None]:
    """An episode from one CSV row (cells by column name, already un-neutralised)."""
    if not cells.get("started_at", "").strip():
        raise missing("started_at")
    values = {f.name: _value(f, cells.get(f.name, "")) for f in STORED_FIELDS}
    file_id = values.pop("id")
    return checked(Episode(**values), file_id)
