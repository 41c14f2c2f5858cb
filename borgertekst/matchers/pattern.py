"""``type: pattern`` – spaCy Matcher token patterns on LEMMA, LOWER, POS, MORPH."""

from __future__ import annotations

from spacy.matcher import Matcher
from spacy.util import filter_spans

from .hit import Hit


class PatternMatcher:
    @staticmethod
    def scope(rule) -> str:
        return "sentence"

    def __init__(self, rule, nlp):
        self.rule = rule
        self.matcher = Matcher(nlp.vocab, validate=True)
        for i, entry in enumerate(rule.entries):
            self.matcher.add(str(i), [entry.tokens])

    def find(self, analysis):
        doc = analysis.doc
        strings = doc.vocab.strings
        matches = self.matcher(doc, as_spans=False)
        by_span = {}
        for match_id, start, end in matches:
            by_span.setdefault((start, end), int(strings[match_id]))
        spans = filter_spans([doc[s:e] for (s, e) in by_span])
        for span in spans:
            entry = self.rule.entries[by_span[(span.start, span.end)]]
            yield Hit(span.start_char, span.end_char, list(entry.replace), entry.explain, entry.message,
                      advice=entry.word_class == "gloss")
