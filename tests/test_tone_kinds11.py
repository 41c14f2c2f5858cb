"""Session 13 of TONE (blind set tone11 and its letters): the legal test of a self-inflicted situation ("om du selv er
skyld i") is no blame, and the TRYK kinds that were missed: the writer's exasperation in plain words ("gider ikke"),
a time given as an order with no room either way, a sanction followed by the reader left to manage alone ("og så må
du selv …"), the power to sanction held up as a reminder without an object ("Vi vil minde om, at vi kan stoppe …"),
and keeping informed laid on the reader as his duty alone. The sentences were written for these tests (not lines of
a blind set, of ../shared or of the training corpus)."""

from __future__ import annotations

import pytest

from kinds_support import tone_in, tone_rules


def letter(body: str) -> str:
    return ("Kolding Kommune\nJobcenter Kolding\n\nKære Ida Lund\n\n" + body
            + "\n\nRing gerne, hvis du har spørgsmål.\n\nMed venlig hilsen\nLars Holm\n")


# ---- precision -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Efter reglerne skal vi vurdere, om du selv er skyld i, at din lejlighed blev opsagt.",
    "Vi skal tage stilling til, om De selv har været skyld i, at ansættelsen sluttede.",
])
def test_the_legal_test_of_a_self_inflicted_situation_is_no_blame(analyzer, sentence):
    text = letter("Vi har fået din ansøgning om hjælp. " + sentence + " Derfor beder vi om en kopi af opsigelsen.")
    assert tone_in(analyzer, text, sentence) == []
    assert tone_rules(analyzer, sentence) == []


@pytest.mark.parametrize("sentence", [
    "Du skriver, at du ikke gider flere kurser, og det vil jeg gerne høre mere om.",
    "Du kan også selv holde dig orienteret om sagen på borger.dk.",
    "Vi vil minde om, at vi kan hjælpe dig med at søge om friplads.",
    "Du kan komme mellem 9 og 15, både før og efter frokost.",
])
def test_calm_sentences_that_share_the_words_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


# ---- missed TRYK kinds (found by the model at most as a hint before; now by a phrase rule) ---------------------
@pytest.mark.parametrize("rule, sentence", [
    # the writer's exasperation
    ("tone.tryk", "Send lønsedlerne senest fredag, for vi gider altså ikke skrive om det igen."),
    # a time with no room either way
    ("tone.pres", "Du ringer i morgen mellem 10 og 11, hverken før eller senere."),
    # a sanction, then the reader left alone with it
    ("tone.pres", "Hvis du udebliver fra praktikken, kan ydelsen blive standset, og så må du selv klare huslejen."),
    # the power to sanction as a reminder without an object
    ("tone.pres", "Vi skal minde om, at jobcentret kan standse hjælpen, hvis du ikke deltager."),
    # keeping informed laid on the reader
    ("tone.tryk", "Du skal selv holde dig orienteret om dine aftaler i appen."),
])
def test_missed_tryk_kinds_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- the citizen's own words quoted -----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    'Du ringede den 3. marts og sagde: "Det er ikke korrekt, at jeg har fået brevet, og jeg gider ikke flere møder."',
    'Du skrev til din sagsbehandler: »Du har misforstået min situation fuldstændig.«',
])
def test_the_citizens_quoted_words_are_not_the_writers_tone(analyzer, sentence):
    text = letter("Vi har set på din sag igen. " + sentence + " Vi vil gerne tale med dig om det.")
    assert tone_in(analyzer, text, sentence) == []


# ---- tone11b: the writer's help for what the reader lacks, and the missed kinds of the second batch ------------------
@pytest.mark.parametrize("sentence", [
    "Har du ikke en bankkonto, hjælper vi dig med at oprette en.",
    "Hvis du ikke har en smartphone, kan vi hjælpe dig med at bestille tid.",
])
def test_the_writers_help_for_what_the_reader_lacks_is_no_reproach(analyzer, sentence):
    text = letter("Du skal have et NemID for at søge. " + sentence + " Du kan også møde op i Borgerservice.")
    assert tone_in(analyzer, text, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    # doubt as an idiom
    ("tone.tryk", "Vi tager oplysningerne om din husleje med et gran salt."),
    # disbelief that one can lose something
    ("tone.tryk", "Vi har svært ved at forstå, hvordan du kan tabe to kontoudtog på en uge."),
    # the story heard before, from the reader
    ("tone.tryk", "Den forklaring har vi hørt fra dig tidligere."),
    # the authority knows better
    ("tone.tryk", "I daginstitutionen er det personalet, der ved, hvad der er bedst for børnene."),
    # what the reader's group must accept
    ("tone.tryk", "Der kommer ikke flere timer, og det må familien acceptere."),
    # relevance left to the authority alone
    ("tone.tryk", "Oplysningerne indgår i det omfang, de vurderes relevante."),
    # the workload set against the reader's need
    ("tone.tryk", "Vi har ikke tid til at sidde hos hver enkelt elev i frikvarteret."),
    # the reader's disagreement declared useless
    ("tone.lukker-doeren", "At du er uenig, er ikke noget, vi kan bruge til noget."),
    # a sanction, then no use in explaining
    ("tone.pres", "Hvis du ikke kommer, kan ydelsen blive standset, og så vil det ikke hjælpe at sende en forklaring bagefter."),
])
def test_missed_tryk_kinds_of_the_second_batch_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)


@pytest.mark.parametrize("sentence", [
    "Skriv endelig igen, hvis du har flere spørgsmål om ordningen.",
    "Ring bare, hvis I vil tale om, hvad der ellers kan lade sig gøre.",
])
def test_a_friendly_invitation_to_get_in_touch_is_no_order(analyzer, sentence):
    text = letter("Du kan læse mere om ordningen på kommunens hjemmeside. " + sentence + " Vi glæder os til at høre fra dig.")
    assert tone_in(analyzer, text, sentence) == []
    assert tone_rules(analyzer, sentence) == []


def test_the_regression_sets_are_training_data_only_when_asked():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import train_tone

    plain, with_blind = train_tone.tone_corpus(), train_tone.tone_corpus(blind=True)
    extra_rows = with_blind[len(plain):]
    assert with_blind[:len(plain)] == plain
    assert extra_rows and {r["label"] for r in extra_rows} == {"escalating", "neutral"}
    assert all(r["text"] and r["kind"] for r in extra_rows)


# ---- tone11c: a correction in the reader's favour, and the missed kinds of the third batch ---------------------------
def test_a_correction_in_the_readers_favour_with_an_apology_is_no_reproach(analyzer):
    sentence = "Det er ikke rigtigt, at du skal betale for kurset; det er gratis, og vi undskylder, at vi skrev det forkert."
    assert tone_rules(analyzer, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Problemet opstod, fordi du endnu en gang ikke havde tjekket din post."),
    ("tone.tryk", "Vi tager det gerne en gang til, hvis det er lidt for svært for dig."),
    ("tone.tryk", "Du kan sikkert finde endnu en grund til at klage over os."),
    ("tone.tryk", "Vi regner med, at De også har en god forklaring på de manglende kvitteringer."),
    ("tone.tryk", "Det er nu femte gang i dette skoleår, at I melder Sofie syg."),
    ("tone.lukker-doeren", "Vi har ikke planer om at se på sagen igen."),
    ("tone.lukker-doeren", "De skal ikke regne med svar på yderligere skrivelser."),
    ("tone.pres", "Bliver trailerne stående, fjerner vi dem, og så kan du lære det."),
])
def test_missed_tryk_kinds_of_the_third_batch_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)


# ---- tone11d: a difficulty met with the writer's offer, and the missed kinds of the fourth batch ---------------------
@pytest.mark.parametrize("sentence", [
    "Har du svært ved at udfylde blanketten, kan vi sætte os sammen med dig i Borgerservice.",
    "Har du svært ved at forstå afgørelsen, kan vi ringe og læse den op for dig.",
])
def test_a_difficulty_met_with_the_writers_offer_is_no_condescension(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []
    text = letter("Du skal søge om tilskuddet på en blanket. " + sentence + " Blanketten ligger også på nettet.")
    assert tone_in(analyzer, text, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Du har vist ikke helt forstået reglerne, så vi tager dem fra begyndelsen."),
    ("tone.tryk", "Vi har skrevet datoerne i kalenderen, så du forhåbentlig husker dem."),
    ("tone.tryk", "Kontanthjælpsmodtagere glemmer ofte at melde ændringer."),
    ("tone.tryk", "Vi kan ikke se din skilsmisse som en undskyldning for de manglende betalinger."),
    ("tone.tryk", "Vi begriber ikke, hvorfor det er så svært at overholde en aftale."),
    ("tone.tryk", "Husk, at det er os, der bestemmer, hvornår sagen er færdig."),
    ("tone.pres", "Én aflysning til, og forløbet bliver stoppet."),
])
def test_missed_tryk_kinds_of_the_fourth_batch_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
