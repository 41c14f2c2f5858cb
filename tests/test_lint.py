"""``rules lint``: each kind of mistake has a broken fixture pack in
``tests/fixtures/broken_rules/<case>/`` linted on top of a small valid base pack."""

from pathlib import Path

import pytest

from borgertekst.rulelint import lint

FIXTURES = Path(__file__).parent / "fixtures" / "broken_rules"
BASE = FIXTURES / "base"

# case folder -> (kind, file inside the case, line)
CASES = {
    "ugyldig-yaml": ("ugyldig-yaml", "fagsprog/ord.yaml", 5),
    "tom-fil": ("tom-fil", "fagsprog/tom.yaml", None),
    "ukendt-felt": ("ukendt-felt", "fagsprog/ord.yaml", 4),
    "mangler-felt": ("mangler-felt", "fagsprog/ord.yaml", 1),
    "ugyldig-vaerdi": ("ugyldig-værdi", "fagsprog/ord.yaml", 4),
    "forkert-type": ("forkert-type", "fagsprog/ord.yaml", 6),
    "dobbelt-id": ("dobbelt-id", "fagsprog/b.yaml", 2),
    "id-kategori": ("id-kategori", "fagsprog/ord.yaml", 1),
    "regex": ("regex", "tone/udtryk.yaml", 7),
    "token-moenster": ("token-mønster", "klarsprog/moenster.yaml", 7),
    "mangler-indhold": ("mangler-indhold", "fagsprog/ord.yaml", 8),
    "dobbelt-ord": ("dobbelt-ord", "fagsprog/ord.yaml", 9),
    "ukendt-funktion": ("ukendt-funktion", "klarsprog/passiv.yaml", 4),
    "besked-format": ("besked-format", "fagsprog/ord.yaml", 5),
    "ingen-eksempler": ("ingen-eksempler", "fagsprog/ord.yaml", 1),
    "eksempel": ("eksempel", "fagsprog/ord.yaml", 11),
    "ukendt-regel": ("ukendt-regel", "overrides.yaml", 3),
    "forkert-aendring": ("forkert-ændring", "overrides.yaml", 3),
    "override-felt": ("ugyldig-værdi", "overrides.yaml", 2),
    "placering": ("placering", "egne-ord.yaml", None),
    "pladsholder": ("pladsholder", "fagsprog/egne-ord.yaml", 22),  # --example-pack with only --word
}


def test_base_pack_is_valid(analyzer):
    result = lint(BASE, base=None, nlp=analyzer.nlp)
    assert result.ok, [str(m) for m in result.messages]
    assert result.examples_run == 4


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_kind_of_mistake_is_caught_with_file_and_line(case, analyzer):
    kind, file, line = CASES[case]
    result = lint(FIXTURES / case, base=BASE, nlp=analyzer.nlp)
    hits = [m for m in result.messages if m.kind == kind]
    assert hits, f"{case}: expected {kind}, got {[str(m) for m in result.messages]}"
    assert hits[0].path == FIXTURES / case / file
    assert hits[0].line == line
    assert result.kinds() == {kind}, [str(m) for m in result.messages]


# kinds tested by their own test (here or in the file named) instead of a fixture case
OWN_TESTS = {"modstrid": "test_contradiction_names_both_rules", "lokal-pakke": "test_missing_path_is_reported",
             "ignoreres": "test_insight_cli.py", "præcision": "test_quality_checks.py"}


def test_every_kind_of_lint_message_has_a_test():
    from borgertekst.rulebook.lint import KINDS

    covered = {kind for kind, _, _ in CASES.values()} | set(OWN_TESTS)
    assert set(KINDS) <= covered, sorted(set(KINDS) - covered)
    for kind, where in OWN_TESTS.items():
        if where.endswith(".py"):
            assert kind in (Path(__file__).parent / where).read_text(encoding="utf-8"), (kind, where)
        else:
            assert f"def {where}(" in Path(__file__).read_text(encoding="utf-8"), where


def test_messages_are_danish_and_name_the_problem(analyzer):
    result = lint(FIXTURES / "ukendt-felt", base=BASE, nlp=analyzer.nlp)
    text = str(result.messages[0])
    assert text.startswith(str(FIXTURES / "ukendt-felt" / "fagsprog" / "ord.yaml") + ":4: ")
    assert "ukendt nøgle 'severty'" in text
    result = lint(FIXTURES / "ugyldig-vaerdi", base=BASE, nlp=analyzer.nlp)
    assert "brug en af: info, warning, error" in result.messages[0].message


def test_contradiction_names_both_rules(analyzer):
    result = lint(FIXTURES / "modstrid", base=BASE, nlp=analyzer.nlp)
    [message] = [m for m in result.messages if m.kind == "modstrid"]
    assert message.path == BASE / "fagsprog" / "ord.yaml"
    assert message.line == 8  # the replace: line of the suggesting rule
    assert "'fagsprog.ord' foreslår 'tilladelse'" in message.message
    assert "'fagsprog.ordliste' markerer" in message.message


def test_missing_path_is_reported():
    result = lint(FIXTURES / "findes-ikke", base=BASE, examples=False)
    assert [m.kind for m in result.messages] == ["lokal-pakke"]


def test_single_rule_file_can_be_linted(analyzer):
    result = lint(FIXTURES / "regex" / "tone" / "udtryk.yaml", base=BASE, nlp=analyzer.nlp)
    assert result.kinds() == {"regex"}
    result = lint(BASE / "fagsprog" / "ord.yaml", base=None, nlp=analyzer.nlp)
    assert result.ok, [str(m) for m in result.messages]
    assert result.examples_run == 2


def test_shipped_rules_lint_clean(analyzer):
    from borgertekst.rulebook import shipped_rules_dir

    result = lint(shipped_rules_dir(), nlp=analyzer.nlp)
    assert result.ok, "\n".join(str(m) for m in result.messages)
    assert result.rules_checked > 0 and result.examples_run > 0


def test_loader_gives_the_same_danish_message_with_line():
    from borgertekst.rulebook import RuleFileError, load_ruleset

    with pytest.raises(RuleFileError) as err:
        load_ruleset(FIXTURES / "ukendt-felt")
    assert err.value.line == 4
    assert "ukendt nøgle 'severty'" in str(err.value)


def test_misplaced_files_are_each_reported(tmp_path):
    result = lint(FIXTURES / "placering", base=BASE, examples=False)
    assert sorted(m.path.name for m in result.messages) == ["egne-ord.yaml", "overides.yaml"]
    assert all(m.kind == "placering" for m in result.messages)
    empty = tmp_path / "tom-pakke"
    empty.mkdir()
    [message] = lint(empty, base=BASE, examples=False).messages
    assert message.kind == "placering" and "ingen regler" in message.message


def test_placeholders_in_suggestions_are_no_contradiction(analyzer):
    """Tone suggestions carry "[dato]" for the writer to fill in; struktur.pladsholder flags
    it in a letter, but that is not a contradiction between the rules."""
    from borgertekst.rulebook import load_ruleset, shipped_rules_dir

    suggestions = [s for r in load_ruleset().enabled() for e in getattr(r, "entries", []) for s in e.replace]
    with_placeholder = [s for s in suggestions if "[dato]" in s]
    assert with_placeholder
    assert any(f.rule == "struktur.pladsholder" for f in analyzer.analyze(with_placeholder[0]).findings)
    result = lint(shipped_rules_dir(), nlp=analyzer.nlp)
    assert not [m for m in result.messages if m.kind == "modstrid"], [str(m) for m in result.messages]
