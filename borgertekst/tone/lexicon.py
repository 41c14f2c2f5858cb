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

from spacy.matcher import Matcher
from spacy.tokens import Doc

from ..nlp import analysed_terms, save_analysed_terms

GAP = re.compile(r"\s*(?:…|\.\.\.)\s*")
MAX_GAP = 3


@dataclass(frozen=True)
class ClassSpec:
    name: str
    label: str  # Danish, shown in findings
    entries: tuple  # str | tuple[str, ...]
    kind: str | None = None  # TRYK kind, or None
    traek: bool = False  # a TRÆK class (lowers the score)


@dataclass
class Hit:
    cls: str
    start: int  # token indices into the Doc
    end: int


_LEMMA_CACHE: dict[tuple[int, str], tuple[str, ...]] = {}


def _lemmas(nlp, phrase: str) -> list[str]:
    key = (id(nlp), phrase.strip())
    if key not in _LEMMA_CACHE:
        doc = analysed_terms(nlp, [key[1]], save=False)[0]  # from the start-up cache (nlp/__init__.py)
        _LEMMA_CACHE[key] = tuple(t.lemma_.lower() or t.lower_ for t in doc if not t.is_space)
    return list(_LEMMA_CACHE[key])


def _segment_pattern(nlp, segment: str) -> list[dict]:
    out = []
    for word in segment.split():
        if word == "*":
            out.append({})
            continue
        lemmas = _lemmas(nlp, word)
        if not lemmas:
            continue
        low = word.lower()
        if len(lemmas) == 1 and lemmas[0] != low and low.isalpha():
            # a base form written in the entry ("låse") may itself be read as another
            # word's form ("lås"): accept both
            out.append({"LEMMA": {"IN": [lemmas[0], low]}})
        else:
            out.extend({"LEMMA": lem} for lem in lemmas)  # "jf." may be two tokens
    return out


def _entry_pattern(nlp, text: str) -> list[dict]:
    pattern: list[dict] = []
    for i, segment in enumerate(GAP.split(text.strip())):
        if i:
            pattern.append({"OP": "{0,%d}" % MAX_GAP})
        pattern.extend(_segment_pattern(nlp, segment))
    return pattern


class LexiconMatcher:
    """All classes in one spaCy ``Matcher``; ``together`` entries are checked per sentence."""

    def __init__(self, nlp, classes: list[ClassSpec]):
        self.classes = {c.name: c for c in classes}
        self.matcher = Matcher(nlp.vocab)
        self.together: list[tuple[str, list[str]]] = []  # (class, part keys)
        self._parts: dict[str, str] = {}  # part text → matcher key
        for c in classes:
            for n, entry in enumerate(c.entries):
                if isinstance(entry, (list, tuple)):
                    keys = [self._add_part(nlp, str(p)) for p in entry]
                    self.together.append((c.name, keys))
                else:
                    pattern = _entry_pattern(nlp, str(entry))
                    if pattern:
                        self.matcher.add(f"{c.name}\t{n}", [pattern])
        save_analysed_terms()

    def _add_part(self, nlp, text: str) -> str:
        if text not in self._parts:
            key = f"\tpart\t{len(self._parts)}"
            pattern = _entry_pattern(nlp, text)
            self.matcher.add(key, [pattern])
            self._parts[text] = key
        return self._parts[text]

    def match(self, doc: Doc) -> list[Hit]:
        hits: list[Hit] = []
        parts: list[tuple[str, int, int]] = []
        strings = doc.vocab.strings
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            if key.startswith("\tpart\t"):
                parts.append((key, start, end))
            else:
                hits.append(Hit(key.split("\t", 1)[0], start, end))
        if self.together and parts:
            hits.extend(self._together(doc, parts))
        return hits

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


def load_classes(data: dict) -> list[ClassSpec]:
    out = []
    for name, spec in (data.get("classes") or {}).items():
        entries = tuple(tuple(e) if isinstance(e, list) else e for e in spec.get("entries", []))
        out.append(ClassSpec(name=name, label=spec.get("label", name), entries=entries,
                             kind=spec.get("kind"), traek=bool(spec.get("traek", False))))
    return out
