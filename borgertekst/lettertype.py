"""Which kind of letter this is, and how sure we are.

Each letter type in ``rules/brevtyper.yaml`` has weighted signal phrases
(regular expressions); a signal counts once per letter. The type with the
highest score wins when it reaches ``min_score`` (on a tie the more specific
type: a hearing, a reply to a complaint or a receipt talks about decisions
without being one); when nothing reaches it, a letter of some length is
``information`` and a very short one (an SMS) ``andet``.

The confidence says how far ahead the winner is (margin to the runner-up and
how much evidence there is). A letter that decides about the reader's rights
is a decision even when it never says "afgørelse"; when the winner is another
type but the decision signals are strong, ``Detection.maybe`` lists
``afgoerelse`` so that the decision checks still run, one severity lower
(``severity_for``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from . import lettertype_model
from .matchers.literals import WORD, LazyPattern, save_needles, text_index, top_alternatives
from .report import SEVERITIES

_FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE

# below this confidence a detected decision runs its decision-only checks one step lower: a letter
# that is a decision by one signal alone (score 2, confidence 0.5) gets warnings, not errors
SURE = 0.6
# the decision score (in brevtyper.yaml points) from which a letter typed otherwise may be a decision
MAYBE_DECISION = 2.0
TIE_ORDER = ("partshoering", "klagesvar", "kvittering", "indkaldelse", "afgoerelse", "information", "andet")
# a letter with no signal and at least this many words is taken as information
FALLBACK_WORDS = 25
# a decision wins only with at least one signal this strong: a few generic words ("afgørelsen", "du får")
# adding up to ``min_score`` are no evidence of a decision (its checks then run milder via ``maybe``).
# A reply to a complaint, by contrast, is often just several soft signals together.
STRONG = 1.5
NEEDS_STRONG = frozenset({"afgoerelse"})
# The learned model (lettertype_model.py) is a second opinion only: it types a letter when no rule
# signal reaches min_score, and only when this sure; its type then gets MODEL_CONFIDENCE (below
# SURE, so decision-only checks run one step milder). It never overrides a type the rules found:
# on the shared real letters (automated notices it has not seen) it alone is right on 0.40.
MODEL_SURE = 0.7
MODEL_CONFIDENCE = 0.5
# a letter the rules type as one of these may still be a decision when the model is this sure of it
# (the type stays; the decision checks run milder through ``maybe``)
MODEL_MAYBE = 0.7
MODEL_MAYBE_FROM = frozenset({"information", "andet", "kvittering"})
# where a reply stops and the mail it answers begins: "-----Oprindelig meddelelse-----",
# a "Fra: … / Sendt: …" header, "Den 3. maj 2026 skrev …:"; lines quoted with ">" are dropped.
# What the citizen wrote ("Jeg har fået afslag …") says nothing about the kind of reply.
_QUOTED_MAIL = regex.compile(
    r"^[ \t]*(-{2,}[ \t]*(oprindelig (meddelelse|mail|besked)|original message|videresendt (meddelelse|mail|besked)"
    r"|forwarded message)\b|(fra|from)[ \t]*:[^\n]*\n[ \t]*(sendt|sent|dato|date|til|to)[ \t]*:"
    r"|(den|d\.|on)[ \t][^\n]{4,90}\b(skrev|wrote)\b[^\n]{0,90}:[ \t]*$)", _FLAGS)
_QUOTED_LINE = regex.compile(r"^[ \t]*>[^\n]*\n?", regex.MULTILINE)
# the reply above a quoted mail needs this many words to be judged on its own
REPLY_WORDS = 5


# where a sentence ends (a line without a full stop ends at the line break)
_SENTENCE_END = regex.compile(r"[.!?\n]")


def _split(requirement) -> tuple[tuple[frozenset[str], ...], tuple]:
    """A prefilter requirement as (its sets of whole words only, as plain sets of words: a letter
    needs one word of each; the other sets, for ``TextIndex.may_match``)."""
    if requirement is None:
        return (), ()
    whole = tuple(n for n in requirement if all(kind == WORD for kind, _ in n))
    return tuple(frozenset(s for _, s in n) for n in whole), tuple(n for n in requirement if n not in whole)


def own_text(text: str) -> str:
    """The letter without the mail it answers (a quoted or forwarded message below it)."""
    if ">" in text:
        text = _QUOTED_LINE.sub("", text)
    m = _QUOTED_MAIL.search(text)
    if m and len(text[: m.start()].split()) >= REPLY_WORDS:
        return text[: m.start()]
    return text


@dataclass
class Detection:
    type: str
    confidence: float  # 0–1
    scores: dict[str, float] = field(default_factory=dict)
    maybe: frozenset[str] = frozenset()  # other types plausible enough to check at a lower severity


class LetterTypeDetector:
    """Scores each letter type by weighted signal phrases from ``brevtyper.yaml``."""

    def __init__(self, spec):
        self.spec = spec
        self.signals = []
        hedges = getattr(spec, "hedges", None) or []
        self.hedge = regex.compile("|".join(f"(?:{h})" for h in hedges), _FLAGS) if hedges else None
        if spec is not None:
            for name, t in spec.types.items():
                for s in t.signals:
                    # one pattern per top-level alternative, each compiled on need and searched
                    # only when its own required words are in the letter
                    alternatives = tuple(LazyPattern(p, _FLAGS) for p in top_alternatives(s.pattern))
                    parts = tuple((rx, *_split(rx.needles)) for rx in alternatives)
                    # the signal's gate: one required word set of each alternative, joined; a letter
                    # with none of these words cannot match any alternative (None: some has no such set)
                    gate = (frozenset().union(*(ws[0] for _, ws, _ in parts))
                            if all(ws for _, ws, _ in parts) else None)
                    self.signals.append((name, parts, s.weight, gate))
            save_needles()  # derived while building: kept for the next start

    def scores(self, text: str) -> dict[str, float]:
        return self._scores(own_text(text))[0]

    def _scores(self, text: str) -> tuple[dict[str, float], dict[str, float]]:
        """The score per type of the letter's own ``text`` (``own_text``), and the weight of
        each type's strongest signal."""
        scores: dict[str, float] = {}
        strongest: dict[str, float] = {}
        index = text_index(text)  # the letter's words, looked up once for all the alternatives
        words = index.words
        # a decision's own signals are looked for outside hypothetical sentences ("Vi overvejer at stoppe …")
        # (the whole letter's word index still serves as the prefilter: it holds every word of the rest)
        decided = self.without_hedged(text) if self.hedge is not None else text
        for name, alternatives, weight, gate in self.signals:
            if gate is not None and words.isdisjoint(gate):
                continue
            source = decided if name == "afgoerelse" and weight > 0 else text
            try:
                hit = False
                for rx, word_sets, rest in alternatives:
                    # ``LazyPattern.search`` with its prefilter inlined; the required sets of whole
                    # words first, by one set operation each (they turn most alternatives away)
                    absent = False
                    for ws in word_sets:
                        if words.isdisjoint(ws):
                            absent = True
                            break
                    if absent or (rest and not index.may_match(rest)):
                        continue
                    if rx.compiled.search(source, timeout=1.0):
                        hit = True
                        break
            except TimeoutError:  # a huge text: this signal simply does not count
                continue
            if hit:
                scores[name] = scores.get(name, 0.0) + weight
                strongest[name] = max(strongest.get(name, 0.0), weight)
        return scores, strongest

    def without_hedged(self, text: str) -> str:
        """``text`` with its hypothetical sentences blanked (same length, line breaks kept)."""
        if self.hedge is None:
            return text
        parts, done = [], 0
        for m in self.hedge.finditer(text):
            if m.start() < done:
                continue  # in a sentence already blanked
            start = max(text.rfind(c, done, m.start()) for c in ".!?\n") + 1
            start = max(start, done)
            end_m = _SENTENCE_END.search(text, m.end())
            end = end_m.end() if end_m else len(text)
            if end_m and end_m.group() == "\n":
                end -= 1  # keep the line break
            parts.append(text[done:start])
            parts.append(" " * (end - start))
            done = end
        if not parts:
            return text
        parts.append(text[done:])
        return "".join(parts)

    def detection(self, text: str) -> Detection:
        own = own_text(text)  # the rules and the learned model both read the letter without a quoted mail
        scores, strongest = self._scores(own)
        min_score = self.spec.min_score if self.spec is not None else 2.0
        # on a tie the more specific type wins: a hearing, a reply to a complaint or a
        # receipt talks about decisions without being one
        ranked = sorted(((name, score) for name, score in scores.items() if name not in NEEDS_STRONG or strongest[name] >= STRONG),
                        key=lambda kv: (-kv[1], TIE_ORDER.index(kv[0]) if kv[0] in TIE_ORDER else 99))
        if not ranked or ranked[0][1] < min_score:
            # nothing speaks for a type: a letter of some length is most likely information
            fallback = "information" if len(text.split()) >= FALLBACK_WORDS else "andet"
            learned, p = lettertype_model.predict(own)
            if p >= MODEL_SURE:
                return Detection(learned, MODEL_CONFIDENCE, scores, _maybe(learned, scores))
            return Detection(fallback, 0.0, scores, _maybe(fallback, scores))
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        margin = (top - second) / top
        strength = min(1.0, top / (2 * min_score))
        confidence = round(min(1.0, 0.5 * margin + 0.5 * strength) if second else strength, 2)
        maybe = _maybe(best, scores)
        if best in MODEL_MAYBE_FROM and "afgoerelse" not in maybe:
            learned, p = lettertype_model.predict(own)
            if learned == "afgoerelse" and p >= MODEL_MAYBE:
                maybe = maybe | {"afgoerelse"}
        return Detection(best, confidence, scores, maybe)

    def detect(self, text: str) -> str:
        return self.detection(text).type


def _maybe(best: str, scores: dict[str, float]) -> frozenset[str]:
    # a hearing or a reply to a complaint talks about decisions without being one
    decision = scores.get("afgoerelse", 0.0)
    if best in ("partshoering", "klagesvar", "indkaldelse"):
        return frozenset()
    if best != "afgoerelse" and (decision >= MAYBE_DECISION and (best in ("andet", "information")
                                                              or decision >= 0.75 * scores.get(best, 0.0))):
        return frozenset({"afgoerelse"})
    return frozenset()


def _outcome(analysis, rule) -> str | None:
    from .checks.struktur import outcome_for  # the checks import this module

    return outcome_for(analysis, rule)


def lower(severity: str) -> str:
    """One step down: error → warning → info."""
    return SEVERITIES[max(0, SEVERITIES.index(severity) - 1)]


def severity_for(rule, analysis) -> str | None:
    """The severity ``rule`` runs at for this letter, or None when it does not apply.

    A rule for the detected type runs at its own severity. A rule only for
    decisions runs one step lower when the decision was detected with little
    confidence, or when another type won but the letter may well be a decision,
    or (``options.milder_without_outcome``) when the letter says neither no nor yes
    in words we know: then it may be a full grant, which needs no klagevejledning.
    A letter type given by the writer (``--type``) is certain."""
    applies = rule.applies_to
    detection: Detection | None = getattr(analysis, "detection", None)
    if not applies or analysis.letter_type in applies:
        if list(applies) == ["afgoerelse"]:
            if (detection is not None and not getattr(analysis, "type_given", False)
                    and detection.confidence < SURE):
                return lower(rule.severity)
            if getattr(rule, "options", {}).get("milder_without_outcome") and _outcome(analysis, rule) is None:
                return lower(rule.severity)  # no refusal or grant wording found: maybe a full grant
        return rule.severity
    if detection is None or getattr(analysis, "type_given", False):
        return None
    if detection.maybe & set(applies):
        return lower(rule.severity)
    return None
