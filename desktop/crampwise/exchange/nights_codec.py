"""Check-ins and experiments to and from the export: JSON values and the nights' CSV.

The JSON types are declared in ``exchange.document`` (``CheckInDoc``, ``ExperimentDoc``); values
are converted strictly, then checked by the domain (``validate_checkin``, ``check_experiment``).
Errors are ``EpisodeError(field, message)``; the importer adds the list and the row.

The CSV of the nights (``diary-nights.csv`` beside ``diary.csv``) has one row a check-in, its
columns :data:`NIGHT_COLUMNS`; cells as in the episodes' CSV (``yes``/``no``/empty, lists
joined with ``;``, formulas neutralised).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import Any

import msgspec

from crampwise.domain.episode import EpisodeError
from crampwise.domain.experiments import Experiment, check_experiment
from crampwise.domain.habits import ExperimentError
from crampwise.domain.nights import CheckIn, NightError, NightStatus, validate_checkin
from crampwise.exchange.checks import clean_text, missing, value_error
from crampwise.exchange.codec import _date, _not_an_object, _Problem
from crampwise.exchange.csv_cells import (
    _bool_cell,
    _parse_bool,
    join_list,
    neutralise,
    split_list,
)
from crampwise.exchange.document import CheckInDoc, ExperimentDoc
from crampwise.text import QT_TRANSLATE_NOOP

NIGHT_COLUMNS: tuple[str, ...] = (
    "night",
    "status",
    "factors",
    "drinks",
    "own_factors",
    "routine_done",
    "habit_done",
)
_STATUSES = tuple(str(s) for s in NightStatus)
_WHAT = {
    "night": QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD)"),
    "factors": QT_TRANSLATE_NOOP("Import", "a list of text"),
    "drinks": QT_TRANSLATE_NOOP("Import", "a whole number or null"),
    "own_factors": QT_TRANSLATE_NOOP("Import", "text"),
    "routine_done": QT_TRANSLATE_NOOP("Import", "true, false or null"),
    "status": QT_TRANSLATE_NOOP("Import", "cramps, no_cramps or null"),
    "habit_done": QT_TRANSLATE_NOOP("Import", "true, false or null"),
    "id": QT_TRANSLATE_NOOP("Import", "a whole number or null"),
    "habit": QT_TRANSLATE_NOOP("Import", "text"),
    "own_habit": QT_TRANSLATE_NOOP("Import", "text"),
    "weeks": QT_TRANSLATE_NOOP("Import", "a whole number"),
    "seed": QT_TRANSLATE_NOOP("Import", "a whole number"),
    "start": QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD)"),
    "stopped": QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD) or null"),
}


def latest_night() -> date:
    """The latest night a file may hold: tonight, wherever on Earth the file was written."""
    return date.today() + timedelta(days=1)


def _convert(obj: object, kind: type[Any], what: str) -> Any:
    if not isinstance(obj, dict):
        raise _not_an_object(what, obj)
    try:
        return msgspec.convert(obj, kind, strict=True)
    except msgspec.ValidationError as exc:
        problem = _Problem(exc, obj)
        if problem.unknown:
            raise problem.not_a_field() from None
        if problem.missing:
            raise missing(problem.key) from None
        field = str(problem.path[0]) if problem.path else problem.key
        raise problem.wrong_type(field, _WHAT.get(field, "")) from None


def _status(text: str | None) -> NightStatus | None:
    if text is None or text == "":
        return None
    if text not in _STATUSES:
        raise value_error(
            "status", QT_TRANSLATE_NOOP("Import", "must be {what}"), what=_WHAT["status"]
        )
    return NightStatus(text)


def checked_checkin(checkin: CheckIn) -> CheckIn:
    """``checkin`` if the diary can hold it (not after tonight); ``EpisodeError`` if not."""
    try:
        validate_checkin(checkin, latest_night())
    except NightError as exc:
        raise EpisodeError("night", exc.message) from None
    return checkin


def checkin_from_dict(obj: object) -> CheckIn:
    """A check-in object of a JSON export."""
    doc: CheckInDoc = _convert(obj, CheckInDoc, "checkin")
    for text in (doc.own_factors or "", *(doc.factors or ())):
        clean_text("own_factors", text)
    return checked_checkin(
        CheckIn(
            night=_date("night", doc.night),
            factors=frozenset(doc.factors or ()),
            drinks=doc.drinks,
            own_factors=doc.own_factors or "",
            routine_done=bool(doc.routine_done),
            status=_status(doc.status),
            habit_done=doc.habit_done,
        )
    )


def experiment_from_dict(obj: object) -> Experiment:
    """An experiment object of a JSON export, with the id it had there."""
    doc: ExperimentDoc = _convert(obj, ExperimentDoc, "experiment")
    clean_text("habit", doc.habit)
    clean_text("own_habit", doc.own_habit or "")
    experiment = Experiment(
        habit=doc.habit,
        weeks=doc.weeks,
        seed=doc.seed,
        start=_date("start", doc.start),
        own_habit=doc.own_habit or "",
        stopped=None if doc.stopped is None else _date("stopped", doc.stopped),
        id=doc.id,
    )
    try:
        check_experiment(experiment, latest_night())
    except ExperimentError as exc:
        raise EpisodeError("experiment", exc.message) from None
    return experiment


# --- CSV -----------------------------------------------------------------------------------


def checkin_to_row(checkin: CheckIn) -> list[str]:
    """One CSV row in ``NIGHT_COLUMNS`` order, every cell neutralised."""
    cells = [
        checkin.night.isoformat(),
        "" if checkin.status is None else str(checkin.status),
        join_list(sorted(checkin.factors)),
        "" if checkin.drinks is None else str(checkin.drinks),
        checkin.own_factors,
        _bool_cell(checkin.routine_done),
        _bool_cell(checkin.habit_done),
    ]
    return [neutralise(cell) for cell in cells]


def nights_csv_text(checkins: Iterable[CheckIn]) -> str:
    """The nights' CSV (no BOM), oldest first."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(NIGHT_COLUMNS)
    writer.writerows(checkin_to_row(c) for c in checkins)
    return out.getvalue()


def is_nights_header(columns: list[str]) -> bool:
    """Whether a CSV's header row is the nights' (``night`` and no ``started_at``)."""
    return "night" in columns and "started_at" not in columns


def _drinks(cell: str) -> int | None:
    text = cell.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise value_error(
            "drinks", QT_TRANSLATE_NOOP("Import", "must be {what}"), what=_WHAT["drinks"]
        )
    return int(text)


def checkin_from_cells(cells: Mapping[str, str]) -> CheckIn:
    """A check-in from one row of the nights' CSV (cells already unneutralised)."""
    for name, cell in cells.items():
        clean_text(name, cell)
    night = cells.get("night", "").strip()
    if not night:
        raise missing("night")
    return checked_checkin(
        CheckIn(
            night=_date("night", night),
            factors=frozenset(split_list(cells.get("factors", ""))),
            drinks=_drinks(cells.get("drinks", "")),
            own_factors=cells.get("own_factors", ""),
            routine_done=_parse_bool("routine_done", cells.get("routine_done", "")) is True,
            status=_status(cells.get("status", "").strip()),
            habit_done=_parse_bool("habit_done", cells.get("habit_done", "")),
        )
    )
