"""Local rule packs: a municipality's own folder on top of the shipped rules.

A local pack has the same layout as ``rules/`` (``<category>/<rule>.yaml`` for
new rules) plus an optional ``overrides.yaml`` that changes shipped rules by id
without copying them::

    fagsprog.kommunesprog:
      severity: warning
      add_entries:
        - term: visitation
          replace: [vurdering]
    tone.tryk:
      enabled: false
    klarsprog.lix:
      max: 45
    fagsprog.kommunesprog:
      remove_entries: [borger]     # a word the municipality does not want flagged

Where the local packs are: ``BORGERTEKST_RULES_LOCAL`` (one or more folders,
separated by ``os.pathsep``), else ``[rules] local = "…"`` in
``borgertekst.toml`` in the working directory or in
``$XDG_CONFIG_HOME/borgertekst/`` (``~/.config/borgertekst/``).
"""

from __future__ import annotations

import os
import tomllib
from typing import Any
from pathlib import Path

import msgspec

from ..vocabulary import SEVERITIES
from .schema import Entry, Examples, LetterType, Rule, Severity
from .sources import RuleFileError, explain_validation

ENV_LOCAL = "BORGERTEKST_RULES_LOCAL"
CONFIG_FILE = "borgertekst.toml"
OVERRIDES_FILE = "overrides.yaml"

LIST_TYPES = ("wordlist", "phrases", "pattern")


class Override(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """What a local pack may change in a shipped rule."""

    enabled: bool | None = None
    severity: Severity | None = None
    message: str | None = None
    suggestions: list[str] | None = None
    explanation: str | None = None
    link: str | None = None
    applies_to: list[LetterType] | None = None
    max: float | None = None  # metric rules
    min_words: int | None = None  # metric rules
    add_entries: list[Entry] = []  # wordlist / phrases / pattern rules
    remove_entries: list[str] = []  # wordlist terms / phrases patterns, as written in the rule
    add_examples: Examples | None = None
    options: dict[str, Any] | None = None  # function rules, e.g. tone.tryk-saetning's threshold


# fields that only some rule types have
TYPE_FIELDS = {"max": ("metric",), "min_words": ("metric",), "add_entries": LIST_TYPES,
               "remove_entries": ("wordlist", "phrases"), "options": ("function",)}


def config_files() -> list[Path]:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return [Path.cwd() / CONFIG_FILE, Path(base) / "borgertekst" / CONFIG_FILE]


def local_pack_dirs() -> list[Path]:
    """The configured local packs, in the order they are applied."""
    env = os.environ.get(ENV_LOCAL)
    if env is not None:
        return [Path(p).expanduser() for p in env.split(os.pathsep) if p.strip()]
    for cfg in config_files():
        if not cfg.is_file():
            continue
        try:
            data = tomllib.loads(cfg.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise RuleFileError(cfg, f"ugyldig TOML: {exc}") from exc
        local = (data.get("rules") or {}).get("local")
        if local is None:
            continue
        items = [local] if isinstance(local, str) else local
        if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
            raise RuleFileError(cfg, "[rules] local skal være en mappe eller en liste af mapper")
        return [(cfg.parent / Path(x).expanduser()).resolve() for x in items]
    return []


def parse_overrides(source) -> dict[str, Override]:
    """Typed overrides from an ``overrides.yaml`` source; Danish errors with line."""
    data = source.data
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise RuleFileError(source.path, "overrides.yaml skal være en mapping: regel-id → ændringer", 1)
    out: dict[str, Override] = {}
    for rule_id, fields in data.items():
        try:
            out[str(rule_id)] = msgspec.convert(fields if fields is not None else {}, Override)
        except msgspec.ValidationError as exc:
            _, message, line = explain_validation(exc, source, CHOICES, prefix=(str(rule_id),))
            raise RuleFileError(source.path, message, line) from exc
    return out


CHOICES = {"severity": SEVERITIES}


def apply_override(rule: Rule, override: Override, source, rule_id: str) -> Rule:
    """A new rule with the override applied; Danish ``RuleFileError`` if it does not fit."""
    tag = type(rule).__struct_config__.tag
    changes = msgspec.to_builtins(override)
    for name, types in TYPE_FIELDS.items():
        if name in changes and tag not in types:
            raise RuleFileError(source.path, f"'{name}' kan ikke bruges på reglen '{rule_id}' (type {tag}); "
                                f"kun på regler af typen {', '.join(types)}", source.key_line((rule_id,), name))
    data = msgspec.to_builtins(rule)
    for name, value in changes.items():
        if name == "add_entries":
            data["entries"] = list(data["entries"]) + value
        elif name == "remove_entries":
            data["entries"], data["examples"] = _remove_entries(data, value, source, rule_id)
        elif name == "add_examples":
            for kind in ("bad", "good"):
                data["examples"][kind] = list(data["examples"].get(kind, [])) + value.get(kind, [])
        elif name == "options":
            data["options"] = {**data.get("options", {}), **value}
        else:
            data[name] = value
    return msgspec.convert(data, Rule)


def _remove_entries(data: dict, removed: list[str], source, rule_id: str) -> tuple[list, dict]:
    """The rule's entries without the removed words/patterns, and its examples
    without the bad examples that showed them (they would no longer hold)."""
    import regex

    line = source.key_line((rule_id,), "remove_entries")
    entries = list(data["entries"])
    examples = dict(data["examples"])
    for number, item in enumerate(removed):
        key = item.casefold()
        kept = [e for e in entries if (e.get("term") or e.get("pattern") or "").casefold() != key]
        if len(kept) == len(entries):
            raise RuleFileError(source.path, f"'{item}' findes ikke i reglen '{rule_id}'; skriv ordet eller "
                                "mønstret præcis som i reglen (se: borgertekst rules show " + rule_id + ")",
                                source.line((rule_id, "remove_entries", number)) or line)
        gone = [e for e in entries if e not in kept]
        entries = kept

        def shows(example, gone=gone) -> bool:
            text = example if isinstance(example, str) else example.get("text", "")
            return any(
                (e.get("term") and e["term"].casefold() in text.casefold())
                or (e.get("pattern") and regex.search(e["pattern"], text, regex.IGNORECASE | regex.VERSION1))
                for e in gone
            )

        examples["bad"] = [x for x in examples.get("bad", []) if not shows(x)]
    if not entries:
        raise RuleFileError(source.path, f"remove_entries fjerner alle ord i reglen '{rule_id}'; "
                            "slå i stedet reglen fra med 'enabled: false'", line)
    return entries, examples
