"""Session 11 (blind set tone8 and EVAL's eval7): the wrong kinds of tone finding in letters (an acknowledgement
before the decision that stays, officialese register that klarsprog already marks, a grant in officialese, the legal
ground of a sanction, the notice of work done at the owner's expense, "røg" as smoke) and the TRYK kinds that were
missed (a duty laid on the reader in De-form, help made small, trust held back, a group today, mock welcome, a short
order that closes the talk, a sure loss after "hvis … ikke"/"uden"). The sentences were written for these tests (not
lines of any blind set, of ../shared or of the training corpus)."""

from __future__ import annotations

import pytest

from borgertekst.rulebook.loader import load_rule, shipped_rules_dir
from borgertekst.tone import Signal
from borgertekst.tone.precision import PrecisionPolicy
from kinds_support import tone_in, tone_rules

RULE = shipped_rules_dir() / "tone" / "tryk-saetning.yaml"


def letter(body: str, deform: bool = False) -> str:
    head = "Kære Ole Vestergaard" if not deform else "Til Ole Vestergaard"
    tail = "Ring gerne, hvis du har spørgsmål." if not deform else "De er velkommen til at ringe på 96 84 84 84."
    return ("Ikast-Brande Kommune\nBorgerservice\n\n" + head + "\n\n" + body
            + "\n\n" + tail + "\n\nMed venlig hilsen\nSusanne Lund\n")


@pytest.fixture(scope="module")
def policy():
    return PrecisionPolicy.from_options(load_rule(RULE).options, 0.737)  # as loaded: context names resolved


def sig(sentence: str, feature: str, words: str, weight: float) -> Signal:
    at = sentence.index(words)
    return Signal(feature, "", None, weight, at, at + len(words))


# ---- precision: the wrong kinds in letters ---------------------------------------------------
def test_acknowledgement_then_the_decision_that_stays_is_traek(analyzer):
    s = ("Vi har stor forståelse for, at det er en skuffelse, men det ændrer ikke ved, at carporten skal flyttes "
         "1 meter fra skel.")
    text = letter("Vi har set på dine indsigelser mod påbuddet.\n\n" + s
                  + "\n\nCarporten skal være flyttet senest den 1. juni. Du kan klage til Byggeklagenævnet inden 4 uger.")
    assert tone_in(analyzer, text, s) == []


def test_a_vague_turn_after_a_feeling_stays_tryk(analyzer):
    # no "at" and nothing that stays: the feeling is set aside
    assert tone_rules(analyzer, "Vi forstår godt, at du er skuffet, men det ændrer ikke på noget som helst.")


def test_officialese_register_alone_is_no_tone_finding_in_a_letter(analyzer):
    s = "Der henvises til Deres brev af 3. februar om tilskud til briller."
    text = letter(s + "\n\nDe får et tilskud på 1.200 kr., som udbetales til Deres NemKonto i næste uge.\n\n"
                  "Tilskuddet er givet efter aktivlovens § 82.", deform=True)
    assert tone_in(analyzer, text, s) == []


def test_officialese_register_counts_beside_a_reproach(analyzer):
    s = "Det bemærkes, at De tidligere er blevet oplyst om reglerne, og at dette ikke vil blive accepteret igen."
    text = letter("Kommunen har modtaget Deres indsigelse.\n\n" + s + "\n\nAfgørelsen fastholdes.", deform=True)
    assert tone_in(analyzer, text, s)


def test_letter_weak_words_are_weak_only_in_a_letter(policy):
    s = "De bedes sende kontoudtogene."
    signals = [sig(s, "lex:afstand", "bedes", 1.6)]
    assert policy.weigh(signals, s, 0, len(s), True)[0]  # alone: a sign
    assert not policy.weigh(signals, s, 0, len(s), True, letter=True)[0]  # in a letter: register only
    d = policy.decide(0.99, signals, s, 0, len(s), True, letter=True)
    assert not d.keep and d.reason == "letter-weak-only"


def test_a_grant_in_officialese_is_no_tryk(analyzer):
    s = "De bevilges herved en badebænk og et toiletforhøjerbræt efter servicelovens § 112."
    text = letter("Kommunen har behandlet Deres ansøgning om hjælpemidler.\n\n" + s
                  + "\n\nHjælpemidlerne bliver leveret af depotet, som ringer til Dem først.", deform=True)
    assert tone_in(analyzer, text, s) == []


def test_smoke_is_no_pressure(analyzer):
    s = "Det er helt almindeligt, at der kommer røg fra skorstenen de første minutter efter optænding."
    text = letter("Tak for din henvendelse om naboens pejs.\n\n" + s
                  + "\n\nVi har talt med skorstensfejeren, som ikke fandt fejl.")
    assert tone_in(analyzer, text, s) == []


@pytest.mark.parametrize("s", [
    "De har den 4. marts uden gyldig grund undladt at møde op til samtale i jobcentret.",
    "De har undladt at møde op til samtalen den 4. marts uden gyldig grund.",
    "De har den 4. marts uden rimelig grund undladt at deltage i det aftalte kursus.",
])
def test_the_legal_ground_of_a_sanction_is_no_reproach(analyzer, s):
    text = letter("Afgørelse om nedsættelse af Deres kontanthjælp\n\n" + s
                  + "\n\nDeres hjælp nedsættes derfor med 512 kr. efter aktivlovens § 36.\n\n"
                  "De kan klage til Ankestyrelsen inden 4 uger.", deform=True)
    assert tone_in(analyzer, text, s) == []


@pytest.mark.parametrize("s", [
    "I henhold til sygedagpengelovens § 21, stk. 1, nr. 1, ophører retten til sygedagpenge, når den sygemeldte uden "
    "rimelig grund undlader at medvirke ved opfølgningen.",
    "I henhold til aktivlovens § 36, stk. 2, nedsættes hjælpen, når modtageren uden rimelig grund undlader at deltage "
    "i et tilbud.",
    "I henhold til lovens § 13, stk. 4, bortfalder retten til ydelsen, når ansøgeren uden gyldig grund udebliver fra "
    "en samtale.",
])
def test_the_statutes_condition_in_the_present_is_no_reproach(analyzer, s):
    # the law's own wording of the condition a sanction rests on (EVAL eval8 04: a tone warning before)
    text = letter("Afgørelse om Deres ydelse\n\n" + s + "\n\nKommunen har derfor truffet afgørelse om, at Deres ydelse "
                  "standses fra den 10. november.\n\nDe kan klage til Ankestyrelsen inden 4 uger.", deform=True)
    assert tone_in(analyzer, text, s) == []


def test_the_notice_of_work_at_the_owners_expense_is_information(analyzer):
    s = "Er buskene ikke beskåret til fristen, vil kommunen lade arbejdet udføre for Deres regning."
    text = letter("Påbud om beskæring\n\nDeres buske rager ud over cykelstien på Skolevej.\n\n" + s
                  + "\n\nPåbuddet er givet efter vejlovens § 88. De kan klage til Vejdirektoratet inden 4 uger.",
                  deform=True)
    assert tone_in(analyzer, text, s) == []


def test_the_same_notice_with_debt_collection_stays_pressure(analyzer):
    assert tone_rules(analyzer, "Overholdes påbuddet ikke, vil kommunen lade hegnet fjerne for din regning og "
                                "sende kravet til inkasso.")


def test_a_duty_laid_on_the_reader_in_deform_is_found(analyzer):
    s = "Det påhviler Dem selv at holde øje med Deres post fra jobcentret."
    text = letter("Vi har nedsat Deres hjælp for den 2. maj.\n\n" + s
                  + "\n\nDe kan klage til Ankestyrelsen inden 4 uger.", deform=True)
    assert tone_in(analyzer, text, s)


def test_the_duty_to_report_changes_is_information(analyzer):
    s = "Det påhviler Dem at give besked, hvis De flytter eller får arbejde."
    text = letter("De får boligstøtte fra 1. marts.\n\n" + s + "\n\nStøtten udbetales den første hverdag i måneden.",
                  deform=True)
    assert tone_in(analyzer, text, s) == []


# ---- recall: the TRYK kinds that were missed ---------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Vi forklarer det gerne med små ord en gang til.",                     # help made small
    "Vi deler det op i små bidder, så det ikke bliver for svært for dig.",
    "Selv min mormor har fundet ud af at logge på.",
    "Vi kigger på sagen igen, før vi stoler på din forklaring om bilen.",  # trust held back
    "Din version af aftalen stemmer ikke med virkeligheden.",
    "Forældre i dag tror, at skolen skal klare alt.",                      # a group today
    "Du må endelig skrive igen, hvis det hjælper på humøret.",             # mock welcome
    "Godt forsøgt, men reglerne gælder også i din sag.",
    "Papirerne skal ligge her fredag. Det er ikke til forhandling.",       # a short order that closes the talk
    "Hvis I ikke betaler regningen, lukker vi for vandet.",                # a sure loss after a condition
    "Uden din underskrift inden fredag stopper vi udbetalingen.",
])
def test_missed_kinds_are_found(analyzer, sentence):
    assert tone_rules(analyzer, sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Vi lukker for vandet på Skolevej tirsdag mellem kl. 9 og 12.",
    "Uden din underskrift kan vi ikke udbetale pengene, så ring, hvis du har brug for hjælp.",
    "Forældre er velkomne til at deltage i dag.",
    "Vi har lavet en lille tegning af, hvor containeren skal stå.",
    "Vi måler støjen og sender resultatet til dig, når det er klar.",  # "klar" (ready) is not "klart" (obvious)
])
def test_neutral_look_alikes_stay_quiet(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == [], sentence


# ---- round 2 (tone8b) -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Vi har nu svaret dig fem gange om den samme regning.",                 # the exchange counted against the reader
    "Du kan skrive lige så tit, du vil, men svaret bliver ikke anderledes.",  # futility
    "Det burde ikke komme bag på dig, at huslejen steg.",                  # common knowledge
    "De bedes venligst ikke ringe til medarbejdernes private numre.",      # a prohibition in officialese
    "Jeg forventer at se en forskel i næste måned.",                       # an expectation from above
    "Næste gang sender vi fogeden ud til dig.",                            # the bailiff sent
])
def test_round_two_kinds_are_found(analyzer, sentence):
    assert tone_rules(analyzer, sentence), sentence


def test_counting_the_readers_mails_without_reproach_is_an_acknowledgement(analyzer):
    s = "Du har skrevet til os flere gange om larm fra boldbanen om aftenen."
    text = letter(s + "\n\nVi har nu talt med klubben, og træningen slutter kl. 21 fra januar.\n\n"
                  "Tak fordi du blev ved med at sige til.")
    assert tone_in(analyzer, text, s) == []


# ---- round 3 (tone8c) -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Betal inden fredag, ellers opsiger vi lejemålet.",                     # "ellers" + a sure loss, no modal
    "Vi standser ydelsen, hvis kontoudtogene ikke er her mandag.",          # the loss first, the condition after
    "Vi går ud fra, at De udmærket ved, at hunden skal i snor.",           # knowledge assumed as a reproach
    "Hvor overraskende, at bilen igen holder på fortovet.",                # mock surprise
    "Syg eller ej, papirerne skal være her i morgen.",                     # hardship brushed aside
    "Der er ikke flere chancer til dig.",
])
def test_round_three_kinds_are_found(analyzer, sentence):
    assert tone_rules(analyzer, sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Vi stopper madudbringningen, hvis du ønsker det.",
    "Vi stopper udbetalingen, hvis du ikke længere bor her, fordi hjælpen følger bopælen.",
    "Vi går ud fra, at du gerne vil have en tid om formiddagen.",
])
def test_round_three_look_alikes_stay_quiet(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == [], sentence


# ---- other engineers' letters read through (session 11): kommanderende on ordinary text ------------------
def test_placed_is_not_urged(analyzer):
    s = "Ved tilsynet blev det konstateret, at der på grunden er henstillet tre campingvogne uden nummerplader."
    text = letter("Varsel om påbud\n\n" + s + "\n\nVi påtænker at give dig påbud om at fjerne dem. "
                  "Du kan komme med bemærkninger inden 14 dage.")
    assert tone_in(analyzer, text, s) == []


def test_the_repayment_claim_in_the_laws_words_is_no_order(analyzer):
    s = "Vi kræver derfor de 2.150 kr. tilbage efter aktivlovens § 91."
    text = letter("Du fik løn og kontanthjælp for de samme dage i oktober.\n\n" + s
                  + "\n\nDu kan betale i rater. Ring til mig, så finder vi en ordning.\n\n"
                  "Du kan klage til Ankestyrelsen inden 4 uger.")
    assert tone_in(analyzer, text, s) == []


def test_the_readers_own_account_retold_is_not_the_writers_tone(analyzer):
    s = "Du skriver, at chaufføren råbte af dig og sagde, at du selv måtte bære posen op."
    text = letter("Tak for din klage over madudbringningen.\n\n" + s
                  + "\n\nDet er ikke i orden, og vi har talt med chaufføren. Vi beklager.")
    assert tone_in(analyzer, text, s) == []


def test_the_readers_account_turned_against_stays_tryk(analyzer):
    assert tone_rules(analyzer, "Du skriver, at du aldrig fik brevet, men det passer ikke.")


# ---- PANEL's note (session 11): a reply keyword in capitals is no shout -------------------------------
def test_a_reply_keyword_is_no_shout(analyzer):
    text = "Skovlund Forsyning: Vi skifter din måler i uge 5. Svar STOP for at afmelde sms fra os."
    assert "tone.raab" not in tone_rules(analyzer, text)


def test_capitals_after_an_ordinary_verb_still_shout(analyzer):
    assert "tone.raab" in tone_rules(analyzer, "Du skal STOPPE med at ringe til os om natten.")
