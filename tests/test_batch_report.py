"""``borgertekst report``: one self-contained HTML page over many letters."""

import re
from pathlib import Path

import pytest

from borgertekst.batch_report import render_html, summarize
from borgertekst.cli import main
from borgertekst.report import Finding, Metrics, Report
from borgertekst.rulebook import load_ruleset

BASE = Path(__file__).parent / "fixtures" / "broken_rules" / "base"
SECRET = "Jens Hansen 010203-1234"


def make_report(name, lix, severities, rule="fagsprog.ord", letter_type="afgoerelse"):
    findings = [Finding(rule=rule, category=rule.split(".")[0], severity=s, start=0, end=5, text=SECRET,
                        message=f"'{SECRET}' er fagsprog.", replaceable=False, count=1) for s in severities]
    metrics = Metrics(lix=lix, lix_label="", words=100, sentences=10, long_words=10, paragraphs=3,
                      characters=600, avg_sentence_words=10.0)
    return Report(file=name, letter_type=letter_type, letter_type_detected=letter_type, metrics=metrics,
                  findings=findings)


@pytest.fixture
def rules():
    return load_ruleset(BASE).enabled()


def test_summary_counts(rules):
    reports = [
        make_report("a.txt", 20, ["info"]),
        make_report("b.txt", 38, ["info", "info", "info"]),
        make_report("c.txt", 61, ["error"], letter_type="kvittering"),
        make_report("d.txt", 30, []),
    ]
    s = summarize(reports, rules, failed=[("e.pdf", "Filtypen .pdf understøttes ikke")])
    assert [b["letters"] for b in s.lix_bands] == [1, 1, 1, 0, 1]
    assert s.total_findings == 5
    ord_count = next(r for r in s.rules if r.id == "fagsprog.ord")
    assert (ord_count.findings, ord_count.letters) == (5, 3)
    assert [r.id for r in s.never_fired] == ["klarsprog.saetninger"]
    assert s.categories["fagsprog"] == {"findings": 5, "letters": 3}
    assert s.categories["klarsprog"] == {"findings": 0, "letters": 0}
    # an error outweighs three infos
    assert [r.file for r in s.worst()] == ["c.txt", "b.txt", "a.txt"]
    assert s.letter_types == {"afgoerelse": 3, "kvittering": 1}
    assert s.severity_totals == {"info": 4, "warning": 0, "error": 1}
    assert s.lix_median == 34.0


def test_html_is_self_contained_and_never_quotes_letters(rules):
    s = summarize([make_report("brev-17.txt", 47, ["warning", "info"])], rules,
                  failed=[("<script>.txt", "ulæselig")])
    html = render_html(s, title="Jobcentret, oktober")
    assert html.startswith("<!doctype html>")
    assert "Jobcentret, oktober" in html
    assert "brev-17.txt" in html and "fagsprog.ord" in html and "klarsprog.saetninger" in html
    assert "<svg" in html  # the LIX chart is inline
    assert SECRET not in html and "010203" not in html
    assert not re.search(r"(src|href)\s*=|https?://|@import|<link|<script", html, re.I)
    assert "&lt;script&gt;.txt" in html  # file names are escaped


def test_report_command_writes_the_page(monkeypatch, tmp_path, analyzer, capsys):
    import borgertekst.engine as engine

    monkeypatch.setenv("BORGERTEKST_RULES", str(BASE))
    monkeypatch.delenv("BORGERTEKST_RULES_LOCAL", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(engine, "_default", None)
    letters = tmp_path / "breve"
    (letters / "uge2").mkdir(parents=True)
    (letters / "a.txt").write_text("Kære Ole\n\nVi har sendt bevillingen til dig.\n", encoding="utf-8")
    (letters / "uge2" / "b.txt").write_text("Kære Eva\n\nDu får hjælpen fra maj.\n", encoding="utf-8")
    (letters / "c.docx").write_bytes(b"ikke en docx")
    (letters / "noter.md").write_text("ikke et brev", encoding="utf-8")
    out = tmp_path / "rapport.html"
    assert main(["report", str(letters), "--out", str(out)]) == 0
    assert "2 breve, 1 fund, 1 filer kunne ikke læses" in capsys.readouterr().err
    html = out.read_text(encoding="utf-8")
    assert "<code>a.txt</code>" in html and "<code>uge2/b.txt</code>" in html  # relative to the folder
    assert str(tmp_path) not in html
    assert "noter.md" not in html
    assert "<code>c.docx</code>" in html  # listed as unreadable
    assert "advarsler" in html
    assert "bevillingen" not in html  # the finding's text is never shown


def test_report_command_errors(tmp_path, capsys):
    assert main(["report", str(tmp_path / "findes-ikke"), "--out", str(tmp_path / "r.html")]) == 2
    assert "findes ikke" in capsys.readouterr().err
    assert main(["report", str(tmp_path), "--out", str(tmp_path / "r.html")]) == 2
    assert "ingen breve fundet" in capsys.readouterr().err


def test_no_progress_bar_when_not_a_terminal():
    from borgertekst.cli.report import _progress

    assert _progress(10, enabled=True) is None  # pytest's stderr is not a tty
