"""The ORM tables. Times are UTC (naive) plus the wall clock's offset in minutes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class EpisodeRow(Base):
    __tablename__ = "episodes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    night: Mapped[date] = mapped_column(Date, index=True)
    started_utc: Mapped[datetime] = mapped_column(DateTime, index=True)
    started_offset_min: Mapped[int] = mapped_column(Integer)
    ended_utc: Mapped[datetime | None] = mapped_column(DateTime)
    ended_offset_min: Mapped[int | None] = mapped_column(Integer)
    side: Mapped[str | None] = mapped_column(String(8))
    # Space-separated location ids: few values, filtered with LIKE, never joined.
    locations: Mapped[str] = mapped_column(String(120), default="")
    intensity: Mapped[int | None] = mapped_column(Integer)
    woke_from_sleep: Mapped[bool | None] = mapped_column(Boolean)
    minutes_to_sleep_again: Mapped[int | None] = mapped_column(Integer)
    helped: Mapped[bool | None] = mapped_column(Boolean)
    red_flags: Mapped[str] = mapped_column(String(400), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_utc: Mapped[datetime] = mapped_column(DateTime)
    updated_utc: Mapped[datetime] = mapped_column(DateTime)

    tags: Mapped[list[EpisodeTagRow]] = relationship(
        cascade="all, delete-orphan", order_by="EpisodeTagRow.tag"
    )
    steps: Mapped[list[EpisodeStepRow]] = relationship(
        cascade="all, delete-orphan", order_by="EpisodeStepRow.position"
    )


Index("ix_episodes_ongoing", EpisodeRow.ended_utc)


class EpisodeTagRow(Base):
    __tablename__ = "episode_tags"

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episodes.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(40), primary_key=True, index=True)


class EpisodeStepRow(Base):
    __tablename__ = "episode_steps"

    episode_id: Mapped[int] = mapped_column(
        ForeignKey("episodes.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    step_id: Mapped[str] = mapped_column(String(80))
    helped: Mapped[bool | None] = mapped_column(Boolean)


class CustomPlanRow(Base):
    """A person's own relief plan, built from the built-in steps (stored as validated JSON)."""

    __tablename__ = "custom_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    body_json: Mapped[str] = mapped_column(Text)
    updated_utc: Mapped[datetime] = mapped_column(DateTime)


class ConditionRow(Base):
    __tablename__ = "profile_conditions"

    condition_id: Mapped[str] = mapped_column(String(40), primary_key=True)


class MedicationRow(Base):
    __tablename__ = "profile_medications"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    drug_class: Mapped[str | None] = mapped_column(String(60))
    started: Mapped[date | None] = mapped_column(Date)
    stopped: Mapped[date | None] = mapped_column(Date)


class CheckInRow(Base):
    """One night's check-in (``domain.nights.CheckIn``); ``factors`` a JSON list of ids."""

    __tablename__ = "checkins"

    night: Mapped[date] = mapped_column(Date, primary_key=True)
    factors: Mapped[str] = mapped_column(Text, default="[]")
    drinks: Mapped[int | None] = mapped_column(Integer)
    own_factors: Mapped[str] = mapped_column(Text, default="")
    routine_done: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str | None] = mapped_column(String(12))  # NULL, "cramps", "no_cramps"
    habit_done: Mapped[bool | None] = mapped_column(Boolean)


class ExperimentRow(Base):
    """A personal experiment (``domain.experiments.Experiment``): the plan comes from the seed."""

    __tablename__ = "experiments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    habit: Mapped[str] = mapped_column(String(40))
    own_habit: Mapped[str] = mapped_column(String(120), default="")
    weeks: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    start: Mapped[date] = mapped_column(Date)
    stopped: Mapped[date | None] = mapped_column(Date)
