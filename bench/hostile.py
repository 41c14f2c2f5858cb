"""How long hostile-but-accepted inputs take: the largest accepted text, and
runs of punctuation or emoji without spaces, which spaCy's tokenizer splits
one character at a time (time grows with the square of the run length; see
explosion/spaCy#1768 and #4362)."""

from __future__ import annotations

import time

from borgertekst.document import MAX_TEXT_CHARS

from .letters import make_letters


def _time(analyzer, text: str) -> float:
    c = time.thread_time()
    analyzer.analyze(text)
    return time.thread_time() - c


def hostile_timings(analyzer, quick: bool = False) -> dict:
    runs = (1000, 2000, 4000) if quick else (1000, 2000, 4000, 8000)
    out: dict = {"runs": {}}
    for ch, label in (("!", "exclamation marks"), ("😀", "emoji"), ("a", "one letter (one long word)")):
        out["runs"][label] = {n: _time(analyzer, ch * n) for n in runs}
    size = 200_000 if quick else MAX_TEXT_CHARS
    text = "\n\n".join(make_letters(size // 2000 + 10, 400, seed=13))[:size]
    out["largest_accepted"] = {"chars": len(text), "cpu_s": _time(analyzer, text)}
    return out
