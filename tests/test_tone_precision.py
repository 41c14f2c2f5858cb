"""The precision policy of tone.tryk-saetning (borgertekst/tone/precision.py): evidence beyond
word choice, third-party descriptions, neutral contexts, thresholds as options. The sentences
were written for these tests."""

from __future__ import annotations

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rulebook.loader import load_rule, load_ruleset, shipped_rules_dir
from borgertekst.tone import Signal
from borgertekst.tone.precision import PrecisionPolicy, addresses_reader

RULE = shipped_rules_dir() / "tone" / "tryk-saetning.yaml"
BASE = 0.73


def shipped_options() -> dict:
    return load_rule(RULE).options  # as loaded: context names resolved


@pytest.fixture(scope="module")
def policy():
    return PrecisionPolicy.from_options(shipped_options(), BASE)


def sig(sentence: str, feature: str, words: str, weight: float = 1.0) -> Signal:
    at = sentence.index(words)
    return Signal(feature, "", None, weight, at, at + len(words))


def keep(policy, sentence, score, signals, text_reader=True):
    return policy.decide(score, signals, sentence, 0, len(sentence), text_reader)


# ---- evidence ------------------------------------------------------------------------------
def test_words_alone_need_the_higher_threshold(policy):
    s = "Det undrer os meget, at papirerne stadig mangler."
    words = [sig(s, "ord:undre", "undrer"), sig(s, "ord:stadig", "stadig")]
    below = policy.words_only - 0.02  # above the model's threshold, under the words-only one
    assert below > BASE
    assert not keep(policy, s, below, words).keep
    assert keep(policy, s, below, words).reason == "words-only"
    assert keep(policy, s, 0.95, words).keep


def test_general_signals_are_no_evidence(policy):
    s = "Du har ikke sendt papirerne til os."
    general = [sig(s, "sig:negation", "ikke"), sig(s, "sig:reader_address", "Du"), sig(s, "ord:sende", "sendt")]
    assert not keep(policy, s, 0.8, general).keep


def test_a_lexicon_class_or_kind_signal_is_evidence(policy):
    s = "Du har endnu en gang glemt at sende papirerne."
    assert keep(policy, s, 0.8, [sig(s, "lex:generalisering", "endnu en gang")]).keep
    assert keep(policy, s, 0.8, [sig(s, "sig:particle", "endnu")]).keep


def test_a_signal_that_pulls_the_score_down_is_no_evidence(policy):
    s = "Du har endnu en gang glemt at sende papirerne."
    assert not keep(policy, s, 0.8, [sig(s, "lex:generalisering", "endnu en gang", weight=-0.5)]).keep


# ---- third parties -----------------------------------------------------------------------------
def test_a_third_party_word_is_no_evidence_when_the_letter_speaks_to_the_reader(policy):
    s = "Ansøgeren har ikke sendt tegningerne til kommunen."
    signals = [sig(s, "lex:afstand", "Ansøgeren"), sig(s, "sig:negation", "ikke")]
    assert not keep(policy, s, 0.85, signals, text_reader=True).keep
    # a letter that never says du/De names its reader "ansøgeren": that is distance
    assert keep(policy, s, 0.85, signals, text_reader=False).keep


def test_what_is_no_evidence_is_taken_out_of_the_score(policy):
    s = "Ansøgeren har ikke sendt tegningerne til kommunen."
    signals = [sig(s, "lex:afstand", "Ansøgeren", weight=2.0), sig(s, "ord:sende", "sendt", weight=0.5)]
    in_letter = keep(policy, s, 0.95, signals, text_reader=True)
    assert in_letter.score < 0.95 * 0.8 and not in_letter.keep
    assert keep(policy, s, 0.95, signals, text_reader=False).score == pytest.approx(0.95)


def test_a_word_a_class_hits_through_a_shared_lemma_is_no_evidence(policy):
    s = "Den ansøgte højde på carporten er 3,2 meter."
    assert not keep(policy, s, 0.8, [sig(s, "lex:afstand", "ansøgte")]).keep


def test_a_third_party_word_counts_when_the_sentence_speaks_to_the_reader(policy):
    s = "Du er som ansøger forpligtet til at sende tegningerne."
    assert keep(policy, s, 0.85, [sig(s, "lex:afstand", "ansøger")]).keep


def test_reader_address_is_du_form_or_capitalised_de_form():
    assert addresses_reader("Vi har modtaget din ansøgning.")
    assert addresses_reader("Vi skal bede Dem sende kopien.")
    assert not addresses_reader("De har søgt om tilskud, og de får svar i maj.".replace("De har", "Forældrene har"))
    assert not addresses_reader("Pågældende har fået besked.")


# ---- contexts --------------------------------------------------------------------------------
def test_complaint_guidance_needs_more(policy):
    s = "Ønsker De at klage, skal klagen sendes til Ankestyrelsen inden fire uger."
    signals = [sig(s, "lex:afstand", "De")]
    assert policy.context_of(s) == "klagevejledning"
    assert not keep(policy, s, 0.9, signals).keep
    assert keep(policy, s, 0.99, signals).keep


def test_the_words_of_a_statute_reference_are_no_evidence(policy):
    s = "Vi har truffet afgørelsen, jf. serviceloven § 83."
    assert not keep(policy, s, 0.93, [sig(s, "lex:afstand", "jf.")]).keep
    s2 = "Vi skal hermed meddele, at afgørelsen er truffet, jf. serviceloven § 83."
    assert keep(policy, s2, 0.95, [sig(s2, "lex:afstand", "jf."), sig(s2, "lex:afstand", "hermed")]).keep


def test_a_consequence_told_from_what_the_authority_receives_needs_more(policy):
    s = "Hvis vi ikke modtager kontoudtogene, kan vi ikke beregne din ydelse."
    signals = [sig(s, "sig:condition_sanction", "Hvis"), sig(s, "lex:pres", "ikke beregne")]
    assert policy.context_of(s) == "neutral_foelge"
    assert not keep(policy, s, 0.9, signals).keep
    # the same pressure aimed at the reader is not this context
    s2 = "Hvis du ikke sender kontoudtogene, stopper vi din ydelse."
    assert policy.context_of(s2) is None


def test_reasons_and_rules_paraphrased_need_more(policy):
    s = "Der er i afgørelsen lagt vægt på, at De ikke har dokumenteret udgifterne."
    signals = [sig(s, "sig:reader_negation", "ikke"), sig(s, "lex:afstand", "De")]
    assert policy.context_of(s) == "begrundelse"
    assert not keep(policy, s, 0.9, signals).keep
    s2 = "Reglen siger, hvorefter kommunen kan afslå, hvis behovet ikke er varigt."
    assert policy.context_of(s2) == "begrundelse"


def test_shipped_options_are_complete_and_stricter_than_the_model():
    options = shipped_options()
    policy = PrecisionPolicy.from_options(options, BASE)
    assert policy.words_only > BASE
    assert set(policy.contexts) >= {"klagevejledning", "lovhenvisning", "neutral_foelge", "begrundelse"}
    for name, (limit, patterns) in policy.contexts.items():
        assert limit >= BASE and patterns, name


# ---- in the product ----------------------------------------------------------------------------
def tryk(analyzer, text):
    return [f for f in analyzer.analyze(text).findings if "tone.tryk-saetning" in (f.rule, *f.also_rules)]


def test_third_party_sentence_in_a_du_letter_gets_no_finding(analyzer):
    sentence = "Pågældende har fortsat ikke indsendt de ønskede oplysninger."
    alone = tryk(analyzer, sentence)
    assert alone, "the model alone flags the officialese 'Pågældende' (the reader in the third person)"
    letter = ("Kære Mette Holm\n\nDu har spurgt, hvordan det går med din nabos sag om støttepædagog. "
              + sentence + " Vi skriver til dig igen, når vi ved mere.\n\nMed venlig hilsen\nSagsbehandler")
    assert not [f for f in tryk(analyzer, letter) if "Pågældende" in letter[f.start:f.end + 20]]


def test_strong_evidence_still_gives_a_finding_in_a_letter(analyzer):
    letter = ("Kære Ole Jensen\n\nDu har endnu en gang ikke overholdt fristen. "
              "Ring til mig, hvis du har spørgsmål.\n\nMed venlig hilsen\nJobcentret")
    assert tryk(analyzer, letter)


def test_words_only_threshold_is_an_option_a_municipality_can_override(tmp_path, monkeypatch):
    text = ("Kære Per Holm\n\nTak for din mail om boligstøtten. "
            "Det er svært at forstå, at du stadig ikke har sendt papirerne. "
            "Ring til mig, hvis du har spørgsmål.\n\nMed venlig hilsen\nLise Berg")
    assert not tryk(Analyzer(), text)  # word choice alone in a letter, under the shipped words-only bar
    pack = tmp_path / "kommune"
    pack.mkdir()
    (pack / "overrides.yaml").write_text(
        "tone.tryk-saetning:\n  options: {threshold_words_only: 0.75}\n", encoding="utf-8")
    monkeypatch.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    mild = Analyzer(load_ruleset())
    assert mild.ruleset.get("tone.tryk-saetning").options["threshold_words_only"] == 0.75
    assert tryk(mild, text)
