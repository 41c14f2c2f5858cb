"""Word and phrase substitutions taken from the findings' rule data:
formal address (with the agreement the language layer found), officialese,
jargon and TRÆK alternatives that are drop-in text."""

from __future__ import annotations

import re

from .candidates import Candidate

# Suggestions with these are hints to the writer, not text to insert.
PLACEHOLDER = re.compile(r"\[|…|\.\.\.|\bfx\b|\bf\.eks\.|:")
LIST_TYPES = ("wordlist", "phrases")


def _usable(suggestion: str) -> bool:
    return bool(suggestion.strip()) and not PLACEHOLDER.search(suggestion)


def word_candidates(report, ruleset) -> list[Candidate]:
    out: list[Candidate] = []
    for f in report.findings:
        if f.rule not in ruleset.rules or not f.suggestions:
            continue
        rule = ruleset.get(f.rule)
        tag = type(rule).__struct_config__.tag
        if tag == "function" and getattr(rule, "function", "") == "formal_address":
            if len(f.suggestions) != 1:  # agreement unknown: leave it to the writer
                continue
            new = f.suggestions[0]
        elif tag in LIST_TYPES:
            generic = set(rule.suggestions)
            options = [s for s in f.suggestions if s not in generic and _usable(s)]
            if not options:
                continue
            if tag == "wordlist" and getattr(rule, "match", "lemma") == "lemma":
                # lemma matches find inflected forms; a fixed replacement would lose the
                # inflection, so only the form written in the rule is replaced
                terms = {(e.term or "").lower() for e in rule.entries}
                if f.text.lower() not in terms:
                    continue
            new = options[0]
        else:
            continue
        if new == f.text:
            continue
        out.append(Candidate(rule=f.rule, start=f.start, end=f.end, new=new, covers={f.rule}))
    return out
