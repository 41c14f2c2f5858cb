"""Paragraph-wise checking with a cache, for editors that re-check as the user types.

The engine does the work (``Analyzer.analyze_paragraphs``): each paragraph is
analysed on its own with the rules that read at most a paragraph, and its
findings are kept here under the engine's ``paragraph_key`` (a hash of the
paragraph's text, the letter type and the rule set). Re-checking after an edit
analyses the changed paragraph only. The letter-level rules (those whose type
declares ``scope: letter``) run once on the whole letter.

The cache is a bounded LRU keyed by hashes; it keeps the findings (which quote
the matched words) in memory only, never on disk, and forgets them after
``max_age`` seconds without use.

The API's findings are the engine's ``Finding``s with offsets relative to their
paragraph (``to_paragraph``), plus ``rewritable`` (contract 6) and ``replacement``:
what "Brug »…«" inserts (``rewriting.replacement_for``: the suggestion inflected to
the matched form, guarded). ``rewritable`` here is read from the finding and its rule
(``can_rewrite``), or a sentence rewrite of one of its rules (``rewriting/sentences.yaml``: TRYK → TRÆK,
"bedes") matches the finding's sentence (``_sentence_offer``): the rule offers a rewrite. Whether the paragraph's rewrite really
changes the finding is a second, separate question (``/v1/rewrite/spans``,
``rewrite_spans``), which the page asks without holding up the re-check: running the
rewrite inside every re-check doubled its cost. /v1/analyze decides ``rewritable``
from the letter's guarded rewrite candidates.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict

import msgspec
from litestar import post
from litestar.di import NamedDependency
from litestar.params import JSONBody

from ..document import Document, utf16_offsets
from ..engine import Analyzer, ParagraphPart
from ..report import Finding
from ..rewriting import can_rewrite, replacement_for, rewritten_spans
from .schemas import (
    CacheStats,
    LetterType,
    LetterFinding,
    ParagraphFinding,
    ParagraphOccurrence,
    ParagraphResult,
    ParagraphsReport,
    ParagraphsRequest,
    Replacement,
)


class ParagraphChecker:
    """The paragraph cache; thread-safe, one per app."""

    def __init__(self, max_entries: int = 4096, max_age: float = 1800.0, clock=time.monotonic):
        self.max_entries = max_entries
        self.max_age = max_age
        self.clock = clock
        self._cache: OrderedDict[bytes, tuple[ParagraphPart, float]] = OrderedDict()  # part, last use
        self._lock = threading.Lock()
        self._analyzer: Analyzer | None = None
        self.hits = 0
        self.misses = 0

    def __len__(self) -> int:
        return len(self._cache)

    def get(self, key: bytes) -> ParagraphPart | None:
        with self._lock:
            found = self._cache.get(key)
            now = self.clock()
            if found is not None and now - found[1] > self.max_age:
                del self._cache[key]
                found = None
            if found is None:
                self.misses += 1
                return None
            self._cache[key] = (found[0], now)  # order of the cache = order of last use
            self._cache.move_to_end(key)
            self.hits += 1
            return found[0]

    def put(self, key: bytes, part: ParagraphPart) -> None:
        with self._lock:
            now = self.clock()
            self._cache[key] = (part, now)
            self._cache.move_to_end(key)
            while len(self._cache) > self.max_entries:
                self._cache.popitem(last=False)
            # least recently used first: drop those unused for too long
            while self._cache:
                _, used = next(iter(self._cache.values()))
                if now - used <= self.max_age:
                    break
                self._cache.popitem(last=False)

    def check(self, analyzer: Analyzer, request: ParagraphsRequest) -> ParagraphsReport:
        with self._lock:
            if self._analyzer is not analyzer:
                self._analyzer = analyzer  # new rule set: old entries can never hit again
                self._cache.clear()
        result = analyzer.analyze_paragraphs([p.text for p in request.paragraphs], request.letter_type, self)
        document = result.document
        paragraphs = []
        for para, part in zip(request.paragraphs, result.paragraphs):
            u16 = _utf16_table(para.text)
            paragraphs.append(ParagraphResult(
                id=para.id, cached=part.cached,
                findings=[to_paragraph(ParagraphFinding, f, analyzer, para.text, 0, u16)
                          for f in part.findings],
            ))
        letter_findings = []
        tables: dict[int, list[int] | None] = {}
        for f in result.letter_findings:
            index = document.paragraph_at(f.start)
            para = document.paragraphs[index]
            if index not in tables:
                tables[index] = _utf16_table(para.text)
            letter_findings.append(to_paragraph(LetterFinding, f, analyzer, para.text, para.start, tables[index],
                                                analysed=document.text, paragraph_id=request.paragraphs[index].id))
        cached = sum(part.cached for part in result.paragraphs)
        return ParagraphsReport(
            letter_type=result.letter_type, letter_type_detected=result.letter_type_detected,
            metrics=result.metrics, elements=result.elements, element_status=result.element_status,
            paragraphs=paragraphs, letter_findings=letter_findings, notices=result.notices,
            cache=CacheStats(hits=cached, misses=len(result.paragraphs) - cached),
        )


def _utf16_table(text: str) -> list[int] | None:
    """UTF-16 offsets of ``text`` (None when code points and UTF-16 units agree)."""
    return utf16_offsets(text) if any(ord(ch) > 0xFFFF for ch in text) else None


def replacement(f: Finding, analyzer: Analyzer, analysed: str, base: int = 0,
                u16: list[int] | None = None) -> Replacement | None:
    """``replacement_for`` the finding in the ``analysed`` text, with offsets relative to the
    place ``base`` (a paragraph's start; its UTF-16 table ``u16``); None when there is none."""
    found = replacement_for(f, analysed, analyzer.ruleset) if f.replaceable else None
    if found is None:
        return None
    start, end, new = found[0] - base, found[1] - base, found[2]
    if start < 0 or (u16 is not None and end >= len(u16)):
        return None  # reaches out of the paragraph it is shown in
    return Replacement(start=start, end=end, start_utf16=u16[start] if u16 else start,
                       end_utf16=u16[end] if u16 else end, text=new)


def to_paragraph(cls, f: Finding, analyzer: Analyzer, text: str, base: int, u16: list[int] | None,
                 analysed: str | None = None, **extra):
    """The engine's finding with offsets relative to its paragraph (``text``, which starts
    at ``base`` in the ``analysed`` text; that is ``text`` itself when ``base`` is 0), as
    the API's ``cls``; ``rewritable`` and ``replacement`` added."""

    def place(start: int, end: int) -> tuple[int, int, int, int]:
        start = max(0, start - base)
        end = min(len(text), max(start, end - base))
        return start, end, (u16[start] if u16 else start), (u16[end] if u16 else end)

    start, end, start16, end16 = place(f.start, f.end)
    occurrences = [ParagraphOccurrence(start=a, end=b, start_utf16=a16, end_utf16=b16)
                   for a, b, a16, b16 in (place(o.start, o.end) for o in f.occurrences)]
    shared = {name: getattr(f, name) for name in cls.__struct_fields__ if name in Finding.__struct_fields__}
    shared.update(start=start, end=end, start_utf16=start16, end_utf16=end16, text=text[start:end],
                  occurrences=occurrences, count=1 + len(occurrences))
    # the rule offers a rewrite; whether the paragraph's rewrite changes the span is /v1/rewrite/spans
    source = text if analysed is None else analysed
    rewritable = end > start and f.rule in analyzer.ruleset.rules and (
        can_rewrite(f, source, ruleset=analyzer.ruleset)  # the offer tried in its place (no analysis)
        or _sentence_offer(f, source))
    shown = replacement(f, analyzer, text if analysed is None else analysed, base, u16)
    if shown is not None and shown.end > len(text):
        shown = None
    return cls(**shared, rewritable=rewritable, replacement=shown, **extra)


def _sentence_offer(f: Finding, text: str) -> bool:
    """A sentence rewrite (``rewriting.sentences``, not a hint) of one of the finding's rules matches the sentence
    around the finding (``guard.sentence_bounds``) and covers it: "Vi skal gøre dig opmærksom på, at …", "De bedes …",
    which no word offer (``can_rewrite``) sees. The sentence is found by its punctuation, not by the language layer
    (the re-check runs no rewrite); the page asks /v1/rewrite/spans before it shows the button, so a sentence read
    wrongly here costs that question, never an empty offer."""
    from ..rewriting.guard import sentence_bounds
    from ..rewriting.sentences import load

    rules = set(f.rules)
    entries = [(r, rx) for r, rx in load() if not r.hint and r.rule in rules]
    if not entries or not 0 <= f.start < f.end <= len(text):
        return False
    start, end = sentence_bounds(text, f.start, f.end)
    while start < end and text[start].isspace():
        start += 1
    sentence = text[start:end].rstrip()
    for _, rx in entries:
        m = rx.search(sentence)
        if m and start + m.start() < f.end and f.start < start + m.end():
            return True
    return False


class RewriteSpansRequest(msgspec.Struct, forbid_unknown_fields=True):
    text: str
    letter_type: LetterType | None = None


class ChangeSpan(msgspec.Struct, kw_only=True):
    """Where a change of the rewrite lies in the text asked about (code points and UTF-16);
    ``start == end`` is an insertion."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int


class RewriteSpans(msgspec.Struct, kw_only=True):
    spans: list[ChangeSpan]


@post("/rewrite/spans", status_code=200, sync_to_thread=True, summary="Hvor en omskrivning ændrer teksten",
      description="Stederne, som /v1/rewrite med samme tekst og brevtype ændrer (kodepunkter og UTF-16), uden "
                  "den omskrevne tekst. Siden spørger for et afsnit, når tjekket har fund med `rewritable`, og "
                  "viser »Foreslå omskrivning« kun ved de fund, som en ændring rører.")
def rewrite_spans(data: JSONBody[RewriteSpansRequest], analyzer: NamedDependency[Analyzer]) -> RewriteSpans:
    """The change spans of ``rewrite(analyzer, text, letter_type)`` (``rewritten_spans``: remembered by
    the text's digest), so the page can ask, apart from the re-check, which findings' rewrites change
    something: a finding whose places no span touches gets no "Foreslå omskrivning"."""
    text = Document.from_text(data.text).text  # as /v1/rewrite reads it, so the offsets agree
    u16 = _utf16_table(text)
    return RewriteSpans(spans=[ChangeSpan(start=s, end=e, start_utf16=u16[s] if u16 else s, end_utf16=u16[e] if u16 else e)
                               for s, e in rewritten_spans(analyzer, text, data.letter_type)])
