"""A suggestion is put in the letter by "Brug" only when it is text for the span as it
stands; a template the writer has to fill in ("Jeg er ked af, at …", "senest den [dato]")
is advice (Finding.replaceable is False, and no replacement is offered)."""

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rewriting import replacement_for
from borgertekst.vocabulary import is_drop_in

LETTER = """Kære Hanne

Vi beklager, hvis du har følt dig dårligt behandlet. Vedlagt nærværende brev finder du skemaet.

Venlig hilsen
Lis
"""


@pytest.fixture(scope="module")
def findings():
    return {f.rule: f for f in Analyzer().analyze(LETTER).findings}


@pytest.mark.parametrize("text, expected", [
    ("denne", True),
    ("at du får", False),  # a clause that explains the word, not a word for its slot
    ("vurdering af, hvad du selv kan", False),
    ("dem, hjælpen er til", False),
    ("Jeg kan fortælle dig, at", True),
    ("Hvis du har nye oplysninger, er du velkommen til at sende dem til mig.", True),
    ("om det", True),
    ("Jeg er ked af, at …", False),
    ("senest den [dato]", False),
    ("Jeg gentager gerne: ...", False),
    ("fx en paryk", False),
    ("  ", False),
])
def test_is_drop_in(text, expected):
    assert is_drop_in(text) is expected


def test_a_template_suggestion_is_advice_not_a_replacement(findings):
    f = findings["tone.ikke-undskyldning"]
    assert "…" in f.suggestions[0]  # the advice is still shown
    assert f.replaceable is False
    assert replacement_for(f, LETTER) is None


def test_a_drop_in_word_stays_a_replacement(findings):
    f = next(f for f in findings.values() if LETTER[f.start:f.end].lower() == "nærværende")
    assert f.replaceable is True
    start, end, new = replacement_for(f, LETTER)
    assert LETTER[start:end].lower().endswith("nærværende") and "…" not in new and new
