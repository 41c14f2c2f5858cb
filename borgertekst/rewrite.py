"""TRÆK rewrites: the better text, built from the findings.

``rewrite(analyzer, text)`` proposes changes — formal → informal address,
officialese and jargon → plain words (from the rules' ``replace`` lists),
TRYK sentences → TRÆK sentences (``rewriting/sentences.yaml``) and simple
passives → active with "vi" — and keeps only those that do not make the letter
worse: the result is analysed again, and a change that adds a finding is
dropped. Content stays: groups of the original text (dates, amounts,
paragraph numbers, a refusal) are carried over unchanged.
"""

from __future__ import annotations

import bisect
import logging
from collections import Counter

import msgspec

from .report import SEVERITY_RANK, Report
from .rewriting import guard
from .rewriting.addressee import for_addressee
from .rewriting.candidates import Candidate, apply
from .rewriting.quotes import masked_spans, quoted_spans
from .rewriting.passive import passive_candidates
from .rewriting.sentences import sentence_candidates
from .rewriting.words import word_candidates

log = logging.getLogger("borgertekst.rewrite")


class Change(msgspec.Struct):
    rule: str
    start: int  # code-point offsets into the ORIGINAL text
    end: int
    old: str
    new: str


class Hint(msgspec.Struct):
    """A rewrite only the writer can finish: the sentence with a visible blank ("[…]")."""

    rule: str
    start: int  # code-point offsets into the ORIGINAL text
    end: int
    old: str
    hint: str


class RewriteResult(msgspec.Struct):
    text: str
    changes: list[Change]
    findings_before: int
    findings_after: int
    hints: list[Hint] = []


def _sentences(doc) -> list[tuple[int, int]]:
    out = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            out.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return out


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Sentence rewrites win over the word changes inside them; otherwise the
    earlier, then longer, change wins."""
    chosen: list[Candidate] = []  # kept sorted by start; they never overlap
    starts: list[int] = []
    order = sorted(candidates, key=lambda c: (c.level != "sentence", c.start, -(c.end - c.start)))
    for c in order:
        i = bisect.bisect_left(starts, c.start)
        if i > 0 and c.overlaps(chosen[i - 1].start, chosen[i - 1].end):
            continue
        if i < len(chosen) and c.overlaps(chosen[i].start, chosen[i].end):
            continue
        if c.start == c.end and i < len(chosen) and chosen[i].start == c.start:
            continue
        chosen.insert(i, c)
        starts.insert(i, c.start)
    return chosen


def _score(report: Report, least: str = "info") -> tuple[Counter, int, frozenset, int]:
    """Findings per rule and their weight, counting only those of severity ``least`` or more;
    the rules whose findings are all tone hints of severity info (``_not_worse``); and the tone
    findings' part of the weight."""
    kept = [f for f in report.findings if SEVERITY_RANK[f.severity] >= SEVERITY_RANK[least]]
    counts = Counter(f.rule for f in kept)
    weight = sum(10 ** SEVERITY_RANK[f.severity] for f in kept)
    # (a hint of another rule may take a warning's place too: "jf. folkeskolelovens § 51" → "efter …" is read as a bare
    # paragraph reference, a hint, where "jf." was a warning; PANEL panel10c 01, an empty offer)
    soft = {f.rule for f in kept if f.severity == "info" and (f.category == "tone" or f.rule in _HINT_MAY_APPEAR)}
    soft -= {f.rule for f in kept if f.severity != "info"}
    tone = sum(10 ** SEVERITY_RANK[f.severity] for f in kept if f.category == "tone")
    return counts, weight, frozenset(soft), tone


ADDRESS_RULE = "klarsprog.tiltale"
# rules whose info hint a change that takes a warning away may bring: they point at what was there before the change
_HINT_MAY_APPEAR = frozenset({"klarsprog.paragraf"})


def _not_worse(before: tuple[Counter, int, frozenset, int], after: tuple[Counter, int, frozenset, int],
               changes: list[Candidate] | None = None) -> bool:
    """No rule gains findings and the weight does not grow. One exception: a change that takes
    a warning or an error away may leave a tone hint of severity info in its place (the calm
    "Hvis det ikke sker, vil vi standse …" that keeps a sanction is still read as a little TRYK).
    Another: ``changes`` that only change the form of address ("De" → "du") and take address
    findings away are judged without the tone checks: their words are the same, and the tone checks
    read a sentence in du-form that they pass or read milder in De-form ("Du påbydes hermed at …",
    "Du har desværre misforstået reglerne": PANEL panel14 07, EVAL eval13 10, offers that changed
    nothing)."""
    counts_b, weight_b, _, tone_b = before
    counts_a, weight_a, soft_a, tone_a = after
    if changes and all(c.rule == ADDRESS_RULE for c in changes) and counts_a.get(ADDRESS_RULE, 0) < counts_b.get(
            ADDRESS_RULE, 0):
        return weight_a - tone_a <= weight_b - tone_b and all(
            n <= counts_b.get(rule, 0) for rule, n in counts_a.items() if not rule.startswith("tone."))
    lighter = weight_a <= weight_b - 9  # at least a warning fewer, after any new info
    return weight_a <= weight_b and all(n <= counts_b.get(rule, 0) or (lighter and rule in soft_a)
                                        for rule, n in counts_a.items())


def _new_spans(changes: list[Candidate]) -> list[tuple[int, int]]:
    """Where each change's new text lies in the rewritten text."""
    out, shift = [], 0
    for c in sorted(changes, key=lambda c: c.start):
        start = c.start + shift
        out.append((start, start + len(c.new)))
        shift += len(c.new) - (c.end - c.start)
    return out


def _without_culprits(chosen: list[Candidate], before: tuple[Counter, int], trial: Report) -> list[Candidate]:
    """The changes minus those overlapping a finding of a rule that gained findings."""
    counts_b = before[0]
    counts_a = Counter(f.rule for f in trial.findings)
    worse = {rule for rule, n in counts_a.items() if n > counts_b.get(rule, 0)}
    spots = [(f.start, f.end) for f in trial.findings if f.rule in worse]
    ordered = sorted(chosen, key=lambda c: c.start)
    return [c for c, (s, e) in zip(ordered, _new_spans(ordered))
            if not any(s < fe and fs < e or (fs == fe and s <= fs <= e) for fs, fe in spots)]


def _analyze(analyzer, text: str, letter_type: str | None):
    """The analysis and a report with one finding per rule and place (each place is changed on its own);
    ``shown`` is the number of findings the report shows (repeats merged)."""
    analysis, report = analyzer.analysis(text, letter_type)  # parsed once: its Doc serves the candidates
    # the engine's findings before contract 9's merging (one per rule and place)
    return analysis, msgspec.structs.replace(report, findings=analysis.findings), len(report.findings)


def _analyze_pair(analyzer, text: str, letter_type: str | None):
    _, report, shown = _analyze(analyzer, text, letter_type)
    return report, shown


def _type_unsure(analysis) -> bool:
    """Whether the detected letter type makes severities differ from a run with that type given
    (``lettertype.severity_for``): a detection below ``SURE``, or other plausible types."""
    from .lettertype import SURE

    detection = getattr(analysis, "detection", None)
    return detection is None or detection.confidence < SURE or bool(detection.maybe)


def rewrite(analyzer, text: str, letter_type: str | None = None, rules: list[str] | None = None,
            *, only_span: tuple[int, int] | None = None) -> RewriteResult:
    if only_span is not None and (len(only_span) != 2 or min(only_span) < 0):
        raise ValueError("only_span skal være to positioner i teksten, og de kan ikke være negative.")
    analysis, report, shown_before = _analyze(analyzer, text, letter_type)
    type_given = letter_type is not None
    letter_type = letter_type or report.letter_type  # keep the type fixed while rewriting
    doc = analysis.doc
    sentences = _sentences(doc)
    words = word_candidates(report, analyzer.ruleset, doc, sentences, analyzer.nlp)
    candidates = words + passive_candidates(doc, words) + sentence_candidates(text, sentences, words)
    candidates = for_addressee(candidates, text)  # "De" to two parents is "I", not "du"
    # the guard: a change that breaks its sentence or touches quoted text is never made
    protected = (quoted_spans(text), masked_spans(text))
    hints = [c for c in candidates if c.hint]
    candidates = [c for c in candidates if not c.hint and not guard.problems_for(c, text, protected)]
    if rules is not None:
        wanted = set(rules)
        candidates = [c for c in candidates if c.covers & wanted]
        hints = [c for c in hints if c.covers & wanted]
    if only_span is not None:
        # a span is the text between two positions, in either order; past the end there is nothing
        s, e = sorted(only_span)
        candidates = [c for c in candidates if c.overlaps(s, e) or (s == e and c.start <= s < c.end)]
        hints = [c for c in hints if c.overlaps(s, e) or (s == e and c.start <= s < c.end)]
    one_address = only_span is None  # asked for one finding, the writer changes one word at a time
    chosen = guard.compatible(text, _select(candidates), guard.NEGATION_MAY_CHANGE, one_address)

    before = _score(report)
    if chosen and not type_given and _type_unsure(analysis):
        # the trials run with the type fixed, which can change severities (a detected type
        # the engine is unsure of is checked milder): compare like with like. A sure
        # detection with no other plausible type gives the same report: no second analysis.
        before = _score(_analyze_pair(analyzer, text, letter_type)[0])
    accepted: list[Candidate] = []
    current, current_report, shown_after = text, report, shown_before
    if chosen:
        trial = apply(text, chosen)
        trial_report, trial_shown = _analyze_pair(analyzer, trial, letter_type)
        if _not_worse(before, _score(trial_report), chosen):
            accepted, current, current_report, shown_after = chosen, trial, trial_report, trial_shown
        else:
            # first drop the changes that sit where the new findings are, then try again
            kept = _without_culprits(chosen, before, trial_report)
            if kept and len(kept) < len(chosen):
                trial = apply(text, kept)
                trial_report, trial_shown = _analyze_pair(analyzer, trial, letter_type)
                if _not_worse(before, _score(trial_report)):
                    accepted, current, current_report, shown_after = kept, trial, trial_report, trial_shown
        if chosen and not accepted:
            # one at a time: keep each change that does not make the letter worse
            score = before
            for c in chosen:
                trial = apply(text, accepted + [c])
                trial_report, trial_shown = _analyze_pair(analyzer, trial, letter_type)
                trial_score = _score(trial_report)
                if _not_worse(score, trial_score, [c]):
                    accepted.append(c)
                    current, current_report, score, shown_after = trial, trial_report, trial_score, trial_shown
    # a sentence rewrite that did not hold: the word changes inside it ("bedes De kontakte":
    # "De" → "du") are tried on their own, so the sentence does not keep "De" beside a "du"
    fallback = [w for c in chosen if c.level == "sentence" and c not in accepted
                for w in candidates if w.level == "word" and c.start <= w.start and w.end <= c.end]
    if fallback:
        fallback = guard.compatible(text, sorted(accepted + fallback, key=lambda c: c.start),
                                    guard.NEGATION_MAY_CHANGE, one_address)
        score = _score(current_report)
        for c in fallback:
            if c in accepted:
                continue
            trial = apply(text, accepted + [c])
            trial_report, trial_shown = _analyze_pair(analyzer, trial, letter_type)
            trial_score = _score(trial_report)
            if _not_worse(score, trial_score):
                accepted = sorted(accepted + [c], key=lambda c: c.start)
                current, current_report, score, shown_after = trial, trial_report, trial_score, trial_shown
    # one form of address: when some "De" became "du", the others follow, unless that adds a
    # warning or an error (a tone model's info on "du ikke" is no reason to leave "De" beside "du")
    missing = [c for c in chosen if c.rule == ADDRESS_RULE and c not in accepted]
    if missing and any(c.rule == ADDRESS_RULE for c in accepted):
        together = guard.compatible(text, sorted(accepted + missing, key=lambda c: c.start),
                                    guard.NEGATION_MAY_CHANGE, one_address)
        if all(c in together for c in missing):
            trial = apply(text, together)
            trial_report, trial_shown = _analyze_pair(analyzer, trial, letter_type)
            if _not_worse(_score(current_report, "warning"), _score(trial_report, "warning")):
                accepted, current, current_report, shown_after = together, trial, trial_report, trial_shown
    if one_address and accepted:
        # the whole-letter checks may keep one "De" of a sentence and change another: that
        # sentence then keeps "De" throughout
        mixed = guard.mixed_sentences(text, accepted)
        if mixed:
            accepted = [c for c in accepted if c not in mixed]
            current = apply(text, accepted)
            current_report, shown_after = _analyze_pair(analyzer, current, letter_type)
    changes = [Change(rule=c.rule, start=c.start, end=c.end, old=text[c.start:c.end], new=c.new)
               for c in accepted]
    log.info("rewrite: proposed=%d accepted=%d findings %d -> %d", len(chosen), len(accepted),
             len(report.findings), len(current_report.findings))
    kept_hints = [Hint(rule=c.rule, start=c.start, end=c.end, old=text[c.start:c.end], hint=c.new)
                  for c in hints if not any(c.overlaps(a.start, a.end) for a in accepted)]
    return RewriteResult(text=current, changes=changes, findings_before=shown_before,
                         findings_after=shown_after, hints=kept_hints)
