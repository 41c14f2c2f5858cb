"""Sentences of a text written without capitals (WORDS' words5 kind): a full stop before a
lower-case word ends the sentence when the text never starts a sentence with a capital after
". ! ?"; texts that do keep reading a lower-case word after a full stop as the same sentence."""

from __future__ import annotations

from borgertekst.nlp import load


def _sentences(text: str) -> list[str]:
    return [s.text.strip() for s in load()(text).sents if s.text.strip()]


def test_a_text_without_capitals_is_split_at_its_full_stops():
    text = ("hej grethe\n\ndet er lone fra visitationen. som vi snakkede om får du hjælp til rengøring hver "
            "anden uge. passet skal hentes på borgerservice med billede er fint). ring hvis der er noget")
    got = _sentences(text)
    assert "det er lone fra visitationen." in got
    assert any(s.startswith("som vi snakkede om") for s in got)
    assert any(s.startswith("ring hvis") for s in got)


def test_a_capitalised_greeting_does_not_stop_the_split():
    got = _sentences("Hej Peter\n\nvi har fået din ansøgning. den er god nok. du hører fra os")
    assert got[-3:] == ["vi har fået din ansøgning.", "den er god nok.", "du hører fra os"]


def test_a_text_with_capitals_after_its_full_stops_is_read_as_before():
    # "kl. 10. derefter" in a letter that starts its sentences with capitals: one sentence as before
    text = "Vi ses den 3. marts. Mødet er i lokale 2. derefter går vi en tur. Tak."
    assert "Mødet er i lokale 2. derefter går vi en tur." in _sentences(text)


def test_a_number_before_the_full_stop_and_a_stop_first_do_not_split():
    # after a number the full stop may be an ordinal or a date ("3. marts", "kl 10."): no split there
    assert _sentences("mødet er den 3. marts kl 10. vi ses") == ["mødet er den 3. marts kl 10. vi ses"]
    # a full stop as the very first token has no word before it to read (never the text's last token)
    assert _sentences(". hej med dig. vi ses")[-1] == "vi ses"


def test_a_number_abbreviation_before_a_number_or_code_does_not_end_the_sentence():
    # the tokenizer splits "reg.nr." into "reg.nr" + "."; a code in capitals or a number follows (WORDS' words7)
    assert _sentences("Bilen med reg.nr. AB 12 345 er fjernet, idet den holdt ulovligt.") == [
        "Bilen med reg.nr. AB 12 345 er fjernet, idet den holdt ulovligt."]
    assert _sentences("Se matr.nr. 14b, kontonr. 1234 og cvr-nr. 12345678 i bilaget.") == [
        "Se matr.nr. 14b, kontonr. 1234 og cvr-nr. 12345678 i bilaget."]
    # an ordinary full stop after a number still ends the sentence
    assert _sentences("Firmaet har cvr-nr. 12345678. Det er godt.") == ["Firmaet har cvr-nr. 12345678.", "Det er godt."]


def test_a_number_abbreviation_at_the_end_of_a_sentence_ends_it_before_a_word_in_title_case():
    assert _sentences("Husk dit CPR-nr. Det skal stå på blanketten.") == [
        "Husk dit CPR-nr.", "Det skal stå på blanketten."]
    # a code in capitals after the abbreviation is still the number it introduces
    assert _sentences("Skriv sagsnr. KL 2026-14 på brevet.") == ["Skriv sagsnr. KL 2026-14 på brevet."]
