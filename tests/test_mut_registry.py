"""``registry.build`` and ``FunctionMatcher`` (bench/MUTATION.md): every shipped rule is
compiled by the class the table names, holding its own rule; a code check gets the
language layer and its ``setup`` state, and finds what the engine finds with it;
letter-level functions are the only function rules the engine keeps apart."""

import msgspec
import pytest

from borgertekst.engine import Analyzer
from borgertekst.matchers import registry
from borgertekst.matchers.function import FunctionMatcher
from borgertekst.rulebook.loader import LoadedRule, RuleSet
from borgertekst.rulebook.schema import Example, Rule


def test_every_shipped_rule_is_built_by_its_table_class_with_its_own_rule(analyzer):
    for rule, _ in analyzer.matchers:
        built = registry.build(rule, analyzer.nlp)
        assert type(built) is registry.MATCHER_TYPES[registry.rule_tag(rule)], rule.id
        assert built.rule is rule, rule.id


def _function_rules(analyzer):
    return [rule for rule, _ in analyzer.matchers if registry.rule_tag(rule) == "function"]


def test_a_function_rule_gets_the_check_and_its_setup_state(analyzer):
    rules = _function_rules(analyzer)
    assert rules
    for rule in rules:
        built = registry.build(rule, analyzer.nlp)
        assert built.fn is registry.FUNCTIONS[rule.function]
        has_setup = getattr(built.fn, "setup", None) is not None
        if rule.function != "languagetool":  # its state is None without a LanguageTool server
            assert (built.state is not None) == has_setup, rule.id
    with_setup = [r for r in rules if getattr(registry.FUNCTIONS[r.function], "setup", None)]
    assert with_setup  # the struktur, reference, spelling and tone checks build state once per rule


def _first_example_found(analyzer, rule):
    for item in rule.examples.bad:
        example = item if isinstance(item, Example) else Example(text=item)
        analysis, report = analyzer.analysis(example.text, example.letter_type)
        spans = sorted({(f.start, f.end) for f in analysis.findings if f.rule == rule.id})
        if spans:
            return analysis, spans
    return None, None


def test_a_freshly_built_function_matcher_finds_what_the_engine_finds(analyzer):
    checked = 0
    for rule in _function_rules(analyzer):
        if rule.function == "languagetool":  # an external server, absent in tests
            continue
        analysis, spans = _first_example_found(analyzer, rule)
        if analysis is None:
            continue
        matcher = registry.build(rule, analyzer.nlp)
        assert sorted({(h.start, h.end) for h in matcher.find(analysis)}) == spans, rule.id
        checked += 1
    assert checked >= 5


def test_the_function_s_scope_is_letter_only_for_the_letter_functions(analyzer):
    letter, paragraph = analyzer.ruleset.get("struktur.klagevejledning"), analyzer.ruleset.get("klarsprog.tiltale")
    assert (letter.function, paragraph.function) == ("klagevejledning", "formal_address")
    assert registry.scope_of(letter) == "letter"
    assert registry.scope_of(paragraph) == "paragraph"
    assert FunctionMatcher.scope(paragraph, frozenset({"formal_address"})) == "letter"
    only = Analyzer(RuleSet(rules={r.id: LoadedRule(r, None) for r in (letter, paragraph)}), nlp=analyzer.nlp)
    assert only.placed == {"struktur.klagevejledning"}


def test_an_unknown_function_names_the_known_ones(analyzer):
    from borgertekst.matchers.function import UnknownFunction

    rule = msgspec.convert({"id": "klarsprog.x", "type": "function", "category": "klarsprog",
                            "severity": "info", "message": "x", "function": "findes-ikke"}, Rule)
    with pytest.raises(UnknownFunction) as info:
        registry.build(rule, analyzer.nlp)
    known = ", ".join(sorted(registry.FUNCTIONS))
    assert str(info.value) == f"ukendt funktion 'findes-ikke' (kendte: {known})"
