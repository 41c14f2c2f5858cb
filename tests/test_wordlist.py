"""The word-list rule type matches base forms and inflections on lemmas."""

import msgspec

from borgertekst.engine import Analyzer
from borgertekst.rulebook.loader import LoadedRule, RuleSet
from borgertekst.rulebook.schema import Rule


def _analyzer(terms):
    rule = msgspec.convert({
        "id": "fagsprog.test", "category": "fagsprog", "type": "wordlist", "severity": "info",
        "message": "'{match}' er fagsprog.", "entries": [{"term": t, "replace": ["x"]} for t in terms],
    }, Rule)
    return Analyzer(RuleSet(rules={rule.id: LoadedRule(rule, None)}))


def test_compound_unknown_to_the_lemma_table_is_found_inflected():
    analyzer = _analyzer(["rehabiliteringsplan"])
    for form in ("rehabiliteringsplan", "rehabiliteringsplanen", "rehabiliteringsplaner"):
        found = [f.text for f in analyzer.analyze(f"Vi sender {form} i morgen.").findings]
        assert found == [form]


def test_multiword_term_and_longest_match():
    analyzer = _analyzer(["i henhold til", "henhold"])
    report = analyzer.analyze("Vi gør det i henhold til loven.")
    assert [f.text for f in report.findings] == ["i henhold til"]
