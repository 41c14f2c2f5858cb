"""Loading rule packs from YAML into typed rules.

A pack is a folder: ``<category>/<rule>.yaml`` files with one rule each (the
folder names are the five categories), and optionally ``brevtyper.yaml`` with the
letter-type signals. Other top-level files hold other data (e.g. triage signals).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import msgspec
import yaml

from .schema import LetterTypes, Rule

LETTER_TYPES_FILE = "brevtyper.yaml"


def shipped_rules_dir() -> Path:
    """The packs shipped with the project (``rules/`` in the repository)."""
    env = os.environ.get("BORGERTEKST_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"


class RuleFileError(ValueError):
    """A rules file that cannot be used; message in Danish, with file and line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None):
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


@dataclass
class LoadedRule:
    rule: Rule
    path: Path


@dataclass
class RuleSet:
    rules: dict[str, LoadedRule] = field(default_factory=dict)
    letter_types: LetterTypes | None = None

    def enabled(self) -> list[Rule]:
        return [lr.rule for lr in self.rules.values() if lr.rule.enabled]

    def get(self, rule_id: str) -> Rule:
        return self.rules[rule_id].rule




def read_yaml(path: Path):
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise RuleFileError(path, "filen er ikke gemt som UTF-8") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise RuleFileError(path, f"ugyldig YAML: {problem}", line) from exc


def parse_rule(data, path: Path) -> Rule:
    if not isinstance(data, dict):
        raise RuleFileError(path, "filen skal indeholde én regel (en YAML-mapping med id, type, …)")
    try:
        return msgspec.convert(data, Rule)
    except msgspec.ValidationError as exc:
        raise RuleFileError(path, f"reglen passer ikke til formatet: {exc}") from exc


def rule_files(folder: Path) -> list[Path]:
    from ..report import CATEGORIES

    return sorted(
        p for cat in CATEGORIES if (folder / cat).is_dir() for p in (folder / cat).rglob("*.yaml")
        if not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )


def load_pack(folder: Path, into: RuleSet | None = None) -> RuleSet:
    ruleset = into or RuleSet()
    folder = Path(folder)
    if not folder.is_dir():
        raise RuleFileError(folder, "mappen med regler findes ikke")
    for path in rule_files(folder):
        rule = parse_rule(read_yaml(path), path)
        if rule.id in ruleset.rules and into is None:
            other = ruleset.rules[rule.id].path
            raise RuleFileError(path, f"regel-id '{rule.id}' findes også i {other}")
        ruleset.rules[rule.id] = LoadedRule(rule, path)
    lt = folder / LETTER_TYPES_FILE
    if lt.exists():
        try:
            ruleset.letter_types = msgspec.convert(read_yaml(lt), LetterTypes)
        except msgspec.ValidationError as exc:
            raise RuleFileError(lt, f"brevtyperne passer ikke til formatet: {exc}") from exc
    return ruleset


def load_ruleset(folder: Path | None = None) -> RuleSet:
    return load_pack(folder or shipped_rules_dir())
