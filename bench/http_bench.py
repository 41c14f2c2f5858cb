"""HTTP benchmarks against ``borgertekst serve`` on loopback.

The server runs in its own process; load comes from a separate process
(``bench/loadgen.py``), bounded in request count and time. Latencies are
measured by the client on loopback, so they are an upper bound for the time
spent in the server. The rate limit is raised for the run
(``BORGERTEKST_RATE_LIMIT``) so the load is not throttled.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx

from .batch import cli
from .letters import make_letters
from .stats import summary

HERE = Path(__file__).resolve().parent
OUT = HERE / "out" / "http"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1000
    except OSError:  # the process has ended
        pass
    return 0.0


def descendants(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            out += [int(child), *descendants(int(child))]
    return out


def worker_rss_mb(pid: int) -> dict:
    """Resident memory of uvicorn's supervisor, its worker processes and the rest
    of its process tree (multiprocessing's resource tracker, heavy requests' children)."""
    workers = worker_pids(pid)
    other = [p for p in descendants(pid) if p not in workers]
    return {"supervisor": rss_mb(pid), "workers": [rss_mb(p) for p in workers],
            "other": sum(rss_mb(p) for p in other)}


def worker_pids(pid: int) -> list[int]:
    """uvicorn's worker processes: the supervisor's direct children started by multiprocessing
    (the heavy requests' forked children are their children, one level further down)."""
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        for child in task.read_text().split():
            try:
                cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
            except OSError:
                continue
            if b"spawn_main" in cmdline:
                out.append(int(child))
    return out


class Server:
    """``borgertekst serve`` in its own process: uvicorn's supervisor and its worker processes."""

    def __init__(self, workers: int = 1, env: dict | None = None, log: Path | None = None) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers
        env = {**os.environ, "BORGERTEKST_RATE_LIMIT": "100000000", "BORGERTEKST_RATE_LIMIT_CHARS": "100000000000",
               **(env or {})}
        env.pop("BORGERTEKST_API_KEYS", None)
        self._log = open(log, "wb") if log else None
        self.proc = subprocess.Popen([*cli(), "serve", "--port", str(self.port), "--workers", str(workers)],
                                     env=env, stdout=subprocess.DEVNULL, stderr=self._log or subprocess.DEVNULL)

    def worker_rss_mb(self) -> list[float]:
        return [rss_mb(p) for p in worker_pids(self.proc.pid)]

    def rss_mb(self) -> float:
        """Resident memory of the worker processes together (what serves the requests)."""
        return sum(self.worker_rss_mb())

    def __enter__(self) -> "Server":
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}")
            try:
                if httpx.get(self.url + "/health", timeout=2).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError("server did not start within 120 s")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=40)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self._log:
            self._log.close()


def paragraphs_body(text: str, letter_type: str | None = None) -> dict:
    paras = [p for p in text.split("\n\n") if p.strip()]
    body: dict = {"paragraphs": [{"id": f"p{i}", "text": p} for i, p in enumerate(paras)]}
    if letter_type:
        body["letter_type"] = letter_type
    return body


def _write_bodies(name: str, bodies: list[dict]) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(b, ensure_ascii=False) for b in bodies), encoding="utf-8")
    return path


def load(url: str, bodies: Path, concurrency: int, seconds: float, max_requests: int) -> dict:
    proc = subprocess.run([sys.executable, str(HERE / "loadgen.py"), url, str(bodies), "--concurrency",
                           str(concurrency), "--seconds", str(seconds), "--max-requests", str(max_requests)],
                          capture_output=True, text=True, timeout=seconds + 120, check=True)
    return json.loads(proc.stdout)


def edited_requests(trials: int) -> tuple[dict, list[dict]]:
    """A 2-page (≈800-word) letter as paragraphs, and ``trials`` copies of it
    with one paragraph edited (a different paragraph and new words each time)."""
    base = paragraphs_body(make_letters(1, 800, seed=21)[0])
    n = len(base["paragraphs"])
    bodies = []
    for k in range(trials):
        body = json.loads(json.dumps(base))
        body["paragraphs"][1 + k % max(n - 2, 1)]["text"] += (
            f" Vi har også fået dit brev nr. {k}, og vi svarer hurtigst muligt.")
        bodies.append(body)
    return base, bodies


def recheck(url: str, trials: int) -> dict:
    """The letter sent whole once; then one paragraph at a time is edited and
    the letter re-checked through /v1/analyze/paragraphs."""
    letter = make_letters(1, 800, seed=21)[0]
    base, bodies = edited_requests(trials)
    n = len(base["paragraphs"])
    edited, full = [], []
    with httpx.Client(base_url=url, timeout=30) as client:
        for _ in range(3):
            client.post("/v1/analyze/paragraphs", json=base).raise_for_status()
            client.post("/v1/analyze", json={"text": letter}).raise_for_status()
        for body in bodies:
            t = time.perf_counter()
            resp = client.post("/v1/analyze/paragraphs", json=body)
            edited.append(time.perf_counter() - t)
            resp.raise_for_status()
            cache = resp.json()["cache"]
            t = time.perf_counter()
            client.post("/v1/analyze", json={"text": letter}).raise_for_status()
            full.append(time.perf_counter() - t)
    return {"words": len(letter.split()), "paragraphs": n, "trials": trials,
            "edited": summary(edited), "full_analyze": summary(full), "last_cache": cache}


def soak(server: Server, seconds: float, concurrency: int = 4) -> dict:
    letters = {w: make_letters(10, w, seed=31) for w in (100, 400, 1600)}
    bodies = []
    for i in range(10):
        bodies.append({"path": "/v1/analyze", "json": {"text": letters[400][i]}})
        bodies.append({"path": "/v1/analyze/paragraphs", "json": paragraphs_body(letters[400][i])})
        bodies.append({"path": "/v1/analyze", "json": {"text": letters[100][i]}})
        bodies.append({"path": "/v1/analyze/paragraphs", "json": paragraphs_body(letters[1600][i] + f" Nr. {i}.")})
        bodies.append({"method": "GET", "path": "/health"})
        bodies.append({"path": "/v1/analyze", "json": {"text": letters[1600][i]}})
        bodies.append({"method": "GET", "path": "/v1/rules"})
    path = _write_bodies("soak", bodies)
    samples: list[tuple[float, float]] = []
    stop = threading.Event()

    def sample() -> None:
        t0 = time.monotonic()
        while not stop.is_set():
            samples.append((time.monotonic() - t0, server.rss_mb()))
            stop.wait(2.0)

    sampler = threading.Thread(target=sample)
    sampler.start()
    try:
        result = load(server.url, path, concurrency, seconds, 10_000_000)
    finally:
        stop.set()
        sampler.join()
    warm = min(max(seconds * 0.2, 30.0), seconds / 2)
    after_warm = [m for t, m in samples if t >= warm]
    base = after_warm[0] if after_warm else samples[0][1]
    end = statistics.median(m for _, m in samples[-3:])
    result |= {"warmup_s": warm, "rss_after_warmup_mb": base, "rss_end_mb": end,
               "rss_max_mb": max(m for _, m in samples), "growth_pct": (end - base) / base * 100}
    return result


def schemathesis_run(url: str, max_examples: int, seconds: float) -> dict:
    exe = shutil.which("schemathesis") or str(Path(sys.executable).with_name("schemathesis"))
    if not Path(exe).exists():
        return {"skipped": "schemathesis is not installed"}
    report = OUT / "schemathesis.xml"
    cmd = [exe, "run", f"{url}/schema/openapi.json", "--checks", "all", "--max-examples", str(max_examples),
           "--phases", "examples,coverage,fuzzing", "--report", "junit", "--report-junit-path", str(report),
           "--seed", "1"]
    t = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds,
                              env=dict(os.environ, NO_COLOR="1"))
    except subprocess.TimeoutExpired:
        return {"error": f"schemathesis did not finish within {seconds:.0f} s"}
    lines = [line for line in proc.stdout.splitlines() if line.strip()]
    tail = [line for line in lines if not line.strip().startswith("`")
            and any(k in line for k in ("passed", "failed", "Test cases", "Seed", "API Operations", "Summary"))]
    failures = [line.strip() for line in lines if line.strip().startswith(("_", "- ", "❌", "FAILED"))][:40]
    server_errors = sum(1 for line in lines if "Server error" in line or "5xx" in line and "Expected" not in line)
    return {"returncode": proc.returncode, "wall_s": time.perf_counter() - t, "summary": tail[-12:],
            "failures": failures, "server_error_lines": server_errors}


EXPECTED_REJECTIONS = {("POST /v1/documents", "ST202"), ("POST /v1/templates/{name}/render", "ST202")}


def failed_checks(failures: list[str]) -> set[tuple[str, str]]:
    """(operation, check code) pairs from schemathesis' failure lines."""
    found: set[tuple[str, str]] = set()
    operation = ""
    for line in failures:
        if line.startswith("_"):
            operation = line.strip("_ ")
        elif line.startswith("- ") and operation and line[2:].split(" ")[0].startswith("ST"):
            found.add((operation, line[2:].split(" ")[0]))
    return found


def run_all(quick: bool = False, soak_seconds: float = 300.0) -> dict:
    secs = 5.0 if quick else 20.0
    res: dict = {}
    letters400 = make_letters(20, 400, seed=41)
    analyze_bodies = _write_bodies("analyze", [{"path": "/v1/analyze", "json": {"text": t}} for t in letters400])
    para_bodies = _write_bodies("paragraphs", [{"path": "/v1/analyze/paragraphs", "json": paragraphs_body(t)}
                                               for t in letters400])
    with Server() as server:
        res["rss_start_mb"] = server.rss_mb()
        load(server.url, analyze_bodies, 2, 3.0, 100)  # warm-up
        for name, bodies in (("analyze", analyze_bodies), ("paragraphs", para_bodies)):
            for c in (1, 16):
                res[f"{name}_c{c}"] = load(server.url, bodies, c, secs, 2000 if quick else 20_000)
        res["recheck"] = recheck(server.url, 30 if quick else 150)
        if soak_seconds > 0:
            res["soak"] = soak(server, soak_seconds)
        res["schemathesis"] = schemathesis_run(server.url, 10 if quick else 30, 240 if quick else 600)
        time.sleep(0.5)
        res["server_alive_after"] = httpx.get(server.url + "/health", timeout=5).status_code == 200
        res["rss_end_mb"] = server.rss_mb()
    # The deployment the README recommends: one worker process per CPU.
    workers = os.cpu_count() or 1
    if workers > 1:
        with Server(workers=workers) as server:
            load(server.url, analyze_bodies, 2 * workers, 3.0, 200)  # warm up every worker
            res["workers"] = {"count": workers}
            for name, bodies in (("analyze", analyze_bodies), ("paragraphs", para_bodies)):
                res["workers"][f"{name}_c16"] = load(server.url, bodies, 16, secs, 2000 if quick else 20_000)
            res["workers"]["rss_mb"] = worker_rss_mb(server.proc.pid)
    res["lines"], res["targets"] = _render(res)
    return res


def _ms(s: float) -> str:
    return f"{s * 1000:.1f}"


def _render(res: dict) -> tuple[list[str], list[list[str]]]:
    lines = ["`borgertekst serve` (one uvicorn process) on loopback; load from `bench/loadgen.py` in a separate "
             "process (threads with keep-alive httpx clients), 400-word letters, rate limit raised for the run. "
             "Client-measured latency.", "",
             "| endpoint | concurrency | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
             "|---|---|---|---|---|---|---|---|"]
    for name, path in (("analyze", "/v1/analyze"), ("paragraphs", "/v1/analyze/paragraphs")):
        for c in (1, 16):
            r = res[f"{name}_c{c}"]
            lines.append(f"| `{path}` | {c} | {r['requests']} | {r['rps']:.0f} | {_ms(r['p50'])} | {_ms(r['p95'])} "
                         f"| {_ms(r['p99'])} | {r['errors']} |")
    w = res.get("workers")
    if w:
        lines += ["", f"The same concurrency-16 load against `borgertekst serve --workers {w['count']}` (one worker "
                      f"process per CPU, as the README recommends; each has its own paragraph cache):", "",
                  "| endpoint | concurrency | requests | req/s | p50 ms | p95 ms | p99 ms | errors |",
                  "|---|---|---|---|---|---|---|---|"]
        for name, path in (("analyze", "/v1/analyze"), ("paragraphs", "/v1/analyze/paragraphs")):
            r = w[f"{name}_c16"]
            lines.append(f"| `{path}` | 16 | {r['requests']} | {r['rps']:.0f} | {_ms(r['p50'])} | {_ms(r['p95'])} "
                         f"| {_ms(r['p99'])} | {r['errors']} |")
        mem = w["rss_mb"]
        per = ", ".join(f"{m:.0f}" for m in mem["workers"])
        total = mem["supervisor"] + sum(mem["workers"]) + mem["other"]
        lines += ["", f"Memory after the load: worker processes {per} MB; uvicorn's supervisor "
                      f"{mem['supervisor']:.0f} MB and its resource tracker {mem['other']:.0f} MB; "
                      f"{total:.0f} MB for the whole process tree. Every worker loads its own language layer "
                      f"and rules, so the 400 MB target holds per worker, and a machine needs about "
                      f"{max(mem['workers'], default=0):.0f} MB for each worker it runs."]
    rc = res["recheck"]
    lines += ["", f"Re-check after a one-paragraph edit: a {rc['words']}-word letter in {rc['paragraphs']} paragraphs "
                  f"(`/v1/analyze/paragraphs`, the other paragraphs from the cache), {rc['trials']} edits: "
                  f"p50 {_ms(rc['edited']['p50'])} ms, p95 {_ms(rc['edited']['p95'])} ms; the whole letter "
                  f"through `/v1/analyze`: p50 {_ms(rc['full_analyze']['p50'])} ms, "
                  f"p95 {_ms(rc['full_analyze']['p95'])} ms."]
    targets = [["re-check after one-paragraph edit p95, through HTTP (client-measured)", "≤ 20 ms",
                f"{_ms(rc['edited']['p95'])} ms", "met" if rc["edited"]["p95"] <= 0.020 else "**missed**"]]
    setups = [("one process", res)]
    if w:
        setups.append((f"`--workers {w['count']}`", w))
    for label, r in setups:
        c16 = [r["analyze_c16"], r["paragraphs_c16"]]
        worst = max(x["p99"] for x in c16)
        errs = sum(x["errors"] for x in c16)
        targets.append([f"concurrency 16, {label}: errors, p99 (worst endpoint)", "0, ≤ 250 ms",
                        f"{errs}, {_ms(worst)} ms", "met" if errs == 0 and worst <= 0.250 else "**missed**"])
    if "soak" in res:
        s = res["soak"]
        lines += ["", f"Soak: {s['wall_s']:.0f} s of mixed requests (100/400/1,600-word letters through both "
                      f"endpoints, /health, /v1/rules) at concurrency {s['concurrency']}: {s['requests']} requests, "
                      f"{s['errors']} errors (statuses {s['statuses']}), p99 {_ms(s['p99'])} ms. Server memory "
                      f"{s['rss_after_warmup_mb']:.0f} MB after {s['warmup_s']:.0f} s warm-up → "
                      f"{s['rss_end_mb']:.0f} MB at the end ({s['growth_pct']:+.1f} %), peak {s['rss_max_mb']:.0f} MB."]
        targets.append(["soak: errors, memory growth after warm-up", "0, < 10 %",
                        f"{s['errors']}, {s['growth_pct']:+.1f} %",
                        "met" if s["errors"] == 0 and s["growth_pct"] < 10 else "**missed**"])
        targets.append(["server memory (peak during soak)", "≤ 400 MB", f"{s['rss_max_mb']:.0f} MB",
                        "met" if s["rss_max_mb"] <= 400 else "**missed**"])
    st = res.get("schemathesis", {})
    lines += ["", "Schemathesis against `/schema/openapi.json` (all checks, seed 1):", ""]
    if "skipped" in st or "error" in st:
        lines.append(st.get("skipped") or st.get("error"))
    else:
        lines.append(f"exit code {st['returncode']} in {st['wall_s']:.0f} s; lines reporting a server error (5xx): "
                     f"{st['server_error_lines']}. The failed checks and where:")
        lines += ["", "```", *st["summary"], *st["failures"], "```"]
        found = failed_checks(st["failures"])
        if found and found <= EXPECTED_REJECTIONS:
            lines += ["", "Every failed check left is a rejection the schema cannot express, and the operation "
                          "documents it: `/v1/documents` refuses a file that is not a Word document after "
                          "looking inside it (422), and `/v1/templates/{name}/render` refuses `data` that does "
                          "not fit the named template's fields (422, one Danish message per field); which fields "
                          "are valid depends on the path, which OpenAPI cannot tie a body schema to."]
    lines += ["", f"Server still answering /health after all of it: {'yes' if res['server_alive_after'] else 'NO'}; "
                  f"server memory {res['rss_start_mb']:.0f} MB at start, {res['rss_end_mb']:.0f} MB at the end."]
    return lines, targets


# --- cost bounds (issue 16): small requests beside maximum-size ones, memory under them ----------

MAX_ANALYZE_CHARS = 900_000  # a 1 MB JSON body (/v1/analyze's limit) with Danish letters
MAX_REWRITE_CHARS = 180_000  # /v1/rewrite's 200 kB limit


def big_text(chars: int, seed: int = 13, fresh_words: int = 0) -> str:
    """Generated letters up to ``chars`` characters; ``fresh_words`` made-up words per
    letter that no dictionary knows (new strings for spaCy's string store each time)."""
    import random

    rng = random.Random(seed)
    letters = make_letters(chars // 2000 + 10, 400, seed=seed)
    if fresh_words:
        letters = [t + " " + " ".join("".join(rng.choice("bdfgklmnprstvæøå") + rng.choice("aeiouy")
                                               for _ in range(4)) for _ in range(fresh_words)) + "."
                   for t in letters]
    return "\n\n".join(letters)[:chars]


def _latencies(url: str, bodies: list[dict], count: int) -> tuple[list[float], Counter]:
    out: list[float] = []
    statuses: Counter = Counter()
    with httpx.Client(base_url=url, timeout=120) as client:
        for i in range(count):
            t = time.perf_counter()
            r = client.post("/v1/analyze", json=bodies[i % len(bodies)])
            out.append(time.perf_counter() - t)
            statuses[r.status_code] += 1
    return out, statuses


def isolation(workers: int = 1, count: int = 300, quick: bool = False) -> dict:
    """p99 of small /v1/analyze calls (100–400 words, one at a time) with the server idle, and
    while two maximum-size requests run all the time (a 1 MB /v1/analyze and a 200 kB
    /v1/rewrite, each sent again as soon as it is answered)."""
    count = 100 if quick else count
    small = [{"text": t} for t in make_letters(20, 100, seed=51) + make_letters(20, 400, seed=52)]
    huge = {"text": big_text(MAX_ANALYZE_CHARS)}
    rewrite = {"text": big_text(MAX_REWRITE_CHARS, seed=17)}
    with Server(workers=workers) as server:
        _latencies(server.url, small, 40)  # warm-up
        idle, idle_status = _latencies(server.url, small, count)
        stop = threading.Event()
        big: list[tuple[str, int, float]] = []

        def keep_busy(path: str, body: dict) -> None:
            with httpx.Client(base_url=server.url, timeout=300) as client:
                while not stop.is_set():
                    t = time.perf_counter()
                    r = client.post(path, json=body)
                    big.append((path, r.status_code, time.perf_counter() - t))

        threads = [threading.Thread(target=keep_busy, args=a) for a in
                   (("/v1/analyze", huge), ("/v1/rewrite", rewrite))]
        for th in threads:
            th.start()
        time.sleep(2.0)  # both are computing
        loaded, loaded_status = _latencies(server.url, small, count)
        stop.set()
        for th in threads:
            th.join(300)
    idle_s, loaded_s = summary(idle), summary(loaded)
    return {"workers": workers, "count": count, "idle": idle_s, "loaded": loaded_s,
            "idle_statuses": dict(idle_status), "loaded_statuses": dict(loaded_status),
            "p99_ratio": loaded_s["p99"] / idle_s["p99"],
            "big_requests": [{"path": p, "status": st, "s": round(d, 2)} for p, st, d in big]}


def soak_max(seconds: float, concurrency: int = 4, workers: int = 1) -> dict:
    """Mixed requests with maximum-size letters (1 MB analyze, 200 kB rewrite, a .docx of the same
    text) and small letters full of made-up words, for ``seconds``; the worker processes'
    resident memory sampled every 2 s: after warm-up (a fifth of the run) against the end."""
    import io

    import docx

    bodies = []
    for i in range(4):
        bodies.append({"path": "/v1/analyze", "json": {"text": big_text(MAX_ANALYZE_CHARS, seed=60 + i, fresh_words=2000)}})
        bodies.append({"path": "/v1/rewrite", "json": {"text": big_text(MAX_REWRITE_CHARS, seed=70 + i, fresh_words=500)}})
        for k in range(6):
            bodies.append({"path": "/v1/analyze", "json": {"text": big_text(3000, seed=100 * i + k, fresh_words=200)}})
            bodies.append({"path": "/v1/analyze/paragraphs",
                           "json": paragraphs_body(big_text(3000, seed=200 * i + k, fresh_words=200))})
    path = _write_bodies("soak-max", bodies)
    document = docx.Document()
    for para in big_text(MAX_ANALYZE_CHARS, seed=90).split("\n\n"):
        document.add_paragraph(para)
    buf = io.BytesIO()
    document.save(buf)
    docx_body = buf.getvalue()
    samples: list[tuple[float, float, float]] = []
    stop = threading.Event()
    # a loaded bench machine can take longer than the default 30 s for a 1 MB letter; the soak is
    # about memory, so the work is allowed to finish
    with Server(workers=workers, env={"BORGERTEKST_TIME_LIMIT": "180"}) as server:

        def sample() -> None:
            t0 = time.monotonic()
            while not stop.is_set():
                tree = worker_rss_mb(server.proc.pid)
                samples.append((time.monotonic() - t0, sum(tree["workers"]), tree["other"]))
                stop.wait(2.0)

        def documents() -> None:
            with httpx.Client(base_url=server.url, timeout=300) as client:
                while not stop.is_set():
                    client.post("/v1/documents", files={"file": ("brev.docx", docx_body)})

        threads = [threading.Thread(target=sample), threading.Thread(target=documents)]
        for th in threads:
            th.start()
        try:
            result = load(server.url, path, concurrency, seconds, 10_000_000)
        finally:
            stop.set()
            for th in threads:
                th.join(300)
        time.sleep(1.0)
        idle_end = sum(server.worker_rss_mb())
    warm = seconds / 5
    after = [m for t, m, _ in samples if t >= warm]
    base = after[0] if after else samples[0][1]
    end = statistics.median(m for _, m, _ in samples[-3:])
    result |= {"seconds": seconds, "warmup_s": warm, "rss_after_warmup_mb": base, "rss_end_mb": end,
               "rss_max_mb": max(m for _, m, _ in samples), "rss_idle_after_mb": idle_end,
               "heavy_children_max_mb": max(o for _, _, o in samples),
               "growth_pct": (end - base) / base * 100, "samples": [(round(t), round(m)) for t, m, _ in samples]}
    return result


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m bench.http_bench",
                                 description="cost bounds of the server: isolation of small requests, soak")
    ap.add_argument("what", choices=["isolation", "soak-max"])
    ap.add_argument("--seconds", type=float, default=600.0, help="soak length (the issue's target: 600)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args(argv)
    if args.what == "isolation":
        out = isolation(workers=args.workers, quick=args.quick)
    else:
        out = soak_max(args.seconds, workers=args.workers)
    out["load_avg"] = os.getloadavg()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{args.what}.json").write_text(json.dumps(out, indent=1))
    print(json.dumps({k: v for k, v in out.items() if k not in ("samples", "big_requests")}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
