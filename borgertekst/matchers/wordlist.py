"""``type: wordlist`` – words and fixed phrases matched on lemmas.

Each term is run through the same language layer as the letter, so
"bevilling" also finds "bevillingen" and "bevillinger", and "i henhold til"
finds the phrase however it is spaced. ``match: exact`` compares lower case.
An entry's ``unless`` pattern suppresses the hit when it occurs in the same
sentence. With ``compounds: true`` an abbreviation term ("PPR") is also found as the
first part of a hyphenated compound ("PPR-udtalelsen"); the hit covers the abbreviation
and its replacements are advice (they do not fit inside the compound).
"""

from __future__ import annotations

import regex
from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher

from ..nlp import analysed_terms, analysed_words
from .hit import Hit


class WordListMatcher:
    @staticmethod
    def scope(rule) -> str:
        return "sentence"

    def __init__(self, rule, nlp):
        self.rule = rule
        self.entries = rule.entries
        self._unless_rx: dict[int, regex.Pattern] = {}
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lemma = PhraseMatcher(nlp.vocab, attr="LEMMA") if rule.match == "lemma" else None
        self._compounds = _compound_pattern(rule.entries) if getattr(rule, "compounds", False) else None
        if self.lemma is not None:
            known = analysed_words(nlp, [entry.term for entry in rule.entries])
            if known is not None:
                self._add_known(nlp, known)
                return
        analysed = analysed_terms(nlp, [entry.term for entry in rule.entries]) if self.lemma is not None else []
        for i, entry in enumerate(rule.entries):
            self.lower.add(str(i), [nlp.make_doc(entry.term)])
            if self.lemma is not None:
                # A term is written in its base form, so its words are lemmas as
                # they stand; the analysed form covers terms given inflected.
                as_written = nlp.make_doc(entry.term)
                for tok in as_written:
                    tok.lemma_ = tok.lower_
                self.lemma.add(str(i), [analysed[i], as_written])

    def _add_known(self, nlp, known) -> None:
        """The patterns ``__init__`` adds, from the terms' cached tokens and lemmas: what a
        PhraseMatcher keeps of a pattern ``Doc`` is the hash of each token's LOWER or LEMMA, so
        the hashes are added instead of ``Doc``s (no ``Lexeme`` per term word at every start).
        The term as written is tokenised as the cache's analysis was (same tokenizer); its
        words' LOWER is the lower-case text (spaCy's lexeme attribute) and as written they
        are their own lemmas."""
        add = nlp.vocab.strings.add
        lower_of = nlp.vocab.lex_attr_getters[LOWER]
        for i, (words, lemmas) in enumerate(known):
            lower = [add(lower_of(w)) for w in words]
            self.lower.add(str(i), [lower])
            self.lemma.add(str(i), [[add(lemma) for lemma in lemmas], lower])

    def _unless(self, idx: int, entry):
        """An entry's ``unless`` pattern, compiled the first time a letter needs it."""
        rx = self._unless_rx.get(idx)
        if rx is None:
            rx = self._unless_rx[idx] = regex.compile(entry.unless, regex.IGNORECASE | regex.VERSION1)
        return rx

    def find(self, analysis):
        if self._compounds is None:
            yield from self._find_terms(analysis)
            return
        hits = list(self._find_terms(analysis))
        yield from hits
        yield from self._find_compounds(analysis, hits)

    def _find_compounds(self, analysis, hits):
        """Abbreviation terms as the first part of a hyphenated compound ("PPR-udtalelsen"), where
        no term was found (a compound listed as its own entry, "SSP-konsulenten", is that entry's)."""
        rx, index = self._compounds
        for m in rx.finditer(analysis.text):
            start, end = m.span(1)
            if any(h.start < end and start < h.end for h in hits):
                continue
            idx = index[m.group(1)]
            entry = self.entries[idx]
            if entry.unless and self._unless(idx, entry).search(analysis.text, *analysis.scope("sentence", start, end)):
                continue
            yield Hit(start, end, list(entry.replace), entry.explain, entry.message, {"term": entry.term}, advice=True)

    def _find_terms(self, analysis):
        doc = analysis.doc
        vocab = doc.vocab
        spans: dict[tuple[int, int], int] = {}
        for matcher in (self.lower, self.lemma):
            if matcher is None:
                continue
            for match_id, start, end in matcher(doc):
                key = (start, end)
                if key not in spans:
                    spans[key] = int(vocab.strings[match_id])
        # longest match wins where matches overlap
        taken: list[tuple[int, int]] = []
        for (start, end), idx in sorted(spans.items(), key=lambda kv: (kv[0][0], -(kv[0][1] - kv[0][0]))):
            if any(s < end and start < e for s, e in taken):
                continue
            taken.append((start, end))
            entry = self.entries[idx]
            span = doc[start:end]
            if entry.unless and self._unless(idx, entry).search(analysis.text, *analysis.scope(
                    "sentence", span.start_char, span.end_char)):
                continue  # the entry's ``unless`` context in the same sentence ("se listen herunder")
            # a fixed replacement (word_class adv/phrase) fits only the form written in the rule:
            # "vedrører" found by its lemma "vedrøre" cannot become "om"
            fixed_misfit = entry.word_class in ("adv", "phrase") and entry.term is not None \
                and " ".join(span.text.lower().split()) != entry.term.lower()
            yield Hit(span.start_char, span.end_char, list(entry.replace), entry.explain, entry.message,
                      {"term": entry.term}, advice=entry.word_class == "gloss" or fixed_misfit)


_ABBREVIATION = regex.compile(r"[A-ZÆØÅ]{2,6}")


def _compound_pattern(entries) -> tuple[regex.Pattern, dict[str, int]] | None:
    """One pattern for every abbreviation term followed by a hyphen and a word; None without any."""
    index = {e.term: i for i, e in enumerate(entries) if e.term and _ABBREVIATION.fullmatch(e.term)}
    if not index:
        return None
    names = "|".join(sorted(map(regex.escape, index), key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])({names})-(?=\w)"), index
