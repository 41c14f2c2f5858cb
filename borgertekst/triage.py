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
    negatable: bool = False  # a sign right after "ikke", "aldrig" … does not count


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
    negation: str = ""  # regex that must match the text just before a negatable sign
    quoted: list[str] = []  # regexes for quoted earlier mails, where signs do not count


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
        self.negation = re.compile(config.negation, re.IGNORECASE) if config.negation else None
        self.quoted = [re.compile(p) for p in config.quoted]


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
            _check_regex(path, f"tegnet '{name}'", p)
    for p in ([config.negation] if config.negation else []) + config.quoted:
        _check_regex(path, "negation/quoted", p)
    for esc in config.escalate:
        if esc.from_ not in STEPS or esc.to not in STEPS:
            raise RuleFileError(path, "escalate bruger et ukendt trin")
    return config


def _check_regex(path: Path, where: str, pattern: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise RuleFileError(path, f"{where}: ugyldigt regulært udtryk '{pattern}': {exc}") from exc


@lru_cache(maxsize=4)
def _compiled(path: str) -> _Compiled:
    return _Compiled(load_config(Path(path)))


def _quoted_ranges(text: str, compiled: _Compiled) -> list[tuple[int, int]]:
    return [m.span() for p in compiled.quoted for m in p.finditer(text) if m.end() > m.start()]


def _negated(text: str, start: int, compiled: _Compiled) -> bool:
    if compiled.negation is None:
        return False
    line_start = max(text.rfind("\n", 0, start), text.rfind(".", 0, start)) + 1
    return bool(compiled.negation.search(text[max(line_start, start - 60):start]))


def find_signs(text: str, compiled: _Compiled) -> list[Sign]:
    quoted = _quoted_ranges(text, compiled)
    spans: list[Sign] = []
    for kind, pattern in compiled.patterns:
        negatable = compiled.config.kinds[kind].negatable
        for m in pattern.finditer(text):
            if m.end() <= m.start():
                continue
            if any(q0 <= m.start() < q1 for q0, q1 in quoted):
                continue
            if negatable and _negated(text, m.start(), compiled):
                continue
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
