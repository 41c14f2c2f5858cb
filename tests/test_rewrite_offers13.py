"""Rewrite offers, session 13 (PANEL; EVAL eval12 02): ``rewritable`` agrees with what the rewrite does. Each kind
test fails on the code before; the guards held before and must keep holding."""

import pytest

from borgertekst.api.controllers.analyze import with_rewritable
from borgertekst.engine import Analyzer
from borgertekst.rewrite import rewrite
from borgertekst.rewriting.guard import sentence_bounds


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def offers(analyzer, text, rule):
    """(rewritable, whether the only_span rewrite changes the text) for each finding of ``rule``, as /v1/analyze and
    /v1/rewrite give them."""
    analysis, report = analyzer.analysis(text)
    out = []
    for f in with_rewritable(analysis, report, analyzer).findings:
        if f.rule == rule:
            changed = bool(rewrite(analyzer, text, only_span=(f.start, f.end)).changes) if f.rewritable else None
            out.append((f.rewritable, changed))
    return out


def test_a_date_ordinal_ends_no_sentence_for_the_guard():
    text = "Din hjælp stopper i perioden 1.-30. april 2026, jf. lovens § 47, fordi vi mangler din lønseddel."
    start = text.index("jf.")
    assert sentence_bounds(text, start, start + 3) == (0, len(text))
    text = "Mødet er den 12. november kl. 10. Vi ses."
    start = text.index("Vi")
    assert sentence_bounds(text, start, start + 2)[0] == text.index("Vi") - 1  # "10. Vi": a sentence ends there


def test_jf_in_a_sentence_at_the_limit_is_no_offer(analyzer):
    # 25 words with "jf." (no word); "efter" makes 26 and the trial drops it: the offer was empty (EVAL eval12 02)
    letter = ("Kære Hanne\n\nDin boligstøtte stopper i perioden 1.-30. april 2026, jf. boligstøttelovens § 47, fordi du "
              "ikke har sendt os alle de oplysninger, som vi bad om i vores brev af 14. februar 2026.\n\n"
              "Venlig hilsen\nBorgerservice")
    assert offers(analyzer, letter, "klarsprog.kancellisprog") == [(False, None)]


def test_jf_in_a_short_sentence_is_still_offered_and_rewritten(analyzer):
    # guard: the offer stays where the rewrite makes it
    letter = ("Kære Hanne\n\nDin boligstøtte stopper den 1. april 2026, jf. boligstøttelovens § 47.\n\n"
              "Venlig hilsen\nBorgerservice")
    assert offers(analyzer, letter, "klarsprog.kancellisprog") == [(True, True)]


def test_a_passive_deduction_is_no_offer_when_its_active_form_reads_as_a_decision(analyzer):
    # "Vi trækker beløbet i din pension" is read by the structure checks as a new decision: the trial dropped it and the
    # offer was empty (PANEL panel11c 09, panel13b 13)
    letter = ("Kære Hanne\n\nDin husleje på plejecentret stiger fra 1. april til 6.100 kr. om måneden, fordi byrådet har "
              "vedtaget nye takster.\n\nBeløbet bliver trukket i din pension som før.\n\nVenlig hilsen\nPleje og Omsorg")
    assert offers(analyzer, letter, "klarsprog.passiv") in ([], [(False, None)])
    # guard: a passive whose active form is no adverse act is still offered and rewritten
    letter = ("Kære Hanne\n\nDin ansøgning bliver behandlet i næste uge.\n\nVenlig hilsen\nPleje og Omsorg")
    assert offers(analyzer, letter, "klarsprog.passiv") == [(True, True)]
