"""The rule format: a small set of typed rules, in the spirit of Vale.

Every rule file in ``rules/`` holds one rule. Its ``type`` says how it matches;
everything else (words, phrases, messages, examples) is data. See
``rules/README.md`` for the format in Danish.
"""

from __future__ import annotations

from typing import Any, Literal, Union

import msgspec

from ..vocabulary import Category, LetterType, Severity
from ..vocabulary import Element as Protects


class Example(msgspec.Struct, forbid_unknown_fields=True):
    """An example text; ``letter_type`` pins the type for structure rules."""

    text: str
    letter_type: LetterType | None = None
    # what the finding should cover (bad examples only, optional)
    match: str | None = None


ExampleItem = Union[str, Example]


class Examples(msgspec.Struct, forbid_unknown_fields=True):
    bad: list[ExampleItem] = []
    good: list[ExampleItem] = []


class Entry(msgspec.Struct, forbid_unknown_fields=True, omit_defaults=True):
    """One word, phrase or token pattern of a list rule.

    Exactly one of ``term`` (wordlist), ``pattern`` (phrases: a regular
    expression) or ``tokens`` (pattern: spaCy Matcher token patterns) is set."""

    term: str | None = None
    pattern: str | None = None
    tokens: list[dict[str, Any]] | None = None
    replace: list[str] = []  # plain alternatives / TRÆK alternatives
    # what ``replace`` holds: words of the term's class, inflected like the match (noun, verb,
    # adj), fixed text (adv, phrase), or explanations that are advice only (gloss)
    word_class: Literal["noun", "verb", "adj", "adv", "phrase", "gloss"] | None = None
    explain: str = ""  # one line the letter can include, or why it escalates
    unless: str | None = None  # regex: no finding when it occurs nearby
    # names of neutral contexts in the folder's ``_kontekster.yaml``: the loader adds their patterns to ``unless``
    unless_context: list[str] = []
    message: str | None = None  # overrides the rule's message for this entry


class RuleBase(msgspec.Struct, forbid_unknown_fields=True, kw_only=True, tag_field="type"):
    id: str
    category: Category
    severity: Severity
    message: str
    suggestions: list[str] = []
    explanation: str = ""
    protects: list[Protects] = []
    link: str = ""
    enabled: bool = True
    applies_to: list[LetterType] = []  # empty: every letter type
    skip_quoted: bool = False  # no findings inside text the letter quotes (nlp/quotes.py)
    skip_explained: bool = False  # no findings for a word the letter explains (checks/klarsprog.py)
    # one severity step milder in a letter to a professional or an organisation (checks/klarsprog.py)
    milder_to_professionals: bool = False
    # no findings at all in a letter to a professional or an organisation: advice that speaks for the
    # citizen as reader ("'borgeren' omtaler læseren i tredje person", "fagsprog, som mange borgere ikke kender")
    not_to_professionals: bool = False
    examples: Examples = msgspec.field(default_factory=Examples)


class WordList(RuleBase, tag="wordlist"):
    """Words and fixed phrases, matched on lemmas so inflected forms count."""

    entries: list[Entry]
    match: Literal["lemma", "exact"] = "lemma"
    # an abbreviation term ("PPR") also counts as the first part of a hyphenated compound
    # ("PPR-udtalelsen", "STU-forløbet"): the finding is on the abbreviation, its replacements advice
    compounds: bool = False


class Phrases(RuleBase, tag="phrases"):
    """Regular expressions over the text (case-insensitive unless told)."""

    entries: list[Entry]
    case_sensitive: bool = False
    unless_scope: Literal["sentence", "paragraph", "letter"] = "sentence"


class Pattern(RuleBase, tag="pattern"):
    """spaCy Matcher token patterns (LEMMA, LOWER, POS, MORPH …)."""

    entries: list[Entry]


class Part(msgspec.Struct, forbid_unknown_fields=True):
    label: str  # Danish, e.g. "hvor du kan klage"
    any: list[str]  # regexes; one hit means the part is present


class Required(RuleBase, tag="required"):
    """An element the letter must contain, for the letter types it applies to."""

    parts: dict[str, Part]
    position: Literal["start", "end"] = "end"
    # minimum parts present before the element counts as "partly there"
    message_partial: str = ""


class Metric(RuleBase, tag="metric"):
    """A threshold on a measured value."""

    metric: Literal["lix", "paragraph_lix", "sentence_words"]
    max: float
    min_words: int = 0  # ignore scopes with fewer words
    # a value over ``max`` but at most this is marginal: the finding is one severity step milder
    milder_up_to: float | None = None


class Function(RuleBase, tag="function"):
    """A check that needs code; ``function`` names a registered Python check."""

    function: str
    options: dict[str, Any] = {}


Rule = Union[WordList, Phrases, Pattern, Required, Metric, Function]
RULE_TYPES = {cls.__struct_config__.tag: cls for cls in (WordList, Phrases, Pattern, Required, Metric, Function)}


class Signal(msgspec.Struct, forbid_unknown_fields=True):
    pattern: str
    weight: float = 1.0


class LetterTypeSpec(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    signals: list[Signal] = []


class LetterTypes(msgspec.Struct, forbid_unknown_fields=True):
    """How the letter type is detected: weighted signal phrases per type."""

    types: dict[LetterType, LetterTypeSpec]
    min_score: float = 2.0
    # regular expressions that make a sentence hypothetical ("vi overvejer at …"): a decision's
    # positive signals in such a sentence describe a decision to come and do not count
    hedges: list[str] = []
