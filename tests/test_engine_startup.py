"""Start-up: the letter-type detector compiles nothing before a letter passes an alternative's
prefilter (most are turned away by their words), and the joined hedge patterns only when the
letter cannot be searched hedge by hedge. Same scores as with everything compiled."""

from __future__ import annotations

from borgertekst.lettertype import _UNSET, LetterTypeDetector
from borgertekst.rulebook import load_ruleset

LETTER = (
    "Kære Anna Jensen\n\nTak for din ansøgning om hjælp til medicin, som vi modtog den 3. marts.\n\n"
    "Vi har bevilget dig tilskud til medicin fra den 1. april, fordi du opfylder betingelserne i "
    "aktivlovens § 82 a. Vi overvejer at se på sagen igen til sommer.\n\n"
    "Hvis du vil klage, skal du skrive til os inden 4 uger.\n\nMed venlig hilsen\nLene Møller"
)


def _alternatives(detector):
    return [alt for _, alternatives, _, _ in detector.signals for alt in alternatives]


def test_only_alternatives_that_pass_their_prefilter_are_compiled():
    detector = LetterTypeDetector(load_ruleset().letter_types)
    assert all(alt._low_rx is None and alt._pieces is _UNSET for alt in _alternatives(detector))
    first = detector.detection(LETTER)
    prepared = [alt for alt in _alternatives(detector) if alt._probes is not _UNSET]
    compiled = [alt for alt in prepared if alt._low_rx is not None or alt._pieces not in (_UNSET, None)]
    assert compiled and len(compiled) < len(prepared) / 2  # looked at, but most never compiled
    assert "hedge" not in detector.__dict__ and "_hedge_low" not in detector.__dict__

    eager = LetterTypeDetector(load_ruleset().letter_types)
    for alt in _alternatives(eager):  # everything compiled up front, as before
        alt._prepare()
        assert alt._compiled is not None
        if alt.lowered is not None and alt._pieces is _UNSET:
            alt._pieces = alt._leading_pieces()
    assert eager.hedge is not None and eager._hedge_low is not None
    again = eager.detection(LETTER)
    assert (again.type, again.confidence, again.scores) == (first.type, first.confidence, first.scores)
    assert eager.without_hedged(LETTER) == detector.without_hedged(LETTER)
