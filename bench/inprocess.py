"""In-process analysis time per letter length, growth with length, model load
time and memory."""

from __future__ import annotations

import gc
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
        # as a server worker does after start-up (api/app.py): the loaded analyzer frozen out of
        # the cyclic collector's reach, so a full collection does not scan it mid-measurement
        gc.freeze()
        per_run, cpu_runs = [], []
        for _ in range(runs):
            samples, cpu = [], []
            for text in letters:
                t, c = time.perf_counter(), time.thread_time()
                analyzer.analyze(text)
                samples.append(time.perf_counter() - t)
                cpu.append(time.thread_time() - c)
            per_run.append(summary(samples))
            cpu_runs.append(summary(cpu))
        out[words] = {
            "p50": median_of(per_run, "p50"),
            "p95": median_of(per_run, "p95"),
            "cpu_p50": median_of(cpu_runs, "p50"),
            "cpu_p95": median_of(cpu_runs, "p95"),
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


def recheck(analyzer, trials: int = 150, runs: int = 3) -> dict:
    """Server-side cost of a re-check after a one-paragraph edit: the API's
    ParagraphChecker called directly (no HTTP), 2-page letter, other paragraphs cached."""
    import msgspec

    from borgertekst.api.paragraphs import ParagraphChecker
    from borgertekst.api.schemas import ParagraphsRequest

    from .http_bench import edited_requests

    base, bodies = edited_requests(trials)
    checker = ParagraphChecker()
    first = msgspec.convert(base, ParagraphsRequest)
    for _ in range(3):
        checker.check(analyzer, first)
    wall_runs, cpu_runs = [], []
    for run in range(runs):
        reqs = [msgspec.convert(b, ParagraphsRequest) for b in bodies]
        if run:
            checker = ParagraphChecker()  # edits must miss the cache again
            checker.check(analyzer, first)
        wall, cpu = [], []
        for req in reqs:
            t, c = time.perf_counter(), time.thread_time()
            report = checker.check(analyzer, req)
            wall.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)
            assert report.cache.misses == 1, report.cache
        wall_runs.append(summary(wall))
        cpu_runs.append(summary(cpu))
    return {"words": len(" ".join(p["text"] for p in base["paragraphs"]).split()),
            "paragraphs": len(base["paragraphs"]), "trials": trials, "runs": runs,
            "p50": median_of(wall_runs, "p50"), "p95": median_of(wall_runs, "p95"),
            "cpu_p50": median_of(cpu_runs, "p50"), "cpu_p95": median_of(cpu_runs, "p95")}


def where_time_goes(analyzer, words: int = 400, count: int = 40) -> dict:
    """CPU time per 400-word letter split into the language pipeline, each rule
    (its matcher's ``find``), the letter-type detection and the rest of ``analyze``
    (findings, metrics, offsets). Rules run as ``Analyzer.run`` runs them (``severity_for``
    with the letter's detection, so a possible decision's checks count too).
    Measured with ``time.thread_time`` outside the profiler, on warm caches; ``first_pass_s``
    is the first analysis of the same letters in this process (one-off compiles included)."""
    from collections import defaultdict

    from borgertekst.engine import Analysis
    from borgertekst.matchers.phrases import PhrasesMatcher
    from borgertekst.document import Document
    from borgertekst.lettertype import severity_for
    from borgertekst.matchers.literals import text_index

    for text in make_letters(3, words, seed=10):  # loads what the first letter loads (Hunspell, …)
        analyzer.analyze(text)
    letters = make_letters(count, words, seed=9)
    # The first pass over new letters pays one-off costs: patterns compiled on first need
    # (``LazyPattern``, the phrases scans: about a millisecond each) and word caches filled
    # (Hunspell, morphology, lemmas). It is reported on its own; the split is timed on warm caches.
    c = time.thread_time()
    for text in letters:
        analyzer.analyze(text)
    first_pass = (time.thread_time() - c) / count
    rounds = []
    for _ in range(3):  # the least disturbed of three rounds (a shared machine)
        # each letter: the whole ``analyze``, then its parts, so both see the same load
        total = pipeline = detecting = 0.0
        per_rule: dict[str, float] = defaultdict(float)
        per_type: dict[str, float] = defaultdict(float)
        scanned = 0  # phrases entries that pass the prefilter
        for text in letters:
            c = time.thread_time()
            analyzer.analyze(text)
            total += time.thread_time() - c
            document = Document.from_text(text)
            # the letter's word index (``text_index``, kept for the last texts) is built once per analysis
            # by its first reader (the detection, the phrases prefilter): here too, not taken from ``analyze``
            text_index.cache_clear()
            c = time.thread_time()
            doc = analyzer.nlp(document.text)
            pipeline += time.thread_time() - c
            c = time.thread_time()
            detection = analyzer.detector.detection(document.text)
            detecting += time.thread_time() - c
            analysis = Analysis(document, doc, analyzer.nlp, detection.type)
            analysis.detection, analysis.type_given = detection, False
            scanned += sum(analysis.text_index.may_match(needles) for _, m in analyzer.matchers
                           if isinstance(m, PhrasesMatcher) for _, needles, _, _ in m.entries)
            for rule, matcher in analyzer.matchers:
                if severity_for(rule, analysis) is None:  # not for this letter type
                    continue
                c = time.thread_time()
                for _ in matcher.find(analysis):
                    pass
                spent = time.thread_time() - c
                per_rule[rule.id] += spent
                per_type[type(rule).__struct_config__.tag] += spent
        rules = sum(per_rule.values())
        rounds.append((total + pipeline + detecting + rules, total / count, pipeline / count, detecting / count,
                       rules / count, per_rule, per_type, scanned))
    _, total, pipeline, detecting, rules, per_rule, per_type, scanned = min(rounds, key=lambda r: r[0])
    return {
        "words": words, "letters": count, "total_s": total, "pipeline_s": pipeline,
        "rules_s": rules, "detection_s": detecting, "rest_s": max(total - pipeline - rules - detecting, 0.0),
        "first_pass_s": first_pass,
        "by_type": {k: v / count for k, v in sorted(per_type.items(), key=lambda kv: -kv[1])},
        "top_rules": {k: v / count for k, v in sorted(per_rule.items(), key=lambda kv: -kv[1])[:10]},
        "all_rules": {k: v / count for k, v in sorted(per_rule.items(), key=lambda kv: -kv[1])},
        "phrase_entries": sum(len(r.entries) for r, _ in analyzer.matchers
                              if type(r).__struct_config__.tag == "phrases"),
        "phrase_entries_scanned": scanned / count,
    }


def profile(analyzer, words: int = 400, count: int = 40, top: int = 12) -> dict:
    """A sampling profile (pyinstrument) of analysing ``count`` letters: the
    functions where the samples land (time spent in the function itself, not
    in what it calls), as shares of all samples. Skipped without pyinstrument
    (``bash bench/setup.sh`` installs it)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return {"skipped": "pyinstrument is not installed (bash bench/setup.sh)"}
    from collections import defaultdict

    letters = make_letters(count, words, seed=11)
    for text in letters[:3]:
        analyzer.analyze(text)
    profiler = Profiler(interval=0.0002)
    profiler.start()
    for _ in range(3):  # more samples
        for text in letters:
            analyzer.analyze(text)
    profiler.stop()
    own: dict[str, float] = defaultdict(float)
    root = profiler.last_session.root_frame()
    stack = list(root.children) if root is not None else []  # the thread's own frame holds no code
    while stack:
        frame = stack.pop()
        if frame is None:
            continue
        stack.extend(frame.children)
        if frame.is_synthetic:  # pyinstrument's "[self]" leaves; their time is in total_self_time
            continue
        own[_where((frame.file_path or "~", frame.line_no, frame.function))] += frame.total_self_time
    total = sum(own.values()) or 1.0
    rows = sorted(own.items(), key=lambda kv: -kv[1])[:top]
    return {"letters": count, "words": words, "rows": [{"function": k, "share": v / total} for k, v in rows]}


def _where(key: tuple) -> str:
    file, line, name = key
    if file == "~" or file.startswith("<"):
        return name  # a built-in such as <method 'finditer' of '_regex.Pattern' objects>
    parts = Path(file).parts
    for anchor in ("borgertekst", "spacy", "regex", "bench"):
        if anchor in parts:
            i = len(parts) - 1 - parts[::-1].index(anchor)
            return f"{'/'.join(parts[i:])}:{line} {name}"
    return f"{Path(file).name}:{line} {name}"
