"""Structure: which kind of letter this is, and whether the elements the
reader needs are there (``type: required`` rules in ``rules/struktur/``).

A missing element has no text of its own, so the finding marks the paragraph
where the element belongs: the first body paragraph (after the greeting) for
``position: start``, the last paragraph before the closing for ``position: end``.
"""

from __future__ import annotations

import regex

from ..matchers.hit import Hit

_FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE
GREETING = regex.compile(r"^\s*(kære|hej|goddag|til)\b", _FLAGS)
CLOSING = regex.compile(r"^\s*(med\s+)?(venlig(st)?|mange)\s+hilsen|^\s*mvh\b|^\s*hilsen\b", _FLAGS)


class LetterTypeDetector:
    """Scores each letter type by weighted signal phrases from ``brevtyper.yaml``."""

    def __init__(self, spec):
        self.spec = spec
        self.signals = []
        if spec is not None:
            for name, t in spec.types.items():
                for s in t.signals:
                    self.signals.append((name, regex.compile(s.pattern, _FLAGS), s.weight))

    def scores(self, text: str) -> dict[str, float]:
        scores: dict[str, float] = {}
        for name, rx, weight in self.signals:
            try:
                hit = rx.search(text, timeout=1.0)
            except TimeoutError:  # a huge text: this signal simply does not count
                continue
            if hit:
                scores[name] = scores.get(name, 0.0) + weight
        return scores

    def detect(self, text: str) -> str:
        scores = self.scores(text)
        if not scores:
            return "andet"
        best = max(scores, key=lambda k: scores[k])
        return best if scores[best] >= self.spec.min_score else "andet"


def body_paragraphs(document):
    """Indices of paragraphs between greeting and closing."""
    paras = document.paragraphs
    first, last = 0, len(paras) - 1
    while first < last and GREETING.match(paras[first].text) and len(paras[first].text) < 80:
        first += 1
    for i, p in enumerate(paras):
        if i > first and CLOSING.match(p.text):
            last = i - 1
            break
    return first, max(first, last)


class RequiredMatcher:
    @staticmethod
    def scope(rule) -> str:
        return "letter"

    def __init__(self, rule, nlp):
        self.rule = rule
        self.parts = [
            (key, part.label, [regex.compile(p, _FLAGS) for p in part.any]) for key, part in rule.parts.items()
        ]

    def present(self, text: str) -> dict[str, bool]:
        return {
            key: any(rx.search(text, timeout=1.0) for rx in patterns) for key, _label, patterns in self.parts
        }

    def find(self, analysis):
        document = analysis.document
        if not document.paragraphs:
            return
        found = self.present(analysis.text)
        missing = [label for key, label, _ in self.parts if not found[key]]
        if not missing:
            return
        first, last = body_paragraphs(document)
        para = document.paragraphs[first if self.rule.position == "start" else last]
        partial = len(missing) < len(self.parts)
        message = self.rule.message_partial if partial and self.rule.message_partial else None
        present = [label for key, label, _ in self.parts if found[key]]
        yield Hit(para.start, para.end, message=message,
                  fields={"missing": _join(missing), "present": _join(present)})


def _join(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " og " + labels[-1]
