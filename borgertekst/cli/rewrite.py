"""``borgertekst rewrite [--diff] [--format text|json] [--type TYPE] [--rule ID]... FILE``: the letter
rewritten the TRÆK way (or a unified diff of the changes)."""

from __future__ import annotations

import difflib
import sys

from ..report import LETTER_TYPES
from . import EXIT_OK
from .check import read_input


def register(sub) -> None:
    p = sub.add_parser("rewrite", help="omskriv et brev: du-form, almindelige ord, TRÆK i stedet for TRYK")
    p.add_argument("file", metavar="FIL", help=".txt, .docx, .html eller - for standard input")
    p.add_argument("--diff", action="store_true", help="vis ændringerne som en diff")
    p.add_argument("--format", choices=("text", "json"), default="text",
                   help="json: den nye tekst og ændringerne (kodepunkter i den oprindelige tekst)")
    p.add_argument("--type", dest="letter_type", choices=LETTER_TYPES, help="brevtype (ellers gættes den)")
    p.add_argument("--rule", dest="rules", action="append", metavar="REGEL",
                   help="omskriv kun fund fra denne regel (kan gentages)")
    p.set_defaults(func=run)


def run(args) -> int:
    from ..engine import default_analyzer
    from ..rewrite import rewrite

    document = read_input(args.file)
    result = rewrite(default_analyzer(), document.text, args.letter_type, args.rules)
    if args.format == "json":
        import msgspec

        sys.stdout.buffer.write(msgspec.json.encode(result) + b"\n")
        return EXIT_OK
    if args.diff:
        name = "-" if args.file == "-" else args.file
        diff = difflib.unified_diff(
            document.text.splitlines(keepends=True), result.text.splitlines(keepends=True),
            fromfile=name, tofile=f"{name} (omskrevet)",
        )
        sys.stdout.writelines(line if line.endswith("\n") else line + "\n" for line in diff)
    else:
        sys.stdout.write(result.text if result.text.endswith("\n") else result.text + "\n")
    sys.stdout.flush()
    print(f"{len(result.changes)} ændringer; fund før: {result.findings_before}, efter: {result.findings_after}.",
          file=sys.stderr)
    for hint in result.hints:  # only the writer can fill in the blank
        print(f"Forslag til »{hint.old}«: {hint.hint}", file=sys.stderr)
    return EXIT_OK
