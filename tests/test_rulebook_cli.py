"""``borgertekst rules lint|test|list|show|export``: exit codes and output."""

from pathlib import Path

import pytest
import yaml

from borgertekst.cli import main

FIXTURES = Path(__file__).parent / "fixtures" / "broken_rules"
BASE = FIXTURES / "base"


@pytest.fixture
def shipped_base(monkeypatch, tmp_path):
    monkeypatch.setenv("BORGERTEKST_RULES", str(BASE))
    monkeypatch.delenv("BORGERTEKST_RULES_LOCAL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)


def test_lint_ok_and_broken(shipped_base, analyzer, capsys):
    assert main(["rules", "lint", str(BASE)]) == 0
    assert "Ingen fejl: 2 regelfiler tjekket, 4 eksempler kørt." in capsys.readouterr().out
    assert main(["rules", "lint", str(FIXTURES / "ukendt-felt")]) == 1
    out = capsys.readouterr()
    assert f"{FIXTURES / 'ukendt-felt' / 'fagsprog' / 'ord.yaml'}:4: ukendt nøgle 'severty'" in out.out
    assert "1 fejl i reglerne" in out.err


def test_lint_without_examples_skips_them(shipped_base, capsys):
    assert main(["rules", "lint", "--uden-eksempler", str(FIXTURES / "eksempel")]) == 0
    assert "eksempler ikke kørt" in capsys.readouterr().out


def test_lint_missing_path_is_usage_error(shipped_base, capsys):
    assert main(["rules", "lint", "findes/ikke"]) == 2
    assert "findes ikke" in capsys.readouterr().err


def test_rules_test_passes_and_fails(shipped_base, analyzer, capsys):
    assert main(["rules", "test"]) == 0
    assert "Alle 4 eksempler i 2 regler holder." in capsys.readouterr().out
    assert main(["rules", "test", str(FIXTURES / "eksempel")]) == 1
    out = capsys.readouterr()
    assert f"{FIXTURES / 'eksempel' / 'fagsprog' / 'ord.yaml'}:11: fagsprog.ordliste" in out.out
    assert main(["rules", "test", str(FIXTURES / "ingen-eksempler")]) == 1
    assert "reglen har ingen eksempler" in capsys.readouterr().out


def test_rules_test_on_unloadable_pack_is_exit_2(shipped_base, capsys):
    assert main(["rules", "test", str(FIXTURES / "ugyldig-yaml")]) == 2
    assert "ugyldig YAML" in capsys.readouterr().err


def test_show_prints_effective_rule_as_yaml(shipped_base, capsys):
    assert main(["rules", "show", "fagsprog.ord"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"# Fil: {BASE / 'fagsprog' / 'ord.yaml'}")
    data = yaml.safe_load(out)
    assert data["id"] == "fagsprog.ord" and data["entries"][0]["term"] == "bevilling"
    assert main(["rules", "show", "fagsprog.orr"]) == 2
    assert "Mente du: fagsprog.ord" in capsys.readouterr().err


def test_export_prh(shipped_base, tmp_path, capsys):
    assert main(["rules", "export", "--format", "prh"]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["version"] == 1
    [rule] = data["rules"]
    assert rule["expected"] == "tilladelse"
    assert rule["patterns"][0].startswith("/") and "bevilling" in rule["patterns"][0]
    out = tmp_path / "prh.yml"
    assert main(["rules", "export", "--format", "prh", "--out", str(out)]) == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == data


def test_prh_patterns_match_what_the_word_list_matches(shipped_base):
    import regex

    from borgertekst.rulebook import load_ruleset
    from borgertekst.rulebook.export import prh_rules

    rules, skipped = prh_rules(load_ruleset())
    assert skipped == 0
    source, flags = rules[0]["patterns"][0][1:].rsplit("/", 1)
    rx = regex.compile(source, regex.IGNORECASE if "i" in flags else 0)
    assert rx.search("Din Bevilling er sendt.")
    assert not rx.search("Bevillingsret")  # whole words only


def test_rules_test_command_passes_on_the_shipped_rules(monkeypatch, tmp_path, analyzer, capsys):
    """The project's suite runs ``borgertekst rules test`` over ``rules/``: a failing shipped rule fails it."""
    from borgertekst.rulebook import shipped_rules_dir

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    code = main(["rules", "test", str(shipped_rules_dir())])
    out = capsys.readouterr().out
    assert code == 0, out
    assert out.startswith("Alle ")
