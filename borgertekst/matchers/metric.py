"""``type: metric`` – thresholds on LIX (letter, paragraph) and sentence length."""

from __future__ import annotations

from .hit import Hit


SCOPES = {"lix": "letter", "paragraph_lix": "paragraph", "sentence_words": "sentence"}


class MetricMatcher:
    @staticmethod
    def scope(rule) -> str:
        return SCOPES[rule.metric]

    def __init__(self, rule, nlp):
        self.rule = rule

    def find(self, analysis):
        rule = self.rule
        if rule.metric == "lix":
            total = analysis.count
            if total.words >= rule.min_words and total.lix > rule.max and analysis.document.paragraphs:
                first = analysis.document.paragraphs[0]
                last = analysis.document.paragraphs[-1]
                yield Hit(first.start, last.end, fields={"value": f"{total.lix:g}", "max": f"{rule.max:g}"})
        elif rule.metric == "paragraph_lix":
            for para, count in zip(analysis.document.paragraphs, analysis.paragraph_counts):
                if count.words >= rule.min_words and count.lix > rule.max:
                    yield Hit(para.start, para.end, fields={"value": f"{count.lix:g}", "max": f"{rule.max:g}"})
        elif rule.metric == "sentence_words":
            for sent, words in analysis.sentence_words:
                if words > rule.max:
                    yield Hit(sent.start_char, _end_char(sent), fields={"value": str(words), "max": f"{rule.max:g}"})


def _end_char(sent) -> int:
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[end - 1].idx + len(sent.doc[end - 1].text) if end > sent.start else sent.end_char
