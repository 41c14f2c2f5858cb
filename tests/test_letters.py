"""Realistic municipal letters (tests/letters/) give the findings written next to
them in tests/letters/expected.yaml: letter type, rules that must and must not
fire, exact spans, and no warnings at all for letters in good TRÆK style."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from borgertekst.document import load_path
from borgertekst.report import SEVERITY_RANK

LETTERS = Path(__file__).parent / "letters"
EXPECTED = yaml.safe_load((LETTERS / "expected.yaml").read_text(encoding="utf-8"))
LETTER_SUFFIXES = {".txt", ".html", ".docx"}


def _report(analyzer, name: str, letter_type: str | None = None):
    return analyzer.analyze(load_path(LETTERS / name), letter_type, file=name)


@pytest.fixture(scope="module")
def reports(analyzer):
    return {name: _report(analyzer, name) for name in EXPECTED}


def test_every_letter_has_expectations_and_the_set_is_large_enough():
    files = {p.name for p in LETTERS.iterdir() if p.suffix in LETTER_SUFFIXES}
    assert files == set(EXPECTED), "letters without expectations or expectations without a letter"
    assert len(files) >= 12
    assert sum(1 for p in files if p.endswith(".html")) >= 2
    types = {spec["letter_type"] for spec in EXPECTED.values()}
    assert {"afgoerelse", "kvittering", "klagesvar", "indkaldelse", "partshoering", "information"} <= types
    good_decisions = [n for n, spec in EXPECTED.items() if spec.get("traek") and spec["letter_type"] == "afgoerelse"]
    assert len(good_decisions) >= 2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_letter_type_is_detected(reports, name):
    report = reports[name]
    assert report.letter_type_detected == EXPECTED[name]["letter_type"]
    assert report.letter_type == EXPECTED[name]["letter_type"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_letter_gives_expected_rules(reports, name):
    spec = EXPECTED[name]
    found = {rule for f in reports[name].findings for rule in f.rules}
    missing = set(spec.get("must", [])) - found
    unwanted = set(spec.get("must_not", [])) & found
    assert not missing, f"{name}: expected findings of {sorted(missing)}"
    assert not unwanted, f"{name}: unexpected findings of {sorted(unwanted)}"


@pytest.mark.parametrize("name", sorted(n for n, s in EXPECTED.items() if s.get("spans")))
def test_letter_findings_cover_exact_spans(reports, name):
    report = reports[name]
    text = load_path(LETTERS / name).text
    for want in EXPECTED[name]["spans"]:
        hits = [f for f in report.findings if want["rule"] in f.rules]
        places = [text[s:e] for f in hits for s, e in f.spans()]  # a repeated word is one finding
        assert want["text"] in places, f"{name}: {want['rule']} should cover {want['text']!r}, got {places}"
        for f in hits:
            assert text[f.start:f.end] == f.text
            assert all(text[s:e].casefold() == f.text.casefold() for s, e in f.spans())


@pytest.mark.parametrize("name", sorted(n for n, s in EXPECTED.items() if s.get("max_severity")))
def test_letter_stays_below_max_severity(reports, name):
    limit = SEVERITY_RANK[EXPECTED[name]["max_severity"]]
    too_high = [(f.rule, f.severity, f.text) for f in reports[name].findings if SEVERITY_RANK[f.severity] > limit]
    assert not too_high, f"{name}: {too_high}"


@pytest.mark.parametrize("name", sorted(n for n, s in EXPECTED.items() if s.get("traek")))
def test_traek_letters_have_no_warnings_and_readable_lix(reports, name):
    report = reports[name]
    assert [f.rule for f in report.findings if f.severity != "info"] == []
    assert report.metrics.lix <= 40
    if report.letter_type == "afgoerelse":
        # complete complaint guidance and reasons: the structure rules are satisfied
        assert not {"struktur.klagevejledning", "struktur.begrundelse"} & {f.rule for f in report.findings}


def test_bad_letters_hurt_procedural_justice_elements(reports):
    """The angry reply hurts dignity and trust; the good reply hurts nothing."""
    bad = reports["vred-klagesvar.txt"].elements
    assert bad["vaerdighed"] is False and bad["tillid"] is False and bad["indflydelse"] is False
    assert all(reports["god-klagesvar.html"].elements.values())


@pytest.mark.parametrize("text, letter_type", [
    ("Kære Eva\n\nVi overvejer at stoppe din boligstøtte. Før vi beslutter noget, vil vi gerne høre, hvad du "
     "mener.\n\nVenlig hilsen\nLise Holt", "partshoering"),
    ("Kære Eva\n\nTak for din mail. Jeg har fået din ansøgning om friplads. Du hører fra mig senest den "
     "3. juni.\n\nVenlig hilsen\nLise Holt", "kvittering"),
    ("Kære Eva\n\nJeg vil gerne invitere dig til et møde om din plan tirsdag kl. 10.\n\nVenlig hilsen\n"
     "Lise Holt", "indkaldelse"),
    ("Kære Eva\n\nTak for din klage. Du har ret, og du får medhold. Vi betaler dine udgifter.\n\n"
     "Venlig hilsen\nLise Holt", "klagesvar"),
    ("Kære Eva\n\nVi har besluttet, at du får hjælp til rengøring hver anden uge, fordi du ikke selv kan "
     "støvsuge.\n\nVenlig hilsen\nLise Holt", "afgoerelse"),
    ("Kære Eva\n\nVi vil gerne fortælle dig, at biblioteket holder lukket i uge 30.\n\nVenlig hilsen\n"
     "Lise Holt", "information"),
    ("Hej Eva\n\nHer er billederne fra sommerfesten.\n\nHilsen Lise", "andet"),
])
def test_short_letters_are_classified(analyzer, text, letter_type):
    from borgertekst.document import Document

    assert analyzer.analyze(Document.from_text(text)).letter_type_detected == letter_type


def test_type_override_applies_structure_rules_of_that_type(analyzer):
    """The follow-up after a phone call is 'andet'; forced to 'kvittering' it must thank and say when."""
    report = _report(analyzer, "opfoelgning-telefon.txt", "kvittering")
    assert report.letter_type == "kvittering"
    assert report.letter_type_detected == "andet"
    rules = {f.rule for f in report.findings}
    assert "struktur.tak" not in rules  # it thanks for the call
    forced = _report(analyzer, "afslag-uden-begrundelse.txt", "information")
    assert "struktur.klagevejledning" not in {f.rule for f in forced.findings}


def test_docx_letter_gives_same_findings_as_text(analyzer, tmp_path):
    docx = pytest.importorskip("docx")
    for name in ("god-kvittering.txt", "vred-klagesvar.txt"):
        source = (LETTERS / name).read_text(encoding="utf-8")
        document = docx.Document()
        for block in source.strip().split("\n\n"):
            document.add_paragraph(block)
        path = tmp_path / name.replace(".txt", ".docx")
        document.save(path)
        from_docx = analyzer.analyze(load_path(path))
        from_text = _report(analyzer, name)
        assert from_docx.letter_type_detected == from_text.letter_type_detected
        assert {f.rule for f in from_docx.findings} == {f.rule for f in from_text.findings}


def test_check_command_on_letters_json_and_exit_codes(capsys):
    from borgertekst.cli import main

    good = [str(LETTERS / n) for n, s in EXPECTED.items() if s.get("traek")]
    assert main(["check", "--format", "json", "--fail-on", "warning", *good]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [r["file"] for r in out] == good
    assert all(f["severity"] == "info" for r in out for f in r["findings"])
    assert main(["check", "--format", "json", str(LETTERS / "vred-klagesvar.txt")]) == 0  # no errors, only warnings
    capsys.readouterr()
    assert main(["check", "--format", "json", str(LETTERS / "afslag-uden-begrundelse.txt")]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["letter_type"] == "afgoerelse"
    assert {"struktur.begrundelse", "struktur.klagevejledning"} <= {f["rule"] for f in report["findings"]}
