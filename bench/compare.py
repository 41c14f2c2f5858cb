"""Side by side on the same letters and the same word lists: borgertekst,
textlint with textlint-rule-prh (what a user would pick instead) and a plain
regular-expression scan (the floor).

The word lists are the ``wordlist`` and ``phrases`` rules, as prh YAML. The
YAML comes from ``borgertekst rules export --format prh`` when that command
exists; otherwise it is generated here from the same rules. The regex floor is
built from that same YAML, so all three tools look for the same things.
"""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import regex
import yaml

from .batch import cli
from .letters import make_letters, write_letters

HERE = Path(__file__).resolve().parent
NODE = HERE / "node"
OUT = HERE / "out"
# letters in JavaScript (with the u flag prh adds) and in the regex module
_BEFORE, _AFTER = r"(?<![\p{L}\p{N}_§])", r"(?![\p{L}\p{N}_])"


def export_prh() -> tuple[str, str]:
    """(yaml text, where it came from)."""
    try:
        proc = subprocess.run([*cli(), "rules", "export", "--format", "prh"], capture_output=True, text=True,
                              timeout=120)
        if proc.returncode == 0 and "rules" in proc.stdout:
            return proc.stdout, "borgertekst rules export --format prh"
    except (OSError, subprocess.TimeoutExpired):
        pass
    return generate_prh(), "generated in bench/compare.py from the wordlist and phrases rules"


def generate_prh() -> str:
    from borgertekst.rulebook import load_ruleset
    from borgertekst.rulebook.schema import Phrases, WordList

    rules = []
    for rule in load_ruleset().enabled():
        if isinstance(rule, WordList):
            for e in rule.entries:
                body = r"\s+".join(re.escape(w) for w in e.term.split())
                expected = (e.replace or rule.suggestions or [f"[forklar: {e.term}]"])[0]
                rules.append({"expected": expected, "pattern": f"/{_BEFORE}(?:{body}){_AFTER}/i"})
        elif isinstance(rule, Phrases):
            for e in rule.entries:
                expected = (e.replace or rule.suggestions or ["[omformulér]"])[0]
                flags = "" if rule.case_sensitive else "i"
                rules.append({"expected": expected, "pattern": f"/{_BEFORE}(?:{e.pattern}){_AFTER}/{flags}"})
    return yaml.safe_dump({"version": 1, "rules": rules}, allow_unicode=True, sort_keys=False)


def _patterns(prh: str) -> list[tuple[str, str]]:
    """(source, flags) of every pattern in a prh YAML text."""
    out = []
    for rule in yaml.safe_load(prh).get("rules", []):
        pats = rule.get("patterns") or rule.get("pattern") or rule.get("expected")
        for p in pats if isinstance(pats, list) else [pats]:
            m = re.fullmatch(r"/(.*)/([gimy]*)", p, re.S)
            out.append((m.group(1), m.group(2)) if m else (re.escape(p), ""))
    return out


def keep_js_valid(prh: str) -> tuple[str, int]:
    """Drop patterns JavaScript cannot compile (Python-only syntax); both
    prh and the regex floor then use what is left. Returns (yaml, dropped)."""
    data = yaml.safe_load(prh)
    pats = [p for p, _ in _patterns(prh)]
    script = ("const ps=JSON.parse(require('fs').readFileSync(0,'utf8'));"
              "console.log(JSON.stringify(ps.map(p=>{try{new RegExp(p,'gmui');return true}catch(e){return false}})))")
    ok = json.loads(subprocess.run(["node", "-e", script], input=json.dumps(pats), capture_output=True,
                                   text=True, check=True).stdout)
    if all(ok):
        return prh, 0
    # only single-pattern rules are generated here; exported multi-pattern rules go whole or not at all
    kept, i = [], 0
    for rule in data["rules"]:
        pats_r = rule.get("patterns") or rule.get("pattern") or rule.get("expected")
        n = len(pats_r) if isinstance(pats_r, list) else 1
        if all(ok[i:i + n]):
            kept.append(rule)
        i += n
    dropped = len(data["rules"]) - len(kept)
    data["rules"] = kept
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False), dropped


def regex_floor(prh: str) -> regex.Pattern:
    """One alternation of every pattern; case-insensitive where prh is."""
    parts = []
    for src, flags in _patterns(prh):
        parts.append(f"(?i:{src})" if "i" in flags else f"(?:{src})")
    return regex.compile("|".join(parts), regex.VERSION1)


def _textlint(files: list[Path], config: Path) -> tuple[float, int]:
    cmd = [str(NODE / "node_modules" / ".bin" / "textlint"), "--config", str(config),
           "--rules-base-directory", str(NODE / "node_modules"), "-f", "json", *map(str, files)]
    t = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - t
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"textlint exited {proc.returncode}: {proc.stderr[-500:]}")
    hits = sum(len(f["messages"]) for f in json.loads(proc.stdout))
    return wall, hits


def textlint_available() -> bool:
    return (NODE / "node_modules" / ".bin" / "textlint").exists()


def compare(analyzer, count: int = 200, words: int = 400, runs: int = 3) -> dict:
    folder = OUT / "compare"
    shutil.rmtree(folder, ignore_errors=True)
    paths = write_letters(folder, count, words, seed=5)
    letters = make_letters(count, words, seed=5)
    prh, source = export_prh()
    prh, dropped = keep_js_valid(prh)
    (folder / "prh.yml").write_text(prh, encoding="utf-8")
    config = folder / "textlintrc.json"
    config.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(folder / "prh.yml")]}}}))
    n_patterns = len(_patterns(prh))
    floor = regex_floor(prh)

    from borgertekst.rulebook.schema import Phrases, WordList

    lists_only = type(analyzer).__new__(type(analyzer))
    lists_only.__dict__.update(analyzer.__dict__)
    lists_only.matchers = [(r, m) for r, m in analyzer.matchers if isinstance(r, (WordList, Phrases))]

    result: dict = {"letters": count, "words": words, "runs": runs, "prh_source": source,
                    "patterns": n_patterns, "patterns_dropped_not_js": dropped}
    full, lists, rx = [], [], []
    for _ in range(runs):
        t = time.perf_counter()
        full_hits = sum(len(analyzer.analyze(s).findings) for s in letters)
        full.append((time.perf_counter() - t) / count)
        t = time.perf_counter()
        list_hits = sum(len(lists_only.analyze(s).findings) for s in letters)
        lists.append((time.perf_counter() - t) / count)
        t = time.perf_counter()
        rx_hits = sum(1 for s in letters for _ in floor.finditer(s))
        rx.append((time.perf_counter() - t) / count)
    result["borgertekst_full_per_letter_s"] = statistics.median(full)
    result["borgertekst_lists_per_letter_s"] = statistics.median(lists)
    result["regex_per_letter_s"] = statistics.median(rx)
    result["hits"] = {"borgertekst_full": full_hits, "borgertekst_lists": list_hits, "regex": rx_hits}
    if textlint_available():
        walls, one = [], []
        for _ in range(runs):
            w, tl_hits = _textlint(paths, config)
            walls.append(w)
            one.append(_textlint(paths[:1], config)[0])
        wall, start = statistics.median(walls), statistics.median(one)
        result["textlint_wall_s"] = wall
        result["textlint_startup_s"] = start
        result["textlint_per_letter_s"] = max(wall - start, 1e-9) / (count - 1)
        result["hits"]["textlint_prh"] = tl_hits
        per = result["textlint_per_letter_s"]
        result["ratios"] = {
            "borgertekst_full / textlint": result["borgertekst_full_per_letter_s"] / per,
            "borgertekst_lists / textlint": result["borgertekst_lists_per_letter_s"] / per,
            "textlint / regex": per / result["regex_per_letter_s"],
            "borgertekst_full / regex": result["borgertekst_full_per_letter_s"] / result["regex_per_letter_s"],
            "borgertekst_lists / regex": result["borgertekst_lists_per_letter_s"] / result["regex_per_letter_s"],
        }
    else:
        print("textlint is not installed (bash bench/setup.sh); comparison without it", file=sys.stderr)
        result["ratios"] = {
            "borgertekst_full / regex": result["borgertekst_full_per_letter_s"] / result["regex_per_letter_s"],
            "borgertekst_lists / regex": result["borgertekst_lists_per_letter_s"] / result["regex_per_letter_s"],
        }
    return result
