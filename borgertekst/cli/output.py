"""Text output for people: findings grouped by category, line:column, colours on a tty."""

from __future__ import annotations

from ..report import Report
from ..vocabulary import CATEGORIES, CATEGORY_LABELS, SEVERITY_LABELS  # noqa: F401 (labels re-exported)
_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def format_report(report: Report, color: bool = False) -> str:
    def c(code: str, s: str) -> str:
        return f"{code}{s}{_RESET}" if color else s

    m = report.metrics
    lines = [
        c(_BOLD, report.file),
        f"  Brevtype: {report.letter_type}   LIX: {m.lix:g} ({m.lix_label})   "
        f"Ord: {m.words}   Sætninger: {m.sentences}",
    ]
    for notice in report.notices:
        lines.append(c(_DIM, f"  Bemærk: {notice}"))
    if not report.findings and m.words:
        lines.append("  Ingen fund. Godt skrevet!")
    for cat in CATEGORIES:
        found = [f for f in report.findings if f.category == cat]
        if not found:
            continue
        lines.append("")
        lines.append(c(_BOLD, f"  {CATEGORY_LABELS[cat]} ({len(found)})"))
        for f in found:
            sev = c(_COLORS[f.severity], SEVERITY_LABELS[f.severity])
            lines.append(f"    {f.line}:{f.column}  {sev}  {f.message}  {c(_DIM, f.rule)}")
            if f.suggestions:
                lines.append(f"        → {' | '.join(f.suggestions[:3])}")
    counts = report.counts()
    lines.append("")
    lines.append(f"  {counts['error']} fejl, {counts['warning']} advarsler, {counts['info']} info")
    return "\n".join(lines) + "\n\n"
