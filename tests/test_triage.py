"""Triage of incoming messages on the conflict staircase: contract 5 fields, the safety rule
above the model, advice and templates that fit the message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from borgertekst import replies
from borgertekst.cli import main
from borgertekst.rulebook.loader import RuleFileError
from borgertekst.triage import STEPS, load_config, model, safety_hits, triage

MESSAGES = sorted((Path(__file__).parent / "messages").glob("*.txt"))
CORPUS = Path(__file__).parent / "corpus" / "triage"


def expected_step(path: Path) -> str:
    return next(s for s in sorted(STEPS, key=len, reverse=True) if path.name.startswith(s + "-"))


def test_sample_messages_cover_every_step():
    assert len(MESSAGES) >= 10
    assert {expected_step(p) for p in MESSAGES} == set(STEPS)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.name)
def test_sample_message_step_and_contract_fields(path):
    text = path.read_text(encoding="utf-8")
    result = triage(text)
    assert result.step == expected_step(path)
    assert 0.0 <= result.score <= 1.0
    assert result.reasons and all(isinstance(r, str) and r for r in result.reasons)
    for s in result.signals:
        assert text[s.start:s.end] == s.text
        assert s.label and s.kind
    assert "du vurderer selv" in result.step_label


def test_step_templates_exist_and_advice_is_given():
    names = {t.name for t in replies.list_templates()}
    config = load_config()
    for step in STEPS:
        assert config.steps[step].template in names
        assert len(config.steps[step].advice) > 80
    for intent in config.intents:
        assert intent.template in names


# ---- the safety rule ----------------------------------------------------------------------
THREATS = [
    "Jeg ved godt, hvor du bor.",
    "Hvor du bor, det ved jeg godt.",
    "Godt ved jeg, hvor du holder til.",
    "jeg ved hvor du bor",  # lowercase, no punctuation
    "JEG VED HVOR DU BOR",
    "a ved godt hvor du bor",  # Jutlandic
    "I know where you live.",
    "Det kommer til at gå ud over dig.",
    "Det er dig, det kommer til at gå ud over.",
    "Ud over dig kommer det til at gå.",
    "Jeg kender din adresse, og jeg ved, hvor dine børn går i skole.",
    "Jeg vil i al venlighed gøre opmærksom på, at jeg har købt en kniv til mødet.",
    "Næste gang jeg ser dig, smadrer jeg dit ansigt.",
    "jeg slår dig ihjel",
    "Jeg fulgte efter dig fra stationen i går.",
    "Jeg lægger din adresse på nettet, så alle kan finde dig.",
]


@pytest.mark.parametrize("text", THREATS)
def test_threats_are_outside_the_staircase_and_never_get_a_receipt(text):
    result = triage(text)
    assert result.step == "uden-for-trappen"
    assert result.score == 1.0
    assert result.template != "kvittering"
    assert "tak for henvendelsen" not in result.advice.lower()
    assert "leder" in result.advice and "112" in result.advice  # safety first, tell the leader
    assert any(s.kind.startswith("safety:") for s in result.signals)
    assert result.reasons[0].startswith("Sikkerhedsreglen")


def test_threat_hidden_in_a_calm_complaint_wins():
    text = ("Kære sagsbehandler. Jeg har ventet 14 uger på svar om boligstøtte, og det er for længe. "
            "Jeg er utilfreds med sagsbehandlingen og vil klage. Men husk, at jeg ved, hvor du parkerer.")
    assert triage(text).step == "uden-for-trappen"


@pytest.mark.parametrize("text", [
    "Min ekskæreste har truet med at slå mig ihjel, og jeg er bange. Kan I hjælpe mig med en ny bolig?",
    "Min nabo råbte 'jeg brænder dit skur ned', og nu tør jeg ikke gå ud.",
    "I slår mig ihjel med jeres papirarbejde. Fjorten sider for en rollator.",
    "Jeg kunne slå hovedet i væggen over det her system.",
    "Tak for hjælpen. Du skal passe på dig selv.",
    "Jeg ved ikke, hvor min mor skal bo, når hun bliver udskrevet.",
])
def test_quoted_third_party_threats_and_self_hyperbole_are_not_threats(text):
    result = triage(text)
    assert result.step != "uden-for-trappen"
    assert not any(s.kind.startswith("safety:") for s in result.signals)


def test_quoted_earlier_mail_does_not_count():
    text = "Tak for svaret, jeg sender papirerne i morgen.\n\n-----Oprindelig meddelelse-----\nJeg ved, hvor du bor."
    assert safety_hits(model(), text) == []


def test_every_threat_in_the_corpus_is_caught_by_the_safety_rule():
    m = model()
    threats = yaml.safe_load((CORPUS / "uden-for-trappen.yaml").read_text(encoding="utf-8"))
    missed = [t for t in threats if not safety_hits(m, t)]
    assert len(threats) >= 75 and not missed, missed


def test_safety_rule_is_silent_on_the_other_steps_of_the_corpus():
    m = model()
    calm = [t for step in ("groen", "gul", "roed")
            for t in yaml.safe_load((CORPUS / f"{step}.yaml").read_text(encoding="utf-8"))]
    fired = [t for t in calm if safety_hits(m, t)]
    assert len(calm) >= 240 and not fired, fired


# ---- the writer may harm themself ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hvornår får jeg svar om min bolig? Hvis jeg bliver sat ud, tager jeg mit eget liv.",
    "jeg gider ikke leve mere. i har taget alt fra mig",
    "Tak for brevet. Jeg har samlet alle mine piller, så I skal ikke bruge mere tid på mig.",
])
def test_self_harm_is_never_green_and_gets_a_call_not_a_receipt(text):
    r = triage(text)
    assert r.step in ("gul", "roed")
    assert r.template != "kvittering"
    assert "Ring borgeren op" in r.advice and "112" in r.advice
    assert any(s.kind == "concern:self_harm" and s.label for s in r.signals)
    assert "skade sig selv" in r.reasons[0]


@pytest.mark.parametrize("text", [
    "Det slår mig ihjel at vente så længe på et svar.",
    "Vi kan ikke leve af 4.000 kr. om måneden.",
    "Jeg har lyst til at leve et helt almindeligt liv med min datter.",
    "Vi må gøre en ende på den her sag nu.",
])
def test_figures_of_speech_about_living_are_not_self_harm(text):
    assert not any(s.kind == "concern:self_harm" for s in triage(text).signals)


def test_threat_and_self_harm_together_stays_outside_with_both_advices():
    r = triage("Tager I mit barn, slår jeg dig ihjel, og bagefter tager jeg mit eget liv.")
    assert r.step == "uden-for-trappen" and r.template == "begraensning-kontakt"
    assert r.reasons[0].startswith("Sikkerhedsreglen")
    assert "Livslinien" in r.advice and r.advice.index("112") < r.advice.index("Livslinien")


def test_words_like_a_threat_without_a_sign_are_never_green_and_get_the_caution(monkeypatch):
    import borgertekst.triage as triage_module

    text = "Hvornår har borgerservice åbent på lørdag?"
    assert triage(text).step == "groen"
    monkeypatch.setattr(triage_module, "WATCH_OUTSIDE", 0.0)  # as if the model found it threat-like
    r = triage(text)
    assert r.step == "gul"
    assert r.advice.startswith(load_config().watch_advice.strip()[:40])
    assert any(x.startswith("Ordene minder om en trussel") for x in r.reasons)
    assert "tak for henvendelsen" not in r.advice.lower()


def test_threat_classifier_redoes_the_tfidf_transform():
    import math

    from borgertekst.triage import ThreatClassifier

    words = ThreatClassifier({"intercept": -1.0, "parts": [
        {"analyzer": "word", "ngram_range": [1, 2], "terms": ["ved", "hvor", "ved hvor"],
         "idf": [1.0, 2.0, 3.0], "coef": [1.0, 1.0, 2.0]}]})
    z = -1.0 + (1 * 1 + 2 * 1 + 3 * 2) / math.sqrt(1 + 4 + 9)
    assert words.proba("Jeg VED hvor") == pytest.approx(1 / (1 + math.exp(-z)))
    chars = ThreatClassifier({"intercept": 0.0, "parts": [
        {"analyzer": "char_wb", "ngram_range": [3, 5], "terms": [" ab", "ab ", " ab "],
         "idf": [1.0, 1.0, 1.0], "coef": [1.0, 1.0, 1.0]}]})
    assert chars._grams("char_wb", 3, 5, "ab") == [" ab", "ab ", " ab "]
    assert chars.proba("ab") == pytest.approx(1 / (1 + math.exp(-3 / math.sqrt(3))))
    assert chars.proba("xyz") == 0.5


def test_threat_classifier_alone_puts_the_message_outside_with_its_reason(monkeypatch):
    import borgertekst.triage as triage_module

    text = "Hvornår har borgerservice åbent på lørdag?"
    assert model().threat is not None
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 0.0)
    r = triage(text)
    assert r.step == "uden-for-trappen" and r.template == "begraensning-kontakt"
    assert r.reasons[0].startswith("Ordene ligner de trusler")
    assert "112" in r.advice and "tak for henvendelsen" not in r.advice.lower()


# ---- the model and the advice -------------------------------------------------------------
def test_question_gets_the_answer_template():
    r = triage("Hej. Jeg skal flytte den 1. juni. Skal jeg selv melde flytningen, eller gør udlejer det?")
    assert r.step == "groen"
    assert r.template == "svar-paa-spoergsmaal"
    assert "direkte svar" in r.advice


def test_disagreement_with_a_decision_gets_reconsideration():
    r = triage("Jeg er uenig i afgørelsen om min hjælp og vil klage. I har ikke set på, hvor dårligt jeg har det.")
    assert r.step == "gul"
    assert "genvurd" in r.advice and "klageinstans" in r.advice


def test_repeated_requests_get_one_contact_person_and_a_meeting():
    r = triage("Dette er min 23. mail om samme sag. Jeg har skrevet igen og igen og klaget flere gange. "
               "Jeg forventer svar i dag.")
    assert r.step == "roed"
    assert r.template == "indkaldelse-moede"
    assert "kontaktperson" in r.advice


def test_shouting_and_ultimatum_is_red_and_calm_question_green():
    assert triage("DET ER FULDSTÆNDIG UACCEPTABELT AT I IKKE SVARER!!! JEG VIL HAVE MINE PENGE NU!!!").step == "roed"
    assert triage("Jeg læste i avisen, at I har nye regler. Gælder de også mig?").step == "groen"


def test_offsets_are_code_points():
    text = "😀 Jeg ved, hvor du bor."
    sign = next(s for s in triage(text).signals if s.kind.startswith("safety:"))
    assert text[sign.start:sign.end] == sign.text
    assert sign.start >= 2


def test_broken_config_gives_danish_error(tmp_path):
    bad = tmp_path / "triage.yaml"
    bad.write_text("order: [groen]\nsuggestion: x\nsteps: {}\nclasses: {}\nsafety: {}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="trinene"):
        triage("hej", config_path=bad)


# ---- command line -------------------------------------------------------------------------
def test_cli_json_order_and_shape(capsysbinary):
    files = [str(MESSAGES[-1]), str(MESSAGES[0])]
    assert main(["triage", "--format", "json", *files]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert [d["file"] for d in data] == files
    assert [d["step"] for d in data] == [expected_step(MESSAGES[-1]), expected_step(MESSAGES[0])]
    assert set(data[0]) >= {"step", "step_label", "score", "signals", "reasons", "advice", "template"}
    assert all(set(s) == {"kind", "label", "text", "start", "end"} for s in data[0]["signals"])


def test_cli_single_file_is_object_and_text_output(capsysbinary):
    path = next(p for p in MESSAGES if p.name.startswith("uden-for-trappen-"))
    assert main(["triage", "--format", "json", str(path)]) == 0
    assert json.loads(capsysbinary.readouterr().out)["step"] == "uden-for-trappen"
    assert main(["triage", str(path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Forslag" in out and "Råd:" in out and "Derfor:" in out and "Sikkerhed: 100 %" in out


def test_cli_missing_file(capsys, tmp_path):
    assert main(["triage", str(tmp_path / "nej.txt")]) == 2
    assert "borgertekst" in capsys.readouterr().err
