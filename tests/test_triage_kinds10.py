"""Triage kinds from session 10 (TRIAGE): blind set triage10. Sentences are new, written for these tests (not lines of
the blind sets)."""

import pytest

from borgertekst.triage import triage
from kinds_support import signal_kinds as _kinds

REPEAT_SIGNS = {"repeated", "repeated_count", "count_of_contacts"}  # (session 13) the writer's own count too


# ---- the writer's own memory explains a question asked before: no repeated requests, green -------------------------
@pytest.mark.parametrize("text", [
    "Jeg har sikkert spurgt en gang før, men jeg kan ikke huske det. Hvornår kommer skraldebilen til Bøgevej?",
    "Undskyld, jeg har spurgt om det før, og jeg glemmer det hele tiden. Hvornår har biblioteket åbent om lørdagen?",
])
def test_own_forgetfulness_beside_an_earlier_question_is_green(text):
    r = triage(text)
    assert r.step == "groen", (text, r.step, r.reasons)
    assert not _kinds(r) & REPEAT_SIGNS, (text, _kinds(r))
    assert r.template == "svar-paa-spoergsmaal"


def test_not_remembering_how_often_one_has_written_stays_a_repetition():
    r = triage("Det er tredje gang, jeg skriver om hullet i fortovet. I svarer aldrig.")
    # (session 13) the counted contact with its verb shows as the writer's own count of contacts, also a repetition
    assert _kinds(r) & {"repeated_count", "count_of_contacts"}, _kinds(r)
    assert r.step != "groen" and r.template == "indkaldelse-moede", (r.step, r.template)


# ---- "er min mail kommet frem?" asks whether one message arrived ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg sendte min ansøgning om friplads i sidste uge. Er min mail kommet frem?",
    "Har I modtaget min mail med lægeerklæringen fra tirsdag?",
])
def test_asking_whether_a_mail_arrived_is_no_repeated_request(text):
    r = triage(text)
    assert not _kinds(r) & REPEAT_SIGNS, (text, _kinds(r))
    assert r.template != "indkaldelse-moede"


def test_all_my_mails_still_count():
    r = triage("Jeg har skrevet mine mails til jer i tre måneder og aldrig fået svar.")
    assert _kinds(r) & REPEAT_SIGNS, _kinds(r)


# ---- "den nye sagsbehandler gør …" names a staff member; asking for a new one is still a wish for another ----------
def test_the_new_caseworker_as_subject_is_no_wish_for_another_caseworker():
    r = triage("Min nye sagsbehandler har ikke læst min sag. Hun spurgte om ting, jeg har sendt for længe siden.")
    assert "playing_staff_off" not in _kinds(r), _kinds(r)
    assert r.template != "indkaldelse-moede"


def test_asking_for_a_new_caseworker_is_still_seen():
    r = triage("Jeg vil gerne have en ny sagsbehandler, for vi forstår ikke hinanden.")
    assert "playing_staff_off" in _kinds(r), _kinds(r)


# ---- "har jeg ventet på svar siden …" is waiting: a new date, not only an answer ---------------------------------
def test_waited_for_an_answer_since_gets_a_new_date():
    r = triage("Nu har jeg ventet på svar om tandpleje til min søn siden august. Hvad gør jeg, hvis det gør ondt igen?")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


def test_waiting_for_someone_elses_answer_is_no_waiting_on_us():
    r = triage("Jeg venter på svar fra lægen. Skal jeg sende det til jer bagefter?")
    assert r.template != "forsinkelse-ny-svardato", (r.template, r.reasons)


# ---- "hvis jeg ikke får søgt/sendt …": the writer's own task, no ultimatum -----------------------------------------
@pytest.mark.parametrize("text", [
    "Hvis jeg ikke får sendt lønsedlerne i dag, er fristen så overskredet?",
    "Min mand siger, at hvis vi ikke får betalt regningen i dag, ringer han selv 😂 Hvilket kontonummer skal vi bruge?",
])
def test_the_writers_own_task_is_no_ultimatum(text):
    r = triage(text)
    assert "demands" not in _kinds(r), (text, _kinds(r))
    assert r.step == "groen", (text, r.step, r.reasons)


def test_an_ultimatum_to_us_is_still_one():
    r = triage("Hvis jeg ikke får svar i dag, går jeg til borgmesteren.")
    assert "demands" in _kinds(r), _kinds(r)


# ---- "hvad jeg gør ved mig selv": self-harm, a call today --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Jeg har ikke spist i tre dage, og jeg ved ikke længere, hvad jeg gør ved mig selv.",
    "Jeg er bange for, at jeg gør noget ved mig selv, hvis jeg mister lejligheden.",
])
def test_not_knowing_what_one_will_do_to_oneself_is_self_harm(text):
    r = triage(text)
    assert r.template == "opfoelgning-telefon", (text, r.template, r.reasons)
    assert r.step == "roed"


# ---- a promise told with the verb first ("Til mødet lovede I, at …") and nothing happened: the broken promise -------
def test_an_inverted_promise_not_kept_gets_a_new_date():
    r = triage("Sidste måned lovede I, at der ville komme en rampe ved min hoveddør. Den er ikke kommet.")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


# ---- "hver gang" about your conduct is no count of the writer's requests ------------------------------------------
@pytest.mark.parametrize("text", [
    "Min mor får en ny hjælper hver gang, og hun bliver utryg, når hun ikke kender dem.",
    "Hver gang vi kommer til tandplejen, er det en ny tandlæge, og min datter bliver bange.",
])
def test_every_time_about_your_conduct_is_no_repeated_request(text):
    r = triage(text)
    assert "repeated_count" not in _kinds(r), (text, _kinds(r))
    assert r.template != "indkaldelse-moede"


def test_every_time_i_call_is_still_a_repeated_request():
    r = triage("Hver gang jeg ringer, får jeg at vide, at sagsbehandleren ringer tilbage. Det gør hun aldrig.")
    assert _kinds(r) & REPEAT_SIGNS, _kinds(r)


# ---- "næste gang" is a time, no repetition -----------------------------------------------------------------------
def test_next_time_is_no_repetition():
    r = triage("Jeg tager min søster med som bisidder næste gang, vi holder møde.")
    assert not _kinds(r) & REPEAT_SIGNS, _kinds(r)
    assert r.step == "groen", (r.step, r.reasons)


# ---- "ikke stå inde for" a colleague's assessment is lawful; for oneself or "hvad jeg gør" it is a veiled threat ----
def test_not_vouching_for_an_assessment_is_no_threat():
    r = triage("Jeg kan ikke stå inde for den vurdering, som min tidligere sagsbehandler lavede.")
    assert r.step != "uden-for-trappen", (r.step, r.reasons)


@pytest.mark.parametrize("text", [
    "Tager I hunden fra mig, står jeg ikke inde for mig selv.",
    "Jeg kan ikke stå inde for, hvad jeg gør, hvis min mor bliver flyttet.",
])
def test_not_vouching_for_oneself_stays_outside(text):
    assert triage(text).step == "uden-for-trappen"


# ---- a relative's joke "truer med at …" with laughter: the threat classifier alone does not put it outside -------
def test_a_relatives_joke_is_not_outside_on_the_classifier():
    r = triage("Min mor truer med at gå hele vejen til rådhuset selv, hvis der ikke snart kommer en flexbus 😄 "
               "Hvornår kører den fra Hvalsø?")
    assert r.step == "groen", (r.step, r.reasons)


def test_a_joke_that_speaks_to_staff_keeps_the_classifier():
    # the same laughter, but the relative "comes by" the member of staff: no joke to wave through
    r = triage("Min bror truer med at komme forbi dig på kontoret, haha.")
    assert r.step == "uden-for-trappen", (r.step, r.reasons)


# ---- "spurgte en gang" is once; "en gang til" is once more ------------------------------------------------------
def test_asked_once_is_no_repeated_request():
    r = triage("Jeg spurgte en gang i foråret om en ny skraldespand, og I sagde, den kom efter sommerferien. Er den på vej?")
    assert not _kinds(r) & REPEAT_SIGNS, _kinds(r)
    assert r.template != "indkaldelse-moede"


def test_asked_once_more_is_still_repeated():
    r = triage("Jeg har nu spurgt en gang til om min sag, og der sker stadig intet.")
    assert _kinds(r) & REPEAT_SIGNS, _kinds(r)


# ---- a victim's report: frustration words in the sentence that tells the violence are that report -----------------
def test_frustration_words_in_the_told_violence_do_not_raise_a_victims_request():
    r = triage("Min tidligere kæreste ringer hele tiden og siger, at han vil slå mig ihjel. Jeg er bange. "
               "Kan I hjælpe mig med at få en beskyttet adresse?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r) or "victim_help" in _kinds(r), _kinds(r)


# ---- "jeg følte mig overfaldet" of a meeting is a feeling about you, no report of violence -------------------------
def test_felt_attacked_at_a_meeting_is_criticism():
    r = triage("Til mødet sad der fem fra kommunen og kun mig. Jeg følte mig fuldstændig overfaldet.")
    assert "victim" not in _kinds(r), _kinds(r)
    assert r.step != "groen", (r.step, r.reasons)  # the victim route would call the criticism green


# ---- fled from a partner, at a shelter: a victim's report, the request is not raised ------------------------------
def test_a_woman_at_a_shelter_asking_for_help_is_green():
    r = triage("Jeg er flygtet fra min kæreste og bor lige nu på et krisecenter i Vejle. Hvordan søger jeg om en bolig?")
    assert r.step == "groen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


# ---- "Lægen har skrevet det samme fire gange": the doctor's statements, not the writer's requests -----------------
def test_the_doctors_repeated_statements_are_no_repeated_requests():
    r = triage("Hvorfor skal jeg igen sende en erklæring? Min læge har skrevet tre gange, at jeg ikke kan løfte.")
    assert "repeated_count" not in _kinds(r), _kinds(r)
    assert r.template != "indkaldelse-moede"


# ---- hate speech in English: "go back where you came from" ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "All of you foreigners at the job centre should go back where you came from.",
    "Go back to your own country, you are not welcome in our town hall.",
])
def test_english_go_back_where_you_came_from_is_outside(text):
    assert triage(text).step == "uden-for-trappen"


def test_going_back_to_ones_own_country_for_a_visit_is_no_hate():
    r = triage("I will go back to my own country for Christmas. Can my daughter keep her place in the daycare?")
    assert r.step != "uden-for-trappen", (r.step, r.reasons)


# ---- accusing you of theft ("I stjæler fra syge mennesker") is an insult: red, not green ------------------------
def test_accusing_staff_of_theft_is_an_insult():
    r = triage("I stjæler fra de svageste. Det er hvad I laver hele dagen.")
    assert "insults" in _kinds(r), _kinds(r)
    assert r.step != "groen", (r.step, r.reasons)


def test_a_stolen_bike_is_no_insult():
    r = triage("Min cykel er blevet stjålet ved stationen. Kan I fjerne den gamle lås fra stativet?")
    assert "insults" not in _kinds(r), _kinds(r)


# ---- waiting told without "ventet": "fjerde uge uden svar", "I har ikke svaret på min partshøring" ----------------
@pytest.mark.parametrize("text", [
    "Nu er det tredje uge uden svar på min ansøgning om pasning. Jeg skal starte på arbejde den 1.",
    "Jeg kan se, at I endnu ikke har svaret på mit høringssvar fra oktober. Hvornår sker der noget?",
])
def test_waiting_told_without_the_verb_gets_a_new_date(text):
    r = triage(text)
    assert r.template == "forsinkelse-ny-svardato", (text, r.template, r.reasons)


# ---- "i sagde i ville ringe" (lowercase, no "at"): a promise not kept -----------------------------------------------
def test_a_lowercase_promise_without_at_is_a_promise():
    r = triage("min søn mangler stadig en plads i klubben. i sagde i ville ringe i sidste uge men der kom ikke noget opkald")
    assert r.template == "forsinkelse-ny-svardato", (r.template, r.reasons)


# ---- "stillet om fem gange": your switchboard's failure, not the writer's repeated requests ----------------------
def test_being_transferred_many_times_is_your_failure():
    r = triage("Jeg blev stillet om seks gange, da jeg ringede for at spørge om min mors plejebolig.")
    assert "repeated_count" not in _kinds(r), _kinds(r)
    assert r.template != "indkaldelse-moede"


# ---- "Pinligt, men jeg har vist betalt to gange": the apology names the clause after "men" ------------------------
def test_embarrassment_before_men_names_the_writers_own_double_payment():
    r = triage("Pinligt, men jeg har vist sendt min lønseddel tre gange 🙈 Kan I slette de to af dem?")
    assert not _kinds(r) & REPEAT_SIGNS, _kinds(r)
    assert r.step == "groen", (r.step, r.reasons)


def test_an_apology_does_not_take_back_a_complaint_about_you():
    r = triage("Undskyld min tone, men det er tredje gang, jeg skriver, og I svarer ikke.")
    assert _kinds(r) & REPEAT_SIGNS, _kinds(r)


# ---- "kujoner" about staff is an insult ---------------------------------------------------------------------------
def test_calling_staff_cowards_is_an_insult():
    r = triage("I er en flok kujoner på rådhuset. Ingen tør tage ansvar.")
    assert "insults" in _kinds(r), _kinds(r)


# ---- a headscarf named in a victim's report is no hate speech --------------------------------------------------
def test_a_girl_teased_for_her_headscarf_is_not_outside():
    r = triage("Vores datter bliver drillet for sit tørklæde i frikvartererne. Hvem på skolen kan vi tale med?")
    assert r.step != "uden-for-trappen", (r.step, r.reasons)
    assert "victim" in _kinds(r), _kinds(r)


def test_a_slur_about_headscarves_stays_outside():
    assert triage("Jer med tørklæder skal ud af Danmark, og det skal nok ske.").step == "uden-for-trappen"


# (lead, session 13; THREAT's threat10f) a message in English reads "I" as the writer, not the Danish "I" (you, plural),
# and "a"/"do" not as the dialect's "jeg"/"du": "I regret moving here" went outside as "I fortryder"
@pytest.mark.parametrize("text", [
    "I regret moving here, the bus connections are terrible. Can you recommend a better area?",
    "I would kill for a faster answer, haha. Any news on my case?",
    "Jeg kunne dræbe for en kop kaffe lige nu. Hvornår åbner I?",
])
def test_english_i_is_the_writer_and_wanting_badly_is_no_threat(text):
    assert triage(text).step == "groen"


@pytest.mark.parametrize("text", [
    "You will regret this. I know where your kids go to school.",
    "I kommer til at fortryde det her.",
    "i fortryder det her, det lover jeg",
])
def test_regret_aimed_at_staff_stays_a_threat_in_both_languages(text):
    assert triage(text).step == "uden-for-trappen"
