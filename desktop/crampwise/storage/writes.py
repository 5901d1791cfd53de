"""Writing episodes with SQLAlchemy, inside the store's checked transaction.

Imported at the first write (``EpisodeStore`` reads without SQLAlchemy).
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete as delete_rows
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from crampwise.domain.episode import RUNNING_WITHIN, Episode
from crampwise.storage.models import EpisodeRow, EpisodeStepRow, EpisodeTagRow
from crampwise.storage.rows import episode_columns, step_rows, tag_rows, to_utc

INSERT_BATCH = 500  # episodes per executemany of add_many


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def running_id(session: Session) -> int | None:
    """The newest cramp not marked as over that began in the last ``RUNNING_WITHIN``."""
    since, _ = to_utc(datetime.now(UTC) - RUNNING_WITHIN)
    return session.scalar(
        select(EpisodeRow.id)
        .where(EpisodeRow.ended_utc.is_(None), EpisodeRow.started_utc >= since)
        .order_by(EpisodeRow.started_utc.desc())
        .limit(1)
    )


def add(session: Session, episode: Episode, cutover_hour: int) -> int:
    """Insert ``episode`` (with its own id when it has one: undoing a delete); its id."""
    row = EpisodeRow(created_utc=_now())
    if episode.id is not None:
        row.id = episode.id
    _fill(row, episode, cutover_hour)
    session.add(row)
    session.flush()
    return row.id


def update(session: Session, episode: Episode, cutover_hour: int) -> bool:
    """Replace the stored episode of ``episode.id``; ``False`` if there is none."""
    row = session.get(EpisodeRow, episode.id)
    if row is None:
        return False
    _fill(row, episode, cutover_hour)
    return True


def delete(session: Session, episode_id: int) -> None:
    session.execute(delete_rows(EpisodeRow).where(EpisodeRow.id == episode_id))


def _fill(row: EpisodeRow, ep: Episode, cutover_hour: int) -> None:
    for name, value in episode_columns(ep, cutover_hour, _now()).items():
        setattr(row, name, value)
    row.tags = [EpisodeTagRow(**r) for r in tag_rows(None, ep)]
    row.steps = [EpisodeStepRow(**r) for r in step_rows(None, ep)]


def add_many(conn: Connection, episodes: list[Episode], cutover_hour: int) -> None:
    """Insert validated episodes with Core ``executemany``, a batch at a time.

    Through the ORM (an object per row, all kept until the commit) an import of 950,000 relief
    steps took 60 s and 2.4 GB.
    """
    now = _now()
    # Those with an id first: SQLite may give one without an id any unused id.
    known = [ep for ep in episodes if ep.id is not None]
    for start in range(0, len(known), INSERT_BATCH):
        _insert(conn, known[start : start + INSERT_BATCH], now, cutover_hour)
    for episode in episodes:
        if episode.id is None:
            _insert(conn, [episode], now, cutover_hour)


def _insert(conn: Connection, batch: list[Episode], now: datetime, cutover_hour: int) -> None:
    """Episodes all with an id, or one without (it gets the id SQLite gives it)."""
    rows = [
        {**episode_columns(ep, cutover_hour, now), "id": ep.id, "created_utc": now} for ep in batch
    ]
    result = conn.execute(insert(EpisodeRow), rows if len(rows) > 1 else rows[0])
    ids = [ep.id for ep in batch]
    if ids[0] is None:
        ids = list(result.inserted_primary_key or ())
    pairs = list(zip(ids, batch, strict=True))
    tags = [row for i, ep in pairs for row in tag_rows(i, ep)]
    steps = [row for i, ep in pairs for row in step_rows(i, ep)]
    if tags:
        conn.execute(insert(EpisodeTagRow), tags)
    if steps:
        conn.execute(insert(EpisodeStepRow), steps)
