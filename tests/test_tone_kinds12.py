"""Session 14 of TONE (blind set tone12 and its letters): the TRYK kinds that were missed (the repetition reproach with
"også", an explanation repeated so the reader "can follow", sarcasm about the reader finally turning up, doubt cast on a
doctor's statement, a group said to misjudge as the writer's experience, a review held over the reader at any time, a
sanction followed by "det er op til dig", a certainty about a sanction in an inverted conditional, a demand to justify
oneself, contact forbidden in a bare indicative, an expectation put to a couple, the duty to explain declined, a favour
declared the last one) and the false alarms (a calculation "regnet ud fra", a reassurance, a redirect to the right
office, a debt handed on with the office's role explained, a template field in capitals). The sentences were written
for these tests (not lines of a blind set, of ../shared or of the training corpus)."""

from __future__ import annotations

import pytest

from kinds_support import tone_in, tone_rules


def letter(body: str) -> str:
    return ("Vordingborg Kommune\nBorgerservice\n\nKære Hanne Berg\n\n" + body
            + "\n\nRing gerne, hvis du har spørgsmål.\n\nMed venlig hilsen\nMorten Skov\n")


# ---- false alarms ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # a calculation, not "you can work it out yourself"
    "Din boligstøtte er regnet ud fra husstandens indkomst i 2025.",
    # a reassurance
    "Det er ikke noget problem, hvis du mangler nogle af lønsedlerne – send dem, du har.",
    "Det gør ikke noget, hvis I kommer lidt senere end aftalt.",
    # what the writer cannot take up, with the right office to turn to
    "Vi kan ikke gå ind i spørgsmål om lønnen, men du kan skrive til Personaleafdelingen, som tager sig af det.",
    # a debt handed on with the office's role explained
    "Betaler du ikke regningen, sender vi beløbet til Gældsstyrelsen, som herefter står for inddrivelsen.",
    # a template field in capitals
    "Vi ses den [DATO] kl. [TID] i mødelokale [LOKALE].",
    # a review when circumstances change is information
    "Kommunen kan til enhver tid se på din bevilling igen, hvis dine forhold ændrer sig.",
    # a choice left to the reader
    "Det er op til dig, om du vil tage imod tilbuddet om et kursus.",
    # a forecast to a couple
    "Vi forventer, at I får svar på ansøgningen i uge 6.",
    # an apology that promises better
    "Vi sendte brevet til en forkert adresse, og det er ikke noget, vi gør igen; det beklager vi.",
    # an experience turned into help
    "Det er vores erfaring, at mange forældre ikke ved, at de kan søge friplads, så derfor skriver vi til jer.",
    # a letter sent again in another language
    "Vi sender dig brevet igen på engelsk, så du bedre kan forstå det.",
])
def test_calm_sentences_that_share_the_words_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []
    text = letter("Vi har fået dine papirer. " + sentence + " Vi skriver igen, når sagen er behandlet.")
    assert tone_in(analyzer, text, sentence) == []


# ---- missed TRYK kinds ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Som vi jo har fortalt dig i telefonen, skal skemaet underskrives."),
    ("tone.tryk", "Som det allerede er blevet forklaret til dig, dækker tilskuddet ikke transport."),
    ("tone.tryk", "Vi gennemgår det gerne igen, så det bliver lettere for dig at forstå."),
    ("tone.tryk", "Det glæder os, at du omsider har fundet vej til jobcentret."),
    ("tone.tryk", "Vi tror, at speciallægen bare har skrevet det, du sagde til ham."),
    ("tone.tryk", "Efter vores erfaring overdriver forældre ofte, hvad der sker i klassen."),
    ("tone.pres", "Kommunen kan til enhver tid tage dit tilskud op til ny vurdering."),
    ("tone.pres", "Din ydelse bliver stoppet fra næste måned, og så er det op til dig selv."),
    ("tone.pres", "Kommer du ikke til mødet, kan du regne med, at hjælpen bliver stoppet."),
    ("tone.pres", "Du kommer på kontoret i morgen kl. 9 og forklarer, hvorfor du ikke har svaret."),
    ("tone.pres", "Du ringer ikke længere til personalet på deres egne numre."),
    ("tone.pres", "Vi forventer, at I begge overholder aftalen fremover."),
    ("tone.lukker-doeren", "Kommunen er ikke forpligtet til at uddybe sin vurdering yderligere."),
    ("tone.lukker-doeren", "Vi har flyttet mødet to gange for dig, og det er ikke noget, vi gør igen."),
])
def test_missed_tryk_kinds_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- round b (tone12b) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # the municipality's own inability after "ellers"
    "Vi skal have papirerne senest fredag, ellers kan vi ikke nå at beregne din hjælp til januar.",
    # the legal test whether the reader failed to act, still to be assessed
    "Vi skal tage stilling til, om du har undladt at møde op til samtalen uden en rimelig grund.",
    # a plain cause
    "Forsinkelsen skyldes, at vi mangler en underskrift fra din udlejer.",
    # a plain passive instruction
    "Blanketten udfyldes og sendes til os i den vedlagte kuvert.",
    # feelings registered and answered
    "Vi har noteret, at du er utilfreds med ventetiden, og vi ringer til dig i morgen.",
    # an improvement hoped for with help
    "Vi forventer en forbedring, når den nye hjælper er startet.",
])
def test_calm_sentences_of_round_b_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.pres", "Husk, at dit tilskud til fritidshjemmet ikke er nogen selvfølge."),
    ("tone.pres", "Skolen forventer en tydelig ændring med det samme."),
    ("tone.pres", "Nøglen indleveres på kontoret senest i morgen."),
    ("tone.pres", "I møder præcis klokken 9 i lokale 3."),
    ("tone.pres", "Fremover ringer du kun til hovednummeret."),
    ("tone.tryk", "Hele misforståelsen skyldes, at du ikke læste brevet."),
    ("tone.tryk", "Vi ved jo godt, hvad der sker, når lønnen først er gået ind."),
    ("tone.tryk", "Din gæld er en privat sag, som vi ikke kan tage os af."),
    ("tone.tryk", "Selv om du er træt, skal du stadig møde hver morgen."),
    ("tone.tryk", "Jeg har noteret, at du er vred."),
    ("tone.tryk", "Vi betragter din forklaring om de kontante beløb som usandsynlig."),
])
def test_missed_tryk_kinds_of_round_b_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- round c (tone12c) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # the statute's condition with "reglerne"
    "Efter reglerne ophører hjælpen, hvis man ikke deltager i samtalerne.",
    # no consequence
    "Det får ingen følger for dig, at brevet kom for sent.",
    # a legal word explained
    "Her forklarer vi, hvad en partshøring er.",
    # a plain future fact
    "Du får pengene på din konto i morgen.",
])
def test_calm_sentences_of_round_c_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


def test_no_fault_of_the_readers_is_a_reassurance_in_a_letter(analyzer):
    sentence = "Det er helt almindeligt, at små børn vågner mange gange om natten, og det er ikke noget, I gør forkert."
    text = letter("Tak for jeres spørgsmål om søvnen. " + sentence + " Jeg har vedlagt en folder med gode råd.")
    assert tone_in(analyzer, text, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Det kan du kun takke dig selv for."),
    ("tone.tryk", "Vi forklarer lige for en sikkerheds skyld, hvad en underskrift er."),
    ("tone.tryk", "Det må en voksen kvinde kunne finde ud af."),
    ("tone.tryk", "Vi er glade for, at du omsider har opdaget, at reglerne gælder."),
    ("tone.tryk", "Jobsøgningen er åbenbart mindre vigtig for dig end at holde ferie, og der er vigtigere ting at tage dig af end at møde op."),
    ("tone.tryk", "Hækken skal klippes inden juni, og det gælder også dig."),
    ("tone.tryk", "Vi har svært ved at se, hvordan din datter kan være syg hver fredag."),
    ("tone.pres", "Bliver det ved, får det følger."),
    ("tone.pres", "Du betaler restancen i løbet af ugen."),
    ("tone.lukker-doeren", "Jeres indsigelse ændrer altså ingenting."),
])
def test_missed_tryk_kinds_of_round_c_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- round d (tone12d) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    # a duty told ahead
    "Du er selv ansvarlig for at give os besked, hvis du flytter.",
    # a legal duty to pass the case on
    "Vær opmærksom på, at vi har pligt til at underrette, hvis vi bliver bekymrede for et barn.",
    # circumstances with a welcome
    "Uanset din situation er du velkommen til at ringe til os.",
    # a deadline within the day, with a reason
    "Ring senest kl. 9, hvis du er syg.",
    # help for as long as it is needed
    "Du får hjælpen, så længe du er syg.",
])
def test_calm_sentences_of_round_d_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "Det var aldrig sket, hvis du bare havde læst brevet."),
    ("tone.tryk", "I er selv skyld i, at ansøgningen nu er forsinket."),
    ("tone.tryk", "De er nok ikke vant til at udfylde den slags skemaer."),
    ("tone.tryk", "Det kender vi godt: når der skal betales, er der ingen hjemme."),
    ("tone.tryk", "Uanset jeres økonomiske problemer skal huslejen betales."),
    ("tone.tryk", "Man skulle næsten tro, at I ikke vil have hjælp."),
    ("tone.pres", "Gør dig opmærksom på, at vi kan sende sagen videre til politiet."),
    ("tone.pres", "Pladsen er din, så længe du overholder husordenen."),
    ("tone.pres", "Send kontoudtogene inden kl. 12."),
    ("tone.pres", "Skemaet returneres nu."),
    ("tone.pres", "Du melder dig ledig i aften."),
])
def test_missed_tryk_kinds_of_round_d_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- round e (tone12e) ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Der er ingen grund til at klage, for vi har allerede rettet fejlen.",
    "Din sygdom kan ikke være en grund til at afslå din ansøgning.",
])
def test_calm_sentences_of_round_e_stay_calm(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


@pytest.mark.parametrize("rule, sentence", [
    ("tone.lukker-doeren", "Det nytter ikke noget at klage over afgørelsen."),
    ("tone.lukker-doeren", "Der er ingen mening i at skrive igen, da det ikke ændrer noget."),
    ("tone.tryk", "Vi får sådanne undskyldninger hver dag."),
    ("tone.tryk", "Jeres økonomiske situation kan ikke bruges som forklaring på, at regningen ikke er betalt."),
])
def test_missed_tryk_kinds_of_round_e_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
    text = letter("Vi har set på din sag igen. " + sentence + " Vi sender dig en ny tid i næste uge.")
    assert rule in tone_in(analyzer, text, sentence)


# ---- notes of LEAD and PANEL (session 12) ---------------------------------------------------------------------
def test_the_burde_vide_question_in_any_wording_is_no_reproach(analyzer):
    sentence = ("Ved vurderingen af, hvorvidt De burde have vidst, at De ikke var berettiget til hjælpen, har kommunen "
                "lagt vægt på, at De blev orienteret om reglerne.")
    assert "tone.tryk" not in tone_rules(analyzer, sentence)
    text = letter("Kommunen har truffet afgørelse om tilbagebetaling. " + sentence + " Beløbet er 4.200 kr.")
    assert "tone.tryk" not in tone_in(analyzer, text, sentence)


@pytest.mark.parametrize("rule, sentence", [
    ("tone.tryk", "I må væbne jer med tålmodighed som alle andre."),
    ("tone.lukker-doeren", "Ventetid må man leve med, og det må accepteres, når man bor på plejehjem."),
])
def test_spot_check_kinds_are_found(analyzer, rule, sentence):
    assert rule in tone_rules(analyzer, sentence)
