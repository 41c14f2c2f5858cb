"""Sentence rewrites from ``sentences.yaml`` (TRYK → TRÆK, "bedes" → a polite question)."""

from __future__ import annotations

import re
import string
from functools import lru_cache
from pathlib import Path

import msgspec
import yaml

from .candidates import Candidate, apply_within

DATA = Path(__file__).with_name("sentences.yaml")


class Example(msgspec.Struct, forbid_unknown_fields=True):
    bad: str
    good: str


class SentenceRewrite(msgspec.Struct, forbid_unknown_fields=True):
    id: str
    rule: str
    pattern: str
    replace: str
    example: Example
    # a rewrite that says something only the writer knows: shown with its blank, never applied
    hint: bool = False


class _File(msgspec.Struct, forbid_unknown_fields=True):
    rewrites: list[SentenceRewrite]


def imperative(verb: str) -> str:
    """Danish imperative from the infinitive: kontakte → kontakt, ringe → ring, rette → ret, gå → gå."""
    from .inflect import verb_inflect

    lower = verb.lower()
    found = verb_inflect(lower, "imperative")
    if found:
        return verb[:1] + found[1:] if verb[:1].isupper() else found
    if len(lower) > 3 and lower.endswith("e") and lower[-2] not in "aeiouyæøå":
        stem = verb[:-1]
        if len(stem) > 2 and stem[-1] == stem[-2]:
            stem = stem[:-1]  # "rett" → "ret"
        return stem
    return verb


def infinitive(verb: str) -> str:
    """Danish infinitive from the imperative: send → sende, ring → ringe, gå → gå."""
    lower = verb.lower()
    return lower if lower[-1:] in "aeiouyæøå" else lower + "e"


class _Formatter(string.Formatter):
    def format_field(self, value, spec):
        if spec == "imperativ":
            return imperative(value)
        if spec == "navneform":
            return infinitive(value)
        if spec == "nutid":
            return value + ("r" if value[-1:] in "aeiouyæøå" else "er")
        if spec == "stort":
            return value[:1].upper() + value[1:]
        if spec == "lille":  # a sentence's first word moved inside the sentence ("Lønsedlerne" → "lønsedlerne")
            first = value.split(" ", 1)[0]
            if first in ("De", "Dem", "Deres", "I") or (first.isupper() and len(first) > 1):
                return value  # formal "Deres" in lower case would be "their": a different person
            return value[:1].lower() + value[1:]
        return super().format_field(value, spec)


_FORMAT = _Formatter()


@lru_cache(maxsize=1)
def load() -> list[tuple[SentenceRewrite, re.Pattern]]:
    from ..rulebook.loader import RuleFileError

    try:
        data = msgspec.convert(yaml.safe_load(DATA.read_text(encoding="utf-8")), _File)
    except (yaml.YAMLError, msgspec.ValidationError) as exc:
        raise RuleFileError(DATA, f"forkert opbygning: {exc}") from exc
    out = []
    for r in data.rewrites:
        try:
            out.append((r, re.compile(r.pattern, re.IGNORECASE)))
        except re.error as exc:
            raise RuleFileError(DATA, f"{r.id}: ugyldigt regulært udtryk: {exc}") from exc
    return out


def sentence_candidates(text: str, sentences, word_changes) -> list[Candidate]:
    """One rewrite per sentence at most: the first entry whose pattern matches."""
    out: list[Candidate] = []
    for s_start, s_end in sentences:
        sentence = text[s_start:s_end]
        for rewrite, pattern in load():
            m = pattern.search(sentence)
            if not m:
                continue
            groups = {}
            ok = True
            for name in pattern.groupindex:
                g0, g1 = m.span(name)
                if g0 < 0:
                    groups[name] = ""
                    continue
                piece = apply_within(text, s_start + g0, s_start + g1, word_changes)
                if piece is None:
                    ok = False
                    break
                groups[name] = piece
            if not ok:
                continue
            new = _FORMAT.format(rewrite.replace, **groups)
            start, end = s_start + m.start(), s_start + m.end()
            if start == s_start and text[start:start + 1].isupper():
                new = new[:1].upper() + new[1:]
            out.append(Candidate(rule=rewrite.rule, start=start, end=end, new=new, level="sentence",
                                 covers={rewrite.rule}, hint=rewrite.hint))
            break
    return out
