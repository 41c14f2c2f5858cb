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
import resource
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


def regex_floor(prh: str) -> list[regex.Pattern]:
    """Every pattern compiled on its own (case-insensitive where prh is), each
    scanning the letter: what a short script would do. (One alternation of
    all patterns was slower with the Unicode look-arounds.)"""
    return [regex.compile(src, regex.VERSION1 | (regex.IGNORECASE if "i" in flags else 0))
            for src, flags in _patterns(prh)]


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def _textlint(files: list[Path], config: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the node process, messages)."""
    cmd = [str(NODE / "node_modules" / ".bin" / "textlint"), "--config", str(config),
           "--rules-base-directory", str(NODE / "node_modules"), "-f", "json", *map(str, files)]
    t, c = time.perf_counter(), _children_cpu()
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800)
    wall, cpu = time.perf_counter() - t, _children_cpu() - c
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"textlint exited {proc.returncode}: {proc.stderr[-500:]}")
    hits = sum(len(f["messages"]) for f in json.loads(proc.stdout))
    return wall, cpu, hits


def textlint_available() -> bool:
    return (NODE / "node_modules" / ".bin" / "textlint").exists()


def prh_setup(folder: Path) -> tuple[Path, str, str, int]:
    """The exported word list as prh YAML and a textlint config using it, in
    ``folder``: (config path, prh YAML, where it came from, patterns dropped
    because JavaScript cannot compile them)."""
    prh, source = export_prh()
    prh, dropped = keep_js_valid(prh)
    (folder / "prh.yml").write_text(prh, encoding="utf-8")
    config = folder / "textlintrc.json"
    config.write_text(json.dumps({"rules": {"prh": {"rulePaths": [str(folder / "prh.yml")]}}}))
    return config, prh, source, dropped


def textlint(files: list[Path], config: Path) -> tuple[float, float, int]:
    """One textlint + prh call over ``files``: (wall seconds, CPU seconds, messages)."""
    return _textlint(files, config)


def compare(analyzer, count: int = 200, words: int = 400, runs: int = 3) -> dict:
    folder = OUT / "compare"
    shutil.rmtree(folder, ignore_errors=True)
    paths = write_letters(folder, count, words, seed=5)
    letters = make_letters(count, words, seed=5)
    config, prh, source, dropped = prh_setup(folder)
    n_patterns = len(_patterns(prh))
    floor = regex_floor(prh)

    from borgertekst.rulebook.schema import Phrases, WordList

    lists_only = type(analyzer).__new__(type(analyzer))
    lists_only.__dict__.update(analyzer.__dict__)
    lists_only.matchers = [(r, m) for r, m in analyzer.matchers if isinstance(r, (WordList, Phrases))]

    result: dict = {"letters": count, "words": words, "runs": runs, "prh_source": source,
                    "patterns": n_patterns, "patterns_dropped_not_js": dropped}
    wall: dict[str, list[float]] = {"borgertekst_full": [], "borgertekst_lists": [], "regex": []}
    cpu: dict[str, list[float]] = {k: [] for k in wall}
    hits: dict[str, int] = {}
    scans = {
        "borgertekst_full": lambda s: len(analyzer.analyze(s).findings),
        "borgertekst_lists": lambda s: len(lists_only.analyze(s).findings),
        "regex": lambda s: sum(1 for rx in floor for _ in rx.finditer(s)),
    }
    for _ in range(runs):
        for name, scan in scans.items():
            t, c = time.perf_counter(), time.thread_time()
            hits[name] = sum(scan(s) for s in letters)
            wall[name].append((time.perf_counter() - t) / count)
            cpu[name].append((time.thread_time() - c) / count)
    if textlint_available():
        tl_wall, tl_cpu, one_wall, one_cpu = [], [], [], []
        for _ in range(runs):
            w, c, hits["textlint_prh"] = _textlint(paths, config)
            w1, c1, _ = _textlint(paths[:1], config)
            # per letter without start-up: (all letters − one letter) / (count − 1)
            tl_wall.append(max(w - w1, 1e-9) / (count - 1))
            tl_cpu.append(max(c - c1, 1e-9) / (count - 1))
            one_wall.append(w1)
            one_cpu.append(c1)
        wall["textlint_prh"], cpu["textlint_prh"] = tl_wall, tl_cpu
        result["textlint_startup_s"] = statistics.median(one_wall)
        result["textlint_startup_cpu_s"] = statistics.median(one_cpu)
    else:
        print("textlint is not installed (bash bench/setup.sh); comparison without it", file=sys.stderr)
    result["hits"] = hits
    result["wall_per_letter_s"] = {k: statistics.median(v) for k, v in wall.items()}
    result["cpu_per_letter_s"] = {k: statistics.median(v) for k, v in cpu.items()}
    c = result["cpu_per_letter_s"]
    pairs = [("borgertekst_full", "textlint_prh"), ("borgertekst_lists", "textlint_prh"),
             ("textlint_prh", "regex"), ("borgertekst_full", "regex"), ("borgertekst_lists", "regex")]
    result["ratios_cpu"] = {f"{a} / {b}": c[a] / c[b] for a, b in pairs if a in c and b in c}
    return result
