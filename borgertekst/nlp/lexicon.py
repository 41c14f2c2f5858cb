"""Word lists the language layer consults.

- the lemma lookup table from spacy-lookups-data;
- ``data/lemma_exceptions.tsv``: abbreviations and irregular forms (hand-written);
- ``data/deponents.tsv``: verbs in -s that are active in meaning, with their lemma;
- ``data/treebank_lemmas.tsv``: form → lemma learned from the UD Danish DDT
  treebank (CC BY-SA 4.0, see ``data/NOTICE-treebank.md``), rebuilt by
  ``scripts/train_lemma_memory.py``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.lookups import load_lookups

DATA = Path(__file__).parent / "data"


def read_tsv(name: str, column: int = 1) -> dict[str, str]:
    """First column → another column of a tab-separated file in ``data/``
    (lines starting with ``#`` are comments); empty when the file is missing."""
    path = DATA / name
    table: dict[str, str] = {}
    if not path.exists():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) > column:
            table[cols[0]] = cols[column]
    return table


@lru_cache(maxsize=1)
def lemma_table():
    """spaCy's Danish lemma lookup table (form → lemma, from spacy-lookups-data).

    Read from the package's JSON once into an SQLite file in the cache
    (``borgertekst.cache.table``) and then word by word: opening it costs a
    millisecond where reading the JSON into a dict costs a quarter of a second
    per process. Only ``get`` is used."""
    try:
        import spacy_lookups_data
        import srsly

        from .. import cache

        path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
        if path.exists():
            return cache.table("lemma-lookup", cache.key(path), lambda: srsly.read_gzip_json(path))
    except ImportError:
        pass
    return load_lookups("da", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=1)
def lemma_exceptions() -> dict[str, str]:
    return read_tsv("lemma_exceptions.tsv")


@lru_cache(maxsize=1)
def deponent_lemmas() -> dict[str, str]:
    return read_tsv("deponents.tsv")


@lru_cache(maxsize=1)
def treebank_lemmas() -> dict[str, str]:
    return read_tsv("treebank_lemmas.tsv")


@lru_cache(maxsize=1)
def treebank_bigrams() -> dict[tuple[str, str], str]:
    """(previous word, form) → lemma where context overrides the form's usual lemma."""
    path = DATA / "treebank_bigrams.tsv"
    table: dict[tuple[str, str], str] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if len(cols) == 3 and not line.startswith("#"):
                table[(cols[0], cols[1])] = cols[2]
    return table


@lru_cache(maxsize=1)
def treebank_word_classes() -> dict[str, str]:
    """form → the UPOS the treebank gives it most often."""
    return read_tsv("treebank_lemmas.tsv", column=3)


@lru_cache(maxsize=1)
def treebank_genders() -> dict[str, str]:
    """form → the noun gender the treebank gives it most often (nouns only)."""
    return {k: v for k, v in read_tsv("treebank_lemmas.tsv", column=4).items() if v != "-"}


@lru_cache(maxsize=1)
def noun_genders() -> dict[str, str]:
    """Hand-written genders of nouns Hunspell cannot inflect (months, languages, abbreviations)."""
    return read_tsv("noun_gender.tsv")


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """"-er" forms that are both a person noun and a verb's present tense ("ansøger", "klager")."""
    return frozenset(read_tsv("person_nouns.tsv", column=0))


@lru_cache(maxsize=1)
def not_imperative() -> frozenset[str]:
    return frozenset(read_tsv("not_imperative.tsv"))


DEPONENTS = frozenset(deponent_lemmas())
