"""``borgertekst check [--format text|json] [--type TYPE] [--fail-on LEVEL] FILE...``"""

from __future__ import annotations

import sys

from ..document import Document, InputError, decode_text, load_path
from ..report import LETTER_TYPES, SEVERITIES, SEVERITY_RANK, to_json
from . import EXIT_FINDINGS, EXIT_INPUT, EXIT_OK
from .output import format_report


def register(sub) -> None:
    p = sub.add_parser("check", help="tjek breve (.txt, .docx, .html eller - for standard input)")
    p.add_argument("files", nargs="+", metavar="FIL")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype (ellers gættes den)")
    p.add_argument("--fail-on", choices=SEVERITIES, default="error",
                   help="afslut med kode 1 ved fund på dette niveau eller højere (standard: error)")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.set_defaults(func=run)


def read_input(name: str) -> Document:
    if name == "-":
        data = sys.stdin.buffer.read()
        return Document.from_text(decode_text(data))
    return load_path(name)


def run(args) -> int:
    from ..engine import default_analyzer

    analyzer = default_analyzer()  # one model load for all files
    reports, failed = [], False
    for name in args.files:
        try:
            document = read_input(name)
        except InputError as exc:
            print(f"borgertekst: {name}: {exc}", file=sys.stderr)
            failed = True
            continue
        reports.append(analyzer.analyze(document, args.letter_type, file=name))
    if args.format == "json":
        payload = reports[0] if len(args.files) == 1 and reports else reports
        if reports or len(args.files) > 1:
            sys.stdout.buffer.write(to_json(payload) + b"\n")
    else:
        color = args.color == "always" or (args.color == "auto" and sys.stdout.isatty())
        for report in reports:
            sys.stdout.write(format_report(report, color=color))
    if failed:
        return EXIT_INPUT
    threshold = SEVERITY_RANK[args.fail_on]
    if any(SEVERITY_RANK[f.severity] >= threshold for r in reports for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
