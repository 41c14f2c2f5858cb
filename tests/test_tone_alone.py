"""tone.tryk-saetning on a text of its own (borgertekst/tone/precision.py, "a text of its own"):
the words-only and letter bars are a base-rate correction for letters (many neutral sentences
around each one); a text of at most ``alone_max_sentences`` sentences is scored at the model's
own point, the neutral contexts still apply; a municipality's own ``threshold`` holds everywhere.
Shipped switched off (``alone_max_sentences: 0``); a rule pack switches it on."""

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rulebook.loader import load_ruleset

# TRYK on word choice alone (no lexicon class fires): flagged alone, not among a letter's sentences
WORDS_ONLY = "Det er svært at forstå, at du stadig ikke har sendt papirerne."


def letter(sentence: str) -> str:
    return ("Kære Per Holm\n\nTak for din mail om boligstøtten, som vi fik den 3. marts. Vi har set på sagen igen. "
            + sentence + " Ring til mig på 72 36 40 00, hvis du har spørgsmål.\n\nMed venlig hilsen\nLise Berg")


def tryk_in(analyzer, text: str, sentence: str) -> list:
    start = text.index(sentence)
    return [f for f in analyzer.analyze(text).findings
            if "tone.tryk-saetning" in (f.rule, *f.also_rules) and start <= f.start < start + len(sentence)]


def _pack(tmp_path, monkeypatch, options: str) -> Analyzer:
    pack = tmp_path / "kommune"
    pack.mkdir()
    (pack / "overrides.yaml").write_text("tone.tryk-saetning:\n  options: " + options + "\n", encoding="utf-8")
    monkeypatch.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    return Analyzer(load_ruleset())


@pytest.fixture(scope="module")
def analyzer(tmp_path_factory):
    """The analyzer with the text-alone point switched on (as a rule pack does)."""
    mp = pytest.MonkeyPatch()
    pack = tmp_path_factory.mktemp("alone_on")
    (pack / "overrides.yaml").write_text("tone.tryk-saetning:\n  options: {alone_max_sentences: 2}\n", encoding="utf-8")
    mp.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    try:
        yield Analyzer(load_ruleset())
    finally:
        mp.undo()


def test_shipped_with_the_text_alone_point_off():
    assert not tryk_in(Analyzer(), WORDS_ONLY, WORDS_ONLY)


def test_words_only_sentence_alone_is_flagged_but_not_in_a_letter(analyzer):
    assert tryk_in(analyzer, WORDS_ONLY, WORDS_ONLY)
    assert not tryk_in(analyzer, letter(WORDS_ONLY), WORDS_ONLY)


def test_two_sentences_are_alone_three_are_a_letter(analyzer):
    two = WORDS_ONLY + " Vi hører fra dig."
    three = "Tak for din mail. " + WORDS_ONLY + " Vi hører fra dig."
    assert tryk_in(analyzer, two, WORDS_ONLY)
    assert not tryk_in(analyzer, three, WORDS_ONLY)


@pytest.mark.parametrize("sentence", [
    "Hvis du vil klage, skal du sende klagen til os inden fire uger.",  # complaint guidance
    "Deres ansøgning imødekommes derfor ikke.",  # a plain refusal in the passive (lead's decision: no TRYK)
    "Ansøgningen kan ikke imødekommes.",
])
def test_neutral_kinds_stay_neutral_alone(analyzer, sentence):
    assert not tryk_in(analyzer, sentence, sentence)


@pytest.mark.parametrize("sentence", [
    "Det meddeles Dem hermed, at Deres ansøgning ikke kan imødekommes.",  # distance aimed at the reader
    "Vi skal hermed meddele Dem, at sagen er afsluttet.",
])
def test_formulaic_distance_at_the_reader_is_tryk_alone_and_in_a_letter(analyzer, sentence):
    assert tryk_in(analyzer, sentence, sentence)
    assert tryk_in(analyzer, letter(sentence), sentence)


def test_a_municipality_can_switch_the_text_alone_point_off(tmp_path, monkeypatch):
    off = _pack(tmp_path, monkeypatch, "{alone_max_sentences: 0}")
    assert off.ruleset.get("tone.tryk-saetning").options["alone_max_sentences"] == 0
    assert not tryk_in(off, WORDS_ONLY, WORDS_ONLY)


def test_a_municipality_threshold_holds_for_a_text_alone(tmp_path, monkeypatch):
    strict = _pack(tmp_path, monkeypatch, "{alone_max_sentences: 2, threshold: 0.95}")
    assert not tryk_in(strict, WORDS_ONLY, WORDS_ONLY)


def test_a_paragraph_the_editor_sends_is_part_of_its_letter(analyzer):
    def tryk(parts, i):
        result = analyzer.analyze_paragraphs(parts).paragraphs[i]
        return [f for f in result.findings if "tone.tryk-saetning" in (f.rule, *f.also_rules)]

    assert tryk([WORDS_ONLY], 0)  # one paragraph: the text alone
    assert not tryk(["Kære Per Holm", WORDS_ONLY, "Med venlig hilsen\nLise Berg"], 1)
