"""``borgertekst rules stats``: the table of /indsigt in the terminal (or as CSV/JSON), and the
ignore rates ``rules lint --ignoreret-over`` warns about."""

from __future__ import annotations

import json
import sys

from ..report import LETTER_TYPES
from .events import CLIENTS

SPARK = "▁▂▃▄▅▆▇█"


def register(rsub) -> None:
    p = rsub.add_parser("stats", help="hvad medarbejderne gør med reglernes fund (vist, brugt, ignoreret)")
    p.add_argument("--uger", type=int, default=12, help="antal uger tilbage (standard 12)")
    p.add_argument("--afdeling", help="kun én afdeling (som sat i BORGERTEKST_INSIGHT_DEPARTMENT)")
    p.add_argument("--brevtype", choices=LETTER_TYPES, help="kun én brevtype")
    p.add_argument("--klient", choices=CLIENTS, help="kun websiden eller ét plugin")
    p.add_argument("--format", choices=("text", "csv", "json"), default="text")
    p.set_defaults(func=run)


def _rules() -> dict:
    try:
        from ..rulebook import load_ruleset

        return {rule_id: loaded.rule for rule_id, loaded in load_ruleset().rules.items()}
    except Exception:  # broken rule files: show the ids without texts
        return {}


def open_store(config=None):
    """The configured store, or (None, Danish reason) when there is nothing to read."""
    from pathlib import Path

    from sqlalchemy.engine import make_url

    from .config import InsightConfig

    config = config or InsightConfig.from_env()
    if not config.enabled:
        return None, "Indsigt er slået fra på denne installation (BORGERTEKST_INSIGHT=off)."
    url = make_url(config.database_url)
    if url.get_backend_name() == "sqlite" and not Path(url.database or "").is_file():
        return None, f"Ingen indsigt endnu: databasen {url.database} findes ikke (serveren laver den ved start)."
    from .store import InsightStore

    return InsightStore(config.database_url), None


def trend(points) -> str:
    """Ignored share per week as block characters; '·' for a week without findings."""
    out = []
    for p in points:
        pct = p.ignored_pct
        out.append("·" if pct is None else SPARK[min(len(SPARK) - 1, int(pct / 100 * len(SPARK)))])
    return "".join(out)


def run(args) -> int:
    from ..cli import EXIT_OK, UsageError
    from .stats import Filters, rule_stats, rules_csv

    if not 1 <= args.uger <= 260:
        raise UsageError(f"--uger skal være mellem 1 og 260, ikke {args.uger}.")
    store, reason = open_store()
    if store is None:
        print(reason)
        return EXIT_OK
    try:
        filters = Filters(weeks=args.uger, department=args.afdeling, letter_type=args.brevtype, client=args.klient)
        stats = rule_stats(store, filters, _rules())
        total = store.total(**filters.where())
    finally:
        store.close()
    if args.format == "csv":
        sys.stdout.write(rules_csv(stats)[1:])  # no BOM in a terminal or a pipe
        return EXIT_OK
    if args.format == "json":
        print(json.dumps([{
            "rule": s.id, "category": s.category, "severity": s.severity, "shown": s.shown, "applied": s.applied,
            "applied_pct": round(s.applied_pct, 1), "ignored": s.ignored, "ignored_pct": round(s.ignored_pct, 1),
            "weeks": [{"week": p.label, "shown": p.seen, "ignored": p.ignored} for p in s.weeks],
        } for s in stats], ensure_ascii=False, indent=2))
        return EXIT_OK
    weeks = filters.weeks_list
    if not stats:
        print(f"Ingen fund vist i uge {weeks[0].isocalendar()[1]}–{weeks[-1].isocalendar()[1]}.")
        return EXIT_OK
    header = ("REGEL", "VIST", "BRUGT", "IGNORERET", "IGNORERET PR. UGE")
    rows = [(s.id, str(s.shown), f"{s.applied_pct:.0f} %", f"{s.ignored_pct:.0f} %", trend(s.weeks)) for s in stats]
    widths = [max(len(r[i]) for r in rows + [header]) for i in range(4)]
    print(f"{header[0]:<{widths[0]}}  {header[1]:>{widths[1]}}  {header[2]:>{widths[2]}}  "
          f"{header[3]:>{widths[3]}}  {header[4]}")
    for r in rows:
        print(f"{r[0]:<{widths[0]}}  {r[1]:>{widths[1]}}  {r[2]:>{widths[2]}}  {r[3]:>{widths[3]}}  {r[4]}")
    print(f"\n{total} hændelser i uge {weeks[0].isocalendar()[1]}–{weeks[-1].isocalendar()[1]}. "
          "Øverst står de regler, der oftest bliver ignoreret; se dem med 'borgertekst rules show ID'.")
    return EXIT_OK


def ignore_rates(min_shown: int = 20, weeks: int = 26) -> dict[str, tuple[float, int]] | None:
    """rule id -> (ignored %, shown) over ``weeks``, for rules shown at least ``min_shown``
    times; None when there is no insight database to read."""
    from .stats import Filters, rule_stats

    store, _ = open_store()
    if store is None:
        return None
    try:
        return {s.id: (s.ignored_pct, s.shown) for s in rule_stats(store, Filters(weeks=weeks)) if s.shown >= min_shown}
    finally:
        store.close()


def _rule_location(rule_id: str, ruleset=None):
    """(file, line of ``id:``) of a rule, or (None, None)."""
    try:
        if ruleset is None:
            from ..rulebook import load_ruleset

            ruleset = load_ruleset()
        path = ruleset.rules[rule_id].path
    except Exception:
        return None, None
    try:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith("id:") and rule_id in line:
                return path, n
    except OSError:
        pass
    return path, None


def ignore_warnings(result, threshold: float, min_shown: int = 20, weeks: int = 26) -> int:
    """Add an 'ignoreres' warning to a lint result for every rule caseworkers ignore more than
    ``threshold`` % of the times it is shown (at least ``min_shown`` times in ``weeks``)."""
    from pathlib import Path

    from ..rulebook.lint import LintMessage

    rates = ignore_rates(min_shown=min_shown, weeks=weeks)
    if rates is None:
        _, reason = open_store()
        print(f"Ingen indsigt at sammenligne med: {reason}", file=sys.stderr)
        return 0
    added = 0
    for rule_id, (pct, shown) in sorted(rates.items(), key=lambda kv: -kv[1][0]):
        if pct <= threshold:
            continue
        path, line = _rule_location(rule_id, result.ruleset)
        result.messages.append(LintMessage(
            path or Path(rule_id), line, "ignoreres",
            f"reglen {rule_id} bliver ignoreret i {pct:.0f} % af {shown} viste fund de sidste {weeks} uger "
            f"(grænse {threshold:.0f} %); er den forkert eller dårligt formuleret? Se 'borgertekst rules stats'"))
        added += 1
    return added
