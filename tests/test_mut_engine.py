"""Engine behaviour that survived mutation testing (bench/MUTATION.md): a rule that runs
out of time is skipped with a Danish notice while the others still run, ``skip_quoted``
drops only the hits inside quotations, the paragraph cache key tells letters apart, and
the paragraph endpoint judges the letter's elements from the same places as the whole
letter's analysis."""

from pathlib import Path

import msgspec

from borgertekst.engine import Analyzer
from borgertekst.matchers.hit import Hit
from borgertekst.rulebook.loader import LoadedRule, RuleSet
from borgertekst.rulebook.schema import Rule

LETTERS = Path(__file__).parent / "letters"


def _rule(rule_id="tone.x", **fields):
    base = {"id": rule_id, "category": rule_id.split(".")[0], "severity": "warning", "message": "'{match}'",
            "type": "phrases", "entries": [{"pattern": "straks"}]}
    return msgspec.convert({**base, **fields}, Rule)


def _analyzer(nlp, *rules):
    return Analyzer(RuleSet(rules={r.id: LoadedRule(r, None) for r in rules}), nlp=nlp)


class _TimesOut:
    def find(self, analysis):
        raise TimeoutError


class _Finds:
    def __init__(self, word):
        self.word = word

    def find(self, analysis):
        start = analysis.text.index(self.word)
        yield Hit(start, start + len(self.word))


def test_a_rule_out_of_time_is_skipped_with_a_notice_and_the_others_still_run(analyzer):
    slow, other, last = _rule("tone.langsom"), _rule("tone.anden"), _rule("tone.sidste")
    engine = _analyzer(analyzer.nlp, slow, other, last)
    engine.matchers = [(other, _Finds("Betal")), (slow, _TimesOut()), (last, _Finds("straks"))]
    report = engine.analyze("Betal straks.")
    assert [(f.rule, f.text) for f in report.findings] == [("tone.anden", "Betal"), ("tone.sidste", "straks")]
    assert report.notices == [
        "Reglen tone.langsom blev sprunget over: teksten var for lang til at gennemsøge i tide."]


def test_skip_quoted_drops_only_the_hits_inside_a_quotation(analyzer):
    text = 'Du skrev: "Jeg vil have svar straks." Vi svarer straks.'
    outside = text.rindex("straks")
    quoted = _analyzer(analyzer.nlp, _rule(skip_quoted=True)).analyze(text)
    assert [(f.start, f.count) for f in quoted.findings] == [(outside, 1)]
    both = _analyzer(analyzer.nlp, _rule()).analyze(text)
    assert [f.spans() for f in both.findings] == [[(text.index("straks"), text.index("straks") + 6),
                                                   (outside, outside + 6)]]


def test_the_paragraph_key_depends_on_text_letter_type_and_analyzer(analyzer):
    analysis, _ = analyzer.analysis("Vi har modtaget din ansøgning.", "afgoerelse")
    other_type, _ = analyzer.analysis("Vi har modtaget din ansøgning.", "kvittering")
    key = analyzer.paragraph_key("Et afsnit.", analysis)
    assert key == analyzer.paragraph_key("Et afsnit.", analysis)
    assert key != analyzer.paragraph_key("Et andet afsnit.", analysis)
    assert key != analyzer.paragraph_key("Et afsnit.", other_type)
    assert key != analyzer.restricted(lambda rule: True).paragraph_key("Et afsnit.", analysis)


def test_paragraph_wise_elements_are_judged_like_the_whole_letter(analyzer):
    for name in ("afslag-uden-klagevejledning.txt", "god-kvittering.txt", "partshoering.txt"):
        text = (LETTERS / name).read_text(encoding="utf-8")
        paragraphs = [p for p in text.split("\n\n") if p.strip()]
        whole = analyzer.analyze("\n\n".join(paragraphs))
        parts = analyzer.analyze_paragraphs(paragraphs)
        assert parts.element_status == whole.element_status, name
        assert parts.elements == whole.elements, name
