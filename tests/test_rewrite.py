"""TRÆK rewrites: du-form, plain words, TRYK → TRÆK, passive → active, and
never a worse letter."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from borgertekst import rewrite as rewrite_module
from borgertekst.cli import main
from borgertekst.rewrite import rewrite
from borgertekst.rewriting.candidates import Candidate, apply
from borgertekst.rewriting.sentences import imperative

LETTER = """Kære Hans

Vi har modtaget Deres brev og Deres ansøgning. Såfremt De har spørgsmål, bedes De kontakte os. Deres papirer er sendt til Dem.

Ansøgningen behandles i næste uge. Din sag behandles snart. Deres ansøgning vil blive behandlet i henhold til reglerne.

Vi gør Dem opmærksom på, at De skal sende lønsedlerne senest den 1. maj 2026.

Som vi tidligere har oplyst, kan De ikke få hjælp efter servicelovens § 100.

Hvis De ikke sender papirerne inden fristen, vil vi standse Deres ydelse på 4.500 kr.

De bedes udfylde skemaet og returnere det hurtigst muligt.

Med venlig hilsen
Per Hansen
"""


@pytest.fixture(scope="module")
def result(analyzer):
    return rewrite(analyzer, LETTER)


@pytest.mark.parametrize("old, new", [
    ("Deres brev", "dit brev"),
    ("Deres ansøgning.", "din ansøgning."),
    ("Deres papirer", "Dine papirer"),
    ("sendt til Dem", "sendt til dig"),
    ("Såfremt De har", "Hvis du har"),
    ("bedes De kontakte os", "så kontakt os"),
    ("Ansøgningen behandles i næste uge.", "Vi behandler din ansøgning i næste uge."),
    ("Din sag behandles snart.", "Vi behandler din sag snart."),
    ("Deres ansøgning vil blive behandlet i henhold til reglerne.",
     "Vi vil behandle din ansøgning efter reglerne."),
    ("Vi gør Dem opmærksom på, at De skal sende", "Husk at sende lønsedlerne senest den 1. maj 2026."),
    ("Som vi tidligere har oplyst, kan De ikke", "Du kan ikke få hjælp efter servicelovens § 100."),
    ("De bedes udfylde skemaet", "Vil du udfylde skemaet og returnere det hurtigst muligt?"),
])
def test_rewrites(result, old, new):
    assert old in LETTER
    assert old not in result.text
    assert new in result.text


def test_threat_keeps_condition_and_consequence_and_offers_help(result):
    assert "Vi har brug for, at du sender papirerne inden fristen." in result.text
    assert "hvis du har brug for hjælp til det" in result.text
    assert re.search(r"Hvis det ikke sker, vil vi standse din \w+ på 4\.500 kr\.", result.text)


def test_content_stays_exact(result):
    """Dates, amounts and paragraph numbers survive; a refusal stays a refusal."""
    numbers = re.compile(r"§\s*\d+|\d[\d.,]*")
    assert Counter(numbers.findall(result.text)) == Counter(numbers.findall(LETTER))
    assert "kan ikke få hjælp" in result.text
    assert result.text.count("ikke") == LETTER.count("ikke")


def test_changes_rebuild_the_text(result):
    assert result.changes
    for c in result.changes:
        assert LETTER[c.start:c.end] == c.old
        assert c.old != c.new
    assert apply(LETTER, result.changes) == result.text
    spans = sorted((c.start, c.end) for c in result.changes)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_result_is_better_and_no_rule_gains_findings(analyzer, result):
    before = analyzer.analyze(LETTER)
    after = analyzer.analyze(result.text, before.letter_type)
    assert result.findings_before == len(before.findings)
    assert result.findings_after == len(after.findings)
    assert result.findings_after < result.findings_before / 2
    count_before = Counter(f.rule for f in before.findings)
    for rule, n in Counter(f.rule for f in after.findings).items():
        assert n <= count_before[rule], rule
    assert not any(f.rule == "klarsprog.tiltale" for f in after.findings)


def test_a_change_that_makes_it_worse_is_dropped(analyzer, monkeypatch):
    real = rewrite_module.word_candidates
    text = "Kære Ida\n\nVi har modtaget Deres ansøgning om hjælp.\n\nVenlig hilsen\nPer\n"
    start = text.index("hjælp")

    def with_bad(report, ruleset, *args):
        bad = Candidate(rule="test.bad", start=start, end=start + 5, new="bistand i henhold til", covers={"test.bad"})
        return real(report, ruleset, *args) + [bad]

    monkeypatch.setattr(rewrite_module, "word_candidates", with_bad)
    result = rewrite(analyzer, text)
    assert "i henhold til" not in result.text
    assert "din ansøgning om hjælp" in result.text
    assert [c.rule for c in result.changes] == ["klarsprog.tiltale"]


def test_only_given_rules(analyzer):
    result = rewrite(analyzer, LETTER, rules=["klarsprog.kancellisprog"])
    assert "Hvis De har spørgsmål" in result.text
    assert "Deres brev" in result.text  # formal address left alone
    assert {c.old for c in result.changes} == {"Såfremt", "i henhold til"}


def test_only_span_rewrites_one_finding(analyzer):
    start = LETTER.index("Deres brev")
    result = rewrite(analyzer, LETTER, rules=["klarsprog.tiltale"], only_span=(start, start + 5))
    assert [(c.old, c.new) for c in result.changes] == [("Deres", "dit")]
    assert result.text == LETTER.replace("Deres brev", "dit brev")


def test_good_text_is_left_alone(analyzer):
    text = "Kære Ida\n\nTak for din mail. De to sager hænger sammen. Sagen behandles af Ankestyrelsen.\n"
    result = rewrite(analyzer, text)
    assert "De to sager" in result.text
    assert "behandles af Ankestyrelsen" in result.text


def test_hints_are_not_inserted(analyzer):
    text = "Kære Ida\n\nSom vi tidligere har oplyst, er fristen 1. maj.\n\nVenlig hilsen\nPer\n"
    result = rewrite(analyzer, text)
    assert "[dato]" not in result.text and "…" not in result.text
    assert "Der er fristen 1. maj." not in result.text


@pytest.mark.parametrize("inf, imp", [("kontakte", "kontakt"), ("ringe", "ring"), ("gå", "gå"), ("se", "se"),
                                      ("sende", "send")])
def test_imperative(inf, imp):
    assert imperative(inf) == imp


def test_cli_rewrite_and_diff(tmp_path, capsys):
    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["rewrite", str(path)]) == 0
    out = capsys.readouterr()
    assert "Vi har modtaget dit brev" in out.out
    assert "ændringer" in out.err
    assert main(["rewrite", "--diff", str(path)]) == 0
    diff = capsys.readouterr().out
    assert diff.startswith("---")
    assert "-Vi har modtaget Deres brev" in diff and "+Vi har modtaget dit brev" in diff


def test_cli_missing_file(tmp_path, capsys):
    assert main(["rewrite", str(tmp_path / "nej.txt")]) == 2
    assert "borgertekst" in capsys.readouterr().err


def test_third_person_becomes_du_dig_din(analyzer):
    text = ("Kære Ida\n\nBorgeren har klaget over afgørelsen. Vi har skrevet til borgeren om sagen. "
            "Borgerens sag er lukket.\n\nVenlig hilsen\nPer\n")
    result = rewrite(analyzer, text)
    assert "Du har klaget over afgørelsen." in result.text
    assert "skrevet til dig om sagen" in result.text
    assert "Din sag er lukket." in result.text


def test_traek_sentence_replaces_only_a_whole_sentence(analyzer):
    text = ("Kære Ida\n\nJeg synes, du er meget krævende. Vi kan under ingen omstændigheder give dig tilskud.\n\n"
            "Yderligere henvendelser i sagen vil ikke blive besvaret.\n\nVenlig hilsen\nPer\n")
    result = rewrite(analyzer, text)
    # a full TRÆK sentence is not pushed into the middle of another sentence
    assert "Jeg synes, du er meget krævende." in result.text
    # the absolute word may go ("ikke") or stay, when the plainer sentence lets a check see a refusal
    # that needs reasons (the rewrite never adds a finding); either way the sentence stays whole
    assert ("Vi kan ikke give dig tilskud." in result.text
            or "Vi kan under ingen omstændigheder give dig tilskud." in result.text)
    assert "Yderligere henvendelser" not in result.text
    assert all(line.count(".") <= 2 for line in result.text.splitlines())


POOL = [
    "Vi har modtaget Deres ansøgning af 3. marts 2026.",
    "Såfremt De har spørgsmål, bedes De kontakte os.",
    "Ansøgningen behandles i næste uge.",
    "Deres sag vil blive behandlet i henhold til reglerne.",
    "Vi gør Dem opmærksom på, at De skal sende lønsedlerne senest den 1. maj 2026.",
    "Som vi tidligere har oplyst, kan De ikke få tilskud efter servicelovens § 112.",
    "Hvis De ikke sender papirerne inden 14 dage, vil vi standse Deres ydelse.",
    "De bedes udfylde skemaet.",
    "Vi kan under ingen omstændigheder give Dem 2.500 kr. i tilskud.",
    "Borgeren har ret til at se sagens papirer.",
    "Du får svar senest den 12. juni.",
    "De to sager hænger sammen.",
    "Vi har sagt nej, fordi din indtægt er over 300.000 kr. om året.",
]


def test_rewrites_never_make_a_letter_worse(analyzer):
    """Every mix of sentences: the changes rebuild the text, no rule gains a finding,
    numbers and negations stay."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    numbers = re.compile(r"§\s*\d+|\d[\d.,]*")

    @settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.sampled_from(POOL), min_size=1, max_size=6))
    def check(sentences):
        text = "Kære Ida\n\n" + " ".join(sentences) + "\n\nVenlig hilsen\nPer Hansen\n"
        result = rewrite(analyzer, text)
        assert apply(text, result.changes) == result.text
        before = analyzer.analyze(text)
        after = analyzer.analyze(result.text, before.letter_type)
        # every rule a finding carries (contract 9 merges rules on one span into one finding)
        count_before = Counter(r for f in before.findings for r in [f.rule, *f.also_rules])
        for rule, n in Counter(r for f in after.findings for r in [f.rule, *f.also_rules]).items():
            assert n <= count_before[rule], (rule, text, result.text)
        assert Counter(numbers.findall(result.text)) == Counter(numbers.findall(text))
        assert result.text.count("ikke") >= text.count("ikke")

    check()


def test_names_are_left_alone(analyzer):
    text = "Kære Ida\n\nDu får hjælp fra Center for Hjemmepleje.\n\nVenlig hilsen\nPer Hansen\nHjemmepleje Nord\n"
    result = rewrite(analyzer, text)
    assert "Center for Hjemmepleje" in result.text
    assert "Hjemmepleje Nord" in result.text


def test_template_letters_keep_their_wording(analyzer):
    from borgertekst import replies

    for info in replies.list_templates():
        text = replies.render(info.name, info.example)
        result = rewrite(analyzer, text, info.letter_type)
        assert result.findings_after <= result.findings_before
        assert info.example["afsender"] in result.text
        assert info.example["afdeling"] in result.text


@pytest.mark.parametrize("old, new", [
    # a paraphrase does not replace a noun after a determiner it does not agree with
    ("Dit rådighedsbeløb er for højt.", "Dit rådighedsbeløb er for højt."),
    ("Kommunalbestyrelsens administrationsgrundlag er klart.", "Kommunalbestyrelsens administrationsgrundlag er klart."),
    # no doubled word where the replacement ends like the text goes on
    ("Mødet holdes med henblik på at lave en plan.", "Vi holder mødet for at lave en plan."),
    ("Papirerne sendes til dig.", "Vi sender dine papirer til dig."),
    ("Send venligst papirerne til os.", "Vil du sende papirerne til os?"),
    ("Vi gør opmærksom på, at De skal sende kontoudtog.", "Husk at sende kontoudtog."),
    # "nærværende" → the demonstrative that agrees with the noun
    ("Du kan klage over nærværende afgørelse.", "Du kan klage over denne afgørelse."),
    ("Vi sender nærværende brev til dig.", "Vi sender dette brev til dig."),
    # "for at" needs a verb after it
    ("De bedes fremsende dokumentation med henblik på en fornyet vurdering.",
     "Vil du sende dokumentation med henblik på en fornyet vurdering?"),
    ("Som vi tidligere har oplyst, kommer hjælpen mellem kl. 8 og 10.", "Hjælpen kommer mellem kl. 8 og 10."),
    # third person → du/dig only where the position says which; plurals are left alone
    ("Til forældremyndighedsindehaverne\n\nVi skriver om din søn.",
     "Til forældremyndighedsindehaverne\n\nVi skriver om din søn."),
    ("Vi har bedt ansøgeren om papirer.", "Vi har bedt ansøgeren om papirer."),
    ("Hvis De ikke møder op, mister De retten til ydelsen.",
     "Vi har brug for, at du møder op. Ring til os, hvis du har brug for hjælp til det. "
     "Hvis det ikke sker, mister du retten til ydelsen."),
])
def test_single_sentences(analyzer, old, new):
    assert rewrite(analyzer, old).text == new


@pytest.mark.parametrize("old, new", [
    ("De skal omgående indsende lønsedler.", "Vi har brug for, at du hurtigst muligt indsender lønsedler."),
    ("Vi kræver, at du betaler beløbet.", "Vi har brug for, at du betaler beløbet."),
    ("Kommunen forbeholder sig ret til at kræve pengene tilbage.", "Vi kan kræve pengene tilbage."),
    ("Det er ikke korrekt, at vi har mistet dine papirer.",
     "Jeg kan se, at vi har forskellige oplysninger. Vores oplysninger viser ikke, at vi har mistet dine papirer."),
    ("Du har misforstået reglerne.", "Jeg kunne have forklaret reglerne tydeligere."),
    ("Vi må endnu en gang understrege, at fristen er overskredet.", "Jeg gentager gerne, at fristen er overskredet."),
    ("Vi beklager, hvis De har følt Dem dårligt behandlet.",
     "Jeg kan godt forstå, at du har følt dig dårligt behandlet."),
    ("Vi beklager, men reglerne er klare.", "Jeg er ked af det. Reglerne er klare."),
    ("Du SKAL sende lønsedlerne inden fredag.", "Du skal sende lønsedlerne inden fredag."),
    ("Send papirerne nu!!", "Send papirerne nu."),
    ("Hvorfor har du ikke svaret?!", "Hvorfor har du ikke svaret?"),
])
def test_tryk_to_traek(analyzer, old, new):
    result = rewrite(analyzer, old)
    assert result.text == new
    assert result.findings_after < result.findings_before



def test_cli_json(tmp_path, capsysbinary):
    import json

    path = tmp_path / "brev.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert main(["rewrite", "--format", "json", str(path)]) == 0
    data = json.loads(capsysbinary.readouterr().out)
    assert set(data) == {"text", "changes", "findings_before", "findings_after", "hints"}
    assert data["changes"][0] == {"rule": "klarsprog.tiltale", "start": LETTER.index("Deres"),
                                  "end": LETTER.index("Deres") + 5, "old": "Deres", "new": "dit"}


def _sentence_rewrites():
    from borgertekst.rewriting.sentences import load

    return [r for r, _ in load()]


@pytest.mark.parametrize("entry", _sentence_rewrites(), ids=lambda r: r.id)
def test_every_sentence_rewrite_proves_itself(analyzer, entry):
    # the rule it names flags the example, so a per-rule rewrite finds it
    assert entry.rule in {f.rule for f in analyzer.analyze(entry.example.bad).findings}
    result = rewrite(analyzer, entry.example.bad)
    if entry.hint:
        # only the writer knows what goes in the blank: shown as a hint, the letter is not changed
        assert "[" in entry.example.good
        assert result.text == entry.example.bad
        assert any(h.rule == entry.rule and h.hint == entry.example.good for h in result.hints)
        return
    assert result.text == entry.example.good
    assert any(c.rule == entry.rule for c in result.changes)
    # the rewritten sentence is not flagged for the tone it was meant to fix
    assert entry.rule not in {f.rule for f in analyzer.analyze(result.text).findings}


def test_per_finding_rewrite_inside_a_rewritable_sentence(analyzer):
    """Asking for one formal-address finding changes that word, not the whole sentence."""
    text = "Hvis De ikke sender papirerne, vil vi standse Deres ydelse."
    start = text.index("Deres")
    result = rewrite(analyzer, text, rules=["klarsprog.tiltale"], only_span=(start, start + 5))
    assert [(c.old, c.new) for c in result.changes] == [("Deres", "din")]
    whole = rewrite(analyzer, text, rules=["tone.pres"])
    assert whole.text.startswith("Vi har brug for, at du sender papirerne.")


def test_cli_shows_hints_with_their_blank_and_leaves_the_sentence(tmp_path, capsys):
    path = tmp_path / "brev.txt"
    path.write_text("Kære Ida\n\nSagen er hermed afsluttet fra vores side.\n\nVenlig hilsen\nPer\n", encoding="utf-8")
    assert main(["rewrite", str(path)]) == 0
    out = capsys.readouterr()
    assert "Sagen er hermed afsluttet fra vores side." in out.out
    assert "Forslag til »Sagen er hermed afsluttet fra vores side.«" in out.err
    assert "[skriv, hvor og hvordan man klager]" in out.err


def test_a_letter_of_unsure_type_is_still_rewritten(analyzer):
    # A short refusal is a decision the engine is unsure of, so its decision checks are one
    # step milder; the rewrite's trials fix the type, and must be compared with the letter
    # checked the same way, or every change looks like it makes the letter worse.
    text = ("Kære Ib\n\nIkke desto mindre kan vi ikke give dig hjælpen, fordi din indtægt er for høj."
            "\n\nVenlig hilsen\nLis")
    assert analyzer.analyze(text).letter_type == "afgoerelse"
    result = rewrite(analyzer, text)
    assert result.text.startswith("Kære Ib\n\nAlligevel kan vi ikke give dig hjælpen, fordi")
    assert [c.rule for c in result.changes] == ["klarsprog.kancellisprog"]
