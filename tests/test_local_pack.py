"""Local packs: a municipality's own folder adds rules, words and overrides
on top of the shipped rules without copying them (here the shipped rules are
the small fixture pack ``tests/fixtures/broken_rules/base``)."""

import json
from pathlib import Path

import pytest

from borgertekst.cli import main
from borgertekst.engine import Analyzer
from borgertekst.rulebook import RuleFileError, load_ruleset
from borgertekst.rulelint import lint

BASE = Path(__file__).parent / "fixtures" / "broken_rules" / "base"
LONG = "Vi har i dag modtaget din ansøgning om hjælp til rengøring og indkøb, og vi vil behandle den i løbet af de næste fire uger."

OVERRIDES = """\
fagsprog.ord:
  severity: warning
  add_entries:
    - term: visitation
      replace: [vurdering]
  add_examples:
    bad: [Vi har lavet en visitation.]
klarsprog.saetninger:
  enabled: false
"""

OWN_RULE = """\
id: tone.egne-udtryk
category: tone
type: phrases
severity: info
message: "'{match}' lyder hårdt."
entries:
  - pattern: "du skal omgående"
    replace: [vi beder dig]
examples:
  bad: [Du skal omgående sende papirerne.]
  good: [Vi beder dig sende papirerne.]
"""


@pytest.fixture
def env(monkeypatch, tmp_path):
    monkeypatch.setenv("BORGERTEKST_RULES", str(BASE))
    monkeypatch.delenv("BORGERTEKST_RULES_LOCAL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def make_pack(root: Path, overrides: str | None = OVERRIDES, own: str | None = OWN_RULE) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    if overrides is not None:
        (root / "overrides.yaml").write_text(overrides, encoding="utf-8")
    if own is not None:
        (root / "tone").mkdir(exist_ok=True)
        (root / "tone" / "egne-udtryk.yaml").write_text(own, encoding="utf-8")
    return root


def rules_hit(analyzer, text):
    return {f.rule: f for f in analyzer.analyze(text, "andet").findings}


def test_without_local_pack_only_shipped_rules(env):
    ruleset = load_ruleset()
    assert set(ruleset.rules) == {"fagsprog.ord", "klarsprog.saetninger"}


def test_local_pack_adds_words_changes_severity_disables_and_adds_rules(env, tmp_path, analyzer):
    pack = make_pack(tmp_path / "kommune")
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    ruleset = load_ruleset()
    assert ruleset.packs == [BASE, pack]
    assert set(ruleset.overridden) == {"fagsprog.ord", "klarsprog.saetninger"}
    local = Analyzer(ruleset, nlp=analyzer.nlp)
    hits = rules_hit(local, "Vi har lavet en visitation af dit hjem.")
    assert hits["fagsprog.ord"].severity == "warning"
    assert hits["fagsprog.ord"].text == "visitation"
    assert hits["fagsprog.ord"].suggestions == ["vurdering"]
    assert rules_hit(local, "Vi har sendt bevillingen til dig.")["fagsprog.ord"].severity == "warning"
    assert "klarsprog.saetninger" not in rules_hit(local, LONG)
    assert "tone.egne-udtryk" in rules_hit(local, "Du skal omgående sende papirerne.")
    # the shipped analyzer (same base) does none of this
    plain = Analyzer(load_ruleset(BASE), nlp=analyzer.nlp)
    assert "fagsprog.ord" not in rules_hit(plain, "Vi har lavet en visitation af dit hjem.")
    assert "klarsprog.saetninger" in rules_hit(plain, LONG)


def test_threshold_override_on_metric_rule(env, tmp_path, analyzer):
    pack = make_pack(tmp_path / "kommune", overrides="klarsprog.saetninger:\n  max: 40\n", own=None)
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    ruleset = load_ruleset()
    assert ruleset.get("klarsprog.saetninger").max == 40
    assert "klarsprog.saetninger" not in rules_hit(Analyzer(ruleset, nlp=analyzer.nlp), LONG)


def test_config_file_in_working_directory_names_the_pack(env, tmp_path):
    make_pack(tmp_path / "regler")
    (tmp_path / "borgertekst.toml").write_text('[rules]\nlocal = "regler"\n', encoding="utf-8")
    ruleset = load_ruleset()
    assert "tone.egne-udtryk" in ruleset.rules
    assert not ruleset.get("klarsprog.saetninger").enabled


def test_config_file_in_user_config_dir(env, tmp_path):
    make_pack(tmp_path / "et-sted" / "regler", own=None)
    cfg = tmp_path / "config" / "borgertekst"
    cfg.mkdir(parents=True)
    (cfg / "borgertekst.toml").write_text(f'[rules]\nlocal = ["{tmp_path / "et-sted" / "regler"}"]\n', encoding="utf-8")
    assert load_ruleset().get("fagsprog.ord").severity == "warning"


def test_local_rule_with_shipped_id_is_refused_with_hint(env, tmp_path):
    pack = make_pack(tmp_path / "kommune", overrides=None, own=None)
    (pack / "fagsprog").mkdir()
    (pack / "fagsprog" / "ord.yaml").write_text((BASE / "fagsprog" / "ord.yaml").read_text(encoding="utf-8"),
                                                encoding="utf-8")
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    with pytest.raises(RuleFileError) as err:
        load_ruleset()
    assert err.value.line == 1
    assert "overrides.yaml" in str(err.value)


def test_override_of_unknown_rule_points_to_its_line(env, tmp_path):
    pack = make_pack(tmp_path / "kommune", overrides="fagsprog.ord:\n  severity: info\nfagsprog.ordd:\n  enabled: false\n",
                     own=None)
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    with pytest.raises(RuleFileError) as err:
        load_ruleset()
    assert err.value.path == str(pack / "overrides.yaml")
    assert err.value.line == 3
    assert "ukendt regel-id 'fagsprog.ordd'" in str(err.value)


def test_missing_local_folder_is_a_clear_error(env, tmp_path):
    env.setenv("BORGERTEKST_RULES_LOCAL", str(tmp_path / "findes-ikke"))
    with pytest.raises(RuleFileError, match="mappen med lokale regler findes ikke"):
        load_ruleset()


def test_check_command_sees_the_local_pack(env, tmp_path, analyzer, capsys):
    import borgertekst.engine as engine

    env.setattr(engine, "_default", None)
    letter = tmp_path / "brev.txt"
    letter.write_text("Kære Ole\n\nVi har lavet en visitation af dit hjem.\n", encoding="utf-8")
    pack = make_pack(tmp_path / "kommune")
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    code = main(["check", "--format", "json", "--fail-on", "warning", str(letter)])
    report = json.loads(capsys.readouterr().out)
    found = [f for f in report["findings"] if f["rule"] == "fagsprog.ord"]
    assert [f["text"] for f in found] == ["visitation"]
    assert found[0]["severity"] == "warning"
    assert code == 1


def test_example_pack_from_cli_is_a_working_local_pack(env, tmp_path, analyzer, capsys):
    """What the rules documentation tells staff to do, step by step."""
    assert main(["rules", "show", "--example-pack"]) == 0
    template = capsys.readouterr().out
    assert "{WORD}" in template and "type: wordlist" in template
    assert main(["rules", "show", "--example-pack", "--word", "sagsforløb", "--alternative", "din sag"]) == 0
    text = capsys.readouterr().out
    assert "{WORD}" not in text
    pack = tmp_path / "kommunens-regler"
    (pack / "fagsprog").mkdir(parents=True)
    (pack / "fagsprog" / "egne-ord.yaml").write_text(text, encoding="utf-8")
    result = lint(pack, nlp=analyzer.nlp)
    assert result.ok, [str(m) for m in result.messages]
    assert result.examples_run == 2
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    local = Analyzer(load_ruleset(), nlp=analyzer.nlp)
    hit = rules_hit(local, "Dit sagsforløb er slut.")["fagsprog.egne-ord"]
    assert hit.suggestions == ["din sag"]


def test_rules_list_marks_local_changes(env, tmp_path, capsys):
    env.setenv("BORGERTEKST_RULES_LOCAL", str(make_pack(tmp_path / "kommune")))
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith(("fagsprog", "klarsprog", "tone"))}
    assert "ændret lokalt" in lines["fagsprog.ord"] and "advarsel" in lines["fagsprog.ord"]
    assert "slået fra" in lines["klarsprog.saetninger"]
    assert "tone.egne-udtryk" in lines


def test_broken_config_file_is_a_danish_error_not_a_traceback(env, tmp_path, capsys):
    (tmp_path / "borgertekst.toml").write_text('[rules]\nlocal = "regler\n', encoding="utf-8")
    with pytest.raises(RuleFileError, match="ugyldig TOML"):
        load_ruleset()
    assert main(["rules", "list"]) == 2
    assert "borgertekst.toml: ugyldig TOML" in capsys.readouterr().err
    (tmp_path / "borgertekst.toml").write_text("[rules]\nlocal = 3\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="skal være en mappe eller en liste af mapper"):
        load_ruleset()


REMOVE = """\
fagsprog.ord:
  add_entries:
    - term: visitation
      replace: [vurdering]
  add_examples:
    bad: [Vi har lavet en visitation.]
  remove_entries: [bevilling]
"""


def test_remove_entries_takes_one_word_out_of_a_shipped_list(env, tmp_path, analyzer):
    pack = make_pack(tmp_path / "kommune", overrides=REMOVE, own=None)
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    ruleset = load_ruleset()
    rule = ruleset.get("fagsprog.ord")
    assert [e.term for e in rule.entries] == ["visitation"]
    # the shipped bad example that showed the removed word goes with it; the rest stay
    assert rule.examples.bad == ["Vi har lavet en visitation."]
    assert rule.examples.good == ["Du får hjælpen fra maj."]
    local = Analyzer(ruleset, nlp=analyzer.nlp)
    assert "fagsprog.ord" not in rules_hit(local, "Vi har sendt bevillingen til dig.")
    assert "fagsprog.ord" in rules_hit(local, "Vi har lavet en visitation.")
    assert lint(pack, base=BASE).ok


@pytest.mark.parametrize(("overrides", "expected", "line"), [
    ("fagsprog.ord:\n  remove_entries: [bevilling, boliglån]\n", "'boliglån' findes ikke i reglen", 2),
    ("fagsprog.ord:\n  remove_entries:\n    - bevilling\n", "slå i stedet reglen fra", 2),
    ("klarsprog.saetninger:\n  remove_entries: [lang]\n", "kan ikke bruges på reglen", 2),
])
def test_remove_entries_mistakes_are_clear_errors(env, tmp_path, overrides, expected, line):
    pack = make_pack(tmp_path / "kommune", overrides=overrides, own=None)
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    with pytest.raises(RuleFileError) as err:
        load_ruleset()
    assert expected in str(err.value)
    assert err.value.line == line


def test_remove_entries_on_the_shipped_rules(env, tmp_path, analyzer):
    env.delenv("BORGERTEKST_RULES")
    shipped = load_ruleset().get("fagsprog.kommunesprog")
    term = shipped.entries[0].term
    pack = make_pack(tmp_path / "kommune", overrides=f"fagsprog.kommunesprog:\n  remove_entries: [{term}]\n", own=None)
    env.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    rule = load_ruleset().get("fagsprog.kommunesprog")
    assert len(rule.entries) == len(shipped.entries) - 1
    assert term not in [e.term for e in rule.entries]
