"""``Insight``: one per server process: the configuration, the store and the write queue.

``start()`` (the app's start-up) applies the migrations and starts the writer thread, which
also rolls up old events; ``stop()`` (shutdown) writes what is queued. With insight turned off
nothing is opened and ``submit`` stores nothing.
"""

from __future__ import annotations

import logging
import threading

from .config import InsightConfig
from .events import InsightEvent, check_events, to_rows

log = logging.getLogger("borgertekst.insight")


class Insight:
    def __init__(self, config: InsightConfig | None = None):
        self.config = config or InsightConfig.from_env()
        self.store = None
        self.queue = None
        self._lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.config.enabled

    def start(self) -> None:
        if not self.enabled:
            return
        with self._lock:
            if self.store is not None:
                return
            from .queue import EventQueue
            from .store import InsightStore

            store = InsightStore(self.config.database_url, migrate=False)
            try:
                store.migrate()
            except Exception as exc:  # analysis must keep working; the writer retries the database
                log.error("insight database not reachable at start-up (%s): %s; events wait in memory and "
                          "the writer retries", type(exc).__name__,
                          store.engine.url.render_as_string(hide_password=True))
            queue = EventQueue(store, batch_size=self.config.batch_size, flush_seconds=self.config.flush_seconds,
                               max_queue=self.config.max_queue, retention_months=self.config.retention_months)
            queue.start()
            self.store, self.queue = store, queue
            log.info("insight on: database=%s department=%s", store.engine.url.render_as_string(hide_password=True),
                     self.config.department or "-")

    def stop(self) -> None:
        with self._lock:
            if self.queue is not None:
                self.queue.stop()
                log.info("insight writer stopped: written=%d dropped=%d", self.queue.written, self.queue.dropped)
            if self.store is not None:
                self.store.close()
            self.store = self.queue = None

    def check(self, events: list[InsightEvent], rules: dict) -> list[str]:
        return check_events(events, rules)

    def submit(self, events: list[InsightEvent], rules: dict) -> int:
        """Queue checked events for writing; returns how many (0 when insight is off)."""
        if not self.enabled:
            return 0
        if self.store is None:
            self.start()
        self.queue.put(to_rows(events, rules, self.config.department))
        return len(events)

    def flush(self, timeout: float = 30.0) -> bool:
        """Write what this process has queued; does not wait while the database is unreachable."""
        if self.queue is None:
            return True
        return False if self.queue.failing else self.queue.flush(timeout, give_up_on_failure=True)

    def reader(self):
        """The store for the page and the CLI (started on first use)."""
        if not self.enabled:
            return None
        if self.store is None:
            self.start()
        return self.store
