"""The phrases prefilter (``matchers/literals.py``) must never hide a match.

Soundness is tested three ways: hand-written patterns with known needles,
hypothesis-generated matches of every shipped pattern, and the same hits with
and without the prefilter on the sample letters and the rules' own examples.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, given, settings, strategies as st

from borgertekst.matchers import literals, phrases
from borgertekst.matchers.literals import INFIX, PREFIX, SUFFIX, WORD, TextIndex, required_needles
from borgertekst.matchers.phrases import PhrasesMatcher, compile_entry
from borgertekst.rulebook import load_ruleset

LETTERS = Path(__file__).parent / "letters"
LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _phrase_rules():
    return [r for r in load_ruleset().enabled() if type(r).__struct_config__.tag == "phrases"]


def _entries():
    return [(rule, entry) for rule in _phrase_rules() for entry in rule.entries]


def _needle_sets(pattern: str) -> list[set]:
    return [set(needles) for needles in required_needles(pattern)]


# --- what the analysis derives -------------------------------------------------------------

def test_whole_words_from_a_literal_phrase():
    assert {(WORD, "straks")} in _needle_sets("(?:du|De) skal straks")


def test_alternatives_become_one_set():
    sets = _needle_sets("sidste (?:advarsel|chance)")
    assert {(WORD, "advarsel"), (WORD, "chance")} in sets
    assert {(WORD, "sidste")} in sets


def test_word_start_when_the_word_may_go_on():
    assert _needle_sets(r"querulant\w*") == [{(PREFIX, "querulant")}]


def test_word_end_when_something_unknown_comes_before():
    assert {(SUFFIX, "konsekvenser")} in _needle_sets(r"\w*konsekvenser") or \
        {(SUFFIX, "konsekvenser")} in _needle_sets(r"[a-z]*konsekvenser")


def test_words_around_an_optional_word_are_whole_words():
    # "(?:\w+ )?" ends with a space, and "få " before it too: both edges are known
    assert {(WORD, "konsekvenser")} in _needle_sets(r"(?:vil|kan) få (?:\w+ )?konsekvenser")


def test_punctuation_only_gives_a_substring():
    assert _needle_sets("§§") == [{(INFIX, "§§")}]


def test_case_is_folded():
    assert {(WORD, "deres")} in _needle_sets("(?-i:Deres) pligt") or \
        {(WORD, "pligt")} in _needle_sets("(?-i:Deres) pligt")
    assert TextIndex("DERES PLIGT").may_match(required_needles("(?-i:Deres) pligt"))


def test_unicode_properties_count_as_any_character():
    # regex-only \p{L}: read as "any character", which needs no more literals than the original
    assert _needle_sets(r"\p{L}*\s?[!?]*(?:!!|\?!|!\?)[!?]*") == [{(INFIX, "!!"), (INFIX, "?!"), (INFIX, "!?")}]
    assert _needle_sets(r"[\p{L}-]+kommune") == [{(SUFFIX, "kommune")}]
    assert required_needles(r"[^\p{L}]abc") is None  # broadening inside a negated class would narrow it
    assert _needle_sets(r"\\p{L}x") == [{(INFIX, "\\p{l}x")}]  # an escaped backslash, then "p{L}x"


@pytest.mark.parametrize("pattern", [
    r"\p{Lu}{3}",  # regex-only syntax
    r"[[a-z]--[q]]x",  # set difference: the standard parser reads it differently
    r"(?:a|b)?",  # may match nothing
    r".+",
])
def test_no_prefilter_where_nothing_is_required_or_readable(pattern):
    assert required_needles(pattern) is None
    assert TextIndex("hvad som helst").may_match(None)


def test_every_set_must_be_met():
    requirement = required_needles("sidste (?:advarsel|chance)")
    assert TextIndex("Det er din sidste chance.").may_match(requirement)
    assert not TextIndex("Det er sidste udkald.").may_match(requirement)
    assert not TextIndex("Du har en chance.").may_match(requirement)


def test_prefix_and_suffix_lookups():
    index = TextIndex("En querulantisk borger fik store følgekonsekvenser.")
    assert index.has((PREFIX, "querulant"))
    assert index.has((SUFFIX, "konsekvenser"))
    assert not index.has((PREFIX, "konsekvenser"))
    assert not index.has((WORD, "querulant"))


# --- soundness on every shipped pattern -------------------------------------------------

def _generatable():
    out = []
    for rule, entry in _entries():
        requirement = required_needles(entry.pattern)
        if requirement is None or LOOKAROUND.search(entry.pattern):
            continue  # hypothesis cannot generate around lookarounds: the examples test covers them
        try:
            st.from_regex(re.compile(entry.pattern, re.IGNORECASE), fullmatch=True).example
        except Exception:  # lookbehinds etc.: covered by the examples test below
            continue
        out.append(pytest.param(rule, entry, id=f"{rule.id}:{entry.pattern[:30]}"))
    return out


def _recase(text: str, seed: int) -> str:
    rng = random.Random(seed)
    return "".join(c.upper() if rng.random() < 0.3 else c for c in text)


@pytest.mark.parametrize(("rule", "entry"), _generatable())
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_matches_pass_the_prefilter(rule, entry, data):
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    body = data.draw(st.from_regex(re.compile(entry.pattern, flags), fullmatch=True))
    if not rule.case_sensitive:
        body = _recase(body, data.draw(st.integers(0, 1000)))
    text = f"Kære Anna. {body} Med venlig hilsen"
    if compile_entry(entry.pattern, rule.case_sensitive).search(text) is None:
        return  # the body does not stand as whole words here: nothing to find
    assert TextIndex(text).may_match(required_needles(entry.pattern)), body


def _texts():
    from bench.letters import make_letters  # generated letters full of tone phrases

    texts = [p.read_text(encoding="utf-8") for p in sorted(LETTERS.glob("*.txt"))]
    texts += make_letters(20, 400, seed=3)
    for rule in (loaded.rule for loaded in load_ruleset().rules.values()):
        for example in [*rule.examples.bad, *rule.examples.good]:
            texts.append(example if isinstance(example, str) else example.text)
    return texts


def test_same_hits_with_and_without_the_prefilter(monkeypatch, analyzer):
    from borgertekst.document import Document
    from borgertekst.engine import Analysis

    rules = _phrase_rules()
    filtered = [PhrasesMatcher(rule, analyzer.nlp) for rule in rules]
    monkeypatch.setattr(phrases, "required_needles", lambda pattern: None)
    unfiltered = [PhrasesMatcher(rule, analyzer.nlp) for rule in rules]
    hits = 0
    for text in _texts():
        document = Document.from_text(text)
        analysis = Analysis(document, analyzer.nlp(text), analyzer.nlp)
        for with_filter, without in zip(filtered, unfiltered):
            got = [(h.start, h.end, h.explain) for h in with_filter.find(analysis)]
            assert got == [(h.start, h.end, h.explain) for h in without.find(analysis)], with_filter.rule.id
            hits += len(got)
    assert hits > 100  # the texts do exercise the rules


def test_the_prefilter_skips_most_entries_on_a_plain_letter():
    letter = (LETTERS / "afgoerelse-god.txt") if (LETTERS / "afgoerelse-god.txt").exists() else None
    text = letter.read_text(encoding="utf-8") if letter else "Kære Anna. Tak for dit brev. Vi har bevilget din ansøgning."
    index = TextIndex(text)
    entries = _entries()
    passing = [e for _, e in entries if index.may_match(required_needles(e.pattern))]
    assert len(passing) < len(entries) / 4


def test_unicode_words_split_like_the_regex_engine():
    text = "Ærø-borgeren 👍 fik e\u0301n afgørelse"
    index = TextIndex(text)
    assert index.words == set(regex.findall(r"\w+", text.casefold(), flags=regex.VERSION1))
    assert literals.required_needles("afgørelse") == (frozenset({(WORD, "afgørelse")}),)
    assert index.may_match(literals.required_needles("afgørelse"))
