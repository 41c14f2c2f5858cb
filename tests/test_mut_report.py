"""``Report.counts`` and a finding's ``rules`` and ``spans`` (bench/MUTATION.md)."""

from borgertekst.report import SEVERITIES, Finding, Occurrence


def _finding(severity, start=0, end=4, **extra):
    return Finding(rule="tone.a", category="tone", severity=severity, start=start, end=end, text="ordet",
                   message="m", replaceable=False, **{"count": 1, **extra})


def test_counts_has_every_severity_and_counts_each_finding(analyzer):
    report = analyzer.analyze("Vi har modtaget din ansøgning.")
    report.findings = [_finding("warning"), _finding("warning", 5, 9), _finding("info", 10, 14)]
    assert report.counts() == {**{s: 0 for s in SEVERITIES}, "warning": 2, "info": 1}
    assert set(report.counts()) == set(SEVERITIES)


def test_rules_and_spans_list_the_lead_first(analyzer):
    place = Occurrence(start=10, end=14, start_utf16=10, end_utf16=14, line=1, column=11, paragraph=0)
    f = _finding("warning", also_rules=["klarsprog.b"], occurrences=[place], count=2)
    assert f.rules == ["tone.a", "klarsprog.b"]
    assert f.spans() == [(0, 4), (10, 14)]


def test_to_json_is_the_report_as_json(analyzer):
    import json

    from borgertekst.report import to_json

    report = analyzer.analyze("Vedrørende din ansøgning skriver vi hermed.", file="brev.txt")
    data = json.loads(to_json(report))
    assert data["file"] == "brev.txt" and data["letter_type"] == report.letter_type
    assert [(f["rule"], f["start"], f["end"]) for f in data["findings"]] == [
        (f.rule, f.start, f.end) for f in report.findings]
