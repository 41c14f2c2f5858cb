"""The shipped rule content: enough entries, every entry usable, no duplicates,
inflected forms found, and plain TRÆK sentences left alone."""

from __future__ import annotations

import pytest

from borgertekst.document import Document
from borgertekst.rulebook import load_ruleset
from borgertekst.rulebook.loader import shipped_rules_dir


@pytest.fixture(scope="module")
def rules():
    ruleset = load_ruleset(shipped_rules_dir(), local=[])
    return {rule_id: loaded.rule for rule_id, loaded in ruleset.rules.items()}


def _entries(rules, category: str, tag: str | None = None):
    return [
        (rule.id, entry)
        for rule in rules.values() if rule.category == category and hasattr(rule, "entries")
        and (tag is None or type(rule).__struct_config__.tag == tag)
        for entry in rule.entries
    ]


def _rules_found(analyzer, text: str) -> dict[str, list[str]]:
    report = analyzer.analyze(Document.from_text(text), "andet")
    found: dict[str, list[str]] = {}
    for f in report.findings:
        for rule in f.rules:
            found.setdefault(rule, []).append(f.text)
    return found


def test_officialese_has_at_least_80_entries_with_replacements(rules):
    entries = rules["klarsprog.kancellisprog"].entries
    assert len(entries) >= 80
    assert all(e.replace for e in entries)
    for term in ("jf.", "iht.", "vedr.", "nærværende", "undertegnede", "såfremt", "i henhold til",
                 "med henblik på", "endvidere", "herunder", "hvorvidt", "ovennævnte", "fremsende"):
        assert any(e.term == term for e in entries), term


def test_jargon_has_at_least_200_terms_each_replaced_or_explained(rules):
    entries = _entries(rules, "fagsprog")
    assert len(entries) >= 200
    missing = [e.term for _, e in entries if not (e.replace or e.explain)]
    assert not missing


def test_tone_has_at_least_80_patterns_each_with_a_traek_alternative_and_reason(rules):
    entries = _entries(rules, "tone")
    assert len(entries) >= 80
    incomplete = [(rule_id, e.pattern) for rule_id, e in entries if not e.replace or not e.explain]
    assert not incomplete


@pytest.mark.parametrize("category", ["klarsprog", "fagsprog", "tone"])
def test_no_duplicate_terms_or_patterns(rules, category):
    seen: dict[str, str] = {}
    duplicates = []
    for rule_id, e in _entries(rules, category):
        key = (e.term or e.pattern or repr(e.tokens)).lower()
        if key in seen:
            duplicates.append((key, seen[key], rule_id))
        seen[key] = rule_id
    assert not duplicates


def test_officialese_and_jargon_lists_do_not_overlap(rules):
    officialese = {e.term.lower() for e in rules["klarsprog.kancellisprog"].entries}
    jargon = {e.term.lower() for _, e in _entries(rules, "fagsprog")}
    assert not officialese & jargon


def test_every_content_rule_says_what_it_protects_and_why(rules):
    for rule in rules.values():
        if rule.category in ("klarsprog", "fagsprog", "tone", "struktur"):
            assert rule.protects, rule.id
            assert rule.explanation.strip(), rule.id
            assert rule.examples.bad and rule.examples.good, rule.id


@pytest.mark.parametrize("rule_id", ["klarsprog.kancellisprog", "fagsprog.kommunesprog"])
def test_every_wordlist_term_is_found_in_a_sentence(analyzer, rules, rule_id):
    """A term the language layer cannot match would fail silently."""
    misses = []
    for entry in rules[rule_id].entries:
        text = f"Her står {entry.term} i en sætning."
        if entry.term not in _rules_found(analyzer, text).get(rule_id, []):
            misses.append(entry.term)
    assert not misses


@pytest.mark.parametrize("form", [
    "bevillingen", "bevillinger", "partshøringen", "rådighedsbeløbet", "visitationen", "merudgifterne",
    "ressourceforløbet", "jobafklaringsforløbet", "sygedagpengene", "førtidspensionen", "fleksjobbet",
    "kontanthjælpen", "hjemmehjælpen", "handleplanen", "anbringelsen", "byggetilladelsen", "lokalplanen",
    "restskatten", "ydelsen", "ydelser", "tilbagebetalingskravet", "aktindsigten", "dispensationen",
    "virksomhedspraktikken", "løntilskuddet", "servitutten", "matriklen", "rehabiliteringsplanen", "genoptræningsplanen",
])
def test_inflected_jargon_is_found(analyzer, form):
    assert form in _rules_found(analyzer, f"Vi har set på {form} i din sag.").get("fagsprog.kommunesprog", [])


@pytest.mark.parametrize("sentence, form", [
    ("Vi har fremsendt papirerne.", "fremsendt"),
    ("Han anmodede om aktindsigt.", "anmodede"),
    ("Vi meddelte dig svaret.", "meddelte"),
    ("Kommunen iværksatte hjælpen.", "iværksatte"),
])
def test_inflected_officialese_is_found(analyzer, sentence, form):
    assert form in _rules_found(analyzer, sentence).get("klarsprog.kancellisprog", [])


@pytest.mark.parametrize("sentence", [
    "Vi kan ikke give dig hjælpen, fordi din indtægt er over grænsen.",
    "Du får ikke hjælp til rengøring, fordi din søn kan hjælpe dig.",
    "Vi ændrer ikke afgørelsen, fordi lægen skriver, at din ryg er blevet bedre.",
    "Hvis du ikke er enig, kan du klage til os inden fire uger.",
    "Hvis du ikke kan komme, så ring til mig, så finder vi en ny tid.",
    "Du skal aldrig betale for hjælpen.",
    "Du kan altid ringe til mig, hvis du har spørgsmål.",
    "Jeg kan godt forstå, at du er skuffet.",
    "Vi har lavet en fejl, og det er jeg ked af.",
    "Vi har brug for dine lønsedler senest den 1. maj.",
    "Det er korrekt, at vi har fået din ansøgning.",
    "Du skriver, at du har sendt papirerne. Vi har ikke fået dem endnu.",
    "Vi kan ikke betale for turen, fordi den ikke er nødvendig for din behandling.",
    "Hvis du ikke sender papirerne, kan du ringe til mig, så hjælper jeg dig.",
    "Kontakt MitID-support eller SKAT, hvis du ikke kan logge ind.",
    "Du har ret til at få en bisidder med til mødet.",
    "Tak endnu en gang for din mail.",
    "Vi skal igen se på din sag i maj.",
    "Det er ikke i orden, at du har ventet så længe, og det er jeg ked af.",
    "Det er ikke rimeligt, at du skal vente så længe.",
    "Har du aldrig søgt om boligstøtte før, kan du få hjælp i Borgerservice.",
    "Det er helt i orden, at du ringer.",
    "Din sag er nu afsluttet, og du får pengene den 1. maj.",
    "Vi har set på sagen igen og kan se, at vi har lavet en fejl.",
    "Hvis vi ikke har fået papirerne senest den 1. maj, kan vi ikke behandle din ansøgning.",
    "Hvis du ikke sender lønsedlerne, kan vi ikke regne din boligstøtte ud, og så kan du ikke få den.",
    "Skriv til os, hvis du ikke kan nå at sende papirerne inden fristen.",
    "Du er altid velkommen til at ringe til mig.",
    "Vi beder dig om at sende papirerne inden den 1. maj.",
    "Vi forventer, at de svarer os i næste uge.",
    "Hospitalet skriver, at de har misforstået henvisningen.",
])
def test_plain_traek_sentences_give_no_tone_findings(analyzer, sentence):
    found = _rules_found(analyzer, sentence)
    assert not [rule for rule in found if rule.startswith("tone.")], found


@pytest.mark.parametrize("sentence, rule_id, text", [
    ("Hvis De ikke sender lønsedlerne inden fredag, vil vi stoppe Deres kontanthjælp.", "tone.pres",
     "Hvis De ikke sender lønsedlerne inden fredag, vil vi stoppe"),
    ("Vi beklager, hvis De har følt Dem uretfærdigt behandlet.", "tone.ikke-undskyldning", "beklager, hvis De"),
    ("Yderligere henvendelser vil ikke blive besvaret.", "tone.lukker-doeren",
     "Yderligere henvendelser vil ikke blive besvaret"),
    ("Du er en querulant og et brokkehoved.", "tone.etiketter", "brokkehoved"),
    ("Du SKAL møde op!!", "tone.raab", "SKAL"),
    ("Det kan under ingen omstændigheder lade sig gøre.", "tone.absolutte-ord", "under ingen omstændigheder"),
    ("Der henvises til servicelovens § 83.", "klarsprog.paragraf", "§ 83"),
    ("Borgeren skal selv betale.", "klarsprog.tredje-person", "Borgeren"),
    ("Kommunen har truffet en beslutning.", "klarsprog.navneordsstil", "truffet en beslutning"),
    ("Vi skal endnu engang gøre dig opmærksom på fristen.", "tone.tryk", "Vi skal endnu engang"),
    ("Du har selv valgt ikke at møde op.", "tone.tryk", "Du har selv valgt"),
    ("Du må forstå, at vi ikke kan gøre mere.", "tone.tryk", "Du må forstå, at"),
    ("Dine beskyldninger mod personalet er helt grundløse.", "tone.absolutte-ord", "helt grundløse"),
    ("Du er ikke den eneste, der venter.", "tone.tryk", "Du er ikke den eneste"),
    ("Der er ikke begået fejl.", "tone.tryk", "Der er ikke begået fejl"),
    ("Vi kan konstatere, at du ikke har overholdt aftalen.", "tone.tryk", "Vi kan konstatere, at du"),
    ("Det må være en misforståelse fra din side.", "tone.tryk", "misforståelse fra din side"),
    ("Det er ikke noget, vi vil bruge tid på.", "tone.lukker-doeren", "ikke noget, vi vil bruge tid på"),
    ("Vi må henstille til, at du fremover taler pænt.", "tone.pres", "må henstille til, at"),
    ("Det kan ikke være rigtigt, at du ikke har sendt papirerne.", "tone.tryk", "Det kan ikke være rigtigt, at"),
    ("Hvis De ikke indsender papirerne senest den 1. maj, vil sagen blive afsluttet.", "tone.pres",
     "Hvis De ikke indsender papirerne senest den 1. maj, vil sagen blive afsluttet"),
])
def test_typical_tryk_and_officialese_is_found_with_exact_span(analyzer, sentence, rule_id, text):
    assert text in _rules_found(analyzer, sentence).get(rule_id, [])


def test_pathological_text_is_analysed_without_regex_blowup(analyzer):
    """Long runs that regexes with nested quantifiers choke on (timeouts would raise)."""
    text = ("Hvis du ikke " + "a " * 3000 + "\n" + "ÆØÅ" * 2000 + " x " + "§ 1, " * 500 + "!" * 500
            + " " + "aaaa" * 3000)
    report = analyzer.analyze(Document.from_text(text), "andet")
    assert report.metrics.words > 0


def test_shipped_content_has_no_lint_warnings(analyzer):
    """No suggestion is itself flagged by another rule (contradiction), no duplicates, valid regexes."""
    from borgertekst.rulelint import lint

    result = lint(shipped_rules_dir(), nlp=analyzer.nlp)
    assert result.ok and not result.warnings, "\n".join(str(m) for m in result.messages)
