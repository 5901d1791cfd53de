"""Episodes and the health profile from the JSON export's values, strictly.

(The CSV's cells are ``exchange.csv_cells``; the checks both share ``exchange.checks``.)

Each value is converted with the document's msgspec types (``exchange.document``), then the
episode goes through the domain's own validation. Errors are ``EpisodeError(field, message)``;
the importer adds the row number. msgspec's errors are reworded here as earlier versions put
them ("intensity: must be a whole number from 0 to 10, not text").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date
from typing import Any

import msgspec

from crampwise.domain.episode import Episode, EpisodeError, StepUse
from crampwise.domain.fields import (
    EPISODE_FIELDS,
    FIELDS_BY_NAME,
    STORED_FIELDS,
    EpisodeField,
    Kind,
    compiled,
)
from crampwise.domain.profile import HealthProfile, Medication, ProfileError
from crampwise.exchange.bounds import import_says
from crampwise.exchange.checks import (
    checked,
    clean_text,
    missing,
    parse_location,
    parse_side,
    parse_time,
    value_error,
)
from crampwise.exchange.csv_cells import FORMULA_STARTS, episode_from_cells, episode_to_row
from crampwise.exchange.document import (
    FORMAT_NAME,
    FORMAT_VERSION,
    EpisodeDoc,
    MedicationDoc,
    ProfileDoc,
    StepDoc,
    episode_to_dict,
    profile_to_dict,
)
from crampwise.text import QT_TRANSLATE_NOOP, Message

__all__ = [
    "EPISODE_FIELDS",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "FORMULA_STARTS",
    "episode_from_cells",
    "episode_from_dict",
    "episode_to_dict",
    "episode_to_row",
    "identity",
    "profile_from_dict",
    "profile_to_dict",
]

# Medication dates (an episode's limits are the domain's: ``crampwise.domain.limits``).
MIN_YEAR, MAX_YEAR = 1900, 2999
MAX_DRUG_CLASS_CHARS = 60
MAX_MEDICATIONS = 200


def _identity_expression(field: EpisodeField) -> str:
    value, kind = f"ep.{field.name}", field.kind
    if kind in (Kind.TIME, Kind.END):
        return f"None if {value} is None else {value}.astimezone(UTC)"
    if kind in (Kind.PLACES, Kind.WORDS):
        return f"tuple(sorted({value}))"
    if kind is Kind.STEPS:
        return f"tuple((s.step_id, s.helped) for s in {value})"
    return value


_identity: Callable[[Episode], tuple[Any, ...]] = compiled(  # type: ignore[assignment]
    "identity",
    "ep",
    "("
    + "".join(f"{_identity_expression(f)}, " for f in STORED_FIELDS if f.kind is not Kind.ID)
    + ")",
    {"UTC": UTC},
)


def identity(ep: Episode) -> tuple[Any, ...]:
    """What makes two episodes the same one: every field, times compared as UTC instants.

    Neither ``id`` nor the wall-clock offset is part of it.
    """
    return _identity(ep)


# --- msgspec's errors, as a person reads them ---------------------------------------------

_TYPE_NAMES: dict[type, str] = {
    int: QT_TRANSLATE_NOOP("Import", "a number"),
    float: QT_TRANSLATE_NOOP("Import", "a number"),
    str: QT_TRANSLATE_NOOP("Import", "text"),
    list: QT_TRANSLATE_NOOP("Import", "a list"),
    dict: QT_TRANSLATE_NOOP("Import", "an object"),
}
_PROBLEM = re.compile(r"^(?:Object contains unknown field|Object missing required field) `([^`]*)`")
_AT = re.compile(r" - at `\$(.*)`$")
_STEP = re.compile(r"\.?([A-Za-z_]\w*)|\[(\d+)\]")


def _type_name(value: object) -> Message | str:
    """What a JSON value is, in words (``null`` and ``true/false`` as JSON writes them)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    name = _TYPE_NAMES.get(type(value))
    return import_says(name) if name else type(value).__name__


class _Problem:
    """One ``msgspec.ValidationError``: the path to the value, and what is wrong there."""

    def __init__(self, exc: msgspec.ValidationError, obj: Any) -> None:
        text = str(exc)
        at = _AT.search(text)
        self.path: list[str | int] = []
        for name, index in _STEP.findall(at.group(1) if at else ""):
            self.path.append(name if name else int(index))
        found = _PROBLEM.match(text)
        self.unknown = text.startswith("Object contains unknown")
        self.missing = text.startswith("Object missing")
        self.key = found.group(1)[:40] if found else ""
        self.value: Any = obj
        for step in self.path:
            self.value = self.value[step]
        if self.key and not self.unknown and isinstance(self.value, dict):
            self.value = self.value.get(self.key)

    def wrong_type(self, field: str, what: str) -> EpisodeError:
        return value_error(
            field,
            QT_TRANSLATE_NOOP("Import", "must be {what}, not {got}"),
            what=import_says(what),
            got=_type_name(self.value),
        )

    def not_a_field(self, prefix: str = "") -> EpisodeError:
        return value_error(
            prefix + self.key, QT_TRANSLATE_NOOP("Import", "is not a field Crampwise knows")
        )


def _not_an_object(field: str, value: object) -> EpisodeError:
    return value_error(
        field, QT_TRANSLATE_NOOP("Import", "must be an object, not {got}"), got=_type_name(value)
    )


# --- JSON values -> domain -----------------------------------------------------------------


def episode_from_dict(obj: object) -> tuple[Episode, int | None]:
    """An episode object from a JSON export, and the id it had there."""
    if not isinstance(obj, dict):
        raise _not_an_object("episode", obj)
    try:
        doc = msgspec.convert(obj, EpisodeDoc, strict=True)
    except msgspec.ValidationError as exc:
        raise _episode_problem(_Problem(exc, obj)) from None
    values = {f.name: _value(f, getattr(doc, f.name)) for f in STORED_FIELDS}
    file_id = values.pop("id")
    return checked(Episode(**values), file_id)


def _episode_problem(problem: _Problem) -> EpisodeError:
    path = problem.path
    if not path:
        if problem.unknown:
            return problem.not_a_field()
        return missing(problem.key)
    field = str(path[0])
    if field == "steps" and len(path) > 1:
        return _step_problem(problem)
    if field == "started_at" and problem.value is None:
        return missing(field)
    return problem.wrong_type(field, FIELDS_BY_NAME[field].what)


def _step_problem(problem: _Problem) -> EpisodeError:
    if problem.unknown:
        return problem.not_a_field()
    if problem.missing or (problem.path[2:] == ["step_id"] and problem.value is None):
        return value_error("steps", QT_TRANSLATE_NOOP("Import", "a step has no step_id"))
    if len(problem.path) == 2:
        return value_error(
            "steps",
            QT_TRANSLATE_NOOP("Import", "each step must be an object, not {got}"),
            got=_type_name(problem.value),
        )
    if problem.path[2] == "step_id":
        return problem.wrong_type("steps", QT_TRANSLATE_NOOP("Import", "a step_id in text"))
    return problem.wrong_type("steps", QT_TRANSLATE_NOOP("Import", "true, false or null"))


def _value(field: EpisodeField, value: Any) -> Any:
    """The ``Episode`` value of ``field`` from its (type-checked) JSON value."""
    kind = field.kind
    if kind in (Kind.TIME, Kind.END):
        return None if value is None else parse_time(field.name, value)
    if kind is Kind.SIDE:
        return None if value is None else parse_side(value)
    if kind is Kind.PLACES:
        return frozenset(parse_location(v) for v in value or ())
    if kind is Kind.WORDS:
        return frozenset(value or ())
    if kind is Kind.STEPS:
        steps: list[StepDoc] = value or []
        return tuple(StepUse(s.step_id, s.helped) for s in steps)
    if kind is Kind.TEXT:
        return value or ""
    return value


_MEDICATION_WHAT = {
    "name": QT_TRANSLATE_NOOP("Import", "text"),
    "drug_class": QT_TRANSLATE_NOOP("Import", "text or null"),
    "started": QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD) or null"),
    "stopped": QT_TRANSLATE_NOOP("Import", "a date (YYYY-MM-DD) or null"),
}


def profile_from_dict(obj: object) -> HealthProfile:
    """The profile object of a JSON export (the importer prefixes errors with ``profile:``)."""
    if not isinstance(obj, dict):
        raise _not_an_object("profile", obj)
    meds = obj.get("medications")
    if isinstance(meds, list) and len(meds) > MAX_MEDICATIONS:
        raise value_error(
            "medications", QT_TRANSLATE_NOOP("Import", "at most {limit}"), limit=MAX_MEDICATIONS
        )
    try:
        doc = msgspec.convert(obj, ProfileDoc, strict=True)
    except msgspec.ValidationError as exc:
        raise _profile_problem(_Problem(exc, obj)) from None
    medications = [
        _medication(m, f"medication {n}") for n, m in enumerate(doc.medications or (), start=1)
    ]
    try:
        return HealthProfile(
            conditions=frozenset(doc.conditions or ()), medications=tuple(medications)
        )
    except ProfileError as exc:
        raise EpisodeError("conditions", exc.message) from None


def _profile_problem(problem: _Problem) -> EpisodeError:
    path = problem.path
    if not path:
        return problem.not_a_field()
    if path[0] == "conditions":
        return problem.wrong_type("conditions", QT_TRANSLATE_NOOP("Import", "a list of text"))
    if len(path) == 1:
        return problem.wrong_type("medications", QT_TRANSLATE_NOOP("Import", "a list"))
    where = f"medication {int(path[1]) + 1}"
    if len(path) == 2:
        if problem.unknown:
            return problem.not_a_field(f"{where}: ")
        if problem.missing:
            return missing(f"{where}: {problem.key}")
        return _not_an_object(where, problem.value)
    key = str(path[2])
    return problem.wrong_type(f"{where}: {key}", _MEDICATION_WHAT[key])


def _medication(doc: MedicationDoc, where: str) -> Medication:
    clean_text(f"{where}: name", doc.name)
    if doc.drug_class is not None:
        clean_text(f"{where}: drug_class", doc.drug_class)
        if len(doc.drug_class) > MAX_DRUG_CLASS_CHARS:
            raise value_error(f"{where}: drug_class", QT_TRANSLATE_NOOP("Import", "is too long"))
    started, stopped = (
        None if text is None else _date(f"{where}: {key}", text)
        for key, text in (("started", doc.started), ("stopped", doc.stopped))
    )
    try:
        return Medication(doc.name, doc.drug_class, started, stopped)
    except ProfileError as exc:
        raise EpisodeError(where, exc.message) from None


def _date(field: str, text: str) -> date:
    clean_text(field, text)
    try:
        day = date.fromisoformat(text.strip()) if len(text) <= 20 else None
    except ValueError:
        day = None
    if day is None or not MIN_YEAR <= day.year <= MAX_YEAR:
        raise value_error(
            field,
            QT_TRANSLATE_NOOP("Import", "{text!r} is not a date (use YYYY-MM-DD)"),
            text=text[:20],
        )
    return day
