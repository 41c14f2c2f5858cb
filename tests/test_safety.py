"""The composed safety signs (rules/sikkerhed.yaml): each example in the file, triage's
step for composed threats, and clear errors for a broken file."""

from __future__ import annotations

import pytest
import yaml

from borgertekst import safety, triage
from borgertekst.rulebook.loader import RuleFileError, shipped_rules_dir

RULES = safety.load()


def _signs(text: str) -> list[str]:
    m = triage.model()
    return [h.cls for h in m.hits(m.doc(text)) if h.cls.startswith("safety:")]


@pytest.mark.parametrize("text", RULES.examples["flag"])
def test_flag_example_is_a_safety_sign(text):
    assert _signs(text), text


@pytest.mark.parametrize("text", RULES.examples["pass"])
def test_pass_example_is_no_safety_sign(text):
    assert not _signs(text), text


@pytest.mark.parametrize("text", RULES.examples["watch"])
def test_watch_example_is_never_green_and_gets_the_caution_but_stays_on_the_staircase(text, monkeypatch):
    monkeypatch.setattr(triage, "THREAT_OUTSIDE", 1.1)  # the watch layer alone, without the threat classifier
    monkeypatch.setattr(triage, "THREAT_WATCH", 1.1)
    result = triage.triage(text)
    assert result.step in ("gul", "roed")
    assert any(s.kind.startswith("watch:") and s.label for s in result.signals)
    private = all(s.kind.startswith("watch:private_life:") for s in result.signals if s.kind.startswith("watch:"))
    # the reason names the staff's private life only when that is what the weak signs are about
    assert result.reasons[0].startswith("Henvendelsen taler om medarbejderens privatliv" if private
                                        else "Henvendelsen har svage tegn på en trussel")
    assert "leder" in result.advice.split(".")[1] or "leder" in result.advice[:250]


def test_watch_signs_are_not_model_features():
    m = triage.model()
    values, _doc, hits = m.features(RULES.examples["watch"][0])
    assert any(h.cls.startswith("watch:") for h in hits)
    assert not any(k.startswith(("lex:watch", "watch")) for k in values)


@pytest.mark.parametrize("text", [
    "hvis i tager min hjælp fra mig så skal jeg nok sørge for at nogen af jer kommer til skade",
    "Jeg har fundet ud af, hvor din datter går til håndbold.",
    "Jeg har et jagtgevær, og jeg er ikke bange for at finde det frem.",
])
def test_composed_threat_is_outside_the_staircase_and_gets_no_receipt(text):
    result = triage.triage(text)
    assert result.step == "uden-for-trappen"
    assert result.template != "kvittering"
    assert "tak for henvendelsen" not in result.advice.lower()
    assert any(s.kind.startswith("safety:") and s.label for s in result.signals)


def test_quoted_threat_against_the_writer_is_not_the_writers_threat():
    text = "Min eksmand skrev til mig: 'jeg ved hvor du bor, og jeg finder dig'. Kan I hjælpe mig?"
    assert triage.triage(text).step != "uden-for-trappen"


def test_unknown_word_group_is_a_clear_error(tmp_path):
    data = yaml.safe_load((shipped_rules_dir() / safety.SAFETY_FILE).read_text(encoding="utf-8"))
    data["combos"][0]["near"] = {"ukendt_gruppe": 3}
    path = tmp_path / safety.SAFETY_FILE
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RuleFileError, match="ukendt_gruppe"):
        safety.load(path)


def test_unreadable_file_is_a_clear_error(tmp_path):
    path = tmp_path / safety.SAFETY_FILE
    path.write_text("words: [ikke: lukket", encoding="utf-8")
    with pytest.raises(RuleFileError, match="kan ikke læses"):
        safety.load(path)


def test_private_life_sign_and_threat_like_words_together_are_outside(monkeypatch):
    # each weak sign alone keeps the message on the staircase; together they put it outside
    text = "Du har en søn på otte, har jeg hørt."
    monkeypatch.setattr(triage, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage, "THREAT_WATCH", 1.1)
    assert triage.triage(text).step in ("gul", "roed")
    monkeypatch.setattr(triage, "THREAT_WATCH", 0.0)
    r = triage.triage(text)
    assert r.step == "uden-for-trappen" and r.template == "begraensning-kontakt"
    assert r.reasons[0].startswith("Henvendelsen taler om medarbejderens privatliv")


def test_no_word_group_or_key_is_defined_twice():
    # YAML keeps the last of two equal keys silently: a new group with an old name would change
    # every combination that uses the old one
    import yaml as _yaml

    class Strict(_yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        twice = sorted({k for k in keys if keys.count(k) > 1})
        assert not twice, f"defined twice in {node.start_mark}: {twice}"
        return _yaml.SafeLoader.construct_mapping(loader, node, deep)

    Strict.add_constructor(_yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    for name in ("sikkerhed.yaml", "triage.yaml"):
        _yaml.load((shipped_rules_dir() / name).read_text(encoding="utf-8"), Loader=Strict)
