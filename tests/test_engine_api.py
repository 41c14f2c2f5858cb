"""The engine's public parts that the paragraph endpoint builds on."""

import pytest

from borgertekst import metrics
from borgertekst.document import Document
from borgertekst.engine import Analysis, locate, procedural_elements

LETTER = "Kære Anna\n\nDu bedes omgående indsende lønsedler 😀. Ellers stopper vi din ydelse.\n\nMed venlig hilsen"


def test_restricted_view_runs_only_the_kept_rules(analyzer):
    tone = analyzer.restricted(lambda rule: rule.category == "tone")
    full = {f.rule for f in analyzer.analyze(LETTER).findings}
    only_tone = {f.rule for f in tone.analyze(LETTER).findings}
    assert only_tone and only_tone == {r for r in full if r.startswith("tone.")}
    assert tone.nlp is analyzer.nlp and len(tone.matchers) < len(analyzer.matchers)
    assert len(analyzer.analyze(LETTER).findings) > len(tone.analyze(LETTER).findings)  # original untouched


def test_known_counts_stand_in_for_the_language_pass(analyzer):
    document = Document.from_text(LETTER)
    counts = [metrics.Count(words=10, long_words=5, sentences=1) for _ in document.paragraphs]
    analysis = Analysis(document, None, analyzer.nlp, "andet", known_counts=counts)
    assert analysis.count.words == 10 * len(counts)
    assert analysis.count.long_words == 5 * len(counts)


def test_locate_gives_lines_paragraphs_and_utf16(analyzer):
    report = analyzer.analyze(LETTER)
    finding = next(f for f in report.findings if f.text.lower() == "ellers stopper")
    document = Document.from_text(LETTER)
    finding.line = finding.paragraph = finding.start_utf16 = None
    locate([finding], document)
    assert finding.line == 3 and finding.paragraph == 1
    assert finding.start_utf16 == finding.start + 1  # the emoji before it is two UTF-16 units


def test_procedural_elements_follow_the_findings(analyzer):
    report = analyzer.analyze(LETTER)
    elements = procedural_elements(report.findings)
    assert elements == report.elements
    assert not all(elements.values())
    assert all(procedural_elements([]).values())


# --- one finding per problem (contract 9), replaceable (contract 1), analysis() --------------

import msgspec  # noqa: E402

from borgertekst.engine import merge, merge_repeats, merge_same_span  # noqa: E402
from borgertekst.report import Finding  # noqa: E402

REPEATS = ("Kære Anna\n\nDin bevilling er sendt. Bevillingen gælder et år, og bevillingen kan forlænges.\n\n"
           "Vi har modtaget Deres ansøgning og Deres brev. Officialprincippet gælder.")


def _f(rule, start, end, severity="info", text="ord", message="m", suggestions=(), replaceable=False,
       protects=(), **kw):
    return Finding(rule=rule, category=rule.split(".")[0], severity=severity, start=start, end=end, text=text,
                   message=message, suggestions=list(suggestions), replaceable=replaceable, count=1,
                   protects=list(protects), **kw)


def test_rules_on_the_same_span_become_one_finding_led_by_the_strongest():
    weak = _f("fagsprog.a", 5, 8, "info", message="Fagord.", suggestions=["ord"], replaceable=True,
              protects=["tillid"])
    strong = _f("tone.b", 5, 8, "warning", message="Hård tone.", suggestions=["blødt"], replaceable=True,
                protects=["vaerdighed"])
    other = _f("fagsprog.a", 9, 12)
    merged = merge_same_span([strong, weak, other])
    assert len(merged) == 2
    one = merged[0]
    assert (one.rule, one.severity, one.also_rules) == ("tone.b", "warning", ["fagsprog.a"])
    assert one.rules == ["tone.b", "fagsprog.a"]
    assert one.message == "Hård tone. Fagord."
    assert one.suggestions == ["blødt", "ord"] and one.replaceable
    # an info rule's elements are not hurt by being merged into a warning
    assert one.protects == ["vaerdighed"]
    assert strong.also_rules == [] and strong.message == "Hård tone."  # the inputs are not changed
    assert merged[1] is other


def test_same_span_merge_keeps_advice_apart_from_replacements():
    lead = _f("tone.b", 0, 3, "warning", suggestions=["Skriv venligt."], replaceable=False)
    word = _f("fagsprog.a", 0, 3, "info", suggestions=["ord"], replaceable=True)
    one, = merge_same_span([lead, word])
    assert one.suggestions == ["Skriv venligt."] and not one.replaceable
    bare = _f("stavning.x", 0, 3, "warning")  # no suggestions of its own
    one, = merge_same_span([bare, word])
    assert one.rule == "stavning.x" and one.suggestions == ["ord"] and one.replaceable


def test_repeats_of_a_rule_on_the_same_word_become_one_finding_with_occurrences(analyzer):
    analysis, report = analyzer.analysis(REPEATS)
    bev = [f for f in report.findings if f.rule == "fagsprog.kommunesprog" and f.text.casefold() == "bevillingen"]
    assert len(bev) == 1
    f = bev[0]
    assert f.text == "Bevillingen" and f.count == 2 and len(f.occurrences) == 1
    occ = f.occurrences[0]
    assert REPEATS[occ.start:occ.end] == "bevillingen"
    assert (occ.line, occ.paragraph) == (3, 1)
    assert occ.column == occ.start - REPEATS.rindex("\n", 0, occ.start)
    assert f.spans() == [(f.start, f.end), (occ.start, occ.end)]
    # the per-place findings stay available to consumers that change the text place by place
    places = [p for p in analysis.findings if p.rule == "fagsprog.kommunesprog"
              and p.text.casefold() == "bevillingen"]
    assert [(p.start, p.end) for p in places] == f.spans()
    assert all(p.count == 1 and not p.occurrences for p in analysis.findings)


def test_repeats_that_say_different_things_stay_apart(analyzer):
    report = analyzer.analyze(REPEATS)
    deres = [f for f in report.findings if f.rule == "klarsprog.tiltale"]
    assert [f.suggestions for f in deres] == [["din"], ["dit"]]
    assert all(f.count == 1 for f in deres)


def test_letter_level_findings_are_never_merged(analyzer):
    report = analyzer.analyze(REPEATS, "kvittering")
    letter = [f for f in report.findings if f.rule in analyzer.placed]
    assert len({(f.start, f.end) for f in letter}) < len(letter)  # two on one paragraph …
    assert all(not f.also_rules and f.count == 1 for f in letter)  # … and still two findings


def test_same_word_of_another_rule_set_is_another_finding():
    a = _f("fagsprog.a", 0, 3, text="Ord")
    b = _f("fagsprog.a", 10, 13, text="ord", line=2, column=1, paragraph=1, start_utf16=10, end_utf16=13)
    c = _f("fagsprog.c", 20, 23, text="ord")
    merged = merge_repeats([a, b, c])
    assert [m.rule for m in merged] == ["fagsprog.a", "fagsprog.c"]
    assert merged[0].count == 2 and merged[0].occurrences[0].line == 2 and a.count == 1
    assert merged[1].count == 1


def test_repeats_merge_only_when_the_replacement_case_follows_the_word():
    # "De" is capitalised everywhere, but its replacement is "Du" only at a sentence start: one
    # finding would put the first place's "Du" inside a sentence, so these stay apart
    at_start = _f("klarsprog.x", 0, 2, text="De", suggestions=["Du"], replaceable=True)
    inside = _f("klarsprog.x", 20, 22, text="De", suggestions=["du"], replaceable=True)
    inside2 = _f("klarsprog.x", 40, 42, text="De", suggestions=["du"], replaceable=True)
    merged = merge_repeats([at_start, inside, inside2])
    assert [(m.start, m.suggestions, m.count) for m in merged] == [(0, ["Du"], 1), (20, ["du"], 2)]
    # a word whose case changes with its place, and its replacement's with it, is one finding
    # (a consumer gives the replacement the initial case of the word at each place)
    upper = _f("klarsprog.x", 0, 6, text="Hermed", suggestions=["Her"], replaceable=True)
    lower = _f("klarsprog.x", 20, 26, text="hermed", suggestions=["her"], replaceable=True)
    assert [m.count for m in merge_repeats([upper, lower])] == [2]
    # … but not when that gives another replacement than the repeat's own
    other = _f("klarsprog.x", 40, 46, text="hermed", suggestions=["Her"], replaceable=True)
    assert [m.count for m in merge_repeats([upper, other])] == [1, 1]
    # advice is never applied as text: its case does not keep repeats apart
    advice = [_f("klarsprog.y", k * 20, k * 20 + 7, text=t, suggestions=[s])
              for k, (t, s) in enumerate((("betales", "Skriv aktivt."), ("Betales", "skriv aktivt.")))]
    assert [m.count for m in merge_repeats(advice)] == [2]


def test_merge_leaves_the_procedural_elements_as_they_were(analyzer):
    analysis, report = analyzer.analysis(LETTER + "\n\n" + REPEATS)
    assert procedural_elements(analysis.findings) == procedural_elements(report.findings) == report.elements
    merged = merge(analysis.findings, analyzer.placed)
    assert sum(f.count for f in merged) + sum(len(f.also_rules) * f.count for f in merged) == len(
        analysis.findings)


def test_exact_repeats_are_dropped_and_findings_sorted(analyzer):
    analysis, report = analyzer.analysis(REPEATS)
    keys = [(f.rule, f.start, f.end) for f in analysis.findings]
    assert len(keys) == len(set(keys))
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)
    doubled = analyzer.restricted(lambda r: True)
    doubled.matchers = analyzer.matchers + [m for m in analyzer.matchers if m[0].id == "fagsprog.kommunesprog"]
    twice = doubled.analysis(REPEATS)[0]
    assert [(f.rule, f.start, f.end) for f in twice.findings] == keys


def test_replaceable_is_decided_by_the_matcher_giving_replacement_text(analyzer):
    rule = analyzer.ruleset.get("fagsprog.kommunesprog")
    plain = [e for e in rule.entries if e.replace and e.word_class not in (None, "gloss") and " " not in e.term]
    gloss = [e for e in rule.entries if e.replace and e.word_class == "gloss" and " " not in e.term]
    assert plain and gloss
    for entry, replaceable in ((plain[0], True), (gloss[0], False)):  # a gloss explains the word, never replaces it
        report = analyzer.analyze(f"Her står {entry.term} i en sætning.")
        f = next(f for f in report.findings if "fagsprog.kommunesprog" in f.rules)
        assert f.replaceable is replaceable and f.suggestions[0] == entry.replace[0], entry.term
    report = analyzer.analyze(REPEATS)
    passive = next(f for f in report.findings if f.rule == "klarsprog.passiv")
    assert not passive.replaceable and passive.suggestions == list(analyzer.ruleset.get("klarsprog.passiv").suggestions)
    data = msgspec.json.decode(msgspec.json.encode(report))
    assert all("replaceable" in f and "count" in f for f in data["findings"])


def test_analysis_hands_over_the_doc_it_parsed(analyzer):
    analysis, report = analyzer.analysis(REPEATS, "kvittering")
    assert analysis.doc.text == REPEATS and analysis.letter_type == report.letter_type == "kvittering"
    assert analyzer.analyze(REPEATS, "kvittering") == report


def test_column_counts_code_points_from_the_line_start(analyzer):
    text = "Kære Anna\n\nØ 😀 Din bevilling er sendt."
    f = next(f for f in analyzer.analyze(text).findings if f.rule == "fagsprog.kommunesprog")
    assert (f.line, f.column) == (3, text.index("bevilling") - text.index("Ø") + 1) == (3, 9)
    assert f.start_utf16 == f.start + 1


# --- analyze_paragraphs: the engine behind /v1/analyze/paragraphs ---------------------------


class DictCache(dict):
    def put(self, key, part):
        self[key] = part


def test_paragraph_findings_are_the_engines_with_paragraph_offsets(analyzer):
    paras = ["Kære Anna", "Din bevilling er sendt, og bevillingen gælder et år. Bevillingen er god.",
             "Ansøgningen behandles i næste uge."]
    result = analyzer.analyze_paragraphs(paras, "kvittering")
    assert result.letter_type == "kvittering" and len(result.paragraphs) == 3
    for text, part in zip(paras, result.paragraphs):
        alone = analyzer.restricted(lambda r: r.id not in analyzer.placed).analyze(text, "kvittering")
        assert [(f.rule, f.start, f.end, f.count) for f in part.findings] == [
            (f.rule, f.start, f.end, f.count) for f in alone.findings]
        for f in part.findings:
            assert all(text[s:e].casefold() == f.text.casefold() for s, e in f.spans())
    assert any(f.count == 2 for f in result.paragraphs[1].findings)  # merged within the paragraph
    starts = [p.start for p in result.document.paragraphs]
    assert all(f.start >= starts[0] for f in result.letter_findings)
    assert {f.rule for f in result.letter_findings} <= analyzer.placed
    assert result.metrics.words == analyzer.analyze("\n\n".join(paras), "kvittering").metrics.words


def test_the_paragraph_cache_key_holds_the_letter_type(analyzer):
    cache = DictCache()
    paras = ["Kære Anna", "Vi har modtaget din ansøgning."]
    first = analyzer.analyze_paragraphs(paras, "kvittering", cache)
    assert [p.cached for p in first.paragraphs] == [False, False] and len(cache) == 2
    again = analyzer.analyze_paragraphs(paras, "kvittering", cache)
    assert [p.cached for p in again.paragraphs] == [True, True]
    other = analyzer.analyze_paragraphs(paras, "afgoerelse", cache)
    assert [p.cached for p in other.paragraphs] == [False, False] and len(cache) == 4
    edited = analyzer.analyze_paragraphs([paras[0], paras[1] + " Tak."], "kvittering", cache)
    assert [p.cached for p in edited.paragraphs] == [True, False]


def test_paragraph_letter_type_must_be_known(analyzer):
    from borgertekst.document import InputError

    with pytest.raises(InputError, match="Ukendt brevtype"):
        analyzer.analyze_paragraphs(["Hej"], "faktura")


def test_paragraphs_judge_the_letter_from_every_place(analyzer):
    paras = ["Kære Anna", "Du har misforstået reglerne. Du skal bare gøre det.", "Med venlig hilsen"]
    result = analyzer.analyze_paragraphs(paras)
    whole = analyzer.analyze("\n\n".join(paras))
    assert result.elements == whole.elements
    assert {k: s.status for k, s in result.element_status.items()} == {
        k: s.status for k, s in whole.element_status.items()}


# --- small engine parts the mutation run showed untested ------------------------------------

SCOPED = "Kære Anna\n\nFørste sætning her. Anden sætning der.\n\nTredje afsnit."


def test_scope_gives_the_sentence_paragraph_or_letter_around_a_match(analyzer):
    analysis = analyzer.analysis(SCOPED)[0]
    at = SCOPED.index("Anden")
    assert analysis.scope("letter", at, at + 5) == (0, len(SCOPED))
    para_start = SCOPED.index("Første")
    assert analysis.scope("paragraph", at, at + 5) == (para_start, SCOPED.index("\n\nTredje"))
    lo, hi = analysis.scope("sentence", at, at + 5)
    assert lo == at and SCOPED[lo:hi].strip() == "Anden sætning der."
    assert analysis.scope("sentence", at, len(SCOPED)) == (at, len(SCOPED))  # a match past the sentence end
    assert analysis.sentence_of(at).text.startswith("Anden")
    assert analysis.sentence_of(para_start).text.startswith("Første")
    empty = analyzer.analysis("")[0]
    assert empty.scope("sentence", 0, 0) == (0, 0) and empty.sentence_of(0) is None


def test_input_errors_are_danish_and_name_the_problem(analyzer):
    from borgertekst.document import MAX_TEXT_CHARS, InputError

    with pytest.raises(InputError, match="Ukendt brevtype 'faktura'; brug en af: afgoerelse, kvittering"):
        analyzer.analyze("Hej", "faktura")
    with pytest.raises(InputError, match="for lang"):
        analyzer.analyze(Document.from_paragraphs(["ord " * (MAX_TEXT_CHARS // 4 + 1)]))
    analyzer.analyze(Document.from_paragraphs(["ord " * (MAX_TEXT_CHARS // 4 - 1)]))  # just below: fine


def test_a_text_without_words_says_so_once(analyzer):
    from borgertekst.engine import NO_WORDS

    assert analyzer.analyze("  \n\n ").notices == [NO_WORDS]
    assert NO_WORDS not in analyzer.analyze("Et ord.").notices
    assert analyzer.analyze_paragraphs(["", " "]).notices == [NO_WORDS]


def test_given_letter_type_wins_over_the_detected_one(analyzer):
    text = "Kære Anna\n\nVi har modtaget din ansøgning, og vi svarer inden 14 dage."
    detected = analyzer.analyze(text)
    assert detected.letter_type == detected.letter_type_detected == analyzer.detector.detect(text)
    given = analyzer.analyze(text, "afgoerelse")
    assert given.letter_type == "afgoerelse" and given.letter_type_detected == detected.letter_type_detected
    assert given.letter_type_confidence == 1.0


def test_placeholders_the_hit_does_not_fill_stay_as_written():
    from borgertekst.engine import _Fields, _match_case

    assert "Skriv {match} om, {ukendt}".format_map(_Fields(match="x")) == "Skriv x om, {ukendt}"
    assert _match_case("tilladelse", "Bevilling") == "Tilladelse"
    assert _match_case("tilladelse", "bevilling") == "tilladelse"
    assert _match_case("tilladelse", "BEVILLING") == "tilladelse"
    assert _match_case("Tilladelse", "bevilling") == "Tilladelse"


def test_the_default_analyzer_is_built_once():
    from borgertekst import engine

    assert engine.default_analyzer() is engine.default_analyzer()
    assert engine.analyze(REPEATS) == engine.default_analyzer().analyze(REPEATS)


def test_placed_rules_are_the_letter_level_ones(analyzer):
    assert "struktur.klagevejledning" in analyzer.placed and "klarsprog.lix" in analyzer.placed
    assert not any(r.startswith(("fagsprog.", "tone.", "stavning.")) for r in analyzer.placed)


def test_rules_for_other_letter_types_do_not_run(analyzer):
    only = [(r, m) for r, m in analyzer.matchers if list(r.applies_to) == ["afgoerelse"]]
    assert only
    text = "Kære Anna\n\nDu får afslag på din ansøgning.\n\nMed venlig hilsen\nLise"
    on = analyzer.analysis(text, "afgoerelse")[0]
    off = analyzer.analysis(text, "information")[0]
    assert analyzer.run(only, off) == []
    ran = analyzer.run(only, on)
    assert ran and {f.rule for f in ran} <= {r.id for r, _ in only}


def test_a_hit_becomes_a_finding_with_the_rules_words(analyzer):
    from borgertekst.engine import _finding
    from borgertekst.matchers.hit import Hit
    from borgertekst.rulebook.schema import Rule

    rule = msgspec.convert({"id": "fagsprog.y", "type": "wordlist", "category": "fagsprog", "severity": "warning",
                            "message": "'{match}' → '{suggestion}' ({explain})", "explanation": "Regel.",
                            "suggestions": ["Skriv enkelt."], "protects": ["tillid"], "link": "https://x.dk",
                            "entries": [{"term": "x"}]}, Rule)
    analysis = analyzer.analysis("Bevilling gives.")[0]
    f = _finding(rule, Hit(0, 9, ["tilladelse"], "Forklaring."), analysis)
    assert (f.rule, f.category, f.severity, f.start, f.end, f.text) == ("fagsprog.y", "fagsprog", "warning", 0, 9,
                                                                       "Bevilling")
    assert f.message == "'Bevilling' → 'Tilladelse' (Forklaring.)"
    assert f.suggestions == ["Tilladelse"] and f.replaceable and f.count == 1
    assert (f.explanation, f.protects, f.link) == ("Forklaring.", ["tillid"], "https://x.dk")
    advice = _finding(rule, Hit(0, 9), analysis)
    assert advice.suggestions == ["Skriv enkelt."] and not advice.replaceable
    assert advice.message == "'Bevilling' → 'Skriv enkelt.' ()" and advice.explanation == "Regel."
    exact = _finding(rule, Hit(0, 9, ["tilladelse"], fields={"case": "exact"}), analysis)
    assert exact.suggestions == ["tilladelse"]
