"""``type: phrases`` – regular expressions over the letter's text.

Patterns match whole words (``\\b`` is added around them) and ignore case
unless the rule says ``case_sensitive: true``. An entry's ``unless`` pattern
suppresses the hit when it occurs in the same sentence (or paragraph/letter).

Before scanning, each entry's required words (``literals.required_needles``)
and neighbouring words (``literals.required_pairs``) are looked up in the
letter; entries that cannot match are not scanned. An entry written as
alternatives (``a|b|c``) is scanned with only the alternatives whose own
required words the letter has, each alone (compiled once; at a start the
first alternative that matches wins, as in the alternation): an alternative
that cannot match anywhere in the letter changes no match when left out.
"""

from __future__ import annotations

import regex

from . import literals as _literals
from .hit import Hit
from .literals import (WORD, DerivedMemo, derive_reach, required_needles, required_pairs, save_needles, starts_with_word,
                       top_alternatives)


def compile_entry(pattern: str, case_sensitive: bool) -> regex.Pattern:
    """The entry as it matches: not preceded by a word character or "§", not
    followed by a word character."""
    flags = regex.VERSION1 | (0 if case_sensitive else regex.IGNORECASE)
    return regex.compile(r"(?<![\w§])(?:" + pattern + r")(?!\w)", flags)


def compile_scan(pattern: str, case_sensitive: bool, word_first: bool | None = None) -> regex.Pattern:
    """``compile_entry`` without its leading look-behind, for an overlapped scan
    whose matches are then kept only where ``_after_boundary`` holds: the same
    matches (an overlapped scan tries every start on its own, and the
    look-behind only decides whether a start may match), found three times
    faster, since ``regex`` tests a leading look-behind at every position.
    When every match starts with a word character (``starts_with_word``), a
    ``\\b`` in front turns away the starts inside a word at once: only starts
    ``_after_boundary`` would drop, and a pattern that begins with ``\\w+`` or a
    look-behind no longer runs from every letter of every word. ``word_first``:
    ``starts_with_word(pattern)`` when the caller knows it."""
    flags = regex.VERSION1 | (0 if case_sensitive else regex.IGNORECASE)
    return regex.compile(_scan_pattern(pattern, word_first), flags)


def _scan_pattern(pattern: str, word_first: bool | None = None) -> str:
    """``compile_scan``'s pattern."""
    head = r"\b" if (starts_with_word(pattern) if word_first is None else word_first) else ""
    return head + r"(?:" + pattern + r")(?!\w)"


_BOUNDARY_BEFORE = regex.compile(r"[\w§]", regex.VERSION1)  # the look-behind's class, one character
_word_or_section: dict[str, bool] = {}


def _after_boundary(text: str, start: int) -> bool:
    """``(?<![\\w§])`` at ``start``."""
    if start == 0:
        return True
    char = text[start - 1]
    found = _word_or_section.get(char)
    if found is None:
        found = _BOUNDARY_BEFORE.match(char) is not None
        if len(_word_or_section) < 10_000:
            _word_or_section[char] = found
    return not found


def split_alternatives(pattern: str) -> tuple[str, ...] | None:
    """``pattern``'s top-level alternatives, also inside one group around the whole
    pattern (``(?:a|b)``); None when there are fewer than two."""
    parts = top_alternatives(pattern)
    if len(parts) == 1 and pattern.startswith("(?:") and pattern.endswith(")"):
        inner = pattern[3:-1]
        if _compiles(inner):  # the group opened first closes last (not ``(?:a)b(?:c)``)
            parts = top_alternatives(inner)
    return tuple(parts) if len(parts) > 1 else None


_SPLIT = DerivedMemo("phrase-alternatives", __file__, split_alternatives)  # kept between runs


def _alternatives(pattern: str):
    """The alternatives of ``pattern`` (``split_alternatives``) with the required needles
    of each, when at least one has needles; None otherwise."""
    parts = _SPLIT(pattern)
    if parts is None:
        return None
    needles = [required_needles(part) for part in parts]
    if all(n is None for n in needles):
        return None
    return tuple(zip(parts, needles))


def _reach_of(key: str):
    """``derive_reach`` of a scan pattern; ``key``: "i" (ignore case) or "c", then the pattern."""
    return derive_reach(key[1:], key[0] == "i")


_REACH = DerivedMemo("phrase-reach", _literals.__file__, _reach_of)  # kept between runs (derived in literals.py)

WINDOW_SHARE = 0.5  # windows longer than this share of the text: one scan of the whole text is cheaper
MAX_PLACES = 40  # more places of a needle set than this: the whole text


def _windows(requirement, reach, index, n: int):
    """Where a scan of an entry must look, as (first start, last start, end of text to scan), when every
    match contains a needle of a set of ``requirement`` (``required_needles``: each needle, case-folded,
    is a substring of each match) and ``reach`` (``derive_reach``) bounds the match and what an attempt
    reads: every match starts within ``width`` characters before a place of a needle, and an attempt
    there reads nothing at or past ``start + reach``. None: scan the whole text (no bound, no needles, a
    text whose case-folding changes its length, or windows that cover much of it)."""
    if reach is None or requirement is None or len(index.folded) != n:
        return None
    (c, w, s), (ca, wa, sa) = reach
    words = index.longest_word if w or wa else 0
    spaces = index.longest_space if s or sa else 0
    width = c + w * words + s * spaces
    ahead = ca + wa * words + sa * spaces
    if width + ahead > WINDOW_SHARE * n:
        return None
    places = _places_memo(index)
    for needles in requirement[:2]:
        spans = []
        for _, needle in needles:
            at = places.get(needle, _UNSEEN)
            if at is _UNSEEN:
                at = places[needle] = _places(index.folded, needle)
            if at is None:
                break
            spans.extend((max(p + len(needle) - width, 0), p) for p in at)
            if len(spans) > MAX_PLACES:
                break
        else:
            spans.sort()
            out = []
            for lo, hi in spans:
                if out and lo <= out[-1][1] + 1:
                    if hi > out[-1][1]:
                        out[-1][1] = hi
                else:
                    out.append([lo, hi])
            if sum(hi - lo + ahead for lo, hi in out) <= WINDOW_SHARE * n:
                return [(lo, hi, min(hi + ahead, n)) for lo, hi in out]
    return None


_UNSEEN = object()


def _places_memo(index) -> dict:
    """The places of needles found in ``index``'s text so far (``_places``), kept on the index."""
    memo = index.__dict__.get("_needle_places")
    if memo is None:
        memo = index.__dict__["_needle_places"] = {}
    return memo


def _places(folded: str, needle: str) -> list[int] | None:
    """Where ``needle`` occurs in ``folded`` (overlapping occurrences too), or None when more than
    ``MAX_PLACES`` times (no counting beyond: ``str.count`` first)."""
    if folded.count(needle) > MAX_PLACES:  # (counts without overlaps: a lower bound)
        return None
    out = []
    at = folded.find(needle)
    while at >= 0:
        out.append(at)
        if len(out) > MAX_PLACES:
            return None
        at = folded.find(needle, at + 1)
    return out


def _scan(rx, text: str, windows):
    """``rx.finditer(text, overlapped=True)``, or within ``windows`` (``_windows``) only: the same matches."""
    if windows is None:
        yield from rx.finditer(text, overlapped=True, timeout=1.0)
        return
    for lo, hi, end in windows:
        for m in rx.finditer(text, lo, end, overlapped=True, timeout=1.0):
            if m.start() > hi:
                break
            yield m


def _compiles(pattern: str) -> bool:
    try:
        regex.compile(pattern, regex.VERSION1)
    except regex.error:
        return False
    return True


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
        # (entry, needles, compiled scan pattern (``compile_scan``), compiled ``unless``): the two
        # expressions are compiled the first time the prefilter lets the entry
        # through (compiling all 151 takes a third of a second; a letter needs
        # a tenth of them), the needles come from literals' cache
        self.entries = [[entry, required_needles(entry.pattern), None, None] for entry in rule.entries]
        # per entry, neighbouring words one pair of which every match has (``required_pairs``):
        # an entry of common words ("du skal straks") passes the word test in most letters
        self._pairs = [required_pairs(entry.pattern) for entry in rule.entries]
        # per entry, whether every match starts with a word character (``compile_scan``'s ``\\b``)
        self._word_first = [starts_with_word(entry.pattern) for entry in rule.entries]
        # per entry written as alternatives: (alternative, its required needles) each; None otherwise
        self._alternatives = [_alternatives(entry.pattern) for entry in rule.entries]
        # per entry and alternative, the alternative's scan pattern, compiled when first needed alone
        self._alternative_scans = [[None] * len(a) if a else None for a in self._alternatives]
        # per entry (and per alternative): ``derive_reach`` of its scan pattern (``compile_scan``), for ``_windows``
        case = "c" if rule.case_sensitive else "i"
        self._reach = [_REACH(case + _scan_pattern(entry.pattern, word_first))
                       for entry, word_first in zip(rule.entries, self._word_first)]
        self._alternative_reach = [tuple(_REACH(case + _scan_pattern(part, None)) for part, _ in a) if a else None
                                   for a in self._alternatives]
        save_needles()
        _SPLIT.save()
        _REACH.save()
        # the entries whose first needle set is whole words only, by those words: a letter
        # names its candidates with one set intersection; the other entries are always tested
        self._by_word: dict[str, list[int]] = {}
        self._always: list[int] = []
        for number, (_, requirement, _, _) in enumerate(self.entries):
            if requirement is None or any(kind != WORD for kind, _ in requirement[0]):
                self._always.append(number)
                continue
            for _, word in requirement[0]:
                self._by_word.setdefault(word, []).append(number)
        self._words = frozenset(self._by_word)
        self._prefilter = (tuple(requirement for _, requirement, _, _ in self.entries),
                           tuple(self._pairs))  # part of the memo key

    def _compiled(self, number: int):
        item = self.entries[number]
        if item[2] is None:
            self._unless(number)
            # last: marks the item compiled
            item[2] = compile_scan(item[0].pattern, self.rule.case_sensitive, self._word_first[number])
        return item[2], item[3]

    def _unless(self, number: int):
        item = self.entries[number]
        if item[3] is None and item[0].unless:
            item[3] = regex.compile(item[0].unless, regex.IGNORECASE | regex.VERSION1)
        return item[3]

    def _alternative_scan(self, number: int, alternative: int) -> regex.Pattern:
        scans = self._alternative_scans[number]
        rx = scans[alternative]
        if rx is None:
            rx = scans[alternative] = compile_scan(self._alternatives[number][alternative][0], self.rule.case_sensitive)
        return rx

    def _spans(self, number: int, kept: tuple[int, ...] | None, text: str, index=None):
        """(start, end) of the entry's matches that stand as whole words, at most one per start, as
        the whole entry's overlapped scan finds them. ``kept``: the alternatives that can match in
        ``text`` (None: scan the whole entry). Each is scanned alone; at a start, the first
        alternative that matches there gives the match, as in the alternation."""
        if kept is None:
            rx, _ = self._compiled(number)
            windows = None if index is None else _windows(self.entries[number][1], self._reach[number], index, len(text))
            # overlapped: a match at every start, as an alternation would see
            for m in _scan(rx, text, windows):
                if m.end() != m.start() and _after_boundary(text, m.start()):
                    yield m.start(), m.end()
            return
        first: dict[int, int] = {}
        alternatives = self._alternatives[number]
        for alternative in kept:
            windows = None if index is None else _windows(
                alternatives[alternative][1], self._alternative_reach[number][alternative], index, len(text))
            for m in _scan(self._alternative_scan(number, alternative), text, windows):
                if _after_boundary(text, m.start()):
                    first.setdefault(m.start(), m.end())  # an empty match also takes its start, as in the whole
        for start in sorted(first):
            if first[start] != start:
                yield start, first[start]

    def find(self, analysis):
        """The hits, worked out once per analysis and rule: the tone scorer builds its own
        matchers of the tone phrase rules and asks for the same hits as the rules themselves
        (an equal rule, parsed again, shares them)."""
        memo = analysis.__dict__.setdefault("_phrase_hits", {})
        found = memo.get(self.rule.id)
        if found is not None and (found[0] is self.rule or found[0] == self.rule) and found[1] == self._prefilter:
            return iter(found[2])
        hits = list(self._find(analysis))
        memo[self.rule.id] = (self.rule, self._prefilter, hits)
        return iter(hits)

    def _find(self, analysis):
        text = analysis.text
        index = analysis.text_index
        found: list[tuple[int, int, int]] = []  # start, entry number, end
        candidates = set(self._always)
        for word in self._words.intersection(index.words):
            candidates.update(self._by_word[word])
        pairs = self._pairs
        for number in sorted(candidates):
            item = self.entries[number]
            if not index.may_match(item[1]):
                continue
            needed = pairs[number]
            if needed is not None and needed.isdisjoint(index.pairs):
                continue
            alternatives, kept = self._alternatives[number], None
            if alternatives is not None:
                kept = tuple(i for i, (_, needles) in enumerate(alternatives) if index.may_match(needles))
                if not kept:
                    continue
                if len(kept) == len(alternatives):
                    kept = None
            unless = self._unless(number)
            for start, end in self._spans(number, kept, text, index):
                if unless is not None:
                    lo, hi = analysis.scope(self.rule.unless_scope, start, end)
                    if unless.search(text, lo, hi):
                        continue
                found.append((start, number, end))
        found.sort()
        last_end = -1
        for start, number, end in found:
            if start < last_end:
                continue
            last_end = end
            entry = self.entries[number][0]
            yield Hit(start, end, list(entry.replace), entry.explain, entry.message, advice=entry.word_class == "gloss")
