"""``InsightStore``: writes events, rolls old ones up per day and answers the counting queries.

Every query reads both tables (single events counted one by one, roll-ups by their count), so
the figures do not change when events pass the retention period.
"""

from __future__ import annotations

import calendar
import logging
from datetime import date, datetime, timezone

from sqlalchemy import delete, func, insert, select

from . import db
from .events import Row
from .models import DIMENSIONS, daily, events

log = logging.getLogger("borgertekst.insight")


def utc_today() -> date:
    return datetime.now(timezone.utc).date()


def months_ago(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _dialect_insert(engine, table):
    if engine.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    if engine.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table)
    raise RuntimeError(f"insight supports SQLite and PostgreSQL, not {engine.dialect.name}")


class InsightStore:
    def __init__(self, url: str, *, migrate: bool = True):
        self.url = url
        self.engine = db.make_engine(url)
        self.migrated = False
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        """Apply the migrations (once per process); raises when the database cannot be reached."""
        db.migrate(self.engine)
        self.migrated = True

    def close(self) -> None:
        self.engine.dispose()

    # ---- writing -------------------------------------------------------------------------

    def write(self, rows: list[Row], day: date | None = None) -> int:
        """Store ``rows`` in one transaction; ``day`` (UTC) is the day they happened."""
        if not rows:
            return 0
        if not self.migrated:  # the database was not reachable at start-up
            self.migrate()
        day = day or utc_today()
        values = [{"day": day, **{k: getattr(r, k) for k in DIMENSIONS}} for r in rows]
        with self.engine.begin() as connection:
            connection.execute(insert(events), values)
        return len(values)

    def rollup(self, months: int, today: date | None = None) -> int:
        """Fold single events older than ``months`` into per-day counts; returns how many."""
        if not self.migrated:
            self.migrate()
        cutoff = months_ago(today or utc_today(), months)
        cols = ["day", *DIMENSIONS]
        with self.engine.begin() as connection:
            db.advisory_lock(connection, db.LOCK_ROLLUP)
            grouped = (select(*[events.c[c] for c in cols], func.count().label("count"))
                       .where(events.c.day < cutoff).group_by(*[events.c[c] for c in cols]))
            upsert = _dialect_insert(self.engine, daily).from_select([*cols, "count"], grouped)
            upsert = upsert.on_conflict_do_update(index_elements=[daily.c[c] for c in cols],
                                                  set_={"count": daily.c["count"] + upsert.excluded["count"]})
            connection.execute(upsert)
            moved = connection.execute(delete(events).where(events.c.day < cutoff)).rowcount
        if moved:
            log.info("insight roll-up: events=%d older than %s", moved, cutoff.isoformat())
        return moved or 0

    # ---- reading -------------------------------------------------------------------------

    def aggregate(self, by: list[str], *, since: date | None = None, until: date | None = None,
                  actions: tuple[str, ...] | None = None, **filters) -> dict[tuple, int]:
        """Counts grouped by the columns ``by`` (``day`` or any dimension), over both tables.
        ``filters``: dimension=value (``None`` = any)."""
        out: dict[tuple, int] = {}
        with self.engine.connect() as connection:
            for table, amount in ((events, func.count()), (daily, func.sum(daily.c["count"]))):
                cols = [table.c[c] for c in by]
                query = select(*cols, amount).select_from(table).group_by(*cols)
                if since is not None:
                    query = query.where(table.c.day >= since)
                if until is not None:
                    query = query.where(table.c.day <= until)
                if actions is not None:
                    query = query.where(table.c.action.in_(actions))
                for name, value in filters.items():
                    if value is not None:
                        query = query.where(table.c[name] == value)
                for *key, n in connection.execute(query):
                    key = tuple(key)
                    out[key] = out.get(key, 0) + int(n or 0)
        return out

    def total(self, **filters) -> int:
        return sum(self.aggregate([], **filters).values())

    def values(self, column: str) -> list[str]:
        """The distinct values of a dimension (for the page's filters)."""
        return sorted({k[0] for k in self.aggregate([column])})

    def rows(self) -> dict[str, int]:
        """Rows per table (for tests and the status line)."""
        with self.engine.connect() as connection:
            return {t.name: connection.execute(select(func.count()).select_from(t)).scalar_one() for t in (events, daily)}
