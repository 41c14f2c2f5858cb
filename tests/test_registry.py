"""The explicit table of rule types and functions (matchers/registry.py)."""

import pytest

from borgertekst.matchers import registry
from borgertekst.rulebook import load_ruleset
from borgertekst.rulebook.schema import RULE_TYPES


def test_every_rule_type_of_the_schema_has_a_matcher():
    assert set(registry.MATCHER_TYPES) == set(RULE_TYPES)


def test_every_type_and_function_used_in_rules_resolves():
    ruleset = load_ruleset()
    assert ruleset.rules
    for loaded in ruleset.rules.values():
        rule = loaded.rule
        assert registry.rule_tag(rule) in registry.MATCHER_TYPES, (loaded.path, registry.rule_tag(rule))
        if registry.rule_tag(rule) == "function":
            assert rule.function in registry.FUNCTIONS, (loaded.path, rule.function)


def test_every_matcher_declares_a_scope_for_each_shipped_rule():
    for loaded in load_ruleset().rules.values():
        assert registry.scope_of(loaded.rule) in ("sentence", "paragraph", "letter")


def test_letter_level_rules_are_the_structure_and_letter_lix_rules():
    scopes = {lr.rule.id: registry.scope_of(lr.rule) for lr in load_ruleset().rules.values()}
    letter = {rule_id for rule_id, scope in scopes.items() if scope == "letter"}
    assert "klarsprog.lix" in letter
    assert any(r.startswith("struktur.") for r in letter)
    assert scopes["klarsprog.lange-saetninger"] == "sentence"
    assert scopes["klarsprog.lix-afsnit"] == "paragraph"
    assert scopes["struktur.klagevejledning"] == "letter"
    assert scopes["klarsprog.tiltale"] == "paragraph"
    for name in registry.LETTER_FUNCTIONS:
        assert name in registry.FUNCTIONS
    assert not any(r.startswith(("fagsprog.", "tone.")) for r in letter)


def test_an_unknown_function_is_refused_in_danish(analyzer):
    import msgspec

    from borgertekst.matchers.function import UnknownFunction
    from borgertekst.rulebook.schema import Rule

    rule = msgspec.convert({"id": "klarsprog.x", "type": "function", "category": "klarsprog",
                            "severity": "info", "message": "x", "function": "findes-ikke"}, Rule)
    with pytest.raises(UnknownFunction, match="ukendt funktion 'findes-ikke'"):
        registry.build(rule, analyzer.nlp)
