"""The engine's public parts that the paragraph endpoint builds on."""

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
