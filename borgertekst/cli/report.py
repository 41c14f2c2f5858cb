"""``borgertekst report MAPPE|FILER --out rapport.html``: one HTML page over many letters."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from ..report import LETTER_TYPES
from . import EXIT_OK, UsageError, write_output

LETTER_SUFFIXES = (".txt", ".docx", ".html", ".htm")
log = logging.getLogger("borgertekst.report")


def register(sub) -> None:
    p = sub.add_parser("report", help="lav en HTML-rapport over mange breve (fx en måneds breve)")
    p.add_argument("paths", nargs="+", metavar="MAPPE|FIL", help="mapper (søges igennem) og/eller filer")
    p.add_argument("--out", required=True, metavar="FIL", help="HTML-filen, der skal skrives, fx rapport.html")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype for alle breve (ellers gættes den)")
    p.add_argument("--title", default="Rapport over breve", help="overskrift på siden")
    p.add_argument("--no-progress", dest="progress", action="store_false", help="vis ikke fremdrift i terminalen")
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
    """A rich progress bar on stderr when it is a terminal; otherwise nothing."""
    if not (enabled and sys.stderr.isatty()):
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    progress = Progress(TextColumn("Tjekker breve"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        console=Console(stderr=True), transient=True)
    progress.start()
    progress.add_task("breve", total=total)
    return progress


def run(args) -> int:
    from ..batch_report import render_html, summarize
    from ..document import InputError, load_path
    from ..engine import default_analyzer

    files = collect(args.paths)
    out = Path(args.out)
    if out.exists() and out.is_dir():
        raise UsageError(f"{args.out}: er en mappe; skriv et filnavn, fx rapport.html")
    analyzer = default_analyzer()
    reports, failed = [], []
    progress = _progress(len(files), args.progress)
    try:
        for path, shown in files:
            try:
                document = load_path(path)
                reports.append(analyzer.analyze(document, args.letter_type, file=shown))
            except InputError as exc:
                failed.append((shown, str(exc)))
            if progress is not None:
                progress.advance(progress.task_ids[0])
    finally:
        if progress is not None:
            progress.stop()
    summary = summarize(reports, [rule for rule, _ in analyzer.matchers], failed)
    write_output(render_html(summary, args.title), str(out))
    log.info("batch report: letters=%d failed=%d findings=%d", len(reports), len(failed), summary.total_findings)
    print(f"Skrev {out}: {len(reports)} breve, {summary.total_findings} fund"
          + (f", {len(failed)} filer kunne ikke læses" if failed else "") + ".", file=sys.stderr)
    return EXIT_OK
