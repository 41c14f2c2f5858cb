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
    def __init__(self, rule, nlp):
        self.rule = rule
        self.compiled = []
        for entry in rule.entries:
            unless = regex.compile(entry.unless, regex.IGNORECASE | regex.VERSION1) if entry.unless else None
            self.compiled.append((entry, compile_entry(entry.pattern, rule.case_sensitive), unless))

    def find(self, analysis):
        text = analysis.text
        for entry, rx, unless in self.compiled:
            for m in rx.finditer(text, timeout=1.0):
                if m.end() == m.start():
                    continue
                if unless is not None:
                    lo, hi = analysis.scope(self.rule.unless_scope, m.start(), m.end())
                    if unless.search(text, lo, hi):
                        continue
                yield Hit(m.start(), m.end(), list(entry.replace), entry.explain, entry.message)
