"""The structure signals for TRYK kinds that are more than a word (features.py), and what a
tone finding names: classes and signals first, content words as 'ordvalg', never the general
signals ("henvendt til læseren") as its reason or kind."""

from __future__ import annotations

import pytest

from borgertekst.engine import Analyzer
from borgertekst.tone.check import _shown_signals
from borgertekst.tone.features import possible_signals


def signals(nlp, tone, text: str) -> set[str]:
    (_, feats), = tone.features(nlp(text))
    return {k for k in feats.values if k.startswith("sig:")}


@pytest.mark.parametrize("text, fires", [
    ("Vi forstår godt, at det er svært, men reglerne er nu engang reglerne.", True),
    ("At din mor er død, ændrer ikke på, at fristen er overskredet.", True),
    ("Uanset hvor ked af det du er, kan vi ikke gøre en undtagelse.", True),
    ("Jeg kan godt forstå, at det er svært, og jeg vil gerne hjælpe dig.", False),
    ("Vi er kede af, at brevet kom for sent.", False),
])
def test_feeling_set_aside(nlp, tone, text, fires):
    assert ("sig:feeling_set_aside" in signals(nlp, tone, text)) is fires


@pytest.mark.parametrize("text, fires", [
    ("Klip hækken inden den 1. juli.", True),
    ("Stop med at parkere på fortovet.", True),
    ("Ring gerne, hvis du har spørgsmål.", False),
    ("Send os lønsedlerne, så vi kan beregne din hjælp.", False),
    ("Husk at tage dit sundhedskort med, når du kommer til mødet på rådhuset i næste uge.", False),
])
def test_bare_order(nlp, tone, text, fires):
    assert ("sig:bare_order" in signals(nlp, tone, text)) is fires


@pytest.mark.parametrize("text, fires", [
    ("Tak for din 14. klage over vejbump.", True),
    ("Tak for din syvende mail i denne uge.", True),
    ("Tak for din mail af 14. marts.", False),
    ("Tak for din henvendelse den 3. maj om din ansøgning.", False),
])
def test_counted_thanks_is_no_date(nlp, tone, text, fires):
    assert ("sig:counted_thanks" in signals(nlp, tone, text)) is fires


def test_uden_first_is_a_condition(nlp, tone):
    doc = nlp("Uden en lægeerklæring senest fredag stopper vi din ydelse og kræver pengene tilbage.")
    (_, feats), = tone.features(doc)
    if "lex:pres" in feats.values:
        assert "sig:condition_sanction" in feats.values
    assert "sig:condition_sanction" not in signals(nlp, tone, "Med en lægeerklæring kan vi stoppe din ydelse.")


@pytest.mark.parametrize("text", [
    "Vi forstår godt, at det er svært, men reglerne er nu engang reglerne.",
    "Klip hækken inden den 1. juli.",
    "Tak for din 14. klage over vejbump.",
    "Uanset hvor ked af det du er, kan vi ikke gøre en undtagelse.",
])
def test_new_signals_are_within_the_bound(nlp, tone, text):
    """``possible_signals`` must allow every signal ``sentence_features`` fires (the score bound)."""
    toks = [t for t in nlp(text) if not t.is_space]
    allowed = possible_signals([t.text for t in toks], [t.lower_ for t in toks], {})
    for name in signals(nlp, tone, text):
        if name in ("sig:feeling_set_aside", "sig:bare_order", "sig:counted_thanks"):
            assert name in allowed, name


def test_finding_names_classes_before_words_and_not_the_general_signals():
    analyzer = Analyzer()
    text = "Vi forstår godt, at det er svært, men reglerne er nu engang reglerne."
    tone = [f for f in analyzer.analyze(text).findings if f.rule == "tone.tryk-saetning"
            or "tone.tryk-saetning" in f.also_rules]
    assert tone, "a textbook non-apology must be found"
    msg = tone[0].message
    assert "skubbes til side" in msg or "mangler empati" in msg
    assert "henvendt til læseren" not in msg
    assert "Anerkend" in tone[0].suggestions[0]  # the TRÆK alternative for missing empathy


class _Sig:
    def __init__(self, feature, start, end, label="", weight=1.0):
        self.feature, self.start, self.end, self.label, self.weight = feature, start, end, label, weight


def test_shown_signals_drop_small_word_pairs_and_repeats():
    text = "Det kan gøre det hurtigere for dig."
    sigs = [_Sig("ord:det_kunne", 0, 7), _Sig("ord:gøre", 8, 12), _Sig("ordstart:gøre", 8, 12),
            _Sig("sig:reader_address", 31, 34, "henvendt til læseren")]
    shown = _shown_signals(text, sigs)
    assert shown == ["ordvalg: 'gøre'"]


@pytest.mark.parametrize("text, blame", [
    ("Du har misforstået brevet.", True),
    ("Vi må konstatere, at du har misforstået reglerne.", True),
    ("Er der noget, vi har misforstået, eller noget, vi ikke ved?", False),
    ("Hospitalet skriver, at de har misforstået henvisningen.", False),
    ("Jeg glemte desværre at ringe dig op i fredags.", False),
])
def test_blame_word_about_the_writer_or_a_third_party_is_no_correction(nlp, tone, text, blame):
    (_, feats), = tone.features(nlp(text))
    assert ("lex:irettesaettelse" in feats.values) is blame


def test_open_consequence_with_a_way_out_is_no_pressure_phrase():
    analyzer = Analyzer()

    def pres(text):
        return [f for f in analyzer.analyze(text).findings if "tone.pres" in (f.rule, *f.also_rules)]

    assert pres("Hvis du ikke sender papirerne, mister du retten til hjælpen.")
    assert not pres("Hvis du ikke når at sende skemaet, mister du ikke pladsen, men opstarten bliver udskudt.")
    assert not pres("Hvis du ikke sender lønsedlerne, bortfalder hjælpen, så ring til mig, hvis du har brug for hjælp til det.")


def test_a_heading_line_is_not_scored_but_a_one_line_text_is(nlp, tone):
    letter = "Kære Jens\n\nSådan gør du\nDu sender skemaet til os, og vi ringer til dig bagefter."
    scored = [letter[s.start:s.end] for s in tone.score_doc(nlp(letter))]
    assert "Sådan gør du" not in scored
    assert any(x.startswith("Du sender skemaet") for x in scored)
    assert [s.start for s in tone.score_doc(nlp("Sådan gør du"))] == [0]
    # a short order inside the text is a sentence, not a heading
    text = "Tak for din mail. Send papirerne nu"
    assert any(text[s.start:s.end] == "Send papirerne nu" for s in tone.score_doc(nlp(text)))
