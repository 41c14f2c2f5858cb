"""Many letters on every core: ``check``, ``report`` and ``rewrite`` over several files.

``run_ordered(work, items, jobs)`` calls ``work(item)`` for every item and
yields the results in input order, each as soon as it and all before it are
done. One item, or ``--jobs 1``, runs in this process (no pool to pay for).
Otherwise a pool of worker processes does the work; each has one analyzer:
on Linux (``fork``) the workers share the one this process loaded before
starting them (and warmed on the first item, which this process does itself),
elsewhere each worker loads its own once (the initializer).

``progress(total, label)`` is a progress bar on standard error (rich) when
standard error is a terminal and standard output is not (text output to a
terminal shows its own progress); otherwise nothing, so scripts and CI see
exactly the output they saw before.
"""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MAX_CHUNK = 8  # items per message to a worker: fewer round trips, still an even spread


def cpu_count() -> int:
    """CPUs this process may use."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):  # pragma: no cover - not Linux
        return max(os.cpu_count() or 1, 1)


def stdin_once(files: list[str]) -> tuple[list[tuple[str, str | None]], bool]:
    """``(name, text)`` per input file, in order: standard input ("-") is read here, once,
    not in a worker; the other files are read by whoever analyses them (text None). An
    unreadable standard input is reported on stderr and left out; the flag says so."""
    from ..document import InputError, decode_text

    inputs: list[tuple[str, str | None]] = []
    failed = False
    for name in files:
        text = None
        if name == "-":
            try:
                text = decode_text(sys.stdin.buffer.read())
            except InputError as exc:
                print(f"borgertekst: {name}: {exc}", file=sys.stderr)
                failed = True
                continue
        inputs.append((name, text))
    return inputs, failed


def add_jobs_argument(parser) -> None:
    parser.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="antal processer til mange filer (standard: alle CPU'er; 1: ingen ekstra processer)")


def workers_for(jobs: int, items: int) -> int:
    """How many worker processes: 0 means "in this process"."""
    wanted = cpu_count() if jobs <= 0 else jobs
    wanted = min(wanted, items)
    return wanted if wanted > 1 else 0


def _start_method() -> str:
    import multiprocessing

    return "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform == "linux" else "spawn"


def _warm_analyzer() -> None:
    """Load the analyzer and what it loads on first use, before the workers
    start (fork) or in each worker (spawn)."""
    from ..engine import default_analyzer
    from ..nlp import preload

    default_analyzer()
    preload()


def collect_again() -> None:
    """Turn the cyclic garbage collector back on (``cli.main`` turns it off while the
    analyzer loads), with what is alive now (the loaded analyzer) frozen out of its reach,
    so later collections neither scan it nor, in forked workers, write to its pages."""
    import gc

    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def _here(items, work, on_result):
    """Run ``work`` on each item in this process, in order (no pool)."""
    for item in items:
        result = work(item)
        collect_again()  # after the first item: the analyzer is loaded
        if on_result is not None:
            on_result()
        yield result


def run_ordered(work: Callable[[T], R], items: Iterable[T], jobs: int = 0,
                on_result: Callable[[], None] | None = None) -> Iterator[R]:
    """``work(item)`` for each item, results in input order, streamed.

    ``work`` must be a module-level function (it is sent to the workers by
    name). ``on_result`` is called after each result (the progress bar)."""
    items = list(items)
    workers = workers_for(jobs, len(items))
    if workers == 0:
        yield from _here(items, work, on_result)
        collect_again()  # no items at all
        return
    import gc
    import multiprocessing

    method = _start_method()
    if method != "fork":
        collect_again()
    if method == "fork":
        _warm_analyzer()  # shared with every worker, copy-on-write
        # The first item here, before the workers start: it is needed first anyway, and what
        # the analysis sets up on first use (patterns compiled on need, word caches) is then
        # inherited by every worker instead of being done again in each (~0.2 s CPU a worker).
        yield from _here(items[:1], work, on_result)
        items = items[1:]
        if len(items) < 2:  # one more item: a pool would only wait for it
            yield from _here(items, work, on_result)
            return
        workers = min(workers, len(items))
        # the loaded analyzer moves out of the collector's reach: a worker's collections
        # then neither scan it nor write to (and so copy) the pages it shares with this process
        gc.freeze()
    ctx = multiprocessing.get_context(method)
    chunk = max(1, min(MAX_CHUNK, len(items) // (workers * 4)))
    try:
        with ctx.Pool(workers, initializer=None if method == "fork" else _warm_analyzer) as pool:
            for result in pool.imap(work, items, chunksize=chunk):
                if on_result is not None:
                    on_result()
                yield result
    finally:
        if method == "fork":
            gc.unfreeze()


class ResultStream:
    """Results on standard output as they come (``check``, ``rewrite``): with ``as_array``
    the items of one JSON array ("[" first, "," between, "]" and a newline at the end),
    otherwise one after another; each item flushed so that it shows at once. An error goes
    to standard error after what was written so far, and ``failed`` remembers it."""

    def __init__(self, out, as_array: bool = False):
        self.out, self.as_array = out, as_array
        self.written, self.failed = 0, False
        if as_array:
            out.write(b"[")

    def item(self, payload, end=None) -> None:
        if self.as_array and self.written:
            self.out.write(b",")
        self.out.write(payload)
        if end:
            self.out.write(end)
        self.out.flush()
        self.written += 1

    def error(self, name: str, message: str) -> None:
        self.out.flush()
        print(f"borgertekst: {name}: {message}", file=sys.stderr)
        self.failed = True

    def close(self) -> None:
        if self.as_array:
            self.out.write(b"]\n")
        self.out.flush()


def show_progress(enabled: bool = True, results_on_stdout: bool = True) -> bool:
    """A bar only on a terminal, and only when the results do not go there too."""
    try:
        return enabled and sys.stderr.isatty() and not (results_on_stdout and sys.stdout.isatty())
    except (AttributeError, ValueError):
        return False


@contextmanager
def progress(total: int, label: str, enabled: bool = True, results_on_stdout: bool = True):
    """A callable that advances the bar by one (a no-op without a bar)."""
    if total < 2 or not show_progress(enabled, results_on_stdout):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    import time

    # no refresh thread (auto_refresh off): the worker processes may be forked while the bar shows
    bar = Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                   console=Console(stderr=True), transient=True, auto_refresh=False,
                   redirect_stdout=False, redirect_stderr=False)
    task = bar.add_task(label, total=total)
    bar.start()
    shown = [0.0]

    def advance() -> None:
        bar.advance(task)
        now = time.monotonic()
        if now - shown[0] >= 0.1:
            shown[0] = now
            bar.refresh()

    try:
        yield advance
    finally:
        bar.stop()
