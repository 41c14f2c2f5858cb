"""Tone checks for the rule engine (registered in ``matchers/registry.py``).

* ``tone_sentence``: one finding per sentence the tone model scores at or above the
  threshold (``options.threshold`` in the rule, which a municipality may override;
  default: the threshold stored with the trained weights). The message names the
  signals that fired, in Danish; the suggestion is the TRÆK alternative for the kind.
* ``shouting``: words in capitals that are ordinary Danish words ("Du SKAL …"), never
  abbreviations (LBK, BEK, MOL, PPR, SFO …) or masked numbers (010116-XXXX).
"""

from __future__ import annotations

import re

from ..matchers.hit import Hit
from ..nlp import hunspell_da
from ..nlp.tokens import token_table
from .features import SHORT_SHOUTS, WORD_PREFIXES, is_shouting

MAX_SIGNALS = 4
MAX_WORDS = 3  # words named after the signals ("ordvalg: 'omgående', 'kræver'")


def _quoted(text: str) -> list[tuple[int, int]]:
    try:
        from ..nlp.quotes import quoted_regions
    except ImportError:  # pragma: no cover - quotes module absent in old trees
        return []
    return quoted_regions(text)


def _quoted_in(analysis) -> list[tuple[int, int]]:
    """The quoted regions of the analysis' text, worked out once per analysis."""
    try:
        from ..nlp.quotes import for_analysis
    except ImportError:  # pragma: no cover - quotes module absent in old trees
        return []
    return for_analysis(analysis).regions


class _State:
    """The scorer and the shipped tone phrase rules' matchers (built once per rule)."""

    def __init__(self, rule, nlp):
        from . import scorer

        self.scorer = scorer(nlp)
        self.nlp = nlp
        self.own_id = rule.id
        self._phrases = None
        self._policy = None
        self._warning_kinds = None

    def policy(self, rule, threshold: float):
        """The precision policy from the rule's options (``precision.py``), built once."""
        from .precision import PrecisionPolicy

        if self._policy is None or self._policy.threshold != threshold:
            self._policy = PrecisionPolicy.from_options(rule.options or {}, threshold)
        return self._policy

    def warning_kinds(self, rule) -> frozenset:
        """The TRYK kinds (``kinds`` of tone-lexikon.yaml) whose findings keep the rule's severity
        (``options.warning_kinds``); built once."""
        if self._warning_kinds is None:
            self._warning_kinds = frozenset((rule.options or {}).get("warning_kinds") or [])
        return self._warning_kinds

    def phrase_matchers(self) -> list:
        """The compiled phrase rules of ``rules/tone/`` (built on first use: only letters
        with a TRYK sentence need them)."""
        if self._phrases is None:
            from ..matchers.registry import build
            from ..rulebook.loader import load_source, parse_rule, rule_files, shipped_rules_dir

            out = []
            for path in rule_files(shipped_rules_dir()):
                if path.parent.name != "tone":
                    continue
                rule = parse_rule(load_source(path).data, path)
                if rule.id != self.own_id and type(rule).__name__ != "Function":
                    out.append(build(rule, self.nlp))
            self._phrases = out
        return self._phrases




def _shown_signals(text: str, signals) -> list[str]:
    """What the finding names, in Danish: the lexicon classes and structure signals first
    ("irettesættelse: 'misforstået'", "afstand: De-form"), then the words that weighed most
    ("ordvalg: 'omgående', 'kræver'"), each text once; word pairs made of small words only
    ("det kan") are left out: they are no reason a caseworker can act on."""
    from . import GENERAL_SIGNALS
    from .features import STOPWORDS

    named: list[str] = []
    words: list[str] = []
    seen: set[str] = set()
    for sig in signals:
        found = text[sig.start:sig.end] if 0 <= sig.start < sig.end else ""
        if sig.feature.startswith(WORD_PREFIXES):
            key = found.lower()
            if not found or key in seen or all(w in STOPWORDS for w in key.split()):
                continue
            seen.add(key)
            words.append(f"'{found}'")
        elif sig.feature in GENERAL_SIGNALS:
            continue
        elif sig.feature.startswith("lex:") and found:
            named.append(f"{sig.label}: '{found}'")
            seen.add(found.lower())
        else:
            named.append(sig.label)
    shown = named[:MAX_SIGNALS]
    if words and len(shown) < MAX_SIGNALS:
        shown.append("ordvalg: " + ", ".join(words[:MAX_WORDS]))
    if not shown:  # only the general signals: name them rather than nothing
        shown = [sig.label for sig in signals[:2]]
    return shown


def _setup_scorer(rule, nlp):
    return _State(rule, nlp)


def _phrase_spans(analysis, state) -> list[tuple[int, int]]:
    """Where the tone phrase rules hit in the analysis (sorted)."""
    spans = []
    for matcher in state.phrase_matchers():
        try:
            spans.extend((h.start, h.end) for h in matcher.find(analysis))
        except TimeoutError:
            continue
    return sorted(spans)


def _alone(analysis, most: int) -> bool:
    """Whether the text has at most ``most`` sentences with a word in them (no letter around
    the sentence); stops counting after ``most + 1``."""
    if most <= 0:
        return False
    n = 0
    for sent in analysis.sentences:
        if any(t.is_alpha for t in sent):
            n += 1
            if n > most:
                return False
    return True


def tone_sentence(analysis, rule, state):
    scorer = state.scorer
    threshold = float(rule.options.get("threshold", scorer.model.threshold))
    # precision first: evidence beyond word choice, and more for neutral contexts (precision.py);
    # a text of its own (a sentence or two, no letter around it) at the model's own operating point
    policy = state.policy(rule, threshold)
    # a paragraph the editor sends on its own is part of a letter (engine.analyze_paragraphs)
    alone = not getattr(analysis, "in_letter", False) and _alone(analysis, policy.alone_max)
    # a letter: word choice alone needs more (many neutral sentences around the sentence)
    letter = policy.letter_min > 0 and (getattr(analysis, "in_letter", False)
                                         or not _alone(analysis, policy.letter_min - 1))
    floor = policy.base_threshold(alone)
    quoted = _quoted_in(analysis)
    phrases = None
    text_reader = None
    for s in scorer.score_doc(analysis.doc, quoted, explain_from=floor, min_score=floor, text=analysis.text):
        if s.score < floor:
            continue
        if text_reader is None:
            from .precision import addresses_reader

            text_reader = addresses_reader(analysis.text)
        decision = policy.decide(s.score, s.signals, analysis.text, s.start, s.end, text_reader, alone, letter)
        if not decision.keep:
            continue
        if phrases is None:
            phrases = _phrase_spans(analysis, state)
        shown = _shown_signals(analysis.text, s.signals)
        kind_label = scorer.kind_label(s.kind) or "TRYK"
        # no kind named by a signal: the rule's general TRÆK advice, not one kind's
        traek = scorer.traek(s.kind) or (rule.suggestions[0] if rule.suggestions else "") \
            or scorer.traek("blame-correction")
        # the finding covers the words that made the sentence TRYK (the strongest signals),
        # not the whole sentence: the editor marks them, and a paragraph-level finding on a
        # one-sentence paragraph does not swallow it
        spans = [(g.start, g.end) for g in s.signals[:MAX_SIGNALS] if 0 <= g.start < g.end]
        start, end = (min(a for a, _ in spans), max(b for _, b in spans)) if spans else (s.start, s.end)
        # a tone phrase rule that hits the same sentence names the same problem: take its span,
        # so the engine makes one finding of the two (contract 9: same span, ``also_rules``)
        inside = next(((a, b) for a, b in phrases if s.start <= a and b <= s.end), None)
        if inside is not None:
            start, end = inside
        # severity earned by measured precision: a kind in ``warning_kinds`` with evidence beyond word choice and a
        # score of at least ``warning_min_score`` keeps the rule's severity; every other finding is one step milder
        # (bench/QUALITY-tone.md)
        earned = (decision.reason.startswith("evidence") and s.kind in state.warning_kinds(rule)
                  and decision.score >= float((rule.options or {}).get("warning_min_score", 0.0)))
        yield Hit(
            start, end, replace=[traek], advice=True, milder=not earned,
            explain=f"Sætningen kan optrappe konflikten ({kind_label}). {traek}",
            fields={"kind": kind_label, "score": str(round(s.score * 100)), "signals": "; ".join(shown)},
        )


tone_sentence.setup = _setup_scorer


def _known(word: str) -> bool:
    sp = hunspell_da.speller()
    return True if sp is None else bool(sp.spell(word))


def _may_shout(analysis) -> bool:
    """Whether ``shouting`` can find anything: an exclamation mark in the text, or a token
    of three or more letters all in capitals, or "NU" (the first test of ``is_shouting``)."""
    if "!" in analysis.text:
        return True
    doc = analysis.doc
    if not len(doc):
        return False
    # the token texts (``token_table``), each distinct one once; the tests are pure, so their order is free
    return any(s.isupper() and (len(s) >= 3 or s in SHORT_SHOUTS) and s.isalpha() for s in set(token_table(doc).texts))


# up to five words in capitals that open a line and end in a colon or a dash: a label, a heading or a sender
# ("AFGØRELSE: …", "RYKKER – Betaling for SFO", an SMS's "GREVE KOMMUNE: Storskrald hentes …")
_LABEL_RUN = re.compile(r"[ \t]*(?:[A-ZÆØÅ][A-ZÆØÅ0-9.&/-]*[ \t]+){0,4}[A-ZÆØÅ][A-ZÆØÅ0-9.&/-]*(?=:|[ \t][–—-][ \t])")


def _is_label(text: str, tok) -> bool:
    """A word in capitals in a run of capitals words that opens a line and is followed by a colon or a dash is a
    label, a heading or a sender ("AFGØRELSE: Nedsættelse af din kontanthjælp", "EMNE: …", "RYKKER – Betaling for
    SFO", "GREVE KOMMUNE: Storskrald hentes tirsdag"), not a raised voice."""
    line_start = text.rfind("\n", 0, tok.idx) + 1
    m = _LABEL_RUN.match(text, line_start)
    return m is not None and tok.idx < m.end()


# words that tell the reader to send a keyword back ("Svar STOP", "send JA til 1212", "skriv NEJ"): the keyword is in
# capitals because the system reads it, not because the writer shouts (session 11, PANEL's note)
_KEYWORD_VERBS = frozenset({"svar", "send", "skriv", "sms", "sms'", "tast", "indtast"})


def _is_keyword(sent, i: int) -> bool:
    """Whether the capitals token at ``i`` in the sentence is a reply keyword: right after a verb of sending."""
    j = i - 1
    while j >= 0 and sent[j].is_space:
        j -= 1
    return j >= 0 and sent[j].lower_ in _KEYWORD_VERBS


def shouting(analysis, rule, state):
    if not _may_shout(analysis):
        return
    quoted = _quoted_in(analysis)
    for sent in analysis.sentences:
        has_lower = any(t.is_alpha and t.text.islower() for t in sent)
        # a sentence all in capitals is a heading, unless it exclaims ("HUSK AT BETALE!!")
        exclaims = any("!" in t.text for t in sent)
        for i, tok in enumerate(sent):
            if quoted and any(a <= tok.idx < b for a, b in quoted):
                continue
            # three capitals mid-sentence are as often a register or an office ("LER", "SKS") as a shout
            if len(tok.text) == 3 and not exclaims:
                continue
            if is_shouting(tok, has_lower or exclaims, _known) and not _is_label(analysis.text, tok) \
                    and not _is_keyword(sent, i):
                yield Hit(tok.idx, tok.idx + len(tok.text), replace=[tok.text.lower()],
                          explain="Store bogstaver midt i en sætning læses som et råb.")
        # several exclamation marks, or "?!"
        toks = [t for t in sent if not t.is_space]
        i = 0
        while i < len(toks):
            t = toks[i]
            if t.text and set(t.text) <= {"!", "?"}:
                j = i
                while j + 1 < len(toks) and set(toks[j + 1].text) <= {"!", "?"} and toks[j + 1].idx == toks[j].idx + len(toks[j].text):
                    j += 1
                marks = analysis.text[t.idx:toks[j].idx + len(toks[j].text)]
                if (len(marks) >= 2 and "!" in marks) and not any(a <= t.idx < b for a, b in quoted):
                    yield Hit(t.idx, toks[j].idx + len(toks[j].text), replace=["?" if "?" in marks else "."],
                              explain="Flere udråbstegn eller '?!' lyder vredt.")
                i = j + 1
            else:
                i += 1
