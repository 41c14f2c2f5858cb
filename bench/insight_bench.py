"""Does insight change analysis latency? ``python -m bench.insight_bench [--quick]``.

Two runs of ``borgertekst serve`` (one process), identical load, only ``BORGERTEKST_INSIGHT``
differs (on: events stored in SQLite in a temporary data directory; off: the endpoint answers
204). Both get the same event traffic next to the analysis load: ``--event-rate`` requests per
second of 20 events each (default 20/s = 400 events/s, far more than a department sends), from
four sender threads in this process (like several browsers). Analysis latency is measured by ``bench/loadgen.py`` in its own
process: p50 at concurrency 1 and p99 at concurrency 16, /v1/analyze with 400-word letters.
The runs alternate (off, on, off, on …) so a change in the machine's load hits both.
Writes the section between ``<!-- insight -->`` markers in bench/RESULTS.md.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import tempfile
import threading
import time
from pathlib import Path

import httpx

from .http_bench import Server, _write_bodies, load
from .letters import make_letters

HERE = Path(__file__).resolve().parent
RULES = ["tone.tryk", "klarsprog.tiltale", "klarsprog.kancellisprog", "fagsprog.kommunesprog", "klarsprog.passiv"]
ACTIONS = ["shown", "shown", "shown", "applied", "ignored"]


def event_batch(i: int) -> list[dict]:
    return [{"action": ACTIONS[(i + j) % 5], "rule": RULES[(i * 7 + j) % 5], "letter_type": "afgoerelse",
             "client": "page", "lix": 40, "words": 300} for j in range(20)]


class EventTraffic:
    """Posts event batches at a fixed rate until stopped; counts the answers."""

    def __init__(self, url: str, rate: float, senders: int = 4):
        self.url, self.rate, self.senders = url, rate, senders
        self.statuses: dict[int, int] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._threads = [threading.Thread(target=self._run, args=(k,), daemon=True) for k in range(senders)]

    def _run(self, k: int) -> None:
        # several senders (like several browsers), so a slow answer does not lower the rate
        with httpx.Client(base_url=self.url, timeout=30) as client:
            i = k
            next_at = time.monotonic() + k / self.rate
            while not self._stop.is_set():
                try:
                    status = client.post("/v1/insight/events", json=event_batch(i)).status_code
                except httpx.HTTPError:
                    status = 0
                with self._lock:
                    self.statuses[status] = self.statuses.get(status, 0) + 1
                i += self.senders
                next_at += self.senders / self.rate
                self._stop.wait(max(0.0, next_at - time.monotonic()))

    def __enter__(self):
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        for t in self._threads:
            t.join(10)


def run(quick: bool, rate: float, rounds: int) -> dict:
    secs = 5.0 if quick else 15.0
    bodies = _write_bodies("insight_analyze", [{"path": "/v1/analyze", "json": {"text": t}}
                                               for t in make_letters(20, 400, seed=41)])
    results: dict = {"on": [], "off": [], "rate": rate, "seconds": secs, "load_start": os.getloadavg()}
    for _ in range(rounds):
        for mode in ("off", "on"):
            with tempfile.TemporaryDirectory(prefix="borgertekst-insight-bench-") as data:
                env = {"BORGERTEKST_INSIGHT": mode, "BORGERTEKST_DATA_DIR": data}
                with Server(env=env) as server:
                    load(server.url, bodies, 2, 3.0, 100)  # warm-up
                    with EventTraffic(server.url, rate) as events:
                        c1 = load(server.url, bodies, 1, secs, 2000)
                        c16 = load(server.url, bodies, 16, secs, 4000)
                    stored = None
                    if mode == "on":
                        time.sleep(2)  # the writer flushes within a second
                        from borgertekst.insight.store import InsightStore

                        store = InsightStore(f"sqlite:///{data}/insight.sqlite3")
                        stored = store.total()
                        store.close()
                results[mode].append({"c1": c1, "c16": c16, "events": events.statuses, "stored": stored})
    results["load_end"] = os.getloadavg()
    return results


def _med(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if len(values) % 2 else (values[len(values) // 2 - 1] + values[len(values) // 2]) / 2


def render(res: dict, quick: bool) -> str:
    def row(mode: str) -> str:
        runs = res[mode]
        p50 = [r["c1"]["p50"] * 1000 for r in runs]
        p99 = [r["c16"]["p99"] * 1000 for r in runs]
        posted = sum(sum(r["events"].values()) for r in runs)
        ok = sum(r["events"].get(202 if mode == "on" else 204, 0) for r in runs)
        stored = sum(r["stored"] or 0 for r in runs) if mode == "on" else "–"
        return (f"| {mode} | {' / '.join(f'{v:.1f}' for v in p50)} | {' / '.join(f'{v:.0f}' for v in p99)} "
                f"| {posted} ({ok} answered {202 if mode == 'on' else 204}) | {stored} |")

    on50 = _med([r["c1"]["p50"] for r in res["on"]]) * 1000
    off50 = _med([r["c1"]["p50"] for r in res["off"]]) * 1000
    on99 = _med([r["c16"]["p99"] for r in res["on"]]) * 1000
    off99 = _med([r["c16"]["p99"] for r in res["off"]]) * 1000
    return "\n".join([
        "<!-- insight -->",
        "## Insight on vs off",
        "",
        f"`python -m bench.insight_bench{' --quick' if quick else ''}` ({datetime_now()}). One `borgertekst serve` "
        f"process per run; the same load with `BORGERTEKST_INSIGHT=off` and `on` (SQLite in a temporary data "
        f"directory), runs alternating. Next to the analysis load, {res['rate']:.0f} event requests per second "
        f"of 20 events each go to `/v1/insight/events` in both modes. /v1/analyze, 400-word letters, "
        f"{res['seconds']:.0f} s per measurement, on a 2-CPU machine "
        f"(load average {res['load_start'][0]:.1f} at the start, {res['load_end'][0]:.1f} at the end; the load "
        "generator runs on the same CPUs as the server): read the difference between the rows, not the absolute figures.",
        "",
        "| insight | p50 ms, concurrency 1 (per run) | p99 ms, concurrency 16 (per run) | event requests | events stored |",
        "|---|---|---|---|---|",
        row("off"),
        row("on"),
        "",
        f"Median over the runs: p50 {off50:.1f} ms off, {on50:.1f} ms on ({on50 - off50:+.1f} ms); "
        f"c16 p99 {off99:.0f} ms off, {on99:.0f} ms on ({on99 - off99:+.0f} ms).",
        "<!-- /insight -->",
    ])


def datetime_now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")


def write_section(path: Path, section: str) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    pattern = re.compile(r"<!-- insight -->.*?<!-- /insight -->", re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    path.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.insight_bench")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--event-rate", type=float, default=20.0)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)
    res = run(args.quick, args.event_rate, args.rounds)
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "insight.json").write_text(json.dumps(res, indent=1, default=str))
    section = render(res, args.quick)
    write_section(args.out, section)
    print(section)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
