"""The precision policy for tone findings (``tone.tryk-saetning``): which scored sentences
become a finding the caseworker sees.

Precision first: a wrong tone finding costs more than a missed hint. The model's score alone is
not enough in a letter, where much of the text is legal information written in the same words
as a TRYK sentence. A sentence at or above the model's threshold becomes a finding only when

* **evidence**: at least one lexicon class (``rules/tone-lexikon.yaml``) or one structure signal
  that points to a TRYK kind (not the general ones: who is addressed, who writes, a negation)
  pushes its score up. A sentence the model scores on word choice alone ("ordvalg") needs
  ``threshold_words_only``. A class of ``weak_classes`` (officialese words: "ovenstående",
  "i henhold til") and a structure signal of ``weak_signals`` count in the score but are no
  evidence on their own, and so does a signal
  that fired on a word of ``weak_evidence_words`` ("altså" is as often "so, that is" as a
  reproach: "Du skal altså ikke selv betale"); such a word counts in the score only beside other
  evidence ("Din gangbesvær er altså ikke varigt" is a conclusion in the reasons). A bureaucratic-distance word that names a third party
  ("pågældende", "ansøgeren", "borgerne") is no evidence when the sentence does not address the
  reader but the text does elsewhere: the sentence describes someone else. A signal that is no
  evidence does not count in the score either (its log-odds are taken out).
* **context**: sentences of a known neutral kind need more: complaint guidance, statute
  references and consequences stated about what the authority receives ("Hvis vi ikke modtager
  …, kan vi ikke …"). Each context has its patterns (regular expressions, case-insensitive) under
  ``options.contexts`` and its threshold ``threshold_<context>`` in the rule's options.

* **a text of its own**: the gates above are a base-rate correction for letters, where most
  sentences are neutral information and a per-sentence false-alarm rate of a few percent gives
  about one wrong finding per letter. A text of at most ``alone_max_sentences`` sentences (a
  sentence checked on its own, a two-line reply) has no such base of neutral sentences around it:
  there the model's own operating point holds, ``threshold_alone`` and
  ``threshold_words_only_alone`` (contexts and the evidence rules above still apply).

Everything is data in ``rules/tone/tryk-saetning.yaml`` (a municipality overrides one option in
its own rule pack). Only cheap tests on the sentence text and the signals the scorer already
computed: no new parse.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from . import GENERAL_SIGNALS
from .features import READER, WORD_PREFIXES

# the reader addressed anywhere in a text ("du", "dig", "De", "Dem", "Deres", "I", "jer")
_READER_ANY = re.compile(r"\b(?:(?i:du|dig|din|dit|dine|jer|jeres)|De|Dem|Deres)\b")


def addresses_reader(text: str) -> bool:
    """Whether the text speaks to the reader: du-form in any case, De-form only capitalised
    (lower-case "de" is "they")."""
    return _READER_ANY.search(text) is not None


@dataclass
class Decision:
    keep: bool
    score: float  # the score after the signals that count for nothing here are taken out
    needed: float  # the score the sentence needed
    reason: str  # "evidence", "words-only", "context:<name>"


@dataclass
class PrecisionPolicy:
    threshold: float
    words_only: float
    contexts: dict[str, tuple[float, list[re.Pattern]]] = field(default_factory=dict)
    third_party: frozenset[str] = frozenset()
    third_party_classes: frozenset[str] = frozenset()
    no_evidence: frozenset[str] = frozenset()
    weak: frozenset[str] = frozenset()
    # classes that are weak in a letter only (``letter_weak_classes``): officialese distance words that klarsprog
    # already marks word by word are no evidence on their own among a letter's many neutral sentences
    letter_weak: frozenset[str] = frozenset()
    # the score a letter's sentence needs when a class of ``letter_weak`` is its only sign (``threshold_letter_weak_only``;
    # above 1: never a finding, klarsprog marks the words)
    letter_weak_only: float | None = None
    # ... only hits whose words start with one of these (``letter_weak_words``; empty: every hit of the classes)
    letter_weak_words: tuple[str, ...] = ()
    # classes weak in a letter on every word (``letter_weak_any_classes``): officialese that is the writer's register
    # ("Kommunen har besigtiget forholdene og konstateret, at …"), which klarsprog already flags word by word
    letter_weak_any: frozenset[str] = frozenset()
    weak_words: frozenset[str] = frozenset()
    alone_max: int = 0  # a text of at most this many sentences is "alone" (0: never)
    alone_threshold: float | None = None
    alone_words_only: float | None = None
    # a list item that is a topic ("- hvad du selv har lyst til at prøve": an agenda point)
    list_item_topic: re.Pattern | None = None
    list_item_threshold: float | None = None
    # a letter (a text of at least ``letter_min`` sentences, or a paragraph of one) holds many neutral
    # sentences: word choice alone needs ``letter_margin`` more there (``letter_min`` 0: no letter bar)
    letter_min: int = 0
    letter_margin: float = 0.0
    # words of haste ("med det samme", "straks") that are no command when the writer is the one acting
    # ("Vi skulle have ringet til jer med det samme", "Vi har straks rettet din adresse")
    writer_act: frozenset[str] = frozenset()
    # words of a right that reassure when the reader holds it ("De kan til enhver tid ansøge på ny") and press when
    # the writer does ("vi kan til enhver tid genoptage din bevilling")
    reader_right: frozenset[str] = frozenset()
    # frequency words that generalise only about the reader ("Du kommer altid for sent"): no evidence when someone
    # else is the subject ("Der er altid to lærere i gården", "Vi har indført, at to medarbejdere tjekker planen, hver
    # gang …", "hun gør rent hver gang")
    reader_subject: frozenset[str] = frozenset()
    # the writer's own fault owned with an apology ("Vi har igen sendt brevet til din gamle adresse, og det er ikke første
    # gang. Det beklager vi."): a sentence whose main clause opens with the writer as subject (``own_fault_opening``) and
    # that the apology (``own_fault_apology``) follows at once, or holds, is self-criticism, never TRYK
    own_fault_opening: re.Pattern | None = None
    own_fault_apology: re.Pattern | None = None
    own_fault_threshold: float | None = None

    @classmethod
    def from_options(cls, options: dict, threshold: float) -> "PrecisionPolicy":
        contexts = {}
        # ``{name: [patterns]}``: the loader resolves the names the rule file lists (rules/tone/_kontekster.yaml)
        for name, patterns in (options.get("contexts") or {}).items():
            limit = float(options.get(f"threshold_{name}", threshold))
            # one alternation per context: one scan of the sentence per context
            joined = "|".join(f"(?:{p})" for p in patterns or [])
            contexts[name] = (limit, [re.compile(joined, re.IGNORECASE)] if joined else [])
        return cls(
            threshold=threshold,
            words_only=float(options.get("threshold_words_only", threshold)),
            contexts=contexts,
            third_party=frozenset(w.lower() for w in options.get("third_party_words") or []),
            third_party_classes=frozenset("lex:" + c for c in options.get("third_party_classes") or ["afstand"]),
            no_evidence=frozenset(w.lower() for w in options.get("no_evidence_words") or []),
            weak=frozenset(["lex:" + c for c in options.get("weak_classes") or []]
                           + ["sig:" + c for c in options.get("weak_signals") or []]),
            weak_words=frozenset(w.lower() for w in options.get("weak_evidence_words") or []),
            letter_weak=frozenset("lex:" + c for c in options.get("letter_weak_classes") or []),
            letter_weak_words=tuple(w.lower() for w in options.get("letter_weak_words") or []),
            letter_weak_any=frozenset("lex:" + c for c in options.get("letter_weak_any_classes") or []),
            letter_weak_only=float(options["threshold_letter_weak_only"])
            if options.get("threshold_letter_weak_only") is not None else None,
            alone_max=int(options.get("alone_max_sentences", 0) or 0),
            alone_threshold=_alone_bar(options, "threshold_alone", threshold),
            alone_words_only=_alone_bar(options, "threshold_words_only_alone", threshold,
                                        _alone_bar(options, "threshold_alone", threshold)),
            list_item_topic=re.compile(options["list_item_topics"], re.IGNORECASE)
            if options.get("list_item_topics") else None,
            list_item_threshold=float(options.get("threshold_listepunkt", threshold)),
            letter_min=int(options.get("letter_min_sentences", 0) or 0),
            letter_margin=float(options.get("letter_words_only_margin", 0.0) or 0.0),
            writer_act=frozenset(w.lower() for w in options.get("writer_act_words") or []),
            reader_right=frozenset(w.lower() for w in options.get("reader_right_words") or []),
            reader_subject=frozenset(w.lower() for w in options.get("reader_subject_words") or []),
            own_fault_opening=re.compile(options["own_fault_opening"], re.IGNORECASE)
            if options.get("own_fault_opening") else None,
            own_fault_apology=re.compile(options["own_fault_apology"], re.IGNORECASE)
            if options.get("own_fault_apology") else None,
            own_fault_threshold=float(options["threshold_egen_fejl"]) if options.get("threshold_egen_fejl") is not None else None,
        )

    def base_threshold(self, alone: bool) -> float:
        """The model threshold for a text alone (never above the letter threshold) or in a letter."""
        if alone and self.alone_threshold is not None:
            return min(self.threshold, self.alone_threshold)
        return self.threshold

    def _third_party(self, sig, found: str, sentence_reader: bool, text_reader: bool) -> bool:
        if sig.feature not in self.third_party_classes or sentence_reader or not text_reader:
            return False
        low = found.lower()
        return any(low.startswith(w) for w in self.third_party)

    def _matches(self, sentence: str) -> dict[str, list[tuple[int, int]]]:
        """Where each context's patterns match the sentence (contexts without a match left out)."""
        out = {}
        for name, (_, patterns) in self.contexts.items():
            spans = [m.span() for p in patterns for m in p.finditer(sentence)]
            if spans:
                out[name] = spans
        return out

    def weigh(self, signals, text: str, start: int, end: int, text_reader: bool,
              matches: dict | None = None, letter: bool = False) -> tuple[bool, float]:
        """(evidence, discount): whether a lexicon class or a kind structure signal pushes the
        score, and the log-odds of the signals that count for nothing here. A signal on words a
        context pattern matched is no evidence (the "jf." of a statute reference is the
        reference, not distance), nor a third-party word (``_third_party``), nor a word of
        ``no_evidence_words`` (a class hit through a shared lemma: "den ansøgte højde"), nor a class
        of ``weak_classes`` in a sentence of a known neutral context; a weak class or signal
        elsewhere counts in the score but is no evidence on its own. ``letter``: the classes of
        ``letter_weak_classes`` are weak as well."""
        sentence = text[start:end]
        sentence_reader = addresses_reader(sentence)
        if matches is None:
            matches = self._matches(sentence)
        explained = [(start + a, start + b) for spans in matches.values() for a, b in spans]
        evidence, discount, weak_words = False, 0.0, 0.0
        for sig in signals:
            if sig.weight <= 0 or sig.feature.startswith(WORD_PREFIXES) or sig.feature in GENERAL_SIGNALS:
                continue
            found = text[sig.start:sig.end] if 0 <= sig.start < sig.end else ""
            weak = sig.feature in self.weak or (letter and self._letter_weak(sig, found, sentence_reader))
            if (self._third_party(sig, found, sentence_reader, text_reader)
                    or (found and found.lower() in self.no_evidence)
                    or (found and found.lower() in self.writer_act and writer_acts(text, start, sig.start))
                    or (found and found.lower() in self.reader_right and reader_acts(text, start, sig.start))
                    or (found and found.lower() in self.reader_subject
                        and not about_reader(text, start, sig.start, sentence_reader))
                    or (found and any(a <= sig.start and sig.end <= b for a, b in explained))
                    or (weak and sig.feature.startswith("lex:") and matches)):
                # an officialese class (weak) in a known neutral context is that context's register
                discount += sig.weight
                continue
            if found and found.lower() in self.weak_words:
                weak_words += sig.weight  # counts in the score only beside other evidence
                continue
            if weak:
                continue  # counts in the score, but is no evidence on its own
            evidence = True
        if not evidence:
            discount += weak_words
        return evidence, discount

    def _letter_weak(self, sig, found: str, sentence_reader: bool = True) -> bool:
        """Whether a signal is weak in a letter: a class of ``letter_weak_classes`` on words of
        ``letter_weak_words`` (officialese register: "hermed", "bedes", "Der henvises"), or a class of
        ``letter_weak_any_classes`` in a sentence that does not address the reader (the writer's own register:
        "Kommunen har besigtiget forholdene og konstateret, at …"; "De har ikke tidligere givet en rimelig forklaring
        …, og kommunen må gå ud fra, at der heller ikke denne gang foreligger en sådan" still counts)."""
        if sig.feature in self.letter_weak_any:
            return not sentence_reader
        if sig.feature not in self.letter_weak:
            return False
        return not self.letter_weak_words or found.lower().startswith(self.letter_weak_words)

    def has_evidence(self, signals, text: str, start: int, end: int, text_reader: bool, letter: bool = False) -> bool:
        return self.weigh(signals, text, start, end, text_reader, letter=letter)[0]

    def context_of(self, sentence: str, matches: dict | None = None) -> str | None:
        """The strictest context whose patterns the sentence matches."""
        if matches is None:
            matches = self._matches(sentence)
        best = None
        for name in matches:
            if best is None or self.contexts[name][0] > self.contexts[best][0]:
                best = name
        return best

    def owns_fault(self, text: str, start: int, end: int) -> bool:
        """Whether the sentence ``text[start:end]`` is the writer's own fault with an apology: its main clause opens
        with the writer as subject, and the apology is in the sentence or opens the text right after it."""
        if self.own_fault_opening is None or self.own_fault_apology is None:
            return False
        if not self.own_fault_opening.match(text, start, end):
            return False
        return self.own_fault_apology.search(text, start, end) is not None or \
            self.own_fault_apology.match(text[end:end + 80].lstrip(" \t\n.;:–-")) is not None

    def decide(self, score: float, signals, text: str, start: int, end: int, text_reader: bool,
               alone: bool = False, letter: bool = False) -> Decision:
        """``alone``: the text is at most ``alone_max`` sentences (no letter around the sentence);
        ``letter``: the sentence is in a letter (at least ``letter_min`` sentences, or a paragraph of one)."""
        words_only = self.alone_words_only if alone and self.alone_words_only is not None else self.words_only
        in_letter = letter and not alone
        if in_letter:
            words_only += self.letter_margin
        if score < max(self.base_threshold(alone), words_only):
            # below the words-only bar: kept only with evidence. Without the contexts more signals count as
            # evidence and none is taken out of the score, so no evidence here means none with them (exact;
            # saves the context scans)
            if not self.weigh(signals, text, start, end, text_reader, {}, in_letter)[0]:
                return Decision(False, score, max(self.base_threshold(alone), words_only), "words-only")
        sentence = text[start:end]
        matches = self._matches(sentence)
        evidence, discount = self.weigh(signals, text, start, end, text_reader, matches, in_letter)
        if discount > 0 and 0.0 < score < 1.0:  # what does not count as evidence does not count in the score
            score = 1.0 / (1.0 + math.exp(-(math.log(score / (1.0 - score)) - discount)))
        needed, reason = self.base_threshold(alone), "evidence"
        if not evidence:
            needed, reason = max(needed, words_only), "words-only"
            if (in_letter and self.letter_weak_only is not None and self.letter_weak_only > needed
                    and any(sig.weight > 0 and self._letter_weak(sig, text[sig.start:sig.end] if 0 <= sig.start < sig.end else "",
                                                                 reader)
                            for reader in (addresses_reader(sentence),) for sig in signals)):
                needed, reason = self.letter_weak_only, "letter-weak-only"
        context = self.context_of(sentence, matches)
        if (self.own_fault_threshold is not None and self.own_fault_threshold > needed
                and self.own_fault_threshold > (self.contexts[context][0] if context else 0.0)
                and self.owns_fault(text, start, end)):
            return Decision(score >= self.own_fault_threshold, score, self.own_fault_threshold,
                            "context:egen_fejl" + (" (alone)" if alone else ""))
        if context is not None and self.contexts[context][0] > needed:
            needed, reason = self.contexts[context][0], f"context:{context}"
        if self.list_item_topic is not None and self.list_item_threshold > needed:
            body = list_item_body(text, start, end)
            if (body is not None and self.list_item_topic.match(body)) or opens_list(text, start, end):
                needed, reason = self.list_item_threshold, "context:listepunkt"
        return Decision(score >= needed, score, needed, reason + (" (alone)" if alone else ""))


# subject pronouns: the writer ("vi", "jeg"), the reader ("du", capitalised "De", "I", "man") or a third person
# ("han", "hun", lower-case "de")
_SUBJECT = re.compile(r"\b(?:(?i:vi|jeg|du|man|han|hun)|De|de|I)\b")


def writer_acts(text: str, start: int, at: int) -> bool:
    """Whether the last subject pronoun before ``at`` in the sentence starting at ``start`` is the writer's
    ("Vi har straks rettet din adresse": the writer acted; "Vi forventer, at du betaler med det samme": the reader
    is told to)."""
    last = None
    for m in _SUBJECT.finditer(text, start, at):
        last = m.group(0)
    return last is not None and last.lower() in ("vi", "jeg")


def about_reader(text: str, start: int, at: int, sentence_reader: bool) -> bool:
    """Whether a word at ``at`` may speak of the reader: the sentence addresses the reader ("Vi hører hele tiden det
    samme fra dig"), or no subject pronoun comes before it ("Hver gang vi beder om noget, …", "Det er altid de samme
    forældre, der klager"), or the last one is the reader's; not when the writer or a third person is the subject
    ("hun gør rent hver gang", "Vi har indført, at to medarbejdere tjekker planen, hver gang …")."""
    if sentence_reader:
        return True
    last = _last_subject(text, start, at)
    return last is None or last.lower() in ("du", "man") or last in ("De", "I")


def reader_acts(text: str, start: int, at: int) -> bool:
    """Whether the last subject pronoun before ``at`` in the sentence is the reader's ("du", "De", "I")."""
    last = _last_subject(text, start, at)
    return last is not None and (last.lower() == "du" or last in ("De", "I"))


def _last_subject(text: str, start: int, at: int) -> str | None:
    """The last subject pronoun (``_SUBJECT``) in ``text[start:at]``, as written, or None."""
    last = None
    for m in _SUBJECT.finditer(text, start, at):
        last = m.group(0)
    return last


_BULLET = re.compile(r"[ \t]*(?:[-*•–·▪◦]|\d{1,2}[.)]|[a-zæøå][.)])[ \t]+")


def list_item_body(text: str, start: int, end: int) -> str | None:
    """The text of a list item ("- ", "* ", "• ", "2. ", "a) " opening a line) whose sentence starts
    at ``start`` (the marker before the sentence or as its first characters), or None."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _BULLET.match(text, line_start)
    if m is None or m.end() > end or (m.end() < start and text[m.end():start].strip()):
        return None
    return text[max(start, m.end()):end]


def opens_list(text: str, start: int, end: int) -> bool:
    """Whether the sentence ends in a colon with a list item on the next line ("Vi vil bruge tiden på:"
    before "1. hvordan …"): the lead-in of an agenda, not a sentence of its own."""
    colon = text.rfind(":", start, end)
    if colon < 0 or text[colon + 1:end].strip():
        return False
    line = text.find("\n", colon)
    return line >= 0 and _BULLET.match(text, line + 1) is not None


def _alone_bar(options: dict, key: str, threshold: float, default: float | None = None) -> float | None:
    """An option for texts alone. A municipality that sets its own ``threshold`` sets it for every
    text: the bar for a text alone is then never below it."""
    value = options.get(key)
    bar = default if value is None else float(value)
    if bar is not None and options.get("threshold") is not None:
        bar = max(bar, float(options["threshold"]))
    return bar


__all__ = ["PrecisionPolicy", "Decision", "addresses_reader", "list_item_body", "READER"]
