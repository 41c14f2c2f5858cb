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
