"""Findings and reports: the one result type every consumer (CLI, API,
rewrite, report page) reads."""

from __future__ import annotations

import msgspec

from .vocabulary import CATEGORIES, ELEMENTS, LETTER_TYPES, SEVERITIES, SEVERITY_RANK

PROTECTS = ELEMENTS  # the procedural-justice elements a rule protects
__all__ = ["CATEGORIES", "LETTER_TYPES", "PROTECTS", "SEVERITIES", "SEVERITY_RANK", "Finding", "Metrics",
           "Occurrence", "Report", "to_json"]


class Occurrence(msgspec.Struct, kw_only=True):
    """Another place of the same problem (same rule, same word) as its finding."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int
    line: int
    column: int
    paragraph: int


class Finding(msgspec.Struct, kw_only=True, omit_defaults=True):
    rule: str  # the strongest rule on the span; the others are in ``also_rules``
    category: str
    severity: str
    start: int  # code-point offset into the analysed text (the first place)
    end: int
    text: str
    message: str
    # True when suggestions[0] is drop-in replacement text for the span; False when the
    # suggestions are advice for the writer. Decided once, in the engine.
    replaceable: bool
    count: int  # places of this problem: this one plus ``occurrences``
    suggestions: list[str] = []
    explanation: str = ""
    protects: list[str] = []
    link: str = ""
    line: int = 0  # 1-based, for people
    column: int = 0  # 1-based code-point column
    paragraph: int = -1  # index into the document's paragraphs
    start_utf16: int = -1  # offsets for JavaScript editors
    end_utf16: int = -1
    also_rules: list[str] = []  # other rules that flag exactly this span
    occurrences: list[Occurrence] = []  # the other places of the same word (same rule), in order

    @property
    def rules(self) -> list[str]:
        """Every rule that flags this span: ``rule`` first, then ``also_rules``."""
        return [self.rule, *self.also_rules]

    def spans(self) -> list[tuple[int, int]]:
        """Every place of this problem: the finding's own span, then its occurrences."""
        return [(self.start, self.end)] + [(o.start, o.end) for o in self.occurrences]


class Metrics(msgspec.Struct, kw_only=True):
    lix: float
    lix_label: str
    words: int
    sentences: int
    long_words: int
    paragraphs: int
    characters: int
    avg_sentence_words: float
    paragraph_lix: list[float] = []


class ElementStatus(msgspec.Struct, kw_only=True):
    """How well the letter covers one procedural-justice element (contract 4)."""

    status: str  # covered | weak | missing
    label: str  # Danish name of the element
    reason: str  # Danish: why


class Report(msgspec.Struct, kw_only=True):
    file: str
    letter_type: str
    letter_type_detected: str
    metrics: Metrics
    findings: list[Finding]
    elements: dict[str, bool] = {}  # procedural-justice elements covered
    element_status: dict[str, ElementStatus] = {}  # the same, with covered/weak/missing and why
    letter_type_confidence: float = 0.0  # 0-1; 1.0 when the writer gave the type
    notices: list[str] = []  # e.g. "stavekontrol ikke tilgængelig"

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in SEVERITIES}
        for f in self.findings:
            out[f.severity] += 1
        return out


_encoder = msgspec.json.Encoder()


def to_json(obj) -> bytes:
    return _encoder.encode(obj)
