"""``top_alternatives``: splitting a pattern at its top-level ``|`` keeps its meaning."""

import regex

from borgertekst.matchers.literals import top_alternatives

FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE


def test_splits_only_at_top_level():
    assert top_alternatives(r"a|b(c|d)") == ["a", "b(c|d)"]
    assert top_alternatives(r"\bdu kan klage\b|^emne: klage") == [r"\bdu kan klage\b", "^emne: klage"]


def test_bars_in_classes_and_escapes_are_not_alternations():
    assert top_alternatives(r"[|]x|y") == ["[|]x", "y"]
    assert top_alternatives(r"[]|]|z") == ["[]|]", "z"]
    assert top_alternatives(r"\||q") == [r"\|", "q"]
    assert top_alternatives(r"[[a-z]--[|]]|w") == ["[[a-z]--[|]]", "w"]


def test_patterns_that_would_change_meaning_stay_whole():
    for pattern in (r"(?i)a|b", r"(a)\1|b", r"(?P<x>a)(?P=x)|b", r"(a|b", r"[a|b"):
        assert top_alternatives(pattern) == [pattern]


def test_a_text_matches_the_pattern_exactly_when_it_matches_an_alternative():
    patterns = [r"\b(du|De|I) har (helt )?ret\b|\bdet er ikke i orden\b", r"^(emne:\s*)?afslag\b|\bgenvurdering\b",
                r"[|]x|y\b", r"kl\.\s*\d|\bmøde\w*"]
    texts = ["Du har helt ret.", "Emne: Afslag på hjælp", "Vi laver en genvurdering", "|x", "møderne kl. 9",
             "Det er ikke i orden", "intet her", "De har ikke ret"]
    for pattern in patterns:
        whole = regex.compile(pattern, FLAGS)
        parts = [regex.compile(p, FLAGS) for p in top_alternatives(pattern)]
        assert len(parts) > 1
        for text in texts:
            assert bool(whole.search(text)) == any(p.search(text) for p in parts), (pattern, text)
