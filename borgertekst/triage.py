"""Triage of incoming citizen messages on the conflict staircase.

The signs (regular expressions per kind), the step each kind points to, the
advice per step and the reply template to use are data in ``rules/triage.yaml``.
The result is a suggestion for the person handling the message, never a verdict.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

import msgspec
import yaml

from .rulebook.loader import RuleFileError, shipped_rules_dir

log = logging.getLogger("borgertekst.triage")

TRIAGE_FILE = "triage.yaml"
STEPS = ("groen", "gul", "roed", "uden-for-trappen")


class Sign(msgspec.Struct):
    kind: str
    start: int  # code-point offsets into the message
    end: int
    text: str


class TriageResult(msgspec.Struct):
    step: str
    signs: list[Sign]
    advice: str
    template: str
    step_label: str


class _Step(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    template: str
    advice: str


class _Kind(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    step: str
    patterns: list[str] = []
    case_sensitive_patterns: list[str] = []


class _Escalation(msgspec.Struct, forbid_unknown_fields=True, rename={"from_": "from"}):
    from_: str
    min_kinds: int
    to: str


class TriageConfig(msgspec.Struct, forbid_unknown_fields=True):
    order: list[str]
    suggestion: str
    steps: dict[str, _Step]
    kinds: dict[str, _Kind]
    escalate: list[_Escalation] = []


class _Compiled:
    def __init__(self, config: TriageConfig):
        self.config = config
        self.rank = {step: i for i, step in enumerate(config.order)}
        self.patterns: list[tuple[str, re.Pattern]] = []
        for name, kind in config.kinds.items():
            for p in kind.patterns:
                self.patterns.append((name, re.compile(p, re.IGNORECASE | re.MULTILINE)))
            for p in kind.case_sensitive_patterns:
                self.patterns.append((name, re.compile(p, re.MULTILINE)))


def load_config(path: Path | None = None) -> TriageConfig:
    path = path or shipped_rules_dir() / TRIAGE_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        config = msgspec.convert(raw, TriageConfig)
    except OSError as exc:
        raise RuleFileError(path, f"kan ikke læses: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(path, f"ugyldig YAML: {exc}") from exc
    except msgspec.ValidationError as exc:
        raise RuleFileError(path, f"forkert opbygning: {exc}") from exc
    if sorted(config.order) != sorted(STEPS) or set(config.steps) != set(STEPS):
        raise RuleFileError(path, f"trinene skal være præcis {', '.join(STEPS)}")
    for name, kind in config.kinds.items():
        if kind.step not in STEPS:
            raise RuleFileError(path, f"tegnet '{name}' har et ukendt trin '{kind.step}'")
        for p in kind.patterns + kind.case_sensitive_patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise RuleFileError(path, f"tegnet '{name}': ugyldigt regulært udtryk '{p}': {exc}") from exc
    for esc in config.escalate:
        if esc.from_ not in STEPS or esc.to not in STEPS:
            raise RuleFileError(path, "escalate bruger et ukendt trin")
    return config


@lru_cache(maxsize=4)
def _compiled(path: str) -> _Compiled:
    return _Compiled(load_config(Path(path)))


def find_signs(text: str, compiled: _Compiled) -> list[Sign]:
    spans: list[Sign] = []
    for kind, pattern in compiled.patterns:
        for m in pattern.finditer(text):
            if m.end() > m.start():
                spans.append(Sign(kind=kind, start=m.start(), end=m.end(), text=m.group(0)))
    # one sign per place: drop signs of the same kind inside an earlier, longer one
    spans.sort(key=lambda s: (s.start, -s.end))
    out: list[Sign] = []
    for s in spans:
        if any(o.kind == s.kind and o.start <= s.start and s.end <= o.end for o in out):
            continue
        out.append(s)
    return out


def triage(text: str, config_path: Path | None = None) -> TriageResult:
    compiled = _compiled(str(config_path or shipped_rules_dir() / TRIAGE_FILE))
    config = compiled.config
    signs = find_signs(text, compiled)
    kinds = {s.kind for s in signs}
    step = config.order[0]
    for kind in kinds:
        kstep = config.kinds[kind].step
        if compiled.rank[kstep] > compiled.rank[step]:
            step = kstep
    for esc in config.escalate:
        same_step = {k for k in kinds if config.kinds[k].step == esc.from_}
        if step == esc.from_ and len(same_step) >= esc.min_kinds:
            step = esc.to
    spec = config.steps[step]
    log.info("triage: step=%s signs=%d kinds=%s", step, len(signs), ",".join(sorted(kinds)))
    return TriageResult(
        step=step, signs=signs, advice=spec.advice.strip(), template=spec.template,
        step_label=config.suggestion.format(label=spec.label),
    )


def kind_label(kind: str, config_path: Path | None = None) -> str:
    compiled = _compiled(str(config_path or shipped_rules_dir() / TRIAGE_FILE))
    return compiled.config.kinds[kind].label
