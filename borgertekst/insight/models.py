"""The two tables. Only enums, rule ids, a department label from the server's config,
bucket numbers and a day: no column can hold a word of a letter.

- ``insight_events``: one row per event, kept for the retention period.
- ``insight_daily``: events older than that, rolled up into a count per day and value set.

Schema changes go through Alembic (``migrations/versions``); this module is what the
migrations create, and the queries are written against it.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Date, Index, Integer, MetaData, SmallInteger, String, Table

metadata = MetaData()

DIMENSIONS = ("action", "rule", "category", "severity", "letter_type", "client", "department", "lix", "words")


def _dimensions() -> list[Column]:
    return [
        Column("day", Date, nullable=False),
        Column("action", String(16), nullable=False),
        Column("rule", String(100), nullable=False),  # "" for 'checked'
        Column("category", String(16), nullable=False),
        Column("severity", String(8), nullable=False),
        Column("letter_type", String(16), nullable=False),
        Column("client", String(16), nullable=False),
        Column("department", String(64), nullable=False),
        Column("lix", SmallInteger, nullable=False),  # bucket lower bound, -1 unknown
        Column("words", Integer, nullable=False),  # bucket lower bound, -1 unknown
    ]


events = Table(
    "insight_events", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    *_dimensions(),
    Index("ix_insight_events_day_rule", "day", "rule"),
)

daily = Table(
    "insight_daily", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True),
    *_dimensions(),
    Column("count", BigInteger, nullable=False),
    Index("ux_insight_daily_key", "day", *DIMENSIONS, unique=True),
)
