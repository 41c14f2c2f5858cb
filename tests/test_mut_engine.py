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


def test_a_milder_severity_for_this_letter_is_applied_to_the_rule_s_findings(analyzer, monkeypatch):
    from borgertekst import engine as engine_module

    strict, plain = _rule("tone.streng", severity="error"), _rule("tone.jævn", severity="warning",
                                                               entries=[{"pattern": "betal"}])
    engine = _analyzer(analyzer.nlp, strict, plain)
    monkeypatch.setattr(engine_module, "severity_for",
                        lambda rule, analysis: "warning" if rule.id == "tone.streng" else rule.severity)
    report = engine.analyze("Betal straks.")
    assert {f.rule: f.severity for f in report.findings} == {"tone.streng": "warning", "tone.jævn": "warning"}
    assert strict.severity == "error"  # the rule itself is untouched


class _FindsMilder:
    def __init__(self, word, milder):
        self.word, self.milder = word, milder

    def find(self, analysis):
        start = analysis.text.index(self.word)
        yield Hit(start, start + len(self.word), milder=self.milder)


def test_a_hit_the_check_is_unsure_of_is_that_many_steps_milder(analyzer):
    rules = [_rule(f"tone.r{steps}", severity="error") for steps in range(4)]
    engine = _analyzer(analyzer.nlp, *rules)
    engine.matchers = [(rule, _FindsMilder(word, steps)) for rule, word, steps in
                       zip(rules, ("Betal", "straks", "nu", "tak"), (False, True, 2, 5))]
    report = engine.analyze("Betal straks nu, tak.")
    assert {f.rule: f.severity for f in report.findings} == {
        "tone.r0": "error", "tone.r1": "warning", "tone.r2": "info", "tone.r3": "info"}


def test_the_report_names_the_file_and_counts_the_characters(analyzer):
    text = "Vi har modtaget din ansøgning.\n\nDu hører fra os."
    report = analyzer.analyze(text, file="brev.txt")
    assert report.file == "brev.txt"
    assert report.metrics.characters == len(text)
    detected = analyzer.analyze(text)
    assert detected.letter_type_confidence == analyzer.detector.detection(text).confidence < 1.0
    assert analyzer.analyze(text, "kvittering").letter_type_confidence == 1.0


def test_paragraph_wise_report_matches_the_whole_letter_s_type_and_counts(analyzer):
    paragraphs = ["Vi har modtaget din ansøgning om hjælp.", "Du hører fra os inden for fire uger."]
    whole = analyzer.analyze("\n\n".join(paragraphs))
    parts = analyzer.analyze_paragraphs(paragraphs)
    assert parts.letter_type_detected == whole.letter_type_detected
    assert parts.metrics.characters == whole.metrics.characters == len("\n\n".join(paragraphs))


def test_a_cached_paragraph_gives_the_same_findings(analyzer):
    class Cache(dict):
        def put(self, key, part):
            self[key] = part

    cache = Cache()
    paragraphs = ["Vedrørende din ansøgning skriver vi hermed til dig."]
    first = analyzer.analyze_paragraphs(paragraphs, cache=cache)
    again = analyzer.analyze_paragraphs(paragraphs, cache=cache)
    assert [p.cached for p in first.paragraphs] == [False] and [p.cached for p in again.paragraphs] == [True]
    assert again.paragraphs[0].findings == first.paragraphs[0].findings and first.paragraphs[0].findings


def test_a_paragraph_notice_is_reported_once(analyzer):
    slow = _rule("tone.langsom")
    engine = _analyzer(analyzer.nlp, slow)
    engine.matchers = [(slow, _TimesOut())]
    result = engine.analyze_paragraphs(["Betal straks.", "Betal i morgen."])
    assert result.notices == ["Reglen tone.langsom blev sprunget over: teksten var for lang til at gennemsøge i tide."]


def test_a_restricted_view_checks_paragraphs_with_its_own_rules_only(analyzer):
    paragraphs = ["Vedrørende dine merudgifter skriver vi hermed til dig."]
    full = {f.rule for p in analyzer.analyze_paragraphs(paragraphs).paragraphs for f in p.findings}
    assert {"klarsprog.kancellisprog", "fagsprog.kommunesprog"} <= full  # the full paragraph view is built
    view = analyzer.restricted(lambda rule: rule.id == "fagsprog.kommunesprog")
    rules = {f.rule for p in view.analyze_paragraphs(paragraphs).paragraphs for f in p.findings}
    assert rules == {"fagsprog.kommunesprog"}


def test_line_column_and_utf16_end_of_findings(analyzer):
    text = "Vedrørende 😀 din sag.\nVi skriver hermed."
    report = _analyzer(analyzer.nlp, _rule(entries=[{"pattern": "vedrørende"}, {"pattern": "hermed"}])).analyze(text)
    first, second = report.findings
    assert (first.line, first.column, first.start_utf16, first.end_utf16) == (1, 1, 0, 10)
    start = text.index("hermed")
    assert (second.line, second.column) == (2, start - text.index("Vi") + 1)
    assert (second.start_utf16, second.end_utf16) == (start + 1, start + 7)  # the emoji is two UTF-16 units
    plain = _analyzer(analyzer.nlp, _rule()).analyze("Betal straks.").findings[0]
    assert (plain.start_utf16, plain.end_utf16) == (6, 12)


def test_findings_at_one_start_come_longest_first_then_replacement_first(analyzer):
    from borgertekst.engine import _order
    from borgertekst.report import Finding

    def f(end, replaceable=False, rule="tone.a"):
        return Finding(rule=rule, category="tone", severity="warning", start=0, end=end, text="x", message="m",
                       replaceable=replaceable, count=1)

    assert sorted([f(3), f(8)], key=_order)[0].end == 8
    assert sorted([f(3, rule="tone.a"), f(3, True, rule="tone.b")], key=_order)[0].replaceable


def test_same_span_findings_join_their_explanations(analyzer):
    one = _rule("tone.en", explanation="Første grund.")
    two = _rule("tone.to", severity="info", explanation="Anden grund.")
    (finding,) = _analyzer(analyzer.nlp, one, two).analyze("Betal straks.").findings
    assert finding.rule == "tone.en" and finding.also_rules == ["tone.to"]
    assert finding.explanation == "Første grund.\n\nAnden grund."


def test_a_warning_hurts_the_element_it_protects_and_info_does_not(analyzer):
    from borgertekst.engine import procedural_elements
    from borgertekst.report import Finding

    def f(severity):
        return Finding(rule="tone.a", category="tone", severity=severity, start=0, end=1, text="x", message="m",
                       replaceable=False, count=1, protects=["tillid"])

    assert procedural_elements([f("warning")])["tillid"] is False
    assert procedural_elements([f("info")])["tillid"] is True


def test_sentence_of_a_position_in_the_first_sentence_is_the_first_sentence(analyzer):
    analysis, _ = analyzer.analysis("Vi har modtaget din ansøgning. Du hører fra os.")
    assert analysis.sentence_of(3).text.startswith("Vi har modtaget")
    assert analysis.sentence_of(35).text.startswith("Du hører")


def test_the_module_level_analyze_keeps_the_given_letter_type():
    from borgertekst.engine import analyze

    assert analyze("Vi har modtaget din ansøgning.", "kvittering").letter_type == "kvittering"


def test_paragraph_wise_input_errors_are_danish(analyzer):
    import pytest

    from borgertekst.document import MAX_TEXT_CHARS, InputError

    with pytest.raises(InputError, match="Teksten er for lang"):
        analyzer.analyze_paragraphs(["x" * (MAX_TEXT_CHARS + 1)])
    with pytest.raises(InputError, match="brug en af: afgoerelse, "):
        analyzer.analyze_paragraphs(["Et afsnit."], "findes-ikke")


def test_no_paragraphs_give_no_letter_findings(analyzer):
    result = analyzer.analyze_paragraphs([])
    assert result.letter_findings == [] and result.paragraphs == [] and result.element_status == {}


def test_occurrences_of_a_repeat_have_their_utf16_offsets(analyzer):
    text = "Vi skriver hermed, og vi sender hermed brevet."
    (f,) = [f for f in analyzer.analyze(text).findings if f.text == "hermed"]
    (o,) = f.occurrences
    assert (o.start, o.end, o.start_utf16, o.end_utf16) == (text.rindex("hermed"), text.rindex("hermed") + 6,
                                                            text.rindex("hermed"), text.rindex("hermed") + 6)


def test_same_span_findings_take_a_link_from_another_rule_when_the_lead_has_none(analyzer):
    lead = _rule("tone.en", severity="error")
    other = _rule("tone.to", link="https://example.org/grund")
    (finding,) = _analyzer(analyzer.nlp, lead, other).analyze("Betal straks.").findings
    assert finding.rule == "tone.en" and finding.link == "https://example.org/grund"


def test_a_rule_not_for_professionals_is_silent_only_in_a_letter_to_one(analyzer):
    # "Att.: praktiserende læge" in the header makes the reader a professional (checks/klarsprog.py)
    citizen_only, milder = (_rule("klarsprog.borger", not_to_professionals=True, entries=[{"pattern": "borgeren"}]),
                            _rule("klarsprog.mild", milder_to_professionals=True, entries=[{"pattern": "straks"}]))
    engine = _analyzer(analyzer.nlp, citizen_only, milder)
    to_citizen = "Kære Anna\n\nVi har talt med borgeren, og hun skal svare straks."
    to_doctor = "Att.: praktiserende læge Hans Berg\n\nVi har talt med borgeren, og hun skal svare straks."
    assert {f.rule: f.severity for f in engine.analyze(to_citizen).findings} == {
        "klarsprog.borger": "warning", "klarsprog.mild": "warning"}
    assert {f.rule: f.severity for f in engine.analyze(to_doctor).findings} == {"klarsprog.mild": "info"}
