"""WORDS: kinds found on the blind letters of holdout words3 (batch 1), fixed at their cause.

Each false-positive test states the kind of text a rule must leave alone and the neighbouring
text it must still flag, so a test fails whichever way the rule drifts. The recall tests name a
kind of officialese or address the rules missed."""

from __future__ import annotations


def _found(analyzer, text: str, rule: str) -> list[str]:
    report = analyzer.analyze(text)
    out = []
    for f in report.findings:
        if f.rule == rule or rule in (f.also_rules or []):
            out.extend([text[f.start:f.end]] + [text[o.start:o.end] for o in (f.occurrences or [])])
    return out


# --- klarsprog.tiltale -------------------------------------------------------------------------

def test_sentence_initial_de_before_a_verb_only_things_do_is_they(analyzer):
    # the rules "mean" something; a person is not the subject of "betyder"
    text = ("Vi har modtaget Deres ansøgning. De nye regler trådte i kraft 1. juli 2026. "
            "De betyder, at også Deres ægtefælles pension tæller med. De kan klage over afgørelsen.")
    found = _found(analyzer, text, "klarsprog.tiltale")
    assert sorted(found) == ["De", "Deres", "Deres"]  # "De kan klage" stays polite address
    start = text.index("De betyder")
    assert all(f.start != start for f in analyzer.analyze(text).findings)


def test_de_form_used_only_at_sentence_starts_is_found(analyzer):
    # no mid-sentence "Dem"/"Deres", no du/jer anywhere: the sentence-initial forms are polite address
    text = ("Påbud om tilslutning til fjernvarme\n\nDeres ejendom er omfattet af tilslutningspligten. "
            "De er ikke forpligtet til at købe varme, men skal betale et fast bidrag.")
    assert _found(analyzer, text, "klarsprog.tiltale") == ["Deres", "De"]


def test_sentence_initial_de_in_a_du_letter_stays_they(analyzer):
    text = ("Jeg har talt med de to medarbejdere. De har fortalt, at de havde travlt. "
            "De skulle have ringet til dig. Du får den samme medarbejder fremover.")
    assert _found(analyzer, text, "klarsprog.tiltale") == []


# --- fagsprog: the sender's own names ----------------------------------------------------------

LETTER_WITH_NAMES = (
    "Frederikshavn Kommune\nØkonomi, Opkrævning\n\nKære Dennis\n\n"
    "Du skylder betaling for vuggestuen. Vi sender kravet til opkrævning, hvis du ikke betaler.\n\n"
    "Venlig hilsen\nJette Mortensen\nOpkrævningen\n")


def test_jargon_in_the_letterhead_and_signature_is_the_senders_name(analyzer):
    found = _found(analyzer, LETTER_WITH_NAMES, "fagsprog.kommunesprog")
    prose = LETTER_WITH_NAMES.index("opkrævning, hvis")
    report = analyzer.analyze(LETTER_WITH_NAMES)
    places = [(f.start, [o.start for o in (f.occurrences or [])]) for f in report.findings
              if f.rule == "fagsprog.kommunesprog"]
    assert found == ["opkrævning"]  # the prose word, once
    assert places == [(prose, [])]


def test_a_subject_heading_in_the_first_paragraph_is_still_checked(analyzer):
    text = "Partshøring – tilbagebetaling af kontanthjælp\n\nKære Ali\n\nVi overvejer at kræve penge tilbage.\n"
    assert "Partshøring" in _found(analyzer, text, "fagsprog.kommunesprog")


def test_a_heading_after_the_signature_is_still_checked(analyzer):
    text = ("Kære Ali\n\nDu får hjælpen.\n\nVenlig hilsen\nKaren Holm\n\nKlagevejledning\n"
            "Du kan klage inden 4 uger.\n")
    assert "Klagevejledning" in _found(analyzer, text, "fagsprog.kommunesprog")


def test_a_word_defined_with_a_relative_clause_is_explained(analyzer):
    text = ("Vi sender restancen til Gældsstyrelsen, hvis du ikke betaler. "
            "Restance er det beløb, du skylder.")
    assert _found(analyzer, text, "fagsprog.kommunesprog") == []
    assert _found(analyzer, "Vi sender restancen til Gældsstyrelsen.", "fagsprog.kommunesprog") == ["restancen"]


# --- klarsprog.paragraf ------------------------------------------------------------------------

def test_a_limit_stated_in_the_sentence_explains_the_reference(analyzer):
    text = "Jeres indtægt overstiger den grænse, som gælder for at få boligstøtte, jf. boligstøttelovens § 14."
    assert _found(analyzer, text, "klarsprog.paragraf") == []
    assert _found(analyzer, "Du får ikke boligstøtte, jf. boligstøttelovens § 14.", "klarsprog.paragraf") == ["§ 14"]


def test_a_rule_stated_in_the_present_passive_explains_the_reference(analyzer):
    assert _found(analyzer, "Udgiften deles ligeligt mellem jer, jf. hegnslovens § 19.", "klarsprog.paragraf") == []
    # an outcome or a pointer in the passive is no explanation
    assert _found(analyzer, "Ansøgningen afslås, jf. servicelovens § 112.", "klarsprog.paragraf") == ["§ 112"]
    assert _found(analyzer, "Der henvises til servicelovens § 83.", "klarsprog.paragraf") == ["§ 83"]


def test_the_condition_in_the_next_sentence_explains_the_reference(analyzer):
    text = ("Vi har givet dig et lån på 24.600 kr. efter aktivlovens § 81 a.\n\n"
            "Du kan få lånet, fordi lejligheden er billigere end den, du bor i nu.")
    assert _found(analyzer, text, "klarsprog.paragraf") == []


# --- kancellisprog: recall and the senses that are not officialese -----------------------------

def test_impersonal_bedes_and_procedure_words_are_found(analyzer):
    text = ("Beløbet bedes indbetalt senest den 4. december. Såfremt det ikke sker rettidigt, sender vi kravet "
            "videre. Fradraget sker ved næstkommende udbetaling. Vi påtænker at stoppe hjælpen.")
    found = _found(analyzer, text, "klarsprog.kancellisprog") + _found(analyzer, text, "klarsprog.kancellisprog-vendinger")
    for word in ("bedes", "Såfremt", "rettidigt", "næstkommende", "påtænker"):
        assert word in found


def test_godtgjort_only_in_the_sense_shown(analyzer):
    rule = "klarsprog.kancellisprog-vendinger"
    assert _found(analyzer, "Du har ikke godtgjort, at du var syg.", rule) == ["godtgjort"]
    assert _found(analyzer, "Du får kurset godtgjort som et fag på uddannelsen.", rule) == []
    assert _found(analyzer, "Kommunen godtgør dine udgifter til kørsel.", rule) == []


# --- klarsprog.tredje-person -------------------------------------------------------------------

def test_the_applicant_after_at_is_the_noun(analyzer):
    text = "Det fremgår af registret, at ansøger i samme periode har haft lønindtægt."
    assert _found(analyzer, text, "klarsprog.tredje-person") == ["ansøger"]
    assert _found(analyzer, "Hvis du ansøger om hjælp, skal du sende lønsedler.", "klarsprog.tredje-person") == []


# --- klarsprog.tiltale: the possessive named in the message (SUGGEST's note) ---------------------

def _possessive(analyzer, text: str) -> list[str]:
    return [f.suggestions[0] for f in analyzer.analyze(text).findings
            if f.rule == "klarsprog.tiltale" and f.text == "Deres"]


def test_possessive_reads_past_a_participle_and_trusts_the_dictionarys_gender(analyzer):
    assert _possessive(analyzer, "Vi dækker ikke udgiften, idet Deres sandsynliggjorte merudgifter er lave.") == ["dine"]
    assert _possessive(analyzer, "Vi har målt skellet mod Deres grund.") == ["din"]
    assert _possessive(analyzer, "Vi har sendt brevet til Deres digitale postkasse.") == ["din"]
    assert _possessive(analyzer, "Vi har modtaget Deres brev.") == ["dit"]


def test_indklagedes_is_a_genitive_not_a_passive(analyzer):
    text = "Hegnssynet skal tage stilling til, om indklagedes bøgehæk skal være lavere."
    assert _found(analyzer, text, "klarsprog.passiv") == []
    assert _found(analyzer, "Der behandledes mange sager.", "klarsprog.passiv") == ["behandledes"]


# --- batch 2 kinds -------------------------------------------------------------------------------

def test_the_english_half_of_a_bilingual_letter_is_not_spell_checked(analyzer):
    text = ("Din beboerlicens er fornyet til og med 30. november 2027.\n\n"
            "Your resident permit has been renewed. The fee has been charged to your card.\n\n"
            "Venlig hilsen / Kind regards\nParkering")
    assert _found(analyzer, text, "stavning.hunspell") == []
    # a Danish line with a slip is still checked
    assert _found(analyzer, "Vi har truffet en afgørlese i din sag.", "stavning.hunspell") == ["afgørlese"]


def test_a_condition_and_its_consequence_explain_the_reference(analyzer):
    text = ("Såfremt påbuddet ikke efterkommes, vil kommunen lade arbejdet udføre for Deres regning, "
            "jf. vejlovens § 88, stk. 4.")
    assert _found(analyzer, text, "klarsprog.paragraf") == []
    assert _found(analyzer, "Kommunen giver Dem påbud, jf. vejlovens § 88, stk. 4.", "klarsprog.paragraf") == ["§ 88, stk. 4"]


def test_bedes_stays_passive_and_a_danish_line_with_english_words_stays_checked(analyzer):
    assert _found(analyzer, "De bedes medbringe Deres lønsedler.", "klarsprog.passiv") == ["bedes"]
    text = ("We are happy to inform you – vi er glade for at informere dig om, at din application for "
            "beboerlicens til parkering i zone B er godkendt, og at den gælder fra i dag og et år frem.")
    assert "application" in _found(analyzer, text, "stavning.hunspell")


def test_relative_hvorfor_and_saaledes_are_found_but_not_the_question_or_as_follows(analyzer):
    rules = ("klarsprog.kancellisprog", "klarsprog.kancellisprog-vendinger")

    def found(text):
        return [w for rule in rules for w in _found(analyzer, text, rule)]

    assert found("De har ikke underrettet kommunen om ændringen, hvorfor De skal betale beløbet tilbage.") == ["hvorfor"]
    assert found("Du har ikke fået besked om, hvorfor det tager så lang tid.") == []
    assert found("Jeg forstår godt, at du spørger, hvorfor det tager så lang tid.") == []
    assert found("Der er således ikke tale om en varig lidelse.") == ["således"]
    assert found("Beløbet er beregnet således:\n- august: 2.904 kr.") == []


# --- batch 3 kinds -------------------------------------------------------------------------------

def _de_places(analyzer, text: str) -> list[int]:
    out = []
    for f in analyzer.analyze(text).findings:
        if f.rule == "klarsprog.tiltale" and f.text == "De":
            out += [f.start] + [o.start for o in (f.occurrences or [])]
    return sorted(out)


def test_de_taking_up_a_plural_subject_or_people_in_the_sentence_before_is_they(analyzer):
    text = ("Vi har behandlet Deres ansøgning. De oplyste forhold er indgået i vurderingen. "
            "De giver ikke grundlag for en anden afgørelse. Vi har talt med de involverede medarbejdere. "
            "De har oplyst, at brevet blev sendt. De kan klage inden 4 uger.")
    assert _de_places(analyzer, text) == [text.index("De kan klage")]


def test_polite_de_after_an_ordinary_sentence_stays_flagged(analyzer):
    text = "Vi har behandlet Deres ansøgning. De har ret til hjælp. De er velkommen til at ringe."
    assert _de_places(analyzer, text) == [text.index("De har ret"), text.index("De er velkommen")]


# --- batch 4 kinds -------------------------------------------------------------------------------

def test_a_letter_to_several_readers_as_i_has_no_de_form(analyzer):
    text = ("Kære pårørende\n\nTilsynet var tilfreds med det meste. De så, at beboerne har det godt. "
            "De pegede dog på, at journalerne skal være bedre.\n\nHar I spørgsmål, er I velkomne til at ringe.")
    assert _found(analyzer, text, "klarsprog.tiltale") == []


def test_de_after_people_as_subject_and_de_er_vedlagt_are_they(analyzer):
    text = ("De har ansøgt om at bruge Deres hus som flexbolig. Naboerne er orienteret om ansøgningen. "
            "De har ikke haft bemærkninger. Fotos af skiltet viser forbuddet. De er vedlagt dette brev. "
            "De kan klage inden 4 uger.")
    assert _de_places(analyzer, text) == [0, text.index("De kan klage")]


def test_de_before_a_passive_only_a_person_takes_is_polite_even_alone(analyzer):
    # PANEL's note: a reminder with no other De-form
    assert _found(analyzer, "Rykker\n\nDe anmodes om at indbetale beløbet straks.", "klarsprog.tiltale") == ["De"]
    # a thing can be sent or granted: "De sendes" stays unflagged in a du-letter
    assert _found(analyzer, "Du har fået to breve. De sendes også med posten.", "klarsprog.tiltale") == []
