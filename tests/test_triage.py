"""Triage of incoming messages on the conflict staircase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from borgertekst import replies
from borgertekst.cli import main
from borgertekst.rulebook.loader import RuleFileError
from borgertekst.triage import STEPS, load_config, triage

MESSAGES = sorted((Path(__file__).parent / "messages").glob("*.txt"))


def expected_step(path: Path) -> str:
    return next(s for s in sorted(STEPS, key=len, reverse=True) if path.name.startswith(s + "-"))


def test_sample_messages_cover_every_step():
    assert len(MESSAGES) >= 10
    assert {expected_step(p) for p in MESSAGES} == set(STEPS)


@pytest.mark.parametrize("path", MESSAGES, ids=lambda p: p.name)
def test_sample_message_step(path):
    text = path.read_text(encoding="utf-8")
    result = triage(text)
    assert result.step == expected_step(path)
    if result.step == "groen":
        assert result.signs == []
    for sign in result.signs:
        assert text[sign.start:sign.end] == sign.text
    assert "du vurderer selv" in result.step_label


def test_every_kind_is_recognised():
    config = load_config()
    seen = {s.kind for p in MESSAGES for s in triage(p.read_text(encoding="utf-8")).signs}
    assert set(config.kinds) <= seen


def test_step_templates_exist_and_advice_is_given():
    names = {t.name for t in replies.list_templates()}
    config = load_config()
    for step in STEPS:
        assert config.steps[step].template in names
        assert len(config.steps[step].advice) > 80


def test_threat_outranks_everything():
    r = triage("Jeg er utilfreds og går til pressen. Jeg ved, hvor du bor.")
    assert r.step == "uden-for-trappen"
    assert {s.kind for s in r.signs} == {"complaint", "press", "threat"}


def test_many_yellow_kinds_escalate_to_red():
    one = triage("Jeg er utilfreds med svaret.")
    assert one.step == "gul"
    many = triage("Jeg er utilfreds. Jeg forstår ikke jeres brev. Jeg vil have aktindsigt.")
    assert many.step == "roed"


def test_shouting_counts_only_in_capitals():
    assert triage("JEG VIL HAVE SVAR NU").step == "roed"
    assert triage("Jeg vil have svar nu, tak.").step == "groen"


def test_offsets_are_code_points():
    text = "😀 Jeg går til pressen."
    sign = triage(text).signs[0]
    assert sign.start == 6
    assert text[sign.start:sign.end] == sign.text
    assert sign.text.endswith("pressen")


def test_mentioning_the_press_or_facebook_is_not_a_threat():
    assert triage("Jeg læste i avisen, at I har nye regler. Gælder de også mig?").step == "groen"
    assert triage("Jeg så på Facebook, at I har åbent lørdag.").step == "groen"
    assert triage("Tak for hjælpen. Du skal passe på dig selv.").step == "groen"
    assert triage("Ellers tager jeg det til TV 2.").step == "roed"


def test_broken_config_gives_danish_error(tmp_path):
    bad = tmp_path / "triage.yaml"
    bad.write_text("order: [groen]\nsuggestion: x\nsteps: {}\nkinds: {}\n", encoding="utf-8")
    with pytest.raises(RuleFileError, match="trinene"):
        triage("hej", config_path=bad)


def test_cli_json_order_and_shape(capsysbinary):
    files = [str(MESSAGES[-1]), str(MESSAGES[0])]
    assert main(["triage", "--format", "json", *files]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert [d["file"] for d in data] == files
    assert [d["step"] for d in data] == [expected_step(MESSAGES[-1]), expected_step(MESSAGES[0])]
    assert set(data[0]) >= {"step", "signs", "advice", "template", "step_label"}


def test_cli_single_file_is_object_and_text_output(capsysbinary):
    path = next(p for p in MESSAGES if p.name.startswith("roed-"))
    assert main(["triage", "--format", "json", str(path)]) == 0
    assert json.loads(capsysbinary.readouterr().out)["step"] == "roed"
    assert main(["triage", str(path)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Forslag" in out and "Råd:" in out and "indkaldelse-moede" in out


def test_cli_missing_file(capsys, tmp_path):
    assert main(["triage", str(tmp_path / "nej.txt")]) == 2
    assert "borgertekst" in capsys.readouterr().err


def test_negated_signs_do_not_count():
    assert triage("Jeg vil ikke klage, men hvornår kommer I?").step == "groen"
    result = triage("Jeg går ikke til pressen, men jeg er utilfreds.")
    assert result.step == "gul"
    assert [s.kind for s in result.signs] == ["complaint"]


def test_quoted_earlier_mails_do_not_count():
    reply = ("Tak for svaret. Det er fint.\n\nFra: Jobcentret\nSendt: 3. maj 2026\n"
             "Hvis du vil klage, kan du skrive til Ankestyrelsen.\n")
    assert triage(reply).step == "groen"
    assert triage("Hej\n> Din klage er modtaget\nTak for det.").signs == []
    assert triage("Jeg klager igen.\n> Din klage er modtaget").signs[0].text.lower().startswith("jeg klage")
