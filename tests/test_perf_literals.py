"""The prefilter's needle tests (``TextIndex.has`` / ``may_match``) look prefixes and suffixes up in
buckets of words by their first or last characters: they must say exactly what a plain scan
of the letter's words says, for needles shorter and longer than a bucket key."""

import itertools

import pytest

from borgertekst.matchers.literals import INFIX, PREFIX, SUFFIX, WORD, TextIndex, required_needles

TEXT = ("Kommunen har truffet afgørelse om din ansøgning. Du kan klage: ring på tlf. 12 34 56 78, "
        "eller skriv til os. Å, ØL og æbler; querulantisk følgekonsekvens — it-systemet er nede.")
WORDS = ["a", "ø", "ko", "kom", "komm", "kommunen", "unen", "nen", "en", "n", "ansøg", "søgning", "ning", "ng",
         "x", "xyz", "klag", "lage", "klage:", "it-sys", "it", "systemet", "temet", "æbl", "bler", "øl", "ø",
         "følge", "konsekvens", "vens", "ens", "querulant", "isk", "12", "34 56", "78", "zzz", "mmu", "kommunens"]


def _plain(words: set[str], folded: str, needle) -> bool:
    kind, s = needle
    return {WORD: lambda: s in words, INFIX: lambda: s in folded,
            PREFIX: lambda: any(w.startswith(s) for w in words),
            SUFFIX: lambda: any(w.endswith(s) for w in words)}[kind]()


@pytest.mark.parametrize("kind", [WORD, INFIX, PREFIX, SUFFIX])
def test_has_agrees_with_a_plain_scan_of_the_words(kind):
    index = TextIndex(TEXT)
    for s in WORDS:
        assert index.has((kind, s)) == _plain(index.words, index.folded, (kind, s)), (kind, s)


def test_may_match_is_all_sets_with_any_needle():
    index = TextIndex(TEXT)
    needles = [(kind, s) for kind in (WORD, INFIX, PREFIX, SUFFIX) for s in WORDS[::3]]
    for a, b in itertools.combinations(range(0, len(needles), 2), 2):
        first = frozenset(needles[a:a + 3])
        second = frozenset(needles[b:b + 2])
        expected = all(any(_plain(index.words, index.folded, n) for n in group) for group in (first, second))
        assert index.may_match((first, second)) == expected, (first, second)


def test_a_requirement_derived_from_a_pattern():
    assert TextIndex("Vi har modtaget din ansøgning om boligstøtte.").may_match(
        required_needles(r"\b(boligstøtte\w*|boligydelse\w*)\b", bounded=False))
    assert not TextIndex("Vi har modtaget din ansøgning om hjælp.").may_match(
        required_needles(r"\b(boligstøtte\w*|boligydelse\w*)\b", bounded=False))
