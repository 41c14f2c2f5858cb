"""Rewrite offers, session 14 (PANEL panel14 07; EVAL eval13 10): ``rewritable`` agrees with what the rewrite does. The
kind test fails on the code before; the guard held before and must keep holding."""

import pytest

from borgertekst.api.controllers.analyze import with_rewritable
from borgertekst.engine import Analyzer
from borgertekst.rewrite import rewrite


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def offers(analyzer, text, rule):
    """(finding text, rewritable, the only_span rewrite's changes) for each finding of ``rule``, as /v1/analyze and
    /v1/rewrite give them."""
    analysis, report = analyzer.analysis(text)
    out = []
    for f in with_rewritable(analysis, report, analyzer).findings:
        if f.rule == rule:
            changes = rewrite(analyzer, text, only_span=(f.start, f.end)).changes if f.rewritable else None
            out.append((text[f.start:f.end], f.rewritable, changes))
    return out


from collections import Counter  # noqa: E402

from borgertekst.rewrite import ADDRESS_RULE, _not_worse  # noqa: E402
from borgertekst.rewriting.candidates import Candidate  # noqa: E402


def score(counts, weight, tone=0):
    """A rewrite score (``rewrite._score``): findings per rule, their weight, the info-only tone rules, the tone weight."""
    soft = frozenset(r for r in counts if r.startswith("tone.") and weight >= 0)
    return Counter(counts), weight, soft, tone


DE_TO_DU = [Candidate(rule=ADDRESS_RULE, start=0, end=2, new="Du", covers={ADDRESS_RULE})]
BEFORE = score({ADDRESS_RULE: 5, "klarsprog.lix": 1, "tone.tryk-saetning": 1}, 10 + 5 + 10 + 1, tone=1)


def test_an_address_change_is_not_worse_for_the_tone_checks_reading_du_harder_than_de():
    # "De har desværre misforstået reglerne" (tone info) -> "Du har desværre …" (tone warning): the same words
    # (EVAL eval13 10: the only_span rewrite dropped the "De" offer, which then changed nothing)
    after = score({ADDRESS_RULE: 4, "klarsprog.lix": 1, "tone.tryk-saetning": 1}, 10 + 4 + 10 + 10, tone=10)
    assert _not_worse(BEFORE, after, DE_TO_DU)
    # "De påbydes hermed at …" (no tone finding) -> "Du påbydes hermed at …" (a tone hint) (PANEL panel14 07)
    before = score({ADDRESS_RULE: 5, "klarsprog.lix": 1}, 10 + 5 + 10)
    after = score({ADDRESS_RULE: 4, "klarsprog.lix": 1, "tone.tryk-saetning": 1}, 10 + 4 + 10 + 1, tone=1)
    assert _not_worse(before, after, DE_TO_DU)


def test_an_address_change_that_adds_another_finding_is_still_worse():
    # guard: only the tone checks are set aside, and only for a change of address
    after = score({ADDRESS_RULE: 4, "klarsprog.lix": 1, "tone.tryk-saetning": 1, "klarsprog.lange-saetninger": 1},
                  10 + 4 + 10 + 1 + 10, tone=1)
    assert not _not_worse(BEFORE, after, DE_TO_DU)
    word = [Candidate(rule="klarsprog.kancellisprog", start=0, end=5, new="efter", covers={"klarsprog.kancellisprog"})]
    after = score({ADDRESS_RULE: 5, "klarsprog.lix": 1, "tone.tryk-saetning": 1}, 10 + 5 + 10 + 10, tone=10)
    assert not _not_worse(BEFORE, after, word)


# a De-form order whose sentences the tone checks read as pressure only in du-form ("Du påbydes hermed at …")
ORDER = """Esbjerg Kommune
Natur og Vand

Ved vores tilsyn den 2. oktober så vi, at Deres hegn står 40 cm inde på kommunens sti.

De påbydes hermed at flytte hegnet, så det står på Deres egen grund, senest den 1. december.

De kan klage over afgørelsen til Vejdirektoratet senest 4 uger efter, at De har fået brevet.

Esbjerg Kommune, Natur og Vand
"""


def test_every_address_offer_in_a_de_form_order_changes_the_text(analyzer):
    found = offers(analyzer, ORDER, "klarsprog.tiltale")
    assert found and all(changes for _, rewritable, changes in found if rewritable)
    assert any(text == "De" and rewritable for text, rewritable, _ in found)


def test_an_address_change_that_breaks_nothing_else_is_still_judged_by_all_checks(analyzer):
    # guard: a sentence-initial "De" in a plain De-form letter is offered and changed, as before
    text = "Kære Ole Berg\n\nDe kan hente Deres nye sygesikringskort i Borgerservice fra mandag.\n\nVenlig hilsen\nBorgerservice"
    found = offers(analyzer, text, "klarsprog.tiltale")
    assert any(text == "De" and rewritable and changes for text, rewritable, changes in found)
