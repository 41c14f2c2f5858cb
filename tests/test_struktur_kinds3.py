"""Kinds of letters from a blind batch of another engineer (WORDS, words2) and ELEMENTS2's own
fresh batch: full grants that change a date or exempt the reader, notices of a decision still
to come, letters to everyone, guidance and contact said in other words, reasons that start with
"Da …". Every letter here is written for the test."""

from __future__ import annotations

import pytest
from kinds_support import findings_of as _rules

SEVERE = ("warning", "error")


def _severe(report, rule):
    return [f for f in _rules(report, rule) if f.severity in SEVERE]


DEFERRAL = """Henstand med betaling af vandafgift

Kære Bent Iversen

Du har bedt om at få lov til at betale din vandafgift senere, fordi du har haft nedsat løn under din sygemelding.

Vi giver dig henstand. Du skal betale 1. rate den 1. april 2026 i stedet for den 1. december 2025.

Du skal ikke betale gebyr, hvis du betaler til tiden.

Venlig hilsen
Opkrævningen, Skive Kommune
Tlf. 96 14 14 14"""

EXEMPTION = """Kære Inger Dahl

Du er nu fritaget for Digital Post

Du har bedt om at blive fritaget, fordi du ikke har en computer. Vi har fritaget dig fra i dag, og du får dine breve med almindelig post.

Fritagelsen gælder, indtil du selv beder os om at stoppe den.

Venlig hilsen
Borgerservice, Thisted Kommune
Tlf. 99 17 17 17"""

TRANSPORT = """Kære Sara og Ali

Noah får kørsel til skole

I har søgt om, at Noah kan få kørsel til Specialskolen Bakken, fordi han har en gangbesværet hofte.

Vi har besluttet, at Noah får kørsel hver skoledag fra 5. januar 2026. En taxa henter ham kl. 7.40.

Venlig hilsen
Skoleadministrationen, Ikast-Brande Kommune
skole@ikast-brande.dk"""

TREATMENT = """Kære Sofie

Svar på jeres ansøgning om tandregulering til Alma

I har søgt om tandregulering til Alma. Vi har undersøgt Alma, og hun får tandregulering. Behandlingen starter i februar.

Venlig hilsen
Tandplejen, Hedensted Kommune
Tlf. 79 75 50 00"""


HOURS = """Afgørelse om ledsageordning

Kære Jytte

Du søgte den 2. oktober om ledsagelse 10 timer om måneden. Du får ledsagelse 10 timer om måneden fra 1. december.

Med venlig hilsen
Voksenhandicap, Skive Kommune
Tlf. 99 15 55 00"""


@pytest.mark.parametrize("text", [DEFERRAL, EXEMPTION, TRANSPORT, TREATMENT, HOURS],
                         ids=["deferral", "exemption", "named-transport", "named-treatment", "hours-as-asked"])
def test_a_full_grant_needs_neither_guidance_nor_reasons(analyzer, text):
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert not _severe(report, "struktur.klagevejledning")
    assert not _severe(report, "struktur.begrundelse")


NOTICE = """Vedrørende restance for SFO-plads

Kære Jesper Holm

Vi har ikke modtaget betaling for Idas plads i SFO Lærkereden for oktober og november 2025. Restancen er 3.480 kr.

Vi gør opmærksom på, at pladsen vil blive opsagt med udgangen af januar 2026, såfremt restancen ikke er betalt senest den 10. januar. Opsigelsen betyder, at De ikke kan få en ny plads, før restancen er betalt.

Med venlig hilsen
Pladsanvisningen, Faxe Kommune
Tlf. 56 20 30 00"""


def test_a_notice_of_a_decision_still_to_come_needs_no_guidance(analyzer):
    report = analyzer.analyze(NOTICE, letter_type="afgoerelse")
    assert not _rules(report, "struktur.klagevejledning")


def test_a_decision_that_also_warns_of_a_later_one_still_needs_guidance(analyzer):
    text = NOTICE.replace(
        "Vi har ikke modtaget betaling",
        "Vi har besluttet at afslå din ansøgning om søskenderabat, fordi Ida er enebarn. Vi har heller ikke modtaget betaling")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.klagevejledning")


LOAN = """Kære Helle Jensen

De fik i 2021 et rentefrit lån på 18.000 kr. til indskud i Deres bolig. Fra 1. februar 2026 skal De begynde at betale lånet tilbage: 300 kr. om måneden.

Hvis Deres indtægt er lav, kan De søge om at få nedsat beløbet.

Med venlig hilsen
Boligstøtte, Aalborg Kommune
Tlf. 99 31 31 31"""

TO_EVERYONE = """Nyt om storskrald

Kære grundejer

Fra 1. marts 2026 henter vi storskrald hver anden måned. Byrådet har besluttet det nye gebyr på 240 kr. om året.

Venlig hilsen
Affald, Herning Kommune
Tlf. 96 28 28 28"""


@pytest.mark.parametrize("text", [LOAN, TO_EVERYONE], ids=["loan-repayment-starts", "letter-to-everyone"])
def test_no_decision_against_the_reader_is_at_most_an_info(analyzer, text):
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert not _severe(report, "struktur.klagevejledning")
    assert not _severe(report, "struktur.begrundelse")


REFUSAL = ("Kære Hanne\n\nDu har søgt om tilskud til briller. Du får ikke tilskud, fordi din optiker skriver, "
           "at du ser lige så godt med dine gamle briller.\n\n{guidance}\n\nVenlig hilsen\nPer Hansen\nTlf. 12 34 56 78")


@pytest.mark.parametrize("guidance", [
    # the deadline in weeks, though the sentence goes on about sending it on
    "Du kan klage til Ankestyrelsen. Send klagen til Sundhedsafdelingen inden 4 uger, så ser vi på sagen igen, "
    "før den går videre.",
    # the caseworker as the address
    "Hvis du er uenig, kan du klage inden 4 uger. Skriv til mig, så ser jeg på den igen. Hvis jeg ikke ændrer den, "
    "sender jeg din klage videre til Ankestyrelsen.",
])
def test_guidance_said_in_other_words_is_complete(analyzer, guidance):
    report = analyzer.analyze(REFUSAL.format(guidance=guidance), letter_type="afgoerelse")
    assert not _rules(report, "struktur.klagevejledning"), guidance


def test_guidance_without_any_deadline_is_still_incomplete(analyzer):
    guidance = "Du kan klage til Ankestyrelsen. Skriv til mig, så ser jeg på sagen igen."
    report = analyzer.analyze(REFUSAL.format(guidance=guidance), letter_type="afgoerelse")
    found = _severe(report, "struktur.klagevejledning")
    assert found and "fristen" in found[0].message


def test_a_reduction_said_as_less_money_needs_guidance(analyzer):
    text = ("Din boligstøtte bliver mindre\n\nKære Yasmin\n\nDin husstands indkomst er steget. Fra 1. januar får du "
            "1.240 kr. om måneden. Du får altså 650 kr. mindre om måneden, fordi indkomsten er højere.\n\n"
            "Med venlig hilsen\nBoligstøtte, Aarhus Kommune\nTlf. 89 40 20 00")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.klagevejledning")


def test_an_answer_no_to_a_question_still_needs_guidance(analyzer):
    text = ("Hej Sonja\n\nDu spørger, om du kan få hjælp til en ny cykel.\n\nDet kan du desværre ikke. Vi mener ikke, "
            "at en cykel er nødvendig, da du bor tæt på bussen.\n\nVenlig hilsen\nMaria\nJobcentret")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.klagevejledning")


@pytest.mark.parametrize("closing", [
    "Hvis tidspunktet ikke passer, så skriv til mig på Aula.",
    "Har du spørgsmål, så send os en besked i Digital Post.",
    "Du kan hente det i Borgerservice, Rådhuset.\n\nÅbningstider: man-ons 10-15, tors 10-17.",
    "Spørgsmål kan sendes til booking@[kommune].dk.",
], ids=["aula", "digital-post", "place-and-hours", "template-mail"])
def test_contact_through_a_channel_or_a_place_with_hours(analyzer, closing):
    text = f"Kære Oskar\n\nDit nye pas er klar.\n\n{closing}\n\nVenlig hilsen\nBorgerservice"
    report = analyzer.analyze(text, letter_type="information")
    assert not _severe(report, "struktur.kontakt"), closing


def test_a_letter_without_any_channel_still_lacks_contact(analyzer):
    text = "Kære Oskar\n\nDit nye pas er klar. Husk dit gamle pas.\n\nVenlig hilsen\nBorgerservice"
    report = analyzer.analyze(text, letter_type="information")
    assert _severe(report, "struktur.kontakt")


@pytest.mark.parametrize("decision", [
    "Da det af den fremsendte lægeerklæring ikke fremgår, at barnets sygdom er livstruende, opfylder De ikke "
    "betingelserne, og ansøgningen afslås derfor.",
    "Vi kan ikke udstede en håndværkerlicens til din bil, da den ikke er registreret til erhverv.",
])
def test_a_reason_that_starts_with_da_and_a_fact(analyzer, decision):
    text = f"Kære Lone\n\nVi har modtaget din ansøgning.\n\n{decision}\n\nVenlig hilsen\nKommunen\nTlf. 12 34 56 78"
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert not _severe(report, "struktur.begrundelse"), decision


def test_the_legal_test_alone_is_still_no_reason(analyzer):
    text = ("Kære Lone\n\nVi har modtaget din ansøgning.\n\nDe opfylder ikke betingelserne, og ansøgningen afslås.\n\n"
            "Venlig hilsen\nKommunen\nTlf. 12 34 56 78")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.begrundelse")


@pytest.mark.parametrize("text", [
    "Kære vælger på Søndergade\n\nPå dit valgkort står der en forkert skole. Du skal stemme på Idrætscentret.\n\n"
    "Med venlig hilsen\nValgsekretariatet\nvalg@kommune.dk",
    "Kære Jens\n\nDin anmodning om aktindsigt – vi skal bruge lidt mere tid. Sagen har over 400 dokumenter. "
    "Du får svar senest den 19. december.\n\nVenlig hilsen\nSekretariatet\nsek@kommune.dk",
], ids=["to-everyone", "delay-notice"])
def test_no_thanks_asked_for_where_the_letter_answers_no_message(analyzer, text):
    report = analyzer.analyze(text, letter_type="klagesvar")
    assert not _rules(report, "struktur.tak")


def test_a_reply_without_thanks_is_still_noted(analyzer):
    text = ("Kære Jens\n\nVi har behandlet din klage over hjemmeplejen. Hjælperen kommer nu kl. 8.\n\n"
            "Venlig hilsen\nLise\nTlf. 12 34 56 78")
    report = analyzer.analyze(text, letter_type="klagesvar")
    assert _severe(report, "struktur.tak")


def test_a_named_child_who_does_not_get_it_is_a_refusal(analyzer):
    text = TRANSPORT.replace("Vi har besluttet, at Noah får kørsel hver skoledag fra 5. januar 2026. En taxa henter ham kl. 7.40.",
                             "Noah får ikke kørsel, fordi der kun er 1,2 km til skolen.")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.klagevejledning")


def test_a_deferral_refused_needs_guidance(analyzer):
    text = DEFERRAL.replace("Vi giver dig henstand. Du skal betale 1. rate den 1. april 2026 i stedet for den 1. december 2025.",
                            "Vi giver dig ikke henstand, fordi du har betalt for sent to gange i år.")
    report = analyzer.analyze(text, letter_type="afgoerelse")
    assert _severe(report, "struktur.klagevejledning")
