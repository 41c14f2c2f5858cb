"""``borgertekst check [--format text|json] [--type TYPE] [--fail-on LEVEL] [--jobs N] FILE...``

Several files are checked on every CPU (``--jobs``, see ``parallel.py``); the
reports come out in input order, each as soon as it is ready."""

from __future__ import annotations

import sys

from ..report import LETTER_TYPES, SEVERITIES, SEVERITY_RANK
from . import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from .parallel import ResultStream, add_jobs_argument, progress, run_ordered, stdin_once


def register(sub) -> None:
    p = sub.add_parser("check", help="tjek breve (.txt, .docx, .html eller - for standard input)")
    p.add_argument("files", nargs="+", metavar="FIL")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype (ellers gættes den)")
    p.add_argument("--fail-on", choices=SEVERITIES, default="error",
                   help="afslut med kode 1 ved fund på dette niveau eller højere (standard: error)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    add_jobs_argument(p)
    p.add_argument("--no-progress", dest="progress", action="store_false",
                   help="vis ikke fremdrift i terminalen ved mange filer")
    p.set_defaults(func=run)


def read_input(name: str):
    """The Document of a file name, or of standard input for ``-``."""
    from ..document import Document, decode_text, load_path

    if name == "-":
        data = sys.stdin.buffer.read()
        return Document.from_text(decode_text(data))
    return load_path(name)


def check_one(job: tuple) -> tuple[str, str | None, bytes | str | None, int]:
    """One file, in a worker or in this process: (name, Danish error or None,
    the formatted report, the rank of its worst finding or -1)."""
    name, text, letter_type, fmt, color = job
    from ..document import Document, InputError
    from ..engine import default_analyzer

    try:
        document = Document.from_text(text) if text is not None else read_input(name)
        report = default_analyzer().analyze(document, letter_type, file=name)
    except InputError as exc:
        return name, str(exc), None, -1
    if fmt == "json":
        from ..report import to_json

        out: bytes | str = to_json(report)
    else:
        from .output import format_report

        out = format_report(report, color=color, text=document.text, ruleset=default_analyzer().ruleset)
    worst = max((SEVERITY_RANK[f.severity] for f in report.findings), default=-1)
    return name, None, out, worst


def run(args) -> int:
    color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
    inputs, failed = stdin_once(args.files)
    jobs = [(name, text, args.letter_type, args.format, color) for name, text in inputs]
    json_out = args.format == "json"
    stream = ResultStream(sys.stdout.buffer if json_out else sys.stdout, json_out and len(args.files) > 1)
    worst = -1
    with progress(len(jobs), "Tjekker breve", args.progress) as advance:
        for name, error, payload, rank in run_ordered(check_one, jobs, args.jobs, advance):
            if error is not None:
                stream.error(name, error)
                continue
            stream.item(payload, b"\n" if json_out and not stream.as_array else None)
            worst = max(worst, rank)
    stream.close()
    if failed or stream.failed:
        return EXIT_INPUT
    if worst >= SEVERITY_RANK[args.fail_on]:
        return EXIT_FINDINGS
    return EXIT_OK
