"""rules/README.md: a new user following only the documentation can add a
jargon word, override a severity and disable a rule in a local pack, and see
the effect. The YAML is taken from the README itself."""

import re
from pathlib import Path

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rulebook import load_ruleset
from borgertekst.rulelint import lint

README = Path(__file__).resolve().parents[1] / "rules" / "README.md"


def code_blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


@pytest.fixture
def pack_from_readme(tmp_path, monkeypatch):
    monkeypatch.delenv("BORGERTEKST_RULES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    step2, step3 = code_blocks("yaml")[:2]  # "Trin 2" and "Trin 3"
    pack = tmp_path / "kommunens-regler"
    pack.mkdir()
    (pack / "overrides.yaml").write_text(step2 + "\n" + step3, encoding="utf-8")
    (tmp_path / "borgertekst.toml").write_text(code_blocks("toml")[0], encoding="utf-8")
    return pack


def test_readme_steps_give_a_valid_pack_with_the_documented_effect(pack_from_readme, analyzer):
    result = lint(pack_from_readme, nlp=analyzer.nlp)
    assert result.ok, "\n".join(str(m) for m in result.messages)
    ruleset = load_ruleset()  # finds the pack through borgertekst.toml, as step 1 says
    assert pack_from_readme.resolve() in [p.resolve() for p in ruleset.packs]
    local = Analyzer(ruleset, nlp=analyzer.nlp)
    hits = [f for f in local.analyze("Hjælpen kommer fra plejedistriktet i Vest.", "andet").findings
            if f.rule == "fagsprog.kommunesprog"]
    assert [f.text for f in hits] == ["plejedistriktet"] and hits[0].suggestions == ["område"]
    assert ruleset.get("klarsprog.passiv").severity == "warning"
    assert not ruleset.get("tone.tryk").enabled
    assert "tone.tryk" not in {r.id for r, _ in local.matchers}


def test_readme_documents_every_lint_kind():
    from borgertekst.rulebook.lint import KINDS

    section = README.read_text(encoding="utf-8").split("## 7.")[1]
    table = set(re.findall(r"^\| `([a-zæøå-]+)` \|", section, re.M))
    assert table == set(KINDS)
