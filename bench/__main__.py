"""``python -m bench``: run the benchmarks and write bench/RESULTS.md.

Options: ``--quick`` (fewer repeats, for trying things out; RESULTS.md says so),
``--only PART`` (inprocess, memory, batch, compare, hostile, http, startup,
batch-textlint; ``startup`` and ``batch-textlint`` run alone update only their
own sections of RESULTS.md), ``--soak SECONDS``
(HTTP soak length, 0 skips it), ``--out FILE``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

from . import batch as batch_mod
from . import compare as compare_mod
from . import inprocess
from .report import render

HERE = Path(__file__).resolve().parent
PARTS = ("inprocess", "memory", "batch", "compare", "hostile", "http", "startup", "batch-textlint")
# parts whose sections are spliced into RESULTS.md (run alone, they leave the other sections as they are)
SPLICED = ("startup", "batch-textlint")


def splice(markdown: str, sections: list[list[str]]) -> str:
    """Replace each ``## `` section of ``markdown`` that has the title of one
    of ``sections`` (a list of lines, the title first); append the others
    before the Targets section (or at the end)."""
    text = markdown.rstrip("\n") + "\n"
    for lines in sections:
        title, body = lines[0], "\n".join(lines).rstrip("\n") + "\n\n"
        start = text.find(title + "\n")
        if start >= 0:
            end = text.find("\n## ", start + len(title))
            text = text[:start] + body + (text[end + 1:] if end >= 0 else "")
        else:
            at = text.find("## Targets")
            text = text[:at] + body + text[at:] if at >= 0 else text + "\n" + body
    return text.rstrip("\n") + "\n"


def machine() -> dict:
    mem_kb = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    except OSError:
        pass
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu, "cpus": os.cpu_count(), "memory_gb": round(mem_kb / 1e6, 1),
        "python": platform.python_version(), "platform": platform.platform(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--only", action="append", choices=PARTS)
    ap.add_argument("--soak", type=float, default=300.0, help="HTTP soak seconds (0: skip)")
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    args = ap.parse_args(argv)
    parts = args.only or list(PARTS)
    q = args.quick
    results: dict = {"machine": machine(), "quick": q, "load_start": os.getloadavg()}
    started = time.perf_counter()

    def step(name: str) -> None:
        print(f"[bench] {name} ({time.perf_counter() - started:.0f} s)", file=sys.stderr, flush=True)

    analyzer = None
    if {"inprocess", "compare", "hostile"} & set(parts):
        from borgertekst.engine import Analyzer

        analyzer = Analyzer()
    if "inprocess" in parts:
        step("in-process latency")
        results["inprocess"] = inprocess.latency(analyzer, letters_per_length=20 if q else 40, runs=2 if q else 5)
        step("where the time goes")
        results["where"] = inprocess.where_time_goes(analyzer)
        results["profile"] = inprocess.profile(analyzer, count=20 if q else 40)
        step("in-process paragraph re-check")
        results["recheck"] = inprocess.recheck(analyzer, trials=40 if q else 150, runs=1 if q else 3)
    if "memory" in parts:
        step("load time and memory")
        results["memory"] = inprocess.memory_and_load(runs=1 if q else 3)
    if "batch" in parts:
        step("batch check")
        results["batch"] = batch_mod.batch(count=200 if q else 1000, runs=1 if q else 3)
    if "compare" in parts:
        step("textlint + prh and regex comparison")
        results["compare"] = compare_mod.compare(analyzer, count=50 if q else 200, runs=1 if q else 3)
    if "hostile" in parts:
        from .hostile import hostile_timings

        step("hostile input timings")
        results["hostile"] = hostile_timings(analyzer, quick=q)
    if "startup" in parts:
        from . import startup as startup_mod

        step("start-up against the spaCy floor")
        results["startup"] = startup_mod.startup(runs=5)
    if "batch-textlint" in parts:
        step("batch against textlint + prh")
        results["batch_textlint"] = batch_mod.batch_vs_textlint(count=1100, runs=1 if q else 3)
    if "http" in parts:
        step("HTTP")
        try:
            from . import http_bench as http_mod
        except ImportError as exc:
            results["http"] = {"skipped": f"HTTP benchmark not available: {exc}"}
        else:
            results["http"] = http_mod.run_all(quick=q, soak_seconds=args.soak)
    results["elapsed_s"] = time.perf_counter() - started
    results["load_end"] = os.getloadavg()
    (HERE / "out").mkdir(exist_ok=True)
    (HERE / "out" / "results.json").write_text(json.dumps(results, indent=1, default=str))
    sections = []
    if "startup" in results:
        from . import startup as startup_mod

        sections.append(startup_mod.markdown(results["startup"]))
    if "batch_textlint" in results:
        sections.append(batch_mod.markdown_vs_textlint(results["batch_textlint"]))
    if set(parts) <= set(SPLICED) and args.out.exists():
        text = splice(args.out.read_text(encoding="utf-8"), sections)  # the other sections stay
    else:
        text = splice(render(results), sections)
    args.out.write_text(text, encoding="utf-8")
    step(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
