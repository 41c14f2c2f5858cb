"""Session 9 (blind sets tone6, tone6b and EVAL's eval5): the wrong kinds of tone finding in letters and
the TRYK kinds that were missed. The sentences were written for these tests (not lines of any blind
set, of ../shared or of the training corpus)."""

from __future__ import annotations

import pytest

from borgertekst.tone.precision import list_item_body


def tone_findings(analyzer, text: str) -> list[tuple[str, str]]:
    """(rule ids, marked text) of every tone finding."""
    out = []
    for f in analyzer.analyze(text).findings:
        rules = (f.rule, *f.also_rules)
        if any(r.startswith("tone.") for r in rules):
            out.append((" ".join(rules), text[f.start:f.end]))
    return out


def tone_in_line(analyzer, text: str, needle: str) -> list[tuple[str, str]]:
    """Tone findings that start inside the line holding ``needle``."""
    at = text.index(needle)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    out = []
    for f in analyzer.analyze(text).findings:
        rules = (f.rule, *f.also_rules)
        if any(r.startswith("tone.") for r in rules) and line_start <= f.start < line_end:
            out.append((" ".join(rules), text[f.start:f.end]))
    return out


def letter(body: str) -> str:
    return ("Vejle Kommune\nBorgerservice\n\nKære Signe Lund\n\n" + body
            + "\n\nVenlig hilsen\nKarsten Holm\nSagsbehandler, tlf. 76 81 00 00\n")


# ---- wrong kinds in letters ------------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "Denne besked er sendt automatisk, og den kan ikke besvares.",
    "Svar sendt til denne postkasse bliver ikke læst.",
    "Svar ikke på denne mail, indbakken bliver ikke læst.",
])
def test_a_system_note_about_itself_is_no_tryk(analyzer, line):
    text = letter("Vi har modtaget din ansøgning om friplads den 3. marts. Du får svar inden 4 uger.\n\n"
                  "Har du spørgsmål, så ring til Pladsanvisningen på 70 10 20 30.\n\n" + line)
    assert tone_in_line(analyzer, text, line) == []


def test_an_order_to_answer_this_mail_is_no_system_note(analyzer):
    from borgertekst.rulebook.loader import load_rule, shipped_rules_dir
    from borgertekst.tone.precision import PrecisionPolicy

    path = shipped_rules_dir() / "tone" / "tryk-saetning.yaml"
    policy = PrecisionPolicy.from_options(load_rule(path).options, 0.73)
    assert policy.context_of("Svar sendt til denne adresse bliver ikke læst.") == "systembesked"
    assert policy.context_of("Svar på denne mail senest i morgen, ellers lukker vi sagen.") != "systembesked"


@pytest.mark.parametrize("line", [
    "Inden der træffes afgørelse, gives De hermed lejlighed til at fremkomme med Deres bemærkninger.",
    "Henvendelse angående nærværende skrivelse kan rettes til Ydelseskontoret.",
])
def test_an_offer_to_comment_in_officialese_is_no_tryk(analyzer, line):
    text = letter("Kommunen har modtaget oplysninger om Deres indtægt i marts.\n\n" + line
                  + "\n\nFristen for bemærkninger er den 1. juni.")
    assert tone_in_line(analyzer, text, line) == []


def test_a_hearing_heading_that_names_the_intended_decision_is_no_pressure(analyzer):
    heading = "Vi overvejer at standse din boligstøtte"
    text = letter(heading + "\n\nVi har fået nye oplysninger om din indtægt, og før vi beslutter noget, vil vi "
                  "gerne høre, hvad du siger. Det kan være en stor ændring for dig, så ring endelig, hvis du vil "
                  "tale om det.")
    assert tone_in_line(analyzer, text, heading) == []


@pytest.mark.parametrize("item", [
    "- hvad du selv gerne vil bruge dagen på",
    "2. om du kan arbejde lidt langsomt i starten",
])
def test_an_agenda_item_that_is_a_topic_is_no_tryk(analyzer, item):
    text = letter("Du er inviteret til en samtale med mig tirsdag den 4. marts kl. 10.\n\nVi skal tale om:\n"
                  "- hvordan du har det\n" + item + "\n\nTag gerne en bisidder med.")
    assert tone_in_line(analyzer, text, item) == []


def test_the_lead_in_of_an_agenda_is_no_tryk(analyzer):
    lead = "Vi vil bruge tiden på:"
    text = letter("Tak, fordi du kommer til mødet den 3. maj.\n\n" + lead + "\n1. hvordan det går i skolen\n"
                  "2. hvem der kan hente om fredagen\n\nRing, hvis tidspunktet ikke passer.")
    assert tone_in_line(analyzer, text, lead) == []
    from borgertekst.tone.precision import opens_list
    assert opens_list(text, text.index(lead), text.index(lead) + len(lead) + 1)
    assert not opens_list("Vi skriver om: din sag.", 0, 23)


def test_a_threat_with_a_condition_is_no_hearing_intention(analyzer):
    sentence = "Vi overvejer at opsige din plads i klubben, hvis det sker igen."
    from borgertekst.rulebook.loader import load_rule, shipped_rules_dir
    from borgertekst.tone.precision import PrecisionPolicy

    path = shipped_rules_dir() / "tone" / "tryk-saetning.yaml"
    policy = PrecisionPolicy.from_options(load_rule(path).options, 0.73)
    assert policy.context_of(sentence) != "varsel_om_afgoerelse"
    assert policy.context_of("Vi overvejer at opsige din plads i klubben.") == "varsel_om_afgoerelse"
    # a feeling set aside is no reassurance
    assert policy.context_of("Om du synes, det er hårdt, har ingen betydning for afgørelsen.") != "ingen_foelge"
    assert policy.context_of("Udebliver du af en god grund, får det ingen betydning for din hjælp.") == "ingen_foelge"


def test_a_grant_in_officialese_is_no_tryk_but_a_refusal_in_it_is_still_distance():
    from borgertekst.rulebook.loader import load_rule, shipped_rules_dir
    from borgertekst.tone.precision import PrecisionPolicy

    path = shipped_rules_dir() / "tone" / "tryk-saetning.yaml"
    policy = PrecisionPolicy.from_options(load_rule(path).options, 0.73)
    grant = "I henhold til Deres ansøgning af 3. maj meddeles hermed tilladelse til at fælde træet."
    assert policy.context_of(grant) == "bevilling_i_kancellisprog"
    assert policy.context_of("De ansøgte timer herudover meddeles afslag.") != "bevilling_i_kancellisprog"
    assert policy.context_of("Der meddeles ikke tilladelse til at fælde træet.") != "bevilling_i_kancellisprog"


def test_the_writer_admitting_what_we_may_not_know_is_no_tryk(analyzer):
    line = "Måske er der noget i din situation, vi ikke kender til."
    text = letter("Vi vil gerne høre din side, før vi beslutter noget.\n\n" + line + " Skriv eller ring til os.")
    assert tone_in_line(analyzer, text, line) == []


def test_list_item_body():
    text = "Vi taler om:\n- hvordan det går\n  3) hvem der hjælper\nIkke en liste - men en tankestreg"
    assert list_item_body(text, text.index("- hvordan"), text.index("går") + 3) == "hvordan det går"
    at = text.index("hvordan")
    assert list_item_body(text, at, at + 15) == "hvordan det går"
    at = text.index("hvem")
    assert list_item_body(text, at, at + 16) == "hvem der hjælper"
    at = text.index("Ikke")
    assert list_item_body(text, at, len(text)) is None


# ---- TRYK kinds that were missed ------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # a condition with the verb first and a loss for the reader
    "Afleverer De ikke lønsedlerne, vil Deres boligstøtte blive standset.",
    "Fjerner du ikke bilen, sender vi regningen for bugseringen til dig.",
    "Kommer du for sent igen, får du et gebyr.",
    "Ved en ny forseelse vil du blive udelukket fra hallen.",
    "Én udeblivelse mere, og så er du ude af forløbet.",
    # blame, condescension, doubt, dismissal and sarcasm by structure
    "Hvis du havde svaret på vores brev, kunne vi have undgået det her.",
    "Forsinkelsen opstod, fordi du ikke sendte kontoudtogene.",
    "Du har igen glemt at skrive under på skemaet.",
    "Det burde efterhånden være alment kendt, at man skal sortere sit affald.",
    "Tak for din femte mail om hækken.",
    "Jeg har sagt det til dig tre gange nu.",
    "Klagen anses for grundløs.",
    "Du skal ikke ringe til os mere om den sag.",
    "Måske kunne du overveje at læse din post en gang imellem.",
])
def test_missed_tryk_kinds_are_found(analyzer, sentence):
    text = letter("Vi skriver til dig om din sag.\n\n" + sentence + "\n\nDu kan ringe til mig, hvis du har spørgsmål.")
    assert tone_in_line(analyzer, text, sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Er der ikke søgt om forlængelse inden fristen, udløber bevillingen den 30. juni.",
    "Har du ikke fået brevet, kan du ringe til os.",
    "Udebliver du af en grund, du ikke selv er herre over, får det ingen betydning for din hjælp.",
    "Hvis du havde indtægt i perioden, bliver den trukket fra i ydelsen.",
    "Tak for endnu en god snak i går.",
    "Du skal ikke søge igen, fordi bevillingen fortsætter af sig selv.",
    "Det er en god idé at tjekke Digital Post en gang imellem.",
    # a reassurance
    "Kommer du, bliver der ikke trukket mere i din hjælp.",
    "Din bevilling fortsætter uændret, og du skal ikke søge igen.",
])
def test_calm_sentences_of_the_same_shape_stay_unmarked(analyzer, sentence):
    text = letter("Vi skriver til dig om din sag.\n\n" + sentence + "\n\nDu kan ringe til mig, hvis du har spørgsmål.")
    assert tone_in_line(analyzer, text, sentence) == [], sentence


def test_a_possible_consequence_in_a_paabud_is_no_threat_warning(analyzer):
    """A påbud must say what may happen ("kan"): the threat patterns with the verb first ask for a sure
    consequence ("vil", "stopper vi"), so no ``tone.pres`` warning here."""
    sentence = "Overholder du ikke påbuddet, kan kommunen give dig en bøde."
    text = letter("Du skal fjerne containeren fra fortovet senest den 1. maj.\n\n" + sentence)
    assert not [r for r, _ in tone_in_line(analyzer, text, sentence) if "tone.pres" in r.split()]
    sure = "Fjerner du ikke containeren, sender vi regningen for fjernelsen til dig."
    text = letter("Du skal fjerne containeren fra fortovet senest den 1. maj.\n\n" + sure)
    assert [r for r, _ in tone_in_line(analyzer, text, sure) if "tone.pres" in r.split()]


def test_acknowledging_that_it_is_hard_to_make_ends_meet_is_no_missing_empathy(tone, nlp):
    """'få … til at hænge sammen' is missing empathy only when the reader is told to manage alone."""
    def classes(text):
        (_, feats), = tone.features(nlp(text))
        return {name[4:] for name in feats.values if name.startswith("lex:")}

    assert "empatimangel" not in classes("Jeg forstår godt, at det er svært at få økonomien til at hænge sammen.")
    assert "empatimangel" in classes("Det må I selv sørge for at få til at hænge sammen.")
