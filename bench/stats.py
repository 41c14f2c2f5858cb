"""Percentiles and medians for benchmark samples (times in seconds)."""

from __future__ import annotations

import statistics


def percentile(samples: list[float], q: float) -> float:
    """Linear-interpolated percentile, ``q`` in 0..100."""
    if not samples:
        raise ValueError("no samples")
    data = sorted(samples)
    if len(data) == 1:
        return data[0]
    pos = (len(data) - 1) * q / 100
    lo = int(pos)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (pos - lo)


def summary(samples: list[float]) -> dict[str, float]:
    return {
        "n": len(samples),
        "p50": percentile(samples, 50),
        "p95": percentile(samples, 95),
        "p99": percentile(samples, 99),
        "max": max(samples),
    }


def median_of(runs: list[dict[str, float]], key: str) -> float:
    """Median over repeated runs of one statistic."""
    return statistics.median(r[key] for r in runs)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"
