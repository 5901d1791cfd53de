"""The fields of an episode, declared once: the diary's rows and the export's JSON and CSV.

Each field of :class:`~crampwise.domain.episode.Episode` that is stored or exported is a row of
:data:`EPISODE_TABLE`, in the order of the export (JSON keys and CSV columns). Its
:class:`Kind` decides how each layer carries it: ``storage`` (the ``episodes`` columns or a table
of their own) and ``exchange`` (JSON values, CSV cells) each hold one converter per kind, so a new
field of an existing kind is one row here plus its Alembic migration.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from crampwise.text import QT_TRANSLATE_NOOP


class Kind(Enum):
    """How a field is carried. JSON types in brackets."""

    ID = "id"  # the diary's id [whole number or null]
    NIGHT = "night"  # derived from the start and the night's cut-over [YYYY-MM-DD]
    TIME = "time"  # an aware datetime [ISO 8601 with offset]; stored as UTC plus offset
    END = "end"  # a TIME that may be missing (the cramp goes on) [text or null]
    SECONDS = "seconds"  # derived: the duration [number or null]
    SIDE = "side"  # a Side [text or null]
    PLACES = "places"  # a set of Location [list of text]
    WORDS = "words"  # a set of words [list of text]
    COUNT = "count"  # a whole number or None [whole number or null]
    FLAG = "flag"  # True, False or None [true, false or null]
    TEXT = "text"  # text, "" when empty [text]
    STEPS = "steps"  # a tuple of StepUse [list of {"step_id", "helped"}]


DERIVED_KINDS = frozenset({Kind.NIGHT, Kind.SECONDS})  # written out, never read back


@dataclass(frozen=True, slots=True)
class EpisodeField:
    """One field: its name (the ``Episode`` attribute, JSON key and CSV column), its kind, and
    where the ``episodes`` table keeps it (``None``: a table of its own, or not stored).

    A TIME's column is a stem: ``started`` is kept as ``started_utc`` and
    ``started_offset_min``. ``what`` names the JSON value an import wants (context "Import").
    """

    name: str
    kind: Kind
    column: str | None
    what: str = ""


EPISODE_TABLE: tuple[EpisodeField, ...] = (
    EpisodeField("id", Kind.ID, "id", QT_TRANSLATE_NOOP("Import", "a whole number")),
    EpisodeField("night", Kind.NIGHT, "night"),
    EpisodeField("started_at", Kind.TIME, "started", QT_TRANSLATE_NOOP("Import", "text")),
    EpisodeField("ended_at", Kind.END, "ended", QT_TRANSLATE_NOOP("Import", "text or null")),
    EpisodeField("duration_seconds", Kind.SECONDS, None),
    EpisodeField("side", Kind.SIDE, "side", QT_TRANSLATE_NOOP("Import", "text or null")),
    EpisodeField(
        "locations", Kind.PLACES, "locations", QT_TRANSLATE_NOOP("Import", "a list of text")
    ),
    EpisodeField(
        "intensity",
        Kind.COUNT,
        "intensity",
        QT_TRANSLATE_NOOP("Import", "a whole number from 0 to 10"),
    ),
    EpisodeField(
        "woke_from_sleep",
        Kind.FLAG,
        "woke_from_sleep",
        QT_TRANSLATE_NOOP("Import", "true, false or null"),
    ),
    EpisodeField(
        "minutes_to_sleep_again",
        Kind.COUNT,
        "minutes_to_sleep_again",
        QT_TRANSLATE_NOOP("Import", "a whole number"),
    ),
    EpisodeField("steps", Kind.STEPS, None, QT_TRANSLATE_NOOP("Import", "a list of steps")),
    EpisodeField("helped", Kind.FLAG, "helped", QT_TRANSLATE_NOOP("Import", "true, false or null")),
    EpisodeField("tags", Kind.WORDS, None, QT_TRANSLATE_NOOP("Import", "a list of text")),
    EpisodeField(
        "red_flags", Kind.WORDS, "red_flags", QT_TRANSLATE_NOOP("Import", "a list of text")
    ),
    EpisodeField("note", Kind.TEXT, "note", QT_TRANSLATE_NOOP("Import", "text")),
)

# The names in export order: JSON keys, CSV columns (``crampwise list --json`` too).
EPISODE_FIELDS: tuple[str, ...] = tuple(f.name for f in EPISODE_TABLE)
# The fields an import reads back (the derived ones are ignored: they follow from the rest).
STORED_FIELDS: tuple[EpisodeField, ...] = tuple(
    f for f in EPISODE_TABLE if f.kind not in DERIVED_KINDS
)
FIELDS_BY_NAME: dict[str, EpisodeField] = {f.name: f for f in EPISODE_TABLE}


def compiled(name: str, params: str, expression: str, namespace: dict[str, object]) -> object:
    """``def name(params): return expression``, compiled once from the field table.

    How a layer converts a whole episode at the speed of hand-written code: one call per
    episode instead of one per field (``dataclasses`` builds ``__init__`` the same way). 20,000
    episodes are read in ~0.15 s instead of ~0.3 s this way.
    """
    source = f"def {name}({params}):\n    return {expression}\n"
    exec(compile(source, f"<{name} from the field table>", "exec"), namespace)
    return namespace[name]
