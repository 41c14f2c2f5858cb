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
# commands that load the analyzer and read a letter (or a batch, see parallel.py): the cyclic
# garbage collector waits until the analyzer is loaded (see ``run``)
LOADING = ("check", "report", "triage", "rewrite")

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


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every command, or with just ``only`` (the command being
    run: the others' modules need not be imported)."""
    parser = argparse.ArgumentParser(
        prog="borgertekst",
        description="Tjek kommunale breve for klarsprog, fagsprog, tone og struktur.",
    )
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", required=True)
    for name in COMMANDS:
        if only is None or name == only:
            importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def import_spacy_without_its_cli() -> None:
    """Import spaCy without ``spacy.cli``, which ``spacy/__init__.py`` imports
    only to offer ``spacy.info`` and which pulls in typer, rich, weasel and
    an HTTP client: a sixth of a second of every start-up. ``spacy.info``
    still works (it imports the real one when called); ``import spacy.cli``
    afterwards loads the real package. If spaCy's own imports ever need more
    of ``spacy.cli``, spaCy is imported the ordinary way."""
    import types

    if "spacy" in sys.modules:
        return
    cli, info = types.ModuleType("spacy.cli"), types.ModuleType("spacy.cli.info")

    def lazy_info(*args, **kwargs):
        from spacy.cli.info import info as real

        return real(*args, **kwargs)

    info.info = lazy_info
    cli.info = info
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    except ImportError:
        for name in [n for n in sys.modules if n == "spacy" or n.startswith("spacy.")]:
            del sys.modules[name]
        _drop_stubs(cli, info)
        import spacy  # noqa: F401
        return
    _drop_stubs(cli, info)
    if getattr(spacy, "cli", None) is cli:
        del spacy.cli


def _drop_stubs(*stubs) -> None:
    for stub in stubs:
        if sys.modules.get(stub.__name__) is stub:
            del sys.modules[stub.__name__]


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    argv = sys.argv[1:] if argv is None else list(argv)
    command = argv[0] if argv and argv[0] in COMMANDS else None
    if command in LOADING:
        from .hunspell_early import start

        early = start()  # the dictionary opens on another CPU while spaCy is imported
    else:
        early = None
    parser = build_parser(command)
    args = parser.parse_args(argv)
    import_spacy_without_its_cli()
    if early is not None:
        from ..nlp import hunspell_da

        hunspell_da.adopt(early)
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


def run() -> None:
    """The program's entry point (``borgertekst`` and ``python -m borgertekst``):
    ``main``, then a fast exit. Tearing down a process that has loaded spaCy
    takes a fifth of a second of CPU (freeing objects one by one) and achieves
    nothing the operating system does not do at once, so once the output is
    flushed and logging shut down the process ends with ``os._exit``.
    ``serve`` exits the ordinary way."""
    import os

    if sys.argv[1:2] and sys.argv[1] in LOADING:
        # Loading spaCy, the language layer and the rules makes millions of objects that live
        # as long as the process; the cyclic collector would scan them again and again while
        # they are made (a seventh of a second of CPU, an eighth of a one-letter call). It is
        # off until the analyzer is loaded and the first letter done; then everything alive is
        # frozen out of its reach and it runs again (``parallel.collect_again``). Reference
        # counting frees all other garbage as usual. (Only here, in the program itself: a
        # caller of ``main`` keeps its own collector as it is.)
        import gc

        gc.disable()
    code = main()
    if "serve" in sys.argv[1:2]:
        sys.exit(code)
    try:
        sys.stdout.flush()
    except (BrokenPipeError, ValueError):
        pass
    try:
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        pass
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
