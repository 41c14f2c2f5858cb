"""Session 16 of TONE (blind set tone14 and its letters; LEAD's lead14 spot check): false alarms of the kind, not the
phrase: a lexicon gap ("forstå … men") read across a sentence end, "står ved magt" as a closed door, the writer's own
repeated fault owned with an apology, a payment reminder's handover to collection, the law's "ingen andre i husstanden";
and the TRYK kinds that were missed. The sentences were written for these tests (not lines of a blind set, of ../shared or
of the training corpus)."""

from __future__ import annotations

import pytest

from kinds_support import rule_findings, tone_in, tone_rules


def letter(body: str) -> str:
    return ("Faaborg-Midtfyn Kommune\nSocialafdelingen\n\nKære Lise Kragh\n\n" + body
            + "\n\nRing gerne til mig på 72 53 10 00, hvis du har spørgsmål.\n\nMed venlig hilsen\nPer Dam\n")


# ---- precision: calm sentences in letters --------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # understanding, then the reason in a sentence of its own: a lexicon gap never crosses a sentence end
    "Det forstår vi godt.",
    # a decision that stays valid: the plain legal phrase
    "Bevillingen står ved magt.",
])
def test_calm_sentences_in_a_letter_stay_calm(analyzer, sentence):
    text = letter("Tak for din mail af 3. marts om hjemmehjælpen. " + sentence
                  + " Men vi kan ikke give flere timer end dem, du har nu, og det beklager vi. "
                  "Din hjælp fortsætter som før, og vi ser på den igen i juni.")
    assert tone_in(analyzer, text, sentence) == []


def test_the_writers_own_repeated_slip_owned_with_an_apology_is_no_reproach(analyzer):
    sentence = "Vi har igen glemt at lægge bilaget med, og det er ikke første gang."
    text = letter("Tak for din mail af 3. marts om hjemmehjælpen. " + sentence + " Det er vi kede af. "
                  "Du får bilaget med posten i morgen.")
    assert tone_in(analyzer, text, sentence) == []


def test_the_preposition_i_is_not_the_plural_you(analyzer):
    # "I" (you, plural) in the phrase rules is a capital letter only: "det er ikke første gang i år" is about the year
    sentence = "Det er ikke første gang i år, at biblioteket holder lukket en lørdag."
    text = letter("Biblioteket i Ringe holder lukket lørdag den 5. december. " + sentence + " Du kan låne bøger i Årslev.")
    assert tone_in(analyzer, text, sentence) == []


def test_an_earlier_letter_named_by_its_topic_is_a_reference(analyzer):
    sentence = "Vi har tidligere skrevet til dig om varmetillægget."
    text = letter(sentence + " Nu er satserne for 2027 kommet, og derfor får du et nyt brev med det nye beløb.")
    assert tone_in(analyzer, text, sentence) == []


def test_the_writers_slip_needs_the_apology(analyzer):
    # the same frame about the reader's papers, with no apology, is still a reproach
    sentence = "Vi har igen fået skemaet uden din underskrift, og det er ikke første gang."
    text = letter("Tak for dit skema om boligstøtte. " + sentence + " Send det igen med underskrift.")
    assert tone_in(analyzer, text, sentence) != []


def test_a_payment_reminders_handover_to_collection_is_information(analyzer):
    text = ("Rykker for betaling af daginstitution\n\nVi har ikke fået betaling for marts. Betaler du ikke inden "
            "den 20. april, sender vi beløbet til inddrivelse hos Gældsstyrelsen, og du skal betale et rykkergebyr "
            "på 100 kr. Har du allerede betalt, kan du se bort fra brevet.")
    assert rule_findings(analyzer, text, "tone.pres") == []


def test_the_laws_nobody_else_in_the_household_is_no_condescension(analyzer):
    assert tone_rules(analyzer, "Du kan få hjælp til at gøre rent, når ingen andre i hjemmet kan gøre det for dig.") == []


# ---- missed TRYK kinds ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # an emphatic notice in officialese that lays a duty or responsibility on the reader
    "Vi skal gøre opmærksom på, at det påhviler lejeren at holde trappeopgangen ren.",
    "Det skal præciseres, at det påhviler grundejeren at holde stien fri.",
    "Kommunen gør opmærksom på, at fraværet skal dokumenteres med en lægeerklæring.",
    # the reader as the one who ignored the writer's earlier requests
    "Vi har sendt Dem to rykkere, som De ikke har reageret på.",
    "Vi bad dig om kontoudtogene i januar, hvilket du stadig ikke har efterkommet.",
    # ignorance of the rules declared no excuse
    "Manglende viden om tilmeldingsfristen fritager ikke for betaling.",
    # a ban as a bare negated indicative
    "Du ringer ikke til skolebestyrelsen om det.",
    # people like the reader said to act only when it is too late
    "Mange forældre reagerer desværre først, når pladsen er opsagt.",
    # told to read the letter again before contacting the writer
    "Læs brevet en gang til, inden du ringer til os.",
])
def test_missed_tryk_kinds_are_found_in_a_letter(analyzer, sentence):
    text = letter("Vi skriver til dig om din sag. " + sentence + " Du kan se reglerne på kommunens hjemmeside.")
    assert tone_in(analyzer, text, sentence) != []


@pytest.mark.parametrize("sentence", [
    "Vi gør opmærksom på, at det er kommunens ansvar at rydde stien om vinteren.",
    "Vi gør opmærksom på, at biblioteket holder lukket i påsken.",
    "Vi har ikke fået svar på vores brev af 2. juni, så vi sender det igen.",
    "Du ringer ikke til os; vi ringer til dig, når svaret er klar.",
    "Du skal først søge, når du har fået svar fra pensionskassen.",
    "Læs vejledningen, før du udfylder skemaet, og ring gerne, hvis noget er uklart.",
])
def test_calm_sentences_with_the_same_words_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


# ---- round 2 (tone14b's first run) ---------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # contacts counted with a time window and nothing else
    "Det er fjerde henvendelse på to dage.",
    # hindsight as a main-clause reproach
    "De burde selv have kontaktet skolen i august.",
    # a condition with a bare stop as the writer's act
    "Hvis du ikke betaler i morgen, lukker vi for vandet.",
    # a feeling noted and set aside
    "Vi har noteret, at du er ked af det, men beslutningen fastholdes.",
    # the question refused a second hearing
    "Vi har besvaret spørgsmålet, og vi tager det ikke op igen.",
    # the next complaint looked forward to
    "Vi ser frem til Deres næste henvendelse om skuret.",
    # a loss announced as something the reader had better know
    "I skal være klar over, at I mister pladsen, hvis Emil ikke kommer på mandag.",
])
def test_round_two_kinds_are_found_in_a_letter(analyzer, sentence):
    text = letter("Vi skriver til dig om din sag. " + sentence + " Du kan se reglerne på kommunens hjemmeside.")
    assert tone_in(analyzer, text, sentence) != []


@pytest.mark.parametrize("sentence", [
    "Du burde have fået svar for længe siden, og det beklager vi.",
    "Vi kræver beløbet tilbage, fordi du burde have givet os besked om arven.",
    "Vi tager sagen op igen, når vi har hørt fra lægen.",
    "Det er tredje gang i år, vi holder lukket en fredag.",
    "Hvis du ikke længere har brug for hjælpen, stopper vi den fra næste måned.",
])
def test_round_two_calm_sentences_stay_calm(analyzer, sentence):
    text = letter("Vi skriver til dig om din sag. " + sentence + " Du kan se reglerne på kommunens hjemmeside.")
    assert tone_in(analyzer, text, sentence) == []
