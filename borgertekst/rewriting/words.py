"""Word and phrase substitutions taken from the findings' rule data:
formal address (with the agreement the language layer found), officialese,
jargon, third person → "du", and TRÆK alternatives that are drop-in text."""

from __future__ import annotations

import re

from .candidates import Candidate

# Suggestions with these are hints to the writer, not text to insert.
PLACEHOLDER = re.compile(r"\[|…|\.\.\.|\bfx\b|\bf\.eks\.|:")
SENTENCE_LIKE = re.compile(r"[.!?]\s*$|[.!?]\s+\S")
LIST_TYPES = ("wordlist", "phrases")
PRONOUNS = {"du", "dig", "din", "dit", "dine"}
PREPOSITIONS = {"til", "for", "med", "om", "af", "på", "hos", "fra", "ved", "mod", "uden", "end"}
VERBS_BEFORE_OBJECT = {"hjælpe", "hjælper", "kontakte", "kontakter", "ringe", "give", "giver", "sende", "sender"}


def _usable(suggestion: str) -> bool:
    return bool(suggestion.strip()) and not PLACEHOLDER.search(suggestion)


def _at_sentence_start(text: str, start: int) -> bool:
    raw = text[:start]
    before = raw.rstrip()
    # a new paragraph starts a sentence; a single line break (signature, address) does not
    return not before or before[-1] in ".!?:" or "\n\n" in raw[len(before):].replace(" ", "")


def _pronoun(doc, start: int, end: int, matched: str, options: list[str]) -> str | None:
    """"borgeren" → du or dig by position, "borgerens sag" → din sag by the noun's
    gender and number; None when the position does not say which."""
    text = doc.text
    if matched.lower().endswith("s"):
        nxt = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if nxt is None or not nxt.is_alpha:
            return None
        if "Plur" in nxt.morph.get("Number"):
            new = "dine"
        elif "Neut" in nxt.morph.get("Gender"):
            new = "dit"
        elif "Com" in nxt.morph.get("Gender"):
            new = "din"
        else:
            return None
        return new.capitalize() if matched[:1].isupper() else new
    prev = re.search(r"(\w+)\W*$", text[:start].rstrip())
    if _at_sentence_start(text, start) and "du" in options:
        return "Du"
    if prev and prev.group(1).lower() in PREPOSITIONS | VERBS_BEFORE_OBJECT and "dig" in options:
        return "dig"
    return None


def _whole_sentence(text: str, start: int, end: int, sentences) -> tuple[int, int] | None:
    for s, e in sentences:
        if s == start and not text[end:e].strip(" .!?"):
            return s, e
    return None


def word_candidates(report, ruleset, doc=None, sentences=()) -> list[Candidate]:
    text = doc.text if doc is not None else ""
    out: list[Candidate] = []
    for f in report.findings:
        if f.rule not in ruleset.rules or not f.suggestions:
            continue
        rule = ruleset.get(f.rule)
        tag = type(rule).__struct_config__.tag
        start, end = f.start, f.end
        if tag == "function" and getattr(rule, "function", "") == "formal_address":
            if len(f.suggestions) != 1:  # agreement unknown: leave it to the writer
                continue
            new = f.suggestions[0]
        elif tag in LIST_TYPES:
            if text and f.text[:1].isupper() and not _at_sentence_start(text, start):
                continue  # a capital mid-sentence: part of a name ("Center for Hjemmepleje")
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
            if len(options) > 1 and {o.lower() for o in options} <= PRONOUNS:
                new = _pronoun(doc, start, end, f.text, [o.lower() for o in options]) if text else None
                if new is None:
                    continue
            else:
                new = options[0]
                if SENTENCE_LIKE.search(new):
                    # a whole TRÆK sentence replaces a whole TRYK sentence, never part of one
                    span = _whole_sentence(text, start, end, sentences) if text else None
                    if span is None:
                        continue
                    start, end = span
        else:
            continue
        if new == text[start:end] or (not text and new == f.text):
            continue
        out.append(Candidate(rule=f.rule, start=start, end=end, new=new, covers={f.rule}))
    return out
