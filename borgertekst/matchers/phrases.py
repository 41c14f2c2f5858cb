"""``type: phrases`` – regular expressions over the letter's text.

Patterns match whole words (``\\b`` is added around them) and ignore case
unless the rule says ``case_sensitive: true``. An entry's ``unless`` pattern
suppresses the hit when it occurs in the same sentence (or paragraph/letter).
"""

from __future__ import annotations

import regex

from . import Hit, rule_type


def compile_entry(pattern: str, case_sensitive: bool) -> regex.Pattern:
    flags = regex.VERSION1 | (0 if case_sensitive else regex.IGNORECASE)
    return regex.compile(r"(?<![\w§])(?:" + pattern + r")(?!\w)", flags)


@rule_type("phrases")
class PhrasesMatcher:
    """Entries without ``unless`` are joined into one alternation, so the text
    is scanned once per rule instead of once per entry; where two entries match
    at the same place, the earlier entry wins."""

    def __init__(self, rule, nlp):
        self.rule = rule
        self.separate = []
        joined: list[str] = []
        self.group_entry: dict[int, object] = {}
        group = 1
        for entry in rule.entries:
            if entry.unless:
                unless = regex.compile(entry.unless, regex.IGNORECASE | regex.VERSION1)
                self.separate.append((entry, compile_entry(entry.pattern, rule.case_sensitive), unless))
                continue
            inner = regex.compile(entry.pattern, regex.VERSION1).groups
            self.group_entry[group] = entry
            joined.append("(" + entry.pattern + ")")
            group += inner + 1
        self.joined = compile_entry("|".join(joined), rule.case_sensitive) if joined else None

    def find(self, analysis):
        text = analysis.text
        if self.joined is not None:
            for m in self.joined.finditer(text, timeout=1.0):
                if m.end() == m.start():
                    continue
                entry = next(e for g, e in self.group_entry.items() if m.start(g) != -1)
                yield Hit(m.start(), m.end(), list(entry.replace), entry.explain, entry.message)
        for entry, rx, unless in self.separate:
            for m in rx.finditer(text, timeout=1.0):
                if m.end() == m.start():
                    continue
                lo, hi = analysis.scope(self.rule.unless_scope, m.start(), m.end())
                if unless.search(text, lo, hi):
                    continue
                yield Hit(m.start(), m.end(), list(entry.replace), entry.explain, entry.message)
