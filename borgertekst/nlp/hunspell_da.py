"""Danish morphology from the Hunspell dictionary (Stavekontrolden, da_DK).

The dictionary's affix rules carry morphological tags ("+BESTEMT_ENTAL",
"+PLUR_UBEK", "+PASSIV", "+IMPERATIV", …) and the stem of each form, so
``analyses("bevillingen")`` gives ``(("bevilling", frozenset({"BESTEMT_ENTAL"})),)``.
A noun's gender follows from which definite form the dictionary accepts:
"brevet" (neuter) or "ansøgningen" (common).

The dictionary is read at run time from the system (Debian package
``hunspell-da``, installed by scripts/setup.sh; GPL 2.0/LGPL 2.1/MPL 1.1
tri-licence, nothing of it is shipped here). Without it every function answers
"unknown" and the language layer falls back to its lookup tables.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from pathlib import Path

DICT_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
_STEM = re.compile(r"st:(\S+)")
_PART = re.compile(r"pa:(\S+)")
_TAG = re.compile(r"\+(\w+)")
# tags that say nothing about the word's function
_NEUTRAL_TAGS = frozenset({"ORD_SIDST", "KONSONANT_FORDOBLING", "FUGNING"})

Analysis = tuple[str, frozenset]


_early = None  # a dictionary a command line call began opening at its start (adopt)


def adopt(early) -> None:
    """Use ``early`` (``cli.hunspell_early.EarlyDictionary``: the same library opened on
    another CPU while spaCy was imported) for its directory and name."""
    global _early
    _early = early


@lru_cache(maxsize=None)
def open_dictionary(directory: str, name: str = "da_DK"):
    """One Hunspell object per dictionary and process (loading da_DK takes a
    fifth of a second), shared by the language layer and the spelling check;
    None when the binding is missing or the dictionary is broken."""
    if _early is not None and (_early.directory, _early.name) == (directory, name):
        found = _early.get()
        if found is not None:
            return found
    try:
        from hunspell import Hunspell
    except ImportError:
        return None
    try:
        return Hunspell(name, hunspell_data_dir=directory)
    except Exception:  # noqa: BLE001 - a broken dictionary means "no dictionary"
        return None


@lru_cache(maxsize=1)
def speller():
    """The Hunspell object, or None when the binding or dictionary is missing.
    Loaded on first use (the first word the lemma tables do not know)."""
    for directory in DICT_DIRS:
        if (Path(directory) / "da_DK.dic").exists():
            return open_dictionary(directory, "da_DK")
    return None


def available() -> bool:
    return speller() is not None


@lru_cache(maxsize=200_000)
def analyses(word: str) -> tuple[Analysis, ...]:
    """(lemma, tags) readings of ``word``; compounds get their full lemma
    ("plastikstykker" → "plastikstykke"). Lower-case lemmas."""
    h = speller()
    if h is None or not word:
        return ()
    out: list[Analysis] = []
    lower = word.lower()
    for text in h.analyze(word):
        stems = _STEM.findall(text)
        if not stems:
            continue
        stem = stems[-1].lower()
        parts = _PART.findall(text)
        if parts:
            part = parts[-1].lower()
            if lower.endswith(part) and len(lower) > len(part):
                stem = lower[: len(lower) - len(part)] + stem
        tags = frozenset(t for t in _TAG.findall(text) if t not in _NEUTRAL_TAGS)
        item = (stem, tags)
        if item not in out:
            out.append(item)
    return tuple(out)


@lru_cache(maxsize=1)
def gender_lexicon():
    """noun stem → "Com"/"Neut", precomputed from the dictionary's affix flags
    by scripts/build_gender_lexicon.py (shipped: works without Hunspell too).
    A mapping with ``get``, read word by word from the cache (``cache.table``)."""
    from .. import cache

    path = Path(__file__).parent / "data" / "hunspell_noun_gender.tsv.gz"
    if not path.exists():
        return {}

    def read() -> dict[str, str]:
        names = {"C": "Com", "N": "Neut"}
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return {stem: names[g] for stem, _, g in (line.rstrip("\n").partition("\t")
                    for line in fh if not line.startswith("#"))}

    return cache.table("noun-gender", cache.key(path, cache.source_hash(__file__)), read)


@lru_cache(maxsize=4)
def common_words(language: str = "da", n: int = 50_000) -> tuple[str, ...]:
    """wordfreq's ``top_n_list(language, n)``, most frequent first, kept in the
    cache (keyed by wordfreq's data files): importing wordfreq costs a sixth of
    a second, reading the cached list a few milliseconds."""
    import importlib.util

    from .. import cache

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return ()
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    sources = sorted(data.glob(f"*_{language}.msgpack.gz"))

    def build() -> tuple[str, ...]:
        import wordfreq

        return tuple(wordfreq.top_n_list(language, n))

    return cache.cached(f"wordfreq-{language}", cache.key(language, n, *sources), build)


@lru_cache(maxsize=4)
def english_only_words(n: int = 25_000, top: int = 8_000, danish: int = 50_000) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(wordfreq's ``n`` most frequent English words that are none of its ``danish`` most frequent Danish words:
    lower-case, alphabetic, at least four letters; the same words among the ``top`` most frequent English ones).
    Office English in a Danish letter: "timeline", "request". Kept in the cache like ``common_words`` (keyed by
    both lists), so a process reads two short lists instead of two long ones."""
    import importlib.util

    from .. import cache

    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations:
        return (), ()
    data = Path(list(spec.submodule_search_locations)[0]) / "data"
    sources = sorted(data.glob("*_en.msgpack.gz")) + sorted(data.glob("*_da.msgpack.gz"))

    def build() -> tuple[tuple[str, ...], tuple[str, ...]]:
        common = frozenset(common_words("da", danish))
        ranked = common_words("en", n)
        words = tuple(w for w in ranked if len(w) >= 4 and w.isalpha() and w.islower() and w not in common)
        frequent = frozenset(ranked[:top])
        return words, tuple(w for w in words if w in frequent)

    return cache.cached("english-only", cache.key("english-only", n, top, danish, *sources), build)


@lru_cache(maxsize=100_000)
def noun_gender(stem: str, compounds: bool = True) -> str | None:
    """"Com" or "Neut" for a noun lemma; None when it is not a known noun.
    A compound the dictionary does not list takes the gender of its longest
    known last part ("sværdfiskbøf" → "bøf")."""
    lexicon = gender_lexicon()
    if not stem:
        return None
    found = lexicon.get(stem)
    if found or not compounds:
        return found
    if "-" in stem:
        return noun_gender(stem.rpartition("-")[2])
    for cut in range(3, len(stem) - 2):
        found = lexicon.get(stem[cut:])
        if found:
            return found
    return None
