"""Required literals of a regular expression: a cheap prefilter for ``phrases``.

``required_needles(pattern)`` returns a set of *needles* such that every match
of the pattern (compiled the way ``phrases`` compiles it: not preceded or
followed by a word character) contains at least one of them, compared
case-folded; or ``None`` when no such set can be derived. A needle is a whole
word, a word start, a word end, or a plain substring. Per letter, a phrases
rule then scans only the entries with a needle in the letter: set lookups
instead of a regular-expression scan of the whole text.

The pattern is read with the standard library's parser (``re._parser``), with
``regex``'s Unicode properties (``\\p{L}``) read as "any character"; patterns
it cannot read the way ``regex`` does (set operations, other ``regex``-only
syntax) get ``None`` and are always scanned.
"""

from __future__ import annotations

import bisect
import itertools
import re
import warnings
from functools import cached_property, lru_cache
from typing import Callable, NamedTuple

import regex

try:  # Python 3.11+
    from re import _constants as C, _parser as P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

MAX_ALTERNATIVES = 64  # bound on the strings expanded from one literal run
_WORD = regex.compile(r"\w+", regex.VERSION1)
_SPACES = regex.compile(r"\s{2,}", regex.VERSION1)
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_NONWORD_CATEGORIES = {C.CATEGORY_SPACE, C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_SPACE, C.CATEGORY_UNI_NOT_WORD}

_PROPERTY = re.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")


def _broaden_properties(pattern: str) -> str:
    """``regex``'s Unicode properties (``\\p{Lu}``) become "any character" for
    the standard parser (``(?s:.)``, or ``\\s\\S`` inside a character class): a
    broader pattern needs no more literals, so what is derived from it holds
    for the original. Escapes are read one at a time, so ``\\\\p`` (a
    backslash, then p) is left alone; a property in a negated class is an error."""
    out: list[str] = []
    i, in_class, class_body, negated = 0, False, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            prop = _PROPERTY.match(pattern, i)
            if prop and in_class and negated:  # broadening a member would narrow the class
                raise re.error("a Unicode property in a negated character class")
            step = prop.end() - i if prop else 2
            out.append((r"\s\S" if in_class else "(?s:.)") if prop else pattern[i:i + 2])
            i += step
            continue
        if in_class and char == "]" and i > class_body:
            in_class = False
        elif not in_class and char == "[":
            in_class = True
            negated = pattern.startswith("^", i + 1)
            class_body = i + 2 if negated else i + 1  # a "]" right here is literal
        out.append(char)
        i += 1
    return "".join(out)


# needle kinds, cheapest test last
INFIX, SUFFIX, PREFIX, WORD = "infix", "suffix", "prefix", "word"
_KIND_BONUS = {SUFFIX: 1, PREFIX: 1, WORD: 2}
_INFIX_CAP = 4

Needle = tuple[str, str]  # (kind, case-folded string)
Needles = frozenset[Needle]
Requirement = tuple[Needles, ...]  # all of them, best first
MAX_REQUIREMENTS = 6


class TextIndex:
    """A letter's case-folded text and words, for testing needles (and neighbouring
    words, for ``required_pairs``)."""

    def __init__(self, text: str):
        self.folded = text.casefold()
        self._tokens = _WORD.findall(self.folded)
        self.words = set(self._tokens)

    @cached_property
    def pairs(self) -> set[tuple[str, str]]:
        """Each word with the word after it (whatever lies between them), case-folded."""
        tokens = self._tokens
        return set(zip(tokens, tokens[1:]))

    @cached_property
    def longest_word(self) -> int:
        """The longest run of word characters (``\\w``) in the text (``derive_reach``'s ``Length``);
        case-folding keeps a character's class, so the folded text's runs are the text's."""
        return max(map(len, self.words), default=0)

    @cached_property
    def longest_space(self) -> int:
        """The longest run of white space in the text."""
        return max(map(len, _SPACES.findall(self.folded)), default=1 if any(c.isspace() for c in self.folded) else 0)

    @cached_property
    def _sorted(self) -> list[str]:
        return sorted(self.words)

    @cached_property
    def _sorted_reversed(self) -> list[str]:
        return sorted(w[::-1] for w in self.words)

    def has(self, needle: Needle) -> bool:
        kind, s = needle
        if kind == WORD:
            return s in self.words
        if kind == INFIX:
            return s in self.folded
        if kind == PREFIX:
            words = self._sorted
        else:
            words, s = self._sorted_reversed, s[::-1]
        i = bisect.bisect_left(words, s)
        return i < len(words) and words[i].startswith(s)

    def may_match(self, requirement: Requirement | None) -> bool:
        """False only if some set of the requirement has no needle here."""
        if requirement is None:
            return True
        split = _split_memo.get(requirement)
        if split is None:
            split = _split_requirement(requirement)
        words = self.words
        for whole, others in split:
            # whole words by one set operation, the other needles one by one (``has`` written out:
            # this runs some 200 times per letter)
            if not words.isdisjoint(whole):
                continue
            for kind, s in others:
                if kind == INFIX:
                    if s in self.folded:
                        break
                    continue
                if kind == WORD:
                    if s in words:
                        break
                    continue
                if kind == PREFIX:
                    sorted_words = self._sorted
                else:
                    sorted_words, s = self._sorted_reversed, s[::-1]
                i = bisect.bisect_left(sorted_words, s)
                if i < len(sorted_words) and sorted_words[i].startswith(s):
                    break
            else:
                return False
        return True


_split_memo: dict[Requirement, tuple[tuple[frozenset[str], tuple[Needle, ...]], ...]] = {}


def _split_requirement(requirement: Requirement) -> tuple[tuple[frozenset[str], tuple[Needle, ...]], ...]:
    """Per set of the requirement: its whole-word needles as their strings, and
    the other needles (worked out once per requirement)."""
    try:
        return _split_memo[requirement]
    except KeyError:
        pass
    split = tuple(_split_needles(needles) for needles in requirement)
    if len(_split_memo) < 100_000:
        _split_memo[requirement] = split
    return split


def _split_needles(needles: Needles) -> tuple[frozenset[str], tuple[Needle, ...]]:
    """The whole-word needles of a set as their strings, and the other needles."""
    return frozenset(s for kind, s in needles if kind == WORD), tuple(n for n in needles if n[0] != WORD)


def required_needles(pattern: str, bounded: bool = True) -> Requirement | None:
    """Sets of needles; every match of ``pattern`` contains one of each set.
    ``bounded``: the pattern is compiled the way ``phrases`` compiles it (no
    word character just before or after a match); False for a pattern
    searched as it stands (``LazyPattern``).

    Remembered per pattern, also across runs: ``save_needles()`` keeps what
    was derived in the cache (``borgertekst.cache``), keyed by this module's
    source, the ``regex`` version and Python's, so a changed derivation never
    reads old needles and a changed pattern is simply a new entry."""
    memo = _needle_memo()
    key = pattern if bounded else "\x00unbounded\x00" + pattern
    try:
        return memo[key]
    except KeyError:
        pass
    found = derive_needles(pattern) if bounded else derive_needles(pattern, bounded=False)
    memo[key] = found
    _unsaved.add(key)
    return found


Pairs = frozenset[tuple[str, str]]


def required_pairs(pattern: str) -> Pairs | None:
    """Pairs of neighbouring whole words (case-folded) one of which every match of
    ``pattern`` (compiled the way ``phrases`` compiles it) contains, or None: a
    sharper prefilter than single words for a phrase of common words ("du skal
    straks" needs "du skal" or "skal straks", not just "du", "skal" and "straks"
    somewhere). A letter has the pair ("du", "skal") when the word after "du" is
    "skal" (``TextIndex.pairs``). Remembered with the needles (``save_needles``)."""
    memo = _needle_memo()
    key = "\x00pairs\x00" + pattern
    try:
        return memo[key]
    except KeyError:
        pass
    found = derive_pairs(pattern)
    memo[key] = found
    _unsaved.add(key)
    return found


def _parsed(pattern: str) -> list | None:
    """The pattern's items as the standard library's parser reads them (``regex``'s properties
    broadened, see ``_broaden_properties``), or None when it cannot read them the way ``regex``
    does."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # "possible nested set": regex reads it differently
            return list(P.parse(_broaden_properties(pattern), re.UNICODE))
    except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
        return None


def derive_pairs(pattern: str) -> Pairs | None:
    """``required_pairs`` without the cache."""
    items = _parsed(pattern)
    if items is None:
        return None
    found = _candidates(items, True, True, _PAIRS)
    return found[0] if found else None


def _run_pairs(strings: frozenset[str], left: bool, right: bool) -> Pairs | None:
    """One pair from each string of a literal run (None if a string has none): two words
    next to each other in the string, each whole (a non-word character on both sides,
    inside the string or, at its edges, as ``left``/``right`` say)."""
    out: set[tuple[str, str]] = set()
    for s in strings:
        words = list(_WORD.finditer(s))
        pairs = [(a.group(), b.group()) for a, b in zip(words, words[1:])
                 if (a.start() > 0 or left) and (b.end() < len(s) or right)]
        if not pairs:
            return None
        out.add(max(pairs, key=_pair_weight))
    return frozenset(out)


def _pair_weight(pair: tuple[str, str]) -> tuple:
    """A pair whose shorter word is longer is rarer (then the longer pair; then the pair
    itself, so the choice does not depend on set order)."""
    return (min(len(pair[0]), len(pair[1])), len(pair[0]) + len(pair[1]), pair)


def _pair_score(pairs: Pairs) -> tuple:
    """Longer shorter words first, then fewer pairs (then the pairs themselves: the same
    choice in every process)."""
    return (min(min(len(a), len(b)) for a, b in pairs), -len(pairs), sorted(pairs))


_memo: dict[str, Requirement | None] | None = None
_unsaved: set[str] = set()
MAX_SAVED = 20_000  # patterns kept in the cache file


def _needle_key() -> str:
    from .. import cache

    return cache.key(cache.source_hash(__file__), regex.__version__)


def _needle_memo() -> dict[str, Requirement | None]:
    global _memo
    if _memo is None:
        from .. import cache

        loaded = cache.load_marshal("needles", _needle_key())
        _memo = loaded if isinstance(loaded, dict) else {}
    return _memo


def save_needles() -> None:
    """Write newly derived needles to the cache (merged with what another
    process may have written meanwhile; the file is replaced atomically)."""
    if not _unsaved:
        return
    from .. import cache

    cache_key = _needle_key()
    on_disk = cache.load_marshal("needles", cache_key)
    merged = on_disk if isinstance(on_disk, dict) and len(on_disk) < MAX_SAVED else {}
    memo = _needle_memo()
    merged.update((p, memo[p]) for p in _unsaved if p in memo)
    _unsaved.clear()
    cache.store_marshal("needles", cache_key, merged)


class DerivedMemo:
    """``derive(pattern)`` for the patterns of a module, kept in the derived-data cache between
    runs like the needles above (a walk over a pattern's parse tree costs more than reading its
    result back). The cache key is the deriving module's source (``module_file``) and Python's
    version, so changed code derives again. Values: what ``marshal`` keeps (str, tuple,
    frozenset, None …)."""

    def __init__(self, name: str, module_file: str, derive):
        self.name, self.module_file, self.derive = name, module_file, derive
        self._memo: dict | None = None
        self._unsaved: set[str] = set()

    def _key(self) -> str:
        from .. import cache

        return cache.key(cache.source_hash(self.module_file), self.name)

    def __call__(self, pattern: str):
        memo = self._memo
        if memo is None:
            from .. import cache

            loaded = cache.load_marshal(self.name, self._key())
            memo = self._memo = loaded if isinstance(loaded, dict) else {}
        try:
            return memo[pattern]
        except KeyError:
            value = memo[pattern] = self.derive(pattern)
            self._unsaved.add(pattern)
            return value

    def save(self) -> None:
        """Write newly derived values to the cache (merged with the file)."""
        if not self._unsaved or self._memo is None:
            return
        from .. import cache

        key = self._key()
        on_disk = cache.load_marshal(self.name, key)
        merged = on_disk if isinstance(on_disk, dict) and len(on_disk) < MAX_SAVED else {}
        pending = list(self._unsaved)
        self._unsaved.difference_update(pending)
        merged.update((p, self._memo[p]) for p in pending)
        cache.store_marshal(self.name, key, merged)


def derive_needles(pattern: str, bounded: bool = True) -> Requirement | None:
    """``required_needles`` without the cache: derived from the pattern's parse tree."""
    items = _parsed(pattern)
    if items is None:
        return None
    found = _candidates(items, bounded, bounded, _NEEDLES)
    return tuple(found[:MAX_REQUIREMENTS]) or None


_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z^-]+\)")
_BACKREF = re.compile(r"\\[1-9]|\\g<|\(\?P[=>]|\(\?R|\(\?[+-]?\d|\(\?&")


def top_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (``a|b(c|d)`` → ``a``, ``b(c|d)``):
    a text has a match of the pattern exactly when it has a match of one of them,
    and each alternative alone has its own, sharper required needles. A pattern
    whose pieces would not mean the same on their own (inline flags, which reach
    past a ``|``; back references, whose group numbers would shift) or that is
    unbalanced comes back whole."""
    if _INLINE_FLAGS.search(pattern) or _BACKREF.search(pattern):
        return [pattern]
    parts: list[str] = []
    depth = in_class = start = i = 0
    n = len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:  # nesting depth of character classes (``regex`` V1 allows nested sets)
            if char == "[":
                in_class += 1
            elif char == "]":
                in_class -= 1
        elif char == "[":
            in_class = 1
            i += 1
            if i < n and pattern[i] == "^":
                i += 1
            if i < n and pattern[i] == "]":  # a "]" first in a class is literal
                i += 1
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    if depth or in_class:
        return [pattern]
    parts.append(pattern[start:])
    return parts


@lru_cache(maxsize=8)
def text_index(text: str) -> TextIndex:
    """The ``TextIndex`` of a text, shared by the patterns searched in it."""
    return TextIndex(text)


class LazyPattern:
    """A ``regex`` pattern that is compiled the first time a text could match
    it, and not searched at all in a text that lacks a word every match needs
    (``required_needles``): ``search``, ``match``, ``fullmatch`` give None,
    ``finditer`` nothing, as the compiled pattern would. Compiling with
    ``regex`` costs about a millisecond per pattern, so a check that keeps
    hundreds of patterns should not compile them all when it starts.
    Everything else (``sub``, ``split``, ``groupindex`` …) goes to the
    compiled pattern."""

    __slots__ = ("pattern", "flags", "needles", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags = flags
        self.needles = None if flags & regex.VERBOSE else required_needles(pattern, bounded=False)
        self._compiled = None

    @property
    def compiled(self) -> regex.Pattern:
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, self.flags)
        return self._compiled

    def absent(self, text) -> bool:
        """True when ``text`` cannot contain a match."""
        if _unsaved:  # needles derived while the checks were built: keep them for the next start
            save_needles()
        return self.needles is not None and isinstance(text, str) and not text_index(text).may_match(self.needles)

    def search(self, string, *args, **kwargs):
        return None if self.absent(string) else self.compiled.search(string, *args, **kwargs)

    def match(self, string, *args, **kwargs):
        return None if self.absent(string) else self.compiled.match(string, *args, **kwargs)

    def fullmatch(self, string, *args, **kwargs):
        return None if self.absent(string) else self.compiled.fullmatch(string, *args, **kwargs)

    def finditer(self, string, *args, **kwargs):
        return iter(()) if self.absent(string) else self.compiled.finditer(string, *args, **kwargs)

    def findall(self, string, *args, **kwargs):
        return [] if self.absent(string) else self.compiled.findall(string, *args, **kwargs)

    def __getattr__(self, name: str):
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r}, {self.flags!r})"


# --- the first character of a match ------------------------------------------

def starts_with_word(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts with a word character (``\\w`` as ``regex``
    reads it): then ``\\b`` before the pattern turns away only starts right after a word
    character. False when unsure (an empty match, any character, a property, a back reference).
    Remembered with the needles (``save_needles``)."""
    memo = _needle_memo()
    key = "\x00word-first\x00" + pattern
    try:
        return memo[key]
    except KeyError:
        pass
    found = memo[key] = derive_starts_with_word(pattern)
    _unsaved.add(key)
    return found


def derive_starts_with_word(pattern: str) -> bool:
    """``starts_with_word`` without the cache."""
    items = _parsed(pattern)
    return items is not None and _first_is_word(items, False)


def _first_is_word(items, after: bool) -> bool:
    """Whether every match of ``items`` starts with a word character; ``after``: whether what
    follows the sequence does (for a sequence that can match nothing)."""
    for i, (op, av) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # matches no characters
        if op is C.LITERAL:
            return _WORD.match(chr(av)) is not None
        if op is C.IN:
            return _class_is_word(av)
        if op is C.SUBPATTERN:
            return _first_is_word(av[-1], _first_is_word(items[i + 1:], after))
        if op is C.ATOMIC_GROUP:
            return _first_is_word(av, _first_is_word(items[i + 1:], after))
        if op is C.BRANCH:
            rest = _first_is_word(items[i + 1:], after)
            return all(_first_is_word(branch, rest) for branch in av[1])
        if op in _REPEATS:
            low, _high, sub = av
            rest = _first_is_word(items[i + 1:], after)
            return _first_is_word(sub, rest) and (low > 0 or rest)
        return False
    return after


_WORD_CATEGORIES = {C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT}


def _class_is_word(members) -> bool:
    """Whether every character of a character class is a word character."""
    for op, av in members:
        if op is C.LITERAL:
            if _WORD.match(chr(av)) is None:
                return False
        elif op is C.RANGE:
            low, high = av
            if high - low > 2_000 or any(_WORD.match(chr(code)) is None for code in range(low, high + 1)):
                return False
        elif op is not C.CATEGORY or av not in _WORD_CATEGORIES:
            return False  # a negated class, a space or non-word category
    return True


# --- finite sets of strings -------------------------------------------------

def _exact(item) -> frozenset[str] | None:
    """The finite set of (case-folded) strings ``item`` matches, if small."""
    op, av = item
    if op is C.LITERAL:
        return frozenset({chr(av).casefold()})
    if op is C.IN:
        if all(sub_op is C.LITERAL for sub_op, _ in av):
            return frozenset(chr(code).casefold() for _, code in av)
        return None
    if op is C.SUBPATTERN:
        return _exact_seq(av[-1])
    if op is C.ATOMIC_GROUP:
        return _exact_seq(av)
    if op is C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            strings = _exact_seq(branch)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= MAX_ALTERNATIVES else None
    if op in _REPEATS:
        low, high, sub = av
        inner = _exact_seq(sub)
        if inner is None or high is C.MAXREPEAT or high > 3:
            return None
        out = set()
        for n in range(low, high + 1):
            out |= {"".join(p) for p in itertools.product(inner, repeat=n)}
            if len(out) > MAX_ALTERNATIVES:
                return None
        return frozenset(out)
    return None


def _exact_seq(items) -> frozenset[str] | None:
    out = frozenset({""})
    for item in items:
        if item[0] in _ZERO_WIDTH:
            if item[0] is C.AT:
                continue
            return None  # a lookaround can reject strings: not an exact set
        strings = _exact(item)
        if strings is None:
            return None
        out = frozenset(a + b for a in out for b in strings)
        if len(out) > MAX_ALTERNATIVES:
            return None
    return out


# --- requirements -------------------------------------------------------------

class _Kind(NamedTuple):
    """What a walk over a parsed pattern collects: sets of needles (``required_needles``) or sets
    of pairs of neighbouring words (``required_pairs``). ``run``: the candidate from the strings
    of a literal run, or None; ``score``: the sort key, best first; ``pieces``: whether a literal
    stretch and a single exact item are candidates of their own besides the run they are part of
    (not for pairs: the run's pairs are the sharper prefilter, and the score, which cannot tell a
    common pair, would often take one such as ("det", "er") from a piece)."""

    run: Callable[[frozenset[str], bool, bool], frozenset | None]
    score: Callable[[frozenset], tuple]
    pieces: bool


def _best(items, left: bool, right: bool, kind: _Kind) -> frozenset | None:
    """The best single candidate of a sequence (see ``_candidates``)."""
    found = _candidates(items, left, right, kind)
    return found[0] if found else None


def _candidates(items, left: bool, right: bool, kind: _Kind) -> list[frozenset]:
    """Every candidate found in a sequence, best first.

    Each is a necessary condition on its own: from the expanded strings of a run
    of exact items, of one exact item or of a literal stretch, or a sub-pattern's best
    candidate. ``left``/``right``: whether a non-word character (or the
    text's edge) surrounds every match of the sequence; true at the pattern's
    edges, which ``phrases`` wraps in lookarounds, and next to ``\\b``."""
    items = list(items)
    candidates: list[frozenset | None] = []
    run: frozenset[str] = frozenset({""})
    run_start = 0
    stretch, stretch_start = "", 0  # consecutive literal characters
    for i, item in enumerate(items):
        if item[0] in _ZERO_WIDTH:
            continue  # matches no characters: runs go on
        if kind.pieces:
            if item[0] is C.LITERAL:
                if not stretch:
                    stretch_start = i
                stretch += chr(item[1]).casefold()
            elif stretch:
                candidates.append(kind.run(frozenset({stretch}), _edge_left(items, stretch_start, left),
                                           _edge_right(items, i - 1, right)))
                stretch = ""
        strings = _exact(item)
        if strings is not None:
            if kind.pieces and item[0] is not C.LITERAL:
                candidates.append(kind.run(strings, _edge_left(items, i, left), _edge_right(items, i, right)))
            joined = frozenset(a + b for a in run for b in strings)
            if len(joined) <= MAX_ALTERNATIVES:
                run = joined
                continue
        candidates.append(kind.run(run, _edge_left(items, run_start, left), _edge_right(items, i - 1, right)))
        if strings is not None:  # the run grew too large: start again here
            run, run_start = strings, i
            continue
        run, run_start = frozenset({""}), i + 1
        candidates.append(_best_of_item(item, _edge_left(items, i, left), _edge_right(items, i, right), kind))
    if stretch:
        candidates.append(kind.run(frozenset({stretch}), _edge_left(items, stretch_start, left), right))
    candidates.append(kind.run(run, _edge_left(items, run_start, left), right))
    return sorted({c for c in candidates if c}, key=kind.score, reverse=True)


def _edge_left(items, i: int, left: bool) -> bool:
    """Is the character before ``items[i]`` always a non-word one?"""
    return _edge(items[:i], left, last=True)


def _edge_right(items, i: int, right: bool) -> bool:
    """Is the character after ``items[i]`` always a non-word one?"""
    return _edge(items[i + 1:][::-1], right, last=False)


def _edge(items, outer: bool, last: bool) -> bool:
    """Does every match of ``items`` end (``last``) or start with a non-word
    character? Where it can match nothing, ``outer`` answers for what lies
    beyond. ``items`` runs towards the edge asked about."""
    edge = outer
    for item in items:
        edge = _item_edge(item, edge, last)
    return edge


def _item_edge(item, before: bool, last: bool) -> bool:
    op, av = item
    if op in _ZERO_WIDTH:
        return True if _is_boundary(item) else before
    if op is C.LITERAL:
        return _nonword(chr(av))
    if op is C.IN:
        return all(
            (sub_op is C.LITERAL and _nonword(chr(code)))
            or (sub_op is C.CATEGORY and code in _NONWORD_CATEGORIES)
            for sub_op, code in av
        )
    if op is C.SUBPATTERN:
        return _edge(_towards(av[-1], last), before, last)
    if op is C.ATOMIC_GROUP:
        return _edge(_towards(av, last), before, last)
    if op is C.BRANCH:
        return all(_edge(_towards(branch, last), before, last) for branch in av[1])
    if op in _REPEATS:
        low, _high, sub = av
        # the repetition next to the edge: what precedes it inside is unknown
        return _edge(_towards(sub, last), False, last) and (low > 0 or before)
    return False


def _towards(items, last: bool):
    items = list(items)
    return items if last else items[::-1]


def _is_boundary(item) -> bool:
    """``\\b``, ``^``, ``$``: next to a word character, the other side is not one."""
    return item[0] is C.AT and item[1] in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_END,
                                           C.AT_BEGINNING_STRING, C.AT_END_STRING)


def _nonword(char: str) -> bool:
    return _WORD.match(char) is None


def _run_needles(strings: frozenset[str], left: bool, right: bool) -> Needles | None:
    """One needle from each string of a literal run (None if one is empty)."""
    out: set[Needle] = set()
    for s in strings:
        if not s:
            return None
        options: list[Needle] = [(INFIX, s)]
        for m in _WORD.finditer(s):
            bounded_left = m.start() > 0 or left
            bounded_right = m.end() < len(s) or right
            kind = (INFIX, SUFFIX, PREFIX, WORD)[2 * bounded_left + bounded_right]
            options.append((kind, m.group()))
        out.add(max(options, key=_weight))
    return frozenset(out)


def _best_of_item(item, left: bool, right: bool, kind: _Kind) -> frozenset | None:
    """The best candidate of an item that is no small exact set of strings: of a group, of
    every branch of an alternation (a match takes one of them), of a repeated item."""
    op, av = item
    if op is C.SUBPATTERN:
        return _best(av[-1], left, right, kind)
    if op is C.ATOMIC_GROUP:
        return _best(av, left, right, kind)
    if op is C.BRANCH:
        out: set = set()
        for branch in av[1]:
            found = _best(branch, left, right, kind)
            if found is None:
                return None
            out |= found
        return frozenset(out)
    if op in _REPEATS:
        low, high, sub = av
        if low < 1:
            return None
        # with more than one repetition, a repetition's neighbours are unknown
        return _best(sub, left, right, kind) if high == 1 else _best(sub, False, False, kind)
    return None


def _weight(needle: Needle) -> int:
    """Selectivity against cost: a word lookup is nearly free, a substring
    search scans the letter, so a long substring counts little more than a
    short one."""
    kind, s = needle
    if kind == INFIX:
        return min(len(s), _INFIX_CAP)
    return len(s) + _KIND_BONUS[kind]


def _score(needles: Needles) -> tuple[int, int]:
    """Longer (more selective) shortest needle first, then fewer needles."""
    return (min(_weight(n) for n in needles), -len(needles))


_NEEDLES = _Kind(_run_needles, _score, pieces=True)
_PAIRS = _Kind(_run_pairs, _pair_score, pieces=False)


# --- how far from its start a match attempt reads ------------------------------

class _Unbounded(Exception):
    """A part whose reach has no bound (an open repeat, a back reference, unknown syntax)."""


# a length as (characters, runs of word characters, runs of white space): ``c + w * W + s * S`` for a
# text whose longest run of word characters is W characters and of white space S (``TextIndex.runs``)
Length = tuple[int, int, int]
_NONE: Length = (0, 0, 0)


def _add(a: Length, b: Length) -> Length:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def _most(a: Length, b: Length) -> Length:
    return (max(a[0], b[0]), max(a[1], b[1]), max(a[2], b[2]))


def _fold_width(code: int, ignorecase: bool) -> int:
    """Text characters one pattern character can match: with ``regex``'s full case folding
    (VERSION1 + IGNORECASE) "ß" matches "ss"."""
    return max(1, len(chr(code).casefold())) if ignorecase else 1


def _set_width(members, ignorecase: bool) -> int:
    if not ignorecase:
        return 1
    width = 1
    for op, av in members:
        if op is C.NEGATE:
            return 1  # a negated set matches one character
        if op is C.LITERAL:
            width = max(width, _fold_width(av, True))
        elif op is C.RANGE:
            low, high = av
            if high - low > 5_000:
                width = max(width, 3)  # (no character folds to more than three)
            else:
                width = max(width, *(_fold_width(c, True) for c in range(low, high + 1)))
    return width


_WORD_CHAR = regex.compile(r"\w", regex.VERSION1)
_SPACE_CHAR = regex.compile(r"\s", regex.VERSION1)


def _run_kind(items) -> int | None:
    """1 when every character the items match is a word character (``\\w``), 2 when white space,
    else None; only for one plain set, literal or category."""
    if len(items) != 1:
        return None
    op, av = items[0]
    if op is C.LITERAL:
        return 1 if _WORD_CHAR.match(chr(av)) else 2 if _SPACE_CHAR.match(chr(av)) else None
    if op is not C.IN:
        return None
    if av and av[0][0] is C.NEGATE:
        # [^\W…]: no non-word character
        return 1 if any(o is C.CATEGORY and a in (C.CATEGORY_NOT_WORD, C.CATEGORY_UNI_NOT_WORD) for o, a in av[1:]) else None
    kinds = set()
    for o, a in av:
        if o is C.CATEGORY:
            kinds.add(1 if a in (C.CATEGORY_WORD, C.CATEGORY_UNI_WORD, C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT)
                      else 2 if a in (C.CATEGORY_SPACE, C.CATEGORY_UNI_SPACE) else None)
        elif o is C.LITERAL:
            kinds.add(1 if _WORD_CHAR.match(chr(a)) else 2 if _SPACE_CHAR.match(chr(a)) else None)
        elif o is C.RANGE and a[1] - a[0] <= 5_000:
            kinds.update(1 if _WORD_CHAR.match(chr(c)) else 2 if _SPACE_CHAR.match(chr(c)) else None
                         for c in range(a[0], a[1] + 1))
        else:
            return None
    return kinds.pop() if len(kinds) == 1 and None not in kinds else None


def _forward_free(items) -> bool:
    """No look-ahead in the items (at any depth)."""
    for op, av in items:
        if op is C.BRANCH:
            if not all(_forward_free(b) for b in av[1]):
                return False
        elif op is C.SUBPATTERN:
            if not _forward_free(av[3]):
                return False
        elif op is C.ATOMIC_GROUP:
            if not _forward_free(av):
                return False
        elif op in _REPEATS:
            if not _forward_free(av[2]):
                return False
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            if av[0] == 1 or not _forward_free(av[1]):
                return False
        elif op in (C.GROUPREF, C.GROUPREF_EXISTS):
            return False
    return True


def _reach(items, ignorecase: bool) -> tuple[Length, Length]:
    """(most text the items consume, most text after the items' start that an attempt reads:
    consumed text, look-aheads, the character a ``\\b`` or ``$`` looks at). Look-behinds read
    before the start; a scan that starts later in the text sees them as a whole-text scan does."""
    pos = ahead = _NONE
    for op, av in items:
        if op is C.LITERAL:
            width = (_fold_width(av, ignorecase), 0, 0)
        elif op is C.NOT_LITERAL or op is C.ANY:
            width = (1, 0, 0)
        elif op is C.IN:
            width = (_set_width(av, ignorecase), 0, 0)
        elif op is C.BRANCH:
            width = _NONE
            for branch in av[1]:
                w, a = _reach(branch, ignorecase)
                width = _most(width, w)
                ahead = _most(ahead, _add(pos, a))
        elif op is C.SUBPATTERN:
            _, add, remove, inner = av
            case = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            width, a = _reach(inner, case)
            ahead = _most(ahead, _add(pos, a))
        elif op is C.ATOMIC_GROUP:
            width, a = _reach(av, ignorecase)
            ahead = _most(ahead, _add(pos, a))
        elif op in _REPEATS:
            low, high, inner = av
            if high is C.MAXREPEAT:
                kind = _run_kind(inner)  # \\w+, \\s*: no longer than the text's longest such run
                if kind is None:
                    raise _Unbounded
                width = (0, 1, 0) if kind == 1 else (0, 0, 1)
            else:
                w, a = _reach(inner, ignorecase)
                width = (high * w[0], high * w[1], high * w[2])
                if high:
                    ahead = _most(ahead, _add(pos, _add(((high - 1) * w[0], (high - 1) * w[1], (high - 1) * w[2]), a)))
        elif op is C.AT:
            width = _NONE
            ahead = _most(ahead, _add(pos, (1, 0, 0)))  # the character at the place (a boundary, a line end)
        elif op is C.ASSERT or op is C.ASSERT_NOT:
            direction, inner = av
            width = _NONE
            if direction == -1 and _forward_free(inner):
                # a look-behind reads what ends at the place, and a boundary in it the character at the place
                ahead = _most(ahead, _add(pos, (1, 0, 0)))
            else:
                _, a = _reach(inner, ignorecase)
                ahead = _most(ahead, _add(pos, a))
        else:
            raise _Unbounded
        pos = _add(pos, width)
        ahead = _most(ahead, pos)
    return pos, ahead


def derive_reach(pattern: str, ignorecase: bool) -> tuple[Length, Length] | None:
    """``(width, reach)`` of ``pattern`` compiled with ``regex.VERSION1`` (and IGNORECASE when
    ``ignorecase``), as ``Length``s: no match is longer than ``width``, and an attempt at a place
    reads no character ``reach`` or more after it (so a scan of the text cut off ``reach``
    characters after a start finds what the whole text gives there). None when unbounded or
    unknown (then the whole text is scanned)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            parsed = P.parse(_broaden_properties(pattern), re.UNICODE)
    except (re.error, FutureWarning, DeprecationWarning, RecursionError, OverflowError):
        return None
    case = ignorecase or bool(parsed.state.flags & re.IGNORECASE)
    try:
        width, ahead = _reach(list(parsed), case)
    except (_Unbounded, RecursionError):
        return None
    return width, _add(ahead, (1, 0, 0))  # + the end-of-text test one past the last character read
