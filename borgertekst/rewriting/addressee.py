"""Who the letter is written to: one person or several.

A letter to two parents, a couple or "forældrene" uses formal "De" as a plural;
its informal form is "I/jer/jeres", never "du/dig/din". ``plural_addressee(text)``
reads the salutation ("Kære Bodil og Poul", "Til forældrene til …", "Kære
forældre") and the letter's own informal address ("I", "jer", "jeres" outside
quotes); ``to_plural(old, new)`` turns the "du" forms a change brings in into the
plural forms.
"""

from __future__ import annotations

import re

from ..checks.klarsprog import WITH_PARTNER as _WITH_PARTNER  # the reader and one more person
from .quotes import quoted_spans

# the first lines that can greet the reader
_SALUTATION = re.compile(r"^\s*(?:kære|til|hej|att\.?:?)\s+(?P<who>[^\n]{1,160})$", re.IGNORECASE | re.MULTILINE)
_PLURAL_WHO = re.compile(
    r"\b(?:og|&)\b|\b(?:forældre|forældrene|forældremyndighedsindehaverne|indehaverne|pårørende|alle|familien|"
    r"ejerne|lejerne|beboerne|ansøgerne|ægtefællerne|jer)\b", re.IGNORECASE)
# "jer"/"jeres" anywhere, or "I" as a pronoun (a capital I between lower-case words)
_YOU_PLURAL = re.compile(r"\b(?:jer|jeres)\b|(?<=[a-zæøå,] )I(?= [a-zæøå])", re.UNICODE)
# a representative writes for someone else: "Deres klient" is one reader (the lawyer)
_FIRM = re.compile(r"\b(?:advokat|advokater|ApS|A/S|I/S)\b")

_PLURAL_OF = {"du": "I", "dig": "jer", "din": "jeres", "dit": "jeres", "dine": "jeres"}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def plural_addressee(text: str) -> bool:
    """True when the letter is written to several people."""
    head = text[:600]
    for m in _SALUTATION.finditer(head):
        who = m.group("who").strip()
        if who.endswith((".", "?", "!")) or len(who) > 100:
            continue  # a sentence ("Til gengæld kan du …"), not a greeting
        if not (who[:1].isupper() or _PLURAL_WHO.match(who)):
            continue
        if _FIRM.search(who):
            return False
        # "Til ejer af ejendommen Lærkevej 14" is one owner; "Kære Bodil og Poul Kristensen" two people
        if _PLURAL_WHO.search(who) and not re.search(r"\b(?:ejer|lejer|ansøger)\b(?! og)", who, re.IGNORECASE):
            return True
        break  # only the first greeting counts
    quoted = quoted_spans(text)
    if any(not any(s <= m.start() < e for s, e in quoted) for m in _WITH_PARTNER.finditer(text)):
        # "Hvis De og Deres kæreste flytter sammen … Hvis I bor sammen": "I" is the reader and that person, so the
        # letter is to one reader (PANEL panel10 14: the paragraph's "Deres husleje" became "jeres husleje")
        return False
    for m in _YOU_PLURAL.finditer(text):
        if not any(s <= m.start() < e for s, e in quoted):
            return True
    return False


def to_plural(old: str, new: str) -> str:
    """``new`` with each "du/dig/din/dit/dine" that ``old`` did not have made plural
    ("Du indkaldes" → "I indkaldes", "minde dig om" → "minde jer om")."""
    had = {w.lower() for w in _WORD.findall(old)}

    def swap(m: re.Match) -> str:
        word = m.group()
        low = word.lower()
        if low not in _PLURAL_OF or low in had:
            return word
        plural = _PLURAL_OF[low]
        if plural == "I":
            return plural
        return plural.capitalize() if word[:1].isupper() else plural

    return _WORD.sub(swap, new)


# rules whose change turns a person named in the third person into the reader
THIRD_PERSON_RULES = frozenset({"klarsprog.tredje-person"})


# the reader writes or acts for someone else: "borgeren" in the letter is that person, not the reader
_REPRESENTS = re.compile(
    r"\bpå vegne af\b|\bpå (?:din|dit|dine|jeres|Deres) \w+s vegne\b|\bfuldmagt\b|\bpartsrepræsentant|"
    r"\b(?:din|jeres|Deres) (?:mor|far|søn|datter|barn|ægtefælle|hustru|kone|mand|bror|søster|klient|"
    r"forælder|bedstemor|bedstefar|pårørende)\b|\b(?:dine|jeres|Deres) (?:børn|forældre)\b", re.IGNORECASE)


def reader_is_someone_else(text: str) -> bool:
    """True when the person the letter calls "borgeren" need not be its reader: a letter to
    several people, or to a relative, representative or lawyer acting for the citizen."""
    quoted = quoted_spans(text)
    return plural_addressee(text) or any(not any(s <= m.start() < e for s, e in quoted)
                                         for m in _REPRESENTS.finditer(text))


def for_addressee(candidates: list, text: str) -> list:
    """The candidates made right for who reads the letter: in a letter to several people "du"
    forms become "I/jer/jeres"; where the reader is not the citizen (several people, a relative
    or representative), "borgeren" → "du" is dropped. Otherwise the candidates are unchanged."""
    if not candidates:
        return candidates
    plural = plural_addressee(text)
    someone_else = plural or reader_is_someone_else(text)
    if not someone_else:
        return candidates
    out = []
    for c in candidates:
        if c.rule in THIRD_PERSON_RULES:
            continue
        if not plural:
            out.append(c)
            continue
        new = to_plural(text[c.start:c.end], c.new)
        if new != c.new:
            c = type(c)(**{**c.__dict__, "new": new})
        out.append(c)
    return out
