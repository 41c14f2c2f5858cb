"""``borgertekst_sentences``: sentence boundaries for Danish letters.

Breaks at terminal punctuation before a capital and at line breaks, but not
after abbreviations ("bl.a.", "jf.", "stk."), ordinals before a lower-case
word ("1. april"), initials ("H. C. Andersen"), hard-wrapped lines or words
hyphenated across a line. Works on a pre-tokenised Doc.
"""

from __future__ import annotations

import numpy
import regex
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from .tokenizer import WORD_ABBREVIATIONS, is_abbreviation
from .tokens import token_table

_TERMINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!"})
_TERMINAL_CHARS = frozenset(".!?…")
_CLOSERS = frozenset({'"', "'", "»", "”", "’", ")", "]"})


def _starts_upper(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'«»“”§(-–•*")


def _opening_quote(texts: list[str], spaces: list[str], j: int) -> bool:
    """A straight quote with space before it and none after opens a quotation
    (it starts the next sentence instead of closing this one). ``texts`` and
    ``spaces``: each token's text and trailing whitespace."""
    return (texts[j] in ('"', "'") and j > 0 and bool(spaces[j - 1])
            and not spaces[j] and j + 1 < len(texts))


def _line_starts_sentence(whitespace: str, following: str, before: str) -> bool:
    """A line break before a capital, digit or bullet starts a sentence; one
    before a lower-case word does not when the text is hard-wrapped (single
    line break) or a word was hyphenated across it ("oplysnin-" + "ger")."""
    if not following[:1].islower():
        return True
    return whitespace.count("\n") > 1 and not (before.endswith("-") and len(before) > 1)


# a full stop, question or exclamation mark followed by a capital: the writer starts sentences with capitals
_CAPITAL_AFTER_STOP = regex.compile(r"[\w)][.!?][ \t]+[A-ZÆØÅ]")


def _without_capitals(doc: Doc) -> bool:
    """The text never starts a sentence with a capital after a full stop ("hej mads\n\ndit pas er kommet.
    du kan hente det …", also after a capitalised greeting): there a full stop before a lower-case word
    ends the sentence too. Read once per text, and only when such a full stop occurs."""
    known = doc.user_data.get("without_capitals")
    if known is None:
        known = doc.user_data["without_capitals"] = _CAPITAL_AFTER_STOP.search(doc.text) is None
    return known


# nouns named by a single capital letter ("afdeling B", "bilag C", "plan A"): the capital and its full stop
# after one of them end a sentence when a capitalised word follows ("… på afdeling B. De blev glade"), where
# elsewhere a capital with a full stop is a name's initial ("H. C. Andersen", "skriv til B. Hansen")
_LABELLED_NOUNS = frozenset({"afdeling", "afsnit", "bilag", "blok", "bygning", "etage", "fløj", "gruppe", "hus",
                             "indgang", "klasse", "kategori", "lokale", "model", "niveau", "opgang", "plan", "punkt",
                             "stue", "type", "variant", "zone", "område", "trappe", "trin", "fase", "spor"})


@Language.component("borgertekst_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Sentence starts: after line breaks, after terminal punctuation, after an
    ordinal or list abbreviation only when a capitalised word follows."""
    n = len(doc)
    if not n:
        return doc
    starts = [False] * n
    starts[0] = True
    # the loop reads plain lists (``doc[i]`` builds a Token each time), shared with the other components
    table = token_table(doc)
    texts, spaces, is_space = table.texts, table.whitespace, table.is_space
    for i in range(n - 1):
        text = texts[i]
        if is_space[i]:
            if "\n" in text and _line_starts_sentence(text, texts[i + 1], texts[i - 1] if i else ""):
                starts[i + 1] = True
            continue
        if text[-1:] not in _TERMINAL_CHARS and "\n" not in spaces[i]:
            continue  # most tokens: a boundary below needs a token ending in . ! ? or …
        nxt_text = texts[i + 1]
        if "\n" in spaces[i] and _line_starts_sentence(spaces[i], nxt_text, text):
            starts[i + 1] = True
            continue
        lower = text.lower()
        boundary = False
        if text in _TERMINAL or (len(text) > 1 and set(text) <= _TERMINAL_CHARS):
            # the full stop of a number abbreviation the tokenizer split off ("reg.nr. AB 12 345",
            # "kontonr. 1234", "cvr-nr. 12345678") comes before the number, not at a sentence's end
            # unless a word in title case follows: "Husk dit CPR-nr. Det skal stå …" ends there
            boundary = not (text == "." and i and not spaces[i - 1] and texts[i - 1][-2:].lower() == "nr") or (
                nxt_text.istitle() and nxt_text.isalpha() and len(nxt_text) > 1)
        elif text.endswith(".") and len(text) > 1:
            if lower in WORD_ABBREVIATIONS:
                boundary = nxt_text.istitle() and nxt_text.isalpha() and len(nxt_text) > 1
            elif is_abbreviation(lower, sentence_final=False):
                boundary = False
            elif len(text) == 2 and text[0].isupper() and not (
                    i >= 2 and texts[i - 2].isdigit() and len(texts[i - 2]) == 4) and not (
                    i and texts[i - 1].lower() in _LABELLED_NOUNS):
                boundary = False  # an initial: "H. C. Andersen" (not a postal district: "2100 København Ø.")
            else:
                # ordinals ("2."), list abbreviations ("osv.") and unknown "x."
                boundary = nxt_text[:1].isupper()
        if boundary:
            j = i + 1
            while j < n and texts[j] in _CLOSERS and not _opening_quote(texts, spaces, j):
                j += 1
            while j < n and is_space[j]:
                j += 1
            if j < n and (_starts_upper(texts[j]) or (
                    text == "." and texts[j][:1].islower() and texts[j].isalpha()
                    and not (i and texts[i - 1][:1].isdigit()) and _without_capitals(doc))):
                # a text written without capitals: "… er fint). passet skal hentes …" (a question or an
                # exclamation before a lower-case word stays one sentence: "Hvad nu? sagde hun.")
                starts[j] = True
    # one array write: setting Token.is_sent_start one by one is quadratic
    doc.from_array([SENT_START], (numpy.array(starts, dtype="int64") * 2 - 1).astype("uint64").reshape(-1, 1))
    return doc


def sentence_starts(doc: Doc) -> list[bool]:
    """Token i starts a sentence (one pass; ``Token.is_sent_start`` rescans the doc)."""
    return [x == 1 for x in doc.to_array([SENT_START]).reshape(-1).tolist()] if len(doc) else []


def sentence_ends(starts: list[bool]) -> list[int]:
    """For every token, the index of the last token of its sentence."""
    ends = [0] * len(starts)
    end = len(starts) - 1
    for i in range(len(starts) - 1, -1, -1):
        ends[i] = end
        if starts[i]:
            end = i - 1
    return ends

