"""``type: phrases`` – regular expressions over the letter's text.

Patterns match whole words (``\\b`` is added around them) and ignore case
unless the rule says ``case_sensitive: true``. An entry's ``unless`` pattern
suppresses the hit when it occurs in the same sentence (or paragraph/letter).

Before scanning, each entry's required words (``literals.required_needles``)
are looked up in the letter; entries that cannot match are not scanned.
"""

from __future__ import annotations

import regex

from .hit import Hit
from .literals import required_needles, save_needles


def compile_entry(pattern: str, case_sensitive: bool) -> regex.Pattern:
    flags = regex.VERSION1 | (0 if case_sensitive else regex.IGNORECASE)
    return regex.compile(r"(?<![\w§])(?:" + pattern + r")(?!\w)", flags)


class PhrasesMatcher:
    """Each entry is scanned on its own, and only if its required words occur
    in the letter. Hits never overlap: scanning left to right, the leftmost
    match wins, and where two entries match at the same place the earlier
    entry wins (as if all entries were one alternation)."""

    @staticmethod
    def scope(rule) -> str:
        # the ``unless`` context is read within a paragraph when checked paragraph-wise
        return "paragraph"

    def __init__(self, rule, nlp):
        self.rule = rule
        # (entry, needles, compiled pattern, compiled ``unless``): the two
        # expressions are compiled the first time the prefilter lets the entry
        # through (compiling all 151 takes a third of a second; a letter needs
        # a tenth of them), the needles come from literals' cache
        self.entries = [[entry, required_needles(entry.pattern), None, None] for entry in rule.entries]
        save_needles()

    def _compiled(self, item: list):
        if item[2] is None:
            entry = item[0]
            item[3] = regex.compile(entry.unless, regex.IGNORECASE | regex.VERSION1) if entry.unless else None
            item[2] = compile_entry(entry.pattern, self.rule.case_sensitive)  # last: marks the item compiled
        return item[2], item[3]

    def find(self, analysis):
        text = analysis.text
        index = analysis.text_index
        found: list[tuple[int, int, int]] = []  # start, entry number, end
        for number, item in enumerate(self.entries):
            if not index.may_match(item[1]):
                continue
            rx, unless = self._compiled(item)
            # overlapped: a match at every start, as an alternation would see
            for m in rx.finditer(text, overlapped=True, timeout=1.0):
                if m.end() == m.start():
                    continue
                if unless is not None:
                    lo, hi = analysis.scope(self.rule.unless_scope, m.start(), m.end())
                    if unless.search(text, lo, hi):
                        continue
                found.append((m.start(), number, m.end()))
        found.sort()
        last_end = -1
        for start, number, end in found:
            if start < last_end:
                continue
            last_end = end
            entry = self.entries[number][0]
            yield Hit(start, end, list(entry.replace), entry.explain, entry.message, advice=entry.word_class == "gloss")
