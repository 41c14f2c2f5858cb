"""``borgertekst check``'s text output says honestly what the writer can do: "Skriv: »…«"
only for text that fits the place as it stands (the same fitting as the web page's "Brug"),
"Overvej: …" with the reason when the word does not fit there, "Råd: …" for advice, with
the blanks to fill in shown as "___" (issue 14)."""

from __future__ import annotations

import pytest

from borgertekst.cli import main
from borgertekst.cli.output import advice_lines, show_blanks
from borgertekst.nlp import hunspell_da

LETTER = """Kære Inge Holm

Kommunen har behandlet Deres ansøgning om dækning af merudgifter. Såfremt De har spørgsmål, kan De ringe.

Det påhviler ansøgeren at fremsende de nødvendige oplysninger, fordi ansøgeren er Deres søn.

Med venlig hilsen
Lis
"""


@pytest.fixture
def output(tmp_path, capsys):
    p = tmp_path / "brev.txt"
    p.write_text(LETTER, encoding="utf-8")
    main(["check", "--color", "never", str(p)])
    return capsys.readouterr().out


@pytest.mark.parametrize("raw, shown", [
    ("Som jeg skrev i mit brev af [dato], …", "Som jeg skrev i mit brev af ___, ___"),
    ("Det næste, der sker, er, at …", "Det næste, der sker, er, at ___"),
    ("ring til mig på <telefon>", "ring til mig på ___"),
    ("hvis", "hvis"),
])
def test_blanks_are_shown_as_blanks(raw, shown):
    assert show_blanks(raw) == shown


def test_no_raw_arrow_lists_are_printed(output):
    assert "→" not in output


def test_a_replacement_that_fits_is_shown_as_text_to_write(output):
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if "'Såfremt'" in line or "'såfremt'" in line)
    assert lines[at + 1].strip() == "Skriv: »Hvis«"


@pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")
def test_the_replacement_is_shown_inflected_for_its_place(output):
    assert "Skriv: »ekstra udgifter«" in output
    assert "»ekstra udgift«" not in output


def test_advice_is_shown_as_advice_with_blanks(output):
    assert "Råd: " in output
    assert "[telefon]" not in output and "[dato]" not in output


def test_a_word_that_does_not_fit_is_not_offered_as_text(analyzer):
    # "samt" in a list that already has "og": "og" would blur the list, so it does not fit here
    text = "Kære Ib\n\nDu skal sende lønsedler og kontoudtog samt en erklæring fra lægen.\n\nVenlig hilsen\nLis"
    found = [f for f in analyzer.analyze(text).findings if f.text == "samt" and f.replaceable]
    assert found
    lines = advice_lines(found[0], text, analyzer.ruleset)
    assert lines[0].startswith("Overvej: og") and "passer ikke ind her" in lines[0], lines


def test_advice_of_a_rule_is_never_called_text_to_write(analyzer):
    report = analyzer.analyze(LETTER)
    for f in report.findings:
        lines = advice_lines(f, LETTER, analyzer.ruleset)
        if not f.replaceable and f.suggestions:
            assert lines[0].startswith("Råd: ")


def test_a_traek_sentence_for_part_of_a_sentence_is_shown_as_a_sentence_to_rewrite(analyzer):
    text = "Kære Ib\n\nYderligere henvendelser vil ikke blive besvaret.\n\nVenlig hilsen\nLis"
    found = [f for f in analyzer.analyze(text).findings if f.rule == "tone.lukker-doeren" and f.replaceable]
    if not found:
        pytest.skip("the closing-the-door rule gives no full sentence here")
    line = advice_lines(found[0], text, analyzer.ruleset)[0]
    assert line.startswith(("Omskriv sætningen, fx: »", "Skriv: »"))
