"""Episodes to and from the diary's rows, one converter per kind of field (``domain.fields``).

Times are kept as naive UTC (SQLAlchemy's ISO text) plus the wall clock's offset in minutes;
sets of words and places as sorted, space-separated words; tags and steps in tables of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, TypeVar

from crampwise.domain.episode import Episode, StepUse, night_of
from crampwise.domain.fields import EPISODE_TABLE, EpisodeField, Kind, compiled
from crampwise.domain.vocab import Location, Side

_T = TypeVar("_T")


def to_utc(moment: datetime) -> tuple[datetime, int]:
    """A stored time: naive UTC, and the wall clock's offset in minutes."""
    offset = moment.utcoffset()
    assert offset is not None, "episode times are validated as aware"
    return moment.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


def _time_columns(stem: str, moment: datetime | None) -> dict[str, Any]:
    utc, offset = (None, None) if moment is None else to_utc(moment)
    return {f"{stem}_utc": utc, f"{stem}_offset_min": offset}


def _words(values: frozenset[Any]) -> str:
    return " ".join(sorted(getattr(v, "value", v) for v in values))


def episode_columns(ep: Episode, cutover_hour: int, now: datetime) -> dict[str, Any]:
    """The ``episodes`` row of an episode but its id (tags and steps are rows of their own)."""
    row: dict[str, Any] = {}
    for field in EPISODE_TABLE:
        column, kind = field.column, field.kind
        if column is None or kind is Kind.ID:
            continue
        if kind is Kind.NIGHT:
            row[column] = night_of(ep.started_at, cutover_hour)
        elif kind in (Kind.TIME, Kind.END):
            row.update(_time_columns(column, getattr(ep, field.name)))
        elif kind is Kind.SIDE:
            side: Side | None = getattr(ep, field.name)
            row[column] = side.value if side else None
        elif kind in (Kind.PLACES, Kind.WORDS):
            row[column] = _words(getattr(ep, field.name))
        else:
            row[column] = getattr(ep, field.name)
    row["updated_utc"] = now
    return row


def tag_rows(episode_id: int | None, ep: Episode) -> list[dict[str, Any]]:
    return [{"episode_id": episode_id, "tag": tag} for tag in sorted(ep.tags)]


def step_rows(episode_id: int | None, ep: Episode) -> list[dict[str, Any]]:
    return [
        {"episode_id": episode_id, "position": n, "step_id": use.step_id, "helped": use.helped}
        for n, use in enumerate(ep.steps)
    ]


# --- reading --------------------------------------------------------------------------------


class _Offsets(dict[int, timedelta]):
    """Minutes east of UTC to a ``timedelta``, made once each."""

    def __missing__(self, minutes: int) -> timedelta:
        found = self[minutes] = timedelta(minutes=minutes)
        return found


class _Zones(dict[int, timezone]):
    """Minutes east of UTC to a fixed-offset ``timezone``, made once each."""

    def __missing__(self, minutes: int) -> timezone:
        found = self[minutes] = timezone(timedelta(minutes=minutes))
        return found


_OFFSETS, _ZONES = _Offsets(), _Zones()


def wall_clock(utc_text: str, offset_min: int) -> datetime:
    """A stored UTC time (SQLAlchemy writes ISO text) shown on the wall clock of its offset."""
    return (datetime.fromisoformat(utc_text) + _OFFSETS[offset_min]).replace(
        tzinfo=_ZONES[offset_min]
    )


class Shared:
    """One object for each distinct immutable value met in one read.

    Equal sets, steps and step lists are one shared object (they are immutable): most diaries
    repeat a few combinations, and a frozenset costs 216 bytes even when empty, so 20,000
    episodes take ~10 MB instead of ~25 MB.
    """

    def __init__(self) -> None:
        self._seen: dict[object, Any] = {}
        self._sets: dict[tuple[Kind, str], frozenset[Any]] = {}

    def one(self, value: _T) -> _T:
        found: _T = self._seen.setdefault(value, value)
        return found

    def steps(self, uses: list[tuple[str, int | None]]) -> tuple[StepUse, ...]:
        """The steps of one episode from their (step id, helped) rows."""
        key = tuple(uses)  # hashed in C: a StepUse's hash is Python code
        found: tuple[StepUse, ...] | None = self._seen.get(key)
        if found is None:
            found = self._seen[key] = tuple(
                StepUse(step_id, None if helped is None else bool(helped))
                for step_id, helped in uses
            )
        return found

    def words(self, kind: Kind, text: str) -> frozenset[Any]:
        found = self._sets.get((kind, text))
        if found is None:
            words = text.split()
            found = self.one(frozenset(_LOCATIONS[v] for v in words) if kind is Kind.PLACES
                             else frozenset(words))  # fmt: skip
            self._sets[(kind, text)] = found
        return found


_SIDES = {s.value: s for s in Side}
_LOCATIONS = {loc.value: loc for loc in Location}
_NO_WORDS: frozenset[str] = frozenset()


def _expression(field: EpisodeField, at: int) -> tuple[list[str], str]:
    """The columns ``field`` is read from (starting at index ``at`` of row ``r``), and the
    expression that makes its value (``s``: the read's :class:`Shared`)."""
    column, kind, value = field.column, field.kind, f"r[{at}]"
    assert column is not None
    if kind in (Kind.TIME, Kind.END):
        # wall_clock, inline: one call less for each of 40,000 times in 20,000 episodes
        offset = f"r[{at + 1}]"
        moment = f"(from_iso({value}) + OFFSETS[{offset}]).replace(tzinfo=ZONES[{offset}])"
        if kind is Kind.END:
            moment = f"None if {value} is None else {moment}"
        return [f"{column}_utc", f"{column}_offset_min"], moment
    if kind is Kind.SIDE:
        return [column], f"SIDES[{value}] if {value} else None"
    if kind in (Kind.PLACES, Kind.WORDS):
        return [column], f"s.words(Kind.{kind.name}, {value})"
    if kind is Kind.FLAG:
        return [column], f"None if {value} is None else bool({value})"
    return [column], value


def _episode_reader() -> tuple[str, Callable[..., Episode]]:
    """The columns to select, and ``episode(r, s, tags, steps, cutover)`` that reads a row."""
    columns: list[str] = ["id"]
    values = ["id=r[0]", "tags=tags.get(r[0], NO_WORDS)", "steps=steps.get(r[0], ())"]
    for field in EPISODE_TABLE:
        if field.column is None or field.kind in (Kind.ID, Kind.NIGHT):
            continue  # tags and steps have tables of their own; the night follows the start
        names, expression = _expression(field, len(columns))
        columns += names
        values.append(f"{field.name}=({expression})")
    namespace: dict[str, object] = {
        "Episode": Episode, "Kind": Kind, "SIDES": _SIDES, "NO_WORDS": _NO_WORDS,
        "from_iso": datetime.fromisoformat, "OFFSETS": _OFFSETS, "ZONES": _ZONES,
    }  # fmt: skip
    reader = compiled(
        "episode",
        "r, s, tags, steps, cutover",
        f"Episode({', '.join(values)}, night_cutover_hour=cutover)",
        namespace,
    )
    return ", ".join(columns), reader  # type: ignore[return-value]


EPISODE_COLUMNS, _episode = _episode_reader()


def read_episodes(
    conn: Any, where: str, params: tuple[Any, ...], cutover_hour: int
) -> list[Episode]:
    """Episodes with their tags and steps, newest first, over a DB-API connection."""
    shared = Shared()
    rows = conn.execute(
        f"SELECT {EPISODE_COLUMNS} FROM episodes {'WHERE ' + where if where else ''} "
        "ORDER BY started_utc DESC, id DESC",
        params,
    ).fetchall()
    if not rows:
        return []
    many = len(rows) > 500  # past this, one full scan beats a huge IN list
    ids = ",".join(str(r[0]) for r in rows) if not many else ""
    tag_sql = "SELECT episode_id, tag FROM episode_tags"
    step_sql = "SELECT episode_id, step_id, helped FROM episode_steps"
    if not many:
        tag_sql += f" WHERE episode_id IN ({ids})"
        step_sql += f" WHERE episode_id IN ({ids})"
    tag_lists: dict[int, list[str]] = defaultdict(list)
    for episode_id, tag in conn.execute(tag_sql):
        tag_lists[episode_id].append(tag)
    step_lists: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for episode_id, step_id, helped in conn.execute(step_sql + " ORDER BY episode_id, position"):
        step_lists[episode_id].append((step_id, helped))
    tags = {k: shared.one(frozenset(v)) for k, v in tag_lists.items()}
    steps = {k: shared.steps(v) for k, v in step_lists.items()}
    return [_episode(r, shared, tags, steps, cutover_hour) for r in rows]
