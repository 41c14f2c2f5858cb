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

from ..vocabulary import CATEGORIES, SEVERITIES
from .schema import LetterTypes, Rule, RULE_TYPES
from .packs import OVERRIDES_FILE, apply_override, local_pack_dirs, parse_overrides
from .sources import RuleFileError, Source, YamlError, explain_validation, read_source, save_sources

__all__ = ["RuleFileError", "RuleSet", "LoadedRule", "load_ruleset", "load_pack", "shipped_rules_dir"]

LETTER_TYPES_FILE = "brevtyper.yaml"
# named neutral contexts a rule folder shares (entries' ``unless_context``, the tone scorer's contexts)
CONTEXTS_FILE = "_kontekster.yaml"


def shipped_rules_dir() -> Path:
    """The packs shipped with the project (``rules/`` in the repository)."""
    env = os.environ.get("BORGERTEKST_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"


@dataclass
class LoadedRule:
    rule: Rule
    path: Path


@dataclass
class RuleSet:
    rules: dict[str, LoadedRule] = field(default_factory=dict)
    letter_types: LetterTypes | None = None
    packs: list[Path] = field(default_factory=list)  # shipped first, then local packs
    overridden: dict[str, list[Path]] = field(default_factory=dict)  # rule id -> overrides files

    def enabled(self) -> list[Rule]:
        return [lr.rule for lr in self.rules.values() if lr.rule.enabled]

    def get(self, rule_id: str) -> Rule:
        return self.rules[rule_id].rule


CHOICES = {"type": tuple(RULE_TYPES), "severity": SEVERITIES, "category": CATEGORIES}


def load_source(path: Path) -> Source:
    try:
        return read_source(path)
    except YamlError as exc:
        raise RuleFileError(path, exc.message, exc.line) from exc


def load_rule(path: Path) -> Rule:
    """One rule file, read (from the parsed-data cache when unchanged) and parsed as a pack's files are."""
    source = load_source(path)
    return parse_rule(source.data, path, source)


def parse_rule(data, path: Path, source: Source | None = None) -> Rule:
    if not isinstance(data, dict):
        raise RuleFileError(path, "filen skal indeholde én regel (en YAML-mapping med id, type, …)", 1)
    try:
        rule = msgspec.convert(data, Rule)
    except msgspec.ValidationError as exc:
        if source is None:
            raise RuleFileError(path, f"reglen passer ikke til formatet: {exc}") from exc
        _, message, line = explain_validation(exc, source, CHOICES)
        raise RuleFileError(path, message, line) from exc
    return expand_contexts(rule, path, source)


def contexts_of(folder: Path) -> dict[str, list[str]]:
    """The named neutral contexts of a rule folder: ``_kontekster.yaml`` (``contexts: {name: [regex, …]}``),
    empty when the folder has none. Read through ``read_source`` like every rule file, so an edited
    contexts file is seen (its stamp keys the parsed-data cache)."""
    path = Path(folder) / CONTEXTS_FILE
    if not path.is_file():
        return {}
    source = load_source(path)
    data = source.data
    if not isinstance(data, dict) or not isinstance(data.get("contexts"), dict):
        raise RuleFileError(path, "filen skal have 'contexts:' med navngivne lister af regulære udtryk", 1)
    for name, patterns in data["contexts"].items():
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            raise RuleFileError(path, f"konteksten '{name}' skal være en liste af regulære udtryk",
                                source.line(("contexts", name)))
    return data["contexts"]


def expand_contexts(rule: Rule, path: Path, source: Source | None = None) -> Rule:
    """Resolve context names against the rule folder's ``_kontekster.yaml``: an entry's ``unless_context``
    joins the named contexts' patterns to its ``unless`` (and is then emptied), and a function rule's
    ``options.contexts`` given as a list of names becomes ``{name: [patterns]}`` (the form the tone
    scorer's precision policy reads), and any option given as ``{context: name}`` becomes that context's list
    of patterns (one list several rules read: the complaint section's words for the struktur checks). An
    unknown name is a ``RuleFileError``."""
    entries = [(i, e) for i, e in enumerate(getattr(rule, "entries", None) or []) if e.unless_context]
    options = getattr(rule, "options", None)
    named = options.get("contexts") if isinstance(options, dict) else None
    shared = {key: value["context"] for key, value in options.items() if _context_reference(value)} \
        if isinstance(options, dict) else {}
    if not entries and not isinstance(named, list) and not shared:
        return rule
    known = contexts_of(path.parent)

    def check(names, where: tuple) -> None:
        for name in names:
            if name not in known:
                have = ", ".join(sorted(known)) or f"ingen: {CONTEXTS_FILE} mangler i {path.parent}"
                raise RuleFileError(path, f"ukendt kontekst '{name}' (kendte: {have})",
                                    source.line(where) if source is not None else None)

    for i, entry in entries:
        check(entry.unless_context, ("entries", i, "unless_context"))
        joined = "|".join(f"(?:{p})" for name in entry.unless_context for p in known[name])
        if joined:
            entry.unless = f"(?:{entry.unless})|{joined}" if entry.unless else joined
        entry.unless_context = []
    if isinstance(named, list):
        check(named, ("options", "contexts"))
        rule.options = {**rule.options, "contexts": {name: list(known[name]) for name in named}}
    for key, name in shared.items():
        check([name], ("options", key))
        rule.options = {**rule.options, key: list(known[name])}
    return rule


def _context_reference(value) -> bool:
    """An option written as ``{context: name}``: the named context's patterns stand in its place."""
    return isinstance(value, dict) and len(value) == 1 and isinstance(value.get("context"), str)


def rule_files(folder: Path) -> list[Path]:
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
        source = load_source(path)
        rule = parse_rule(source.data, path, source)
        if rule.id in ruleset.rules and into is None:
            other = ruleset.rules[rule.id].path
            raise RuleFileError(path, f"regel-id '{rule.id}' findes også i {other}", source.line(("id",)))
        ruleset.rules[rule.id] = LoadedRule(rule, path)
    lt = folder / LETTER_TYPES_FILE
    if lt.exists():
        source = load_source(lt)
        try:
            ruleset.letter_types = msgspec.convert(source.data, LetterTypes)
        except msgspec.ValidationError as exc:
            _, message, line = explain_validation(exc, source, CHOICES)
            raise RuleFileError(lt, f"brevtyper: {message}", line) from exc
    ruleset.packs.append(folder)
    return ruleset


def apply_overrides_file(path: Path, ruleset: RuleSet) -> RuleSet:
    """Apply an ``overrides.yaml`` (rule id -> changes) to ``ruleset``."""
    source = load_source(path)
    for rule_id, override in parse_overrides(source).items():
        if rule_id not in ruleset.rules:
            raise RuleFileError(path, f"ukendt regel-id '{rule_id}' (se 'borgertekst rules list')",
                                source.line((rule_id,), key=True))
        loaded = ruleset.rules[rule_id]
        try:
            rule = expand_contexts(apply_override(loaded.rule, override, source, rule_id), loaded.path)
        except msgspec.ValidationError as exc:
            raise RuleFileError(path, f"'{rule_id}': ændringen passer ikke til reglen: {exc}",
                                source.line((rule_id,), key=True)) from exc
        ruleset.rules[rule_id] = LoadedRule(rule, loaded.path)
        ruleset.overridden.setdefault(rule_id, []).append(path)
    return ruleset


def load_local_pack(folder: Path, ruleset: RuleSet) -> RuleSet:
    """Add a municipality's pack to ``ruleset``: new rules, then overrides."""
    folder = Path(folder)
    if not folder.is_dir():
        raise RuleFileError(folder, "mappen med lokale regler findes ikke (se BORGERTEKST_RULES_LOCAL)")
    local = load_pack(folder)
    for rule_id, loaded in local.rules.items():
        if rule_id in ruleset.rules:
            source = load_source(loaded.path)
            raise RuleFileError(loaded.path, f"regel-id '{rule_id}' findes allerede i {ruleset.rules[rule_id].path}; "
                                f"brug {OVERRIDES_FILE} for at ændre en leveret regel", source.line(("id",)))
        ruleset.rules[rule_id] = loaded
    if local.letter_types is not None:
        ruleset.letter_types = local.letter_types
    path = folder / OVERRIDES_FILE
    if path.exists():
        apply_overrides_file(path, ruleset)
    ruleset.packs.append(folder)
    return ruleset


def load_ruleset(folder: Path | None = None, local: list[Path] | None = None) -> RuleSet:
    """The shipped rules (or ``folder``) plus the local packs.

    Without arguments the configured local packs (``BORGERTEKST_RULES_LOCAL`` or
    ``borgertekst.toml``) are applied; with ``folder`` only ``local`` ones are."""
    ruleset = load_pack(folder or shipped_rules_dir())
    if local is None:
        local = local_pack_dirs() if folder is None else []
    for pack in local:
        load_local_pack(pack, ruleset)
    save_sources()  # the next start reads the files' data from the cache
    return ruleset
