"""The episode store: one SQLite file, opened, migrated and used through plain domain values."""

from __future__ import annotations

import os
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import create_engine, delete, event, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from crampwise import paths
from crampwise.domain.episode import (
    DEFAULT_NIGHT_CUTOVER_HOUR,
    RUNNING_WITHIN,
    Episode,
    StepUse,
    is_running,
    night_of,
    validate,
)
from crampwise.domain.profile import EpisodeFacts, HealthProfile, Medication
from crampwise.domain.vocab import Location, Side
from crampwise.storage import backup
from crampwise.storage.lock import DiaryLock
from crampwise.storage.models import (
    ConditionRow,
    CustomPlanRow,
    EpisodeRow,
    EpisodeStepRow,
    EpisodeTagRow,
    MedicationRow,
)
from crampwise.storage.schema import HEAD_REVISION, StoreError, schema_revision, store_says
from crampwise.text import QT_TRANSLATE_NOOP, Message, os_reason

BUSY_TIMEOUT_S = 5.0
_BUSY = QT_TRANSLATE_NOOP(
    "Store", "Crampwise's diary is busy in another window or command. Try again in a moment."
)
_INSERT_BATCH = 500  # episodes per executemany of add_many


def _to_utc(moment: datetime) -> tuple[datetime, int]:
    offset = moment.utcoffset()
    assert offset is not None, "episode times are validated as aware"
    return moment.astimezone(UTC).replace(tzinfo=None), int(offset.total_seconds() // 60)


def _plain_message(exc: Exception) -> Message:
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return store_says(_BUSY)
    if "readonly" in text or "read-only" in text:
        return store_says(
            QT_TRANSLATE_NOOP(
                "Store", "The diary's folder is read-only, so nothing can be saved there."
            )
        )
    if "full" in text:
        return store_says(
            QT_TRANSLATE_NOOP(
                "Store",
                "The disk is full, so the entry could not be saved. Free some space and retry.",
            )
        )
    if "malformed" in text or "not a database" in text:
        return store_says(QT_TRANSLATE_NOOP("Store", "The diary file is damaged."))
    return store_says(
        QT_TRANSLATE_NOOP("Store", "The diary could not be saved ({error})."),
        error=exc.__class__.__name__,
    )


def _create_private(path: Path) -> None:
    """Create a missing database file 0600 before SQLite does, so it is never world-readable.

    Only ever on a file that does not exist yet, so no connection of this process can hold
    locks on it: closing a descriptor of a live SQLite file drops the process's locks on it.
    SQLite gives the ``-wal`` and ``-shm`` files the database file's own mode.
    """
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        return
    os.close(fd)


def _writable(db_path: Path) -> bool:
    """Whether entries can be saved here (``access`` also says no on a read-only disk)."""
    if not os.access(db_path.parent, os.W_OK | os.X_OK):
        return False
    return not db_path.exists() or os.access(db_path, os.W_OK)


def _identity(db_path: Path) -> tuple[int, int] | None:
    try:
        info = db_path.stat()
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _cannot_open(db_path: Path, exc: OSError) -> StoreError:
    return StoreError(
        store_says(
            QT_TRANSLATE_NOOP("Store", "Cannot open the diary at {path}: {reason}"),
            path=db_path,
            reason=os_reason(exc),
        )
    )


def _busy() -> StoreError:
    return StoreError(store_says(_BUSY))


def _read_only_engine(db_path: Path) -> Engine:
    """Read without writing anything: ``mode=ro``, or ``immutable`` on a read-only disk where
    SQLite cannot make the WAL's ``-shm`` file."""
    uri = db_path.resolve().as_uri()
    for query in ("mode=ro", "immutable=1"):
        engine = create_engine(
            f"sqlite:///{uri}?{query}&uri=true",
            connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
        )
        try:
            with engine.connect() as conn:
                conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").one()
        except OperationalError:
            engine.dispose()
            continue
        return engine
    raise StoreError(
        store_says(
            QT_TRANSLATE_NOOP("Store", "The diary at {path} cannot be read on this disk."),
            path=db_path,
        )
    )


def migrate(engine: Engine) -> None:
    """Bring the schema to head with Alembic (imported only when needed)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


OPEN_TIMEOUT_S = 15.0


def _engine(db_path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{db_path}",
        connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False},
    )
    event.listen(engine, "connect", _configure_connection)
    return engine


def _prepare(db_path: Path, lock: DiaryLock) -> tuple[backup.Recovery | None, bool]:
    """Check, recover, create and migrate the diary under the right lock; then hold it shared.

    Whoever gets the lock alone does the work that replaces or changes the file (recovery,
    creation, migration). Anyone else waits for it shared and finds the file ready: four
    first starts at once make one diary, migrated once. Returns (recovery, read only).
    """
    deadline = time.monotonic() + OPEN_TIMEOUT_S
    try:
        while True:
            if lock.exclusive():
                recovery = backup.recover_if_damaged(db_path, lock=lock)
                read_only = not _writable(db_path)
                revision = schema_revision(db_path)
                if revision != HEAD_REVISION:
                    _upgrade(db_path, revision, read_only)
                lock.shared()  # others may open it now; nobody may replace it under us
                return recovery, read_only
            if not lock.shared(max(0.0, deadline - time.monotonic())):
                raise _busy()
            backup.recover_if_damaged(db_path, lock=lock)  # shared: raises on any trouble
            if schema_revision(db_path) == HEAD_REVISION:
                return None, not _writable(db_path)
            lock.unlock()  # an older copy of Crampwise has it open: wait for it to go
            if time.monotonic() > deadline:
                raise _busy()
            time.sleep(0.05)
    except OSError as exc:
        raise _cannot_open(db_path, exc) from exc


def _upgrade(db_path: Path, revision: str | None, read_only: bool) -> None:
    """Create a missing diary, or migrate an older one (backed up first)."""
    if read_only:
        raise StoreError(
            store_says(
                QT_TRANSLATE_NOOP(
                    "Store",
                    "The diary at {path} cannot be created or upgraded: its folder or file is "
                    "read-only.",
                ),
                path=db_path,
            )
        )
    _create_private(db_path)
    if revision is not None:
        backup.make_backup(db_path)  # an upgrade that goes wrong must cost nothing
    engine = _engine(db_path)
    try:
        migrate(engine)
    except (OperationalError, DatabaseError) as exc:
        raise StoreError(_plain_message(exc)) from exc
    finally:
        engine.dispose()


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


class EpisodeStore:
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
        self._identity = _identity(self.path)
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
            raise _cannot_open(db_path, exc) from exc
        lock = DiaryLock(db_path)
        try:
            recovery, read_only = _prepare(db_path, lock)
            engine = _read_only_engine(db_path) if read_only else _engine(db_path)
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
        if _identity(self.path) == self._identity:
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
            raise StoreError(_plain_message(exc)) from exc

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
        since, _ = _to_utc(datetime.now(UTC) - RUNNING_WITHIN)
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
        for name, value in self._columns(ep).items():
            setattr(row, name, value)
        row.tags = [EpisodeTagRow(tag=t) for t in sorted(ep.tags)]
        row.steps = [
            EpisodeStepRow(position=i, step_id=s.step_id, helped=s.helped)
            for i, s in enumerate(ep.steps)
        ]

    def _columns(self, ep: Episode) -> dict[str, Any]:
        """The ``episodes`` row of an episode but its id (tags and steps are rows of their own)."""
        started_utc, started_offset_min = _to_utc(ep.started_at)
        ended_utc, ended_offset_min = (None, None) if ep.ended_at is None else _to_utc(ep.ended_at)
        return {
            "started_utc": started_utc,
            "started_offset_min": started_offset_min,
            "ended_utc": ended_utc,
            "ended_offset_min": ended_offset_min,
            "night": night_of(ep.started_at, self.night_cutover_hour),
            "side": ep.side.value if ep.side else None,
            "locations": " ".join(sorted(loc.value for loc in ep.locations)),
            "intensity": ep.intensity,
            "woke_from_sleep": ep.woke_from_sleep,
            "minutes_to_sleep_again": ep.minutes_to_sleep_again,
            "helped": ep.helped,
            "red_flags": " ".join(sorted(ep.red_flags)),
            "note": ep.note,
            "updated_utc": datetime.now(UTC).replace(tzinfo=None),
        }

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

    # --- health profile ------------------------------------------------------------------

    def profile(self) -> HealthProfile:
        with self._sessions() as session:
            conditions = frozenset(session.scalars(select(ConditionRow.condition_id)))
            meds = tuple(
                Medication(m.name, m.drug_class, m.started, m.stopped)
                for m in session.scalars(select(MedicationRow).order_by(MedicationRow.id))
            )
        return HealthProfile(conditions=conditions, medications=meds)

    def save_profile(self, profile: HealthProfile) -> None:
        """Replace the stored profile with ``profile`` in one transaction."""
        with self._write() as session:
            self._replace_profile(session, profile)

    @staticmethod
    def _replace_profile(session: Session, profile: HealthProfile) -> None:
        session.execute(delete(ConditionRow))
        session.execute(delete(MedicationRow))
        session.add_all(ConditionRow(condition_id=c) for c in sorted(profile.conditions))
        session.add_all(
            MedicationRow(
                name=m.name, drug_class=m.drug_class, started=m.started, stopped=m.stopped
            )
            for m in profile.medications
        )

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
                self._replace_profile(session, profile)

    def _insert(self, conn: Connection, batch: list[Episode], now: datetime) -> None:
        """Episodes all with an id, or one without (it gets the id SQLite gives it)."""
        rows = [{**self._columns(ep), "id": ep.id, "created_utc": now} for ep in batch]
        result = conn.execute(insert(EpisodeRow), rows if len(rows) > 1 else rows[0])
        ids = [ep.id for ep in batch]
        if ids[0] is None:
            ids = list(result.inserted_primary_key or ())
        tags = [
            {"episode_id": i, "tag": tag}
            for i, ep in zip(ids, batch, strict=True)
            for tag in sorted(ep.tags)
        ]
        steps = [
            {"episode_id": i, "position": n, "step_id": use.step_id, "helped": use.helped}
            for i, ep in zip(ids, batch, strict=True)
            for n, use in enumerate(ep.steps)
        ]
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

    # --- custom relief plans ------------------------------------------------------------

    def custom_plans(self) -> list[tuple[int, str]]:
        """(id, JSON body) of each of the person's own plans, oldest first."""
        with self._sessions() as session:
            rows = session.scalars(select(CustomPlanRow).order_by(CustomPlanRow.id))
            return [(r.id, r.body_json) for r in rows]

    def save_custom_plan(self, plan_id: int | None, name: str, body_json: str) -> int:
        with self._write() as session:
            row = session.get(CustomPlanRow, plan_id) if plan_id is not None else None
            if row is None:
                row = CustomPlanRow()
                session.add(row)
            row.name, row.body_json = name, body_json
            row.updated_utc = datetime.now(UTC).replace(tzinfo=None)
            session.flush()
            return row.id

    def delete_custom_plan(self, plan_id: int) -> None:
        with self._write() as session:
            session.execute(delete(CustomPlanRow).where(CustomPlanRow.id == plan_id))

    def _select(self, where: str, params: tuple[Any, ...]) -> list[Episode]:
        """Read episodes with their tags and steps, newest first.

        The rows are converted by hand from the driver's plain values: SQLAlchemy's DateTime
        processing alone took ~0.4 s for 20,000 episodes; this whole read takes ~0.1 s.
        Equal sets, steps and step lists are one shared object (they are immutable): most
        diaries repeat a few combinations, and a frozenset costs 216 bytes even when empty,
        so 20,000 episodes take ~10 MB instead of ~25 MB.
        """
        with self.engine.connect() as conn:
            try:
                return self._read(conn, where, params)
            except OperationalError as exc:
                if "decode" not in str(exc):
                    raise
            # One cell is not valid UTF-8 (a flipped bit on disk): read on, with the bad bytes
            # shown as U+FFFD, rather than lose the whole diary to it. `crampwise check` names it.
            raw = conn.connection.driver_connection
            raw.text_factory = _lenient_text  # type: ignore[union-attr]
            try:
                return self._read(conn, where, params)
            finally:
                raw.text_factory = str  # type: ignore[union-attr]

    def _read(self, conn: Connection, where: str, params: tuple[Any, ...]) -> list[Episode]:
        shared = _Shared()
        rows = conn.exec_driver_sql(
            f"SELECT {_EPISODE_COLUMNS} FROM episodes {'WHERE ' + where if where else ''} "
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
        for episode_id, tag in conn.exec_driver_sql(tag_sql):
            tag_lists[episode_id].append(tag)
        step_lists: dict[int, list[StepUse]] = defaultdict(list)
        for episode_id, step_id, helped in conn.exec_driver_sql(
            step_sql + " ORDER BY episode_id, position"
        ):
            step_lists[episode_id].append(shared.step(step_id, helped))
        tags = {k: shared.one(frozenset(v)) for k, v in tag_lists.items()}
        steps = {k: shared.one(tuple(v)) for k, v in step_lists.items()}
        return [self._episode(r, tags, steps, shared) for r in rows]

    def _episode(
        self,
        r: Any,
        tags: dict[int, frozenset[str]],
        steps: dict[int, tuple[StepUse, ...]],
        shared: _Shared,
    ) -> Episode:
        (ident, started, started_off, ended, ended_off, side, locations, intensity, woke,
         sleep_minutes, helped, red_flags, note) = r  # fmt: skip
        return Episode(
            id=ident,
            started_at=_wall_clock(started, started_off),
            ended_at=None if ended is None else _wall_clock(ended, ended_off),
            side=_SIDES[side] if side else None,
            locations=shared.locations(locations),
            intensity=intensity,
            woke_from_sleep=None if woke is None else bool(woke),
            minutes_to_sleep_again=sleep_minutes,
            helped=None if helped is None else bool(helped),
            red_flags=shared.words(red_flags),
            note=note,
            tags=tags.get(ident, _NO_WORDS),
            steps=steps.get(ident, ()),
            night_cutover_hour=self.night_cutover_hour,
        )


_NO_WORDS: frozenset[str] = frozenset()
_T = TypeVar("_T")


class _Shared:
    """One object for each distinct immutable value met in one read (see ``_select``)."""

    def __init__(self) -> None:
        self._seen: dict[object, Any] = {}
        self._locations: dict[str, frozenset[Location]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def one(self, value: _T) -> _T:
        found: _T = self._seen.setdefault(value, value)
        return found

    def step(self, step_id: str, helped: int | None) -> StepUse:
        return self.one(StepUse(step_id, None if helped is None else bool(helped)))

    def locations(self, text: str) -> frozenset[Location]:
        found = self._locations.get(text)
        if found is None:
            found = self._locations[text] = self.one(frozenset(_LOCATIONS[v] for v in text.split()))
        return found

    def words(self, text: str) -> frozenset[str]:
        found = self._words.get(text)
        if found is None:
            found = self._words[text] = self.one(frozenset(text.split()))
        return found


_EPISODE_COLUMNS = (
    "id, started_utc, started_offset_min, ended_utc, ended_offset_min, side, locations, "
    "intensity, woke_from_sleep, minutes_to_sleep_again, helped, red_flags, note"
)
_SIDES = {s.value: s for s in Side}
_LOCATIONS = {loc.value: loc for loc in Location}


@cache
def _zone(offset_min: int) -> timezone:
    return timezone(timedelta(minutes=offset_min))


def _wall_clock(utc_text: str, offset_min: int) -> datetime:
    """A stored UTC time (SQLAlchemy writes ISO text) shown on the wall clock of its offset."""
    return datetime.fromisoformat(utc_text).replace(tzinfo=UTC).astimezone(_zone(offset_min))


def _lenient_text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _configure_connection(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a confirmed entry survives a power cut too, at ~0.3 ms per commit here.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cur.close()
