"""insight events and daily roll-ups

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer, "sqlite")


def _dimensions() -> list[sa.Column]:
    return [
        sa.Column("day", sa.Date, nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("rule", sa.String(100), nullable=False),
        sa.Column("category", sa.String(16), nullable=False),
        sa.Column("severity", sa.String(8), nullable=False),
        sa.Column("letter_type", sa.String(16), nullable=False),
        sa.Column("client", sa.String(16), nullable=False),
        sa.Column("department", sa.String(64), nullable=False),
        sa.Column("lix", sa.SmallInteger, nullable=False),
        sa.Column("words", sa.Integer, nullable=False),
    ]


def upgrade() -> None:
    op.create_table("insight_events", sa.Column("id", ID, primary_key=True, autoincrement=True), *_dimensions())
    op.create_index("ix_insight_events_day_rule", "insight_events", ["day", "rule"])
    op.create_table("insight_daily", sa.Column("id", ID, primary_key=True, autoincrement=True), *_dimensions(),
                    sa.Column("count", sa.BigInteger, nullable=False))
    op.create_index("ux_insight_daily_key", "insight_daily",
                    ["day", "action", "rule", "category", "severity", "letter_type", "client", "department",
                     "lix", "words"], unique=True)


def downgrade() -> None:
    op.drop_table("insight_daily")
    op.drop_table("insight_events")
