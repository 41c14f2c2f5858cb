"""Session 9 of TONE (blind sets tone9, tone9b; EVAL's eval8): the law's condition quoted as the ground in the law's
third person (one reader for every wording), officialese the writer uses about its own work in a letter, a påbud's
possible police report, what the writer has not been told; and the TRYK kinds that were missed (a point "præciseret"
before a refusal, a date "known in good time", words put in the file unread, the reader's contacts counted, a
feeling set aside, idioms of loss, the next time as a threat, sarcasm about the next excuse, common knowledge thrown
at the reader). The sentences were written for these tests (not lines of a blind set, of ../shared or of the
training corpus)."""

from __future__ import annotations

import pytest

from kinds_support import tone_in, tone_rules


def letter(body: str, deform: bool = False) -> str:
    head = "Kære Lise Kragh" if not deform else "Til Lise Kragh"
    tail = "Ring gerne, hvis du har spørgsmål." if not deform else "De er velkommen til at ringe på 72 36 36 36."
    return ("Næstved Kommune\nBorgerservice\n\n" + head + "\n\n" + body
            + "\n\n" + tail + "\n\nMed venlig hilsen\nKaren Holst\n")


# ---- precision: the law's condition quoted as the ground ------------------------------------------------------
LAW = [
    "Efter lovens § 29 skal den, der har undladt at oplyse om en ændring af betydning for støtten, betale støtten tilbage.",
    "Efter § 18 ophører retten til tilskud, når modtageren uden rimelig grund afviser at deltage i et forløb.",
    "Ifølge bekendtgørelsens § 4 nedsættes ydelsen, hvis ansøgeren gentagne gange udebliver fra samtaler.",
    "Af integrationslovens § 20 følger, at hjælpen standses, såfremt den pågældende forsømmer sin pligt.",
]


@pytest.mark.parametrize("sentence", LAW)
def test_the_laws_condition_in_the_third_person_is_no_tone_finding(analyzer, sentence):
    text = letter("Vi har set på din sag. " + sentence + " Vi har vurderet, at betingelsen er opfyldt.")
    assert tone_in(analyzer, text, sentence) == []


def test_the_writer_applying_the_law_to_the_reader_is_read_as_usual(analyzer):
    sentence = "Efter § 29 skal du betale tilbage, fordi du burde have vidst, at du skulle sige det til os."
    assert "tone.tryk" in tone_rules(analyzer, sentence)


def test_a_role_addressed_without_a_condition_stays_distance(analyzer):
    sentence = "Modtageren af hjælpen har pligt til straks at underrette forvaltningen om ændrede forhold, jf. § 11."
    assert tone_rules(analyzer, sentence) != []


def test_a_pabuds_possible_police_report_is_legal_information(analyzer):
    sentence = ("Overholdes påbuddet ikke, kan kommunen indgive politianmeldelse, og du kan blive straffet med bøde "
                "efter miljøbeskyttelseslovens § 110.")
    text = letter("Kommunen påbyder dig at fjerne bilerne senest den 1. maj. " + sentence)
    assert tone_in(analyzer, text, sentence) == []


def test_a_summons_that_calls_the_police_in_is_still_found(analyzer):
    sentence = "Hvis I ikke kommer til mødet, vil vi bede politiet om at hente Jonas til skole."
    text = letter("Vi indkalder jer til møde på skolen mandag kl. 8. " + sentence)
    assert tone_in(analyzer, text, sentence) != []


def test_officialese_about_the_writers_own_inspection_is_no_tone_finding_in_a_letter(analyzer):
    sentence = "Kommunen har besigtiget grunden to gange og konstateret, at bålpladsen overholder reglerne."
    text = letter("Tak for din henvendelse om naboens bål. " + sentence + " Vi foretager os derfor ikke mere.")
    assert tone_in(analyzer, text, sentence) == []


def test_officialese_about_the_reader_still_counts_in_a_letter(analyzer):
    sentence = ("De har ikke tidligere givet en rimelig forklaring på Deres udeblivelse, og kommunen må gå ud fra, "
                "at der heller ikke denne gang foreligger en sådan.")
    text = letter("De var indkaldt til samtale den 3. maj. " + sentence, deform=True)
    assert tone_in(analyzer, text, sentence) != []


def test_what_the_writer_has_not_been_told_is_no_reproach(analyzer):
    sentence = "Vi har ikke fået at vide, hvorfor Oliver ikke kommer."
    text = letter("Oliver har været væk fra skole i ni dage. " + sentence + " Vi vil gerne tale med jer om det.")
    assert tone_in(analyzer, text, sentence) == []


def test_a_count_of_calls_given_as_the_facts_of_a_decision_is_no_reproach(analyzer):
    sentence = "Du har ringet til Borgerservice 37 gange i oktober."
    text = letter("Vi har besluttet at ændre, hvordan du kan kontakte os. " + sentence
                  + " Derfor skal du i de næste tre måneder skrive til os i stedet.")
    assert tone_in(analyzer, text, sentence) == []


def test_no_fault_on_the_readers_side_before_the_law_is_no_reproach(analyzer):
    sentence = ("Det er ingen fejl fra din side, at det skete, men efter aktivlovens § 91 skal hjælp, der er udbetalt "
                "for meget, betales tilbage, når man har haft indtægt i samme periode.")
    assert tone_rules(analyzer, sentence) == []


def test_a_forecast_of_our_answer_is_no_demand(analyzer):
    assert tone_rules(analyzer, "Vi forventer, at du får et svar fra os i begyndelsen af februar.") == []
    assert tone_rules(analyzer, "Vi forventer, at du kommer til mødet.") != []


def test_an_absolute_word_in_the_readers_own_trouble_is_no_anger(analyzer):
    text = letter("Vi har sat mødet til tirsdag kl. 10. Sig til, hvis tidspunktet er helt umuligt for dig.")
    assert "tone.absolutte-ord" not in tone_rules(analyzer, text)


def test_a_senders_name_in_capitals_before_a_colon_is_no_shout(analyzer):
    # PANEL's note (an SMS's sender prefix); a capitals word inside the sentence still shouts
    assert "tone.raab" not in tone_rules(analyzer, "HOLBÆK KOMMUNE: Haveaffald hentes fredag. Stil sækken ved vejen.")
    assert "tone.raab" in tone_rules(analyzer, "HOLBÆK KOMMUNE: Du SKAL stille sækken ved vejen.")


def test_the_municipalitys_own_repeated_failure_is_no_reproach(analyzer):
    assert tone_rules(analyzer, "Det er fjerde gang på en måned, at vi aflyser din rengøring.") == []


# ---- recall: the kinds that were missed -----------------------------------------------------------------------
MISSED = [
    "Det skal præciseres, at samtalen ikke kan rykkes.",
    "Tidspunktet har været kendt i lang tid.",
    "Dine kommentarer bliver lagt i sagen, men de vil ikke blive besvaret individuelt.",
    "De har nu rettet henvendelse til forvaltningen ni gange om den samme hæk.",
    "Det har vi skrevet til dig om før.",
    "At din kat var syg, kan ikke ændre på, at regningen skal betales.",
    "Din skilsmisse fritager dig ikke for at betale.",
    "Får vi ikke skemaet på fredag, kan du godt glemme pladsen.",
    "Næste gang du udebliver, mister du retten til hjælpen.",
    "Vi glæder os til at se, hvilken undskyldning der kommer denne gang.",
    "Du ved godt, hvad aftalen siger.",
    "Det er tredje gang på en uge.",
    "Så står vi her igen.",
    "Skemaet skal ligge her i morgen. Ingen undskyldninger.",
    "Den forklaring har vi hørt før.",
    "Du er velkommen til at skrive igen, men din mail indeholder intet nyt.",
    "Man behøver ikke være jurist for at forstå det.",
    "De fleste andre ville have ringet til os.",
    "Vi lukker for varmen, hvis vi ikke har pengene på fredag.",
    "Det er fjerde gang i år.",
    "Fortsætter støjen, kontakter vi jeres udlejer.",
    "Sådan gør folk fra jeres opgang altid.",
]


@pytest.mark.parametrize("sentence", MISSED)
def test_missed_tryk_kinds_are_found(analyzer, sentence):
    assert tone_rules(analyzer, sentence) != []


NEUTRAL = [
    "Du ved godt, at du altid kan ringe til mig.",
    "Det skal understreges, at manglende fremmøde kan få betydning for din ydelse, og du er velkommen til at ringe.",
    "Vi beklager, at ændringen har været kendt i lang tid uden at blive meldt ud til jer.",
    "Du har ringet to gange uden at få svar, og det beklager vi.",
    "Næste gang du kommer, skal du have dit sygesikringsbevis med.",
    "Om du vælger at klage, har ingen betydning for din ret til hjælpen.",
    "Hvis du ikke svarer, lukker vi sagen om fire uger, men du kan altid søge igen.",
    "Vi lukker for vandet på onsdag, hvis arbejdet ikke er færdigt tirsdag.",
    "Hvis du ønsker det, kontakter vi gerne din udlejer for at hjælpe med aftalen.",
]


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_neutral_lookalikes_stay_quiet(analyzer, sentence):
    assert tone_rules(analyzer, sentence) == []


def test_our_view_of_the_repayment_test_is_no_reproach_but_knowing_better_is(analyzer):
    # "Vi mener, at du burde vidst det, fordi …" is the repayment claim's legal test (vidste eller burde vide), said
    # with "mener" as with "vurderer" (EVAL eval9 05, after the measurement)
    assert tone_rules(analyzer, "Vi mener, at du burde vidst det, fordi det stod i brevet om bevillingen.") == []
    assert "tone.tryk" in tone_rules(analyzer, "Vi mener, at du burde vide bedre end at skrive sådan til os.")
