"""Nights: the evening check-ins and the personal experiments.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkins",
        sa.Column("night", sa.Date(), primary_key=True),
        sa.Column("factors", sa.Text(), nullable=False),
        sa.Column("drinks", sa.Integer(), nullable=True),
        sa.Column("own_factors", sa.Text(), nullable=False),
        sa.Column("routine_done", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(12), nullable=True),
        sa.Column("habit_done", sa.Boolean(), nullable=True),
    )
    op.create_table(
        "experiments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("habit", sa.String(40), nullable=False),
        sa.Column("own_habit", sa.String(120), nullable=False),
        sa.Column("weeks", sa.Integer(), nullable=False),
        sa.Column("seed", sa.Integer(), nullable=False),
        sa.Column("start", sa.Date(), nullable=False),
        sa.Column("stopped", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("experiments")
    op.drop_table("checkins")
