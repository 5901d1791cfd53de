"""The episode store: one SQLite file, opened, migrated and used through plain domain values.

Opening is ``storage.opening``; writing ``storage.writes`` (SQLAlchemy, imported at the first
write); the row of an episode ``storage.rows`` (from the field table in ``domain.fields``); the
profile and custom plans ``storage.extras``; check-ins and experiments ``storage.nights``. Reads
go straight to the ``sqlite3`` driver, so a command that only reads (``crampwise list``) never
imports SQLAlchemy.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crampwise import paths
from crampwise.domain.episode import DEFAULT_NIGHT_CUTOVER_HOUR, Episode, is_running, validate
from crampwise.domain.profile import EpisodeFacts, HealthProfile
from crampwise.domain.vocab import Location
from crampwise.storage import backup
from crampwise.storage.extras import CustomPlanRecords, ProfileRecords
from crampwise.storage.lock import DiaryLock
from crampwise.storage.nights import NightRecords, night_conditions
from crampwise.storage.opening import (
    BUSY_TIMEOUT_S,
    cannot_open,
    file_identity,
    make_engine,
    plain_message,
    prepare,
    read_only_uri,
)
from crampwise.storage.rows import read_episodes
from crampwise.storage.schema import StoreError, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.engine import Engine
    from sqlalchemy.orm import Session, sessionmaker

    from crampwise.domain.experiments import Experiment
    from crampwise.domain.nights import CheckIn

__all__ = ["BUSY_TIMEOUT_S", "CrampAlreadyRunningError", "EpisodeStore", "StoreError"]
_plain_message = plain_message  # the name tests and older callers use


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


class EpisodeStore(ProfileRecords, CustomPlanRecords, NightRecords):
    """Reads and writes episodes. Every write is committed before the method returns.

    While open it holds the diary's shared lock (``storage.lock``), so the file is never moved
    or replaced under it; before each write it checks the path is still its file.
    """

    def __init__(
        self,
        engine: Engine | None = None,
        *,
        night_cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR,
        lock: DiaryLock | None = None,
        read_only: bool = False,
        path: Path | None = None,
        read_uri: str | None = None,
    ):
        """``engine``: the one to write with (default: made at the first write, for ``path``);
        ``read_uri``: the ``file:`` URI reads open (default: ``path`` itself)."""
        if path is None:
            assert engine is not None, "a store needs a path or an engine"
            path = Path(engine.url.database or "")
        self._engine = engine
        self._session_maker: sessionmaker[Session] | None = None
        self.path = path
        self._read_uri = read_uri
        self.night_cutover_hour = night_cutover_hour
        self._lock = lock
        self._identity = file_identity(self.path)
        self.read_only = read_only
        self.recovery: backup.Recovery | None = None  # set when a damaged file was replaced
        self.notice: Message | None = None  # something the person should hear after a write

    @classmethod
    def open(
        cls,
        db_path: Path | None = None,
        *,
        night_cutover_hour: int = DEFAULT_NIGHT_CUTOVER_HOUR,
        prepare_writes: bool = True,
    ) -> EpisodeStore:
        """Open (create, recover, migrate) the diary at ``db_path`` (default: the person's).

        ``prepare_writes``: import SQLAlchemy and make the engine now, in the opening thread
        (the window opens its diary in the background, so its first save is quick); ``False``
        leaves that to the first write, for a command that only reads (``crampwise list``:
        ~0.25 s less).
        """
        db_path = db_path or paths.database_path()
        try:
            paths.ensure_private_dir(db_path.parent)
        except OSError as exc:
            raise cannot_open(db_path, exc) from exc
        lock = DiaryLock(db_path)
        try:
            recovery, read_only = prepare(db_path, lock)
            uri = read_only_uri(db_path) if read_only else None
        except BaseException:
            lock.release()
            raise
        store = cls(
            night_cutover_hour=night_cutover_hour,
            lock=lock,
            read_only=read_only,
            path=db_path,
            read_uri=uri,
        )
        store.recovery = recovery
        if prepare_writes:
            store._prepare_writes()
        return store

    def _prepare_writes(self) -> None:
        from crampwise.storage import writes  # noqa: F401  (SQLAlchemy and the ORM tables)

        _ = self._sessions

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine writes go through (made, and SQLAlchemy imported, when first
        needed)."""
        if self._engine is None:
            self._engine = make_engine(self.path, self._read_uri)
        return self._engine

    @property
    def _sessions(self) -> sessionmaker[Session]:
        if self._session_maker is None:
            from sqlalchemy.orm import sessionmaker

            self._session_maker = sessionmaker(self.engine, expire_on_commit=False)
        return self._session_maker

    def close(self) -> None:
        self._forget_engine()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _forget_engine(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
        self._engine, self._session_maker = None, None

    def backup(self) -> Path:
        """A checked copy in ``backups/`` (rotated); raises ``StoreError`` if it cannot be made."""
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
        self._forget_engine()
        if self._lock is not None:
            self._lock.release()
        fresh = EpisodeStore.open(
            self.path, night_cutover_hour=self.night_cutover_hour, prepare_writes=False
        )
        self._lock, self._read_uri = fresh._lock, fresh._read_uri
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
        from sqlalchemy.exc import DatabaseError, OperationalError

        try:
            with self._sessions.begin() as session:
                yield session
        except (OperationalError, DatabaseError) as exc:
            raise StoreError(plain_message(exc)) from exc

    # --- writes -------------------------------------------------------------------------

    def add(self, episode: Episode) -> Episode:
        from crampwise.storage import writes

        validate(episode)
        with self._write() as session:
            if is_running(episode, datetime.now(UTC)):
                found = writes.running_id(session)
                if found is not None and found != episode.id:
                    running = self.get(found)
                    assert running is not None
                    raise CrampAlreadyRunningError(running)
            new_id = writes.add(session, episode, self.night_cutover_hour)
        return episode.replace(id=new_id, night_cutover_hour=self.night_cutover_hour)

    def running(self, now: datetime) -> Episode | None:
        """The cramp going on now, if one started in the last ``RUNNING_WITHIN``."""
        return next((e for e in self.ongoing() if is_running(e, now)), None)

    def update(self, episode: Episode) -> Episode:
        from crampwise.storage import writes

        if episode.id is None:
            raise ValueError("update needs a stored episode")
        validate(episode)
        with self._write() as session:
            if not writes.update(session, episode, self.night_cutover_hour):
                raise StoreError(
                    store_says(
                        QT_TRANSLATE_NOOP(
                            "Store", "This episode no longer exists; it may have been deleted."
                        )
                    )
                )
        return episode.replace(night_cutover_hour=self.night_cutover_hour)

    def delete(self, episode_id: int) -> Episode:
        """Delete and return the episode, so the caller can offer undo."""
        from crampwise.storage import writes

        episode = self.get(episode_id)
        if episode is None:
            raise StoreError(
                store_says(QT_TRANSLATE_NOOP("Store", "This episode no longer exists."))
            )
        with self._write() as session:
            writes.delete(session, episode_id)
        return episode

    def add_many(
        self,
        episodes: list[Episode],
        profile: HealthProfile | None = None,
        *,
        checkins: Sequence[CheckIn] = (),
        experiments: Sequence[Experiment] = (),
    ) -> None:
        """Insert validated episodes (and replace the profile, add check-ins for nights the
        diary has none, save experiments) in one transaction: all or none."""
        from crampwise.storage import writes
        from crampwise.storage.extras import replace_profile
        from crampwise.storage.nights import insert_checkin_rows, save_experiment_row

        for episode in episodes:
            validate(episode)
        with self._write() as session:
            writes.add_many(session.connection(), episodes, self.night_cutover_hour)
            if profile is not None:
                replace_profile(session, profile)
            insert_checkin_rows(session, checkins)
            for experiment in experiments:
                save_experiment_row(session, experiment)

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
        where, params = night_conditions(since, until)
        if location is not None:
            where.append("(' ' || locations || ' ') LIKE ?")
            params.append(f"% {location.value} %")
        return self._select(" AND ".join(where), tuple(params))

    def fingerprint(self) -> tuple[object, ...]:
        """Changes whenever any process adds, edits or deletes an episode (a few ms)."""
        with self._reading() as conn:
            row = conn.execute("SELECT count(*), max(updated_utc), max(id) FROM episodes")
            return tuple(row.fetchone())

    def count(self) -> int:
        with self._reading() as conn:
            return int(conn.execute("SELECT count(id) FROM episodes").fetchone()[0])

    def episode_facts(self, today: date) -> EpisodeFacts:
        """What the advice engine needs from the diary: the last 7 nights."""
        recent = self.episodes(since=today - timedelta(days=7))
        minutes = [e.duration.total_seconds() / 60 for e in recent if e.duration is not None]
        return EpisodeFacts(
            episodes_last_7_nights=len(recent),
            red_flag_signs=frozenset().union(*(e.red_flags for e in recent)),
            longest_minutes_last_7_nights=max(minutes) if minutes else None,
        )

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A connection of the driver's own for one read (read-only where the store is)."""
        if self._read_uri is not None:
            conn = sqlite3.connect(self._read_uri, uri=True, timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S)
        try:
            yield conn
        finally:
            conn.close()

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Episode]:
        """Read episodes with their tags and steps, newest first.

        Over the driver's connection, converted by hand (``storage.rows``): SQLAlchemy's
        DateTime processing alone took ~0.4 s for 20,000 episodes.
        """
        with self._reading() as conn:
            try:
                return read_episodes(conn, where, params, self.night_cutover_hour)
            except sqlite3.OperationalError as exc:
                if "decode" not in str(exc):
                    raise
            # One cell is not valid UTF-8 (a flipped bit on disk): read on, with the bad bytes
            # shown as U+FFFD, rather than lose the whole diary to it. `crampwise check` names it.
            conn.text_factory = _lenient_text
            return read_episodes(conn, where, params, self.night_cutover_hour)


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")
