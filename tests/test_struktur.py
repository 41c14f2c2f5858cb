"""Structure: letter type detection and required elements with their position."""

from borgertekst.engine import analyze

AFSLAG = """Kære Hanne

Du får ikke tilskud til briller, fordi dine briller ikke er nødvendige af medicinske grunde.

Venlig hilsen
Per Hansen
"""

AFSLAG_MED_KLAGE = AFSLAG.replace(
    "\n\nVenlig hilsen",
    "\n\nHvis du vil klage, skal du skrive til os senest 4 uger efter, at du har fået brevet. "
    "Send en mail til sundhed@kommune.dk. Hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen."
    "\n\nVenlig hilsen",
)


def _rules(report):
    return {f.rule for f in report.findings}


def test_decision_without_complaint_guidance_is_an_error_at_the_end():
    report = analyze(AFSLAG, "afgoerelse")
    [finding] = [f for f in report.findings if f.rule == "struktur.klagevejledning"]
    assert finding.severity == "error"
    # marks the last paragraph before the closing, where the guidance belongs
    assert finding.text.startswith("Du får ikke tilskud")
    assert "hvor man klager" in finding.message and "fristen" in finding.message


def test_partial_complaint_guidance_names_the_missing_part():
    text = AFSLAG.replace("\n\nVenlig", "\n\nDu kan klage til Ankestyrelsen.\n\nVenlig")
    report = analyze(text, "afgoerelse")
    [finding] = [f for f in report.findings if f.rule == "struktur.klagevejledning"]
    assert "fristen" in finding.message
    assert "hvor man klager" not in finding.message


def test_complete_guidance_and_reasons_give_no_structure_error():
    report = analyze(AFSLAG_MED_KLAGE, "afgoerelse")
    assert "struktur.klagevejledning" not in _rules(report)
    assert "struktur.begrundelse" not in _rules(report)


def test_decision_without_reasons():
    report = analyze("Kære Hanne\n\nDu får ikke tilskud til briller.\n\nVenlig hilsen\nPer", "afgoerelse")
    assert "struktur.begrundelse" in _rules(report)


def test_receipt_without_answer_time_and_reply_without_thanks():
    receipt = "Kære Jens\n\nVi har modtaget din ansøgning om boligstøtte.\n\nVenlig hilsen\nLise"
    report = analyze(receipt)
    assert report.letter_type == "kvittering"
    assert "struktur.naeste-skridt" in _rules(report)
    assert "struktur.tak" in _rules(report)
    tak = next(f for f in report.findings if f.rule == "struktur.tak")
    assert tak.text.startswith("Vi har modtaget")  # first body paragraph, after the greeting


def test_caller_can_override_the_letter_type():
    report = analyze(AFSLAG, "information")
    assert report.letter_type == "information"
    assert "struktur.klagevejledning" not in _rules(report)


def test_decision_is_detected():
    report = analyze(AFSLAG_MED_KLAGE)
    assert report.letter_type_detected == "afgoerelse"


def test_a_rule_that_times_out_is_skipped_with_a_notice(monkeypatch):
    from borgertekst.engine import Analyzer
    from borgertekst.matchers.phrases import PhrasesMatcher

    def slow(self, analysis):
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(PhrasesMatcher, "find", slow)
    analyzer = Analyzer()
    phrase_rules = {rule.id for rule, matcher in analyzer.matchers if isinstance(matcher, PhrasesMatcher)}
    report = analyzer.analyze("Som vi tidligere har oplyst, behandles Deres sag.")
    assert any("sprunget over" in n for n in report.notices)
    assert "tone.tryk" in phrase_rules
    assert not [f for f in report.findings if f.rule in phrase_rules]
    assert any(f.rule == "klarsprog.tiltale" for f in report.findings)  # the other rules still ran
