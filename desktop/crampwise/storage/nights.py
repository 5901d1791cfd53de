"""The diary's nights: the evening check-ins and the personal experiments.

Mixed into :class:`~crampwise.storage.store.EpisodeStore`. Reads go through the ``sqlite3``
driver like episodes; writes through the store's checked write transaction (SQLAlchemy, imported
at the first write).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from crampwise.domain.experiments import Experiment
from crampwise.domain.nights import CheckIn, NightStatus
from crampwise.storage.extras import _Records

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_CHECKIN_COLUMNS = "night, factors, drinks, own_factors, routine_done, status, habit_done"
_EXPERIMENT_COLUMNS = "id, habit, own_habit, weeks, seed, start, stopped"


def _date(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _bool(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def checkin_from_row(row: tuple[Any, ...]) -> CheckIn:
    night, factors, drinks, own, routine, status, habit_done = row
    return CheckIn(
        night=date.fromisoformat(night),
        factors=frozenset(json.loads(factors)),
        drinks=drinks,
        own_factors=own,
        routine_done=bool(routine),
        status=None if status is None else NightStatus(status),
        habit_done=_bool(habit_done),
    )


def experiment_from_row(row: tuple[Any, ...]) -> Experiment:
    exp_id, habit, own, weeks, seed, start, stopped = row
    return Experiment(
        habit=habit,
        weeks=weeks,
        seed=seed,
        start=date.fromisoformat(start),
        own_habit=own,
        stopped=_date(stopped),
        id=exp_id,
    )


class NightRecords(_Records):
    """Check-ins (one per night) and experiments."""

    def _reading(self) -> AbstractContextManager[sqlite3.Connection]:
        raise NotImplementedError

    # --- check-ins ----------------------------------------------------------------------

    def checkins(self, *, since: date | None = None, until: date | None = None) -> list[CheckIn]:
        """The check-ins of the nights ``since``..``until`` (inclusive), oldest first."""
        where, params = _night_range(since, until)
        sql = f"SELECT {_CHECKIN_COLUMNS} FROM checkins{where} ORDER BY night"
        with self._reading() as conn:
            return [checkin_from_row(r) for r in conn.execute(sql, params)]

    def first_recorded_night(self) -> date | None:
        """The first night with an episode or a check-in, if any."""
        sql = (
            "SELECT min(night) FROM (SELECT min(night) AS night FROM episodes "
            "UNION ALL SELECT min(night) FROM checkins)"
        )
        with self._reading() as conn:
            return _date(conn.execute(sql).fetchone()[0])

    def checkin(self, night: date) -> CheckIn | None:
        """The check-in of ``night``, if any."""
        found = self.checkins(since=night, until=night)
        return found[0] if found else None

    def save_checkin(self, checkin: CheckIn) -> None:
        """Store ``checkin``, replacing any earlier one for the same night."""
        with self._write() as session:
            save_checkin_row(session, checkin)

    def delete_checkin(self, night: date) -> None:
        from sqlalchemy import delete

        from crampwise.storage.models import CheckInRow

        with self._write() as session:
            session.execute(delete(CheckInRow).where(CheckInRow.night == night))

    # --- experiments --------------------------------------------------------------------

    def experiments(self) -> list[Experiment]:
        """Every experiment, oldest first."""
        sql = f"SELECT {_EXPERIMENT_COLUMNS} FROM experiments ORDER BY start, id"
        with self._reading() as conn:
            return [experiment_from_row(r) for r in conn.execute(sql)]

    def current_experiment(self, today: date) -> Experiment | None:
        """The experiment neither stopped nor over on ``today``, if any."""
        running = [e for e in self.experiments() if e.stopped is None and today <= e.end]
        return running[-1] if running else None

    def save_experiment(self, experiment: Experiment) -> Experiment:
        """Insert (no ``id``) or update (by ``id``) ``experiment``; returns it with its id."""
        with self._write() as session:
            return save_experiment_row(session, experiment)


def night_conditions(since: date | None, until: date | None) -> tuple[list[str], list[str]]:
    """SQL conditions (and their parameters) for nights ``since``..``until``, inclusive, on a
    table with a ``night`` column (ISO dates): episodes and check-ins alike."""
    where: list[str] = []
    params: list[str] = []
    if since is not None:
        where.append("night >= ?")
        params.append(since.isoformat())
    if until is not None:
        where.append("night <= ?")
        params.append(until.isoformat())
    return where, params


def _night_range(since: date | None, until: date | None) -> tuple[str, tuple[str, ...]]:
    where, params = night_conditions(since, until)
    return (" WHERE " + " AND ".join(where) if where else ""), tuple(params)


def _checkin_values(checkin: CheckIn) -> dict[str, Any]:
    return {
        "night": checkin.night,
        "factors": json.dumps(sorted(checkin.factors)),
        "drinks": checkin.drinks,
        "own_factors": checkin.own_factors,
        "routine_done": checkin.routine_done,
        "status": None if checkin.status is None else str(checkin.status),
        "habit_done": checkin.habit_done,
    }


def insert_checkin_rows(session: Session, checkins: Sequence[CheckIn]) -> None:
    """Insert check-ins for nights the diary has none (an import: one statement for all)."""
    from sqlalchemy import insert

    from crampwise.storage.models import CheckInRow

    if checkins:
        session.execute(insert(CheckInRow), [_checkin_values(c) for c in checkins])


def save_checkin_row(session: Session, checkin: CheckIn) -> None:
    """Insert or replace the check-in row of ``checkin.night`` (in ``session``'s transaction)."""
    from crampwise.storage.models import CheckInRow

    row = session.get(CheckInRow, checkin.night)
    if row is None:
        row = CheckInRow(night=checkin.night)
        session.add(row)
    for name, value in _checkin_values(checkin).items():
        setattr(row, name, value)


def save_experiment_row(session: Session, experiment: Experiment) -> Experiment:
    """Insert or update ``experiment`` (in ``session``'s transaction); returns it with its id."""
    from dataclasses import replace

    from crampwise.storage.models import ExperimentRow

    row = session.get(ExperimentRow, experiment.id) if experiment.id is not None else None
    if row is None:
        row = ExperimentRow(id=experiment.id)
        session.add(row)
    row.habit, row.own_habit = experiment.habit, experiment.own_habit
    row.weeks, row.seed = experiment.weeks, experiment.seed
    row.start, row.stopped = experiment.start, experiment.stopped
    session.flush()
    return replace(experiment, id=row.id)
