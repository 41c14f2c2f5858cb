"""``borgertekst report MAPPE|FILER --out rapport.html``: one HTML page over many letters."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ..report import LETTER_TYPES
from . import EXIT_OK, UsageError, write_output
from .parallel import add_jobs_argument, progress, run_ordered

LETTER_SUFFIXES = (".txt", ".docx", ".html", ".htm")
log = logging.getLogger("borgertekst.report")


def register(sub) -> None:
    p = sub.add_parser("report", help="lav en HTML-rapport over mange breve (fx en måneds breve)")
    p.add_argument("paths", nargs="+", metavar="MAPPE|FIL", help="mapper (søges igennem) og/eller filer")
    p.add_argument("--out", required=True, metavar="FIL", help="HTML-filen, der skal skrives, fx rapport.html")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype for alle breve (ellers gættes den)")
    p.add_argument("--title", default="Rapport over breve", help="overskrift på siden")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="vis ikke fremdrift i terminalen")
    add_jobs_argument(p)
    p.set_defaults(func=run)


def collect(paths: list[str]) -> list[tuple[Path, str]]:
    """(file, name shown in the report): names inside a folder are relative to it."""
    files: list[tuple[Path, str]] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in LETTER_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            files.extend((p, p.relative_to(path).as_posix()) for p in found)
        elif path.is_file():
            files.append((path, name))
        else:
            raise UsageError(f"{name}: filen eller mappen findes ikke")
    if not files:
        raise UsageError(f"ingen breve fundet (filtyper: {', '.join(LETTER_SUFFIXES)})")
    return files


def _progress(total: int, enabled: bool):
    """A rich progress bar on stderr when it is a terminal; otherwise None."""
    from .parallel import show_progress

    return progress(total, "Tjekker breve", enabled, False) if total > 1 and show_progress(enabled, False) else None


def analyze_one(job: tuple):
    """One letter, in a worker or in this process: (name shown, Report or None, Danish error or None)."""
    path, shown, letter_type = job
    from ..document import InputError, load_path
    from ..engine import default_analyzer

    try:
        return shown, default_analyzer().analyze(load_path(path), letter_type, file=shown), None
    except InputError as exc:
        return shown, None, str(exc)


def run(args) -> int:
    from ..batch_report import render_html, summarize
    from ..engine import default_analyzer

    files = collect(args.paths)
    out = Path(args.out)
    if out.exists() and out.is_dir():
        raise UsageError(f"{args.out}: er en mappe; skriv et filnavn, fx rapport.html")
    analyzer = default_analyzer()  # the rule list for the page; shared with forked workers
    reports, failed = [], []
    jobs = [(path, shown, args.letter_type) for path, shown in files]
    with progress(len(jobs), "Tjekker breve", args.progress, results_on_stdout=False) as advance:
        for shown, report, error in run_ordered(analyze_one, jobs, args.jobs, advance):
            if report is not None:
                reports.append(report)
            else:
                failed.append((shown, error))
    summary = summarize(reports, [rule for rule, _ in analyzer.matchers], failed)
    write_output(render_html(summary, args.title), str(out))
    log.info("batch report: letters=%d failed=%d findings=%d", len(reports), len(failed), summary.total_findings)
    print(f"Skrev {out}: {len(reports)} breve, {summary.total_findings} fund"
          + (f", {len(failed)} filer kunne ikke læses" if failed else "") + ".", file=sys.stderr)
    return EXIT_OK
