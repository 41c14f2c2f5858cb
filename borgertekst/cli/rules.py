"""``borgertekst rules lint|test|list|show|export`` – tools for the people who maintain the rules.

    rules lint [STI] [--uden-eksempler]   tjek regelfiler (fil:linje og en dansk forklaring)
    rules test [STI]                      kør alle reglers eksempler
    rules list [--kategori K]             alle regler i brug (leverede + lokale)
    rules show ID | --example-pack        vis én regel som YAML, eller en lokal startpakke
    rules export --format prh             ordlisterne som textlint-rule-prh YAML
    rules stats [--uger N]                vist, brugt og ignoreret pr. regel (indsigt)
"""

from __future__ import annotations

import difflib
import sys
from importlib import resources
from pathlib import Path

import msgspec
import yaml

from ..report import CATEGORIES
from . import EXIT_FINDINGS, EXIT_OK, UsageError, write_output
from .output import SEVERITY_LABELS


def register(sub) -> None:
    p = sub.add_parser("rules", help="vedligehold regler: lint, test, list, show, export, stats")
    rsub = p.add_subparsers(dest="rules_command", metavar="HANDLING", required=True)

    lint = rsub.add_parser("lint", help="tjek regelfiler for fejl (fil:linje)")
    lint.add_argument("path", nargs="?", metavar="STI",
                      help="regelmappe, lokal pakke, overrides.yaml eller én regelfil (standard: alle regler i brug)")
    lint.add_argument("--uden-eksempler", dest="examples", action="store_false",
                      help="spring eksempler og modstrid over (hurtigere; kræver ikke sprogmodellen)")
    lint.add_argument("--strict", action="store_true", help="advarsler (fx modstrid) tæller også som fejl")
    lint.add_argument("--ignoreret-over", type=float, metavar="PROCENT",
                      help="advar om regler, som medarbejderne ignorerer oftere end PROCENT af gangene (indsigt)")
    lint.add_argument("--min-vist", type=int, default=20, metavar="N",
                      help="med --ignoreret-over: kun regler vist mindst N gange (standard 20)")
    lint.set_defaults(func=run_lint)

    test = rsub.add_parser("test", help="kør reglernes eksempler; en regel uden eksempler fejler")
    test.add_argument("path", nargs="?", metavar="STI", help="regelmappe, lokal pakke eller regelfil")
    test.set_defaults(func=run_test)

    lst = rsub.add_parser("list", help="vis alle regler i brug")
    lst.add_argument("--kategori", choices=CATEGORIES)
    lst.set_defaults(func=run_list)

    show = rsub.add_parser("show", help="vis én regel (som den gælder efter lokale ændringer)")
    show.add_argument("rule_id", nargs="?", metavar="ID")
    show.add_argument("--example-pack", action="store_true",
                      help="vis en lille lokal regelpakke med én ordliste-regel som udgangspunkt")
    show.add_argument("--word", default="{WORD}", help="ordet i eksempelpakken (standard: {WORD})")
    show.add_argument("--alternative", default="{ALTERNATIVE}", help="det almindelige ord, der skal bruges i stedet")
    show.set_defaults(func=run_show)

    export = rsub.add_parser("export", help="eksportér ordlisterne til et andet værktøjs format")
    export.add_argument("--format", choices=("prh",), required=True)
    export.add_argument("--uden-udtryk", dest="phrases", action="store_false",
                        help="kun ordlister (type wordlist), ikke regulære udtryk (type phrases)")
    export.add_argument("--out", metavar="FIL", help="skriv til filen i stedet for standard output")
    export.set_defaults(func=run_export)

    from ..insight.cli import register as register_stats  # rules stats: what caseworkers do with findings

    register_stats(rsub)


def _path(value: str | None) -> Path | None:
    if value is None:
        return None
    path = Path(value)
    if not path.exists():
        raise UsageError(f"{value}: filen eller mappen findes ikke")
    return path


def run_lint(args) -> int:
    from ..rulelint import lint

    result = lint(_path(args.path), examples=args.examples)
    if args.ignoreret_over is not None:
        from ..insight.cli import ignore_warnings

        ignore_warnings(result, args.ignoreret_over, args.min_vist)
    for m in result.errors + result.warnings:
        print(m)
    errors, warnings = len(result.errors), len(result.warnings)
    if errors or (warnings and args.strict):
        extra = f" og {warnings} advarsler" if warnings else ""
        print(f"\n{errors} fejl{extra} i reglerne. Ret dem, og kør 'borgertekst rules lint' igen.", file=sys.stderr)
        return EXIT_FINDINGS
    extra = f", {result.examples_run} eksempler kørt" if args.examples else " (eksempler ikke kørt)"
    warned = f" {warnings} advarsler." if warnings else ""
    print(f"Ingen fejl: {result.rules_checked} regelfiler tjekket{extra}.{warned}")
    return EXIT_OK


def run_test(args) -> int:
    from ..engine import Analyzer
    from ..rulebook.examples import run_examples
    from ..rulebook.lint import build_ruleset, example_location, in_scope

    target = _path(args.path)
    ruleset = build_ruleset(target)
    analyzer = Analyzer(ruleset)
    scope = in_scope(ruleset, target)
    ids = [r.id for r, _ in analyzer.matchers if scope is None or r.id in scope]
    ran, failures = run_examples(analyzer, ids)
    for f in failures:
        path, line = example_location(ruleset, f)
        where = f"{path}:{line}" if line else str(path)
        print(f"{where}: {f}")
    if failures:
        failed_rules = len({f.rule for f in failures})
        print(f"\n{len(failures)} eksempler holder ikke i {failed_rules} regler ({ran} eksempler kørt i {len(ids)} regler).",
              file=sys.stderr)
        return EXIT_FINDINGS
    print(f"Alle {ran} eksempler i {len(ids)} regler holder.")
    return EXIT_OK


def _load():
    from ..rulebook import load_ruleset

    return load_ruleset()


def run_list(args) -> int:
    ruleset = _load()
    rows = []
    for rule_id in sorted(ruleset.rules):
        rule = ruleset.rules[rule_id].rule
        if args.kategori and rule.category != args.kategori:
            continue
        tag = type(rule).__struct_config__.tag
        state = "" if rule.enabled else "slået fra"
        if rule_id in ruleset.overridden:
            state = ", ".join(x for x in (state, "ændret lokalt") if x)
        rows.append((rule.id, tag, SEVERITY_LABELS[rule.severity], state))
    if not rows:
        print("Ingen regler.")
        return EXIT_OK
    widths = [max(len(r[i]) for r in rows + [("ID", "TYPE", "NIVEAU", "")]) for i in range(3)]
    print(f"{'ID':<{widths[0]}}  {'TYPE':<{widths[1]}}  {'NIVEAU':<{widths[2]}}  STATUS")
    for rid, tag, sev, state in rows:
        print(f"{rid:<{widths[0]}}  {tag:<{widths[1]}}  {sev:<{widths[2]}}  {state}".rstrip())
    print(f"\n{len(rows)} regler fra {', '.join(str(p) for p in ruleset.packs)}")
    return EXIT_OK


def example_pack(word: str = "{WORD}", alternative: str = "{ALTERNATIVE}") -> str:
    text = resources.files("borgertekst.rulebook").joinpath("example_pack.yaml").read_text(encoding="utf-8")
    return text.replace("{WORD}", word).replace("{ALTERNATIVE}", alternative)


def run_show(args) -> int:
    if args.example_pack:
        sys.stdout.write(example_pack(args.word, args.alternative))
        return EXIT_OK
    if not args.rule_id:
        raise UsageError("skriv et regel-id (se 'borgertekst rules list') eller brug --example-pack")
    ruleset = _load()
    loaded = ruleset.rules.get(args.rule_id)
    if loaded is None:
        close = difflib.get_close_matches(args.rule_id, list(ruleset.rules), n=3, cutoff=0.6)
        hint = f" Mente du: {', '.join(close)}?" if close else " Se 'borgertekst rules list'."
        raise UsageError(f"ukendt regel-id '{args.rule_id}'.{hint}")
    data = _ordered(msgspec.to_builtins(loaded.rule))
    print(f"# Fil: {loaded.path}")
    for path in ruleset.overridden.get(args.rule_id, []):
        print(f"# Ændret af: {path}")
    if not loaded.rule.enabled:
        print("# Reglen er slået fra.")
    sys.stdout.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100))
    return EXIT_OK


_FIRST = ("id", "category", "type", "severity", "enabled", "applies_to", "message", "message_partial",
          "suggestions", "explanation", "protects", "link")


def _ordered(data: dict) -> dict:
    """The rule's fields in the order staff write them; empty defaults left out."""
    keys = [k for k in _FIRST if k in data] + [k for k in data if k not in _FIRST and k != "examples"] + ["examples"]
    return {k: data[k] for k in keys if k in data and data[k] not in ([], "", {}, None)}


def run_export(args) -> int:
    from ..rulebook.export import to_prh_yaml

    text = to_prh_yaml(_load(), phrases=args.phrases)
    if write_output(text, args.out):
        print(f"Skrev {args.out}", file=sys.stderr)
    return EXIT_OK
