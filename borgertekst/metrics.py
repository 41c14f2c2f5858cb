"""Readability measures: LIX for the letter and per paragraph.

LIX (Björnsson) = words per sentence + percentage of words longer than six
letters. Headings and list items are sentences of their own (the language
layer starts a sentence at every line), numbers in digits, paragraph signs and
abbreviations ("bl.a.", "jf.") are not counted as words, so a "§ 5, stk. 2"
neither shortens the sentences nor lengthens the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .nlp.tokenizer import ABBREVIATIONS
from .nlp.tokens import token_table
from .report import Metrics

_ABBR = frozenset(a.lower() for a in ABBREVIATIONS)
LONG_WORD = 6  # letters; longer than this is a long word


def is_word(token) -> bool:
    text = token.text
    if token.is_space or token.is_punct:
        return False
    if text.lower() in _ABBR or (text.endswith(".") and len(text) <= 5):
        return False
    return any(ch.isalpha() for ch in text)


def letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def is_long_word(text: str) -> bool:
    """More than LONG_WORD letters (most words are letters only: no counting)."""
    return len(text) > LONG_WORD and (text.isalpha() or letters(text) > LONG_WORD)


@dataclass
class Count:
    words: int = 0
    long_words: int = 0
    sentences: int = 0

    @property
    def lix(self) -> float:
        if not self.words or not self.sentences:
            return 0.0
        return round(self.words / self.sentences + 100.0 * self.long_words / self.words, 1)

    def add(self, other: "Count") -> None:
        self.words += other.words
        self.long_words += other.long_words
        self.sentences += other.sentences

    @classmethod
    def total(cls, counts) -> "Count":
        out = cls()
        for c in counts:
            out.add(c)
        return out


_FLAGS = "borgertekst_word_flags"


def word_flags(doc: Doc) -> tuple[list[bool], list[bool]]:
    """Per token of ``doc``: is it a word, and is it a long word. Worked out
    once per Doc (kept in ``doc.user_data``), so the sentence, paragraph and
    letter counts do not walk the tokens again."""
    cached = doc.user_data.get(_FLAGS)
    if cached is None or len(cached[0]) != len(doc):
        # ``is_word`` and ``is_long_word`` depend only on the word form (the flags are the
        # lexeme's): worked out once per form and vocabulary, then looked up per token
        global _memo_vocab
        vocab = doc.vocab
        if _memo_vocab is not vocab or len(_memo) > 200_000:
            _memo.clear()
            _long_memo.clear()
            _memo_vocab = vocab
        orths = token_table(doc).orths
        for orth in set(orths).difference(_memo):
            lex = vocab[orth]
            text = lex.orth_
            # a number in digits has no letter; a number word ("en", "et", "to", "første") is a word
            word = (not (lex.is_space or lex.is_punct)
                    and not (text.lower() in _ABBR or (text.endswith(".") and len(text) <= 5))
                    and (text.isalpha() or any(ch.isalpha() for ch in text)))
            _memo[orth] = word
            _long_memo[orth] = word and len(text) > LONG_WORD and is_long_word(text)
        cached = doc.user_data[_FLAGS] = (list(map(_memo.__getitem__, orths)),
                                          list(map(_long_memo.__getitem__, orths)))
    return cached


_memo: dict[int, bool] = {}  # ORTH hash -> is a word
_long_memo: dict[int, bool] = {}  # ORTH hash -> is a long word
_memo_vocab = None


def _bounds(span: Span | Doc) -> tuple[Doc, int, int]:
    return (span, 0, len(span)) if isinstance(span, Doc) else (span.doc, span.start, span.end)


def count_span(span: Span | Doc) -> Count:
    doc, start, end = _bounds(span)
    words, long = word_flags(doc)
    n = sum(words[start:end])
    return Count(n, sum(long[start:end]), 1 if n else 0)


def lix_label(lix: float) -> str:
    """Danish reading-level bands commonly used with LIX."""
    if lix < 25:
        return "meget let"
    if lix < 35:
        return "let"
    if lix < 45:
        return "middel"
    if lix < 55:
        return "svær"
    return "meget svær"


def lix(text: str) -> float:
    """LIX of a plain text, using the shared language layer."""
    from .nlp import load

    doc = load()(text)
    total = Count()
    for sent in doc.sents:
        total.add(count_span(sent))
    return total.lix


def summarize(paragraph_counts: list[Count], characters: int) -> Metrics:
    """The report's metrics from the counts of each paragraph."""
    total = Count.total(paragraph_counts)
    return Metrics(
        lix=total.lix, lix_label=lix_label(total.lix), words=total.words,
        sentences=total.sentences, long_words=total.long_words,
        paragraphs=len(paragraph_counts), characters=characters,
        avg_sentence_words=round(total.words / total.sentences, 1) if total.sentences else 0.0,
        paragraph_lix=[c.lix for c in paragraph_counts],
    )
