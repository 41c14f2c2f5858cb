"""Building blocks for TRÆK rewrites (see ``borgertekst/rewrite.py``):
word substitutions from findings (inflected to the matched form, ``inflect.py``),
sentence rewrites from ``sentences.yaml``, passive → active with "vi", and the
guard every change passes (``guard.py``).

``can_rewrite(finding)`` (contract 6) says whether the server's rewrite will
change a finding's span, so a page shows "Foreslå omskrivning" only then."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from functools import lru_cache


def can_rewrite(finding, text: str | None = None, analyzer=None, ruleset=None) -> bool:
    """True when ``rewrite`` changes this finding's span.

    With the letter's ``text`` and the ``analyzer`` the letter is analysed and the
    guarded candidates are looked at (``rewritable_findings``: sentence rewrites
    included). Without them it is read from the finding and its rule: a replacement
    of a declared word class that is not a gloss, formal address with one agreed
    form, or shouting said calmly. With the ``text`` alone (the finding's offsets are
    into it), a declared word class is also tried in its place, as the rewrite does,
    without analysing anything: "Vedr.:" as a heading's label, "Under henvisning til
    din ansøgning", "med henblik på en bolig" (no verb for "for at") and a verb or noun
    that cannot take the replacement's form get no offer (EVAL eval6: 5 of 7 empty offers)."""
    if text is not None and analyzer is not None:
        analysis, report = analyzer.analysis(text)
        flags = rewritable_findings(analyzer, text, report, analysis.doc)
        return any(flag and f.rule == finding.rule and f.start == finding.start and f.end == finding.end
                   for f, flag in zip(report.findings, flags))
    from ..vocabulary import is_drop_in
    from .words import _calm, word_class

    if finding.category == "tone" and _calm(finding.text, 0, finding.text) not in (None, finding.text):
        return True
    if not finding.suggestions or getattr(finding, "replaceable", True) is False:
        return False
    rule = _rule(finding.rule, ruleset or (analyzer.ruleset if analyzer is not None else None))
    if rule is None:
        return False
    tag = type(rule).__struct_config__.tag
    if tag == "function":
        if getattr(rule, "function", "") != "formal_address" or len(finding.suggestions) != 1:
            return False
        if text is None or not (0 <= finding.start < finding.end <= len(text)
                                and text[finding.start:finding.end] == finding.text):
            return True
        # the same fitted word the rewrite's word change and "Brug »…«" use ("Vedr. Deres ansøgning" as a heading:
        # none, so no offer; EVAL eval7, PANEL panel7b)
        from .quotes import masked_spans, quoted_spans
        from .words import address_word

        return address_word(finding, text, (quoted_spans(text), masked_spans(text))) is not None
    if tag not in ("wordlist", "phrases"):
        return False
    cls = word_class(rule, finding)
    if cls is None:
        return False  # no declared class: the rewrite decides only with the letter in hand
    if cls == "gloss" or not any(is_drop_in(s) for s in finding.suggestions):
        return False
    if text is None:
        return True
    return _fits_in_place(finding, rule, cls, text, ruleset or (analyzer.ruleset if analyzer is not None else None))


def _fits_in_place(finding, rule, cls: str, text: str, ruleset=None) -> bool:
    """Whether the rewrite's word candidates for ``finding`` (a declared word class) change one of its places in
    ``text``: the same context checks and inflection the rewrite makes, before its trial analysis."""
    from .quotes import masked_spans, quoted_spans
    from .words import classed_candidates, places

    if not 0 <= finding.start < finding.end <= len(text) or text[finding.start:finding.end] != finding.text:
        return True  # offsets not into this text: keep the rule's offer
    spans = [(a, b) for a, b, _ in places(finding, text)]
    protected = (quoted_spans(text), masked_spans(text))
    return any(c.start < b and a < c.end and holds(text, c.start, c.end, c.new, ruleset)
               for c in classed_candidates(finding, rule, cls, text, protected) for a, b in spans)


_WORD = re.compile(r"\w+(?:[-.]\w+)*")
# a sentence's end as the metrics' sentences have it, near enough: not the full stop of "jf. servicelovens § 100" or
# "den 15. december" (a small letter, a digit or § follows), which made "jf." → "efter" look like it joined two
# sentences into one heavy one (PANEL, session 9)
_SENTENCE_STOP = re.compile(r"[!?](?=\s|$)|[.:](?=\s*$|\s+(?![a-zæøå0-9§(]))")


@lru_cache(maxsize=512)
def _count(part: str) -> tuple[int, int]:
    """Words and long words (more than six letters) of ``part``, as the metrics count them: a word has a letter, and
    an abbreviation ("nr.", "jf.") does not count (a number word such as "en", "et", "to" does). Counting otherwise
    than the metrics made a paragraph's LIX look lower than the trial's, so offers were made that the rewrite's trial
    then dropped (PANEL, session 9). Remembered: ``holds`` asks about the same sentence and paragraph for every
    finding in it."""
    from ..metrics import is_long_word

    words = [w for w in _WORD.findall(part) if any(map(str.isalpha, w)) and not _not_counted(w.lower())]
    return len(words), sum(map(is_long_word, words))


@lru_cache(maxsize=4096)
def _not_counted(word: str) -> bool:
    """An abbreviation, which the metrics do not count as a word (``metrics.word_flags``)."""
    from ..metrics import _ABBR

    return word in _ABBR or f"{word}." in _ABBR


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    a = text.rfind("\n\n", 0, start)
    b = text.find("\n\n", end)
    return (0 if a == -1 else a + 2), (len(text) if b == -1 else b)


def holds(text: str, start: int, end: int, new: str, ruleset=None) -> bool:
    """Whether putting ``new`` for ``text[start:end]`` keeps the sentence and the paragraph within the length and LIX
    rules (``klarsprog.lange-saetninger``, ``klarsprog.lix-afsnit``, read from the rule book): a gloss that makes the
    sentence too long ("en dispensation" → "en tilladelse til at afvige fra reglerne" in a 25-word sentence) or the
    paragraph heavy is dropped by the rewrite's trial, so neither the rewrite nor "Brug »…«" offers it (EVAL eval7 15).
    One test for both, so the button and the rewrite agree."""
    from .guard import sentence_bounds

    long_rule = _rule("klarsprog.lange-saetninger", ruleset)
    lix_rule = _rule("klarsprog.lix-afsnit", ruleset)
    if long_rule is not None and getattr(long_rule, "max", None):
        s, e = sentence_bounds(text, start, end)
        before = _count(text[s:e])[0]
        after = _count(text[s:start] + new + text[end:e])[0]
        marginal = getattr(long_rule, "milder_up_to", None) or long_rule.max

        def level(n):  # none, a marginal hint, the rule's severity
            return 0 if n <= long_rule.max else 1 if n <= marginal else 2

        if level(after) > level(before):
            return False
    if lix_rule is not None and getattr(lix_rule, "max", None):
        a, b = _paragraph(text, start, end)
        part = text[a:b]
        sentences = max(1, len(_SENTENCE_STOP.findall(part)))

        def heavy(words_long):
            words, long = words_long
            return words >= (getattr(lix_rule, "min_words", 0) or 0) and words > 0 and (
                words / sentences + 100.0 * long / words) > lix_rule.max

        if not heavy(_count(part)) and heavy(_count(text[a:start] + new + text[end:b])):
            return False
    return True


_SPANS: OrderedDict[tuple, tuple[tuple[int, int], ...]] = OrderedDict()  # (analyzer, digest, type) -> changed spans
_SPANS_MAX = 2048
_SPANS_LOCK = threading.Lock()


def rewritten_spans(analyzer, text: str, letter_type: str | None = None) -> tuple[tuple[int, int], ...]:
    """Where ``rewrite(analyzer, text, letter_type)`` changes ``text``: the spans of its changes. The editor
    asks for a finding's rewrite as this rewrite of the finding's paragraph and shows the changes that touch
    the finding, so ``text`` is a paragraph. One rewrite per paragraph (not one per finding), remembered per
    text digest (never the text itself), so after an edit only the edited paragraph is rewritten. Asked by
    ``/v1/rewrite/spans`` (``api/paragraphs.py``), apart from the paragraph re-check."""
    from ..rewrite import rewrite

    key = (id(analyzer), hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest(), letter_type)
    with _SPANS_LOCK:
        if key in _SPANS:
            _SPANS.move_to_end(key)
            return _SPANS[key]
    spans = tuple((c.start, c.end) for c in rewrite(analyzer, text, letter_type).changes)
    with _SPANS_LOCK:
        _SPANS[key] = spans
        while len(_SPANS) > _SPANS_MAX:
            _SPANS.popitem(last=False)
    return spans


def rewrites_span(analyzer, text: str, start: int, end: int, letter_type: str | None = None) -> bool:
    """Whether the editor's "Foreslå omskrivning" for the finding at ``start:end`` of the paragraph ``text``
    has something to show: a change of the paragraph's rewrite touches it. A replacement the rule offers can
    be dropped by the rewrite's final check ("samtykke" → "tilladelse" after "givet" is nominal style), so the
    rule alone (``can_rewrite``) is not enough."""
    return any(s < end and start < e or (s == e and start <= s <= end) for s, e in rewritten_spans(analyzer, text, letter_type))


def _rule(rule_id: str, ruleset=None):
    if ruleset is None:
        from ..engine import default_analyzer

        ruleset = default_analyzer().ruleset
    return ruleset.get(rule_id) if rule_id in ruleset.rules else None


def replacement_for(finding, text: str, ruleset=None) -> tuple[int, int, str] | None:
    """What "Brug »…«" should put in the letter for this finding: ``(start, end, new text)``
    with the replacement inflected to the matched form and the determiner before it made to
    agree (the span may then start at the determiner), or None when no replacement fits
    here or the guard would drop it. Only the finding's own place, not its other occurrences."""
    from .guard import problems
    from .quotes import masked_spans, quoted_spans
    from .addressee import THIRD_PERSON_RULES, plural_addressee, reader_is_someone_else, to_plural
    from .words import address_word, classed_candidates, inferred_class, reference_field, word_class

    if not finding.suggestions or getattr(finding, "replaceable", True) is False:
        return None
    rule = _rule(finding.rule, ruleset)
    if rule is None:
        return None
    plural = plural_addressee(text)
    if finding.rule in THIRD_PERSON_RULES and reader_is_someone_else(text):
        return None  # "borgeren" is someone else than the reader(s): several people, a relative, a lawyer
    protected = (quoted_spans(text), masked_spans(text))
    tag = type(rule).__struct_config__.tag
    cls = word_class(rule, finding) if tag in ("wordlist", "phrases") else None
    if cls is None and tag in ("wordlist", "phrases", "pattern"):
        # no declared class: infer it and inflect as for a declared one; a clause that explains
        # the word ("at vi viser mere, end vi skal") is advice, not text for the slot
        cls = inferred_class(rule, finding, text)
    found = None
    if cls is not None:
        own = [c for c in classed_candidates(finding, rule, cls, text, protected)
               if c.start <= finding.start and c.end == finding.end]
        found = (own[0].start, own[0].end, own[0].new) if own else None
    elif tag == "function" and reference_field(text, finding.end):
        found = None  # "Deres ref.": a field of the letterhead
    elif tag == "function" and getattr(rule, "function", "") == "formal_address":
        new = address_word(finding, text, protected)
        found = None if new is None else (finding.start, finding.end, new)
    elif tag == "function" and getattr(rule, "function", "") == "spelling" and not known_words(finding.suggestions[0]):
        found = None  # a suggestion the Danish dictionary does not know itself ("reache" → "reach")
    else:
        new = finding.suggestions[0]
        if not problems(text, finding.start, finding.end, new, protected=protected):
            found = (finding.start, finding.end, new)
    if found is not None and not holds(text, found[0], found[1], found[2], ruleset):
        found = None  # the rewrite would not make it either (one test for the button and the rewrite)
    if found is not None and plural:
        found = (found[0], found[1], to_plural(text[found[0]:found[1]], found[2]))
    return found


def known_words(suggestion: str) -> bool:
    """Every word of a spelling suggestion is in the Danish dictionary (without it: True)."""
    from ..nlp import hunspell_da

    if not hunspell_da.available():
        return True
    return all(hunspell_da.analyses(w.lower()) for w in suggestion.replace("-", " ").split())


def rewritable_findings(analyzer, text: str, report, doc) -> list[bool]:
    """For each finding of ``report`` (the letter's report and its ``Doc``, as
    ``Analyzer.analysis`` gives them): whether a guarded rewrite candidate covers its
    span, without analysing the letter again. Sentence rewrites (TRYK → TRÆK,
    "bedes", passives) count too, which ``can_rewrite(finding)`` alone cannot see.
    The rewrite's final check on the whole letter may still drop a candidate."""
    from .addressee import for_addressee
    from .guard import problems_for
    from .passive import passive_candidates
    from .quotes import masked_spans, quoted_spans
    from .sentences import sentence_candidates
    from .words import word_candidates

    sentences = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if words:
            sentences.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    words = word_candidates(report, analyzer.ruleset, doc, sentences, analyzer.nlp)
    candidates = words + passive_candidates(doc, words) + sentence_candidates(text, sentences, words)
    candidates = for_addressee(candidates, text)
    protected = (quoted_spans(text), masked_spans(text))
    # a candidate is guarded only when it covers a finding not yet known to be rewritable
    # (the guard is most of the cost; the flags are the same as guarding every candidate)
    rules = [{f.rule, *(getattr(f, "also_rules", None) or ())} for f in report.findings]
    flags = [False] * len(report.findings)
    for c in candidates:
        if c.hint:
            continue
        wanted = [i for i, f in enumerate(report.findings)
                  if not flags[i] and rules[i] & c.covers and c.start < f.end and f.start < c.end]
        # the length and LIX test the button uses (``holds``): a change that makes its sentence too long is dropped
        # by the rewrite's trial, so it is no offer ("jf." -> "efter" in a 25-word sentence: EVAL eval12 02)
        if wanted and not problems_for(c, text, protected) and holds(text, c.start, c.end, c.new, analyzer.ruleset):
            for i in wanted:
                flags[i] = True
    return flags
