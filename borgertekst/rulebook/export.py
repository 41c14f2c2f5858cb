"""Export the word lists as textlint-rule-prh YAML (for comparison with that tool).

prh rules are ``{expected, patterns, prh}``: a pattern is plain text or a
regular expression written ``/…/flags``. Our ``wordlist`` rules match lemmas;
prh cannot, so each term becomes a whole-word, case-insensitive pattern and
inflected forms are not found. ``phrases`` rules are exported with their
regular expressions. Entries without a plain alternative have nothing to put
in ``expected`` and are left out (the header says how many).
"""

from __future__ import annotations

import re

import yaml

from .loader import RuleSet
from .schema import Phrases, WordList

# word boundaries that work in JavaScript with the u flag (prh adds it) and in Python's regex
_BEFORE, _AFTER = r"(?<![\p{L}\p{N}_§])", r"(?![\p{L}\p{N}_])"


def _term_pattern(term: str) -> str:
    body = r"\s+".join(re.escape(w) for w in term.split())
    return f"/{_BEFORE}(?:{body}){_AFTER}/i"


def prh_rules(ruleset: RuleSet, phrases: bool = True) -> tuple[list[dict], int]:
    """(prh rules, entries left out because they have no alternative)."""
    out: list[dict] = []
    skipped = 0
    for rule in ruleset.enabled():
        if isinstance(rule, WordList):
            items = [(e, _term_pattern(e.term)) for e in rule.entries]
        elif isinstance(rule, Phrases) and phrases:
            flags = "" if rule.case_sensitive else "i"
            items = [(e, f"/{_BEFORE}(?:{e.pattern}){_AFTER}/{flags}") for e in rule.entries]
        else:
            continue
        for entry, pattern in items:
            alternatives = entry.replace or rule.suggestions
            if not alternatives:
                skipped += 1
                continue
            note = entry.explain or rule.explanation
            out.append({
                "expected": alternatives[0],
                "patterns": [pattern],
                "prh": f"{rule.id}: {note}".strip().rstrip(":"),
            })
    return out, skipped


def to_prh_yaml(ruleset: RuleSet, phrases: bool = True) -> str:
    rules, skipped = prh_rules(ruleset, phrases)
    header = (
        "# textlint-rule-prh: ordlister fra borgertekst (borgertekst rules export --format prh)\n"
        "# prh kender ikke bøjninger: borgertekst finder også fx 'bevillingen' ud fra 'bevilling'.\n"
        f"# {len(rules)} regler; {skipped} ord uden et almindeligt alternativ er udeladt.\n"
    )
    body = yaml.safe_dump({"version": 1, "rules": rules}, allow_unicode=True, sort_keys=False, width=120)
    return header + body
