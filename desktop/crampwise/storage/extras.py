"""The diary's other records: the health profile and the person's own relief plans.

Mixed into :class:`~crampwise.storage.store.EpisodeStore`, which provides the sessions and the
checked write transaction. SQLAlchemy and the ORM tables are imported at their first use.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from crampwise.domain.profile import HealthProfile, Medication

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class _Records:
    """What the records need of the store."""

    @property
    def _sessions(self) -> sessionmaker[Session]:
        raise NotImplementedError

    def _write(self) -> AbstractContextManager[Session]:
        raise NotImplementedError


class ProfileRecords(_Records):
    """The health profile: conditions and medications."""

    def profile(self) -> HealthProfile:
        from sqlalchemy import select

        from crampwise.storage.models import ConditionRow, MedicationRow

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
            replace_profile(session, profile)


def replace_profile(session: Session, profile: HealthProfile) -> None:
    from sqlalchemy import delete

    from crampwise.storage.models import ConditionRow, MedicationRow

    session.execute(delete(ConditionRow))
    session.execute(delete(MedicationRow))
    session.add_all(ConditionRow(condition_id=c) for c in sorted(profile.conditions))
    session.add_all(
        MedicationRow(name=m.name, drug_class=m.drug_class, started=m.started, stopped=m.stopped)
        for m in profile.medications
    )


class CustomPlanRecords(_Records):
    """The person's own relief plans, kept as validated JSON (``relief.custom`` reads them)."""

    def custom_plans(self) -> list[tuple[int, str]]:
        """(id, JSON body) of each of the person's own plans, oldest first."""
        from sqlalchemy import select

        from crampwise.storage.models import CustomPlanRow

        with self._sessions() as session:
            rows = session.scalars(select(CustomPlanRow).order_by(CustomPlanRow.id))
            return [(r.id, r.body_json) for r in rows]

    def save_custom_plan(self, plan_id: int | None, name: str, body_json: str) -> int:
        from crampwise.storage.models import CustomPlanRow

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
        from sqlalchemy import delete

        from crampwise.storage.models import CustomPlanRow

        with self._write() as session:
            session.execute(delete(CustomPlanRow).where(CustomPlanRow.id == plan_id))
