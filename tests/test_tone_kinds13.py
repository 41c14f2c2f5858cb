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


# ---- round b (tone13b) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # the writer's own fault
    "Det er os, der har lavet fejlen, og ikke dig.",
    # a yes to the reader's question
    "Ja, det må du godt.",
    # a duty with its condition and the way to meet it
    "Du har selv ansvaret for at give os besked, hvis du flytter, og du kan gøre det på borger.dk.",
    # a duty that comes with a role
    "Det er dit ansvar som grundejer at rydde sne på fortovet.",
    # a refusal with a reason after the reader's words are noted
    "Vi har noteret dine bemærkninger, men afgørelsen fastholdes, fordi din indtægt er over grænsen.",
    # a lesson learnt
    "Vi har lært på den hårde måde, at stien skal saltes tidligt.",
    # the writer makes the contact
    "Du kontakter ikke lægen direkte; det gør vi for dig.",
])
def test_calm_sentences_of_round_b_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


def test_the_writers_own_repeated_error_is_no_phrase_reproach(analyzer):
    # (the tone model still reads 'generalisering' here at info: an open kind)
    assert "tone.tryk" not in tone_rules(analyzer, "Vi har igen sendt brevet forkert, og det er ikke første gang; det beklager vi.")


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Kontoudtoget manglede igen, hvilket ikke er første gang."),
    ("tone.tryk", "Vejledningen burde være let at forstå for de fleste."),
    ("tone.tryk", "Mange andre forældre finder ud af at bruge Aula uden hjælp."),
    ("tone.tryk", "Klag du bare, det koster jo ingenting."),
    ("tone.tryk", "Mon ikke du kan finde lønsedlen, hvis du kigger i din mappe?"),
    ("tone.tryk", "Der er mange andre på ventelisten, og de klager ikke."),
    ("tone.tryk", "Vi har noteret Deres indsigelse om støjen, og påbuddet står ved magt."),
    ("tone.tryk", "Vi skal se bankudskrifterne, før vi tror på, at I har betalt huslejen."),
    ("tone.tryk", "Du mødte heller ikke op i mandags."),
    ("tone.tryk", "Hvis du ikke gider komme, så sig det."),
    ("tone.tryk", "At I har fire børn, er ingen undskyldning for at parkere på fortovet."),
    ("tone.lukker-doeren", "Jeres datters ondt i maven er ikke skolens problem."),
    ("tone.lukker-doeren", "Vi ændrer ikke et komma i afgørelsen."),
    ("tone.pres", "Husk, at jeres friplads hænger i en tynd tråd."),
    ("tone.pres", "Vi kan også tage den på den hårde måde."),
    ("tone.pres", "Du skriver ikke til medarbejderne privat, men bruger afdelingens postkasse."),
])
def test_missed_tryk_kinds_of_round_b_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- LEAD's lead13 notes ---------------------------------------------------------------------------------------
def test_the_repayment_test_given_as_the_reason_is_no_reproach(analyzer):
    sentence = ("Du skal derfor betale beløbet tilbage, fordi du havde pligt til at give besked om din nye indtægt, "
                "og fordi du burde have vidst, at du ikke længere havde ret til støtten.")
    assert tone_rules(analyzer, sentence) == []
    # the same words as plain blame stay TRYK
    assert "tone.tryk" in tone_rules(analyzer, "Det er din egen skyld, fordi du burde have vidst, at fristen var 1. maj.")


# ---- round c (tone13c) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # a helpful "should you have forgotten it"
    "Skulle du have glemt din kode, sender vi gerne en ny.",
    # the writer's own surprise about a missing letter
    "Mærkeligt nok har vi ikke fået dit brev, så vil du sende det igen?",
    # the writer's own delay called unacceptable, with an apology
    "Det er ikke acceptabelt, at du har ventet så længe, og det beklager vi.",
    # the writer's own failure admitted
    "Din sag har ligget alt for længe, og det er ikke godt nok.",
    # a grant despite the reader's situation
    "Du kan få hjælpen, også selv om du bor alene.",
    # a reminder of what the writer offers
    "Vi minder dig om, at vi kan tage imod dig i Borgerservice hver dag.",
    # the legal ground of a decision
    "Vi har lagt vægt på, at du selv har valgt at sige dit job op uden at have et nyt.",
])
def test_calm_sentences_of_round_c_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


def test_an_emergency_number_is_no_closed_door(analyzer):
    # (the tone model reads 'kommanderende' here at info: a plain 'Lad være med at' stays an open kind)
    assert "tone.lukker-doeren" not in tone_rules(analyzer, "Lad være med at ringe til 112, hvis det ikke haster.")


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Skulle du have overset det: mødet er flyttet til tirsdag."),
    ("tone.tryk", "I havde muligheden i sommer, men I benyttede den ikke."),
    ("tone.tryk", "Sjovt nok kunne du godt tage på ferie i den uge, hvor du var syg."),
    ("tone.tryk", "Det er dejligt, at du omsider har fundet ud af, at der findes en klagefrist."),
    ("tone.tryk", "Det siger folk altid."),
    ("tone.tryk", "Træet skal fældes, selv om jeres bedstefar har plantet det."),
    ("tone.tryk", "I bliver ved med at skrive til os om den samme regning."),
    ("tone.tryk", "Din søns opførsel i frikvarteret er helt uacceptabel."),
    ("tone.tryk", "I har ikke meldt afbud til de tre sidste møder, og det er ikke acceptabelt."),
    ("tone.lukker-doeren", "Hvad du mener om reglerne, er i denne sag underordnet."),
    ("tone.lukker-doeren", "Lad nu være med at skrive til afdelingen hele tiden."),
    ("tone.pres", "Vi minder jer om, at vi har ret til at tage tilskuddet fra jer."),
    ("tone.pres", "Fortsætter det på denne måde, må vi se på din plads."),
])
def test_missed_tryk_kinds_of_round_c_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)
