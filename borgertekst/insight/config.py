"""Insight settings from the environment (never from the client).

- ``BORGERTEKST_INSIGHT``: ``off`` (or ``0``/``false``/``nej``) turns insight off for the
  installation: the events endpoint answers 204 and stores nothing, the page sends nothing,
  no database is opened.
- ``BORGERTEKST_DATABASE_URL``: an SQLAlchemy URL, e.g.
  ``postgresql+psycopg://user:password@db.kommune.dk/borgertekst`` for several servers.
  Default: SQLite ``insight.sqlite3`` in the user data directory (``BORGERTEKST_DATA_DIR``,
  else platformdirs' ``user_data_dir("borgertekst")``, e.g. ``~/.local/share/borgertekst``).
- ``BORGERTEKST_INSIGHT_DEPARTMENT``: the department label stored with every event from this
  server (e.g. ``Borgerservice``); the client cannot set it.
- ``BORGERTEKST_INSIGHT_RETENTION_MONTHS``: months single events are kept (default 13); older
  events are rolled up into counts per day.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

OFF_VALUES = {"off", "0", "false", "no", "nej", "fra"}
DEPARTMENT_RE = re.compile(r"^[\w .,&()/-]{0,64}$")


class InsightConfigError(ValueError):
    """Settings that cannot work; the message is Danish."""


def data_dir(env: dict | None = None) -> Path:
    env = os.environ if env is None else env
    if env.get("BORGERTEKST_DATA_DIR"):
        return Path(env["BORGERTEKST_DATA_DIR"]).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("borgertekst", appauthor=False))


@dataclass(frozen=True)
class InsightConfig:
    enabled: bool = True
    database_url: str = ""
    department: str = ""
    retention_months: int = 13
    flush_seconds: float = 1.0  # how long an event may wait in the write queue
    batch_size: int = 500  # events written per transaction at most
    max_queue: int = 100_000  # events kept while the database is unreachable

    @classmethod
    def from_env(cls, env: dict | None = None, **overrides) -> "InsightConfig":
        env = dict(os.environ if env is None else env)
        enabled = (env.get("BORGERTEKST_INSIGHT") or "on").strip().lower() not in OFF_VALUES
        url = (env.get("BORGERTEKST_DATABASE_URL") or "").strip()
        if not url:
            url = f"sqlite:///{data_dir(env) / 'insight.sqlite3'}"
        department = (env.get("BORGERTEKST_INSIGHT_DEPARTMENT") or "").strip()
        if not DEPARTMENT_RE.match(department):
            raise InsightConfigError(
                "BORGERTEKST_INSIGHT_DEPARTMENT må højst være 64 tegn: bogstaver, tal, mellemrum og .,&()/-")
        raw = (env.get("BORGERTEKST_INSIGHT_RETENTION_MONTHS") or "13").strip()
        try:
            months = int(raw)
        except ValueError:
            raise InsightConfigError(
                f"BORGERTEKST_INSIGHT_RETENTION_MONTHS skal være et helt antal måneder, ikke '{raw}'.") from None
        if months < 1:
            raise InsightConfigError("BORGERTEKST_INSIGHT_RETENTION_MONTHS skal være mindst 1.")
        values = dict(enabled=enabled, database_url=url, department=department, retention_months=months)
        values.update(overrides)
        return cls(**values)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
