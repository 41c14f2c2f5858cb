"""In-process analysis time per letter length, growth with length, model load
time and memory."""

from __future__ import annotations

import json
import math
import statistics
import subprocess
import sys
import time
from pathlib import Path

from .letters import make_letters
from .stats import median_of, summary

LENGTHS = (100, 400, 1600)
HERE = Path(__file__).resolve().parent


def latency(analyzer, lengths=LENGTHS, letters_per_length: int = 40, runs: int = 5) -> dict:
    """p50/p95 of ``analyze`` per letter, per run; medians over ``runs``."""
    out: dict[int, dict] = {}
    for words in lengths:
        letters = make_letters(letters_per_length, words)
        for text in letters[:5]:  # warm caches (lexeme tables, regex caches)
            analyzer.analyze(text)
        per_run = []
        for _ in range(runs):
            samples = []
            for text in letters:
                t = time.perf_counter()
                analyzer.analyze(text)
                samples.append(time.perf_counter() - t)
            per_run.append(summary(samples))
        out[words] = {
            "p50": median_of(per_run, "p50"),
            "p95": median_of(per_run, "p95"),
            "words_mean": statistics.mean(len(t.split()) for t in letters),
            "letters": letters_per_length,
            "runs": runs,
        }
    if 100 in out and 1600 in out:
        # t ∝ words^k: k = 1 is linear growth
        out["growth_exponent"] = math.log(out[1600]["p50"] / out[100]["p50"]) / math.log(
            out[1600]["words_mean"] / out[100]["words_mean"])
    return out


def memory_and_load(runs: int = 3) -> dict:
    """Fresh processes, so load time is a cold start of the engine."""
    results = []
    for _ in range(runs):
        proc = subprocess.run([sys.executable, str(HERE / "probe_memory.py")], capture_output=True,
                              text=True, check=True, timeout=600)
        results.append(json.loads(proc.stdout))
    return {key: statistics.median(r[key] for r in results) for key in results[0]} | {"runs": runs}
