"""Which kind of letter this is, and how sure we are.

Each letter type in ``rules/brevtyper.yaml`` has weighted signal phrases
(regular expressions); a signal counts once per letter. The type with the
highest score wins when it reaches ``min_score`` (on a tie the more specific
type: a hearing, a reply to a complaint or a receipt talks about decisions
without being one); when nothing reaches it, a letter of some length is
``information`` and a very short one (an SMS) ``andet``.

The confidence says how far ahead the winner is (margin to the runner-up and
how much evidence there is). A letter that decides about the reader's rights
is a decision even when it never says "afgørelse"; when the winner is another
type but the decision signals are strong, ``Detection.maybe`` lists
``afgoerelse`` so that the decision checks still run, one severity lower
(``severity_for``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

import regex

try:  # Python 3.11+
    from re import _constants as _C, _parser as _P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _P  # type: ignore[no-redef]

from . import lettertype_model
from .matchers.literals import WORD, DerivedMemo, LazyPattern, save_needles, text_index, top_alternatives
from .report import SEVERITIES

_FLAGS = regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE

# below this confidence a detected decision runs its decision-only checks one step lower: a letter
# that is a decision by one signal alone (score 2, confidence 0.5) gets warnings, not errors
SURE = 0.6
# the decision score (in brevtyper.yaml points) from which a letter typed otherwise may be a decision
MAYBE_DECISION = 2.0
# ... and from which a summons may be one (a duty laid on the reader alone is 3.5 points)
MAYBE_DECISION_SUMMONS = 3.5
# ... and from which a hearing may be one, when the decision's own signals (outside hypothetical sentences) are at least
# MAYBE_SHARE of the hearing's: a sanction that also invites comments ("Har du bemærkninger til dette, …"). (Replies to a
# complaint stay unchecked: on the labelled holdouts the milder checks were wrong on 2 of the 3 new warnings there, on
# fees annulled and on a relayed Ankestyrelsen decision.)
MAYBE_DECISION_HEARING = 3.5
MAYBE_SHARE = 0.75
TIE_ORDER = ("partshoering", "klagesvar", "kvittering", "indkaldelse", "afgoerelse", "information", "andet")
# a letter that the third-party signals of "andet" speak for this strongly ("Til … Boligselskab", "Vedr. lejer …"),
# and that never addresses one reader as "du"/"De", is to a third party even when it tells of a decision
THIRD_PARTY = 4.0
_SINGLE_READER = regex.compile(r"\b(?i:du|dig|din|dit|dine)\b|\b(De|Dem|Deres)\b")
# a letter with no signal and at least this many words is taken as information
FALLBACK_WORDS = 25
# a decision wins only with at least one signal this strong: a few generic words ("afgørelsen", "du får")
# adding up to ``min_score`` are no evidence of a decision (its checks then run milder via ``maybe``).
# A reply to a complaint, by contrast, is often just several soft signals together.
STRONG = 1.5
NEEDS_STRONG = frozenset({"afgoerelse"})
# The learned model (lettertype_model.py) is a second opinion only: it types a letter when no rule
# signal reaches min_score, and only when this sure; its type then gets MODEL_CONFIDENCE (below
# SURE, so decision-only checks run one step milder). It never overrides a type the rules found:
# on the shared real letters (automated notices it has not seen) it alone is right on 0.40.
MODEL_SURE = 0.7
MODEL_CONFIDENCE = 0.5
# a letter the rules type as one of these may still be a decision when the model is this sure of it
# (the type stays; the decision checks run milder through ``maybe``)
MODEL_MAYBE = 0.7
# a letter whose only evidence is one strong decision signal (below min_score: an SMS "Emil kan køre med skolebussen
# fra mandag", "Du kan få en badestol fra Hjælpemiddeldepotet.") is a decision when the model gives a decision at least
# this probability (a letter that reaches here has little text for the model to be sure of; the 1,638-letter model of
# 2026-11-30 spreads such an SMS over three types) and the text reads as a letter from an authority (``_letter_like``)
MODEL_AGREES = 0.25
MODEL_MAYBE_FROM = frozenset({"information", "andet", "kvittering"})
# A close call of the rules (confidence at most CLOSE_CALL: a tie, or a narrow lead on thin evidence) goes to
# the model's type when it is this sure and the rules found evidence for that type too (a score at most
# CLOSE_MARGIN below the winner's); the type then gets MODEL_CONFIDENCE. Chosen on the first runs of seven
# blind batches (141 letters, each detected by the code of its day, the model's probabilities out-of-batch):
# 109 -> 113 right, none made wrong (p >= 0.7 or a margin of 2 fixed more and broke some).
CLOSE_CALL = 0.5
MODEL_CLOSE = 0.8
CLOSE_MARGIN = 1.0
# where a reply stops and the mail it answers begins: "-----Oprindelig meddelelse-----",
# a "Fra: … / Sendt: …" header, "Den 3. maj 2026 skrev …:"; lines quoted with ">" are dropped.
# What the citizen wrote ("Jeg har fået afslag …") says nothing about the kind of reply.
_QUOTED_MAIL = regex.compile(
    r"^[ \t]*(-{2,}[ \t]*(oprindelig (meddelelse|mail|besked)|original message|videresendt (meddelelse|mail|besked)"
    r"|forwarded message)\b|(fra|from)[ \t]*:[^\n]*\n[ \t]*(sendt|sent|dato|date|til|to)[ \t]*:"
    r"|(den|d\.|on)[ \t][^\n]{4,90}\b(skrev|wrote)\b[^\n]{0,90}:[ \t]*$)", _FLAGS)
_QUOTED_LINE = regex.compile(r"^[ \t]*>[^\n]*\n?", regex.MULTILINE)
# the reply above a quoted mail needs this many words to be judged on its own
REPLY_WORDS = 5
# A reply to a complaint that decides again (the municipality reconsiders first): it keeps the decision ("Vi fastholder
# derfor vores afgørelse", "Vi holder derfor fast i, at …", "Afslaget fastholdes") or changes it ("Vi har ændret vores
# afgørelse"), outside hypothetical sentences ("hvis vi fastholder, sender vi klagen videre" is guidance). Such a
# reply runs only the decision checks that opt in (``options.on_reconsideration``, one step milder): on the labelled
# holdouts 16 replies hold this wording, and klagevejledning run on them was wrong twice and right never (the
# municipality sends the complaint on to the appeal body itself), while their reasons are what the citizen must see.
_RECONSIDERED_PATTERN = (
    r"(?<!\b(hvis|når|om|såfremt) (\w+ ){0,2})\b(vi|kommunen|jobcentret|\w+udvalget|forvaltningen) (har )?(derfor |fortsat |stadig |altså )?"
    r"((fastholder|fastholdt|holder (derfor |fortsat |stadig )?fast (i|ved))(,? at\b| (derfor |hermed )?((vores|vor|kommunens|den|din|jeres|Deres|de \d+) |"
    r"(afgørelsen|afslaget|beslutningen|vurderingen|kravet|\w*afgiften|gebyret|påbuddet)\b))"
    r"|(ændret|ændrer|omgjort|omgør) (derfor |hermed |altså |dermed )?(ikke )?(vores |vor |kommunens |den |din )?(afgørelse|afslag|beslutning|vurdering)\w*\b)"
    r"|(?<!\b(hvis|når|om|såfremt) )\b(fastholder|ændrer|omgør) (vi|kommunen|jobcentret) (derfor |hermed |altså )?"
    r"(vores |vor |kommunens |den |din )?(afgørelse|afslag|beslutning|krav|\w*afgift|gebyr|påbud)"
    r"|\b(afgørelsen|afslaget|beslutningen|kravet|\w*afgiften|gebyret|påbuddet|opkrævningen|vurderingen|beregningen) (fastholdes|er (hermed )?(fastholdt|ændret|omgjort))\b"
    # the same outcome again, a charge that stands, a complaint partly upheld ("Vi er desværre nået frem til samme resultat som
    # første gang", "Den anden afgift … står ved magt", "Vi giver dig delvis ret", "du har ret i en del af det"): a decision
    # taken again, not guidance
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,6})\b(nået|kommet|når|kommer) (\w+ ){0,2}frem til (det |den )?samme (resultat|afgørelse|konklusion|vurdering)\b"
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,6})\b(står|forbliver) (derfor |altså |fortsat |stadig )?ved magt\b"
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,3})\b(giver|give) (dig|jer|Dem) (derfor |hermed |altså )?(delvis|delvist) ret\b|\bdelvist? medhold\b"
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,3})\b(du|I|De) (har|får) (\w+ )?ret i (en del|noget|dele|et par) af\b"
    # a charge dropped after the objection ("Vi har derfor annulleret gebyret"): the decision changed
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,6})\b(vi|kommunen) har (derfor |nu |hermed )?(annulleret|frafaldet|eftergivet|slettet) "
    r"(gebyret|kravet|\w*afgiften|bøden|opkrævningen|regningen|rykkeren)\b"
    # the answer turned after a second look: "Vi er derfor kommet frem til, at du alligevel kan få hjælp"
    r"|(?<!\b(hvis|når|om|såfremt) (\w+,? ){0,6})\b(du|I|De) (\w+ )?alligevel (kan få|får|må|kan beholde|skal have)\b"
)


@lru_cache(maxsize=1)
def _reconsidered() -> regex.Pattern:
    """``_RECONSIDERED_PATTERN`` compiled on first need (only a letter typed klagesvar needs it; ~6 ms at import otherwise)."""
    return regex.compile(_RECONSIDERED_PATTERN, _FLAGS)


# where a sentence ends (a line without a full stop ends at the line break)
# (a full stop before a small letter or a digit ends no sentence: "senest den 10. december, kan vi …", "ca. 20")
_SENTENCE_END = regex.compile(r"[!?\n]|\.(?![ \t]+[a-zæøå0-9])")
# Speed: a case-insensitive search costs ``regex`` about twice a case-sensitive one. The signals are
# therefore searched, case-sensitively, in the lower-cased letter with their literals lower-cased
# (same matches: a lower-cased letter has no capitals for the ignored case to matter). A pattern that
# switches case-insensitivity off somewhere (``(?-i:[A-ZÆØÅ]…)``) keeps the original way.
_LOWER_FLAGS = regex.VERSION1 | regex.MULTILINE


def _lowered(pattern: str) -> str | None:
    """``pattern`` with its literal characters lower-cased (escapes such as ``\\S`` kept), for a
    case-sensitive search in lower-cased text; None when that would not match the same (case flags
    switched inside, Unicode properties such as ``\\p{Lu}``, characters given by number or name)."""
    if "(?-" in pattern or "(?P" in pattern or "(?u" in pattern or regex.search(r"\\[pPNxuU0-9]", pattern):
        return None
    out, i, n = [], 0, len(pattern)
    while i < n:
        char = pattern[i]
        if char == "\\" and i + 1 < n:  # an escape stays as it is
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(char.lower())
        i += 1
    return "".join(out)


# A second, cheaper prefilter: strings one of which every match must contain, read from the lower-cased
# pattern ("kan desværre ikke ", "vi har truffet afgørelse"; at most FACTOR_CAP strings). A string is
# looked for by its words where it can be: every whole word of it in the letter's words, and every two
# neighbouring whole words side by side in the letter (set look-ups); else with ``in``. ``\\b`` in a
# pattern is kept in its strings as BOUNDARY, so that "\\bafgørelsen?\\b" gives the whole words
# "afgørelse", "afgørelsen".
FACTOR_CAP = 32
SELECTIVE = 99
FACTOR_RUNS = 6  # runs followed at once
BOUNDARY = "\x00"
PAIR_GAP = 2
_UNSET = object()
_WORDS = regex.compile(r"\w+", regex.VERSION1)
_TOKENS = regex.compile(r"(\w+)", regex.VERSION1)


def _exact(item) -> set[str] | None:
    """All strings a parsed pattern item can match, when it matches literal text only (and few)."""
    op, av = item
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.AT:  # zero-width: the text around it is contiguous
        return {BOUNDARY} if av is _C.AT_BOUNDARY else {""}
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return {""}
    if op is _C.IN:
        return {chr(a) for _, a in av} if len(av) <= 4 and all(o is _C.LITERAL for o, _ in av) else None
    if op is _C.SUBPATTERN:
        return _sequence_exact(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            e = _sequence_exact(branch)
            if e is None:
                return None
            out |= e
            if len(out) > FACTOR_CAP:
                return None
        return out
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[1] <= 1:
        e = _sequence_exact(av[2])
        return None if e is None else (e | {""} if av[0] == 0 else e)
    return None


def _sequence_exact(sequence) -> set[str] | None:
    out = {""}
    for item in sequence:
        e = _exact(item)
        if e is None:
            return None
        out = {x + y for x in out for y in e}
        if len(out) > FACTOR_CAP:
            return None
    return out


def _text_length(string: str) -> int:
    return len(string) - string.count(BOUNDARY)


def _best(candidates) -> frozenset[str] | None:
    """The most selective requirement: the longest shortest string (up to SELECTIVE characters: longer
    is no rarer), then the fewest strings."""
    useful = [c for c in candidates if c and len(c) <= FACTOR_CAP and min(map(_text_length, c)) > 0]
    if not useful:
        return None
    return frozenset(max(useful, key=lambda c: (min(SELECTIVE, min(map(_text_length, c))), -len(c))))


def _sequence_factor(sequence) -> frozenset[str] | None:
    """Strings one of which every match of ``sequence`` contains: runs of literal items, joined. A run
    is also started after each item with several possible strings ("(du|de|i) får ikke længere" gives
    " får ikke længere"), and ends where the pattern stops being literal."""
    candidates: list = []
    runs: list[set[str]] = [{""}]
    for item in sequence:
        e = _exact(item)
        if e is None:
            candidates.extend(runs)
            runs = [{""}]
            candidates.append(_item_factor(item))
            continue
        if len(e) > 1:
            candidates.extend(runs)  # each run up to here is a required piece of its own
        grown = []
        for run in runs:
            joined = {x + y for x in run for y in e}
            if len(joined) > FACTOR_CAP:
                candidates.append(run)
            else:
                grown.append(joined)
        if len(e) > 1:
            grown.append(set(e))  # a run that starts at this item
            grown.append({""})  # and one that starts after it
        runs = sorted(grown, key=len)[:FACTOR_RUNS]
    candidates.extend(runs)
    return _best(candidates)


def _item_factor(item) -> frozenset[str] | None:
    op, av = item
    if op is _C.SUBPATTERN:
        return _sequence_factor(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            f = _sequence_factor(branch)
            if not f:
                return None
            out |= f
        return frozenset(out) if len(out) <= FACTOR_CAP else None
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT) and av[0] >= 1:
        return _sequence_factor(av[2])
    return None


def prefix_strings(lowered: str) -> frozenset[str] | None:
    """Strings one of which every match of the (lower-cased, case-sensitive) pattern starts with
    (zero-width parts such as a look-behind aside), at most FACTOR_CAP, none empty; or None."""
    try:
        sequence = _P.parse(lowered, 0)
    except Exception:  # regex-only syntax
        return None
    run = {""}
    for item in sequence:
        e = _exact(item)
        if e is None:
            break
        joined = {x + y for x in run for y in e}
        if len(joined) > FACTOR_CAP:
            break
        run = joined
    starts = {x.replace(BOUNDARY, "") for x in run}
    return frozenset(starts) if "" not in starts else None


def required_strings(lowered: str) -> frozenset[str] | None:
    """Strings one of which every match of the (lower-cased, case-sensitive) pattern contains, or None
    (``BOUNDARY`` marks a ``\\b``). Read with the standard library's parser; a pattern it cannot read
    has none."""
    try:
        return _sequence_factor(_P.parse(lowered, 0))
    except Exception:  # regex-only syntax: no prefilter
        return None


def _probe(string: str) -> tuple[str, frozenset[str] | None, frozenset[tuple[str, str]] | None]:
    """How to look for a required string: as text (for ``in``), and its whole words and pairs of
    neighbouring whole words (a word is whole when a non-word character or ``\\b`` is on both sides;
    a pair only with at most PAIR_GAP characters between: a blanked hypothetical sentence, all spaces,
    is longer, so the pairs of the whole letter serve its blanked copy too)."""
    parts = _TOKENS.split(string)  # separator, word, separator, word, …, separator
    words = parts[1::2]
    whole = [bool(parts[2 * i]) and bool(parts[2 * i + 2]) for i in range(len(words))]
    full = frozenset(w for w, ok in zip(words, whole) if ok)
    pairs = frozenset((words[i], words[i + 1]) for i in range(len(words) - 1)
                      if whole[i] and whole[i + 1] and len(parts[2 * i + 2].replace(BOUNDARY, "")) <= PAIR_GAP)
    return string.replace(BOUNDARY, ""), (full or None), (pairs or None)


# what the walks above derive from a pattern, kept between runs (derived-data cache): walking the
# parse trees of the ~150 alternatives a first letter prepares costs ~25 ms of a command's start
_REQUIRED = DerivedMemo("lettertype-required", __file__, required_strings)
_PREFIXES = DerivedMemo("lettertype-prefixes", __file__, prefix_strings)
_PROBES = DerivedMemo("lettertype-probes", __file__, _probe)


def save_derived() -> None:
    for memo in (_REQUIRED, _PREFIXES, _PROBES):
        memo.save()


class _Letter:
    """The lower-cased letter as the prefilters need it: its words and neighbouring words, and what
    was found for each probed string (many alternatives share strings)."""

    __slots__ = ("words", "pairs")

    def __init__(self, low: str, index=None):
        if index is not None:  # the letter's ``TextIndex`` when its case-folded text is ``low``: the same words
            self.words, self.pairs = index.words, index.pairs
            return
        tokens = _WORDS.findall(low)
        self.words = set(tokens)
        self.pairs = set(zip(tokens, tokens[1:]))

    def has(self, probe, low: str) -> bool:
        """Whether ``low`` (this letter, or it with hypothetical sentences blanked) may contain the
        probed string (False only when it cannot)."""
        return _may_contain(probe, low, self.words, self.pairs)


def _may_contain(probe, low: str, words: set, pairs: set) -> bool:
    text, full, two = probe
    if full is None:
        return text in low
    return full <= words and (two is None or two <= pairs)


# what in a hedge could match a sentence end (".", "!", "?", a line break): any character, a negated
# class or one with such a character, whitespace and other negated classes, those characters escaped
# or (for "!") written plainly
_CROSSES_SENTENCE = regex.compile(r"(?<!\\)\.|\[\^|\[(?:\\.|[^\]])*?(?:[.!?]|\\[nsSWDpP])|\\[sSnWDpP.!?]|(?<!\(\?<?)!")


# a part of a pattern that is matched case-sensitively ("(?-i:[A-ZÆØÅ][a-zæøå]+)", a name): for the
# prefilter's strings it is read as "any text", which asks no more of a letter than the part does
_CASE_SENSITIVE_PART = regex.compile(r"\(\?-i:[^()]*\)")


def _any_probe(probes, low: str, letter: "_Letter") -> bool:
    """Whether one of the strings some match must contain can be in the letter: a probe with
    whole words is looked up in the letter's words (and neighbouring pairs), others searched."""
    words, pairs = letter.words, letter.pairs
    for text_, full, two in probes:
        if full is None:
            if text_ in low:
                return True
        elif full <= words and (two is None or two <= pairs):
            return True
    return False


class _Alternative:
    """One top-level alternative of a signal: its prefilters (``LazyPattern.needles``; the strings of
    ``required_strings``, as ``_probe``s) and, compiled on need, the pattern for the lower-cased letter
    (``_lowered``) or else the case-insensitive one. Nothing is compiled before a letter passes the
    prefilters: most alternatives are turned away by them, and compiling costs about a millisecond."""

    __slots__ = ("rx", "words", "rest", "lowered", "_low_rx", "_probes", "_starts", "_common", "_pieces")

    def __init__(self, rx: LazyPattern):
        self.rx = rx
        # the prefilter's sets of whole words (a letter needs one word of each) and its other needles
        self.words, self.rest = _split(rx.needles)
        self.lowered = _lowered(rx.pattern)
        self._low_rx = None
        self._probes = _UNSET
        self._starts = None
        self._common = None  # the whole words every probe needs (a first, single look-up)
        self._pieces = _UNSET  # ``search``: the lowered pattern as patterns that start with fixed words

    @property
    def _compiled(self) -> regex.Pattern:
        """The pattern for the lower-cased letter (``lowered``), else the case-insensitive one."""
        if self._low_rx is None:
            self._low_rx = regex.compile(self.lowered, _LOWER_FLAGS) if self.lowered is not None else self.rx.compiled
        return self._low_rx

    def _prepare(self) -> None:
        if self.lowered is not None:
            broad = self.lowered
            if self.lowered.startswith("(?<"):
                # a look-behind first is tried at every place of the letter (slow): try it only
                # where a match can start
                starts = _PREFIXES(self.lowered)
                # each with its probe: a start whose words the letter lacks is not looked for (``_anchored``)
                self._starts = tuple((start, _PROBES(start)) for start in sorted(starts)) if starts is not None else None
                self._pieces = None
        else:
            broad = _lowered(_CASE_SENSITIVE_PART.sub("(?s:.+)", self.rx.pattern))
        strings = _REQUIRED(broad) if broad is not None else None
        self._probes = tuple(map(_PROBES, sorted(strings))) if strings else None
        if self._probes and all(full is not None for _, full, _ in self._probes):
            self._common = frozenset.intersection(*(full for _, full, _ in self._probes)) or None

    def _leading_pieces(self) -> tuple | None:
        """A leading word list ("\\b(vi|kommunen) har …") is tried at every place of the letter;
        one pattern per word starts with fixed words, which regex finds fast (whether any matches
        is whether the pattern does: ``search`` asks only that). None: the pattern is one piece."""
        from .klageadgang import leading_words, literal_first

        # (a leading group that is no plain word list, "\\b(vi|kommunen|\\w+udvalget) har …", split as well)
        pieces = [piece for p in literal_first(self.lowered) for piece in leading_words(p)]
        return tuple(regex.compile(p, _LOWER_FLAGS) for p in pieces) if len(pieces) > 1 else None

    def search(self, text: str, low: str | None, letter: "_Letter | None", index) -> bool:
        """Whether the alternative matches ``text`` (``low``: the same text lower-cased, or None;
        ``letter``: the prefilters' view of the whole lower-cased letter; ``index``: a callable
        giving the letter's ``TextIndex``, whose words already passed ``self.words``)."""
        if self._probes is _UNSET:
            self._prepare()
        probes = self._probes
        if probes is not None and letter is not None:  # (then ``rest`` adds nothing worth its cost)
            if self._common is not None and not self._common <= letter.words:
                return False
            if not _any_probe(probes, low, letter):
                return False  # none of the strings every match contains
        elif self.rest and not index().may_match(self.rest):
            return False
        if self.lowered is not None and low is not None:
            if self._starts is not None:
                return self._anchored(low, letter)
            pieces = self._pieces
            if pieces is _UNSET:
                pieces = self._pieces = self._leading_pieces()
            if pieces is not None:
                return any(p.search(low, timeout=1.0) is not None for p in pieces)
            return self._compiled.search(low, timeout=1.0) is not None
        return self.rx.compiled.search(text, timeout=1.0) is not None

    def finditer(self, low: str, letter: "_Letter"):
        """The matches in ``low`` (a lower-cased letter; ``letter``: its prefilters' view), none when
        the prefilter rules them out. Only for an alternative with a ``lowered`` pattern."""
        if self._probes is _UNSET:
            self._prepare()
        probes = self._probes
        if probes is not None and not _any_probe(probes, low, letter):
            return ()
        return self._compiled.finditer(low, timeout=1.0)

    def _anchored(self, low: str, letter: "_Letter | None" = None) -> bool:
        """The search, tried only where one of ``_starts`` occurs (``match`` at a place sees the text
        before it, so look-behinds and ``\\b`` hold as in a search): the same result. With ``letter`` (the
        prefilters' view of ``low``), a start whose probe says it cannot be in ``low`` is not looked for."""
        match = self._compiled.match
        for start, probe in self._starts:
            if letter is not None and probe[1] is not None and not letter.has(probe, low):
                continue
            at = low.find(start)
            while at >= 0:
                if match(low, at, timeout=1.0) is not None:
                    return True
                at = low.find(start, at + 1)
        return False


def _split(requirement) -> tuple[tuple[frozenset[str], ...], tuple]:
    """A prefilter requirement as (its sets of whole words only, as plain sets of words: a letter
    needs one word of each; the other sets, for ``TextIndex.may_match``)."""
    if requirement is None:
        return (), ()
    whole = tuple(n for n in requirement if all(kind == WORD for kind, _ in n))
    return tuple(frozenset(s for _, s in n) for n in whole), tuple(n for n in requirement if n not in whole)


def _blanked(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each (start, end) span replaced by as many spaces."""
    parts, done = [], 0
    for start, end in spans:
        parts.append(text[done:start])
        parts.append(" " * (end - start))
        done = end
    parts.append(text[done:])
    return "".join(parts)


def own_text(text: str) -> str:
    """The letter without the mail it answers (a quoted or forwarded message below it)."""
    if ">" in text:
        text = _QUOTED_LINE.sub("", text)
    m = _QUOTED_MAIL.search(text)
    if m and len(text[: m.start()].split()) >= REPLY_WORDS:
        return text[: m.start()]
    return text


@dataclass
class Detection:
    type: str
    confidence: float  # 0–1
    scores: dict[str, float] = field(default_factory=dict)
    maybe: frozenset[str] = frozenset()  # other types plausible enough to check at a lower severity
    # a reply to a complaint that keeps or changes the decision (``_RECONSIDERED_PATTERN``)
    reconsidered: bool = False


class LetterTypeDetector:
    """Scores each letter type by weighted signal phrases from ``brevtyper.yaml``."""

    def __init__(self, spec):
        self.spec = spec
        self.signals = []
        hedges = getattr(spec, "hedges", None) or []
        self._hedges = hedges
        hedge_low = _lowered("|".join(f"(?:{h})" for h in hedges)) if hedges else None
        self._hedge_lowered = hedge_low
        # Speed: each hedge's alternatives on their own, each behind the prefilter, give the same
        # hypothetical sentences as the joined pattern when no hedge can match across a sentence end
        # (only words, spaces and commas in them): matches of one sentence blank the same sentence.
        self._hedge_parts = None
        if hedge_low is not None and not any(_CROSSES_SENTENCE.search(h) for h in hedges):
            parts = [_Alternative(LazyPattern(alt, _FLAGS)) for h in hedges for alt in top_alternatives(h)]
            if all(part.lowered is not None for part in parts):
                self._hedge_parts = parts
        if spec is not None:
            for name, t in spec.types.items():
                for s in t.signals:
                    # one pattern per top-level alternative, each compiled on need and searched
                    # only when its own required words are in the letter
                    alternatives = tuple(LazyPattern(p, _FLAGS) for p in top_alternatives(s.pattern))
                    parts = tuple(_Alternative(rx) for rx in alternatives)
                    # the signal's gate: one required word set of each alternative, joined; a letter
                    # with none of these words cannot match any alternative (None: some has no such set)
                    gate = (frozenset().union(*(alt.words[0] for alt in parts))
                            if all(alt.words for alt in parts) else None)
                    self.signals.append((name, parts, s.weight, gate))
            save_needles()  # derived while building: kept for the next start
        # Speed: the signals a letter's words can open, found from the words instead of testing every
        # signal's gate: each gate word names its signals; a signal without a gate is always tried
        self._ungated = tuple(i for i, sig in enumerate(self.signals) if sig[3] is None)
        by_word: dict[str, list[int]] = {}
        for i, sig in enumerate(self.signals):
            for word in sig[3] or ():
                by_word.setdefault(word, []).append(i)
        self._gate_words = {word: tuple(ids) for word, ids in by_word.items()}
        self._gate_set = frozenset(self._gate_words)

    @cached_property
    def hedge(self) -> regex.Pattern | None:
        """All hedges in one case-insensitive pattern (compiled on need: a letter whose lower-casing
        keeps its length is searched hedge by hedge, ``_hedge_parts``)."""
        return regex.compile("|".join(f"(?:{h})" for h in self._hedges), _FLAGS) if self._hedges else None

    @cached_property
    def _hedge_low(self) -> regex.Pattern | None:
        """``hedge`` for the lower-cased letter, or None when the hedges cannot be lower-cased."""
        return regex.compile(self._hedge_lowered, _LOWER_FLAGS) if self._hedge_lowered is not None else None

    def scores(self, text: str) -> dict[str, float]:
        return self._scores(own_text(text))[0]

    def _scores(self, text: str) -> tuple[dict[str, float], dict[str, float], frozenset[str]]:
        """The score per type of the letter's own ``text`` (``own_text``), the weight of
        each type's strongest signal, and the types a signal with negative weight spoke against."""
        scores: dict[str, float] = {}
        strongest: dict[str, float] = {}
        against: set[str] = set()
        low = text.lower()
        if len(low) != len(text):  # (lower-casing may lengthen a rare letter: then the original way)
            low = None
        # a decision's own signals are looked for outside hypothetical sentences ("Vi overvejer at stoppe …")
        # (the whole letter's words and pairs serve its blanked copy too: see ``_probe``)
        # the lower-cased letter's words and pairs are the case-folded letter's (``TextIndex``, shared with
        # the phrases prefilter) when the two texts are the same (they are but for rare letters such as "ß")
        same = low is not None and text.casefold() == low
        letter = _Letter(low, text_index(text) if same else None) if low is not None else None
        decided, decided_low = self._without_hedged(text, low, letter)
        made: list = []

        def index():
            """The letter's ``TextIndex`` (case-folded), made when first needed."""
            if not made:
                made.append(text_index(text))
            return made[0]

        words = letter.words if same else index().words
        opened = set(self._ungated)
        gate_words = self._gate_words
        for word in self._gate_set.intersection(words):
            opened.update(gate_words[word])
        signals = self.signals
        for i in sorted(opened):  # (the order of the rules file: the same scores)
            name, alternatives, weight, gate = signals[i]
            if name == "afgoerelse" and weight > 0:
                source, source_low = decided, decided_low
            else:
                source, source_low = text, low
            try:
                hit = False
                for alt in alternatives:
                    # the prefilter's required sets of whole words first, by one set operation
                    # each (they turn most alternatives away); the other prefilters in ``search``
                    absent = False
                    for ws in alt.words:
                        if words.isdisjoint(ws):
                            absent = True
                            break
                    if absent:
                        continue
                    if alt.search(source, source_low, letter, index):
                        hit = True
                        break
            except TimeoutError:  # a huge text: this signal simply does not count
                continue
            if hit:
                scores[name] = scores.get(name, 0.0) + weight
                strongest[name] = max(strongest.get(name, 0.0), weight)
                if weight < 0:
                    against.add(name)
        return scores, strongest, frozenset(against)

    def without_hedged(self, text: str) -> str:
        """``text`` with its hypothetical sentences blanked (same length, line breaks kept)."""
        return self._without_hedged(text, None)[0]

    def _without_hedged(self, text: str, low: str | None, letter: "_Letter | None" = None) -> tuple[str, str | None]:
        """``without_hedged`` of ``text`` and of ``low`` (the same text lower-cased, or None),
        the hedges looked for in ``low`` when there is one (same places, cheaper), each on its own
        behind the prefilter when ``letter`` (the prefilters' view of ``low``) is given."""
        if not self._hedges:
            return text, low
        if low is not None and letter is not None and self._hedge_parts is not None:
            found = sorted((m.start(), m.end()) for part in self._hedge_parts for m in part.finditer(low, letter))
        else:
            probe = low if low is not None and self._hedge_low is not None else None
            found = ((m.start(), m.end()) for m in
                     (self._hedge_low.finditer(probe) if probe is not None else self.hedge.finditer(text)))
        spans, done = [], 0
        for m_start, m_end in found:
            if m_start < done:
                continue  # in a sentence already blanked
            # the sentence starts after the last sentence end before the hedge, by the same rule as its end
            # (``_SENTENCE_END``: "Vi har den 3. december overvejet …" starts at "Vi", not at "december")
            start = done
            for c in "!?\n":
                start = max(start, text.rfind(c, done, m_start) + 1)
            dot = text.rfind(".", start, m_start)
            while dot >= start:
                if _SENTENCE_END.match(text, dot):
                    start = dot + 1
                    break
                dot = text.rfind(".", start, dot)
            end_m = _SENTENCE_END.search(text, m_end)
            end = end_m.end() if end_m else len(text)
            if end_m and end_m.group() == "\n":
                end -= 1  # keep the line break
            spans.append((start, end))
            done = end
        if not spans:
            return text, low
        return _blanked(text, spans), (_blanked(low, spans) if low is not None else None)

    def detection(self, text: str) -> Detection:
        own = own_text(text)  # the rules and the learned model both read the letter without a quoted mail
        scores, strongest, against = self._scores(own)
        save_derived()  # what this letter made the prefilters derive, for the next start
        min_score = self.spec.min_score if self.spec is not None else 2.0
        # on a tie the more specific type wins: a hearing, a reply to a complaint or a
        # receipt talks about decisions without being one
        ranked = sorted(((name, score) for name, score in scores.items() if name not in NEEDS_STRONG or strongest[name] >= STRONG),
                        key=lambda kv: (-kv[1], TIE_ORDER.index(kv[0]) if kv[0] in TIE_ORDER else 99))
        if (len(ranked) > 1 and ranked[0][0] == "kvittering" and ranked[1][0] == "afgoerelse"
                and ranked[0][1] == ranked[1][1] and strongest["afgoerelse"] >= strongest["kvittering"]):
            # a receipt's phrase ties with a decision said as strongly ("Vi har modtaget Deres indsigelse … Der er ikke
            # grundlag for at ændre opkrævningen"): the whole letter decides; its opening is no receipt
            ranked[0], ranked[1] = ranked[1], ranked[0]
        if (ranked and ranked[0][0] == "afgoerelse" and scores.get("andet", 0.0) >= THIRD_PARTY
                and _SINGLE_READER.search(own) is None):
            # a letter to a third party about a citizen ("Til Marstal Boligselskab … Vedr. lejer Kim Hansen … Kommunen har
            # bevilget Kim Hansen hjælp"): the decision is the citizen's, told in their own letter; none is checked here
            return Detection("andet", round(min(1.0, scores["andet"] / (2 * min_score)), 2), scores, frozenset())
        if not ranked or ranked[0][1] < min_score:
            # nothing speaks for a type: a letter of some length is most likely information
            fallback = "information" if len(text.split()) >= FALLBACK_WORDS else "andet"
            learned, p = lettertype_model.predict(own)
            letter_like = _letter_like(own)
            if p >= MODEL_SURE and letter_like:
                return Detection(learned, MODEL_CONFIDENCE, scores, _maybe(learned, scores, strongest))
            # (the sum too: a letter that says it is none, "Dette brev er et varsel", -3, is not one by its "skal … senest")
            if (letter_like and strongest.get("afgoerelse", 0.0) >= STRONG and scores["afgoerelse"] >= STRONG
                    and scores["afgoerelse"] == max(scores.values())
                    and (p if learned == "afgoerelse" else lettertype_model.probabilities(own)["afgoerelse"]) >= MODEL_AGREES):
                # one clear decision signal ("Emil kan køre med skolebussen fra mandag") that the model backs
                return Detection("afgoerelse", MODEL_CONFIDENCE, scores, _maybe("afgoerelse", scores, strongest))
            return Detection(fallback, 0.0, scores, _maybe(fallback, scores, strongest))
        best, top = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0.0
        margin = (top - second) / top
        strength = min(1.0, top / (2 * min_score))
        confidence = round(min(1.0, 0.5 * margin + 0.5 * strength) if second else strength, 2)
        maybe = _maybe(best, scores, strongest)
        if best == "andet" and top >= THIRD_PARTY and _SINGLE_READER.search(own) is None:
            maybe = frozenset()  # a letter to a third party: the decision it tells of is checked in the citizen's letter
        learned = None
        if confidence <= CLOSE_CALL:
            learned, p = lettertype_model.predict(own)
            if learned != best and p >= MODEL_CLOSE and scores.get(learned, 0.0) >= top - CLOSE_MARGIN:
                return Detection(learned, MODEL_CONFIDENCE, scores, _maybe(learned, scores, strongest))
        if best in MODEL_MAYBE_FROM and "afgoerelse" not in maybe and confidence < 0.75 and "afgoerelse" not in against:
            # (not when the letter says in words that it decides nothing: "Sådan klager du over en afgørelse")
            if learned is None:
                learned, p = lettertype_model.predict(own)
            if learned == "afgoerelse" and p >= MODEL_MAYBE:
                maybe = maybe | {"afgoerelse"}
        reconsidered = best == "klagesvar" and _reconsidered().search(self.without_hedged(own)) is not None
        return Detection(best, confidence, scores, maybe, reconsidered)

    def detect(self, text: str) -> str:
        return self.detection(text).type


# The learned model types a letter no rule signal speaks for only when the text reads as a letter from an authority:
# it names the sender ("Thisted Kommune: Din ansøgning …", "/Borgerservice"), or, when it does not speak as one citizen
# (first person singular at least twice and never "vi"/"os"), it greets and signs off ("Hej. Emil kan køre … Mvh
# Skolekørsel") or has some length. The model was trained on letters and is sure of one sentence or a citizen's message
# without cause ("Tak for brevet. Jeg kommer til mødet d. 12." -> kvittering), which brings a receipt's checks to them.
_SENDER = regex.compile(r"\b[A-ZÆØÅ][\w-]+ (?i:kommune|forsyning|bibliotekerne|biblioteker|jobcenter)\b|\b(Jobcenter|Borgerservice|"
                        r"Hjemmeplejen|Visitationen|Sundhedsplejen|Tandplejen|Ydelsesservice|Pladsanvisningen)\b")
_GREETING = regex.compile(r"^[ \t]*(Kære|Hej|Dear|Til)\b", regex.MULTILINE)
_SIGN_OFF = regex.compile(r"(^[ \t]*|[.!?][ \t]+)((med )?venlig(e)? hilsen|venlige hilsner|de bedste hilsner|mvh|hilsen|kind regards|"
                          r"best regards)\b|^/\w", regex.MULTILINE | regex.IGNORECASE)
_FIRST_SINGULAR = regex.compile(r"\b(jeg|mig|min|mit|mine)\b", regex.IGNORECASE)
_FIRST_PLURAL = regex.compile(r"\b(vi|os|vores)\b", regex.IGNORECASE)


def _letter_like(text: str) -> bool:
    """Whether the learned model may type ``text`` on its own (no rule signal): see ``_SENDER``."""
    if _SENDER.search(text):
        return True
    if len(_FIRST_SINGULAR.findall(text)) >= 2 and not _FIRST_PLURAL.search(text):
        return False  # a citizen writing to us
    return len(text.split()) >= FALLBACK_WORDS or bool(_GREETING.search(text) and _SIGN_OFF.search(text))


def _maybe(best: str, scores: dict[str, float], strongest: dict[str, float] | None = None) -> frozenset[str]:
    # a hearing or a reply to a complaint talks about decisions without being one
    decision = scores.get("afgoerelse", 0.0)
    if strongest is not None and strongest.get("afgoerelse", 0.0) < STRONG:
        # as for the type itself (``NEEDS_STRONG``): a few generic words ("afgørelse", "du får") are no evidence of a
        # possible decision either. On the labelled letters (1,900 of the corpus, the ltype and eval blind sets, session
        # 13) such readings were on 8 non-decisions (a receipt of a complaint, a delay notice, a new caseworker's
        # introduction, a meeting's minutes …) and on no decision.
        return frozenset()
    if best == "indkaldelse" and decision >= MAYBE_DECISION_SUMMONS:
        # a summons that lays a duty on the reader ("De er hermed pålagt at deltage i …") decides too
        return frozenset({"afgoerelse"})
    if best == "partshoering" and decision >= MAYBE_DECISION_HEARING and decision >= MAYBE_SHARE * scores.get(best, 0.0):
        # a sanction that also invites comments ("Vi trækker derfor 1 dag i din kontanthjælp … Har du bemærkninger til
        # dette, …"): typed a hearing by its comment words, but its decision checks run milder
        return frozenset({"afgoerelse"})
    if best in ("partshoering", "klagesvar", "indkaldelse"):
        return frozenset()
    if best == "andet" and scores.get("andet", 0.0) >= THIRD_PARTY and decision < MAYBE_SHARE * scores["andet"]:
        # a letter to a professional or an employer ("Til klasselærer …", "Anmodning om skoleudtalelse") that the third-party
        # signals speak for far more strongly than a decision: its "Du må gerne bruge skabelonen" grants the reader nothing
        return frozenset()
    if best != "afgoerelse" and (decision >= MAYBE_DECISION and (best in ("andet", "information")
                                                              or decision >= MAYBE_SHARE * scores.get(best, 0.0))):
        return frozenset({"afgoerelse"})
    return frozenset()


def _outcome(analysis, rule) -> str | None:
    from .checks.struktur import outcome_for  # the checks import this module

    return outcome_for(analysis, rule)


def _refusal_of_request(analysis, rule) -> bool:
    from .checks.struktur import refusal_of_request  # the checks import this module

    return refusal_of_request(analysis, rule)


def lower(severity: str) -> str:
    """One step down: error → warning → info."""
    return SEVERITIES[max(0, SEVERITIES.index(severity) - 1)]


def severity_for(rule, analysis) -> str | None:
    """The severity ``rule`` runs at for this letter, or None when it does not apply.

    A rule for the detected type runs at its own severity. A rule only for
    decisions runs one step lower when the decision was detected with little
    confidence, or when another type won but the letter may well be a decision,
    or (``options.milder_without_outcome``) when the letter says neither no nor yes
    in words we know: then it may be a full grant, which needs no klagevejledning.
    A letter type given by the writer (``--type``) is certain."""
    applies = rule.applies_to
    if not applies:
        return rule.severity  # a rule for every letter type (most rules): nothing to decide
    detection: Detection | None = getattr(analysis, "detection", None)
    if analysis.letter_type in applies:
        if len(applies) == 1 and "afgoerelse" in applies:  # only for decisions
            if (detection is not None and not getattr(analysis, "type_given", False)
                    and detection.confidence < SURE):
                # a refusal of the reader's own request is a decision however unsure the type
                # (``options.sure_when_refused``, struktur.begrundelse)
                if not (getattr(rule, "options", {}).get("sure_when_refused")
                        and _refusal_of_request(analysis, rule)):
                    return lower(rule.severity)
            if getattr(rule, "options", {}).get("milder_without_outcome") and _outcome(analysis, rule) is None:
                return lower(rule.severity)  # no refusal or grant wording found: maybe a full grant
        return rule.severity
    if detection is None or getattr(analysis, "type_given", False):
        return None
    if detection.maybe & set(applies):
        return lower(rule.severity)
    if (getattr(detection, "reconsidered", False) and "afgoerelse" in applies
            and getattr(rule, "options", {}).get("on_reconsideration")):
        return lower(rule.severity)  # a reply to a complaint that decides again: the checks that opt in, milder
    return None
