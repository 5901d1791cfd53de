"""The JSON export document, declared once with msgspec, and written with its encoder.

The document::

    {"format": "crampwise", "format_version": 1, "exported_at": "...", "app_version": "...",
     "episodes": [EpisodeDoc, ...], "checkins": [CheckInDoc, ...],
     "experiments": [ExperimentDoc, ...], "profile": ProfileDoc}

``checkins`` and ``experiments`` are written when the diary has any (a diary without nights
exports the same bytes as before), and may be missing from a file.

An episode's fields come from the field table (``crampwise.domain.fields``): :data:`EpisodeDoc`
is built from it. Reading is strict (``codec`` converts with these types, then the domain
validates); writing keeps the layout of earlier versions byte for byte: ``", "`` and ``": "``
between values, non-ASCII as UTF-8, one episode a line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

import msgspec

from crampwise.domain.episode import Episode, StepUse
from crampwise.domain.experiments import Experiment
from crampwise.domain.fields import EPISODE_TABLE, EpisodeField, Kind, compiled
from crampwise.domain.nights import CheckIn
from crampwise.domain.profile import HealthProfile

FORMAT_NAME = "crampwise"
FORMAT_VERSION = 1


class StepDoc(msgspec.Struct, forbid_unknown_fields=True):
    """A relief step gone through."""

    step_id: str
    helped: bool | None = None


class MedicationDoc(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    drug_class: str | None = None
    started: str | None = None  # YYYY-MM-DD
    stopped: str | None = None


class ProfileDoc(msgspec.Struct, forbid_unknown_fields=True):
    conditions: list[str] | None = None
    medications: list[MedicationDoc] | None = None


class CheckInDoc(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One night's check-in (``crampwise.domain.nights.CheckIn``)."""

    night: str  # YYYY-MM-DD, the evening the night begins
    factors: list[str] | None = None
    drinks: int | None = None
    own_factors: str | None = None
    routine_done: bool | None = None
    status: str | None = None  # "cramps", "no_cramps" or null (not said)
    habit_done: bool | None = None


class ExperimentDoc(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """A personal experiment; its plan comes back from ``seed`` (``plan_blocks``)."""

    id: int | None = None
    habit: str
    own_habit: str | None = None
    weeks: int
    seed: int
    start: str  # YYYY-MM-DD
    stopped: str | None = None


class HeadDoc(msgspec.Struct, forbid_unknown_fields=True):
    """The document, its episodes and profile left as JSON values: they are converted one by
    one after it (``EpisodeDoc``, ``ProfileDoc``), so an error names the row it is on.

    ``format`` and ``format_version`` are checked before, to say "not an export" or "newer".
    """

    format: str
    format_version: int
    episodes: list[Any]
    exported_at: Any = None  # written for people; never read
    app_version: Any = None
    profile: Any = None
    checkins: Any = None
    experiments: Any = None


# The JSON type of each kind of field (``None``: written, ignored when read back).
_JSON_TYPES: dict[Kind, Any] = {
    Kind.ID: int | None,
    Kind.NIGHT: Any,
    Kind.TIME: str,
    Kind.END: str | None,
    Kind.SECONDS: Any,
    Kind.SIDE: str | None,
    Kind.PLACES: list[str] | None,
    Kind.WORDS: list[str] | None,
    Kind.COUNT: int | None,
    Kind.FLAG: bool | None,
    Kind.TEXT: str | None,
    Kind.STEPS: list[StepDoc] | None,
}


def _struct_field(field: EpisodeField) -> tuple[str, Any] | tuple[str, Any, Any]:
    kind = _JSON_TYPES[field.kind]
    return (field.name, kind) if field.kind is Kind.TIME else (field.name, kind, None)


# An episode of the export (keyword-only: ``started_at`` is required, the rest may be missing).
EpisodeDoc: type[msgspec.Struct] = msgspec.defstruct(
    "EpisodeDoc",
    [_struct_field(f) for f in EPISODE_TABLE],
    kw_only=True,
    forbid_unknown_fields=True,
)


# --- writing ---------------------------------------------------------------------------------


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _seconds(ep: Episode) -> float | None:
    return None if ep.duration is None else ep.duration.total_seconds()


def _seconds_as_before(ep: Episode) -> float | msgspec.Raw | None:
    """The duration as earlier exports wrote it: msgspec writes 0.00001 where json wrote 1e-05."""
    seconds = _seconds(ep)
    if seconds is not None and 0 < seconds < 1e-4:
        return msgspec.Raw(repr(seconds).encode())
    return seconds


def _json_expression(field: EpisodeField) -> str:
    """How the JSON value of ``field`` is made from episode ``ep``."""
    value, kind = f"ep.{field.name}", field.kind
    if kind is Kind.NIGHT:
        return "ep.night.isoformat()"
    if kind is Kind.TIME:
        return f"{value}.isoformat()"
    if kind is Kind.END:
        return f"None if {value} is None else {value}.isoformat()"
    if kind is Kind.SECONDS:
        return "seconds(ep)"
    if kind is Kind.SIDE:
        return f"None if {value} is None else {value}.value"
    if kind in (Kind.PLACES, Kind.WORDS):
        return f"listed({value})"
    if kind is Kind.STEPS:
        return f"steps({value})"
    return value


# ``json_values(ep, listed, steps, seconds)``: the episode's JSON object, in the table's order.
_json_values: Callable[..., dict[str, Any]] = compiled(  # type: ignore[assignment]
    "json_values",
    "ep, listed, steps, seconds",
    "{" + ", ".join(f"{f.name!r}: {_json_expression(f)}" for f in EPISODE_TABLE) + "}",
    {},
)


def _listed(values: frozenset[Any]) -> list[Any]:
    return sorted(getattr(v, "value", v) for v in values)


def _step_list(steps: tuple[StepUse, ...]) -> list[dict[str, Any]]:
    return [{"step_id": s.step_id, "helped": s.helped} for s in steps]


def episode_to_dict(ep: Episode) -> dict[str, Any]:
    """An episode as JSON values, in the field table's order."""
    return _json_values(ep, _listed, _step_list, _seconds)


class _Shared:
    """The JSON lists of one encode, made once for each set or steps object (the store shares
    equal ones, so most are met many times)."""

    def __init__(self) -> None:
        self._lists: dict[int, tuple[object, list[Any]]] = {}

    def listed(self, values: frozenset[Any]) -> list[Any]:
        found = self._lists.get(id(values))
        if found is None:  # the object is kept, so its id is not reused during the encode
            found = self._lists[id(values)] = (values, _listed(values))
        return found[1]

    def steps(self, steps: tuple[StepUse, ...]) -> list[Any]:
        found = self._lists.get(id(steps))
        if found is None:
            found = self._lists[id(steps)] = (steps, _step_list(steps))
        return found[1]


def profile_to_dict(profile: HealthProfile) -> dict[str, Any]:
    values: dict[str, Any] = msgspec.to_builtins(
        ProfileDoc(
            conditions=sorted(profile.conditions),
            medications=[
                MedicationDoc(
                    m.name,
                    m.drug_class,
                    m.started.isoformat() if m.started else None,
                    m.stopped.isoformat() if m.stopped else None,
                )
                for m in profile.medications
            ],
        )
    )
    return values


def checkin_to_dict(checkin: CheckIn) -> dict[str, Any]:
    values: dict[str, Any] = msgspec.to_builtins(
        CheckInDoc(
            night=checkin.night.isoformat(),
            factors=sorted(checkin.factors),
            drinks=checkin.drinks,
            own_factors=checkin.own_factors,
            routine_done=checkin.routine_done,
            status=None if checkin.status is None else str(checkin.status),
            habit_done=checkin.habit_done,
        )
    )
    return values


def experiment_to_dict(experiment: Experiment) -> dict[str, Any]:
    e = experiment
    values: dict[str, Any] = msgspec.to_builtins(
        ExperimentDoc(
            id=e.id,
            habit=e.habit,
            own_habit=e.own_habit,
            weeks=e.weeks,
            seed=e.seed,
            start=e.start.isoformat(),
            stopped=None if e.stopped is None else e.stopped.isoformat(),
        )
    )
    return values


def object_lines(values: Iterable[dict[str, Any]], indent: bytes = b"  ") -> bytes:
    """JSON objects one a line, each after ``indent``, separated by ``,\n``."""
    return b",\n".join(indent + encode(v) for v in values)


assert EPISODE_TABLE[0].name == "id", "episode_lines finds each episode by its first key"
_ENCODER = msgspec.json.Encoder()


def encode(value: object, *, indent: int = 0) -> bytes:
    """``value`` as JSON: ``indent`` 0 is one line with the spaces ``json.dumps`` puts."""
    return msgspec.json.format(_ENCODER.encode(value), indent=indent)


def episode_lines(episodes: Iterable[Episode], indent: bytes = b"") -> bytes:
    """Episodes as one-line JSON objects, each after ``indent``, separated by ``,\\n``.

    One encode of the whole list, then a line break before each episode's ``{"id": ``: inside
    a string every ``"`` is escaped, so that text marks the start of an episode and nothing else.
    """
    shared = _Shared()
    listed, steps = shared.listed, shared.steps
    rows = [_json_values(ep, listed, steps, _seconds_as_before) for ep in episodes]
    if not rows:
        return b""
    text = msgspec.json.format(_ENCODER.encode(rows), indent=0)[1:-1]
    return indent + text.replace(b'}, {"id": ', b"},\n" + indent + b'{"id": ')


def episodes_json(episodes: Iterable[Episode]) -> bytes:
    """``crampwise list --json``: a JSON list, one episode a line, as earlier versions wrote."""
    lines = episode_lines(episodes)
    return b"[\n" + lines + b"\n]\n" if lines else b"[]\n"
