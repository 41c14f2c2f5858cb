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


@lru_cache(maxsize=1)
def speller():
    """The Hunspell object, or None when the binding or dictionary is missing."""
    try:
        from hunspell import Hunspell
    except ImportError:
        return None
    for directory in DICT_DIRS:
        if (Path(directory) / "da_DK.dic").exists():
            try:
                return Hunspell("da_DK", hunspell_data_dir=directory)
            except Exception:  # noqa: BLE001 - a broken dictionary means "no dictionary"
                return None
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


def _definite_forms(stem: str, ending: str) -> list[str]:
    """Candidate definite singular forms of a noun stem ("en" or "et")."""
    forms = [stem + ending]
    if stem.endswith("e"):
        forms.append(stem + ending[1:])
    if len(stem) > 2:
        forms.append(stem + stem[-1] + ending)  # consonant doubling: stok → stokken
        if stem[-2:] in ("el", "er", "en"):
            forms.append(stem[:-2] + stem[-1] + ending)  # mangel → manglen, teater → teatret
            if len(stem) > 4 and stem[-3] == stem[-4]:
                forms.append(stem[:-3] + stem[-1] + ending)  # seddel → sedlen
    if stem.endswith("um"):
        forms.append(stem[:-2] + ending)  # ministerium → ministeriet
    return forms


@lru_cache(maxsize=100_000)
def noun_gender(stem: str) -> str | None:
    """"Com" or "Neut" for a noun lemma, from the definite forms the dictionary
    accepts; None when it is not a known noun. Compounds take the gender of
    their last part (Hunspell analyses the compound)."""
    if speller() is None or not stem:
        return None
    found: dict[str, str] = {}
    for gender, ending in (("Com", "en"), ("Neut", "et")):
        for form in _definite_forms(stem, ending):
            # a tagged definite form, or an irregular one listed on its own ("natten" → nat)
            if any(lemma == stem and ("BESTEMT_ENTAL" in tags or (not tags and form != stem))
                   for lemma, tags in analyses(form)):
                found[gender] = form
                break
    if len(found) == 1:
        return next(iter(found))
    if len(found) == 2:
        # both accepted (compounding lets Hunspell over-generate): the more frequent
        # definite form decides, looking at ever shorter tails of a compound
        from wordfreq import word_frequency

        for cut in range(0, len(stem) - 1):
            freq = {g: word_frequency(form[cut:], "da") for g, form in found.items()}
            if freq["Com"] != freq["Neut"]:
                return max(freq, key=freq.get)
        return "Com"
    return None
