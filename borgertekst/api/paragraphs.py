"""Paragraph-wise checking with a cache, for editors that re-check as the user types.

Word-level rules (word lists, phrases, patterns, sentence length, passive,
spelling …) only look at a sentence or a paragraph, so each paragraph is
analysed on its own and its findings are cached by a hash of its text (plus
letter type and rule set). Re-checking after an edit analyses the changed
paragraph only. Letter-level rules need the whole letter: structure
(``required``) reads the text of all paragraphs (regular expressions, no
language layer), and the letter's LIX is summed from the cached paragraph
counts. The cache is a bounded LRU keyed by hashes; it keeps the findings (which quote
the matched words) in memory only, never on disk, and forgets them after ``max_age`` seconds without use.

One difference from analysing the whole letter at once: a sentence-initial
"De" counts as polite address only when the same paragraph also uses it
unambiguously.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

from .. import metrics
from ..document import Document, utf16_offsets
from ..engine import NO_WORDS, Analysis, Analyzer, locate, procedural_elements
from ..matchers.registry import scope_of
from ..report import Finding
from ..checks.struktur import element_status
from ..rewriting import can_rewrite
from .schemas import (
    CacheStats,
    LetterFinding,
    ParagraphFinding,
    ParagraphOccurrence,
    ParagraphResult,
    ParagraphsReport,
    ParagraphsRequest,
)


def is_letter_level(rule) -> bool:
    return scope_of(rule) == "letter"


def is_replaceable(finding: Finding, rule) -> bool:
    """Suggestions replace the span unless they are the rule's general advice."""
    return bool(finding.suggestions) and finding.suggestions != list(rule.suggestions)


@dataclass
class _Entry:
    findings: list[Finding]
    count: metrics.Count
    notices: list[str]
    used: float = 0.0  # clock time of the last use


class _Split:
    """Two views of one analyzer: paragraph rules and letter rules."""

    def __init__(self, analyzer: Analyzer):
        self.analyzer = analyzer
        self.paragraph = analyzer.restricted(lambda rule: not is_letter_level(rule))
        self.letter = [(r, m) for r, m in analyzer.matchers if is_letter_level(r)]


class ParagraphChecker:
    """Thread-safe; one per app."""

    def __init__(self, max_entries: int = 4096, max_age: float = 1800.0, clock=time.monotonic):
        self.max_entries = max_entries
        self.max_age = max_age
        self.clock = clock
        self._cache: OrderedDict[bytes, _Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._split: _Split | None = None
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._cache)

    def _split_for(self, analyzer: Analyzer) -> _Split:
        with self._lock:
            if self._split is None or self._split.analyzer is not analyzer:
                self._split = _Split(analyzer)  # new rule set: old entries can never hit again
                self._cache.clear()
            return self._split

    def _key(self, analyzer: Analyzer, letter_type: str, text: str) -> bytes:
        h = hashlib.blake2b(digest_size=20)
        h.update(f"{id(analyzer)}\0{letter_type}\0".encode())
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.digest()

    def _paragraph(self, split: _Split, letter_type: str, text: str) -> tuple[_Entry, bool]:
        key = self._key(split.analyzer, letter_type, text)
        with self._lock:
            entry = self._cache.get(key)
            now = self.clock()
            if entry is not None and now - entry.used > self.max_age:
                del self._cache[key]
                entry = None
            if entry is not None:
                entry.used = now  # order of the cache = order of last use
                self._cache.move_to_end(key)
                self.hits += 1
                return entry, True
        report = split.paragraph.analyze(Document.from_paragraphs([text]), letter_type)
        m = report.metrics
        now = self.clock()
        notices = [n for n in report.notices if n != NO_WORDS]  # said once for the whole letter
        entry = _Entry(report.findings, metrics.Count(m.words, m.long_words, m.sentences), notices, now)
        with self._lock:
            self.misses += 1
            self._cache[key] = entry
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)
            # least recently used first: drop those unused for too long
            while self._cache:
                oldest = next(iter(self._cache.values()))
                if now - oldest.used <= self.max_age:
                    break
                self._cache.popitem(last=False)
        return entry, False

    def check(self, analyzer: Analyzer, request: ParagraphsRequest) -> ParagraphsReport:
        split = self._split_for(analyzer)
        texts = [p.text for p in request.paragraphs]
        document = Document.from_paragraphs(texts)
        detected = analyzer.detector.detect(document.text)
        letter_type = request.letter_type or detected
        hits = misses = 0
        results: list[ParagraphResult] = []
        all_findings: list[Finding] = []
        counts: list[metrics.Count] = []
        notices: list[str] = []
        for para in request.paragraphs:
            entry, cached = self._paragraph(split, letter_type, para.text)
            hits, misses = hits + cached, misses + (not cached)
            counts.append(entry.count)
            notices.extend(n for n in entry.notices if n not in notices)
            all_findings.extend(entry.findings)
            u16 = _utf16_table(para.text)
            results.append(ParagraphResult(
                id=para.id, cached=cached,
                findings=[_relative(ParagraphFinding, f, split.analyzer, para.text, 0, u16) for f in entry.findings],
            ))
        letter_findings = self._letter(split, document, letter_type, counts, request, notices)
        all_findings.extend(letter_findings[1])
        status = element_status(letter_findings[2], all_findings) if letter_findings[2] is not None else {}
        report_metrics = metrics.summarize(counts, len(document.text))
        if report_metrics.words == 0:
            notices.append(NO_WORDS)
        return ParagraphsReport(
            letter_type=letter_type, letter_type_detected=detected, metrics=report_metrics,
            elements=procedural_elements(all_findings), element_status=status, paragraphs=results,
            letter_findings=letter_findings[0], notices=notices,
            cache=CacheStats(hits=hits, misses=misses),
        )

    def _letter(self, split: _Split, document: Document, letter_type: str, counts, request, notices: list[str]):
        if not document.paragraphs:
            return [], [], None
        # Letter-level matchers read only the text, the paragraphs and the counts;
        # the whole-letter language pass is not needed, so no Doc is built.
        analysis = Analysis(document, None, split.analyzer.nlp, letter_type, known_counts=counts)
        findings = split.analyzer.run(split.letter, analysis)
        notices.extend(n for n in analysis.notices if n not in notices)
        locate(findings, document)
        out: list[LetterFinding] = []
        tables: dict[int, list[int] | None] = {}
        for f in findings:
            index = document.paragraph_at(f.start)
            para = document.paragraphs[index]
            if index not in tables:
                tables[index] = _utf16_table(para.text)
            out.append(_relative(LetterFinding, f, split.analyzer, para.text, para.start, tables[index],
                                 paragraph_id=request.paragraphs[index].id))
        return out, findings, analysis


def _utf16_table(text: str) -> list[int] | None:
    """UTF-16 offsets of ``text`` (None when code points and UTF-16 units agree)."""
    return utf16_offsets(text) if any(ord(ch) > 0xFFFF for ch in text) else None


def _relative(cls, f: Finding, analyzer: Analyzer, text: str, base: int, u16: list[int] | None, **extra):
    def place(start: int, end: int) -> tuple[int, int, int, int]:
        start = max(0, start - base)
        end = min(len(text), max(start, end - base))
        return start, end, (u16[start] if u16 else start), (u16[end] if u16 else end)

    start, end, start16, end16 = place(f.start, f.end)
    try:
        rule = analyzer.ruleset.get(f.rule)
    except KeyError:
        rule = None
    replaceable = getattr(f, "replaceable", None)  # decided in the engine (contract 1)
    if replaceable is None:
        replaceable = is_replaceable(f, rule) if rule is not None else False
    # the other places of the same word in this paragraph (repeats are merged within a paragraph)
    occurrences = [ParagraphOccurrence(start=a, end=b, start_utf16=a16, end_utf16=b16)
                   for a, b, a16, b16 in (place(o.start, o.end) for o in getattr(f, "occurrences", ())
                                          if base <= o.start and o.end <= base + len(text))]
    return cls(
        rule=f.rule, category=f.category, severity=f.severity, start=start, end=end,
        start_utf16=start16, end_utf16=end16,
        text=text[start:end], message=f.message, suggestions=f.suggestions,
        replaceable=replaceable, rewritable=rule is not None and can_rewrite(f, ruleset=analyzer.ruleset),
        count=1 + len(occurrences), also_rules=list(getattr(f, "also_rules", ())), occurrences=occurrences,
        explanation=f.explanation, protects=f.protects, link=f.link, **extra,
    )
