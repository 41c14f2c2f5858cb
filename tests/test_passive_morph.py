"""``klarsprog._passive_morph`` (from the morph hash) agrees with ``Token.morph.get("Voice")``."""

from spacy.attrs import MORPH

from borgertekst.checks.klarsprog import _passive_morph
from borgertekst.nlp import load

TEXT = ("Din ansøgning behandles snarest. Sagen blev afvist, og beløbet udbetales den 1. maj. "
        "Vi har vurderet sagen, og du skal sendes en kopi. Det kan ikke betales tilbage.")


def test_passive_morph_matches_token_morph():
    doc = load()(TEXT)
    strings = doc.vocab.strings
    expected = ["Pass" in tok.morph.get("Voice") for tok in doc]
    assert [_passive_morph(m, strings) for m in doc.to_array(MORPH).tolist()] == expected
    assert any(expected)
