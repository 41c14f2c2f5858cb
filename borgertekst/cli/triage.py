"""``borgertekst triage [--format text|json] FILE...``: where an incoming message
sits on the conflict staircase (a suggestion; the handler decides)."""

from __future__ import annotations

import sys
import textwrap

import msgspec

from ..document import InputError
from . import EXIT_INPUT, EXIT_OK
from .check import read_input


def register(sub) -> None:
    p = sub.add_parser("triage", help="placér borgerens henvendelse på konflikttrappen (forslag)")
    p.add_argument("files", nargs="+", metavar="FIL")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=run)


class _FileResult(msgspec.Struct, kw_only=True):
    file: str
    step: str
    step_label: str
    score: float
    signals: list
    reasons: list[str]
    advice: str
    template: str


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def format_text(name: str, text: str, result) -> str:
    out = [name, f"  {result.step_label}", f"  Sikkerhed: {round(result.score * 100)} %"]
    if result.reasons:
        out.append("  Derfor:")
        for r in result.reasons:
            out.extend(textwrap.wrap(r, width=92, initial_indent="    - ", subsequent_indent="      "))
    if result.signals:
        out.append("  Tegn i henvendelsen:")
        for s in result.signals:
            line, col = _line_col(text, s.start)
            out.append(f"    {line}:{col}  {s.label}: \"{s.text}\"")
    else:
        out.append("  Ingen tegn på konflikt fundet.")
    out.append("  Råd:")
    out.extend(textwrap.wrap(result.advice, width=92, initial_indent="    ", subsequent_indent="    "))
    out.append(f"  Svar med skabelonen: {result.template}  (borgertekst reply {result.template} --example)")
    return "\n".join(out) + "\n\n"


def run(args) -> int:
    from ..triage import triage
    from .parallel import collect_again

    results, failed = [], False
    for name in args.files:
        try:
            text = read_input(name).text
        except InputError as exc:
            print(f"borgertekst: {name}: {exc}", file=sys.stderr)
            failed = True
            continue
        result = triage(text)
        collect_again()  # after the first message: what triage loaded is frozen (see cli.main)
        if args.format == "json":
            results.append(_FileResult(file=name, step=result.step, step_label=result.step_label,
                                       score=result.score, signals=result.signals, reasons=result.reasons,
                                       advice=result.advice, template=result.template))
        else:
            sys.stdout.write(format_text(name, text, result))
    if args.format == "json" and (results or len(args.files) > 1):
        payload = results[0] if len(args.files) == 1 else results
        sys.stdout.buffer.write(msgspec.json.encode(payload) + b"\n")
    return EXIT_INPUT if failed else EXIT_OK
