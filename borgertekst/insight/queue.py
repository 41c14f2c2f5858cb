"""``EventQueue``: events are written by one background thread per process, in batches, so a
request only appends to a list and analysis latency does not change.

The thread also rolls up old events: once when it starts and then every day. When the
database cannot be reached the events wait (at most ``max_queue``, oldest dropped first, with
a logged count) and the write is retried with a growing pause.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque

from .events import Row

log = logging.getLogger("borgertekst.insight")

ROLLUP_EVERY = 24 * 3600.0


class EventQueue:
    def __init__(self, store, *, batch_size: int = 500, flush_seconds: float = 1.0, max_queue: int = 100_000,
                 retention_months: int | None = 13, rollup_every: float = ROLLUP_EVERY):
        self.store = store
        self.batch_size = batch_size
        self.flush_seconds = flush_seconds
        self.max_queue = max_queue
        self.retention_months = retention_months
        self.rollup_every = rollup_every
        self._pending: deque[Row] = deque()
        self._cond = threading.Condition()
        self._writing = 0
        self._flush = False
        self._stopping = False
        self._thread: threading.Thread | None = None
        self._next_rollup = 0.0
        self._since = 0.0
        self._failing = False
        self.written = 0
        self.dropped = 0
        self.failures = 0
        self.rollups = 0

    # ---- request side --------------------------------------------------------------------

    def put(self, rows: list[Row]) -> None:
        with self._cond:
            if not self._pending:
                self._since = time.monotonic()
            self._pending.extend(rows)
            excess = len(self._pending) - self.max_queue
            if excess > 0:
                for _ in range(excess):
                    self._pending.popleft()
                self.dropped += excess
                log.warning("insight queue full: dropped=%d events (database unreachable?)", excess)
            self._cond.notify_all()

    @property
    def failing(self) -> bool:
        """The last write failed (the database is unreachable)."""
        return self._failing

    @property
    def pending(self) -> int:
        with self._cond:
            return len(self._pending) + self._writing

    # ---- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="borgertekst-insight", daemon=True)
        self._thread.start()

    def flush(self, timeout: float = 30.0, give_up_on_failure: bool = False) -> bool:
        """Write everything queued now; True when the queue is empty within ``timeout``.
        ``give_up_on_failure``: return False as soon as a write fails (for pages that must answer)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            self._flush = True
            self._cond.notify_all()
            while self._pending or self._writing:
                remaining = deadline - time.monotonic()
                if remaining <= 0 or (give_up_on_failure and self._failing) or self._thread is None \
                        or not self._thread.is_alive():
                    return False
                self._cond.wait(remaining)
            return True

    def stop(self, timeout: float = 30.0) -> None:
        """Write what is queued and end the thread."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                log.warning("insight writer did not finish in %.0fs: pending=%d", timeout, self.pending)
            self._thread = None

    # ---- writer thread -------------------------------------------------------------------

    def _take(self) -> list[Row]:
        """The next batch to write; empty when it is time to roll up or to stop."""
        with self._cond:
            while True:
                now = time.monotonic()
                if self._pending:
                    due = self._since + self.flush_seconds
                    if self._flush or self._stopping or len(self._pending) >= self.batch_size or now >= due:
                        break
                    self._cond.wait(due - now)  # let events from several requests share a transaction
                    continue
                self._flush = False
                self._cond.notify_all()  # flush() waiters: nothing left
                if self._stopping:
                    return []
                if not self.retention_months:
                    self._cond.wait()
                    continue
                if now >= self._next_rollup:
                    return []
                self._cond.wait(self._next_rollup - now)
            n = min(self.batch_size, len(self._pending))
            batch = [self._pending.popleft() for _ in range(n)]
            self._writing = n
            return batch

    def _run(self) -> None:
        backoff = 0.5
        while True:
            if self.retention_months and time.monotonic() >= self._next_rollup:
                self._rollup()
            batch = self._take()
            if not batch:
                with self._cond:
                    if self._stopping and not self._pending:
                        self._cond.notify_all()
                        return
                continue
            try:
                self.store.write(batch)
            except Exception as exc:  # keep the events and try again; never log their content
                self.failures += 1
                log.warning("insight write failed (%s); retrying in %.1fs, pending=%d", type(exc).__name__, backoff,
                            len(batch) + len(self._pending))
                with self._cond:
                    self._pending.extendleft(reversed(batch))
                    self._since = time.monotonic()
                    self._writing = 0
                    stopping = self._stopping
                if stopping:  # shutting down and the database is gone: say how many events are lost
                    log.error("insight: database unreachable at shutdown; %d events not stored", self.pending)
                    with self._cond:
                        self.dropped += len(self._pending)
                        self._pending.clear()
                        self._cond.notify_all()
                    return
                with self._cond:  # a pause that stop() cuts short
                    self._failing = True
                    self._cond.notify_all()
                    self._cond.wait_for(lambda: self._stopping, timeout=backoff)
                backoff = min(backoff * 2, 30.0)
                continue
            backoff = 0.5
            with self._cond:
                self._failing = False
                self.written += len(batch)
                self._writing = 0
                if not self._pending:
                    self._flush = False
                self._cond.notify_all()

    def _rollup(self) -> None:
        self._next_rollup = time.monotonic() + self.rollup_every
        try:
            self.store.rollup(self.retention_months)
            self.rollups += 1
        except Exception as exc:
            log.warning("insight roll-up failed (%s); next try in an hour", type(exc).__name__)
            self._next_rollup = time.monotonic() + 3600.0
