"""Tone as a sentence scorer: lexicon on lemmas, structure signals, the trained weights,
findings with reasons and the TRÆK alternative, a threshold a municipality can set, and the
false positives on real letters (masked CPR, statute abbreviations, quotations)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rulebook import load_ruleset
from borgertekst.tone import WEIGHTS_FILE, LinearModel, ToneScorer, scorer
from borgertekst.tone.lexicon import ClassSpec, LexiconMatcher

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def tone_findings(analyzer, text):
    return [f for f in analyzer.analyze(text).findings if f.category == "tone"]


# ---- lexicon ------------------------------------------------------------------------------
def test_lexicon_matches_inflected_forms_gaps_and_any_order(nlp):
    m = LexiconMatcher(nlp, [
        ClassSpec("a", "a", ("misforstå",)),
        ClassSpec("b", "b", ("beklage … hvis",)),
        ClassSpec("c", "c", (("gøre", "opmærksom"),)),
    ])

    def classes(text):
        return {h.cls for h in m.match(nlp(text))}

    assert classes("Du har misforstået brevet.") == {"a"}
    assert classes("Du misforstod det.") == {"a"}
    assert classes("Vi beklager meget, hvis du blev ked af det.") == {"b"}
    assert classes("Vi beklager, at du har ventet.") == set()
    assert classes("Opmærksom må vi gøre dig på fristen.") == {"c"}
    # "together" parts count only inside one sentence
    assert classes("Vi vil gøre noget. Det er vi opmærksomme på.") == set()


def test_weights_file_is_a_trained_model_over_known_features(tone):
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["weights"]) > 30
    assert 0.3 <= data["threshold"] <= 0.9
    lexicon_features = {f"lex:{c.name}" for c in tone.classes}
    assert lexicon_features & set(data["features"])
    # TRYK classes push up, TRÆK classes pull down
    w = dict(zip(data["features"], data["weights"]))
    assert w["lex:irettesaettelse"] > 0 and w["lex:lukker_doeren"] > 0
    assert w["lex:undskyldning"] < 0 or w["lex:anerkendelse"] < 0


def test_linear_model_is_a_logistic_dot_product():
    model = LinearModel({"features": ["a", "b"], "weights": [2.0, -1.0], "bias": -0.5})
    assert model.proba({}) == pytest.approx(1 / (1 + 2.718281828 ** 0.5), rel=1e-6)
    assert model.proba({"a": 1.0}) > 0.8 > model.proba({"b": 1.0})


# ---- scores and findings ------------------------------------------------------------------
ESCALATING = [
    "Du har tydeligvis ikke sat dig ind i reglerne.",
    "Yderligere henvendelser om sagen vil ikke blive besvaret.",
    "Hvis du ikke møder op, stopper vi din kontanthjælp med det samme.",
    "Vi har svært ved at tro på, at du ikke har fået brevet.",
]
NEUTRAL = [
    "Vi kan desværre ikke give dig tilskud til briller, fordi reglerne kun dækker børn.",
    "Ring gerne til mig, hvis noget i brevet er uklart.",
    "Vi beklager, at du har ventet så længe på svar.",
    "Venlig hilsen",
]


@pytest.mark.parametrize("text", ESCALATING)
def test_escalating_sentences_score_above_neutral_ones(tone, nlp, text):
    high = max(s.score for s in tone.score_doc(nlp(text)))
    low = max((s.score for n in NEUTRAL for s in tone.score_doc(nlp(n))), default=0.0)
    assert high >= tone.model.threshold > low


def test_finding_names_signals_in_danish_and_carries_traek_advice(analyzer):
    found = [f for f in tone_findings(analyzer, "Du har tydeligvis ikke sat dig ind i reglerne.")
             if f.rule == "tone.tryk-saetning"]
    assert len(found) == 1
    f = found[0]
    assert "tydeligvis" in f.text and f.text in "Du har tydeligvis ikke sat dig ind i reglerne."
    assert "irettesættelse" in f.message and "%" in f.message
    assert "'tydeligvis'" in f.message or "tydeligvis" in f.message
    assert f.suggestions and not f.replaceable  # the TRÆK alternative is advice, not drop-in text
    assert "skylden" in f.suggestions[0] or "forklaret" in f.suggestions[0]


def test_quoted_citizen_words_are_not_scored(analyzer):
    text = 'Du skriver: "Yderligere henvendelser vil ikke blive besvaret, siger I jo altid!!"\n\nTak for din mail.'
    assert [f for f in tone_findings(analyzer, text) if f.rule == "tone.tryk-saetning"] == []


def test_threshold_is_an_option_a_municipality_can_override(tmp_path, monkeypatch):
    text = "Vi har svært ved at tro på, at du ikke har fået brevet."
    shipped = Analyzer()
    assert any(f.rule == "tone.tryk-saetning" for f in shipped.analyze(text).findings)
    pack = tmp_path / "kommune"
    pack.mkdir()
    (pack / "overrides.yaml").write_text("tone.tryk-saetning:\n  options: {threshold: 0.999}\n", encoding="utf-8")
    monkeypatch.setenv("BORGERTEKST_RULES_LOCAL", str(pack))
    strict = Analyzer(load_ruleset())
    assert strict.ruleset.get("tone.tryk-saetning").options["threshold"] == 0.999
    assert not any(f.rule == "tone.tryk-saetning" for f in strict.analyze(text).findings)


# ---- shouting (issue 12's false positives) ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Dit CPR-nummer 010116-XXXX står øverst i brevet.",
    "Afgørelsen er truffet efter LBK nr. 1089 og BEK nr. 688.",
    "Reglerne står i MOL, OFL og FVL, og PPR og SFO er orienteret.",
    "Hvis du vil læse mere, så se SEL § 41.",
    "AFGØRELSE OM BOLIGSTØTTE\n\nDu får boligstøtte fra 1. maj.",
])
def test_abbreviations_masked_numbers_and_headings_are_not_shouting(analyzer, text):
    assert [f.text for f in tone_findings(analyzer, text) if f.rule == "tone.raab"] == []


def test_capital_words_and_repeated_marks_are_shouting(analyzer):
    found = {f.text for f in tone_findings(analyzer, "Du SKAL sende papirerne nu!!") if f.rule == "tone.raab"}
    assert found == {"SKAL", "!!"}


def test_sanction_pressure_on_abandoned_case_is_found(analyzer):
    text = ("Såfremt de manglende oplysninger ikke modtages inden fristen, vil sagen blive betragtet som "
            "opgivet og tilladelsen annulleret.")
    found = tone_findings(analyzer, text)
    assert found, "a case 'considered abandoned and the permit annulled' is sanction pressure"


# ---- the scorer is built once and is cheap ------------------------------------------------
def test_scorer_is_shared_per_pipeline(nlp):
    assert scorer(nlp) is scorer(nlp)


def test_training_corpus_is_in_the_repo_with_its_origin():
    corpus = ROOT / "tests" / "corpus" / "tone"
    lines = [line for p in corpus.glob("*/*.txt") for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) >= 800
    assert "written for this project" in (corpus / "README.md").read_text(encoding="utf-8")
    kinds = {p.stem for p in (corpus / "escalating").glob("*.txt")}
    assert len(kinds) == 10


def test_phrase_rule_and_sentence_model_on_one_sentence_give_one_finding(analyzer):
    text = "Du har misforstået, hvad vi skrev i afgørelsen."
    found = tone_findings(analyzer, text)
    assert len(found) == 1
    rules = {found[0].rule, *found[0].also_rules}
    assert "tone.tryk-saetning" in rules and len(rules) >= 2  # the model and a phrase rule, merged
    assert "Sætningen lyder som TRYK" in found[0].message


def test_long_words_give_stem_features_across_inflection_and_derivation(nlp):
    from borgertekst.tone.features import word_features

    def feats(text):
        doc = nlp(text)
        return set(word_features(next(iter(doc.sents))))

    a, b = feats("Det er en misforståelse."), feats("Du har misforstået brevet.")
    assert any(k.startswith("ordstart:misfo") for k in a & b)
    assert not any(k.startswith("ordstart:") for k in feats("Vi har et kort svar."))


@pytest.mark.parametrize("text, signal", [
    ("Det er jo din egen skyld.", "sig:particle"),
    ("Det er da dejligt, at du endelig har svaret.", "sig:mock_praise"),
    ("Du kommer altid for sent til møderne.", "sig:reader_always"),
])
def test_structure_signals_fire_on_their_kind(tone, nlp, text, signal):
    feats = [f for _, f in tone.features(nlp(text))]
    assert signal in feats[0].values


@pytest.mark.parametrize("text, signal", [
    ("Vi har nu modtaget dine papirer.", "sig:particle"),  # "nu" after a verb that is not imperative: time
    ("Tak for dit dejlige brev om legepladsen.", "sig:mock_praise"),
    ("Du er altid velkommen til at ringe.", "sig:reader_always"),
])
def test_structure_signals_stay_quiet_on_plain_sentences(tone, nlp, text, signal):
    feats = [f for _, f in tone.features(nlp(text))]
    assert signal not in feats[0].values
