"""The Danish language layer: ``load()`` gives the spaCy pipeline every check reads.

Pipeline (each component registered by name, each also works on a pre-tokenised Doc):
  tokenizer            spaCy's Danish tokenizer + municipal abbreviations (tokenizer.py)
  borgertekst_sentences sentence boundaries that respect abbreviations, ordinals and lines (sentences.py)
  borgertekst_lemmas   lemmas: treebank-learned forms, exceptions, Hunspell + spaCy lookup table (lemmas.py)
  borgertekst_morph    Voice=Pass, Mood=Imp, VerbForm=Part, Gender/Number/Definite on nouns (morphology.py)
Word lists: lexicon.py and data/; Hunspell and the gender lexicon: hunspell_da.py.

Method and measured accuracy: docs/nlp.md (reproduce with scripts/measure_nlp.py).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from . import hunspell_da
from .tokenizer import GuardedTokenizer, customise_tokenizer

PIPELINE = ("borgertekst_sentences", "borgertekst_lemmas", "borgertekst_morph")


def build() -> Language:
    """A fresh pipeline (use ``load()`` for the shared, cached one)."""
    nlp = spacy.blank("da")
    customise_tokenizer(nlp)
    nlp.tokenizer = GuardedTokenizer(nlp.tokenizer)
    for name in PIPELINE:
        nlp.add_pipe(name)
    return nlp


def preload() -> None:
    """Load what the pipeline otherwise loads on first use (Hunspell, the
    gender lexicon), e.g. in a server before it takes requests, so the first
    letter does not pay for it. A command line call skips this: a letter
    that never needs a table never loads it."""
    hunspell_da.speller()
    hunspell_da.gender_lexicon()


@lru_cache(maxsize=1)
def load() -> Language:
    """The shared Danish pipeline, built once per process."""
    return build()


def analysed_terms(nlp: Language, terms: list[str], save: bool = True) -> list:
    """``nlp(term)`` for each of a rule's terms (the word lists' lemma
    patterns), from the cache when ``nlp`` is the shared pipeline: running the
    pipeline over 500 terms costs a seventh of a second per start-up (and
    loads Hunspell), rebuilding their Docs from words and lemmas a few
    milliseconds. The cache is keyed by everything the analysis depends on
    (``layer_key``), so a changed component, word list or dictionary
    analyses the terms again. Only rule terms are kept, never a letter's words.
    ``save=False`` leaves writing new terms to ``save_analysed_terms()`` (for
    callers that ask term by term)."""
    from spacy.tokens import Doc

    memo = _memo_for(nlp)
    if memo is None:
        return [nlp(term) for term in terms]
    out = []
    for term in terms:
        found = memo.get(term)
        if found is None:
            doc = nlp(term)
            memo[term] = (tuple(t.text for t in doc), tuple(bool(t.whitespace_) for t in doc),
                          tuple(t.lemma_ for t in doc))
            _unsaved_terms.add(term)
            out.append(doc)
        else:
            words, spaces, lemmas = found
            out.append(Doc(nlp.vocab, words=list(words), spaces=list(spaces), lemmas=list(lemmas)))
    if save:
        save_analysed_terms()
    return out


def analysed_words(nlp: Language, terms: list[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]] | None:
    """(token texts, lemmas) of each term as ``analysed_terms`` would give them, straight from
    the start-up cache without building a ``Doc`` (a ``Doc`` makes a spaCy ``Lexeme`` for every
    new word, some 30 us each); None unless ``nlp`` is the shared pipeline and the cache knows
    every term (then the caller builds ``Doc``s with ``analysed_terms``)."""
    memo = _memo_for(nlp)
    found = [memo.get(term) for term in terms] if memo is not None else [None]
    return None if None in found else [(words, lemmas) for words, _, lemmas in found]


def analysed_lemmas(nlp: Language, term: str) -> tuple[str, ...]:
    """What ``analysed_terms`` gives for one term, as the lower-case lemma (else the
    lower-case word) of each token that is not white space, without building a ``Doc``
    when the start-up cache knows the term (the tone lexicon asks this word by word for
    some 800 words at every start)."""
    memo = _memo_for(nlp)
    if memo is not None:
        found = memo.get(term)
        if found is not None:
            words, _, lemmas = found
            return tuple(lemma.lower() or word.lower() for word, lemma in zip(words, lemmas) if not word.isspace())
    doc = analysed_terms(nlp, [term], save=False)[0]
    return tuple(t.lemma_.lower() or t.lower_ for t in doc if not t.is_space)


def _memo_for(nlp: Language) -> dict | None:
    """The analysed rule terms (term -> (words, spaces, lemmas)) when ``nlp`` is the shared
    pipeline, else None (another pipeline analyses its terms itself)."""
    if not load.cache_info().currsize or nlp is not load():
        return None
    _load_term_memo()
    return _term_memo


def _load_term_memo() -> None:
    global _term_memo
    if _term_memo is None:
        from .. import cache

        loaded = cache.load_marshal("term-lemmas", layer_key())
        _term_memo = loaded if isinstance(loaded, dict) else {}


_term_memo: dict | None = None
_unsaved_terms: set[str] = set()


def save_analysed_terms() -> None:
    """Write newly analysed rule terms to the cache (merged with the file)."""
    if not _unsaved_terms or _term_memo is None:
        return
    from .. import cache

    key = layer_key()
    on_disk = cache.load_marshal("term-lemmas", key)
    merged = on_disk if isinstance(on_disk, dict) and len(on_disk) < 50_000 else {}
    merged.update((t, _term_memo[t]) for t in _unsaved_terms if t in _term_memo)
    _unsaved_terms.clear()
    cache.store_marshal("term-lemmas", key, merged)


@lru_cache(maxsize=1)
def layer_key() -> str:
    """What the language layer's analysis of a word depends on: its code and
    word lists, spaCy's version and lookup table, and the Hunspell dictionary."""
    from pathlib import Path

    from .. import cache

    here = Path(__file__).parent
    parts: list = [spacy.__version__]
    parts += [p for p in sorted(here.glob("*.py"))]
    parts += [p for p in sorted((here / "data").glob("*")) if p.is_file()]
    parts += [cache.stat_key(Path(d) / f"da_DK.{ext}") for d in hunspell_da.DICT_DIRS for ext in ("dic", "aff")]
    try:
        import spacy_lookups_data

        parts.append(cache.stat_key(Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"))
    except ImportError:
        parts.append("no spacy-lookups-data")
    return cache.key(*parts)
