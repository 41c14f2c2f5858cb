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
