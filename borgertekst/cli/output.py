"""Text output for people: findings grouped by category, line:column, colours on a tty.

Under each finding what to do, said honestly: "Skriv: »…«" only for text that fits that
place as it stands (``rewriting.replacement_for``: inflected, agreeing, guarded, the same
as the web page's "Brug"); a word that does not fit there is "Overvej: …"; advice is
"Råd: …", with the blanks the writer fills in shown as "___"."""

from __future__ import annotations

import re

from ..report import Finding, Report
from ..vocabulary import CATEGORIES, CATEGORY_LABELS, SEVERITY_LABELS  # noqa: F401 (labels re-exported)
_COLORS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


# a blank for the writer to fill in: "[dato]", "<navn>", or "…" standing as a word (as the web page reads them)
PLACEHOLDER = re.compile(r"\[([^\[\]\n\d]{1,40})\]|<([^<>\n\d/!][^<>\n\d]{0,39})>|(?<!\S)(?:…|\.\.\.)(?=[\s.,;:!?]|$)")


def show_blanks(suggestion: str) -> str:
    """The suggestion as a person reads it: blanks shown as "___"."""
    return PLACEHOLDER.sub("___", suggestion)


def advice_lines(f: Finding, text: str | None, ruleset=None) -> list[str]:
    """What the writer is told to do about ``f`` in the letter ``text``: "Skriv: »…«" for text
    that fits the place as it stands, "Overvej: …" for a replacement that does not fit there,
    "Råd: …" for advice."""
    if not f.suggestions:
        return []
    if f.replaceable and text is not None:
        from ..rewriting import known_words, replacement_for

        found = replacement_for(f, text, ruleset)
        if found is not None:
            start, end, new = found
            options = [new]
            if new == f.suggestions[0]:  # needed no inflection: the other plain alternatives fit as well
                options += [s for s in f.suggestions[1:3] if s != new and not PLACEHOLDER.search(s)]
            shown = " eller ".join(f"»{o}«" for o in options)
            if (start, end) != (f.start, f.end):
                shown += f" i stedet for »{text[start:end]}«"
            return [f"Skriv: {shown}"]
        from ..rewriting import guard
        from ..rewriting.quotes import masked_spans, quoted_spans
        from ..vocabulary import SENTENCE

        if SENTENCE.search(f.suggestions[0]):
            # a TRÆK sentence for a phrase inside a sentence: the writer (or `borgertekst rewrite`) rewrites it
            return [f"Omskriv sætningen, fx: »{show_blanks(f.suggestions[0])}«"]
        words = " | ".join(show_blanks(s) for s in f.suggestions[:3])
        reasons = guard.problems(text, f.start, f.end, f.suggestions[0],
                                 protected=(quoted_spans(text), masked_spans(text)))
        why = guard.REASONS[reasons[0]] if reasons else "ordet skal bøjes eller sætningen skrives om"
        if f.category == "stavning" and not known_words(f.suggestions[0]):
            why = "forslaget er heller ikke et ord i den danske ordbog"
        return [f"Overvej: {words} (passer ikke ind her, som det står: {why})"]
    if f.replaceable:  # no letter to fit it to
        return [f"Skriv: {' eller '.join(f'»{s}«' for s in f.suggestions[:3])}"]
    return [f"Råd: {show_blanks(f.suggestions[0])}"]


def format_report(report: Report, color: bool = False, text: str | None = None, ruleset=None) -> str:
    """The report for people; with the letter's ``text`` (and the rule set it was checked
    with) each replacement is fitted to its place first."""
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
            for line in advice_lines(f, text, ruleset):
                lines.append(f"        {line}")
    counts = report.counts()
    lines.append("")
    lines.append(f"  {counts['error']} fejl, {counts['warning']} advarsler, {counts['info']} info")
    return "\n".join(lines) + "\n\n"
