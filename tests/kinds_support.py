"""Small helpers the per-session kind tests share (findings by rule, tone rule ids, safety labels, triage signal kinds).

Each session's blind batches bring a ``test_<area>_kinds<N>.py`` file; these helpers are what those files kept
writing again. They only read the engine's output; they assert nothing themselves.
"""

from __future__ import annotations

from borgertekst import triage


def findings_of(report, rule: str) -> list:
    """The report's findings made by ``rule``, alone or merged with another rule's finding."""
    return [f for f in report.findings if rule in f.rules]


def rule_findings(analyzer, text: str, rule: str) -> list:
    """Analyse ``text`` and return the findings of ``rule``."""
    return findings_of(analyzer.analyze(text), rule)


def severity_on(analyzer, text: str, rule: str, word: str) -> str | None:
    """The severity of ``rule``'s finding on exactly ``word`` (case-insensitive), or None when there is none."""
    for f in rule_findings(analyzer, text, rule):
        if text[f.start:f.end].lower() == word.lower():
            return f.severity
    return None


def tone_rules(analyzer, text: str) -> list[str]:
    """Every tone rule id in the report of ``text``."""
    return [r for f in analyzer.analyze(text).findings for r in f.rules if r.startswith("tone.")]


def tone_in(analyzer, text: str, needle: str) -> list[str]:
    """Tone rule ids of the findings that start inside the sentence ``needle`` of ``text``."""
    at = text.index(needle)
    return [
        r
        for f in analyzer.analyze(text).findings
        if at <= f.start < at + len(needle)
        for r in f.rules
        if r.startswith("tone.")
    ]


def safety_labels(text: str) -> list[str]:
    """The Danish labels of the safety signs the triage model finds in ``text``."""
    m = triage.model()
    return [m.labels[h.cls] for h in m.hits(m.doc(text)) if h.cls.startswith("safety:")]


def self_harm(text: str) -> bool:
    """Whether the triage model reads a sign of self-harm in ``text``."""
    m = triage.model()
    return any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text)))


def signal_kinds(result) -> set[str]:
    """The kinds of signal a triage result carries."""
    return {s.kind for s in result.signals}
