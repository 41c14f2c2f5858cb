"""A refusal of the reader's own request is a decision however unsure the letter type is:
missing reasons stay an error (``options.sure_when_refused`` on struktur.begrundelse,
read in ``lettertype.severity_for``)."""

import borgertekst.engine as engine
import borgertekst.lettertype as lettertype

# a short e-mail-like refusal: few decision words, so the type is detected with little confidence
REFUSAL = ("Hej Sanne\n\nTak for snakken i går. Du har søgt om en større lejlighed. "
           "Det kan vi ikke tilbyde dig.\n\nRing til mig, hvis du har spørgsmål.\n\nMette")


def _begrundelse(analyzer, text, monkeypatch):
    seen = []
    original = lettertype.severity_for

    def spy(rule, analysis):
        severity = original(rule, analysis)
        if rule.id == "struktur.begrundelse":
            seen.append(analysis.detection.confidence)
        return severity

    monkeypatch.setattr(engine, "severity_for", spy)
    findings = [f for f in analyzer.analyze(text).findings if f.rule == "struktur.begrundelse"]
    return findings, seen


def test_a_refused_request_without_reasons_is_an_error_at_low_type_confidence(analyzer, monkeypatch):
    findings, confidences = _begrundelse(analyzer, REFUSAL, monkeypatch)
    assert confidences and confidences[-1] < lettertype.SURE  # the type is unsure here
    assert [f.severity for f in findings] == ["error"]


def test_without_the_option_the_unsure_type_makes_it_milder(analyzer, monkeypatch):
    rule = next(r for r, _ in analyzer.matchers if r.id == "struktur.begrundelse")
    monkeypatch.setattr(rule, "options", {k: v for k, v in rule.options.items() if k != "sure_when_refused"})
    findings, _ = _begrundelse(analyzer, REFUSAL, monkeypatch)
    assert [f.severity for f in findings] == ["warning"]


def test_a_no_without_a_request_of_the_reader_stays_milder(analyzer, monkeypatch):
    # "we cannot help with that" after a call, with no request named: not sure to be a decision
    text = ("Hej Sanne\n\nTak for snakken i går om flytningen. Det kan vi desværre ikke hjælpe med.\n\n"
            "Ring til mig, hvis du har spørgsmål.\n\nMette")
    findings, _ = _begrundelse(analyzer, text, monkeypatch)
    assert all(f.severity != "error" for f in findings)
