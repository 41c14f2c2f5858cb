"""Lexicon classes matched on lemmas (spaCy ``Matcher``), compiled once.

An entry is written in plain Danish and lemmatised with the same pipeline the
letters go through, so inflection does not matter:

* ``"ord ord"``      the words in a row
* ``"ord … ord"``    up to three other words in between (also ``...``)
* ``"*"``            exactly one word of any kind
* ``[del, del]``     every part somewhere in the same sentence, any order

``LexiconMatcher.match(doc)`` gives, per class, the token spans of its hits;
callers group them by sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from ..nlp import analysed_lemmas, save_analysed_terms

GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")
MAX_GAP = 3


@dataclass(frozen=True)
class ClassSpec:
    name: str
    label: str  # Danish, shown in findings
    entries: tuple  # str | tuple[str, ...]
    kind: str | None = None  # TRYK kind, or None
    traek: bool = False  # a TRÆK class (lowers the score)
    # which hit names the class in a sentence: the first ("first") or the one of most words ("longest": "skal hermed
    # meddele" rather than "hermed", so the precision policy reads the phrase, not only the register word in it)
    span: str = "first"


@dataclass
class Hit:
    cls: str
    start: int  # token indices into the Doc
    end: int


_LEMMA_CACHE: dict[tuple[int, str], tuple[str, ...]] = {}


def _lemmas(nlp, phrase: str) -> list[str]:
    key = (id(nlp), phrase.strip())
    if key not in _LEMMA_CACHE:
        _LEMMA_CACHE[key] = analysed_lemmas(nlp, key[1])  # from the start-up cache (nlp/__init__.py)
    return list(_LEMMA_CACHE[key])


MAX_VARIANTS = 8


def _word_options(nlp, word: str) -> list[list[str]]:
    """The lemma sequences one written word may stand for ("*": any one word)."""
    if word == "*":
        return [["*"]]
    lemmas = _lemmas(nlp, word)
    if not lemmas:
        return []
    low = word.lower()
    if len(lemmas) == 1 and lemmas[0] != low and low.isalpha():
        # a base form written in the entry ("låse") may itself be read as another
        # word's form ("lås"): accept both
        return [[lemmas[0]], [low]]
    return [lemmas]  # "jf." may be two tokens


def _segment_variants(nlp, segment: str) -> list[list[str]]:
    variants: list[list[str]] = [[]]
    for word in segment.split():
        options = _word_options(nlp, word)
        if not options:
            continue
        variants = [v + o for v in variants for o in options][:MAX_VARIANTS]
    return [v for v in variants if v]


def _entry_variants(nlp, text: str) -> list[list[list[str]]]:
    """Each variant: its segments (lemma lists), to be joined by gaps of up to MAX_GAP words."""
    variants: list[list[list[str]]] = [[]]
    for segment in GAP.split(text.strip()):
        seg = _segment_variants(nlp, segment)
        if not seg:
            continue
        variants = [v + [s] for v in variants for s in seg][:MAX_VARIANTS]
    return [v for v in variants if v]


def _token_pattern(variant: list[list[str]]) -> list[dict]:
    pattern: list[dict] = []
    for i, segment in enumerate(variant):
        if i:
            pattern.append({"OP": "{0,%d}" % MAX_GAP})
        pattern.extend({} if lem == "*" else {"LEMMA": lem} for lem in segment)
    return pattern


class LexiconMatcher:
    """All classes compiled once: fixed word sequences in a ``PhraseMatcher`` on lemmas (a
    hash lookup per token), entries with gaps or wildcards in a ``Matcher``; ``together``
    entries are checked per sentence."""

    def __init__(self, nlp, classes: list[ClassSpec]):
        self.classes = {c.name: c for c in classes}
        self.vocab = nlp.vocab
        self.matcher = Matcher(nlp.vocab)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self._has_matcher = False
        self.gapped: list[tuple[str, list[str]]] = []  # (key, segment keys in order)
        self._gapped_by_first: dict[str, list[int]] = {}
        self._gapped_count = -1
        self._segments: set[str] = set()
        self.together: list[tuple[str, list[str]]] = []  # (class, part keys)
        self._parts: dict[str, str] = {}  # part text → matcher key
        for c in classes:
            for n, entry in enumerate(c.entries):
                if isinstance(entry, (list, tuple)):
                    keys = [self._add_part(nlp, str(p)) for p in entry]
                    self.together.append((c.name, keys))
                else:
                    self._add(f"{c.name}\t{n}", _entry_variants(nlp, str(entry)))
        save_analysed_terms()

    def _add(self, key: str, variants) -> None:
        for v in variants:
            if any("*" in seg for seg in v):  # a wildcard word: the token Matcher
                self.matcher.add(key, [_token_pattern(v)])
                self._has_matcher = True
            elif len(v) == 1:  # a fixed word sequence: one hash lookup per token
                self.phrases.add(key, [self._lemma_hashes(v[0])])
            else:  # "a … b": each segment found by the PhraseMatcher, the gaps checked in match()
                self.gapped.append((key, [self._segment_key(seg) for seg in v]))

    def _segment_key(self, lemmas: list[str]) -> str:
        k = "\tseg\t" + " ".join(lemmas)
        if k not in self._segments:
            self._segments.add(k)
            self.phrases.add(k, [self._lemma_hashes(lemmas)])
        return k

    def _lemma_hashes(self, lemmas: list[str]) -> list[int]:
        """A PhraseMatcher pattern on LEMMA as the lemmas' hashes, which is what the matcher
        keeps of a pattern ``Doc`` (and what its own unpickling adds): no ``Doc``, so no
        ``Lexeme`` per lexicon word made at every start-up (~1,000 words, ~45 ms of CPU)."""
        add = self.vocab.strings.add
        return [add(lemma) for lemma in lemmas]

    def _add_part(self, nlp, text: str) -> str:
        if text not in self._parts:
            key = f"\tpart\t{len(self._parts)}"
            self._add(key, _entry_variants(nlp, text))
            self._parts[text] = key
        return self._parts[text]

    def match(self, doc: Doc) -> list[Hit]:
        found = list(self.phrases(doc))
        if self._has_matcher:
            found += self.matcher(doc)
        strings = doc.vocab.strings
        keyed = [(strings[m], a, b) for m, a, b in found]
        if self.gapped:
            if len(self._gapped_by_first) == 0 or self._gapped_count != len(self.gapped):
                self._index_gapped()
            keyed += self._gapped([(k, a, b) for k, a, b in keyed if k.startswith("\tseg\t")], doc)
        hits: list[Hit] = []
        parts: list[tuple[str, int, int]] = []
        for key, start, end in keyed:
            if key.startswith("\tseg\t"):
                continue
            if key.startswith("\tpart\t"):
                parts.append((key, start, end))
            else:
                hits.append(Hit(key.split("\t", 1)[0], start, end))
        if self.together and parts:
            hits.extend(self._together(doc, parts))
        return hits

    def _index_gapped(self) -> None:
        """``self.gapped`` entries by their first segment's key (positions in ``self.gapped``)."""
        self._gapped_by_first = {}
        for n, (_, seq) in enumerate(self.gapped):
            self._gapped_by_first.setdefault(seq[0], []).append(n)
        self._gapped_count = len(self.gapped)

    def _gapped(self, segments, doc: Doc | None = None) -> list[tuple[str, int, int]]:
        """Entries "a … b": the segments in order, at most MAX_GAP words apart, in one sentence (a gap never
        crosses a sentence start: "Det forstår vi godt. Men …" is not "forstå … men")."""
        where: dict[str, list[tuple[int, int]]] = {}
        for key, a, b in segments:
            where.setdefault(key, []).append((a, b))
        out = []
        # only the entries whose first segment occurs, in the order of ``self.gapped``
        candidates = sorted(n for k in where for n in self._gapped_by_first.get(k, ()))
        for n in candidates:
            key, seq = self.gapped[n]
            if not all(k in where for k in seq):
                continue
            for a, b in where[seq[0]]:
                start, end, ok = a, b, True
                for k in seq[1:]:
                    nxt = [(x, y) for x, y in where[k] if end <= x <= end + MAX_GAP
                           and (doc is None or not _crosses_sentence(doc, end, x))]
                    if not nxt:
                        ok = False
                        break
                    end = nxt[0][1]
                if ok:
                    out.append((key, start, end))
                    break
        return out

    def _together(self, doc: Doc, parts) -> list[Hit]:
        by_sent: dict[int, dict[str, tuple[int, int]]] = {}
        for key, start, end in parts:
            s = doc[start].sent.start
            by_sent.setdefault(s, {}).setdefault(key, (start, end))
        out = []
        for cls, keys in self.together:
            for found in by_sent.values():
                if all(k in found for k in keys):
                    spans = [found[k] for k in keys]
                    out.append(Hit(cls, min(a for a, _ in spans), max(b for _, b in spans)))
        return out


def _crosses_sentence(doc: Doc, end: int, nxt: int) -> bool:
    """Whether a sentence starts at a token in ``end..nxt`` (the gap between two segments and the next segment's
    first token)."""
    return any(doc[j].is_sent_start for j in range(end, min(nxt, len(doc) - 1) + 1))


def load_classes(data: dict) -> list[ClassSpec]:
    out = []
    for name, spec in (data.get("classes") or {}).items():
        entries = tuple(tuple(e) if isinstance(e, list) else e for e in spec.get("entries", []))
        out.append(ClassSpec(name=name, label=spec.get("label", name), entries=entries,
                             kind=spec.get("kind"), traek=bool(spec.get("traek", False)),
                             span=str(spec.get("span", "first"))))
    return out
