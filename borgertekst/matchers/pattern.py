"""``type: pattern`` – spaCy Matcher token patterns on LEMMA, LOWER, POS, MORPH."""

from __future__ import annotations

from spacy.attrs import LEMMA
from spacy.matcher import Matcher
from spacy.util import filter_spans

from .hit import Hit

_LEMMAS = "borgertekst_lemmas"
_MAX_SUBSETS = 256  # matchers kept for subsets of the entries


def doc_lemmas(doc) -> frozenset[int]:
    """The lemma hashes of ``doc``'s tokens, worked out once per Doc."""
    cached = doc.user_data.get(_LEMMAS)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[_LEMMAS] = (len(doc), frozenset(doc.to_array(LEMMA).tolist()))
    return cached[1]


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

    def _matcher_for(self, doc) -> Matcher | None:
        lemmas = doc_lemmas(doc)
        active = tuple(i for i, need in enumerate(self.required) if need <= lemmas)
        if not active:
            return None
        if len(active) == len(self.required):
            return self.matcher
        matcher = self._subsets.get(active)
        if matcher is None:
            matcher = Matcher(self.vocab)  # the patterns were validated by the full matcher
            for i in active:
                matcher.add(str(i), [self.rule.entries[i].tokens])
            if len(self._subsets) >= _MAX_SUBSETS:
                self._subsets.clear()
            self._subsets[active] = matcher
        return matcher

    def find(self, analysis):
        doc = analysis.doc
        matcher = self._matcher_for(doc)
        if matcher is None:
            return
        strings = doc.vocab.strings
        matches = matcher(doc, as_spans=False)
        by_span = {}
        for match_id, start, end in matches:
            by_span.setdefault((start, end), int(strings[match_id]))
        spans = filter_spans([doc[s:e] for (s, e) in by_span])
        for span in spans:
            entry = self.rule.entries[by_span[(span.start, span.end)]]
            yield Hit(span.start_char, span.end_char, list(entry.replace), entry.explain, entry.message,
                      advice=entry.word_class == "gloss")
