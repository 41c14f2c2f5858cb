"""Batch: ``borgertekst check --format json`` over 1,000 letters in one call."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .letters import write_letters

OUT = Path(__file__).resolve().parent / "out"


def cli() -> list[str]:
    exe = Path(sys.executable).with_name("borgertekst")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "borgertekst"]


def batch(count: int = 1000, words: int = 400, runs: int = 3) -> dict:
    folder = OUT / "batch"
    shutil.rmtree(folder, ignore_errors=True)
    paths = write_letters(folder, count, words, seed=3)
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run([*cli(), "check", "--format", "json", *map(str, paths)],
                              capture_output=True, timeout=1800)
        walls.append(time.perf_counter() - t)
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"check exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
        reports = json.loads(proc.stdout)
        if len(reports) != count:
            raise RuntimeError(f"expected {count} reports, got {len(reports)}")
    # one-letter call: start-up + model load, to separate it from the per-letter cost
    starts = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run([*cli(), "check", "--format", "json", str(paths[0])], capture_output=True, timeout=600)
        starts.append(time.perf_counter() - t)
    wall, start = statistics.median(walls), statistics.median(starts)
    findings = sum(len(r["findings"]) for r in reports)
    return {
        "letters": count, "words": words, "runs": runs,
        "wall_s": wall, "startup_s": start,
        "letters_per_s": count / wall,
        "letters_per_s_after_startup": (count - 1) / max(wall - start, 1e-9),
        "findings": findings,
    }
