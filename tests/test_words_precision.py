"""WORDS: false-positive kinds found on blind letters (holdout words2), fixed at their cause.

Each test states the kind of text a warning-level plain-language rule must leave alone,
and the neighbouring text it must still flag, so a test fails whichever way the rule drifts."""

from __future__ import annotations

import pytest


def _found(analyzer, text: str, rule: str) -> list[str]:
    report = analyzer.analyze(text)
    out = []
    for f in report.findings:
        if f.rule == rule or rule in (f.also_rules or []):
            out.extend([text[f.start:f.end]] + [text[o.start:o.end] for o in (f.occurrences or [])])
    return out


def _long(analyzer, text: str) -> list[str]:
    return _found(analyzer, text, "klarsprog.lange-saetninger")


def test_colon_before_capital_ends_a_sentence_for_its_length(analyzer):
    # 8 words before the colon, 22 after: two sentences in Danish, neither long
    text = ("Reglen står i lov om aktiv socialpolitik § 91, stk. 1, nr. 1: Hvis du ikke har fortalt "
            "os om noget, der har betydning for hjælpen, skal du betale det tilbage, du har fået for meget.")
    assert _long(analyzer, text) == []


def test_long_part_after_a_colon_is_still_flagged_on_its_own(analyzer):
    before = "Det står i loven: "
    after = ("Hvis du har fået hjælp, som du ikke havde ret til, fordi du ikke fortalte os om din løn fra "
             "dit arbejde i efteråret, skal du som hovedregel betale hele beløbet tilbage til kommunen.")
    flagged = _long(analyzer, before + after)
    assert flagged == [after]


def test_colon_before_lower_case_does_not_split(analyzer):
    text = ("Vi har lagt vægt på følgende: at du har haft fravær i næsten hele efteråret uden at give "
            "besked, at du ikke er mødt til de to samtaler i jobcentret, og at vi ikke har kunnet få fat i dig.")
    assert len(_long(analyzer, text)) == 1


@pytest.mark.parametrize("text", [
    "Du kan se listen over dokumenterne herunder.",
    "Herunder kan du se, hvad du skal betale hver måned.",
    "Udfyld skemaet herunder, og send det til os inden fredag.",
    "Du finder linket herunder.",
])
def test_herunder_meaning_below_is_not_officialese(analyzer, text):
    assert "herunder" not in [w.lower() for w in _found(analyzer, text, "klarsprog.kancellisprog")]


@pytest.mark.parametrize("text", [
    "Send os dokumentation for dine udgifter, herunder kvitteringer for medicin.",
    "Vi har fundet 41 dokumenter, herunder referater fra møderne.",
])
def test_herunder_meaning_including_is_officialese(analyzer, text):
    assert "herunder" in _found(analyzer, text, "klarsprog.kancellisprog")


def test_mv_in_a_statute_title_is_the_law_s_name(analyzer):
    text = "Reglerne står i lov om almene boliger m.v. og i bekendtgørelse om tilskud til pasning mv."
    assert _found(analyzer, text, "klarsprog.kancellisprog") == []


def test_mv_in_the_letter_s_own_words_is_officialese(analyzer):
    assert _found(analyzer, "Vi har fundet mails, notater mv. i sagen.", "klarsprog.kancellisprog") == ["mv."]


def test_citizens_subject_line_in_a_reply_is_not_the_letter_s_words(analyzer):
    text = "Emne: SV: Vedr. min husleje\n\nTak for din mail. Vi har set på din husleje."
    assert _found(analyzer, text, "klarsprog.kancellisprog") == []
    own = "Emne: Vedr. din husleje\n\nTak for din mail. Vi har set på din husleje."
    assert _found(analyzer, own, "klarsprog.kancellisprog") == ["Vedr."]


def test_de_starting_a_name_is_not_polite_address(analyzer):
    text = "Du kan flytte ind på plejecentret De Fire Årstider. Vi har talt med De Gamles By om det."
    assert _found(analyzer, text, "klarsprog.tiltale") == []


def test_polite_de_before_a_product_name_is_still_flagged(analyzer):
    # "MitID" is not a title-case word: "De" here is the reader
    assert _found(analyzer, "Har De MitID, kan De selv logge på.", "klarsprog.tiltale") == ["De", "De"]


def test_a_sentence_that_is_all_quotation_is_the_citizen_s_not_the_letter_s(analyzer):
    quoted = ('"Jeg beder om at få aktindsigt i alle mails og notater mellem kommunen og entreprenøren om '
              'byggeriet af den nye hal ved skolen, også sms\'er og referater fra alle møderne siden 2022."')
    own = ("Vi har søgt i kommunens journalsystem og i de mailbokse, hvor dokumenterne kan ligge, og vi har "
           "spurgt de medarbejdere, der har arbejdet med sagen, om de har flere dokumenter.")
    text = f"Kære Hanne\n\nDu har den 3. marts skrevet til os:\n\n{quoted}\n\n{own}\n"
    assert _long(analyzer, text) == [own]


@pytest.mark.parametrize("intro", [
    "Af servicelovens § 100, stk. 1, fremgår følgende:\n\n",
    "I § 100 i lov om social service står der:\n\n",
    "Bestemmelsen har følgende ordlyd: ",
])
def test_the_wording_of_a_quoted_law_is_not_the_letter_s_language(analyzer, intro):
    law = ("Kommunalbestyrelsen skal yde dækning af nødvendige merudgifter ved den daglige livsførelse til "
           "personer mellem 18 år og folkepensionsalderen med varigt nedsat funktionsevne, såfremt "
           "merudgifterne er en konsekvens af den nedsatte funktionsevne.")
    text = f"Kære Anne\n\n{intro}{law}\n\nDu har ikke så store ekstra udgifter, at du kan få hjælp.\n"
    assert _long(analyzer, text) == []
    assert "såfremt" not in _found(analyzer, text, "klarsprog.kancellisprog")


def test_the_letter_s_own_officialese_next_to_a_quoted_law_is_still_flagged(analyzer):
    text = ("Af servicelovens § 100 fremgår følgende:\n\nKommunalbestyrelsen skal yde dækning af "
            "nødvendige merudgifter.\n\nSåfremt du er uenig, kan du klage.\n")
    assert _found(analyzer, text, "klarsprog.kancellisprog") == ["Såfremt"]


def test_a_quotation_after_a_colon_is_its_own_sentence(analyzer):
    text = ('I § 14 i lov om social pension står der: "Kommunalbestyrelsen kan tilkende personligt tillæg '
            'til pensionister, hvis økonomiske forhold er særdeles vanskelige, når ansøgeren ikke har en '
            'formue over den grænse, som ministeren fastsætter hvert år."')
    assert _long(analyzer, text) == []


def test_a_paraphrase_of_the_law_addressed_to_the_reader_is_the_letter_s_own(analyzer):
    text = ("Af § 38 b, stk. 1, fremgår:\n"
            "• Dit tillæg er 17,5 % af den del af din indkomst, der er over 70.000 kr., såfremt du har "
            "boet i kommunen hele året.\n")
    assert "såfremt" in _found(analyzer, text, "klarsprog.kancellisprog")


def _jargon(analyzer, text: str) -> list[str]:
    report = analyzer.analyze(text)
    return [text[f.start:f.end].lower() for f in report.findings if f.category == "fagsprog"]


@pytest.mark.parametrize("text, word", [
    ("Vi giver jer et påbud om at tømme tanken. Et påbud er en ordre fra kommunen, som I skal følge.", "påbud"),
    ("Vi starter en børnefaglig undersøgelse. En børnefaglig undersøgelse er en grundig samtale om, "
     "hvordan Emil har det.", "børnefaglig undersøgelse"),
    ("Du har tilbagebetalingspligt, dvs. du skal betale pengene tilbage.", "tilbagebetalingspligt"),
    ("Vi har overvejet, om vi kan vise dig mere, end vi skal (meroffentlighed), men vi kan ikke.", "meroffentlighed"),
    ("Afgørelsen kan ikke indbringes for anden administrativ myndighed. Det betyder, at du ikke kan klage "
     "til Ankestyrelsen.", "administrativ myndighed"),
])
def test_jargon_the_letter_explains_is_no_problem(analyzer, text, word):
    assert word not in _jargon(analyzer, text)


@pytest.mark.parametrize("text, word", [
    ("Vi giver jer et påbud om at tømme tanken senest den 1. marts.", "påbud"),
    ("Du får en ydelse (ressourceforløbsydelse) fra 1. januar.", "ydelse"),
    ("Du har tilbagebetalingspligt for beløbet (se bilag 2).", "tilbagebetalingspligt"),
    # explained in another paragraph: the reader meets the word unexplained here first
    ("Vi har truffet afgørelse om tilbagebetalingspligt.\n\nTilbagebetalingspligt er en pligt til at "
     "betale pengene tilbage.", "tilbagebetalingspligt"),
])
def test_unexplained_jargon_is_still_found(analyzer, text, word):
    assert word in _jargon(analyzer, text)


@pytest.mark.parametrize("text, expected", [
    # "De" + participle + indefinite noun is the article: "the stated circumstances"
    ("Vi har fået Deres brev. De oplyste forhold ændrer ikke afgørelsen.", ["Deres"]),
    ("Vi har fået Deres brev. De fremsendte dokumenter er gennemgået.", ["Deres"]),
    # polite "De" + a past tense or modal in -e
    ("Vi har fået Deres brev. De havde ret i, at beløbet var forkert.", ["Deres", "De"]),
    ("Vi har fået Deres brev. De måtte betale regningen to gange.", ["Deres", "De"]),
    ("Vi har fået Deres brev. De sendte dokumenterne for sent.", ["Deres", "De"]),
])
def test_sentence_initial_de_before_a_participle(analyzer, text, expected):
    assert _found(analyzer, text, "klarsprog.tiltale") == expected
