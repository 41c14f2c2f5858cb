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


def _children_cpu() -> float:
    import resource

    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


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


def batch_vs_textlint(count: int = 1100, words: int = 400, runs: int = 3) -> dict:
    """Wall time of one ``borgertekst check --format json`` call over ``count``
    letters (every CPU, the default) and with ``--jobs 1``, against one
    textlint + textlint-rule-prh call over the same files with borgertekst's
    exported word list, interleaved run by run, medians. Whole calls, start-up
    included, as a person or a script meets them."""
    import os

    from .compare import OUT as COMPARE_OUT, prh_setup, textlint, textlint_available

    folder = OUT / "batch-textlint"
    shutil.rmtree(folder, ignore_errors=True)
    paths = write_letters(folder / "letters", count, words, seed=3)
    if not textlint_available():
        print("textlint is not installed (bash bench/setup.sh); batch comparison skipped", file=sys.stderr)
        return {"skipped": "textlint is not installed (bash bench/setup.sh)"}
    COMPARE_OUT.mkdir(exist_ok=True)
    config, prh, source, dropped = prh_setup(folder)
    base = [*cli(), "check", "--format", "json"]

    def ours(extra: list[str]) -> tuple[float, float, int]:
        t, c = time.perf_counter(), _children_cpu()
        proc = subprocess.run([*base, *extra, *map(str, paths)], capture_output=True, timeout=3600)
        wall, cpu = time.perf_counter() - t, _children_cpu() - c
        if proc.returncode not in (0, 1):
            raise RuntimeError(f"check exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
        reports = json.loads(proc.stdout)
        if len(reports) != count:
            raise RuntimeError(f"expected {count} reports, got {len(reports)}")
        return wall, cpu, sum(len(r["findings"]) for r in reports)

    walls: dict[str, list[float]] = {"all_cpus": [], "one_job": [], "textlint": []}
    cpus: dict[str, list[float]] = {k: [] for k in walls}
    findings = hits = 0
    for _ in range(runs):
        wall, cpu, findings = ours([])
        walls["all_cpus"].append(wall)
        cpus["all_cpus"].append(cpu)
        wall, cpu, hits = textlint(paths, config)
        walls["textlint"].append(wall)
        cpus["textlint"].append(cpu)
        wall, cpu, _ = ours(["--jobs", "1"])
        walls["one_job"].append(wall)
        cpus["one_job"].append(cpu)
    med = {k: statistics.median(v) for k, v in walls.items()}
    med_cpu = {k: statistics.median(v) for k, v in cpus.items()}
    return {
        "letters": count, "words": words, "runs": runs, "cpus": os.cpu_count(), "load": os.getloadavg(),
        "prh_source": source, "patterns_dropped_not_js": dropped,
        "wall_s": med, "cpu_s": med_cpu, "walls": walls, "findings": findings, "textlint_messages": hits,
        "ratio_all_cpus_vs_textlint": med["all_cpus"] / med["textlint"],
        "ratio_one_job_vs_textlint": med["one_job"] / med["textlint"],
        "speedup_all_cpus": med["one_job"] / med["all_cpus"],
        "where": slowest_rules(),
    }


def slowest_rules(count: int = 20, words: int = 400, top: int = 4) -> dict:
    """In-process CPU time per letter of the whole analysis and of its slowest
    rules (``time.thread_time`` around each matcher's ``find``), on a loaded
    analyzer after warm-up: what the batch figures above are made of."""
    from collections import defaultdict

    from borgertekst.engine import Analyzer

    from .letters import make_letters

    analyzer = Analyzer()
    letters = make_letters(count, words, seed=9)
    for text in letters[:3]:
        analyzer.analyze(text)
    spent: dict[str, float] = defaultdict(float)
    originals = []
    for rule, matcher in analyzer.matchers:
        find = matcher.find

        def timed_find(analysis, find=find, rule_id=rule.id):
            c = time.thread_time()
            hits = list(find(analysis))
            spent[rule_id] += time.thread_time() - c
            return hits

        originals.append((matcher, find))
        matcher.find = timed_find
    c = time.thread_time()
    for text in letters:
        analyzer.analyze(text)
    total = (time.thread_time() - c) / count
    for matcher, find in originals:
        matcher.find = find
    ranked = sorted(spent.items(), key=lambda kv: -kv[1])[:top]
    return {"letters": count, "cpu_ms_per_letter": total * 1000,
            "slowest": [(rule_id, t / count * 1000) for rule_id, t in ranked]}


def markdown_vs_textlint(b: dict) -> list[str]:
    title = "## Batch: many letters in one call, against textlint + prh"
    if "skipped" in b:
        return [title, "", f"Not measured: {b['skipped']}.", ""]
    w, c = b["wall_s"], b.get("cpu_s", {})
    c = {k: c.get(k, float("nan")) for k in w}
    verdict = "met" if b["ratio_all_cpus_vs_textlint"] <= 1.0 else "**missed**"
    return [
        title, "",
        f"{b['letters']:,} generated letters of {b['words']} words (`bench/batch.py`), one call of each tool over "
        f"all of them, start-up included, interleaved run by run, median of {b['runs']}. textlint runs "
        f"textlint-rule-prh with borgertekst's own word list ({b['prh_source']}; "
        f"{b['patterns_dropped_not_js']} patterns dropped because JavaScript cannot compile them); "
        "borgertekst runs the full analysis. The machine is shared: load average "
        f"{'/'.join(f'{v:.1f}' for v in b['load'])} at the end, {b['cpus']} CPUs.", "",
        "| call | wall s | letters/s | CPU s (all processes) | CPU ms per letter |", "|---|---|---|---|---|",
        *(f"| {label} | {w[k]:.1f} | {b['letters'] / w[k]:.0f} | {c[k]:.1f} | {c[k] / b['letters'] * 1000:.1f} |"
          for k, label in (("all_cpus", "`borgertekst check --format json` (every CPU, the default)"),
                           ("one_job", "`borgertekst check --format json --jobs 1`"),
                           ("textlint", "`textlint` + prh, the exported word list"))),
        "",
        f"- borgertekst (every CPU) / textlint + prh: **{b['ratio_all_cpus_vs_textlint']:.2f}×** "
        f"(target ≤ 1.0: {verdict}); with `--jobs 1`: {b['ratio_one_job_vs_textlint']:.2f}×;",
        f"- wall time with every CPU against `--jobs 1`: {b['speedup_all_cpus']:.2f}× as fast; borgertekst {b['findings']} findings, "
        f"textlint {b['textlint_messages']} messages (word lists only);",
        f"- CPU time, which the load disturbs least: borgertekst {c['all_cpus']:.1f} s in all its processes, "
        f"textlint {c['textlint']:.1f} s ({c['all_cpus'] / c['textlint']:.2f}×). Spread over {b['cpus']} CPUs, "
        f"that is about {c['all_cpus'] / b['cpus']:.1f} s of wall time against textlint's {c['textlint']:.1f} s "
        "on an otherwise idle machine (an estimate from the CPU times, not a measurement).", "",
        "Worker processes are forked after the parent has loaded the analyzer, so they share it; "
        "results come back in input order as they are ready (`borgertekst/cli/parallel.py`). When other "
        "work keeps the CPUs busy, a second worker gains little wall time; on an idle machine it is the "
        "speed-up above.", "",
        *_made_of(b.get("where")),
    ]


def _made_of(where: dict | None) -> list[str]:
    if not where:
        return []
    rules = ", ".join(f"`{rule}` {ms:.1f} ms" for rule, ms in where["slowest"])
    return [f"What a letter costs (in-process, {where['letters']} letters of 400 words, after warm-up): "
            f"{where['cpu_ms_per_letter']:.1f} ms CPU; the slowest rules: {rules}.", ""]
