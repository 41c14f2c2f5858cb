"""Render benchmark results as bench/RESULTS.md."""

from __future__ import annotations

TARGETS = {
    "inprocess_400_p50_ms": 15.0,
    "recheck_p95_ms": 20.0,
    "c16_p99_ms": 250.0,
    "memory_mb": 400.0,
}


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f}"


def _load(values) -> str:
    return "/".join(f"{v:.1f}" for v in values) if values else "?"


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "**missed**"


def render(r: dict) -> str:
    m = r["machine"]
    out = [
        "# Benchmark results",
        "",
        f"Run: {m['date']} with `python -m bench{' --quick' if r.get('quick') else ''}` "
        f"({r.get('elapsed_s', 0):.0f} s in all).",
        f"Machine: {m['cpu']}, {m['cpus']} CPUs, {m['memory_gb']} GB RAM, Python {m['python']}, {m['platform']}.",
        "",
        f"Load average (1/5/15 min) at start {_load(r.get('load_start'))}, at end {_load(r.get('load_end'))}: "
        "the machine is shared, so wall-clock times include waiting for a CPU; the CPU-time "
        "columns (`time.thread_time`) show the work itself.",
        "",
        "Letters are generated Danish municipal letters (`bench/letters.py`, sentence pools in "
        "`bench/sentences.txt`, fixed seeds). Figures are medians over repeated runs; ratios are "
        "measured in the same run. Raw numbers: `bench/out/results.json` (not committed).",
        "",
    ]
    targets: list[tuple[str, str, str, str]] = []

    if "inprocess" in r:
        ip = r["inprocess"]
        out += ["## In-process analysis time per letter", "",
                "`Analyzer.analyze(text)` on a loaded analyzer, after warm-up.", "",
                "| letter | words (mean) | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | letters × runs |",
                "|---|---|---|---|---|---|---|"]
        for words in (100, 400, 1600):
            if words in ip or str(words) in ip:
                row = ip.get(words) or ip[str(words)]
                out.append(f"| {words} words | {row['words_mean']:.0f} | {_ms(row['p50'])} | {_ms(row['p95'])} "
                           f"| {_ms(row['cpu_p50'])} | {_ms(row['cpu_p95'])} | {row['letters']} × {row['runs']} |")
        if "growth_exponent" in ip:
            out += ["", f"Growth with length: time ∝ words^{ip['growth_exponent']:.2f} "
                        "(1.0 is linear) between 100 and 1,600 words."]
        row = ip.get(400) or ip.get("400")
        if row:
            targets.append(("400-word letter p50 in-process", "≤ 15 ms", f"{_ms(row['p50'])} ms",
                            _verdict(row["p50"] * 1000, TARGETS["inprocess_400_p50_ms"])))
        out.append("")

    if "where" in r:
        w = r["where"]
        out += ["## Where the time goes", "",
                f"CPU time per {w['words']}-word letter ({w['letters']} letters; `time.thread_time` around each "
                f"part): total {_ms(w['total_s'])} ms = language pipeline (spaCy tokenizer + own components) "
                f"{_ms(w['pipeline_s'])} ms + rules {_ms(w['rules_s'])} ms + letter-type detection "
                f"{_ms(w.get('detection_s', 0.0))} ms + the rest of `analyze` (findings, "
                f"dedupe, offsets, metrics) {_ms(w['rest_s'])} ms."
                + (f" These are warm figures (the least disturbed of three rounds); the first analysis of the "
                   f"same letters in the process took {_ms(w['first_pass_s'])} ms per letter (patterns compiled "
                   "on first need, word caches filled: once per process)." if "first_pass_s" in w else ""), "",
                "| rule type | ms per letter |", "|---|---|"]
        out += [f"| {k} | {_ms(v)} |" for k, v in w["by_type"].items()]
        out += ["", "| slowest rules | ms per letter |", "|---|---|"]
        out += [f"| `{k}` | {_ms(v)} |" for k, v in w["top_rules"].items()]
        scanned = w.get("phrase_entries_scanned")
        prefilter = (f"; on average {scanned:.1f} of them are scanned per letter" if scanned is not None else "")
        out += ["", f"The `phrases` rules hold {w['phrase_entries']} regular expressions. Before any scan, the "
                    "words each expression requires (derived from the expression, `borgertekst/matchers/literals.py`) "
                    "are looked up in the letter's word set, and only the entries that can match are scanned"
                    f"{prefilter}. Checks that walk the spaCy tokens in Python "
                    "(passive, LIX counts, nominal style) pay for creating a `Token` object per access.", ""]

    p = r.get("profile")
    if p and "skipped" in p:
        out += [f"Profile: {p['skipped']}.", ""]
    elif p:
        out += [f"Sampling profile (pyinstrument, {p['letters']} letters of {p['words']} words, three passes): "
                "where the samples land, i.e. time in the function itself rather than in what it calls.", "",
                "| function | share of samples |", "|---|---|"]
        out += [f"| `{row['function']}` | {row['share'] * 100:.1f} % |" for row in p["rows"]]
        out.append("")

    if "recheck" in r:
        rc = r["recheck"]
        out += ["## Re-check after a one-paragraph edit (server-side, no HTTP)", "",
                f"The API's `ParagraphChecker` called directly: a {rc['words']}-word (2-page) letter in "
                f"{rc['paragraphs']} paragraphs, checked once, then {rc['trials']} re-checks each with one "
                f"paragraph edited (one cache miss, the rest from the cache), median of {rc['runs']} runs:", "",
                f"- wall p50 {_ms(rc['p50'])} ms, p95 {_ms(rc['p95'])} ms; CPU p50 {_ms(rc['cpu_p50'])} ms, "
                f"p95 {_ms(rc['cpu_p95'])} ms.", ""]
        targets.append(("re-check after one-paragraph edit p95 (server-side)", "≤ 20 ms",
                        f"{_ms(rc['p95'])} ms (CPU {_ms(rc['cpu_p95'])} ms)", _verdict(rc["p95"] * 1000, 20.0)))

    if "memory" in r:
        mm = r["memory"]
        out += ["## Model load time and memory", "",
                f"Fresh process, median of {mm['runs']}:", "",
                f"- import `borgertekst.engine`: {mm['import_s']:.2f} s; `Analyzer()` (spaCy pipeline, "
                f"lexicons, rules): {mm['load_s']:.2f} s; cold start total {mm['import_s'] + mm['load_s']:.2f} s.",
                f"- resident memory after load: {mm['rss_loaded_mb']:.0f} MB; after 30 × 1,600-word letters: "
                f"{mm['rss_after_1600x30_mb']:.0f} MB; peak (VmHWM, the process's own high-water mark): {mm['maxrss_mb']:.0f} MB.",
                f"- Python allocation peak (tracemalloc) while analysing one 1,600-word letter: "
                f"{mm['tracemalloc_peak_1600_mb']:.2f} MB (spaCy's C allocations are not traced; "
                "the RSS figures include them).", ""]
        targets.append(("peak memory (engine process)", "≤ 400 MB", f"{mm['maxrss_mb']:.0f} MB",
                        _verdict(mm["maxrss_mb"], TARGETS["memory_mb"])))

    if "batch" in r:
        b = r["batch"]
        out += ["## Batch: `borgertekst check --format json` over many letters in one call", "",
                f"{b['letters']} letters of {b['words']} words, median of {b['runs']} runs:", "",
                f"- wall time {b['wall_s']:.1f} s → **{b['letters_per_s']:.0f} letters/s** including start-up;",
                f"- start-up with one letter {b['startup_s']:.1f} s → {b['letters_per_s_after_startup']:.0f} "
                "letters/s after start-up;",
                f"- {b['findings']} findings in all.", ""]

    if "compare" in r:
        c = r["compare"]
        labels = {"borgertekst_full": "borgertekst, all rules",
                  "borgertekst_lists": "borgertekst, only the word-list/phrase rules",
                  "textlint_prh": "textlint + textlint-rule-prh", "regex": "regex scan (floor)"}
        out += ["## Side by side: borgertekst, textlint + prh, plain regex", "",
                f"{c['letters']} letters of {c['words']} words, median of {c['runs']} runs. Word lists: the "
                f"`wordlist` and `phrases` rules as prh YAML ({c['prh_source']}; {c['patterns']} patterns, "
                f"{c['patterns_dropped_not_js']} dropped because JavaScript cannot compile them). "
                "The regex floor scans the letter once per pattern (Python `regex`), like a short script would. "
                "CPU time is `time.thread_time` in this process and the node process's user+system time "
                "for textlint; the ratios use CPU time, which the shared machine disturbs least.", "",
                "| tool | CPU ms per letter | wall ms per letter | findings |", "|---|---|---|---|"]
        for key, label in labels.items():
            if key in c["cpu_per_letter_s"]:
                out.append(f"| {label} | {c['cpu_per_letter_s'][key] * 1000:.2f} | "
                           f"{c['wall_per_letter_s'][key] * 1000:.2f} | {c['hits'][key]} |")
        if "textlint_startup_s" in c:
            out += ["", f"textlint's per-letter figures leave out its start-up ({c['textlint_startup_s']:.2f} s wall, "
                        f"{c['textlint_startup_cpu_s']:.2f} s CPU per call, which loads the {c['patterns']} "
                        "patterns); a one-letter call is subtracted from the all-letters call."]
        out += ["", "Ratios of CPU time per letter (same run):", ""]
        out += [f"- {k}: {v:.2f}×" for k, v in c["ratios_cpu"].items()]
        out += ["", "prh and the regex floor use the same patterns, so their counts should agree. borgertekst's "
                    "word-list rules match lemmas, so they also find inflected forms (\"bevillingen\") and "
                    "apply `unless` exceptions; the full analysis adds sentence splitting, LIX, passive, "
                    "structure and spelling, which neither tool does.", ""]

    if "hostile" in r:
        hz = r["hostile"]
        sizes = list(next(iter(hz["runs"].values())).keys())
        out += ["## Hostile but accepted input (CPU time of one analysis)", "",
                "| text | " + " | ".join(f"{int(n):,} chars" for n in sizes) + " |",
                "|---|" + "---|" * len(sizes)]
        for label, row in hz["runs"].items():
            out.append(f"| {label} | " + " | ".join(f"{row[n]:.2f} s" for n in sizes) + " |")
        la = hz["largest_accepted"]
        out += ["", f"Largest accepted text (generated letters, {la['chars']:,} characters): {la['cpu_s']:.1f} s.",
                "Runs of punctuation or emoji without spaces grow with the square of their length in spaCy's "
                "tokenizer (explosion/spaCy#1768, #4362), so a short request can hold a worker for a long time; "
                "the texts above the size limit are refused before analysis.", ""]

    if "http" in r:
        h = r["http"]
        out += ["## HTTP", ""]
        if "skipped" in h:
            out += [h["skipped"], ""]
        else:
            out += h.get("lines", [])
            out.append("")
            ip = r.get("inprocess", {})
            row = ip.get(400) or ip.get("400")
            if row and "analyze_c16" in h:
                queue = 16 * row["cpu_p50"]
                out += [f"At concurrency 16, one server process analyses one letter at a time (the analysis is "
                        f"Python and holds the GIL): 16 × {_ms(row['cpu_p50'])} ms CPU per 400-word letter ≈ "
                        f"{_ms(queue)} ms of queueing, against a measured p50 of {_ms(h['analyze_c16']['p50'])} ms. "
                        "Worker processes (`serve --workers N`, one per CPU) divide the queue by the number of "
                        "CPUs; the HTTP client and the server share this machine's CPUs during the run.", ""]
            targets += [tuple(t) for t in h.get("targets", [])]


    if targets:
        out += ["## Targets", "", "| target | limit | measured | |", "|---|---|---|---|"]
        out += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in targets]
        out.append("")
    return "\n".join(out)
