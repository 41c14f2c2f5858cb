"""The table of rule types and code checks (like Vale's ``buildRule``).

``MATCHER_TYPES`` maps a rule's ``type:`` to the class that compiles it
(``cls(rule, nlp)``) and finds its hits (``matcher.find(analysis)``).
``FUNCTIONS`` maps a ``type: function`` rule's ``function:`` to the Python
check, called as ``fn(analysis, rule, state) -> Iterable[Hit]``; an optional
``fn.setup(rule, nlp)`` builds ``state`` once per rule.

A new rule type or function is one line here. Every matcher class says how
much text a rule of its type reads (``scope(rule)``: ``sentence``,
``paragraph`` or ``letter``), so callers that check a letter piecewise ask
the rule instead of keeping their own list.
"""

from __future__ import annotations

from typing import Callable, Literal

from ..checks import klarsprog, stavning, struktur
from ..tone import check as tone_check
from . import metric, pattern, phrases, wordlist
from .function import FunctionMatcher

Scope = Literal["sentence", "paragraph", "letter"]

MATCHER_TYPES: dict[str, type] = {
    "wordlist": wordlist.WordListMatcher,
    "phrases": phrases.PhrasesMatcher,
    "pattern": pattern.PatternMatcher,
    "metric": metric.MetricMatcher,
    "required": struktur.RequiredMatcher,
    "function": FunctionMatcher,
}

FUNCTIONS: dict[str, Callable] = {
    "passive": klarsprog.passive,
    "formal_address": klarsprog.formal_address,
    "paragraph_reference": klarsprog.paragraph_reference,
    "spelling": stavning.spelling,
    "gender_agreement": stavning.gender_agreement,
    "languagetool": stavning.grammar,
    "klagevejledning": struktur.klagevejledning,
    "begrundelse": struktur.begrundelse,
    "element": struktur.element,
    "tone_sentence": tone_check.tone_sentence,
    "shouting": tone_check.shouting,
}


# Code checks that judge the whole letter (a missing element is placed in the paragraph
# where it belongs); every other function reads at most a paragraph.
LETTER_FUNCTIONS: frozenset[str] = frozenset({"klagevejledning", "begrundelse", "element"})


def rule_tag(rule) -> str:
    """The rule's ``type:``."""
    return type(rule).__struct_config__.tag


def matcher_class(rule) -> type:
    return MATCHER_TYPES[rule_tag(rule)]


def scope_of(rule) -> Scope:
    """How much of the letter a rule reads to decide a finding."""
    cls = matcher_class(rule)
    return cls.scope(rule, LETTER_FUNCTIONS) if cls is FunctionMatcher else cls.scope(rule)


def build(rule, nlp):
    """The compiled matcher for ``rule``."""
    cls = matcher_class(rule)
    return cls(rule, nlp, FUNCTIONS) if cls is FunctionMatcher else cls(rule, nlp)
