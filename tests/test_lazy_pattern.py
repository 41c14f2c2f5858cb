"""``LazyPattern``: compiled on first need, skipped where a text lacks a word
every match needs, and otherwise the same answers as the compiled pattern."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borgertekst.matchers.literals import LazyPattern, required_needles
from borgertekst.rulebook import load_ruleset
from borgertekst.rulebook.schema import Phrases

FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE
LETTERS = Path(__file__).parent / "letters"
LOOKAROUND = re.compile(r"\(\?<?[=!]|\\[pP]")


def _patterns() -> list[str]:
    out = []
    for loaded in load_ruleset().rules.values():
        if isinstance(loaded.rule, Phrases):
            out += [e.pattern for e in loaded.rule.entries]
            out += [e.unless for e in loaded.rule.entries if e.unless]
    return sorted(set(out))


def _texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    for loaded in load_ruleset().rules.values():
        for example in [*loaded.rule.examples.bad, *loaded.rule.examples.good]:
            texts.append(example if isinstance(example, str) else example.text)
    return texts


def _span(m):
    return None if m is None else m.span()


def test_same_answers_as_the_compiled_pattern_on_letters_and_examples():
    texts = _texts()
    for pattern in _patterns():
        lazy, plain = LazyPattern(pattern, FLAGS), regex.compile(pattern, FLAGS)
        for text in texts:
            assert _span(lazy.search(text)) == _span(plain.search(text)), (pattern, text[:60])
            assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in plain.finditer(text)], pattern


def test_a_text_without_the_needed_words_is_not_searched_and_nothing_is_compiled():
    lazy = LazyPattern(r"\b(klage|anke)\w*\s+over", FLAGS)
    assert lazy.search("Du kan ringe til os.") is None
    assert lazy.match("Du kan ringe til os.") is None and list(lazy.finditer("Ring til os.")) == []
    assert lazy.findall("Ring til os.") == []
    assert lazy._compiled is None
    assert lazy.search("Du kan KLAGER over det.").group() == "KLAGER over"
    assert lazy._compiled is not None
    assert lazy.sub("x", "klage over") == "x"  # the rest goes to the compiled pattern
    assert lazy.groups == 1


@pytest.mark.parametrize("pattern, text", [
    (r"(?<=[.!?])\s+(?=[A-ZÆØÅ])", "Tak. Vi ringer."),  # nothing literal: always searched
    (r"senest\s+den\s+\d+", "SENEST  DEN 4. maj"),
    (r"(?:du|De)\s+(?:skal|må)?\s*betale", "De betale"),
    (r"frist(?:en)?", "klagefristen"),  # inside a longer word: the pattern is not word-bounded
    (r"\bstraks\b|omgående", "OMGÅENDE"),
    (r"stra(?:ks|x)", "straxbetaling"),
])
def test_unbounded_needles_allow_matches_inside_words(pattern, text):
    lazy, plain = LazyPattern(pattern, FLAGS), regex.compile(pattern, FLAGS)
    assert plain.search(text) is not None
    assert _span(lazy.search(text)) == _span(plain.search(text))


def _generatable() -> list[str]:
    out = []
    for pattern in _patterns():
        if required_needles(pattern, bounded=False) is None:
            continue
        if LOOKAROUND.search(pattern):
            continue  # hypothesis cannot generate around lookarounds: the letters test covers them
        try:
            re.compile(pattern, re.IGNORECASE)
        except re.error:  # regex-only syntax: the letters test covers it
            continue
        out.append(pattern)
    return random.Random(7).sample(out, min(len(out), 40))


@pytest.mark.parametrize("pattern", _generatable())
@settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_matches_glued_to_other_words_are_found(pattern, data):
    body = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE), fullmatch=True))
    glue = st.text(alphabet="abcæøå .,-", max_size=4)
    text = data.draw(glue) + body.upper() + data.draw(glue)
    lazy, plain = LazyPattern(pattern, FLAGS), regex.compile(pattern, FLAGS)
    assert _span(lazy.search(text)) == _span(plain.search(text)), body
