"""Regression tests for issue 12: one test per false-positive pattern fixed at its
cause, the decision checks (klagevejledning, begrundelse), letter type, complaint
routes, the procedural-justice panel and the quality harness on the repository's
own corpus. None of these read ../shared."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from borgertekst.engine import Analyzer
from borgertekst.klageadgang import BLANK_BODY, BLANK_DEADLINE, blank_suggestion, load_routes
from borgertekst.lettertype import severity_for
from borgertekst.nlp.quotes import Quotes, quoted_regions


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def rules(report) -> set[str]:
    out = set()
    for f in report.findings:
        out.add(f.rule)
        out.update(getattr(f, "also_rules", []))
    return out


def findings_of(report, rule_id):
    return [f for f in report.findings if f.rule == rule_id or rule_id in getattr(f, "also_rules", [])]


# --- letter type ---------------------------------------------------------------------

HEARING = """Kære Mads

Jeg skriver til dig, fordi vi overvejer at stoppe din støtte fra bostøtten. Vi har ikke besluttet noget endnu.

Inden vi træffer en afgørelse, vil vi gerne høre, hvad du mener. Skriv til mig senest den 20. november.

Venlig hilsen
Lone Berg
Telefon 72 10 44 80
"""

RECEIPT = """Kære Per

Tak for din ansøgning om boligindretning. Vi har modtaget ansøgningen og lægeerklæringen.
Du får svar senest den 15. december.

Venlig hilsen
Hjælpemidler
"""

STOP_WITHOUT_WORD = """Vi stopper udbetalingen af din boligydelse

Kære Preben

Fra den 1. december får du ikke længere boligydelse, fordi du er flyttet på plejehjem, og man kan kun få boligydelse til den bolig, man bor i.

Venlig hilsen
Borgerservice
Telefon 70 20 30 60
"""


def test_hearing_is_its_own_type(analyzer):
    report = analyzer.analyze(HEARING)
    assert report.letter_type == "partshoering"
    assert "struktur.klagevejledning" not in rules(report)  # a hearing is not a decision


def test_receipt_is_its_own_type(analyzer):
    assert analyzer.analyze(RECEIPT).letter_type == "kvittering"


def test_decision_without_the_word_afgoerelse_gets_decision_checks(analyzer):
    report = analyzer.analyze(STOP_WITHOUT_WORD)
    assert report.letter_type == "afgoerelse"
    assert 0.0 <= report.letter_type_confidence <= 1.0
    assert "struktur.klagevejledning" in rules(report)  # a stopped benefit needs a complaint route


def test_uncertain_decision_runs_decision_checks_one_step_milder():
    rule = SimpleNamespace(applies_to=["afgoerelse"], severity="error")
    maybe = SimpleNamespace(confidence=0.0, maybe=frozenset({"afgoerelse"}))
    sure = SimpleNamespace(confidence=0.9, maybe=frozenset())
    assert severity_for(rule, SimpleNamespace(letter_type="information", detection=maybe, type_given=False)) == "warning"
    assert severity_for(rule, SimpleNamespace(letter_type="information", detection=sure, type_given=False)) is None
    assert severity_for(rule, SimpleNamespace(letter_type="afgoerelse", detection=sure, type_given=False)) == "error"
    # a type the writer gave is certain
    assert severity_for(rule, SimpleNamespace(letter_type="information", detection=maybe, type_given=True)) is None


# --- klagevejledning -------------------------------------------------------------------

REFUSAL = "Kære Hanne\n\nDu får ikke hjælp til rengøring, fordi din søn hjælper dig hver uge.\n\n{kv}\n\nVenlig hilsen\nLise Holm\nTelefon 72 10 44 80\n"


def kv_findings(analyzer, kv: str):
    return findings_of(analyzer.analyze(REFUSAL.format(kv=kv), "afgoerelse"), "struktur.klagevejledning")


def test_no_administrative_appeal_stated_is_complete(analyzer):
    kv = ("Det kan I gøre\nI kan ikke klage over afgørelsen til en anden myndighed. Det følger af folkeskolelovens "
          "§ 51, stk. 2. I kan klage til Folketingets Ombudsmand senest 12 måneder efter afgørelsen.")
    assert kv_findings(analyzer, kv) == []


def test_email_address_counts_as_how(analyzer):
    kv = ("Hvis du vil klage\nDu kan klage til Ankestyrelsen senest 4 uger efter, at du har fået brevet. "
          "Send klagen til visitation@holmby.dk.")
    assert kv_findings(analyzer, kv) == []


def test_answering_this_letter_counts_as_how(analyzer):
    kv = ("Er du uenig, kan du klage ved at besvare dette brev senest 4 uger efter, at du har fået det. "
          "Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen til Ankestyrelsen.")
    assert kv_findings(analyzer, kv) == []


def test_incomplete_guidance_names_exactly_what_is_missing(analyzer):
    found = kv_findings(analyzer, "Klagevejledning\nDu kan klage over afgørelsen til Ankestyrelsen. Send din klage til os på mail@holmby.dk.")
    assert len(found) == 1
    assert "fristen" in found[0].message
    assert "hvor man klager" not in found[0].message and "hvordan" not in found[0].message


def test_saying_no_appeal_then_giving_an_appeal_route_is_flagged(analyzer):
    kv = ("Du kan ikke klage over afgørelsen. Hvis du vil klage, skal du klage til Ankestyrelsen senest "
          "4 uger efter, at du har fået brevet. Skriv til os på mail@holmby.dk.")
    found = kv_findings(analyzer, kv)
    assert found and "ikke kan påklages" in found[0].message


def test_missing_guidance_suggestion_has_blanks_when_the_area_is_unknown(analyzer):
    found = kv_findings(analyzer, "")
    assert found
    assert BLANK_BODY in found[0].suggestions[0] and BLANK_DEADLINE in found[0].suggestions[0]
    assert "Ankestyrelsen" not in found[0].suggestions[0]  # never a guessed appeal body


def test_missing_guidance_suggestion_follows_the_area(analyzer):
    text = ("Kære Ida\n\nIda får ikke gratis skolebefordring, fordi afstanden til skolen er under 2,5 km, og vejen "
            "er sikker. Det følger af folkeskolelovens regler om befordring.\n\nVenlig hilsen\nLise Holm\n")
    found = findings_of(analyzer.analyze(text, "afgoerelse"), "struktur.klagevejledning")
    assert found
    suggestion = found[0].suggestions[0]
    assert "ikke klage" in suggestion and "4 uger" not in suggestion  # school transport has no appeal


def test_full_grant_needs_no_guidance_nor_reasons(analyzer):
    text = "Kære Jørgen\n\nDu får den rollator, du har søgt om. Vi har bevilget den.\n\nVenlig hilsen\nSanne Vig\nTelefon 72 10 44 95\n"
    report = analyzer.analyze(text, "afgoerelse")
    assert not {"struktur.klagevejledning", "struktur.begrundelse"} & rules(report)


# --- begrundelse -----------------------------------------------------------------------

def test_empty_assessment_is_not_a_reason(analyzer):
    text = ("Kære Gitte\n\nKommunen har efter en samlet og konkret vurdering af sagens oplysninger fundet, at De ikke "
            "opfylder betingelserne, jf. servicelovens § 114, stk. 1. Deres ansøgning imødekommes derfor ikke.\n\n"
            "Venlig hilsen\nHandicap og Psykiatri\n")
    assert "struktur.begrundelse" in rules(analyzer.analyze(text, "afgoerelse"))


def test_reasons_are_recognised_from_what_they_do(analyzer):
    for reason in ("Vi har lagt vægt på, at din læge skriver, at du kan gå 500 meter.",
                   "Du får ikke hjælpen, fordi du selv kan gøre rent.",
                   "Da du har en opsparing på 14.000 kr., kan du selv betale."):
        text = f"Kære Gitte\n\nDu får ikke hjælp til rengøring. {reason}\n\nVenlig hilsen\nLise Holm\n"
        assert "struktur.begrundelse" not in rules(analyzer.analyze(text, "afgoerelse")), reason


# --- next step and contact ---------------------------------------------------------------

def test_next_step_and_contact_as_real_letters_say_them(analyzer):
    text = ("Kære Omar\n\nDu får dækket dine merudgifter, fordi din læge skriver, at du skal have særlig kost.\n\n"
            "Du får pengene udbetalt den 1. december.\n\nHvis du har spørgsmål, kan du skrive til os på "
            "befordring@holmby.dk.\n\nVenlig hilsen\nBorgerservice\n")
    report = analyzer.analyze(text, "afgoerelse")
    assert not {"struktur.naeste-skridt", "struktur.kontakt"} & rules(report)


def test_a_no_reply_address_is_no_contact(analyzer):
    text = "Kære Jens\n\nGenbrugspladsen holder lukket den 5. juni. Spørgsmål til noreply@holmby.dk.\n\nVenlig hilsen\nTeknik og Miljø\n"
    assert "struktur.kontakt" in rules(analyzer.analyze(text, "information"))


# --- false positives fixed at their cause --------------------------------------------------

def test_paragraph_reference_explained_in_its_sentence_is_fine(analyzer):
    for text in ("Efter aktivlovens § 82 kan kommunen hjælpe med udgifter til briller, når man ikke selv har råd.",
                 "Afslaget er givet efter boligstøttelovens § 55, stk. 2, hvorefter kommunen kan afslå lån.",
                 "Klagen skal være modtaget senest 4 uger efter, at du har fået brevet, jf. retssikkerhedslovens § 66.",
                 "Lovgrundlag\nLov om social service § 113.\nForvaltningsloven §§ 22-25."):
        assert "klarsprog.paragraf" not in rules(analyzer.analyze(text)), text
    assert "klarsprog.paragraf" in rules(analyzer.analyze("Ansøgningen imødekommes ikke, jf. lov om social service § 113."))


def test_spelling_knows_public_administration_words_and_compounds(analyzer):
    text = ("Vi har sendt sagen til Ankestyrelsen. Du kan klage via Klageportalen. Vi har lavet en partshøring "
            "og en genvurdering af tilbagebetalingskravet efter aktivlovens regler. Hjælpemiddeldepotet ringer.")
    assert not [f for f in analyzer.analyze(text).findings if f.rule == "stavning.hunspell"]


def test_spelling_never_shows_an_empty_suggestion(analyzer):
    report = analyzer.analyze("Vi har modtaget din ansøgnig og en xqzvbwtf.")
    spelled = [f for f in report.findings if f.rule == "stavning.hunspell"]
    assert any(f.text == "ansøgnig" and f.suggestions for f in spelled)
    if any(f.rule == "stavning.hunspell" for f in report.findings):
        assert all("''" not in f.message for f in spelled)


def test_street_names_at_line_start_are_not_spelling_errors(analyzer):
    report = analyzer.analyze("Holmby Kommune\nLærkebakkevej 12\n6800 Holmby\n\nKære Jens\n\nTak for din mail.")
    assert not [f for f in report.findings if f.rule == "stavning.hunspell"]


def test_text_the_letter_quotes_is_not_checked_for_officialese(analyzer):
    text = 'Tak for din mail. Du skriver: "Jeg har sendt ansøgningen vedrørende min bolig."\n\nVi har modtaget den vedrørende din bolig.'
    report = analyzer.analyze(text)
    hits = [f for f in report.findings if f.rule == "klarsprog.kancellisprog" and f.text == "vedrørende"]
    places = [f.start for f in hits] + [o.start for f in hits for o in getattr(f, "occurrences", [])]
    quoted = Quotes(text)
    assert places and not any(quoted.inside(p, p + len("vedrørende")) for p in places)


def test_quoted_regions():
    text = 'Du skriver:\n\n"Det er TREDJE gang!!"\n\nHun sagde: »Jeg kan ikke komme«. Du skriver, at du er vred.'
    spans = [text[s:e] for s, e in quoted_regions(text)]
    assert '"Det er TREDJE gang!!"' in spans or "Det er TREDJE gang!!" in "".join(spans)
    assert any("Jeg kan ikke komme" in s for s in spans)
    assert not any("du er vred" in s for s in spans)  # reported speech is the writer's own words


# --- complaint routes ------------------------------------------------------------------------

def test_complaint_routes_as_data():
    routes = load_routes()
    social, school, unknown = routes.get("social"), routes.get("skolebefordring"), routes.get("findes-ikke")
    assert social.appeal and social.appeal_body == "Ankestyrelsen" and social.deadline_weeks == 4 and social.reconsideration
    assert not school.appeal and school.no_appeal_text and school.deadline_weeks is None
    assert unknown is None
    assert routes.get("miljoe").fee and "Klageportalen" in routes.get("miljoe").how
    assert routes.get("aktindsigt").appeal_body is None  # depends on the area: never guessed
    assert BLANK_BODY in routes.get("aktindsigt").suggestion()
    assert BLANK_BODY in blank_suggestion() and BLANK_DEADLINE in blank_suggestion()


def test_area_from_statutes_and_words():
    routes = load_routes()
    assert routes.detect_area("Du får ikke hjælp efter servicelovens § 83 til praktisk hjælp.") == "social"
    assert routes.detect_area("Skolebefordring efter folkeskolelovens § 26.") == "skolebefordring"
    assert routes.detect_area("Parkeringsafgiften er pålagt efter færdselslovens § 121.") == "parkering"
    assert routes.detect_area("Tak for din mail om vejret.") is None


def test_outcome_of_a_decision():
    routes = load_routes()
    assert routes.outcome("Du får ikke tilskud til briller.") == "afslag"
    assert routes.outcome("Vi har bevilget en rollator.") == "bevilling"
    assert routes.outcome("Du får tilladelse til tilbygningen, men vi giver afslag på tagterrassen.") == "delvis"
    assert routes.outcome("Deres ansøgning imødekommes derfor ikke.") == "afslag"


# --- procedural-justice panel (contract 4) -------------------------------------------------------

def test_element_status_from_what_the_letter_does(analyzer):
    report = analyzer.analyze(REFUSAL.format(kv=""), "afgoerelse")
    assert set(report.element_status) == {"indflydelse", "gennemskuelighed", "tillid", "vaerdighed"}
    assert all(s.status in ("covered", "weak", "missing") and s.label and s.reason for s in report.element_status.values())
    assert report.element_status["indflydelse"].status == "missing"  # no way to complain
    good = analyzer.analyze(REFUSAL.format(kv=(
        "Hvis du vil klage\nDu kan klage senest 4 uger efter, at du har fået brevet. Skriv til visitation@holmby.dk. "
        "Vi ser på sagen igen, og hvis vi ikke giver dig ret, sender vi klagen videre til Ankestyrelsen.")), "afgoerelse")
    assert good.element_status["indflydelse"].status == "covered"
    assert set(good.elements) == set(good.element_status)  # the old panel keeps working


# --- measured severity --------------------------------------------------------------------------

def test_lint_warns_when_severity_exceeds_measured_precision(tmp_path: Path):
    from borgertekst.rulelint import lint

    (tmp_path / "klarsprog").mkdir()
    (tmp_path / "klarsprog" / "ord.yaml").write_text(
        "id: klarsprog.testord\ncategory: klarsprog\ntype: wordlist\nseverity: error\n"
        "message: \"'{match}' er et testord.\"\nentries:\n  - {term: nærværende, replace: [dette]}\n"
        "examples:\n  bad: [\"Vi sender nærværende brev.\"]\n  good: [\"Vi sender dette brev.\"]\n", encoding="utf-8")
    (tmp_path / "precision.yaml").write_text(
        "rules:\n  klarsprog.testord: {precision: 0.9, judged: 20}\n", encoding="utf-8")
    result = lint(tmp_path, base=None, examples=False)
    warned = [m for m in result.messages if m.kind == "præcision"]
    assert warned and "warning" in warned[0].message and not warned[0].is_error
    (tmp_path / "precision.yaml").write_text("rules:\n  klarsprog.testord: {precision: 0.97, judged: 20}\n",
                                              encoding="utf-8")
    assert not [m for m in lint(tmp_path, base=None, examples=False).messages if m.kind == "præcision"]


# --- the harness on the repository's own corpus ----------------------------------------------------

def test_own_corpus_is_well_formed_and_judged_well(analyzer):
    from bench.quality import OWN, judge, load_own

    letters = load_own(OWN)
    assert len(letters) >= 40
    assert all(lt.labels["origin"] == "written for this project" for lt in letters)
    result = judge(letters, analyzer)  # raises when an annotated span is not in its letter
    right, total = result["type_right"]["egne"], result["type_total"]["egne"]
    assert right / total >= 0.9
    kv = result["kv"]
    assert kv["right"] / kv["total"] >= 0.9
    assert result["decisions_missing"]["flagged"] == result["decisions_missing"]["total"]


def test_postal_district_letter_ends_a_sentence(analyzer):
    # "2100 København Ø." is not an initial; two sentences are not one long sentence
    text = ("Besøget er den 14. marts kl. 9 på Universitetsparken 5, 2100 København Ø. Hvis du har spørgsmål til "
            "din tilmelding, kan du svare på denne e-mail, så vender vi tilbage til dig hurtigst muligt.")
    report = analyzer.analyze(text)
    assert report.metrics.sentences == 2
    assert "klarsprog.lange-saetninger" not in rules(report)


def test_guidance_in_an_attachment_is_not_judged_incomplete(analyzer):
    assert kv_findings(analyzer, "Klagevejledning\nKlagevejledningen er vedlagt som bilag 2.") == []


def test_paragraph_reference_backing_a_stated_right_or_procedure(analyzer):
    for text in ("Inden vi træffer afgørelse, har I mulighed for at komme med bemærkninger, jf. forvaltningslovens § 19.",
                 "Vi har overvejet, om du alligevel kan få dem (meroffentlighed efter offentlighedslovens § 14).",
                 "Klagen indgives til kommunen og skal være modtaget senest 4 uger efter, at du har fået brevet, "
                 "jf. retssikkerhedslovens § 66."):
        assert "klarsprog.paragraf" not in rules(analyzer.analyze(text)), text


def test_written_complaint_sent_to_the_body_counts_as_how(analyzer):
    kv = ("Klagevejledning\nDu kan klage over afgørelsen inden 4 uger. Klagen skal være skriftlig og sendes til "
          "Ankestyrelsen gennem kommunen.")
    assert kv_findings(analyzer, kv) == []


def test_area_is_not_guessed_when_another_route_may_apply():
    routes = load_routes()
    assert routes.detect_area("Skolebefordring efter folkeskolelovens § 26 til specialklassen på Vestskolen.") is None
