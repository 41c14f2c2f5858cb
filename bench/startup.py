"""Cold start of the command line against the floor any spaCy tool pays.

Whole processes, interleaved (floor, borgertekst, floor, borgertekst, …), so
a change in the machine's load hits both alike; medians of the runs:

- floor: ``python -c "import spacy; spacy.blank('da')('hej')"``;
- ``borgertekst check`` on one short letter (the console script), with the
  cache of derived data (``borgertekst/cache.py``) in place, as on every run
  after the first;
- once, before the others, the same check with an empty cache directory:
  the first run ever on a machine, which builds the cache.

Wall time is what a person waits; CPU time (user + system of the child,
from ``resource.getrusage``) is what the shared machine disturbs least.

Both sides run with bytecode, as an installed program has it: the children's
``PYTHONPYCACHEPREFIX`` is a folder of their own (filled by a first run of each,
not counted) and ``PYTHONDONTWRITEBYTECODE`` is dropped. Without that, a
sandbox that sets ``PYTHONDONTWRITEBYTECODE`` (this one does) compiles
borgertekst's own modules from source on every run, an editable install having
no bytecode, while spaCy's come from site-packages' ``__pycache__``: the floor
would get bytecode and the command not. The figures as the environment stands
are measured too (``env_*``), for comparison with earlier runs.
"""

from __future__ import annotations

import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .batch import cli

LETTER = (
    "Kære Anna Jensen\n\n"
    "Tak for din ansøgning om hjælp til medicin, som vi modtog den 3. marts.\n\n"
    "Vi har bevilget dig tilskud til medicin fra den 1. april, fordi du opfylder betingelserne i "
    "aktivlovens § 82 a. Du får tilskuddet udbetalt sammen med din pension.\n\n"
    "Hvis du vil klage, skal du skrive til os inden 4 uger efter, at du har fået dette brev.\n\n"
    "Har du spørgsmål, er du velkommen til at ringe til mig på 33 12 34 56.\n\n"
    "Med venlig hilsen\n\nLene Møller\nSagsbehandler"
)
FLOOR = [sys.executable, "-c", "import spacy; spacy.blank('da')('hej')"]
TARGET_RATIO = 1.3


def _children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one process; its exit code must be 0 or 1."""
    t, c = time.perf_counter(), _children_cpu()
    proc = subprocess.run(cmd, capture_output=True, env=env, timeout=600)
    wall, cpu = time.perf_counter() - t, _children_cpu() - c
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{cmd[:3]} exited {proc.returncode}: {proc.stderr.decode()[-500:]}")
    return wall, cpu


def bytecode_env(folder: Path) -> dict:
    """The environment with bytecode as an installed program has it: written to and read
    from ``folder`` (for every module, spaCy's and borgertekst's alike), whatever
    ``PYTHONDONTWRITEBYTECODE`` says."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    return env


def startup(runs: int = 5) -> dict:
    folder = Path(tempfile.mkdtemp(prefix="bench-startup-"))
    try:
        letter = folder / "brev.txt"
        letter.write_text(LETTER, encoding="utf-8")
        check = [*cli(), "check", "--format", "json", str(letter)]
        first_env = dict(os.environ, BORGERTEKST_CACHE_DIR=str(folder / "cache"))
        first = timed(check, first_env)  # the first run ever: builds the cache
        compiled = bytecode_env(folder / "pycache")
        timed(check, compiled)  # the user's own cache is in place for the runs below, and the bytecode
        timed(FLOOR, compiled)
        floor, ours, env_floor, env_ours = [], [], [], []
        for _ in range(runs):
            floor.append(timed(FLOOR, compiled))
            ours.append(timed(check, compiled))
            env_floor.append(timed(FLOOR))
            env_ours.append(timed(check))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    med = {name: (statistics.median(w for w, _ in xs), statistics.median(c for _, c in xs))
           for name, xs in (("floor", floor), ("check", ours), ("env_floor", env_floor), ("env_check", env_ours))}
    return {
        "runs": runs, "load": os.getloadavg(), "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "floor_wall_s": med["floor"][0], "floor_cpu_s": med["floor"][1],
        "check_wall_s": med["check"][0], "check_cpu_s": med["check"][1],
        "ratio_wall": med["check"][0] / med["floor"][0], "ratio_cpu": med["check"][1] / med["floor"][1],
        "env_no_bytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE")),
        "env_ratio_wall": med["env_check"][0] / med["env_floor"][0],
        "env_ratio_cpu": med["env_check"][1] / med["env_floor"][1],
        "env_floor_cpu_s": med["env_floor"][1], "env_check_cpu_s": med["env_check"][1],
        "first_run_wall_s": first[0], "first_run_cpu_s": first[1],
        "walls": {"floor": [w for w, _ in floor], "check": [w for w, _ in ours]},
    }


def markdown(s: dict) -> list[str]:
    verdict = "met" if s["ratio_wall"] <= TARGET_RATIO else "**missed**"
    verdict_cpu = "met" if s["ratio_cpu"] <= TARGET_RATIO else "**missed**"
    lines = [
        "## Start-up: one letter from the command line against the spaCy floor", "",
        f"Whole processes, interleaved, median of {s['runs']}: the floor any spaCy tool pays "
        "(`python -c \"import spacy; spacy.blank('da')('hej')\"`) and `borgertekst check --format json` "
        f"on one short letter (`bench/startup.py`), measured {s.get('when', '?')}. Load average during the "
        f"runs: {_load(s['load'])} on "
        "a shared machine, so the wall times wait for a CPU; the CPU times (user + system of the "
        "process) show the work.", "",
        "| | wall s | CPU s |", "|---|---|---|",
        f"| spaCy floor | {s['floor_wall_s']:.2f} | {s['floor_cpu_s']:.2f} |",
        f"| `borgertekst check`, one letter | {s['check_wall_s']:.2f} | {s['check_cpu_s']:.2f} |",
        f"| **ratio** (target ≤ {TARGET_RATIO}) | **{s['ratio_wall']:.2f}×** ({verdict}) "
        f"| **{s['ratio_cpu']:.2f}×** ({verdict_cpu}) |", "",
        "Both sides run with bytecode, as an installed program has it (`PYTHONPYCACHEPREFIX`, filled by a "
        "first run of each that is not counted). " + _env_sentence(s), "",
        f"The first run on a machine also builds the cache of derived data (`borgertekst/cache.py`: "
        f"the lemma lookup table and gender lexicon as SQLite, wordfreq's list, the phrases "
        f"prefilter's needles, the word-list terms' lemmas, the rule files' data): {s['first_run_wall_s']:.2f} s wall, "
        f"{s['first_run_cpu_s']:.2f} s CPU.", "",
        "Where start-up went before (issue 17, same machine): 1.98 s for one letter against a 0.67 s "
        "floor (2.97×). What changed: phrases entries and the structure, letter-type and § reference "
        "patterns are compiled when a letter first may match them (`literals.LazyPattern`); Hunspell, the "
        "gender lexicon and the lemma table load on first use, the two tables from SQLite files "
        "read word by word; wordfreq's list comes from the cache instead of importing wordfreq; "
        "the word-list and tone-lexicon terms' lemmas come from the cache instead of running the "
        "pipeline; only the command being run is imported, spaCy without its own CLI package; "
        "and the process ends with `os._exit` after flushing (tearing down a process that has "
        "loaded spaCy costs a fifth of a second of CPU, the floor pays that too). Since 2026-11-29 "
        "evening: the cyclic garbage collector is off while the analyzer loads and the first letter "
        "is read (it rescanned the growing heap of long-lived objects, ~0.15 s of CPU), then everything "
        "alive is frozen and it runs again; the Hunspell dictionary (0.22 s) is opened on a second CPU "
        "while spaCy is imported (chunspell's own libhunspell through ctypes, which releases the GIL), "
        "so it is ready before the first word needs it: that lowers wall time when a second CPU is "
        "free, not CPU time. Since 2026-11-30 morning: the rule files' data comes from the cache when "
        "the files are unchanged (no YAML parse; the node tree for line numbers only when an error "
        "asks for a line), and the word lists' patterns go to spaCy's PhraseMatcher as the hashes it "
        "keeps instead of a `Doc` per term (no spaCy lexeme per term word at start).", "",
    ]
    if s["load"] and s["load"][0] > 1.5:
        at = lines.index("| | wall s | CPU s |")
        lines[at:at] = ["**Loaded machine** (load average above): the wall times mostly measure waiting for a CPU "
                        "and the second CPU is rarely free; read the CPU column. The lead reruns this on a quiet "
                        "machine.", ""]
    return lines


def _env_sentence(s: dict) -> str:
    if "env_ratio_cpu" not in s:
        return ""
    how = ("with `PYTHONDONTWRITEBYTECODE` set, as in this sandbox, borgertekst's own modules compile from "
           "source on every run (an editable install has no bytecode) while spaCy's come from site-packages' "
           "bytecode" if s.get("env_no_bytecode") else "with the environment as it is")
    return (f"Measured the same way {how}: {s['env_ratio_wall']:.2f}× wall, {s['env_ratio_cpu']:.2f}× CPU "
            f"({s['env_check_cpu_s']:.2f} s against {s['env_floor_cpu_s']:.2f} s).")


def _load(values) -> str:
    return "/".join(f"{v:.1f}" for v in values) if values else "?"
