"""``type: pattern`` – spaCy Matcher token patterns on LEMMA, LOWER, POS, MORPH."""

from __future__ import annotations

import re

from spacy.attrs import LEMMA
from spacy.matcher import Matcher
from spacy.util import filter_spans

from ..nlp.tokens import token_table
from .hit import Hit

_LEMMAS = "borgertekst_lemmas"
_MAX_SUBSETS = 256  # matchers kept for subsets of the entries


def doc_lemmas(doc) -> frozenset[int]:
    """The lemma hashes of ``doc``'s tokens, worked out once per Doc."""
    return _lemma_columns(doc)[1]


def _lemma_columns(doc) -> tuple[int, frozenset[int], list[int]]:
    """(length, the set of lemma hashes, the lemma hash of each token), once per Doc."""
    cached = doc.user_data.get(_LEMMAS)
    if cached is None or cached[0] != len(doc):
        lemmas = doc.to_array(LEMMA).tolist()
        cached = doc.user_data[_LEMMAS] = (len(doc), frozenset(lemmas), lemmas)
    return cached


_OPS = frozenset({"?", "*", "+"})
_UNPREPARED: list = []  # a PatternMatcher's window tests before the first letter


def _token_test(spec: dict):
    """``spec`` (one token of a pattern) as a test of (lower-case text, lemma) that says
    exactly what the Matcher says, or None for a spec this test does not read (other
    attributes, negation, counted repeats): then the rule is matched on the whole Doc."""
    if not isinstance(spec, dict) or not spec or spec.get("OP", "?") not in _OPS:
        return None
    tests = []
    for key, value in spec.items():
        if key == "OP":
            continue
        if key not in ("LEMMA", "LOWER"):
            return None
        slot = 0 if key == "LOWER" else 1
        if isinstance(value, str):
            tests.append(lambda tok, v=value, i=slot: tok[i] == v)
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("IN"), list) \
                and all(isinstance(v, str) for v in value["IN"]):
            tests.append(lambda tok, v=frozenset(value["IN"]), i=slot: tok[i] in v)
        elif isinstance(value, dict) and len(value) == 1 and isinstance(value.get("REGEX"), str):
            # as spaCy's REGEX predicate: ``re.search`` on the attribute's string
            tests.append(lambda tok, v=re.compile(value["REGEX"]), i=slot: v.search(tok[i]) is not None)
        else:
            return None
    return lambda tok: all(test(tok) for test in tests)


def required_lemmas(tokens: list[dict], strings) -> frozenset[int]:
    """Lemmas every match of a token pattern contains: those of its tokens that
    must occur exactly once (no ``OP``) and name one lemma."""
    return frozenset(strings.add(t["LEMMA"]) for t in tokens if isinstance(t.get("LEMMA"), str) and "OP" not in t)


class PatternMatcher:
    @staticmethod
    def scope(rule) -> str:
        return "sentence"

    def __init__(self, rule, nlp):
        self.rule = rule
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab, validate=True)
        for i, entry in enumerate(rule.entries):
            self.matcher.add(str(i), [entry.tokens])
        # an entry can match only a Doc with all of its required lemmas: per Doc, the
        # Matcher runs with just those entries (the same algorithm, entries in the same order)
        self.required = [required_lemmas(entry.tokens, nlp.vocab.strings) for entry in rule.entries]
        self._subsets: dict[tuple[int, ...], Matcher] = {}
        # Windows. When every entry starts with a token of one fixed lemma and every token of
        # every entry is one ``_token_test`` reads, a match of an entry starts at a token with its
        # first lemma and never spans a token that no token of any entry matches (a "barrier").
        # The Matcher then runs only from such a start to the next barrier: the same matches,
        # found without walking the whole letter (the Matcher builds two Token objects per
        # token it walks).
        # (worked out on the first letter, not at start-up: ``_prepare_windows``)
        self._tests: list | None = _UNPREPARED
        self._starts: list[int] = []
        self._barrier: dict[tuple[int, int], bool] = {}  # (ORTH, LEMMA) -> no token of any entry matches it

    def _prepare_windows(self) -> None:
        entries = self.rule.entries
        tests = [_token_test(spec) for entry in entries for spec in entry.tokens]
        firsts = [entry.tokens[0] if entry.tokens else None for entry in entries]
        # (a first token may test its text as well, "LOWER": {"REGEX": "s$"}: a window still starts at its lemma)
        windowed = all(tests) and all(isinstance(f, dict) and isinstance(f.get("LEMMA"), str) and "OP" not in f
                                      for f in firsts)
        self._starts = [self.vocab.strings.add(f["LEMMA"]) for f in firsts] if windowed else []
        self._tests = tests if windowed else None

    @property
    def windowed(self) -> bool:
        """Whether the entries are matched in windows (see ``__init__``)."""
        if self._tests is _UNPREPARED:
            self._prepare_windows()
        return self._tests is not None

    def _matcher_for(self, doc) -> tuple[Matcher | None, tuple[int, ...]]:
        """The Matcher of the entries that can match ``doc``, and their numbers."""
        lemmas = doc_lemmas(doc)
        active = tuple(i for i, need in enumerate(self.required) if need <= lemmas)
        if not active:
            return None, active
        if len(active) == len(self.required):
            return self.matcher, active
        matcher = self._subsets.get(active)
        if matcher is None:
            matcher = Matcher(self.vocab)  # the patterns were validated by the full matcher
            for i in active:
                matcher.add(str(i), [self.rule.entries[i].tokens])
            if len(self._subsets) >= _MAX_SUBSETS:
                self._subsets.clear()
            self._subsets[active] = matcher
        return matcher, active

    def _windows(self, doc, active: tuple[int, ...]) -> list[tuple[int, int]] | None:
        """Token ranges that hold every match of the ``active`` entries (see ``__init__``),
        or None: the whole Doc."""
        if not self.windowed:
            return None
        _, _, lemmas = _lemma_columns(doc)
        starts = frozenset(self._starts[i] for i in active)
        texts, orths = token_table(doc).texts, token_table(doc).orths
        strings = doc.vocab.strings
        barrier_memo = self._barrier
        tests = self._tests
        windows: list[tuple[int, int]] = []
        n = len(lemmas)
        i = 0
        while i < n:
            if lemmas[i] not in starts:
                i += 1
                continue
            start = i
            i += 1
            while i < n:  # to the next barrier
                key = (orths[i], lemmas[i])
                barrier = barrier_memo.get(key)
                if barrier is None:
                    tok = (texts[i].lower(), strings[lemmas[i]])
                    barrier = not any(test(tok) for test in tests)
                    if len(barrier_memo) >= 100_000:
                        barrier_memo.clear()
                    barrier_memo[key] = barrier
                if barrier:
                    break
                i += 1
            windows.append((start, i))
        return windows

    def find(self, analysis):
        doc = analysis.doc
        matcher, active = self._matcher_for(doc)
        if matcher is None:
            return
        strings = doc.vocab.strings
        windows = self._windows(doc, active)
        if windows is None:
            matches = matcher(doc, as_spans=False)
        else:  # a window's matches are relative to it. The Doc has lemmas (a window starts at
            # one), so the Matcher's check for missing annotation, a walk over the Doc, is skipped
            matches = [(match_id, start + a, end + a) for a, b in windows
                       for match_id, start, end in matcher(doc[a:b], as_spans=False, allow_missing=True)]
        by_span = {}
        for match_id, start, end in matches:
            by_span.setdefault((start, end), int(strings[match_id]))
        spans = filter_spans([doc[s:e] for (s, e) in by_span])
        for span in spans:
            entry = self.rule.entries[by_span[(span.start, span.end)]]
            yield Hit(span.start_char, span.end_char, list(entry.replace), entry.explain, entry.message,
                      advice=entry.word_class == "gloss")
