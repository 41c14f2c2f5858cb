"""``compounds: true`` on a wordlist: an abbreviation term is also found as the first part of a
hyphenated compound ("PPR-udtalelsen"), as advice on the abbreviation (WORDS' words7 kind)."""

from __future__ import annotations

import msgspec

from borgertekst.engine import Analyzer
from borgertekst.rulebook.loader import LoadedRule, RuleSet
from borgertekst.rulebook.schema import Rule


def _engine(nlp, **fields):
    rule = msgspec.convert({"id": "fagsprog.test", "category": "fagsprog", "severity": "info", "message": "'{match}'",
                            "type": "wordlist", "entries": [
                                {"term": "PPR", "replace": ["skolens psykologer"]},
                                {"term": "SSP-konsulent", "replace": ["en medarbejder fra SSP"]},
                                {"term": "bevilling"}], **fields}, Rule)
    return Analyzer(RuleSet(rules={rule.id: LoadedRule(rule, None)}), nlp=nlp)


def _found(engine, text):
    return [(f.text, f.replaceable) for f in engine.analyze(text).findings]


def test_an_abbreviation_in_a_compound_is_found_on_the_abbreviation_as_advice(nlp):
    engine = _engine(nlp, compounds=True)
    assert _found(engine, "Vi har modtaget PPR-udtalelsen om Emil.") == [("PPR", False)]
    # the word alone as before
    assert [t for t, _ in _found(engine, "Psykologen fra PPR kommer.")] == ["PPR"]


def test_a_compound_listed_as_its_own_entry_and_other_words_are_not_found_twice(nlp):
    engine = _engine(nlp, compounds=True)
    assert [t for t, _ in _found(engine, "Vi har talt med SSP-konsulenten.")] == ["SSP-konsulenten"]
    # only a capitalised abbreviation at a word's start, only before a hyphen and a word
    for text in ("Se ppr-tallet.", "Se XPPR-tallet.", "Se A-PPR-tallet.", "Se PPR- og SSP-arbejdet.",
                 "Bevillings-sagen er lukket."):
        assert "PPR" not in [t for t, _ in _found(engine, text)], text


def test_without_the_option_a_compound_is_not_found(nlp):
    assert _found(_engine(nlp), "Vi har modtaget PPR-udtalelsen om Emil.") == []
