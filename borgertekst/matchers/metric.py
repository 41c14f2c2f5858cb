"""``type: metric`` – thresholds on LIX (letter, paragraph) and sentence length."""

from __future__ import annotations

from ..metrics import word_flags
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
        # a value just over the line (rule.milder_up_to) is marginal: one severity step milder
        marginal = rule.milder_up_to if rule.milder_up_to is not None else rule.max
        if rule.metric == "lix":
            total = analysis.count
            if total.words >= rule.min_words and total.lix > rule.max and analysis.document.paragraphs:
                first = analysis.document.paragraphs[0]
                last = analysis.document.paragraphs[-1]
                yield Hit(first.start, last.end, fields={"value": f"{total.lix:g}", "max": f"{rule.max:g}"},
                          milder=total.lix <= marginal)
        elif rule.metric == "paragraph_lix":
            for para, count in zip(analysis.document.paragraphs, analysis.paragraph_counts):
                if count.words >= rule.min_words and count.lix > rule.max:
                    yield Hit(para.start, para.end, fields={"value": f"{count.lix:g}", "max": f"{rule.max:g}"},
                              milder=count.lix <= marginal)
        elif rule.metric == "sentence_words":
            for sent, words in analysis.sentence_words:
                if words > rule.max:
                    for part, n in _colon_parts(sent, words):
                        if n > rule.max:
                            yield Hit(part.start_char, _end_char(part), fields={"value": str(n), "max": f"{rule.max:g}"},
                                      milder=n <= marginal)


_OPENING_QUOTES = frozenset({'"', "»", "«", "“", "„"})


def _colon_parts(sent, words: int):
    """A long sentence cut where a colon is followed by a capital letter: in Danish
    what follows is a sentence of its own ("Det står i § 91: Hvis man ikke …").
    Yields (span, words) per part; the sentence itself when it has no such colon."""
    doc = sent.doc
    cuts = []
    for i in range(sent.start, sent.end - 1):
        if doc[i].text != ":":
            continue
        j = i + 1
        while j < sent.end and (doc[j].is_space or doc[j].text in _OPENING_QUOTES):
            j += 1  # 'står der: "Kommunalbestyrelsen kan …"' is a quoted sentence of its own
        if j < sent.end and doc[j].is_alpha and doc[j].text[0].isupper():
            cuts.append(i + 1)
    if not cuts:
        yield sent, words
        return
    flags = word_flags(doc)[0]
    for a, b in zip([sent.start, *cuts], [*cuts, sent.end]):
        yield doc[a:b], sum(flags[a:b])


def _end_char(sent) -> int:
    end = sent.end
    while end > sent.start and sent.doc[end - 1].is_space:
        end -= 1
    return sent.doc[end - 1].idx + len(sent.doc[end - 1].text) if end > sent.start else sent.end_char
