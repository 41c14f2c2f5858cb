"""Run in a fresh process: import and model-load time, resident memory after
loading and after analysing long letters, and the Python allocation peak
(tracemalloc) of one 1,600-word analysis. Prints one JSON object."""

from __future__ import annotations

import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def rss_mb() -> float:
    """Current resident set size from /proc (Linux)."""
    with open("/proc/self/statm") as f:
        pages = int(f.read().split()[1])
    return pages * resource.getpagesize() / 1e6


def peak_rss_mb() -> float:
    """Peak resident set size of this process (VmHWM from /proc, Linux)."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def main() -> None:
    t0 = time.perf_counter()
    from borgertekst.engine import Analyzer

    t1 = time.perf_counter()
    analyzer = Analyzer()
    t2 = time.perf_counter()
    rss_loaded = rss_mb()
    from bench.letters import make_letters

    letters = make_letters(30, 1600, seed=11)
    for text in letters:
        analyzer.analyze(text)
    rss_after = rss_mb()
    tracemalloc.start()
    analyzer.analyze(letters[0])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # VmHWM is this program's own high-water mark; ru_maxrss is not: Linux carries the
    # parent's peak across fork and exec, so a big bench process would show up here.
    maxrss_mb = peak_rss_mb()
    json.dump({
        "import_s": t1 - t0,
        "load_s": t2 - t1,
        "rss_loaded_mb": rss_loaded,
        "rss_after_1600x30_mb": rss_after,
        "maxrss_mb": maxrss_mb,
        "tracemalloc_peak_1600_mb": peak / 1e6,
    }, sys.stdout)




def growth(requests: int = 600, fresh_words: int = 200) -> dict:
    """What grows in a server process that analyses small letters full of made-up words
    (what stays in the worker; bigger letters go to a child process): resident memory,
    spaCy's string store and vocabulary, and the sizes of the caches."""
    import gc

    from bench.http_bench import big_text
    from borgertekst.document import Document
    from borgertekst.engine import Analyzer

    analyzer = Analyzer()
    nlp = analyzer.nlp

    def state() -> dict:
        gc.collect()
        caches = {}
        for module in list(sys.modules.values()):
            name = getattr(module, "__name__", "")
            if not name.startswith("borgertekst"):
                continue
            for attr, value in list(vars(module).items()):
                info = getattr(value, "cache_info", None)
                if callable(info):
                    caches[f"{name}.{attr}"] = info().currsize
        return {"rss_mb": round(rss_mb(), 1), "strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab),
                "caches": {k: v for k, v in caches.items() if v}}

    before = state()
    for i in range(requests):
        analyzer.analyze(Document.from_text(big_text(3000, seed=i, fresh_words=fresh_words)))
        if i == requests // 5:
            warm = state()
    return {"requests": requests, "fresh_words_each": fresh_words, "start": before, "after_warmup": warm,
            "end": state()}


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "growth":  # python bench/probe_memory.py growth [REQUESTS]
        json.dump(growth(int(sys.argv[2]) if len(sys.argv) > 2 else 600), sys.stdout, indent=1)
    else:
        main()
