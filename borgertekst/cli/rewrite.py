"""``borgertekst rewrite [--diff] [--format text|json] [--type TYPE] [--rule ID]... [--jobs N] FILE...``:
the letter rewritten the TRÆK way (or a unified diff of the changes). Several files (with ``--diff``
or ``--format json``: one diff after another, or an array with ``file`` in each object) are
rewritten on every CPU, in input order (``parallel.py``)."""

from __future__ import annotations

import difflib
import sys

from ..report import LETTER_TYPES
from . import EXIT_INPUT, EXIT_OK, UsageError
from .check import read_input
from .parallel import ResultStream, add_jobs_argument, progress, run_ordered, stdin_once


def register(sub) -> None:
    p = sub.add_parser("rewrite", help="omskriv et brev: du-form, almindelige ord, TRÆK i stedet for TRYK")
    p.add_argument("files", nargs="+", metavar="FIL",
                   help=".txt, .docx, .html eller - for standard input; flere filer: med --diff eller --format json")
    p.add_argument("--diff", action="store_true", help="vis ændringerne som en diff")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="json: den nye tekst og ændringerne (kodepunkter i den oprindelige tekst)")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype (ellers gættes den)")
    p.add_argument("--rule", dest="rules", action="append", metavar="REGEL",
                   help="omskriv kun fund fra denne regel (kan gentages)")
    add_jobs_argument(p)
    p.set_defaults(func=run)


def rewrite_one(job: tuple) -> tuple[str, str | None, bytes, list[str]]:
    """One file, in a worker or in this process: (name, Danish error or None,
    the output, the lines for standard error)."""
    name, text, letter_type, rules, fmt, diff, several = job
    from ..document import Document, InputError
    from ..engine import default_analyzer
    from ..rewrite import rewrite

    try:
        document = Document.from_text(text) if text is not None else read_input(name)
        result = rewrite(default_analyzer(), document.text, letter_type, rules)
    except InputError as exc:
        return name, str(exc), b"", []
    if fmt == "json":
        import msgspec

        payload = msgspec.to_builtins(result)
        if several:
            payload = {"file": name, **payload}
        return name, None, msgspec.json.encode(payload), []
    if diff:
        lines = difflib.unified_diff(
            document.text.splitlines(keepends=True), result.text.splitlines(keepends=True),
            fromfile=name, tofile=f"{name} (omskrevet)",
        )
        out = "".join(line if line.endswith("\n") else line + "\n" for line in lines)
    else:
        out = result.text if result.text.endswith("\n") else result.text + "\n"
    prefix = f"{name}: " if several else ""
    notes = [f"{prefix}{len(result.changes)} ændringer; fund før: {result.findings_before}, "
             f"efter: {result.findings_after}."]
    notes += [f"{prefix}Forslag til »{hint.old}«: {hint.hint}" for hint in result.hints]  # only the writer can fill in the blank
    return name, None, out.encode("utf-8"), notes


def run(args) -> int:
    from ..document import InputError

    several = len(args.files) > 1
    if several and args.format == "text" and not args.diff:
        raise UsageError("flere filer kan kun omskrives med --diff eller --format json")
    inputs, failed = stdin_once(args.files)
    jobs = [(name, text, args.letter_type, args.rules, args.format, args.diff, several) for name, text in inputs]
    stream = ResultStream(sys.stdout.buffer, args.format == "json" and several)
    with progress(len(jobs), "Omskriver breve", True) as advance:
        for name, error, payload, notes in run_ordered(rewrite_one, jobs, args.jobs, advance):
            if error is not None:
                if not several:
                    raise InputError(error)
                stream.error(name, error)
                continue
            stream.item(payload, b"\n" if args.format == "json" and not several else None)
            for note in notes:
                print(note, file=sys.stderr)
    stream.close()
    return EXIT_INPUT if failed or stream.failed else EXIT_OK
