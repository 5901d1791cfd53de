"""The episode store: one SQLite file, opened, migrated and used through plain domain values.

Opening is ``storage.opening``; the row of an episode ``storage.rows`` (from the field table in
``domain.fields``); the profile and custom plans ``storage.extras``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crampwise import paths
from crampwise.domain.episode import (
    DEFAULT_NIGHT_CUTOVER_HOUR,
    RUNNING_WITHIN,
    Episode,
    is_running,
    validate,
)
from crampwise.domain.profile import EpisodeFacts, HealthProfile
from crampwise.domain.vocab import Location
from crampwise.storage import backup
from crampwise.storage.extras import CustomPlanRecords, ProfileRecords, replace_profile
from crampwise.storage.lock import DiaryLock
from crampwise.storage.models import EpisodeRow, EpisodeStepRow, EpisodeTagRow
from crampwise.storage.opening import (
    BUSY_TIMEOUT_S,
    cannot_open,
    file_identity,
    make_engine,
    plain_message,
    prepare,
    read_only_engine,
)
from crampwise.storage.rows import episode_columns, read_episodes, step_rows, tag_rows, to_utc
from crampwise.storage.schema import StoreError, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message

__all__ = ["BUSY_TIMEOUT_S", "CrampAlreadyRunningError", "EpisodeStore", "StoreError"]
_plain_message = plain_message  # the name tests and older callers use
_INSERT_BATCH = 500  # episodes per executemany of add_many


class CrampAlreadyRunningError(StoreError):
    """A new cramp while another started in the last ``RUNNING_WITHIN`` is still going on."""

    def __init__(self, running: Episode) -> None:
        super().__init__(
            store_says(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "A cramp is already going on: episode {id}, started at {started:%H:%M}. "
                    "End it first (It's over in the window, or: crampwise end).",
                ),
                id=running.id,
                started=running.started_at,
            )
        )
        self.running = running


class EpisodeStore(ProfileRecords, CustomPlanRecords):
    """Reads and writes episodes. Every write is committed before the method returns.

    While open it holds the diary's shared lock (``storage.lock``), so the file is never moved
    or replaced under it; before each write it checks the path is still its file.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        night_cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR,
        lock: DiaryLock | None = None,
        read_only: bool = False,
        path: Path | None = None,
    ):
        self.engine = engine
        self.path = path or Path(engine.url.database or "")
        self.night_cutover_hour = night_cutover_hour
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = lock
        self._identity = file_identity(self.path)
        self.read_only = read_only
        self.recovery: backup.Recovery | None = None  # set when a damaged file was replaced
        self.notice: Message | None = None  # something the person should hear after a write

    @classmethod
    def open(
        cls, db_path: Path | None = None, *, night_cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR
    ) -> EpisodeStore:
        db_path = db_path or paths.database_path()
        try:
            paths.ensure_private_dir(db_path.parent)
        except OSError as exc:
            raise cannot_open(db_path, exc) from exc
        lock = DiaryLock(db_path)
        try:
            recovery, read_only = prepare(db_path, lock)
            engine = read_only_engine(db_path) if read_only else make_engine(db_path)
        except BaseException:
            lock.release()
            raise
        store = cls(
            engine,
            night_cutover_hour=night_cutover_hour,
            lock=lock,
            read_only=read_only,
            path=db_path,
        )
        store.recovery = recovery
        return store

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def backup(self) -> Path:
        """A checked copy in ``backups/`` (rotated); raises ``StoreError`` if it cannot be made."""
        import sqlite3

        try:
            return backup.make_backup(self.path)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(
                store_says(
                    QT_TRANSLATE_NOOP("Store", "The backup could not be made ({error})."),
                    error=exc,
                )
            ) from exc

    def read_only_message(self) -> Message:
        return store_says(
            QT_TRANSLATE_NOOP(
                "Store",
                "The diary at {path} can be read but not changed (a read-only disk or "
                "folder, or a file that is not yours), so nothing can be saved there.",
            ),
            path=self.path,
        )

    def take_notice(self) -> Message | None:
        notice, self.notice = self.notice, None
        return notice

    def _still_the_diary(self) -> None:
        """Reopen when the file at our path is no longer the one we opened (moved, replaced by
        hand): otherwise this write would land in a file nobody will read again."""
        if file_identity(self.path) == self._identity:
            return
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
        fresh = EpisodeStore.open(self.path, night_cutover_hour=self.night_cutover_hour)
        self.engine, self._sessions, self._lock = fresh.engine, fresh._sessions, fresh._lock
        self._identity, self.read_only = fresh._identity, fresh.read_only
        self.notice = store_says(
            QT_TRANSLATE_NOOP(
                "Store",
                "The diary file was moved or replaced while Crampwise was open. It was opened "
                "again at {path} and your entry saved there.",
            ),
            path=self.path,
        )

    @contextmanager
    def _write(self) -> Iterator[Session]:
        if self.read_only:
            raise StoreError(self.read_only_message())
        self._still_the_diary()
        try:
            with self._sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            raise StoreError(plain_message(exc)) from exc

    # --- writes -------------------------------------------------------------------------

    def add(self, episode: Episode) -> Episode:
        validate(episode)
        with self._write() as session:
            if is_running(episode, datetime.now(UTC)):
                self._refuse_a_second_running_cramp(session, episode)
            row = EpisodeRow(created_utc=datetime.now(UTC).replace(tzinfo=None))
            if episode.id is not None:  # undoing a delete puts the episode back as it was
                row.id = episode.id
            self._fill(row, episode)
            session.add(row)
            session.flush()
            new_id = row.id
        return episode.replace(id=new_id, night_cutover_hour=self.night_cutover_hour)

    def _refuse_a_second_running_cramp(self, session: Session, episode: Episode) -> None:
        since, _ = to_utc(datetime.now(UTC) - RUNNING_WITHIN)
        found = session.scalar(
            select(EpisodeRow.id)
            .where(EpisodeRow.ended_utc.is_(None), EpisodeRow.started_utc >= since)
            .order_by(EpisodeRow.started_utc.desc())
            .limit(1)
        )
        if found is not None and found != episode.id:
            running = self.get(found)
            assert running is not None
            raise CrampAlreadyRunningError(running)

    def running(self, now: datetime) -> Episode | None:
        """The cramp going on now, if one started in the last ``RUNNING_WITHIN``."""
        return next((e for e in self.ongoing() if is_running(e, now)), None)

    def update(self, episode: Episode) -> Episode:
        if episode.id is None:
            raise ValueError("update needs a stored episode")
        validate(episode)
        with self._write() as session:
            row = session.get(EpisodeRow, episode.id)
            if row is None:
                raise StoreError(
                    store_says(
                        QT_TRANSLATE_NOOP(
                            "Store", "This episode no longer exists; it may have been deleted."
                        )
                    )
                )
            self._fill(row, episode)
        return episode.replace(night_cutover_hour=self.night_cutover_hour)

    def delete(self, episode_id: int) -> Episode:
        """Delete and return the episode, so the caller can offer undo."""
        episode = self.get(episode_id)
        if episode is None:
            raise StoreError(
                store_says(QT_TRANSLATE_NOOP("Store", "This episode no longer exists."))
            )
        with self._write() as session:
            session.execute(delete(EpisodeRow).where(EpisodeRow.id == episode_id))
        return episode

    def _fill(self, row: EpisodeRow, ep: Episode) -> None:
        now = datetime.now(UTC).replace(tzinfo=None)
        for name, value in episode_columns(ep, self.night_cutover_hour, now).items():
            setattr(row, name, value)
        row.tags = [EpisodeTagRow(**r) for r in tag_rows(None, ep)]
        row.steps = [EpisodeStepRow(**r) for r in step_rows(None, ep)]

    # --- reads --------------------------------------------------------------------------

    def get(self, episode_id: int) -> Episode | None:
        found = self._select("id = ?", (episode_id,))
        return found[0] if found else None

    def ongoing(self) -> list[Episode]:
        return self._select("ended_utc IS NULL", ())

    def episodes(
        self,
        *,
        since: date | None = None,
        until: date | None = None,
        location: Location | None = None,
    ) -> list[Episode]:
        """Episodes newest first, optionally within nights ``since``..``until`` (inclusive)."""
        where: list[str] = []
        params: list[Any] = []
        if since is not None:
            where.append("night >= ?")
            params.append(since.isoformat())
        if until is not None:
            where.append("night <= ?")
            params.append(until.isoformat())
        if location is not None:
            where.append("(' ' || locations || ' ') LIKE ?")
            params.append(f"% {location.value} %")
        return self._select(" AND ".join(where), tuple(params))

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever any process adds, edits or deletes an episode (a few ms)."""
        with self.engine.connect() as conn:
            row = conn.exec_driver_sql(
                "SELECT count(*), max(updated_utc), max(id) FROM episodes"
            ).one()
        return tuple(row)

    def count(self) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count(EpisodeRow.id))).scalar_one())

    def add_many(self, episodes: list[Episode], profile: HealthProfile | None = None) -> None:
        """Insert validated episodes (and replace the profile) in one transaction: all or none.

        Rows go in with Core ``executemany``, a batch at a time: through the ORM (an object per
        row, all kept until the commit) an import of 950,000 relief steps took 60 s and 2.4 GB.
        """
        for episode in episodes:
            validate(episode)
        now = datetime.now(UTC).replace(tzinfo=None)
        with self._write() as session:
            conn = session.connection()
            # Those with an id first: SQLite may give one without an id any unused id.
            known = [ep for ep in episodes if ep.id is not None]
            for start in range(0, len(known), _INSERT_BATCH):
                self._insert(conn, known[start : start + _INSERT_BATCH], now)
            for episode in episodes:
                if episode.id is None:
                    self._insert(conn, [episode], now)
            if profile is not None:
                replace_profile(session, profile)

    def _insert(self, conn: Connection, batch: list[Episode], now: datetime) -> None:
        """Episodes all with an id, or one without (it gets the id SQLite gives it)."""
        cutover = self.night_cutover_hour
        rows = [
            {**episode_columns(ep, cutover, now), "id": ep.id, "created_utc": now} for ep in batch
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

    def episode_facts(self, today: date) -> EpisodeFacts:
        """What the advice engine needs from the diary: the last 7 nights."""
        recent = self.episodes(since=today - timedelta(days=7))
        minutes = [e.duration.total_seconds() / 60 for e in recent if e.duration is not None]
        return EpisodeFacts(
            episodes_last_7_nights=len(recent),
            red_flag_signs=frozenset().union(*(e.red_flags for e in recent)),
            longest_minutes_last_7_nights=max(minutes) if minutes else None,
        )

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Episode]:
        """Read episodes with their tags and steps, newest first.

        Over the driver's connection, converted by hand (``storage.rows``): SQLAlchemy's
        DateTime processing alone took ~0.4 s for 20,000 episodes.
        """
        with self.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            try:
                return read_episodes(raw, where, params, self.night_cutover_hour)
            except sqlite3.OperationalError as exc:
                if "decode" not in str(exc):
                    raise
            # One cell is not valid UTF-8 (a flipped bit on disk): read on, with the bad bytes
            # shown as U+FFFD, rather than lose the whole diary to it. `crampwise check` names it.
            raw.text_factory = _lenient_text
            try:
                return read_episodes(raw, where, params, self.night_cutover_hour)
            finally:
                raw.text_factory = str


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
