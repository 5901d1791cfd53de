"""The first schema: episodes with tags and steps, custom plans, the health profile.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "episodes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("night", sa.Date(), nullable=False),
        sa.Column("started_utc", sa.DateTime(), nullable=False),
        sa.Column("started_offset_min", sa.Integer(), nullable=False),
        sa.Column("ended_utc", sa.DateTime(), nullable=True),
        sa.Column("ended_offset_min", sa.Integer(), nullable=True),
        sa.Column("side", sa.String(8), nullable=True),
        sa.Column("locations", sa.String(120), nullable=False),
        sa.Column("intensity", sa.Integer(), nullable=True),
        sa.Column("woke_from_sleep", sa.Boolean(), nullable=True),
        sa.Column("minutes_to_sleep_again", sa.Integer(), nullable=True),
        sa.Column("helped", sa.Boolean(), nullable=True),
        sa.Column("red_flags", sa.String(400), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_utc", sa.DateTime(), nullable=False),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_episodes_night", "episodes", ["night"])
    op.create_index("ix_episodes_started_utc", "episodes", ["started_utc"])
    op.create_index("ix_episodes_ongoing", "episodes", ["ended_utc"])
    op.create_table(
        "episode_tags",
        sa.Column(
            "episode_id",
            sa.Integer(),
            sa.ForeignKey("episodes.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tag", sa.String(40), primary_key=True),
    )
    op.create_index("ix_episode_tags_tag", "episode_tags", ["tag"])
    op.create_table(
        "episode_steps",
        sa.Column(
            "episode_id",
            sa.Integer(),
            sa.ForeignKey("episodes.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("step_id", sa.String(80), nullable=False),
        sa.Column("helped", sa.Boolean(), nullable=True),
    )
    op.create_table(
        "custom_plans",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("body_json", sa.Text(), nullable=False),
        sa.Column("updated_utc", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "profile_conditions",
        sa.Column("condition_id", sa.String(40), primary_key=True),
    )
    op.create_table(
        "profile_medications",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False),
        sa.Column("drug_class", sa.String(60), nullable=True),
        sa.Column("started", sa.Date(), nullable=True),
        sa.Column("stopped", sa.Date(), nullable=True),
    )


def downgrade() -> None:
    for table in (
        "profile_medications",
        "profile_conditions",
        "custom_plans",
        "episode_steps",
        "episode_tags",
        "episodes",
    ):
        op.drop_table(table)
