"""One list of neutral contexts for all tone rules (rules/tone/_kontekster.yaml).

An entry's ``unless_context: [name]`` and ``tone.tryk-saetning``'s ``options.contexts: [name, …]`` name contexts of
the folder's ``_kontekster.yaml``; the loader expands them. These tests build small packs in a temporary folder and
check the shipped rules name only contexts that exist."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from borgertekst.rulebook.loader import CONTEXTS_FILE, RuleFileError, load_pack, load_ruleset, shipped_rules_dir

TONE = shipped_rules_dir() / "tone"

RULE = """id: tone.test-kontekst
category: tone
type: phrases
severity: info
message: "'{match}' lyder som pres"
entries:
  - pattern: "du skal straks"
    unless_context: [%s]
"""

CONTEXTS = """contexts:
  meldepligt:
    - '\\bgive (os )?besked\\b'
  klage:
    - '\\bklage\\w*'
"""


def _pack(tmp_path: Path, names: str = "meldepligt", contexts: str | None = CONTEXTS) -> Path:
    folder = tmp_path / "pack"
    (folder / "tone").mkdir(parents=True)
    (folder / "tone" / "test.yaml").write_text(RULE % names, encoding="utf-8")
    if contexts is not None:
        (folder / "tone" / CONTEXTS_FILE).write_text(contexts, encoding="utf-8")
    return folder


def _unless(folder: Path) -> str | None:
    return load_pack(folder).get("tone.test-kontekst").entries[0].unless


def test_every_context_name_in_the_tone_rules_exists():
    known = yaml.safe_load((TONE / CONTEXTS_FILE).read_text(encoding="utf-8"))["contexts"]
    used = []
    for path in sorted(TONE.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data.get("entries") or []:
            used += entry.get("unless_context") or []
        named = (data.get("options") or {}).get("contexts")
        if isinstance(named, list):
            used += named
    assert used, "no tone rule names a context"
    assert [n for n in used if n not in known] == []


def test_the_scorer_reads_its_contexts_from_the_one_list_in_order():
    known = yaml.safe_load((TONE / CONTEXTS_FILE).read_text(encoding="utf-8"))["contexts"]
    options = load_ruleset(local=[]).get("tone.tryk-saetning").options
    assert isinstance(options["contexts"], dict)
    assert options["contexts"]["meldepligt"] == known["meldepligt"]
    raw = yaml.safe_load((TONE / "tryk-saetning.yaml").read_text(encoding="utf-8"))["options"]["contexts"]
    assert list(options["contexts"]) == raw


def test_a_phrase_entry_gets_the_named_contexts_as_unless(tmp_path):
    unless = _unless(_pack(tmp_path, "meldepligt, klage"))
    rx = re.compile(unless, re.IGNORECASE)
    assert rx.search("Du skal straks give os besked, hvis du flytter.")
    assert rx.search("Du skal straks klage.")
    assert not rx.search("Du skal straks aflevere nøglerne.")


def test_the_shipped_entry_keeps_its_own_unless_and_adds_the_context():
    entry = next(e for e in load_ruleset(local=[]).get("tone.tryk").entries
                 if e.pattern and "undladt|forsømt" in e.pattern)
    rx = re.compile(entry.unless, re.IGNORECASE)
    assert entry.unless_context == []  # consumed by the loader
    assert rx.search("uden gyldig grund")  # its own pattern
    assert rx.search("De er udeblevet fra samtalen den 3. marts uden rimelig grund")  # sanktionsgrundlag


def test_an_unknown_context_name_is_a_clear_error(tmp_path):
    with pytest.raises(RuleFileError) as err:
        load_pack(_pack(tmp_path, "meldpligt"))
    assert "ukendt kontekst 'meldpligt'" in str(err.value)
    assert "meldepligt" in str(err.value)  # the known names are listed


def test_a_context_name_without_a_contexts_file_is_an_error(tmp_path):
    with pytest.raises(RuleFileError) as err:
        load_pack(_pack(tmp_path, contexts=None))
    assert CONTEXTS_FILE in str(err.value)


def test_the_contexts_file_is_not_a_rule(tmp_path):
    ruleset = load_pack(_pack(tmp_path))
    assert list(ruleset.rules) == ["tone.test-kontekst"]


def test_an_edited_contexts_file_is_seen_on_the_next_load(tmp_path):
    folder = _pack(tmp_path)
    assert not re.search(_unless(folder), "du skal straks ringe", re.IGNORECASE)
    path = folder / "tone" / CONTEXTS_FILE
    path.write_text(CONTEXTS.replace("besked\\b'", "besked\\b'\n    - '\\bringe\\b'"), encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    assert re.search(_unless(folder), "du skal straks ringe", re.IGNORECASE)
