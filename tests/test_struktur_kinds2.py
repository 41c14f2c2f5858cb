"""Kinds of decision letters found on blind batches (ELEMENTS, elements2 batch 1-2): reasons
that only restate the legal test, no-appeal statements in other words, guidance behind a link,
a deadline that is not the area's, and the procedural-justice panel for them. Every letter here
is written for the test."""

from __future__ import annotations

import pytest

from borgertekst.klageadgang import load_routes
from kinds_support import findings_of as _rules


def _letter(body: str, guidance: str = "", sign: str = "Venlig hilsen\nPer Hansen\nTlf. 12 34 56 78") -> str:
    parts = ["Kære Hanne", "Afgørelse om tilskud til briller", "Du har søgt om tilskud til nye briller.", body]
    if guidance:
        parts.append(guidance)
    parts.append(sign)
    return "\n\n".join(parts)


COMPLETE = ("Du kan klage over afgørelsen til Ankestyrelsen. Send klagen til os på sundhed@kommune.dk senest "
            "4 uger efter, at du har fået brevet. Vi ser på sagen igen, før klagen sendes videre.")


@pytest.mark.parametrize("body", [
    "Du får afslag. Afslaget er givet efter servicelovens § 112, jf. bekendtgørelse om hjælpemidler og forbrugsgoder § 3.",
    "På baggrund af de foreliggende oplysninger har kommunen vurderet, at du ikke er berettiget til tilskud efter servicelovens § 112.",
    "Du kan ikke få tilskud, idet du ikke opfylder betingelserne i servicelovens § 112.",
    "Deres ansøgning kan ikke imødekommes, da De ikke opfylder betingelserne herfor, jf. servicelovens § 112.",
    "Du kan ikke få dækket brillerne, idet du ikke opfylder betingelserne i barnets lov § 87.",
])
def test_a_reason_cue_with_only_the_legal_test_is_no_reason(analyzer, body):
    report = analyzer.analyze(_letter(body, COMPLETE), letter_type="afgoerelse")
    found = _rules(report, "struktur.begrundelse")
    assert found and found[0].severity in ("warning", "error"), body
    # an assessment named but not applied to the case: the panel calls the grounds weak, not missing;
    # paragraphs named and nothing else, or only "ikke opfylder betingelserne" (which conditions, and what in the
    # case, is not said), are no grounds at all (PANEL, EVAL eval5 and eval6)
    assessed = "vurder" in body
    assert report.element_status["gennemskuelighed"].status == ("weak" if assessed else "missing")


@pytest.mark.parametrize("body", [
    "Du får ikke tilskud, fordi din optiker skriver, at du ser lige så godt med dine gamle briller.",
    "Du får ikke tilskud. Interne dokumenter er undtaget fra tilskud efter reglerne, og vi har overvejet "
    "at give dig det alligevel, men brillerne er til læsning, som dine gamle briller også klarer.",
    "Du får ikke tilskud. Årsagen er, at brillerne koster 1.200 kr., og grænsen for tilskud er 2.000 kr.",
    "Du får ikke tilskud.\n\nBegrundelse\nDin optiker har den 3. november målt dit syn til det samme som i 2024, "
    "og dine gamle briller passer stadig.",
])
def test_reasons_that_apply_the_rule_to_the_case_are_reasons(analyzer, body):
    report = analyzer.analyze(_letter(body, COMPLETE), letter_type="afgoerelse")
    assert not [f for f in _rules(report, "struktur.begrundelse") if f.severity != "info"], body
    assert report.element_status["gennemskuelighed"].status == "covered"


def test_a_reasons_heading_over_a_bare_paragraph_reference_is_no_reason(analyzer):
    body = ("Afgørelse:     Afslag\nBegrundelse:   Betingelserne i SEL § 100, stk. 1, jf. BEK nr. 1247 § 3, "
            "er ikke opfyldt.")
    report = analyzer.analyze(_letter(body, COMPLETE), letter_type="afgoerelse")
    assert [f.severity for f in _rules(report, "struktur.begrundelse")] == ["error"]


def test_a_refusal_without_any_reason_or_rule_is_missing_on_the_panel(analyzer):
    report = analyzer.analyze(_letter("Vi kan desværre ikke give dig tilskud til briller.", COMPLETE),
                              letter_type="afgoerelse")
    assert _rules(report, "struktur.begrundelse")
    assert report.element_status["gennemskuelighed"].status == "missing"


@pytest.mark.parametrize("guidance", [
    "Kan jeg klage?\nKommunens afgørelser om befordring kan ikke klages til en anden administrativ myndighed, "
    "jf. folkeskolelovens § 51, stk. 1. Mener I, at vi har behandlet sagen forkert, kan I klage til "
    "Folketingets Ombudsmand.",
    "Afgørelser om optagelse i et bestemt dagtilbud kan ikke indbringes for anden administrativ myndighed.",
])
def test_no_appeal_in_other_words_is_complete(analyzer, guidance):
    body = "Emil får ikke fri befordring, fordi der er 2,4 km til skolen, og grænsen er 2,5 km."
    report = analyzer.analyze(_letter(body, guidance), letter_type="afgoerelse")
    assert _rules(report, "struktur.klagevejledning") == []
    assert report.element_status["indflydelse"].status == "covered"


def test_cannot_complain_directly_then_how_is_ordinary_guidance(analyzer):
    guidance = ("Du kan ikke klage direkte til Ankestyrelsen. Hvis du vil klage, skal du sende din klage til os "
                "på chp@kommune.dk senest 4 uger efter, at du har fået afgørelsen. Vi ser så på sagen igen.")
    report = analyzer.analyze(_letter("Du får ikke tilskud, fordi din optiker skriver, at du ser godt.", guidance),
                              letter_type="afgoerelse")
    assert _rules(report, "struktur.klagevejledning") == []


def test_no_appeal_then_an_appeal_body_with_a_deadline_is_a_contradiction(analyzer):
    guidance = "Du kan ikke klage over afgørelsen. Hvis du vil klage, skal du skrive til Ankestyrelsen inden 4 uger."
    report = analyzer.analyze(_letter("Asger får ikke taxa, fordi skolebussen kører hele vejen.", guidance),
                              letter_type="afgoerelse")
    found = _rules(report, "struktur.klagevejledning")
    assert found and "ikke kan påklages" in found[0].message


@pytest.mark.parametrize("guidance, panel", [
    ("Du kan læse om dine klagemuligheder på www.kommune.dk/klage.", "weak"),
    ("Klagevejledning: se www.kommune.dk/klage", "weak"),
    ("Vejledning om klageadgang er vedlagt som bilag 1.", "covered"),
])
def test_guidance_behind_a_link_or_in_an_attachment_is_not_judged(analyzer, guidance, panel):
    report = analyzer.analyze(_letter("Du får ikke tilskud, fordi din optiker skriver, at du ser godt.", guidance),
                              letter_type="afgoerelse")
    assert _rules(report, "struktur.klagevejledning") == []
    assert report.element_status["indflydelse"].status == panel


@pytest.mark.parametrize("guidance", [
    "Du kan klage over afgørelsen til Ankestyrelsen. Det gør du ved at kontakte os inden 4 uger.",
    "Du kan klage til Ankestyrelsen, men klagen skal først sendes til os. Du har 4 uger til at klage.",
    "Hvis du mener, at afgørelsen er forkert, kan du inden 4 uger bede om at få den vurderet af Ankestyrelsen. "
    "Skriv til os på social@kommune.dk.",
])
def test_complete_guidance_in_other_words(analyzer, guidance):
    report = analyzer.analyze(_letter("Du får ikke tilskud, fordi din optiker skriver, at du ser godt.", guidance),
                              letter_type="afgoerelse")
    assert _rules(report, "struktur.klagevejledning") == [], guidance


def test_a_deadline_that_is_not_the_areas_is_a_warning_to_check(analyzer):
    guidance = "Du kan klage over afgørelsen til Ankestyrelsen. Klagen skal sendes til os senest 2 uger efter, at du har modtaget brevet."
    body = "Du får ikke hjælp til rengøring, fordi din datter gør rent hver uge, og du selv kan tørre støv af."
    # the area from its words only (hjemmehjælp): a warning, and no route text that could be wrong
    report = analyzer.analyze(_letter(body + " Det gælder din hjemmehjælp og din hjemmepleje.", guidance), letter_type="afgoerelse")
    found = _rules(report, "struktur.klagevejledning")
    assert [f.severity for f in found] == ["warning"] and "4 uger" in found[0].message
    assert all("[frist]" in s and "Ankestyrelsen" not in s for s in found[0].suggestions)  # blanks, no guess
    assert report.element_status["indflydelse"].status == "weak"
    # the law cited: the route's own guidance is offered
    cited = analyzer.analyze(_letter(body + " Det følger af servicelovens § 83.", guidance), letter_type="afgoerelse")
    found = _rules(cited, "struktur.klagevejledning")
    assert found and "Ankestyrelsen" in found[0].suggestions[0] and "4 uger" in found[0].suggestions[0]
    # the right deadline in days is fine
    ok = analyzer.analyze(_letter(body, guidance.replace("2 uger", "28 dage") + " Det gælder din hjemmehjælp og din hjemmepleje."),
                          letter_type="afgoerelse")
    assert _rules(ok, "struktur.klagevejledning") == []


@pytest.mark.parametrize("text, outcome", [
    ("Der er ikke plads.", "afslag"),
    ("Vi kan desværre ikke hjælpe dig med at betale regningen.", "afslag"),
    ("Vi må desværre meddele, at vi ikke kan bevilge en ny seng.", "afslag"),
    ("Ansøgningen er ikke godkendt.", "afslag"),
    ("Din ansøgning kan ikke imødekommes.", "afslag"),
    ("Det er desværre ikke muligt at give dig et tilskud.", "afslag"),
    ("Kommunen giver ikke tilladelse til skuret.", "afslag"),
    ("Vi har bevilget en rollator.", "bevilling"),
    ("Vi kan godt hjælpe dig.", None),
])
def test_refusal_wording_and_negated_grants(text, outcome):
    assert load_routes().outcome(text) == outcome


def test_closing_the_door_weakens_indflydelse_even_with_guidance(analyzer):
    body = ("Du får ikke tilskud, fordi din optiker skriver, at du ser godt. Yderligere henvendelser i sagen "
            "vil ikke blive besvaret.")
    report = analyzer.analyze(_letter(body, COMPLETE), letter_type="afgoerelse")
    if any("tone.lukker-doeren" in f.rules for f in report.findings):
        assert report.element_status["indflydelse"].status == "weak"
    else:  # the tone rule is another engineer's; without it the panel has nothing to go on
        assert report.element_status["indflydelse"].status == "covered"


def test_a_clear_no_in_a_letter_typed_otherwise_is_checked_as_a_possible_decision(analyzer):
    text = ("Kommunen har modtaget Deres ansøgning om hjælp til briller.\n\nAnsøgningen er ikke imødekommet.\n\n"
            "Med venlig hilsen\nBorgerservice")
    report = analyzer.analyze(text, letter_type="andet")
    found = [f for f in report.findings if "struktur.mulig-afgoerelse" in f.rules]
    assert [f.severity for f in found] == ["warning"]
    assert "begrundelse" in found[0].message and "klagevejledning" in found[0].message
    assert found[0].text == "Ansøgningen er ikke imødekommet."
    assert report.element_status["indflydelse"].status == "missing"
    # reasons and guidance present: nothing to say
    ok = text.replace("Ansøgningen er ikke imødekommet.", "Ansøgningen er ikke imødekommet, fordi din optiker skriver, "
                      "at du ser godt med dine gamle briller.\n\n" + COMPLETE)
    assert not [f for f in analyzer.analyze(ok, letter_type="andet").findings if "struktur.mulig-afgoerelse" in f.rules]
    # a condition or a general rule is no decision
    info = ("Kære borger\n\nFra 1. januar skal du bestille kørsel hos Movia. Hvis du ikke opfylder betingelserne, "
            "får du afslag.\n\nVenlig hilsen\nBorgerservice")
    assert not [f for f in analyzer.analyze(info, letter_type="information").findings
                if "struktur.mulig-afgoerelse" in f.rules]


def test_kinds_of_batches_three_to_five(analyzer):
    # what the reader asked for, stopped: a full grant, no klagevejledning needed
    stop = ("Kære Tobias\n\nVi stopper din bostøtte\n\nDu har selv bedt om at stoppe din bostøtte, fordi du har fået "
            "job. Din bostøtte stopper derfor den 31. december.\n\nVenlig hilsen\nSara\nTlf. 96 84 84 84")
    assert load_routes().outcome(stop) == "bevilling"
    assert not _rules(analyzer.analyze(stop, letter_type="afgoerelse"), "struktur.klagevejledning")
    # an amount of nothing is a refusal, so the reasons are checked
    assert load_routes().outcome("Ansøgt: 12.400 kr.\nBevilget: 0 kr.") == "afslag"
    assert load_routes().outcome("Kommunen har efter en samlet vurdering besluttet ikke at imødekomme ansøgningen.") == "afslag"
    # dates and an earlier letter are no facts of the case
    dated = _letter("Du får ikke tilskud. Vi har lagt vægt på de oplysninger, der fremgik af vores brev til dig "
                    "af 3. november, og på dine bemærkninger af 12. november.", COMPLETE)
    found = _rules(analyzer.analyze(dated, letter_type="afgoerelse"), "struktur.begrundelse")
    assert found and found[0].severity == "error"
    # understanding around a refusal is no hidden reason: sure enough for an error
    kind = _letter("Jeg kan godt forstå, at det er hårdt for jer lige nu. Vi har desværre ikke mulighed for at "
                   "bevilge tilskud. Jeg ved, at det ikke er det svar, I håbede på.", COMPLETE)
    report = analyzer.analyze(kind, letter_type="afgoerelse")
    assert [f.severity for f in _rules(report, "struktur.begrundelse")] == ["error"]
    assert report.element_status["gennemskuelighed"].status == "missing"
    # what the reader told us is a fact with its source
    told = _letter("Hjælpen stopper fra 1. januar. Du fortalte, at du har handlet selv de sidste fire uger.", COMPLETE)
    assert not [f for f in _rules(analyzer.analyze(told, letter_type="afgoerelse"), "struktur.begrundelse")
                if f.severity != "info"]


def test_an_area_without_appeal_that_says_nothing_gets_a_hint_to_say_so(analyzer):
    # (session 8: an area known from its words alone is a hint, info; with its law cited it is a warning)
    sms = "Hej Karsten. Din ansøgning om buskort er desværre afslået, da du bor under 7 km fra skolen. Mvh Skoleadm."
    report = analyzer.analyze(sms, letter_type="afgoerelse")
    found = _rules(report, "struktur.klagevejledning")
    assert [f.severity for f in found] == ["info"]
    cited = sms.replace("fra skolen.", "fra skolen, jf. folkeskolelovens § 26.")
    assert [f.severity for f in _rules(analyzer.analyze(cited, letter_type="afgoerelse"), "struktur.klagevejledning")] == ["warning"]
    assert "ikke påklages" in found[0].message and "Ankestyrelsen" not in " ".join(found[0].suggestions)
    assert report.element_status["indflydelse"].status == "weak"
