"""Command line: ``borgertekst <command>``. Each command lives in its own
module with ``register(subparsers)``; add a module name to COMMANDS to add one.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 unusable input (one-line reason, never a traceback)."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

COMMANDS = ["check", "reply", "rules", "report", "serve", "triage", "rewrite"]

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class UsageError(Exception):
    """Unusable input or arguments; the message is shown as is, exit 2."""


def write_output(result: str | bytes, out: str | None) -> bool:
    """Write ``result`` to the file ``out``, or to standard output when ``out``
    is not given. True when a file was written; a file that cannot be written
    is a UsageError with the reason in Danish."""
    from pathlib import Path

    if not out:
        if isinstance(result, bytes):
            sys.stdout.buffer.write(result)
        else:
            sys.stdout.write(result)
        return False
    try:
        if isinstance(result, bytes):
            Path(out).write_bytes(result)
        else:
            Path(out).write_text(result, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"{out}: kan ikke skrive filen ({exc.strerror})") from exc
    return True


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="borgertekst",
        description="Tjek kommunale breve for klarsprog, fagsprog, tone og struktur.",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)
    for name in COMMANDS:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    from ..document import InputError
    from ..rulebook import RuleFileError

    try:
        return int(args.func(args) or 0)
    except (InputError, UsageError, RuleFileError) as exc:
        print(f"borgertekst: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
