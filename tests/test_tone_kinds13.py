"""Session 15 of TONE (blind set tone13 and its letters; EVAL eval12's missed kinds): the reader's contacts counted with a
time window, a bare rule given as its own reason ("Det er reglerne."), a ban on further mails, the hardship said to be
everybody's lot, experience turned into "we cannot help", feelings brushed aside with "uanset hvor meget", a complaint
offered "if you think it makes a difference", an explanation given "slowly", queue language with no date, the sanction
of a system summons with a verb of absence, "we will not hesitate to" sanction, and the fault-shifting cleft with "som".
The sentences were written for these tests (not lines of a blind set, of ../shared or of the training corpus)."""

from __future__ import annotations

import pytest

from kinds_support import tone_in, tone_rules


def letter(body: str) -> str:
    return ("Lolland Kommune\nBorgerservice\n\nKære Jonas Friis\n\n" + body
            + "\n\nDu er velkommen til at ringe, hvis du har spørgsmål.\n\nMed venlig hilsen\nBirgit Olsen\n")


# ---- false alarms that share the new rules' words -------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # the writer's own reminder counted, with an apology
    "Det er anden gang, vi skriver til dig om fristen, og vi beklager, at det første brev var uklart.",
    # a fact about earlier applications
    "Det er tredje gang, du søger om tilskud, så du kender skemaet.",
    # others in the same position, as information
    "Mange andre forældre, der også skal søge, har brugt den nye blanket.",
    # experience turned into help
    "Mange glemmer fristen, så vi sender en påmindelse en uge før.",
    # an income test
    "Uanset hvor meget du tjener, kan du få tilskud til medicin.",
    # a plain offer to call again
    "Du er velkommen til at ringe igen, hvis du har flere spørgsmål.",
    # the rule named and explained
    "Det er reglerne for boligstøtte, der bestemmer, hvor meget du kan få.",
    # an instruction about attachments
    "Du skal ikke sende flere bilag, for vi har dem alle.",
    # help whatever the reader feels
    "Vi hjælper dig gerne, uanset hvor svært du synes, det er.",
    # the law's consequence of absence, with a reasonable cause
    "Udebliver du uden rimelig grund, kan vi efter reglerne trække i din ydelse.",
    # the writer's help
    "Vi tøver ikke med at hjælpe dig, hvis du ringer.",
    # a date for the case
    "Sagen behandles, når vi har fået lægens udtalelse, og senest i uge 12.",
])
def test_calm_sentences_that_share_the_words_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []
    text = letter("Vi har fået dine papirer. " + sentence + " Vi skriver igen, når sagen er behandlet.")
    assert tone_in(analyzer, text, sentence) == []


# ---- missed TRYK kinds (round 1) ------------------------------------------------------------------------------
@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Det er fjerde gang på to dage, du ringer til os om den samme regning."),
    ("tone.tryk", "Det er sjette mail fra dig siden i fredags."),
    ("tone.tryk", "Vi har modtaget din henvendelse nr. 5 i denne måned."),
    ("tone.lukker-doeren", "Det er reglerne, og dem ændrer vi ikke for nogen."),
    ("tone.lukker-doeren", "Skriv ikke flere beskeder til afdelingen om beløbet."),
    ("tone.tryk", "Det er der mange andre pensionister, der også har måttet vænne sig til."),
    ("tone.tryk", "Den slags må alle andre borgere også acceptere."),
    ("tone.tryk", "Ventetiden må du altså kunne leve med."),
    ("tone.tryk", "Vi oplever, at mange forældre klager over pladsen, men det kan vi ikke gøre noget ved."),
    ("tone.tryk", "Hegnet skal fjernes, uanset hvor glad du er for det."),
    ("tone.tryk", "Du er naturligvis velkommen til at skrive til os igen, hvis det får dig til at føle dig bedre."),
    ("tone.tryk", "Vi gennemgår reglerne meget langsomt, så du kan forstå dem."),
    ("tone.tryk", "Din ansøgning bliver set igennem, når kapaciteten giver mulighed for det."),
    ("tone.pres", "Udebliver du fra aktiveringen, stopper vi hjælpen fra samme dag."),
    ("tone.pres", "Vi vil ikke tøve med at nedsætte din ydelse."),
    ("tone.tryk", "Det er ikke hjemmeplejen som har glemt nøglen, det var dig."),
])
def test_missed_tryk_kinds_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


@pytest.mark.parametrize("rule, sentence", [
    # a sentence-opening pattern after a paragraph break (it only matched after ". ")
    ("tone.tryk", "At du har været syg i en måned, ændrer ikke på, at regningen skal betales."),
    ("tone.tryk", "Det er tredje gang på en uge."),
    # doubt with a modal ("hvordan du kan påstå")
    ("tone.tryk", "Vi forstår ikke, hvordan du kan påstå, at brevet aldrig kom."),
])
def test_tryk_opening_a_paragraph_is_found(analyzer, rule, sentence):
    text = letter("Vi har set på din sag igen.\n\n" + sentence + "\n\nVi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)
