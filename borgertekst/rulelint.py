"""``rules lint`` in full: the rulebook's static checks (``rulebook/lint.py``)
and, when they pass, the part that needs the engine: every rule's examples are
run, and the suggestions of list rules are checked against the other rules (a
word one rule suggests must not be flagged by another).

This module sits above the engine, so the rulebook below it never imports the
engine or the matcher table: it gets the function names and this dynamic part
passed in.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from .engine import Analyzer
from .matchers.registry import FUNCTIONS
from .rulebook.examples import run_examples
from .rulebook.lint import (LIST_TYPES, LintResult, _build, _entry_location, _Linter, example_location, in_scope)
from .rulebook.lint import lint as static_lint
from .rulebook.loader import RuleFileError, RuleSet


def lint(target: Path | None = None, *, base: Path | None | bool = True, examples: bool = True,
         nlp=None, shipped: Path | None = None, local: list[Path] | None = None,
         contradictions: bool = True) -> LintResult:
    """Lint a pack folder, an ``overrides.yaml`` or a single rule file.

    ``target=None`` lints the shipped rules plus the configured local packs.
    ``base`` is the pack the target builds on: ``True`` the shipped rules
    (unless the target is the shipped folder), a folder, or ``None`` for none.
    ``examples`` runs every rule's examples and (with ``contradictions``) the
    contradiction check (needs the language model; ``nlp`` reuses a loaded
    one). ``shipped`` and ``local`` replace the configured folders (for
    ``target=None``)."""
    dynamic = partial(_dynamic, nlp=nlp, contradictions=contradictions) if examples else None
    return static_lint(target, base=base, shipped=shipped, local=local, functions=FUNCTIONS, dynamic=dynamic)


def _dynamic(linter: _Linter, target, base_set, packs, *, nlp, contradictions: bool) -> None:
    """Load the rule set, run the examples and look for contradictions."""
    try:
        ruleset = _build(target, base_set, packs)
    except RuleFileError as exc:
        linter.add(exc.path, exc.line, "lokal-pakke", exc.detail)
        return
    linter.result.ruleset = ruleset
    scope = in_scope(ruleset, target)
    try:
        analyzer = Analyzer(ruleset, nlp=nlp or _shared_nlp())
    except Exception as exc:  # a matcher that cannot be built; static checks should have said why
        linter.add(packs[0][0], None, "lokal-pakke", f"reglerne kan ikke bygges: {exc}")
        return
    linter.result.analyzer = analyzer
    ids = [r.id for r, _ in analyzer.matchers if scope is None or r.id in scope]
    ran, failures = run_examples(analyzer, ids)
    linter.result.examples_run = ran
    for f in failures:
        path, line = example_location(ruleset, f)
        kind = "ingen-eksempler" if f.kind == "missing" else "eksempel"
        linter.add(path, line, kind, f"{f.rule}: {f.detail}" + (f": «{_short(f.text)}»" if f.text else ""))
    if contradictions:
        _contradictions(linter, analyzer, ruleset, scope)


_NLP = None


def _shared_nlp():
    global _NLP
    if _NLP is None:
        from .nlp import load

        _NLP = load()
    return _NLP


def _short(text: str) -> str:
    short = " ".join(text.split())
    return short if len(short) <= 70 else short[:67] + "…"


_PLACEHOLDER = re.compile(r"\[[^\[\]\n]*\]|<[^<>\n]*>|…")


def _contradictions(linter: _Linter, analyzer, ruleset: RuleSet, scope) -> None:
    """A suggested replacement that another (or the same) list rule flags."""
    list_rules = {r.id: r for r, _ in analyzer.matchers if type(r).__struct_config__.tag in LIST_TYPES}
    checked: dict[str, list[str]] = {}
    for rule in list_rules.values():
        for i, entry in enumerate(rule.entries):
            for j, suggestion in enumerate(entry.replace):
                if suggestion not in checked:
                    report = analyzer.analyze(suggestion, "andet")
                    # "[dato]", "<navn>", "…" are there to be filled in: a finding on them is no contradiction
                    gaps = [m.span() for m in _PLACEHOLDER.finditer(suggestion)]
                    checked[suggestion] = sorted({
                        f.rule for f in report.findings
                        if f.rule in list_rules and not any(a <= f.start and f.end <= b for a, b in gaps)
                    })
                for other in checked[suggestion]:
                    if scope is not None and rule.id not in scope and other not in scope:
                        continue
                    path, line = _entry_location(ruleset, rule.id, i, j)
                    what = entry.term or entry.pattern or "mønsteret"
                    linter.add(path, line, "modstrid",
                               f"'{rule.id}' foreslår '{suggestion}' i stedet for '{what}', "
                               f"men reglen '{other}' markerer '{suggestion}'")
