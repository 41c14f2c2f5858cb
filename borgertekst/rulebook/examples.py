"""Run every rule's own examples (LanguageTool style): each ``bad`` example
must give at least one finding of that rule, each ``good`` example none."""

from __future__ import annotations

from dataclasses import dataclass

from ..document import Document
from .schema import Example


@dataclass
class ExampleFailure:
    rule: str
    kind: str  # "bad" | "good" | "missing"
    text: str
    detail: str
    index: int = -1  # position in examples.bad / examples.good (for line numbers)

    def __str__(self) -> str:
        short = " ".join(self.text.split())
        short = short if len(short) <= 90 else short[:87] + "…"
        return f"{self.rule}: {self.detail}: «{short}»"


def _as_example(item) -> Example:
    return item if isinstance(item, Example) else Example(text=item)


def run_examples(analyzer, rule_ids: list[str] | None = None) -> tuple[int, list[ExampleFailure]]:
    """Returns (examples run, failures). A rule without examples fails, unless
    it is a grammar rule that needs an external server to say anything."""
    failures: list[ExampleFailure] = []
    ran = 0
    rules = {rule.id: rule for rule, _ in analyzer.matchers}
    for rule_id in rule_ids or list(rules):
        rule = rules[rule_id]
        bad = [_as_example(x) for x in rule.examples.bad]
        good = [_as_example(x) for x in rule.examples.good]
        if not bad and not good:
            failures.append(ExampleFailure(rule.id, "missing", "", "reglen har ingen eksempler"))
            continue
        if not bad and getattr(rule, "function", None) != "languagetool":
            failures.append(ExampleFailure(rule.id, "missing", "", "reglen har ingen dårlige eksempler (bad)"))
        for kind, items in (("bad", bad), ("good", good)):
            for index, ex in enumerate(items):
                ran += 1
                letter_type = ex.letter_type or (rule.applies_to[0] if rule.applies_to else None)
                report = analyzer.analyze(Document.from_text(ex.text), letter_type)
                # a finding merged from several rules on one span lists the others in also_rules
                hits = [f for f in report.findings if f.rule == rule.id or rule.id in getattr(f, "also_rules", ())]
                if kind == "bad" and not hits:
                    failures.append(ExampleFailure(rule.id, kind, ex.text, "det dårlige eksempel giver intet fund", index))
                elif kind == "bad" and ex.match and not any(f.text == ex.match for f in hits):
                    found = ", ".join(repr(f.text) for f in hits)
                    failures.append(ExampleFailure(rule.id, kind, ex.text, f"forventede fund på {ex.match!r}, fik {found}", index))
                elif kind == "good" and hits:
                    found = ", ".join(repr(f.text) for f in hits)
                    failures.append(ExampleFailure(rule.id, kind, ex.text, f"det gode eksempel giver fund: {found}", index))
    return ran, failures
