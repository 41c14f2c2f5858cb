"""The Danish language layer: lemmas, passive voice, gender, imperatives and
sentences, on inflected and tricky cases. Needs the Danish Hunspell dictionary
(installed by scripts/setup.sh) except where the degraded mode is tested."""

import pytest
from spacy.tokens import Doc

from borgertekst.nlp import PIPELINE, build, hunspell_da, load

needs_hunspell = pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")


def token(doc, text):
    return next(t for t in doc if t.text == text)


@pytest.mark.parametrize("text, word, lemma", [
    ("Vi har sendt bevillingen til dig.", "bevillingen", "bevilling"),
    ("Kommunen har modtaget dine papirer.", "papirer", "papir"),
    ("Sagsbehandleren ringer i morgen.", "Sagsbehandleren", "sagsbehandler"),
    ("Afgørelserne er sendt.", "Afgørelserne", "afgørelse"),
    ("Vi behandlede sagen.", "behandlede", "behandle"),
    ("Børnene går i skole.", "Børnene", "barn"),
    ("Boligstøtten udbetales.", "udbetales", "udbetale"),
    ("Vi kontaktede FN-kontoret.", "FN-kontoret", "fn-kontor"),
    ("Det koster 200 kr. om måneden.", "kr.", "krone"),
    ("Jeg synes, det er godt.", "synes", "synes"),
])
@needs_hunspell
def test_lemmas(nlp, text, word, lemma):
    assert token(nlp(text), word).lemma_ == lemma


@pytest.mark.parametrize("text, word", [
    ("Din ansøgning behandles i næste uge.", "behandles"),
    ("Sagen afgøres inden en måned.", "afgøres"),
    ("Beløbet udbetaltes i marts.", "udbetaltes"),
    ("Det kan ikke tages i betragtning.", "tages"),
    ("Hjælpen fås ved henvendelse.", "fås"),
    ("Dette behandles i næste afsnit.", "behandles"),  # "dette" is the subject, no determiner of a genitive
])
@needs_hunspell
def test_s_passive(nlp, text, word):
    assert token(nlp(text), word).morph.get("Voice") == ["Pass"]


@pytest.mark.parametrize("text, word", [
    ("Jeg synes, det er en god idé.", "synes"),
    ("Det lykkes os at finde en løsning.", "lykkes"),
    ("Der findes flere muligheder.", "findes"),
    ("Vi mindes mødet.", "mindes"),
    ("Det skyldes en fejl.", "skyldes"),
    ("Vi mødes på rådhuset.", "mødes"),
    ("Landets kommuner er enige.", "Landets"),
    ("Hans sag er afsluttet.", "Hans"),
    ("Det er særdeles vigtigt.", "særdeles"),
    # an s-form right after a possessive or an article is a noun's genitive, even of a noun that is also a verb
    ("Din læges erklæring viser, at du ikke kan gå så langt.", "læges"),
    ("Efter en times ventetid kom bussen.", "times"),
])
def test_not_passive(nlp, text, word):
    assert token(nlp(text), word).morph.get("Voice") != ["Pass"]


@pytest.mark.parametrize("text, word, gender, number", [
    ("Tak for dit brev.", "brev", "Neut", "Sing"),
    ("Brevet kom i går.", "Brevet", "Neut", "Sing"),
    ("Din ansøgning er modtaget.", "ansøgning", "Com", "Sing"),
    ("Send dine papirer.", "papirer", "Neut", "Plur"),
    ("Vi har sendt bevillingen.", "bevillingen", "Com", "Sing"),
    ("Vi har læst dokumentationen.", "dokumentationen", "Com", "Sing"),
    ("Kontrakten om plastikstykket.", "plastikstykket", "Neut", "Sing"),
    ("Vi tæller stokkene.", "stokkene", "Com", "Plur"),
])
@needs_hunspell
def test_noun_gender_and_number(nlp, text, word, gender, number):
    tok = token(nlp(text), word)
    assert tok.morph.get("Gender") == [gender]
    assert tok.morph.get("Number") == [number]


@needs_hunspell
def test_definiteness(nlp):
    doc = nlp("Brevet og et brev.")
    assert token(doc, "Brevet").morph.get("Definite") == ["Def"]
    assert token(doc, "brev").morph.get("Definite") == ["Ind"]


@pytest.mark.parametrize("text, word", [
    ("Send os kopien af din lønseddel.", "Send"),
    ("Ring til os på 7012 3456.", "Ring"),
    ("Udfyld skemaet og send det.", "Udfyld"),
    ("Udfyld skemaet og send det.", "send"),
    ("Se vedlagte afgørelse.", "Se"),
    ("Husk at medbringe billedlegitimation.", "Husk"),
    ("Spørgsmål: Kontakt Borgerservice.", "Kontakt"),
])
@needs_hunspell
def test_imperatives(nlp, text, word):
    assert token(nlp(text), word).morph.get("Mood") == ["Imp"]


@pytest.mark.parametrize("text, word", [
    ("Tak for din ansøgning.", "Tak"),
    ("Med venlig hilsen", "Med"),
    ("Vi sender et svar.", "sender"),
    ("Har du spørgsmål?", "Har"),
    ("Hus og have er solgt.", "Hus"),
])
def test_not_imperatives(nlp, text, word):
    assert token(nlp(text), word).morph.get("Mood") != ["Imp"]


@pytest.mark.parametrize("text, sentences", [
    ("Vi har bl.a. modtaget lønsedler. Tak for dem.", 2),
    ("Se § 5, stk. 2 i loven. Det står også i nr. 4.", 2),
    ("Du har ret til hjælp jf. serviceloven. Vi svarer snart.", 2),
    ("Mødet er den 1. april kl. 10. Husk at komme.", 2),
    ("Reglerne gælder fra 1. maj. De nye satser står i brevet.", 2),
    ("Ydelsen er ca. 2.000 kr. om måneden.", 1),
    ("Fristen er den 15. Januar er for sent.", 2),
    ("Har du spørgsmål? Ring til os!", 2),
    # an abbreviation that is also a word ends the sentence before a capital, not before a date or a range
    ("Vi har sendt brevet til din søn. Desværre mangler vi papirerne.", 2),
    ("Det ved man. Derfor skriver vi.", 2),
    ("Åbent man.-fre. kl. 9-15.", 1),
    ("Lukket søn. 14. december.", 1),
])
def test_sentence_boundaries(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


def test_every_pipe_works_on_a_pretokenised_doc(nlp):
    words = ["Deres", "ansøgning", "behandles", "bl.a.", "af", "jobcentret", "."]
    spaces = [True, True, True, True, True, False, False]
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    for name, pipe in nlp.pipeline:
        doc = pipe(doc)
    assert [name for name, _ in nlp.pipeline] == list(PIPELINE)
    assert [t.text for t in doc] == words
    assert all(t.lemma_ for t in doc)
    assert len(list(doc.sents)) == 1
    if hunspell_da.available():
        assert doc[2].morph.get("Voice") == ["Pass"]
        assert doc[1].morph.get("Gender") == ["Com"]
        assert doc[5].lemma_ == "jobcenter"


def test_pretokenised_and_tokenised_agree(nlp):
    text = "Kommunen behandler Deres ansøgning. Send os papirerne."
    doc = nlp(text)
    pre = Doc(nlp.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    for _, pipe in nlp.pipeline:
        pre = pipe(pre)
    assert [(t.lemma_, str(t.morph), t.is_sent_start) for t in pre] == \
        [(t.lemma_, str(t.morph), t.is_sent_start) for t in doc]


def test_degraded_without_hunspell(monkeypatch):
    monkeypatch.setattr(hunspell_da, "speller", lambda: None)
    hunspell_da.analyses.cache_clear()
    hunspell_da.noun_gender.cache_clear()
    try:
        doc = build()("Din ansøgning behandles. Brevet er sendt. Jeg synes, det er godt.")
        assert token(doc, "behandles").morph.get("Voice") == ["Pass"]
        assert token(doc, "synes").morph.get("Voice") != ["Pass"]
        assert token(doc, "Brevet").morph.get("Gender") == ["Neut"]
        assert token(doc, "ansøgning").lemma_ == "ansøgning"
        assert len(list(doc.sents)) == 3
    finally:
        hunspell_da.analyses.cache_clear()
        hunspell_da.noun_gender.cache_clear()


@pytest.mark.parametrize("text, sentences", [
    ("Brevet er underskrevet af H. C. Hansen fra kommunen.", 1),
    ('Han sagde det klart. "Vi hjælper gerne." Derefter gik han.', 3),
    ("Hvad nu? sagde hun.", 1),
    # a capital naming a ward, an entrance or an annex is no initial: the full stop ends the sentence
    ("Vi har talt med personalet på afdeling B. De blev glade for besøget.", 2),
    ("Mød op ved indgang C. Spørg efter mig i receptionen.", 2),
    ("Skriv til B. Hansen på afdelingen.", 1),
])
def test_sentence_boundaries_with_initials_and_quotes(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize("text, sentences", [
    ("Vi har modtaget din ansøgning\nog sendt den videre. Tak.", 2),  # hard-wrapped line
    ("Vi har modtaget dine oplysnin-\n\nger om indtægten.", 1),  # word hyphenated across lines
    ("Kære Hans Jensen\n\nVi har modtaget din ansøgning.", 2),
    ("Dine rettigheder\n\n- du kan klage\n- du kan se sagen", 3),
])
def test_sentence_boundaries_at_line_breaks(nlp, text, sentences):
    assert len(list(nlp(text).sents)) == sentences


@pytest.mark.parametrize("text, word", [
    ("BORGERKONTAKT\n\nVi ringer.", "BORGERKONTAKT"),
    ("Borgerkontakt er åben i dag.", "Borgerkontakt"),
    ("Viser det sig, at du har ret, ændrer vi afgørelsen.", "Viser"),
    ("Vi har modtaget dine oplysnin-\n\nger om indtægten.", "ger"),
])
def test_headings_compounds_and_fragments_are_not_imperatives(nlp, text, word):
    assert token(nlp(text), word).morph.get("Mood") != ["Imp"]


@needs_hunspell
def test_imperative_after_a_line_break(nlp):
    doc = nlp("Sådan gør du:\nUdfyld skemaet.\nRing til os.")
    assert token(doc, "Udfyld").morph.get("Mood") == ["Imp"]
    assert token(doc, "Ring").morph.get("Mood") == ["Imp"]


def test_a_heading_noun_is_not_an_imperative(nlp):
    doc = nlp("Byggeri\n\nVi har modtaget din ansøgning om byggetilladelse.")
    assert token(doc, "Byggeri").morph.get("Mood") != ["Imp"]


@pytest.mark.parametrize("text, word", [
    ("Venlig hilsen\nByg og Miljø\nTlf. 76 10 20 30", "Byg"),  # a unit's name, also an imperative of "bygge"
    ("Aalborg Kommune\nHandicap og Psykiatri\n\nKære Ida", "Handicap"),
    ("Venlig hilsen\nKim Rask\nVej og Park", "Kim"),  # a first name, also "kime"
    ("Til Louise Bak\nLindevej 23\n3391 Kildemose", "Lindevej"),  # Hunspell compounds "lindeveje"
    ("Dear Mr Hansen\n\nThank you for your letter.", "Dear"),
    ("Tre dokumenter er interne mails mellem medarbejdere.", "Tre"),  # the numeral
    ("Frist: 4 uger fra du har fået brevet.", "Frist"),  # a field label, also "friste"
    ("Indkøb kan du ikke selv klare, fordi du ikke kan bære varerne.", "Indkøb"),  # a fronted noun
])
def test_names_headings_and_fronted_nouns_are_not_imperatives(nlp, text, word):
    assert token(nlp(text), word).morph.get("Mood") != ["Imp"]


@pytest.mark.parametrize("text, word", [
    ("Husk: mødet er flyttet til kl. 10.", "Husk"),  # a colon after a verb that is no noun
    ("Bemærk: Passet dækker ikke kørsel.", "Bemærk"),
    ("Kontakt Mads Holt, familierådgiver, på tlf. 72 16 00 00.", "Kontakt"),  # a name after a command
    ("Send din klage til Ankestyrelsen.", "Send"),
])
@needs_hunspell
def test_commands_before_a_colon_or_a_name_stay_imperatives(nlp, text, word):
    assert token(nlp(text), word).morph.get("Mood") == ["Imp"]


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_DANISH = st.text(alphabet=st.sampled_from(list("abcdefghijklmnopqrstuvwxyzæøåABCDEÆØÅ .,:;!?-\n\"'§0123456789")),
                  max_size=120)


@settings(max_examples=150, deadline=None)
@given(st.one_of(_DANISH, st.text(max_size=60)))
def test_any_text_gets_lemmas_and_sentences(text):
    doc = load()(text)
    assert all(isinstance(t.lemma_, str) for t in doc)
    if len(doc):
        assert doc[0].is_sent_start
        assert sum(len(s) for s in doc.sents) == len(doc)


def test_long_runs_without_spaces_are_tokenised_fast_and_offsets_kept():
    from borgertekst.engine import analyze

    text = "Kære Ida " + "!" * 5000 + " og " + "🙂" * 5000 + ". Vi har modtaget Deres brev."
    report = analyze(text)  # spaCy alone would take seconds here
    for f in report.findings:
        assert text[f.start:f.end] == f.text
    assert any(f.rule == "klarsprog.tiltale" and f.text == "Deres" for f in report.findings)
