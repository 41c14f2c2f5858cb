"""Complaint routes per area of administration, held as data in ``rules/klageadgang.yaml``.

``load_routes()`` reads the file once; ``Routes.get(area)`` gives the ``Route``
of an area and ``Routes.detect_area(text)`` guesses the area of a letter from
the laws it cites (strong) and the words it uses (weak). When the area is not
known, callers must not guess an appeal body or a deadline: ``Route.suggestion``
and ``blank_suggestion`` put visible blanks (``[klageinstans]``, ``[frist]``)
where the caseworker has to fill in the facts.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import msgspec
import regex
import yaml

from .matchers.literals import _BACKREF, _INLINE_FLAGS, PREFIX, WORD, LazyPattern, text_index, top_alternatives

ROUTES_FILE = Path(__file__).resolve().parent.parent / "rules" / "klageadgang.yaml"
_FLAGS = regex.IGNORECASE | regex.VERSION1
STATUTE_WEIGHT = 3  # one cited law counts as much as three area words
MIN_AREA_SCORE = 2

BLANK_BODY = "[klageinstans]"
BLANK_DEADLINE = "[frist]"


class Route(msgspec.Struct, kw_only=True, frozen=True):
    area: str
    label: str
    appeal: bool
    appeal_body: str | None = None
    how: str = ""
    deadline_weeks: int | None = None
    no_deadline: bool = False  # the law sets no complaint deadline (aktindsigt): none is asked for
    reconsideration: bool = False
    fee: str | None = None
    no_appeal_text: str = ""
    statutes: list[str] = []
    keywords: list[str] = []
    exclude: list[str] = []  # words that mean another route applies (e.g. specialundervisning)
    note: str = ""

    def suggestion(self) -> str:
        """Danish klagevejledning for this area; blanks where the data is not certain."""
        if not self.appeal:
            return self.no_appeal_text
        body = self.appeal_body or BLANK_BODY
        if self.no_deadline:
            parts = ["Du kan klage over afgørelsen. Der er ingen frist for at klage."]
        else:
            deadline = f"{self.deadline_weeks} uger" if self.deadline_weeks else BLANK_DEADLINE
            parts = [f"Hvis du vil klage, skal du klage senest {deadline} efter, at du har fået dette brev."]
        if self.how:
            parts.append(self.how.replace("klageinstansen", body) if self.appeal_body is None else self.how)
        if body not in " ".join(parts):
            parts.append(f"Det er {body}, der behandler klagen.")
        if self.fee:
            parts.append(self.fee)
        return " ".join(parts)


def _search(rx: LazyPattern, text: str, index):
    """``rx.search(text)``; with ``index`` (of a text ``text`` is cut from) as the word prefilter."""
    if index is None:
        return rx.search(text, timeout=1.0)
    if rx.needles is not None and not index.may_match(rx.needles):
        return None
    return rx.compiled.search(text, timeout=1.0)


_LEADING_WORDS = regex.compile(r"\\b\(([\w ]+(?:\|[\w ]+)+)\)(?![?*+{])(.*)", regex.DOTALL)


def literal_first(pattern: str) -> list[str]:
    """The pattern as patterns that each start with fixed words, for speed: its top-level
    alternatives one by one, and a leading word list ``\\b(får|kan få) …`` as one pattern per
    word. A text has a match of the pattern exactly when it has one of them, and the leftmost
    match starts where the leftmost of theirs does (``outcome_at``); regex finds a fixed word
    fast but tries a list of words at every position."""
    out = []
    for alternative in top_alternatives(pattern):
        m = _LEADING_WORDS.fullmatch(alternative)
        if m:
            out.extend("\\b" + word + m.group(2) for word in m.group(1).split("|"))
        else:
            out.append(alternative)
    return out


def _group_brackets(pattern: str, i: int = 0):
    """The index and character of each ``(`` and ``)`` of ``pattern`` from ``i`` on that opens or closes
    a group: escapes and character classes skipped."""
    in_class = False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1
        elif char in "()":
            yield i, char
        i += 1


def _group_end(pattern: str, i: int) -> int | None:
    """The index just after the group that opens at ``pattern[i]``, or None when it does not close."""
    depth = 0
    for j, char in _group_brackets(pattern, i):
        if char == "(":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return j + 1
    return None


def _uncaptured(pattern: str) -> str:
    """``pattern`` with its capturing groups made non-capturing (escapes and character classes skipped)."""
    out, last = [], 0
    for j, char in _group_brackets(pattern):
        if char == "(" and pattern[j + 1:j + 2] != "?":
            out.append(pattern[last:j] + "(?:")
            last = j + 1
    out.append(pattern[last:])
    return "".join(out)


def guard_lookbehind(pattern: str) -> str:
    """For speed: a pattern that starts with look-behinds (``(?<!\\b(hvis|ellers)\\b[^.]{0,120})\\b(trækker|…) …``)
    runs them, scanning back up to a hundred letters, at every place of the text. When the look-arounds
    are followed by a word list (``\\b(a|b|…)`` with no quantifier after it), a look-ahead for that list
    (its groups made non-capturing) goes first: it fails fast where no word of the list starts, and holds
    wherever the pattern can match, so the matches and their groups are the same."""
    if _BACKREF.search(pattern):
        return pattern
    i = 0
    while pattern.startswith(("(?<!", "(?<=", "(?!", "(?="), i):
        end = _group_end(pattern, i)
        if end is None:
            return pattern
        i = end
    if not pattern.startswith(("(?<!", "(?<=")) or not pattern.startswith("\\b(", i) \
            or pattern.startswith("\\b(?", i):
        return pattern
    end = _group_end(pattern, i + 2)
    if end is None or pattern[end:end + 1] in ("?", "*", "+", "{"):
        return pattern
    return "(?=\\b(?:" + _uncaptured(pattern[i + 3:end - 1]) + "))" + pattern


def leading_words(pattern: str) -> list[str]:
    """For speed, a pattern asked only whether (and where first) it matches: a leading group of
    alternatives after ``\\b`` (``\\b((sætter|satte) (vi|kommunen)|(vi|kommunen) har sat) …``) as one
    pattern per alternative, taken apart again while the next one starts with such a group, so that each
    starts with fixed words. A text has a match of the pattern at a place exactly when one of them has;
    their groups differ (not for a caller that reads groups)."""
    if not pattern.startswith("\\b(") or pattern.startswith("\\b(?") or _BACKREF.search(pattern) \
            or _INLINE_FLAGS.search(pattern):
        return [pattern]
    end = _group_end(pattern, 2)
    if end is None or pattern[end:end + 1] in ("?", "*", "+", "{") or pattern[end:end + 1].isdigit():
        return [pattern]
    alternatives = top_alternatives(pattern[3:end - 1])
    if len(alternatives) == 1 and not alternatives[0].startswith("(") or not all(alternatives):
        return [pattern]
    return [q for a in alternatives for q in leading_words("\\b" + a + pattern[end:])]


def _balanced(pattern: str) -> bool:
    """Whether every group of ``pattern`` closes inside it (escapes and character classes skipped):
    wrapped in one more group, that group closes exactly at its own end."""
    return _group_end("(" + pattern + ")", 0) == len(pattern) + 2


_WORD_LIST = regex.compile(r"\\b\((?!\?)(.*)\)\\b", regex.DOTALL)


class _Counted:
    """A counted keyword pattern. A word list ``\\b(a\\w*|b|…)\\b`` is also kept as one pattern per
    word (``\\b(a\\w*)\\b`` …), each with its own sharp word prefilter and a fast literal start;
    the whole list tries every word at every position. ``count`` is ``len(findall)`` of the whole
    pattern: a word the prefilter turns away has no match in the text; when one word is left, its
    own matches are the list's; when several are, their matches are the list's as long as no two of
    them overlap (the list's scan then meets each of them first, as the leftmost), else the whole
    pattern is counted."""

    __slots__ = ("whole", "parts")

    def __init__(self, pattern: str):
        self.whole = LazyPattern(pattern, _FLAGS)
        m = _WORD_LIST.fullmatch(pattern)
        alternatives = top_alternatives(m.group(1)) if m and _balanced(m.group(1)) else []
        self.parts = [LazyPattern(f"\\b({a})\\b", _FLAGS) for a in alternatives] if len(alternatives) > 1 else []

    def count(self, text: str, index, live: set[int]) -> int:
        """``len(self.whole.findall(text))``; ``index``: the ``TextIndex`` of ``text``; ``live``: ids
        of the patterns that may match it (``Routes._live``)."""
        if not self.parts:
            return len(_search_all(self.whole, text, index)) if id(self.whole) in live else 0
        live = [rx for rx in self.parts if id(rx) in live and (rx.needles is None or index.may_match(rx.needles))]
        if not live:
            return 0
        if len(live) == 1:
            return len(live[0].compiled.findall(text, timeout=1.0))
        spans = sorted(m.span() for rx in live for m in rx.compiled.finditer(text, timeout=1.0))
        end = -1
        for start, stop in spans:
            if start < end or start == stop:  # overlapping (or empty) matches: the list decides
                return len(self.whole.compiled.findall(text, timeout=1.0))
            end = stop
        return len(spans)


def _search_all(rx: LazyPattern, text: str, index) -> list:
    if rx.needles is not None and not index.may_match(rx.needles):
        return []
    return rx.compiled.findall(text, timeout=1.0)


def blank_suggestion() -> str:
    """Klagevejledning for an unknown area: the caseworker fills in the blanks."""
    return (f"Hvis du vil klage, skal du klage senest {BLANK_DEADLINE} efter, at du har fået dette brev. "
            "Send din klage til os på [mail] eller med Digital Post. Vi ser på sagen igen, og hvis vi "
            f"ikke giver dig ret, sender vi klagen videre til {BLANK_BODY}.")


_AMOUNT_KINDS = ("asked_amount", "given_amount", "before_amount", "now_amount")


def _kroner(figure: str) -> float:
    """ "1.450" -> 1450.0, "1.450,50" -> 1450.5 (Danish thousands and decimals)."""
    return float(figure.replace(".", "").replace(",", "."))


class _File(msgspec.Struct):
    areas: dict[str, dict]
    outcomes: dict[str, list[str]] = {}


class Routes:
    def __init__(self, routes: dict[str, Route], outcomes: dict[str, list[str]] | None = None):
        self.routes = routes
        self._outcomes = {k: [LazyPattern(guard_lookbehind(r), _FLAGS) for p in v for q in literal_first(p)
                              for r in leading_words(q)]
                          for k, v in (outcomes or {}).items() if k not in _AMOUNT_KINDS}
        # the sum asked for and the sum given (a named group ``amount``): less given than asked is a partial grant
        self._amounts = {k: [LazyPattern(p, _FLAGS) for p in (outcomes or {}).get(k, [])] for k in _AMOUNT_KINDS}
        # LazyPattern: a pattern is searched only when the text has a word every match needs
        # a law counts once however many of its names the letter uses: one group of patterns per law
        self._statutes = {a: [[LazyPattern(q, _FLAGS) for q in literal_first(p)] for p in r.statutes]
                          for a, r in routes.items()}
        self._keywords = {a: [_Counted(p) for p in r.keywords] for a, r in routes.items()}  # counted
        self._exclude = {a: [LazyPattern(q, _FLAGS) for p in r.exclude for q in literal_first(p)]
                         for a, r in routes.items()}
        # Speed: the first set of needles of (nearly) every pattern of ``scores`` is whole words and
        # word starts; which of them a text has is looked up once for all patterns (``_live``)
        every = [rx for a in routes for rx in self._exclude[a]]
        every += [rx for a in routes for law in self._statutes[a] for rx in law]
        every += [rx for a in routes for counted in self._keywords[a] for rx in (counted.whole, *counted.parts)]
        self._ungated: set[int] = set()  # ids of the patterns always searched (their prefilter decides)
        self._by_word: dict[str, list[int]] = {}
        self._by_prefix: dict[str, list[int]] = {}
        for rx in every:
            first = rx.needles[0] if rx.needles else None
            if not first or any(kind not in (WORD, PREFIX) for kind, _ in first):
                self._ungated.add(id(rx))
                continue
            for kind, needle in first:
                (self._by_word if kind == WORD else self._by_prefix).setdefault(needle, []).append(id(rx))
        self._gate_words = frozenset(self._by_word)

    def __iter__(self):
        return iter(self.routes.values())

    def __len__(self) -> int:
        return len(self.routes)

    def get(self, area: str | None) -> Route | None:
        return self.routes.get(area) if area else None

    def scores(self, text: str) -> dict[str, int]:
        out: dict[str, int] = {}
        index = text_index(text)  # the word prefilter of every pattern, built once
        live = self._live(index)
        for area in self.routes:
            if any(id(rx) in live and _search(rx, text, index) for rx in self._exclude[area]):
                continue  # another route applies: rather no area than the wrong one
            score = sum(STATUTE_WEIGHT for law in self._statutes[area]
                        if any(id(rx) in live and _search(rx, text, index) for rx in law))
            score += sum(rx.count(text, index, live) for rx in self._keywords[area])
            if score:
                out[area] = score
        return out

    def _live(self, index) -> set[int]:
        """Ids of the patterns of ``scores`` whose first needle set the text (``index``) meets,
        and of those without such a set: every other pattern has no match in the text, as its own
        prefilter (``TextIndex.may_match``, which tests that set the same way) would find."""
        live = set(self._ungated)
        for word in index.words & self._gate_words:
            live.update(self._by_word[word])
        has = index.has
        for prefix, ids in self._by_prefix.items():
            if has((PREFIX, prefix)):
                live.update(ids)
        return live

    def cites_statute(self, area: str, text: str) -> bool:
        """Whether the text cites one of the laws of ``area`` (stronger than its words)."""
        try:
            return any(rx.search(text, timeout=1.0) for law in self._statutes.get(area, []) for rx in law)
        except TimeoutError:
            return False

    def outcome(self, text: str, index=None, amounts: bool = False) -> str | None:
        """What a decision gives the reader: ``bevilling`` (in full), ``delvis``,
        ``afslag`` or None when the text says neither. ``index``: the ``TextIndex`` of a text
        that ``text`` is cut from (the whole letter), to skip patterns whose words it lacks. ``amounts``: also
        compare the sum asked for with the sum given (a whole letter; a sentence rarely holds both)."""
        def any_of(kind: str) -> bool:
            return any(_search(rx, text, index) for rx in self._outcomes.get(kind, []))
        try:
            if any_of("requested") or any_of("moved"):
                # what the reader asked for, even when it stops something; help that goes on where the reader moves
                return "bevilling"
            refusal, partial, grant = any_of("refusal"), any_of("partial"), any_of("grant")
        except TimeoutError:
            return None
        if partial or (refusal and grant):
            return "delvis"
        if refusal:
            return "afslag"
        if amounts and self._less_than(text, "before_amount", "now_amount"):
            return "afslag"  # a cut said with the sums only: "Fra 1. april får du 640 kr. … Før fik du 1.980 kr."
        if amounts and self._less_than(text, "asked_amount", "given_amount"):
            return "delvis"  # "Du har søgt om 1.450 kr. om måneden … Vi har besluttet at dække 620 kr. om måneden"
        return "bevilling" if grant else None

    def _less_than(self, text: str, first: str, then: str) -> bool:
        """Whether the letter's ``then`` sum (given, now) is smaller than its ``first`` sum (asked for, before)."""
        try:
            before = [_kroner(m.group("amount")) for rx in self._amounts.get(first, [])
                      for m in rx.finditer(text, timeout=1.0)]
            if not before:
                return False
            after = [_kroner(m.group("amount")) for rx in self._amounts.get(then, [])
                     for m in rx.finditer(text, timeout=1.0)]
        except (TimeoutError, ValueError):
            return False
        return bool(after) and max(after) < max(before)

    def outcome_at(self, text: str, index=None) -> int | None:
        """Offset of the first refusal or partial-grant wording, if any."""
        found = [m.start() for kind in ("refusal", "partial") for rx in self._outcomes.get(kind, [])
                 for m in [_search(rx, text, index)] if m]
        return min(found) if found else None

    def detect_area(self, text: str) -> str | None:
        """The area the letter is about, or None when nothing clearly points to one."""
        try:
            scores = self.scores(text)
        except TimeoutError:
            return None
        if not scores:
            return None
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        best, top = ranked[0]
        if top < MIN_AREA_SCORE:
            return None
        if len(ranked) > 1 and ranked[1][1] == top:
            return None  # a tie: do not guess
        return best


def parse_routes(data: dict) -> Routes:
    raw = msgspec.convert(data, _File)
    routes = {area: msgspec.convert({"area": area, **fields}, Route) for area, fields in raw.areas.items()}
    return Routes(routes, raw.outcomes)


def routes_file() -> Path:
    """``klageadgang.yaml`` of the shipped rules (``BORGERTEKST_RULES`` when set and it has one)."""
    from .rulebook.loader import shipped_rules_dir

    candidate = shipped_rules_dir() / "klageadgang.yaml"
    return candidate if candidate.exists() else ROUTES_FILE


def load_routes(path: Path | str | None = None) -> Routes:
    return _load(str(path or routes_file()))


@lru_cache(maxsize=4)
def _load(path: str) -> Routes:
    with open(path, encoding="utf-8") as fh:
        return parse_routes(yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))
