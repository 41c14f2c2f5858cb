"""Rewrite offers, session 10 (PANEL panel10): the page's paragraph rewrite for one reader with a partner, a first "De"
the guard reads as the reader, and an abbreviation's full stop. Each kind test fails on the code before; the guards held
before and must keep holding."""

import pytest

from borgertekst.engine import Analyzer
from borgertekst.rewrite import rewrite
from borgertekst.rewriting import rewritten_spans


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def empty_offers(analyzer, paragraph):
    """The formal-address findings of ``paragraph`` whose paragraph rewrite does not touch them (as the page asks)."""
    spans = rewritten_spans(analyzer, paragraph)
    return [f.text for f in analyzer.analyze(paragraph).findings
            if f.rule == "klarsprog.tiltale" and not any(s < f.end and f.start < e for s, e in spans)]


def test_one_reader_and_a_partner_is_no_plural_reader(analyzer):
    # PANEL panel10 14: "Hvis I bor sammen" (the reader and the partner) made the paragraph's "Deres husleje" "jeres"
    para = ("Ydelsen er regnet ud fra Deres løn på 19.000 kr. om måneden og Deres husleje. Hvis De og Deres samlever "
            "får fælles adresse, skal I give os besked, så vi kan regne ydelsen ud igen.")
    result = rewrite(analyzer, para).text
    assert "jeres" not in result
    assert "din løn" in result and "din husleje" in result
    assert "Hvis du og din samlever" in result
    assert "skal I give os besked" in result  # the two of them: the plural stays
    assert empty_offers(analyzer, para) == []


def test_a_letter_to_two_parents_stays_plural(analyzer):
    # guard: a greeting to two people keeps "I/jeres"
    letter = ("Kære Anne og Jens Holm\n\nDe har søgt om en plads til Deres datter. Hvis I flytter, skal I give os "
              "besked.")
    result = rewrite(analyzer, letter).text
    assert "I har søgt" in result and "jeres datter" in result


def test_a_first_de_before_a_verb_follows_the_others(analyzer):
    # PANEL panel10 03: "De klager via Klageportalen, som De finder …": the offer on "som De finder" changed nothing,
    # because the first "De" (not flagged: "klager" is also a noun) stayed and the sentence kept "De" throughout
    para = "Klagevejledning\nDe kan klage til Planklagenævnet. De klager via Klageportalen, som De finder på borger.dk."
    result = rewrite(analyzer, para).text
    assert "Du klager via Klageportalen, som du finder" in result
    assert empty_offers(analyzer, para) == []
    # the same with "ved at": "De klager ved at skrive til os" after "De kan klage …"
    other = "De kan klage inden 4 uger, efter at De har fået brevet. De klager ved at skrive til os."
    assert rewrite(analyzer, other).text.endswith("Du klager ved at skrive til os.")


def test_a_first_de_that_is_the_article_stays(analyzer):
    # guard: "De klager, vi har fået" / "De klager er sendt videre": the complaints, not the reader
    para = "Vi har læst Deres brev. De klager, vi har fået fra naboerne, er sendt videre. De klager er behandlet."
    result = rewrite(analyzer, para).text
    assert "De klager, vi har fået" in result and "De klager er behandlet" in result


def test_an_abbreviations_full_stop_starts_no_sentence(analyzer):
    # PANEL panel10 20: "Vedr. Deres anmodning om aktindsigt" became "Om Dit ønske om aktindsigt"
    result = rewrite(analyzer, "Vedr. Deres anmodning om aktindsigt").text
    assert "Dit" not in result and "dit ønske" in result
    # guard: a real sentence end before "Deres" still capitalises
    assert rewrite(analyzer, "Vi har fået Deres brev. Deres anmodning er modtaget.").text.startswith(
        "Vi har fået dit brev. Dit ønske")


def test_det_er_deres_ansvar_gets_a_rewrite(analyzer):
    # the lead's open kind (PANEL panel10b 05): "Det er Deres ansvar at …" offered "Deres" → "dit", which the rewrite
    # dropped ("Det er dit ansvar" is a tone warning it may not add): an empty offer
    para = "Det er Deres ansvar at give jobcentret besked, hvis De bliver syg."
    result = rewrite(analyzer, para).text
    assert result.startswith("Vi har brug for, at du giver jobcentret besked")
    assert empty_offers(analyzer, para) == []
    # guard: someone else's responsibility ("deres", their) stays
    other = "Vi har talt med udlejeren. Det er deres ansvar at sende kontrakten til os."
    assert "Det er deres ansvar at sende kontrakten" in rewrite(analyzer, other).text


def test_the_readers_circumstances_are_plural(analyzer):
    # "ændringer i Deres forhold" are the reader's circumstances: "dine forhold", not "dit forhold" (a relationship)
    assert "ændringer i dine forhold" in rewrite(analyzer, "De skal fortælle os om ændringer i Deres forhold.").text
    assert "dit forhold til" in rewrite(analyzer, "Vi har talt om Deres forhold til naboen.").text


def test_the_sending_unit_is_a_name(analyzer):
    # PANEL panel10b 14: the page rewrote the last paragraph "Opkrævning, Hvidovre Kommune" to "Regning, …"
    assert rewrite(analyzer, "Opkrævning, Solrød Kommune\n").changes == []
    # guard: a heading that names the municipality inside a phrase is text
    assert "din ansøgning" in rewrite(analyzer, "Vedrørende Deres ansøgning til Solrød Kommune").text


def test_bedes_venligst_becomes_a_question(analyzer):
    # PANEL panel10c 03: "De bedes venligst medbringe …" kept "bedes venligst" ("De" → "du" only)
    result = rewrite(analyzer, "De bedes venligst medbringe Deres sygesikringskort ved besøget.").text
    assert result == "Vil du medbringe dit sygesikringskort ved besøget?"


def test_jf_before_a_paragraph_is_rewritten_though_efter_is_read_as_a_bare_reference(analyzer):
    # PANEL panel10c 01: "…, jf. folkeskolelovens § 51." offered "efter", but "efter folkeskolelovens § 51" is a
    # klarsprog.paragraf hint the rewrite would not add in the warning's place: an empty offer
    para = "Afgørelsen om skoleplads kan ikke påklages til anden myndighed, jf. folkeskolelovens § 51."
    assert "myndighed, efter folkeskolelovens § 51" in rewrite(analyzer, para).text
    assert empty_offers(analyzer, para) == []


def test_a_plural_only_noun_gives_deres_its_form(analyzer):
    # PANEL panel10d 15: "Udebliver De …, at Deres sygedagpenge standses": no form for "Deres" before "sygedagpenge",
    # so the sentence kept "De" and the offer on "De" was empty
    para = "Udebliver De uden lovligt forfald, kan det medføre, at Deres sygedagpenge standses."
    assert rewrite(analyzer, para).text.startswith("Udebliver du uden lovligt forfald, kan det medføre, at dine sygedagpenge")
    assert empty_offers(analyzer, para) == []


def test_a_singular_noun_without_a_parsed_gender_takes_the_dictionarys(analyzer):
    # PANEL panel10 14 (after the language layer's partner cue): "Deres kæreste" had the options din/dit/dine and no
    # form, so "Hvis De og Deres kæreste …" stayed in De-form and its offer was empty
    para = "Hvis De og Deres kæreste flytter sammen, skal De give os besked."
    assert rewrite(analyzer, para).text.startswith("Hvis du og din kæreste flytter sammen")
    assert empty_offers(analyzer, para) == []
