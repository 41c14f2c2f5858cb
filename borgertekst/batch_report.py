"""A report over many letters (e.g. one department's letters from last month).

``summarize`` turns the per-letter ``Report``s into counts: the LIX
distribution, findings per rule and category, the letters with the most
problems and the rules that never fired. ``render_html`` puts them into one
self-contained HTML page (inline CSS and SVG, no external URLs) with the
Jinja2 template ``html/report.html.j2``. Only file names, numbers and rule
texts appear — never the text of a letter.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape

from .report import Report
from .vocabulary import CATEGORIES, CATEGORY_LABELS, SEVERITIES, SEVERITY_LABELS, SEVERITY_PLURAL, SEVERITY_RANK

LIX_BANDS = [  # (label, lower bound, upper bound)
    ("meget let", 0, 25), ("let", 25, 35), ("middel", 35, 45), ("svær", 45, 55), ("meget svær", 55, None),
]


@dataclass
class RuleCount:
    id: str
    category: str
    severity: str
    message: str
    findings: int = 0
    letters: int = 0


@dataclass
class LetterRow:
    file: str
    letter_type: str
    lix: float
    lix_label: str
    words: int
    counts: dict[str, int]
    findings: int
    rules: int  # distinct rules that fired

    @property
    def weight(self) -> tuple:
        return tuple(self.counts.get(s, 0) for s in reversed(SEVERITIES)) + (self.findings,)


@dataclass
class BatchSummary:
    letters: list[LetterRow]
    rules: list[RuleCount]  # every enabled rule, most findings first
    categories: dict[str, dict[str, int]]  # category -> {"findings", "letters"}
    lix_bands: list[dict]
    letter_types: dict[str, int]
    severity_totals: dict[str, int]
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, Danish reason)
    generated: str = ""

    @property
    def total_findings(self) -> int:
        return sum(r.findings for r in self.letters)

    @property
    def never_fired(self) -> list[RuleCount]:
        return [r for r in self.rules if r.findings == 0]

    @property
    def fired(self) -> list[RuleCount]:
        return [r for r in self.rules if r.findings > 0]

    def worst(self, n: int = 15) -> list[LetterRow]:
        return sorted((r for r in self.letters if r.findings), key=lambda r: r.weight, reverse=True)[:n]

    @property
    def lix_mean(self) -> float | None:
        values = [r.lix for r in self.letters if r.words]
        return round(statistics.fmean(values), 1) if values else None

    @property
    def lix_median(self) -> float | None:
        values = [r.lix for r in self.letters if r.words]
        return round(statistics.median(values), 1) if values else None


def summarize(reports: list[Report], rules, failed: list[tuple[str, str]] | None = None) -> BatchSummary:
    """``rules``: the enabled rules of the analyzer (so rules that never fire show up)."""
    counts = {r.id: RuleCount(r.id, r.category, r.severity, r.message) for r in rules}
    categories = {c: {"findings": 0, "letters": 0} for c in CATEGORIES}
    severity_totals = {s: 0 for s in SEVERITIES}
    letter_types: dict[str, int] = {}
    letters = []
    for report in reports:
        fired: set[str] = set()
        for f in report.findings:
            rc = counts.get(f.rule)
            if rc is None:  # a finding from a rule the caller did not list
                rc = counts[f.rule] = RuleCount(f.rule, f.category, f.severity, "")
            rc.findings += 1
            fired.add(f.rule)
            categories.setdefault(f.category, {"findings": 0, "letters": 0})["findings"] += 1
            severity_totals[f.severity] = severity_totals.get(f.severity, 0) + 1
        for rule_id in fired:
            counts[rule_id].letters += 1
        for cat in {counts[r].category for r in fired}:
            categories[cat]["letters"] += 1
        letter_types[report.letter_type] = letter_types.get(report.letter_type, 0) + 1
        m = report.metrics
        letters.append(LetterRow(report.file, report.letter_type, m.lix, m.lix_label, m.words, report.counts(),
                                 len(report.findings), len(fired)))
    bands = []
    measured = [r for r in letters if r.words]
    for label, lo, hi in LIX_BANDS:
        n = sum(1 for r in measured if r.lix >= lo and (hi is None or r.lix < hi))
        bands.append({"label": label, "range": f"{lo}–{hi - 1}" if hi else f"{lo}+", "letters": n})
    ordered = sorted(counts.values(), key=lambda r: (-r.findings, -SEVERITY_RANK[r.severity], r.id))
    return BatchSummary(
        letters=letters, rules=ordered, categories=categories, lix_bands=bands,
        letter_types=dict(sorted(letter_types.items(), key=lambda kv: -kv[1])),
        severity_totals=severity_totals, failed=list(failed or []),
        generated=datetime.now().strftime("%d.%m.%Y %H:%M"),
    )


_env: Environment | None = None


def _environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=PackageLoader("borgertekst", "html"), autoescape=select_autoescape(["html", "j2"]),
                           trim_blocks=True, lstrip_blocks=True)
    return _env


def render_html(summary: BatchSummary, title: str = "Rapport over breve") -> str:

    template = _environment().get_template("report.html.j2")
    return template.render(s=summary, title=title, categories=CATEGORY_LABELS, severities=SEVERITY_LABELS,
                           severities_plural=SEVERITY_PLURAL, severity_order=list(reversed(SEVERITIES)))
