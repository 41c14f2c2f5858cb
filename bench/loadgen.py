"""A bounded load process (run separately from the server): N threads post
request bodies round robin to one or more endpoints until a request count or
a time limit is reached, then print one JSON object with latency percentiles,
status counts and errors.

``python bench/loadgen.py URL BODIES.jsonl --concurrency 16 --seconds 20 --max-requests 5000``

Each line of BODIES is ``{"method": "POST", "path": "/v1/analyze", "json": {...}}``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.stats import summary  # noqa: E402


def run(url: str, bodies: list[dict], concurrency: int, seconds: float, max_requests: int) -> dict:
    counter = itertools.count()
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: Counter = Counter()
    errors: Counter = Counter()
    deadline = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=30.0) as client:
            while time.monotonic() < deadline:
                i = next(counter)
                if i >= max_requests:
                    return
                body = bodies[i % len(bodies)]
                t = time.perf_counter()
                try:
                    resp = client.request(body.get("method", "POST"), body["path"], json=body.get("json"))
                    status = resp.status_code
                except httpx.HTTPError as exc:
                    status = None
                    with lock:
                        errors[type(exc).__name__] += 1
                elapsed = time.perf_counter() - t
                with lock:
                    latencies.append(elapsed)
                    if status is not None:
                        statuses[status] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    wall = time.perf_counter() - started
    bad = sum(n for s, n in statuses.items() if s >= 400) + sum(errors.values())
    out = {"concurrency": concurrency, "requests": len(latencies), "wall_s": wall,
           "rps": len(latencies) / wall if wall else 0.0, "errors": bad,
           "statuses": {str(k): v for k, v in sorted(statuses.items())}, "exceptions": dict(errors)}
    if latencies:
        out |= summary(latencies)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("bodies", type=Path)
    ap.add_argument("--concurrency", type=int, default=1)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--max-requests", type=int, default=10_000)
    args = ap.parse_args()
    bodies = [json.loads(line) for line in args.bodies.read_text(encoding="utf-8").splitlines() if line.strip()]
    json.dump(run(args.url, bodies, args.concurrency, args.seconds, args.max_requests), sys.stdout)


if __name__ == "__main__":
    main()
