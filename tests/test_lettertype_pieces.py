"""A letter-type alternative whose leading group is no plain word list ("\\b(vi|kommunen|\\w+udvalget) har …")
is searched as one pattern per alternative (speed): the answer must be the whole pattern's."""
import regex

from borgertekst.lettertype import _FLAGS, _Alternative, _Letter
from borgertekst.matchers.literals import LazyPattern, text_index

PATTERN = r"\b(vi|kommunen|\w+udvalget) har (nu )?behandlet (din|jeres|Deres) (ansøgning|anmodning)\b"
TEXTS = [
    "Kære Anna\n\nVi har nu behandlet din ansøgning om tilskud.",
    "Kære forening\n\nSocialudvalget har behandlet jeres ansøgning på mødet i går.",
    "Kære Anna\n\nKommunen har behandlet Deres anmodning.",
    "Kære Anna\n\nVi har ikke behandlet din ansøgning endnu.",  # no match
    "Kære Anna\n\nUdvalget vil behandle din ansøgning.",  # no match
]


def test_split_leading_group_answers_as_the_whole_pattern():
    alt = _Alternative(LazyPattern(PATTERN, _FLAGS))
    pieces = alt._leading_pieces()
    assert pieces is not None and len(pieces) == 3  # vi / kommunen / \w+udvalget, each on its own
    whole = regex.compile(PATTERN, _FLAGS)
    found = 0
    for text in TEXTS:
        low = text.lower()
        got = alt.search(text, low, _Letter(low, text_index(text)), lambda: text_index(text))
        assert got == (whole.search(text) is not None)
        found += got
    assert found == 3  # the prefilter and the pieces do not skip a letter that matches


LOOKBEHIND = r"(?<!\b(hvis|når|om) )\b(du|De|I) har (derfor |altså )?(fået|modtaget) ([\d.,]+ kr\.? )?for meget\b"
LOOKBEHIND_TEXTS = [
    "Kære Anna\n\nDu har fået 1.200 kr. for meget i boligstøtte.",
    "Kære Anna\n\nHvis du har fået for meget, skal du betale det tilbage.",  # conditional: no match
    "Kære Anna og Peter\n\nI har derfor modtaget for meget.",
    "Kære Anna\n\nVi har fået for meget post.",  # "vi har fået": not the reader
]


def test_look_behind_first_starts_skipped_by_their_words_answer_as_the_whole_pattern():
    alt = _Alternative(LazyPattern(LOOKBEHIND, _FLAGS))
    whole = regex.compile(LOOKBEHIND, _FLAGS)
    found = 0
    for text in LOOKBEHIND_TEXTS:
        low = text.lower()
        got = alt.search(text, low, _Letter(low, text_index(text)), lambda: text_index(text))
        assert got == (whole.search(text) is not None)
        found += got
    assert alt._starts is not None and all(len(s) == 2 for s in alt._starts)  # (start, probe) pairs
    assert found == 2  # the starts' probes do not skip a letter that matches
