"""The analysis engine: document → language layer → checks → report.

``Analyzer`` holds the loaded pipeline and the compiled rule set; it is built
once per process (CLI run, server) and then analyses any number of letters.
"""

from __future__ import annotations

import bisect
import hashlib
import copy
import logging
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

import msgspec
from spacy.language import Language
from spacy.tokens import Doc

from . import metrics
from .document import MAX_TEXT_CHARS, Document, InputError, utf16_offsets
from .matchers.hit import Hit
from .matchers.registry import build, scope_of
from .matchers.literals import TextIndex, text_index
from .report import Finding, Occurrence, Report
from .rulebook import RuleSet, load_ruleset
from .vocabulary import ELEMENTS, LETTER_TYPES, SEVERITY_RANK, is_drop_in
from .checks.klarsprog import drop_explained, professional_reader
from .checks.panel import element_status
from .lettertype import lower, severity_for
from .nlp import quotes
from .nlp.tokens import token_table

log = logging.getLogger("borgertekst.engine")

_NEWLINE = re.compile("\n")
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # two UTF-16 units each

NO_WORDS = "Teksten indeholder ingen ord, så der er intet at tjekke."



class _Fields(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Analysis:
    """Everything the checks read: the text, its Doc, paragraphs, letter type."""

    document: Document
    doc: Doc
    nlp: Language
    letter_type: str = "andet"
    notices: list[str] = field(default_factory=list)
    # per-paragraph counts known beforehand (the paragraph endpoint's cache);
    # when given, no Doc is needed for the letter's counts
    known_counts: list[metrics.Count] | None = None
    # the findings one per rule and place (located, before ``merge_same_span`` and
    # ``merge_repeats``), for consumers that change the text place by place (rewrite)
    findings: list[Finding] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def text_index(self) -> TextIndex:
        """Case-folded words of the text, for the phrases prefilter (the same index
        the letter-type signals and lazy patterns read: built once per text)."""
        return text_index(self.text)

    @cached_property
    def sentences(self):
        is_space = token_table(self.doc).is_space  # no Token per word
        return [s for s in self.doc.sents if not all(is_space[s.start:s.end])]

    @cached_property
    def sentence_words(self):
        return [(s, n) for s, n, _ in self._sentence_counts]

    @cached_property
    def _sentence_counts(self) -> list[tuple]:
        """(sentence, words, long words) of each sentence, from one walk of the word flags."""
        words, long = metrics.word_flags(self.doc)
        return [(s, sum(words[s.start:s.end]), sum(long[s.start:s.end])) for s in self.sentences]

    @cached_property
    def count(self) -> metrics.Count:
        return metrics.Count.total(self.paragraph_counts)

    @cached_property
    def paragraph_counts(self) -> list[metrics.Count]:
        if self.known_counts is not None:
            return self.known_counts
        counts = [metrics.Count() for _ in self.document.paragraphs]
        if not counts:
            return counts
        starts = [p.start for p in self.document.paragraphs]
        for sent, words, long in self._sentence_counts:  # as metrics.count_span(sent) each
            if words:
                count = counts[max(bisect.bisect_right(starts, sent.start_char) - 1, 0)]
                count.words += words
                count.long_words += long
                count.sentences += 1
        return counts

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start_char for s in self.sentences]

    def scope(self, kind: str, start: int, end: int) -> tuple[int, int]:
        """Character range of the sentence/paragraph/letter around a match."""
        if kind == "letter" or not self.sentences:
            return 0, len(self.text)
        if kind == "paragraph":
            para = self.document.paragraphs[self.document.paragraph_at(start)]
            return para.start, max(para.end, end)
        i = max(bisect.bisect_right(self._sentence_starts, start) - 1, 0)
        sent = self.sentences[i]
        return sent.start_char, max(sent.end_char, end)

    def sentence_of(self, start: int):
        i = max(bisect.bisect_right(self._sentence_starts, start) - 1, 0)
        return self.sentences[i] if self.sentences else None


class Analyzer:
    """A loaded language layer plus compiled rules; thread-safe for reading."""

    def __init__(self, ruleset: RuleSet | None = None, nlp: Language | None = None):
        from .nlp import load

        self.nlp = nlp or load()
        self.ruleset = ruleset or load_ruleset()
        self.matchers = [(rule, build(rule, self.nlp)) for rule in self.ruleset.enabled()]
        # letter-level findings (a missing element, the letter's LIX) mark where something
        # belongs, not the words at fault: they are never merged with others
        self.placed = frozenset(rule.id for rule in self.ruleset.enabled() if scope_of(rule) == "letter")
        from .lettertype import LetterTypeDetector

        self.detector = LetterTypeDetector(self.ruleset.letter_types)

    def analyze(self, source: str | Document, letter_type: str | None = None, file: str = "-") -> Report:
        """The report on one letter."""
        return self.analysis(source, letter_type, file)[1]

    def analysis(self, source: str | Document, letter_type: str | None = None,
                 file: str = "-") -> tuple[Analysis, Report]:
        """The report on one letter and the ``Analysis`` it came from (its ``Doc``,
        sentences, letter type), for in-process consumers that read the text again
        (rewrite) instead of parsing it a second time."""
        document = source if isinstance(source, Document) else Document.from_text(source)
        if len(document.text) > MAX_TEXT_CHARS:  # .docx/.html text is built from paragraphs
            raise InputError(
                f"Teksten er for lang ({len(document.text):,} tegn); grænsen er {MAX_TEXT_CHARS:,} tegn."
            )
        if letter_type is not None and letter_type not in LETTER_TYPES:
            raise InputError(f"Ukendt brevtype '{letter_type}'; brug en af: {', '.join(LETTER_TYPES)}.")
        doc = self.nlp(document.text)
        detection = self.detector.detection(document.text)
        detected = detection.type
        analysis = Analysis(document, doc, self.nlp, letter_type or detected)
        analysis.detection, analysis.type_given = detection, letter_type is not None
        analysis.findings = _dedupe(self.run(self.matchers, analysis))
        locate(analysis.findings, document)
        findings = merge(analysis.findings, self.placed)
        if analysis.count.words == 0:
            analysis.notices.append(NO_WORDS)
        if log.isEnabledFor(logging.INFO):
            log.info("analysed letter: type=%s findings=%d rules=%s", analysis.letter_type, len(findings),
                     ",".join(sorted({f.rule for f in findings})))
        report = Report(
            file=file,
            letter_type=analysis.letter_type,
            letter_type_detected=detected,
            metrics=metrics.summarize(analysis.paragraph_counts, len(analysis.text)),
            findings=findings,
            elements=procedural_elements(findings),
            element_status=element_status(analysis, analysis.findings),
            letter_type_confidence=1.0 if letter_type else detection.confidence,
            notices=analysis.notices,
        )
        return analysis, report

    def run(self, matchers, analysis: Analysis) -> list[Finding]:
        """Findings of ``matchers`` (pairs of rule and compiled matcher) that apply
        to the analysis' letter type. A rule whose regex runs past its time
        budget on a huge text is skipped with a notice; the others still run."""
        findings: list[Finding] = []
        for rule, matcher in matchers:
            severity = severity_for(rule, analysis)  # None: not for this letter type
            if severity is None:
                continue
            if rule.not_to_professionals and professional_reader(analysis):
                continue  # a doctor, a law firm, an authority: the rule speaks for a citizen reader
            try:
                hits = list(matcher.find(analysis))
            except TimeoutError:
                log.warning("rule timed out: %s", rule.id)
                analysis.notices.append(
                    f"Reglen {rule.id} blev sprunget over: teksten var for lang til at gennemsøge i tide."
                )
                continue
            if rule.skip_quoted:  # the citizen's own words in a quotation are not the writer's
                quoted = quotes.for_analysis(analysis)
                hits = [h for h in hits if not quoted.inside(h.start, h.end)]
            if rule.skip_explained:  # a jargon word the letter explains is no problem
                hits = drop_explained(analysis, hits)
            new = [_finding(rule, hit, analysis) for hit in hits]
            if severity != rule.severity:  # a decision check on an uncertain decision runs milder
                for f in new:
                    f.severity = severity
            for hit, f in zip(hits, new):
                for _ in range(int(hit.milder)):  # the check is unsure of this hit: that many steps milder
                    f.severity = lower(f.severity)
            if rule.milder_to_professionals and new and professional_reader(analysis):
                for f in new:  # a doctor, a law firm, an authority: the trade's words are hints there
                    f.severity = lower(f.severity)
            findings.extend(new)
        return findings

    # --- paragraph by paragraph (editors that re-check as the user types) -----------------

    @cached_property
    def _paragraph_view(self) -> "Analyzer":
        """This analyzer without the letter-level rules (they run once per letter)."""
        return self.restricted(lambda rule: rule.id not in self.placed)

    def paragraph_key(self, text: str, analysis: Analysis) -> bytes:
        """What a paragraph's findings depend on: this analyzer, the paragraph's text, the
        letter type and the severity each type-bound rule gets for this letter."""
        bound = [severity_for(rule, analysis) for rule, _ in self._paragraph_view.matchers if rule.applies_to]
        h = hashlib.blake2b(digest_size=20)
        # a paragraph of a longer letter is no text alone (tone.tryk-saetning's bar, tone/check.py)
        h.update(f"{id(self)}\0{analysis.letter_type}\0{bound}\0{len(analysis.document.paragraphs) > 1}\0"
                 f"{professional_reader(analysis)}\0".encode())
        h.update(text.encode("utf-8", "surrogatepass"))
        return h.digest()

    def analyze_paragraphs(self, texts: list[str], letter_type: str | None = None,
                           cache: "ParagraphCache | None" = None) -> "ParagraphsAnalysis":
        """Analyse a letter given as paragraphs, each on its own, with its findings kept in
        ``cache`` by ``paragraph_key``; the letter-level rules run once on the whole letter
        (they read the text and the paragraphs' counts, so no Doc of the whole letter is built).

        Paragraph findings have offsets relative to their paragraph, and repeats are merged
        within a paragraph; letter findings have offsets into the joined letter.
        One difference from ``analyze``: a sentence-initial "De" counts as polite address
        only when the same paragraph also uses it unambiguously."""
        document = Document.from_paragraphs(texts)
        if len(document.text) > MAX_TEXT_CHARS:
            raise InputError(
                f"Teksten er for lang ({len(document.text):,} tegn); grænsen er {MAX_TEXT_CHARS:,} tegn."
            )
        if letter_type is not None and letter_type not in LETTER_TYPES:
            raise InputError(f"Ukendt brevtype '{letter_type}'; brug en af: {', '.join(LETTER_TYPES)}.")
        detection = self.detector.detection(document.text)
        letter = Analysis(document, None, self.nlp, letter_type or detection.type)
        letter.detection, letter.type_given = detection, letter_type is not None
        view = self._paragraph_view
        parts: list[ParagraphPart] = []
        for text in texts:
            key = self.paragraph_key(text, letter)
            part = cache.get(key) if cache is not None else None
            if part is None:
                single = Document.from_paragraphs([text])
                analysis = Analysis(single, self.nlp(text), self.nlp, letter.letter_type)
                analysis.detection, analysis.type_given = detection, letter.type_given
                analysis.in_letter = len(document.paragraphs) > 1  # no text alone (tone/check.py)
                analysis.__dict__["_professional_reader"] = professional_reader(letter)  # the letter's reader
                analysis.findings = _dedupe(view.run(view.matchers, analysis))
                locate(analysis.findings, single)
                part = ParagraphPart(
                    findings=merge(analysis.findings), places=analysis.findings, count=analysis.count,
                    notices=list(analysis.notices), cached=False,
                )
                if cache is not None:
                    cache.put(key, part)
            else:
                part = ParagraphPart(part.findings, part.places, part.count, part.notices, cached=True)
            parts.append(part)
        letter.known_counts = [part.count for part in parts]
        letter_matchers = [(rule, m) for rule, m in self.matchers if rule.id in self.placed]
        letter_findings = _dedupe(self.run(letter_matchers, letter)) if document.paragraphs else []
        locate(letter_findings, document)
        notices: list[str] = []
        for n in [n for part in parts for n in part.notices] + letter.notices:
            if n not in notices:
                notices.append(n)
        counts = letter.known_counts
        report_metrics = metrics.summarize(counts, len(document.text))
        if report_metrics.words == 0:
            notices.append(NO_WORDS)
        # letter-wide judgements read every place, in letter offsets
        places = [msgspec.structs.replace(f, start=f.start + para.start, end=f.end + para.start)
                  for part, para in zip(parts, document.paragraphs) for f in part.places] + letter_findings
        letter.findings = places
        return ParagraphsAnalysis(
            document=document, letter_type=letter.letter_type, letter_type_detected=detection.type,
            paragraphs=parts, letter_findings=letter_findings, metrics=report_metrics,
            elements=procedural_elements(places),
            element_status=element_status(letter, places) if document.paragraphs else {},
            notices=notices,
        )

    def restricted(self, keep) -> "Analyzer":
        """A view of this analyzer with only the rules for which ``keep(rule)``
        is true; it shares the language pipeline and compiled matchers."""
        view = copy.copy(self)
        view.__dict__.pop("_paragraph_view", None)  # worked out again for the kept rules
        view.matchers = [(rule, matcher) for rule, matcher in self.matchers if keep(rule)]
        return view


@dataclass
class ParagraphPart:
    """One paragraph's share of ``analyze_paragraphs`` (what the cache keeps)."""

    findings: list[Finding]  # one per problem, offsets relative to the paragraph
    places: list[Finding]  # one per rule and place (before merging)
    count: metrics.Count
    notices: list[str]
    cached: bool = False  # taken from the cache this time


@dataclass
class ParagraphsAnalysis:
    document: Document  # the paragraphs joined (blank line between)
    letter_type: str
    letter_type_detected: str
    paragraphs: list[ParagraphPart]
    letter_findings: list[Finding]  # letter-level rules, offsets into ``document``
    metrics: object
    elements: dict[str, bool]
    element_status: dict
    notices: list[str]


class ParagraphCache(Protocol):
    def get(self, key: bytes) -> ParagraphPart | None: ...

    def put(self, key: bytes, part: ParagraphPart) -> None: ...


_drop_in: dict[str, bool] = {}  # suggestion -> is_drop_in(suggestion) (a function of the text alone)


def _is_drop_in(suggestion: str) -> bool:
    found = _drop_in.get(suggestion)
    if found is None:
        if len(_drop_in) >= 50_000:
            _drop_in.clear()
        found = _drop_in[suggestion] = is_drop_in(suggestion)
    return found


def _finding(rule, hit: Hit, analysis: Analysis) -> Finding:
    matched = analysis.text[hit.start:hit.end]
    # The one place that decides whether suggestions replace the span: a matcher's
    # ``replace`` list is text for this span; the rule's ``suggestions`` are advice.
    # a gloss ("at du får") explains, and a template ("Jeg er ked af, at …") is to be filled in: neither replaces
    replaceable = bool(hit.replace) and not hit.advice and _is_drop_in(hit.replace[0])
    if hit.replace and hit.fields.get("case") == "exact":  # the check has already cased them
        replace = list(hit.replace)
    else:
        replace = [_match_case(s, matched) for s in hit.replace] if hit.replace else list(rule.suggestions)
    message = hit.message or rule.message
    if "{" in message or "}" in message:  # (a message without either formats to itself)
        fields = _Fields(match=matched, suggestion=replace[0] if replace else "", explain=hit.explain)
        fields.update(hit.fields)
        message = message.format_map(fields)
    explanation = hit.explain or rule.explanation
    return Finding(
        rule=rule.id, category=rule.category, severity=rule.severity, start=hit.start, end=hit.end,
        text=matched, message=message, suggestions=replace, explanation=explanation,
        protects=list(rule.protects), link=rule.link, replaceable=replaceable, count=1,
    )


def merge(findings: list[Finding], apart: frozenset[str] = frozenset()) -> list[Finding]:
    """One finding per problem from located findings in ``_dedupe`` order: rules
    on the same span merged, repeats of a rule on the same word merged. Findings
    of the rules in ``apart`` (letter-level) are never merged. ``findings`` are
    not changed."""
    kept = [f for f in findings if f.rule in apart]
    if not kept:
        return merge_repeats(merge_same_span(findings))
    merged = merge_repeats(merge_same_span([f for f in findings if f.rule not in apart]))
    return sorted(merged + kept, key=_order)


def locate(findings: list[Finding], document: Document) -> None:
    """Fill in line, column, paragraph and UTF-16 offsets of each finding."""
    text = document.text
    line_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]
    u16 = utf16_offsets(text) if _ASTRAL.search(text) else None
    for f in findings:
        line = bisect.bisect_right(line_starts, f.start)
        f.line = line
        f.column = f.start - line_starts[line - 1] + 1
        f.paragraph = document.paragraph_at(f.start) if document.paragraphs else -1
        f.start_utf16 = u16[f.start] if u16 else f.start
        f.end_utf16 = u16[f.end] if u16 else f.end


def procedural_elements(findings: list[Finding]) -> dict[str, bool]:
    """Which procedural-justice elements no finding says are hurt."""
    hurt = {p for f in findings if SEVERITY_RANK[f.severity] >= 1 for p in f.protects}
    return {key: key not in hurt for key in ELEMENTS}


def _match_case(suggestion: str, matched: str) -> str:
    if matched[:1].isupper() and suggestion[:1].islower() and not matched.isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _order(f: Finding) -> tuple:
    return (f.start, -f.end, -SEVERITY_RANK[f.severity], not f.replaceable, f.rule)


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """Drop exact repeats of the same rule on the same span; sort by position
    (on one span: the strongest severity first, then a replacement before advice)."""
    seen: set[tuple[str, int, int]] = set()
    out: list[Finding] = []
    for f in sorted(findings, key=_order):
        key = (f.rule, f.start, f.end)
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out


def _unique(items):
    return list(dict.fromkeys(items))


def merge_same_span(findings: list[Finding]) -> list[Finding]:
    """Several rules on exactly the same span become one finding (contract 9).

    ``findings`` are sorted as ``_dedupe`` leaves them, so the first on a span is the
    strongest (then the one with a replacement); it keeps its rule, severity and
    category, and the others' rule ids go to ``also_rules``. Messages and
    explanations are joined; suggestions of the same kind (replacement or advice)
    are added after the first finding's (a first finding without suggestions takes
    the kind of the next one that has some). ``protects`` takes the others' only when
    they are at least warnings, so the procedural elements come out as before."""
    out: list[Finding] = []
    i = 0
    while i < len(findings):
        first = findings[i]
        j = i + 1
        while j < len(findings) and findings[j].start == first.start and findings[j].end == first.end:
            j += 1
        group = findings[i:j]
        i = j
        if len(group) == 1:
            out.append(first)
            continue
        others = group[1:]
        first = msgspec.structs.replace(first)
        first.also_rules = _unique(f.rule for f in others if f.rule != first.rule)
        first.message = " ".join(_unique(f.message for f in group))
        first.explanation = "\n\n".join(_unique(f.explanation for f in group if f.explanation))
        if not first.suggestions:  # e.g. an unknown word without spelling suggestions: take the next rule's
            lead = next((f for f in others if f.suggestions), first)
            first.suggestions, first.replaceable = list(lead.suggestions), lead.replaceable
        first.suggestions = _unique(first.suggestions + [s for f in others if f.replaceable == first.replaceable
                                                        for s in f.suggestions])
        first.protects = _unique(first.protects + [p for f in others if SEVERITY_RANK[f.severity] >= 1
                                                  for p in f.protects])
        first.link = first.link or next((f.link for f in others if f.link), "")
        out.append(first)
    return out


def merge_repeats(findings: list[Finding]) -> list[Finding]:
    """Repeats of one rule on the same word (case-folded) become one finding at the
    first place, with the other places in ``occurrences`` and ``count`` (contract 9).

    Only repeats that say the same (same message, same suggestions up to case) are
    merged, so "Deres sag" → "din" and "Deres brev" → "dit" stay two findings. A
    replacement is applied at every place (``_applied``), so a repeat joins a finding only
    when that gives exactly its own replacement: "De" → "Du" at a sentence start and
    "De" → "du" inside a sentence stay two findings."""
    out: list[Finding] = []
    first_of: dict[tuple, list[int]] = {}  # key -> places in ``out`` of the findings with that key
    # most findings are the only one of their rule on their word: the full key (messages and
    # suggestions case-folded) is worked out only for a finding whose rule and word came before
    seen: dict[tuple, Finding | None] = {}  # (rule, word) -> its first finding, None once keyed
    for f in findings:
        head = (f.rule, f.text.casefold())
        if head not in seen:
            seen[head] = f
            out.append(f)
            continue
        earlier = seen[head]
        if earlier is not None:  # key the first one now, where it stands in ``out``
            first_of[_repeat_key(earlier)] = [next(j for j in range(len(out) - 1, -1, -1) if out[j] is earlier)]
            seen[head] = None
        key = _repeat_key(f)
        i = next((j for j in first_of.get(key, ()) if _same_replacement(out[j], f)), None)
        if i is None:
            first_of.setdefault(key, []).append(len(out))
            out.append(f)
            continue
        if out[i].count == 1:
            out[i] = msgspec.structs.replace(out[i], occurrences=[])
        first = out[i]
        first.occurrences.append(Occurrence(
            start=f.start, end=f.end, start_utf16=f.start_utf16, end_utf16=f.end_utf16,
            line=f.line, column=f.column, paragraph=f.paragraph,
        ))
        first.count += 1
    return out


def _repeat_key(f: Finding) -> tuple:
    """What repeats of a rule on a word must share to be one finding (``merge_repeats``)."""
    return (f.rule, tuple(f.also_rules), f.text.casefold(), f.message.casefold(),
            tuple(s.casefold() for s in f.suggestions), f.replaceable)


def _same_replacement(first: Finding, repeat: Finding) -> bool:
    """Whether ``first``'s suggestions, applied at ``repeat``'s place, are ``repeat``'s own.
    Advice (not ``replaceable``) is never applied, so its case does not matter."""
    if not first.replaceable:
        return True
    return all(_applied(s, first.text, repeat.text) == own for s, own in zip(first.suggestions, repeat.suggestions))


def _applied(suggestion: str, first: str, place: str) -> str:
    """What a consumer writes at a repeat ``place`` of a finding on ``first`` when the
    finding's replacement is ``suggestion``: the suggestion, with the initial case of the
    word at that place when its initial differs from the first place's ("Hermed" → "Her",
    then "hermed" → "her"; plugins/browser/attach.js ``replaceAll`` does the same)."""
    if not suggestion or not place or place[:1] == first[:1]:
        return suggestion
    head = suggestion[0].upper() if place[0] == place[0].upper() else suggestion[0].lower()
    return head + suggestion[1:]


_default: Analyzer | None = None


def default_analyzer() -> Analyzer:
    global _default
    if _default is None:
        _default = Analyzer()
    return _default


def analyze(text: str | Document, letter_type: str | None = None) -> Report:
    """Analyse one letter with the shipped rules."""
    return default_analyzer().analyze(text, letter_type)
