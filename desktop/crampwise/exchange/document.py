"""The JSON export document, declared once with msgspec, and written with its encoder.

The document::

    {"format": "crampwise", "format_version": 1, "exported_at": "...", "app_version": "...",
     "episodes": [EpisodeDoc, ...], "profile": ProfileDoc}

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
from crampwise.domain.fields import EPISODE_TABLE, EpisodeField, Kind
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


class HeadDoc(msgspec.Struct, forbid_unknown_fields=True):
    """The top of the document; ``episodes`` and ``profile`` are read one by one after it, so an
    error names the row it is on."""

    format: str
    format_version: int
    exported_at: str | None = None
    app_version: str | None = None
    episodes: list[Any] | None = None
    profile: Any = None


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


class _Writer:
    """Episodes to JSON values, sharing the lists of values that repeat (one encode's worth)."""

    def __init__(self, *, for_msgspec: bool = True) -> None:
        self._for_msgspec = for_msgspec
        self._lists: dict[int, tuple[object, list[Any]]] = {}

    def _sorted(self, values: frozenset[Any]) -> list[Any]:
        found = self._lists.get(id(values))
        if found is None:
            found = self._lists[id(values)] = (
                values,  # kept alive, so its id is not reused during this encode
                sorted(getattr(v, "value", v) for v in values),
            )
        return found[1]

    def _steps(self, steps: tuple[StepUse, ...]) -> list[Any]:
        found = self._lists.get(id(steps))
        if found is None:
            found = self._lists[id(steps)] = (
                steps,
                [{"step_id": s.step_id, "helped": s.helped} for s in steps],
            )
        return found[1]

    def value(self, field: EpisodeField) -> Callable[[Episode], Any]:
        name, kind = field.name, field.kind
        if kind is Kind.NIGHT:
            return lambda ep: ep.night.isoformat()
        if kind in (Kind.TIME, Kind.END):
            return lambda ep: _iso(getattr(ep, name))
        if kind is Kind.SECONDS:
            return _seconds_as_before if self._for_msgspec else _seconds
        if kind is Kind.SIDE:
            return lambda ep: None if ep.side is None else ep.side.value
        if kind in (Kind.PLACES, Kind.WORDS):
            return lambda ep: self._sorted(getattr(ep, name))
        if kind is Kind.STEPS:
            return lambda ep: self._steps(getattr(ep, name))
        return lambda ep: getattr(ep, name)

    def episodes(self, episodes: Iterable[Episode]) -> list[dict[str, Any]]:
        values = [(f.name, self.value(f)) for f in EPISODE_TABLE]
        return [{name: value(ep) for name, value in values} for ep in episodes]


def episode_to_dict(ep: Episode) -> dict[str, Any]:
    """An episode as JSON values, in the field table's order."""
    return _Writer(for_msgspec=False).episodes([ep])[0]


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


_ENCODER = msgspec.json.Encoder()


def encode(value: object, *, indent: int = 0) -> bytes:
    """``value`` as JSON: ``indent`` 0 is one line with the spaces ``json.dumps`` puts."""
    return msgspec.json.format(_ENCODER.encode(value), indent=indent)


def episode_lines(episodes: Iterable[Episode], indent: bytes = b"") -> bytes:
    """Episodes as one-line JSON objects, each after ``indent``, separated by ``,\\n``."""
    encode, fmt = _ENCODER.encode, msgspec.json.format
    return b",\n".join(indent + fmt(encode(row), indent=0) for row in _Writer().episodes(episodes))


def episodes_json(episodes: Iterable[Episode]) -> bytes:
    """``crampwise list --json``: a JSON list, one episode a line, as earlier versions wrote."""
    lines = episode_lines(episodes)
    return b"[\n" + lines + b"\n]\n" if lines else b"[]\n"
