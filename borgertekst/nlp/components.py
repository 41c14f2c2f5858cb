"""spaCy components of the Danish language layer, registered by name.

Each component reads only tokens and writes token attributes, so it runs the
same on a Doc from the tokenizer and on ``Doc(vocab, words=…, spaces=…)``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import DEPONENTS, lemma_table
from .tokenizer import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS

_TERMINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!"})
_CLOSERS = frozenset({'"', "'", "»", "”", "’", ")", "]"})
_ABBR = frozenset(a.lower() for a in ABBREVIATIONS)


def _starts_upper(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'«»“”§(-–•*")


@Language.component("borgertekst_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Sentence starts: after line breaks, after terminal punctuation, after an
    ordinal or list abbreviation only when a capitalised word follows."""
    n = len(doc)
    if not n:
        return doc
    starts = [False] * n
    starts[0] = True
    for i in range(n - 1):
        tok = doc[i]
        nxt = doc[i + 1]
        text = tok.text
        if tok.is_space:
            if "\n" in text:
                starts[i + 1] = True
            continue
        if "\n" in tok.whitespace_:
            starts[i + 1] = True
            continue
        lower = text.lower()
        boundary = False
        if text in _TERMINAL or (len(text) > 1 and set(text) <= set(".!?…")):
            boundary = True
        elif text.endswith(".") and len(text) > 1:
            if lower in _ABBR and lower not in SENTENCE_FINAL_ABBREVIATIONS:
                boundary = False
            else:
                # ordinals ("2."), list abbreviations ("osv.") and unknown "x."
                boundary = nxt.text[:1].isupper()
        if boundary:
            j = i + 1
            while j < n and doc[j].text in _CLOSERS:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and (_starts_upper(doc[j].text) or text in ("!", "?", "!!", "?!")):
                starts[j] = True
    for i, tok in enumerate(doc):
        tok.is_sent_start = starts[i]
    return doc


@Language.component("borgertekst_lemmas")
def set_lemmas(doc: Doc) -> Doc:
    """Lookup lemmas, trying the word as written and then in lower case."""
    table = lemma_table()
    for tok in doc:
        if tok.is_space or tok.is_punct:
            tok.lemma_ = tok.text
            continue
        text = tok.text
        lemma = table.get(text)
        if lemma is None:
            lower = text.lower()
            lemma = table.get(lower, lower)
        tok.lemma_ = lemma.lower() if not text.isupper() or len(text) < 2 else lemma
    return doc


def _is_s_passive(lower: str, table) -> bool:
    if len(lower) < 5 or not lower.endswith("s") or lower in DEPONENTS:
        return False
    stem = lower[:-1]
    if not stem.endswith("e"):
        return False
    lemma = table.get(lower)
    if lemma is None:
        return False
    # present/infinitive ("behandle-s") or past ("behandlede-s") of a verb in -e
    return lemma == stem or (stem.endswith(("ede", "te")) and lemma.endswith("e") and table.get(stem) == lemma)


@Language.component("borgertekst_morph")
def set_morph(doc: Doc) -> Doc:
    """First, rule-based morphology: s-passive and sentence-initial imperatives."""
    table = lemma_table()
    for tok in doc:
        if not tok.is_alpha:
            continue
        lower = tok.lower_
        feats: dict[str, str] = {}
        if _is_s_passive(lower, table):
            feats["Voice"] = "Pass"
        elif tok.is_sent_start and table.get(lower) == lower + "e":
            feats["Mood"] = "Imp"
        if feats:
            tok.set_morph("|".join(f"{k}={v}" for k, v in sorted(feats.items())))
    return doc
