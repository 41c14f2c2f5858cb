"""Neighbouring-word prefilter of the phrases matcher (``literals.required_pairs``).

An entry whose words are all common ("du skal straks") passes the single-word
prefilter in most letters; the pairs ask for the words next to each other. The
pairs must never hide a match: tested on hand-written patterns, on generated
matches of every shipped pattern, and as the same hits with and without them.
"""

from __future__ import annotations

import random
import re

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from borgertekst.matchers import phrases
from borgertekst.matchers.literals import TextIndex, derive_pairs, required_needles, required_pairs
from borgertekst.matchers.phrases import PhrasesMatcher, compile_entry
from borgertekst.rulebook import load_ruleset

LOOKAROUND = re.compile(r"\(\?<?[=!]")


def _phrase_rules():
    return [r for r in load_ruleset().enabled() if type(r).__struct_config__.tag == "phrases"]


def test_the_rarer_pair_of_a_literal_phrase():
    assert derive_pairs("(?:du|De) skal straks") == {("skal", "straks")}


def test_one_pair_from_each_alternative():
    assert derive_pairs("(?:vi|jeg) må (?:desværre afvise|afvise)") == {
        ("desværre", "afvise"), ("må", "afvise")}


def test_case_is_folded():
    assert derive_pairs("(?-i:De) bedes") == {("de", "bedes")}
    assert TextIndex("De BEDES ringe").pairs >= {("de", "bedes")}


def test_only_whole_words_make_a_pair():
    # "klage" may go on ("klagesagen"), so it is no whole word; "\w+ skal nu": "skal" follows a space
    assert derive_pairs(r"klage\w* over") is None
    assert derive_pairs(r"\w+ skal nu") == {("skal", "nu")}


def test_every_branch_must_give_a_pair():
    assert derive_pairs(r"du skal nu|straks") is None
    assert derive_pairs(r"fejl (?:kan ske|sker)|det kan ske for alle") == {
        ("fejl", "kan"), ("fejl", "sker"), ("for", "alle")}


def test_pairs_come_from_the_whole_run_not_from_a_literal_piece_of_it():
    # the walk shared with the needles: a literal stretch ("det er") is a needle candidate of its
    # own, but a pair candidate it is not: the run's rarer pairs are kept
    pattern = "det er (?:ikke|på ingen måde) (?:rimeligt|acceptabelt),? at"
    assert ("det", "er") not in derive_pairs(pattern)
    assert derive_pairs(pattern) == {("ikke", "rimeligt"), ("ikke", "acceptabelt"), ("måde", "rimeligt"),
                                     ("måde", "acceptabelt")}
    assert any(("word", "rimeligt") in needles for needles in required_needles(pattern))


def test_pairs_inside_a_repeated_or_atomic_group():
    # a repetition's neighbours are unknown: only pairs whose words are whole inside it
    assert derive_pairs(r"(?: kære (?:borger|ansøger) )+") == {("kære", "borger"), ("kære", "ansøger")}
    assert derive_pairs(r"(?:kære (?:borger|ansøger))+") is None
    assert derive_pairs(r"(?>du skal straks)") == {("skal", "straks")}


@pytest.mark.parametrize("pattern", [r"\p{Lu}{3}", r"[[a-z]--[q]]x y", "nødsaget", r"du\s+skal"])
def test_no_pairs_where_none_are_required_or_readable(pattern):
    assert derive_pairs(pattern) is None


def test_pairs_of_a_text_ignore_what_lies_between():
    index = TextIndex("Du skal, straks!\n\nRing til os.")
    assert {("du", "skal"), ("skal", "straks"), ("straks", "ring")} <= index.pairs
    assert ("du", "straks") not in index.pairs


def _generatable():
    out = []
    for rule in _phrase_rules():
        for entry in rule.entries:
            if required_pairs(entry.pattern) is None or LOOKAROUND.search(entry.pattern):
                continue  # hypothesis cannot generate around lookarounds: the hits test covers them
            try:
                st.from_regex(re.compile(entry.pattern, re.IGNORECASE), fullmatch=True).example
            except Exception:
                continue
            out.append(pytest.param(rule, entry, id=f"{rule.id}:{entry.pattern[:30]}"))
    return out


@pytest.mark.parametrize(("rule", "entry"), _generatable())
@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_matches_have_a_required_pair(rule, entry, data):
    flags = 0 if rule.case_sensitive else re.IGNORECASE
    body = data.draw(st.from_regex(re.compile(entry.pattern, flags), fullmatch=True))
    if not rule.case_sensitive:
        rng = random.Random(data.draw(st.integers(0, 1000)))
        body = "".join(c.upper() if rng.random() < 0.3 else c for c in body)
    text = f"Kære Anna. {body} Med venlig hilsen"
    if compile_entry(entry.pattern, rule.case_sensitive).search(text) is None:
        return  # the body does not stand as whole words here: nothing to find
    assert not required_pairs(entry.pattern).isdisjoint(TextIndex(text).pairs), body


def _texts():
    from bench.letters import make_letters  # generated letters full of tone phrases

    texts = make_letters(30, 400, seed=5)
    for rule in (loaded.rule for loaded in load_ruleset().rules.values()):
        for example in [*rule.examples.bad, *rule.examples.good]:
            texts.append(example if isinstance(example, str) else example.text)
    return texts


def test_same_hits_with_and_without_the_pairs(monkeypatch, analyzer):
    from borgertekst.document import Document
    from borgertekst.engine import Analysis

    rules = _phrase_rules()
    with_pairs = [PhrasesMatcher(rule, analyzer.nlp) for rule in rules]
    monkeypatch.setattr(phrases, "required_pairs", lambda pattern: None)
    without = [PhrasesMatcher(rule, analyzer.nlp) for rule in rules]
    hits = skipped = 0
    for text in _texts():
        analysis = Analysis(Document.from_text(text), analyzer.nlp(text), analyzer.nlp)
        index = analysis.text_index
        for a, b in zip(with_pairs, without):
            got = [(h.start, h.end, h.explain) for h in a.find(analysis)]
            assert got == [(h.start, h.end, h.explain) for h in b.find(analysis)], a.rule.id
            hits += len(got)
            skipped += sum(index.may_match(needles) and pairs is not None and pairs.isdisjoint(index.pairs)
                           for (_, needles, _, _), pairs in zip(a.entries, a._pairs))
    assert hits > 50  # the texts do exercise the rules
    assert skipped > 100  # and the pairs do leave entries unscanned that the words let through


def test_most_entries_have_pairs():
    entries = [entry for rule in _phrase_rules() for entry in rule.entries]
    assert sum(required_pairs(e.pattern) is not None for e in entries) > len(entries) / 2
    assert all(required_needles(e.pattern) is not None for e in entries if required_pairs(e.pattern))
