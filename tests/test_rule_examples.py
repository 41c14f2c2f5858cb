"""Every shipped rule's good and bad examples hold (the suite fails if one does not)."""

from borgertekst.rulebook.examples import run_examples


def test_all_shipped_rule_examples_pass(analyzer):
    ran, failures = run_examples(analyzer)
    assert ran > 0
    assert not failures, "\n".join(str(f) for f in failures)
