"""Lists several rules read are written once: an option given as ``{context: name}`` gets the named list from the
rule folder's ``_kontekster.yaml`` when the rules are loaded (the complaint section's words for the struktur checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from borgertekst.rulebook.loader import CONTEXTS_FILE, RuleFileError, load_pack, load_ruleset

RULE = """id: struktur.test-liste
category: struktur
type: function
function: element
severity: info
message: "Brevet mangler {missing}."
options:
  mention: {context: %s}
  position: end
"""

CONTEXTS = """contexts:
  klage_omtale:
    - '\\bklage\\w*'
    - '\\bankestyrelsen\\b'
"""


def _pack(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / "pack"
    (folder / "struktur").mkdir(parents=True)
    (folder / "struktur" / "test.yaml").write_text(RULE % name, encoding="utf-8")
    (folder / "struktur" / CONTEXTS_FILE).write_text(CONTEXTS, encoding="utf-8")
    return folder


def test_an_option_naming_a_context_gets_its_list(tmp_path):
    options = load_pack(_pack(tmp_path, "klage_omtale")).get("struktur.test-liste").options
    assert options["mention"] == ["\\bklage\\w*", "\\bankestyrelsen\\b"]
    assert options["position"] == "end"  # other options are left as they are


def test_an_unknown_list_name_is_a_clear_error(tmp_path):
    with pytest.raises(RuleFileError) as err:
        load_pack(_pack(tmp_path, "klageomtale"))
    assert "ukendt kontekst 'klageomtale'" in str(err.value) and "klage_omtale" in str(err.value)


def test_the_complaint_section_is_read_with_one_list_by_every_struktur_check():
    rules = load_ruleset().rules
    guidance = rules["struktur.klagevejledning"].rule.options
    reasons = rules["struktur.begrundelse"].rule.options
    next_step = rules["struktur.naeste-skridt"].rule.options
    assert guidance["mention"] and reasons["complaint_mention"] == guidance["mention"]
    assert reasons["complaint_heading"] == guidance["heading"] == next_step["complaint_heading"]


def test_the_possible_decision_check_reads_its_siblings_lists_as_loaded():
    # struktur.mulig-afgoerelse reads klagevejledning's and begrundelse's files itself: it must see the lists, not
    # the {context: …} reference (its complaint section was empty, so a letter with guidance got the warning)
    from borgertekst.checks.struktur import PossibleDecisionState

    rules = load_ruleset().rules
    state = PossibleDecisionState(rules["struktur.mulig-afgoerelse"].rule)
    assert state.complaint_rule.options["mention"] == rules["struktur.klagevejledning"].rule.options["mention"]
    assert state.complaint.mention.search("Du kan klage over afgørelsen til Ankestyrelsen.")
