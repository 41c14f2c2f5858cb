"""CPU-heavy requests run in their own process, bounded in number, time and priority.

A big letter costs seconds of CPU (a 1 MB rewrite took 40 s). Run in the server's
threads, it holds the interpreter lock and every small request behind it waits;
its memory (new words in spaCy's string store, .docx XML trees, caches) stays
with the server process for good. So a request whose text is bigger than
``heavy_chars`` runs in a child process forked from the server process:

- the child starts with everything loaded (copy-on-write), computes, sends the
  result back through a pipe and exits, so what it allocated is returned to the
  system with it;
- it runs at a lower CPU priority (``nice``), so small requests in the server
  process keep their latency;
- at most ``workers`` children per server process; ``queue`` more requests may
  wait for one, beyond that the request is refused at once (``PoolBusy``: 503
  with ``Retry-After``);
- each request has a time budget (waiting included); when it is spent the child
  is killed, so the CPU is released, and the client gets ``TimeBudgetExceeded``
  (422: the same text would take as long again).

``run`` blocks the calling thread (never the event loop): call it from a worker
thread.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import math
import os
import pickle
import select
import signal
import threading
import time

log = logging.getLogger("borgertekst.api")


class PoolBusy(Exception):
    """All heavy slots are taken and the queue is full."""

    def __init__(self, retry_after: int):
        super().__init__("heavy pool busy")
        self.retry_after = retry_after


class TimeBudgetExceeded(Exception):
    def __init__(self, seconds: float):
        super().__init__("time budget exceeded")
        self.seconds = seconds


class WorkerLost(Exception):
    """The child died without an answer (killed from outside, out of memory)."""


class HeavyPool:
    def __init__(self, workers: int = 2, queue: int = 4, time_limit: float = 30.0, nice: int = 10):
        self.workers = workers
        self.queue = queue
        self.time_limit = time_limit
        self.nice = nice
        self.running = 0
        self.waiting = 0
        self.started = 0  # children started (for tests and the bench)
        self.killed = 0  # children killed at the time limit
        self._cond = threading.Condition()
        self._children: set[int] = set()

    def retry_after(self) -> int:
        return max(1, math.ceil(self.time_limit / 2))

    def run(self, fn, *args, **kwargs):
        """``fn(*args, **kwargs)`` in a child process; its result (or exception) here.
        A coroutine function is run to completion in the child."""
        deadline = time.monotonic() + self.time_limit
        with self._cond:
            if self.running >= self.workers:
                if self.waiting >= self.queue:
                    raise PoolBusy(self.retry_after())
                self.waiting += 1
                try:
                    while self.running >= self.workers:
                        left = deadline - time.monotonic()
                        if left <= 0:
                            raise PoolBusy(self.retry_after())
                        self._cond.wait(left)
                finally:
                    self.waiting -= 1
            self.running += 1
            self.started += 1
        try:
            return self._fork(fn, args, kwargs, deadline)
        finally:
            with self._cond:
                self.running -= 1
                self._cond.notify()

    def _fork(self, fn, args, kwargs, deadline: float):
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns
            os.close(r)
            _child(w, self.nice, fn, args, kwargs, deadline)
        os.close(w)
        self._children.add(pid)
        try:
            data = _read_until(r, deadline)
        finally:
            os.close(r)
            if data is None:
                _kill(pid)
            _reap(pid)
            self._children.discard(pid)
        if data is None:
            with self._cond:
                self.killed += 1
            log.warning("request stopped at the time limit: limit_s=%s", self.time_limit)
            raise TimeBudgetExceeded(self.time_limit)
        try:
            kind, payload = pickle.loads(data)
        except Exception:
            raise WorkerLost() from None
        if kind == "ok":
            return payload
        raise _rebuild(payload)

    def shutdown(self) -> None:
        """Kill the children still running (the server is stopping)."""
        for pid in list(self._children):
            _kill(pid)


def _read_until(fd: int, deadline: float) -> bytes | None:
    """Everything the child writes until it closes the pipe; None when the deadline passes."""
    chunks: list[bytes] = []
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass


def _child(w: int, nice: int, fn, args, kwargs, deadline: float) -> None:
    status = 0
    try:
        # The server kills a child at the deadline, but a child of a server that is gone
        # (stopped, killed) or one stuck on a lock another server thread held at the fork
        # would wait for ever: it ends itself one second after its budget.
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(max(1, math.ceil(deadline - time.monotonic()) + 1))
        # the server's signal handlers and wake-up descriptor belong to the server, not to us
        try:
            signal.set_wakeup_fd(-1)
        except (ValueError, OSError):
            pass
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
            signal.signal(sig, signal.SIG_DFL)
        _fresh_log_streams()
        if nice:
            os.nice(nice)
        try:
            result = fn(*args, **kwargs)
            if inspect.isawaitable(result):
                result = asyncio.run(_await(result))
            payload = pickle.dumps(("ok", result), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException as exc:  # noqa: BLE001 - handed to the server process to handle
            payload = pickle.dumps(("error", _portable(exc)), protocol=pickle.HIGHEST_PROTOCOL)
        view = memoryview(payload)
        while view:
            view = view[os.write(w, view):]
    except BaseException:  # noqa: BLE001 - the server sees a lost worker
        status = 1
    finally:
        os._exit(status)


def _fresh_log_streams() -> None:
    """Log handlers write to new file objects on the same descriptors: another thread of the
    server may have been writing a log line at the moment of the fork, and the buffer lock of
    the old file object would then stay locked in this child for good (logging itself renews
    only its handlers' locks)."""
    handlers = list(logging.getLogger().handlers)
    for logger in list(logging.Logger.manager.loggerDict.values()):
        handlers += getattr(logger, "handlers", [])
    fresh: dict[int, object] = {}
    for handler in handlers:
        stream = getattr(handler, "stream", None)
        if not isinstance(handler, logging.StreamHandler) or stream is None:
            continue
        try:
            fd = stream.fileno()
            if fd not in fresh:
                fresh[fd] = open(os.dup(fd), "w", buffering=1, encoding="utf-8", errors="backslashreplace")
            handler.stream = fresh[fd]
        except (OSError, ValueError, AttributeError):
            continue


async def _await(awaitable):
    return await awaitable


def _portable(exc: BaseException):
    """An exception as (class, args, attributes), for exceptions whose ``__init__`` takes
    other arguments than ``args`` (pickle would call it with ``args``)."""
    state = (type(exc), exc.args, dict(getattr(exc, "__dict__", {})))
    try:
        pickle.dumps(state)
        return state
    except Exception:
        return (RuntimeError, (type(exc).__name__,), {})


def _rebuild(state) -> BaseException:
    cls, args, attributes = state
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(attributes)
    return exc
