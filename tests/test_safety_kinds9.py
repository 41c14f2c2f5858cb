"""Safety signs and look-alikes from session 9 (THREAT, blind set threat5): an object left with a warning to keep
away, calls to a named member of staff many times and on a private line, "ikke noget at miste" beside "husk det",
new self-harm forms (counted pills with a farewell, "sidste gang I hører fra mig", English "I'm done"); and hard
non-threats that must stay on the staircase without the caution advice (a lawful weapon, licence or slaughter the
message asks about, fiction, a joke with laughter, "dræbende god", a serving soldier, the writer's own child beside
the staff member's). The sentences are new wordings of the kinds, not lines of the blind set."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels, self_harm, signal_kinds

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text, label_part", [
    ("Jeg har stillet en kasse til jer ved indgangen. Jeg ville ikke gå for tæt på den, hvis jeg var jer.",
     "tæt på den"),
    ("Der står en taske under jeres skranke. I skal ikke komme i nærheden af den.", "tæt på den"),
    ("Jeg har ringet til Susanne 42 gange siden i morges, og nu prøver jeg hendes privatnummer.", "igen og igen"),
])
def test_session9_threat_has_a_named_sign(text, label_part):
    labels = safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


def test_nothing_to_lose_with_a_reminder_goes_outside():
    text = "Du har smadret min familie, Lars. Jeg har ikke noget at miste nu. Husk det."
    assert triage.triage(text).step == OUTSIDE


def test_nothing_to_lose_before_a_complaint_stays_lawful():
    text = "Jeg har ikke noget at miste ved at klage, så det gør jeg. Hvor sender jeg klagen hen?"
    assert triage.triage(text).step != OUTSIDE


def test_a_colleague_asked_to_call_a_private_number_is_no_harassment():
    # digits of a phone number are no count of calls ("ringe til mig privat på 20 30 40 50")
    text = "Kan din kollega Jonas ringe til mig privat på 22 33 44 55? Jeg er på arbejde om formiddagen."
    assert not safety_labels(text)
    assert triage.triage(text).step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Nu er pillerne talt op. Farvel, og tak for alt.",
    "Det bliver sidste gang, I hører fra mig. Pas på jer selv.",
    "I'm done. I won't be coming to the meeting, sorry for everything.",
])
def test_session9_self_harm_form(text):
    assert self_harm(text), text
    result = triage.triage(text)
    assert result.step not in ("groen", OUTSIDE)
    assert "Livslinien" in result.advice


@pytest.mark.parametrize("text", [
    "Jeg har talt pillerne i doseringsæsken, og der mangler to. Kan hjemmeplejen kigge på det?",
    "Det er sidste gang, I hører fra mig om den her sag, for nu har jeg fået en advokat.",
    "I'm done with the form. When will you answer?",
])
def test_session9_self_harm_look_alike(text):
    assert not self_harm(text), text


@pytest.mark.parametrize("text", [
    # a lawful weapon, licence or slaughter the message asks about
    "Må mit barnebarn tage sin dolk med på spejderturen? De skal snitte skeer.",
    "Min datter vil gerne tage jagttegn. Har I et kursus for unge?",
    "Kan jeg slagte mine egne grise hjemme, eller skal de på slagteri?",
    "Min søn er kokkeelev. Skal han selv have knive med til skolekøkkenet?",
    "Hvornår bliver siloen revet ned? Vi vil gerne se, når de sprænger den.",
    # fiction
    "Vores teatergruppe spiller et stykke, hvor en borgmester bliver myrdet. Kan vi låne scenen i kulturhuset?",
    # a joke with laughter about oneself
    "Uden frokost bliver jeg farlig 😂 Men jeg kommer kl. 12.",
    # an intensifier
    "Tak for kagen til personalefesten, den var dræbende god!",
    # a serving soldier with a practical matter
    "Jeg er soldat og skal udsendes til efteråret. Kan jeg få min samtale flyttet?",
    # a metaphor: a player called a killer
    "Hun er en dræber foran mål, vores nye angriber! Tak for de nye bolde.",
    # the writer's own child beside the staff member's
    "Din datter var så sød ved min søn i svømmehallen. Tak for i søndags!",
])
def test_session9_look_alike_stays_on_the_staircase_without_caution(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, (text, result.reasons)
    assert not any(k.startswith(("safety:", "watch:")) for k in signal_kinds(result)), (text, signal_kinds(result))
    assert "sikkerheden" not in " ".join(result.reasons).lower(), (text, result.reasons)


@pytest.mark.parametrize("text", [
    # the same words with the reader addressed or reminded stay signs
    "Jeg tager min kniv med på lejren, når du kommer.",
    "Husk, at jeg har jagttegn og et kursus i at skyde.",
    "Jeg har skrevet en krimi, hvor du bliver myrdet.",
    "Jeg er ikke voldelig, men jeg kan godt blive det, hvis I bliver ved 😉",
    "Din søn går i klasse med min datter. Det ville være synd, hvis der skete ham noget.",
])
def test_session9_look_alike_with_the_reader_stays_a_sign(text):
    result = triage.triage(text)
    assert result.step != "groen", (text, result.step)


def _watch_kinds(text: str) -> set[str]:
    m = triage.model()
    return {h.cls.split(":")[1] for h in m.hits(m.doc(text)) if h.cls.startswith("watch:")}


@pytest.mark.parametrize("text, kind", [
    # veiled wordings with a harmless reading get a NAMED weak sign (outside only beside threat-like words)
    ("Sig til din chef, at hun skal have ekstra vagter på. Hun får brug for dem på mandag.", "guards_needed"),
    ("Min fætter er lige kommet ud igen. Han glæder sig til at hilse på dig, Mads.", "associates_out"),
])
def test_session9_veiled_wording_has_a_named_weak_sign(text, kind):
    assert kind in _watch_kinds(text), (text, _watch_kinds(text))


@pytest.mark.parametrize("text", [
    "Vi får brug for to vagter til byfesten. Kan I skaffe dem til lørdag?",
    "Min søster er lige kommet ud fra hospitalet og vil gerne hilse på dig og sige tak for hjælpen.",
])
def test_session9_veiled_look_alike_has_no_weak_sign(text):
    assert not ({"guards_needed", "associates_out"} & _watch_kinds(text)), (text, _watch_kinds(text))
    assert triage.triage(text).step != OUTSIDE


# ---- second round (threat5b kinds, new wordings) ----

def test_a_staff_childs_timetable_with_a_day_is_a_threat():
    text = "Jeg har fået fat i din søns skema. Han har svømning torsdag kl. 16."
    assert any("skemaet" in label for label in safety_labels(text)), safety_labels(text)
    assert triage.triage(text).step == OUTSIDE


def test_a_childs_timetable_of_the_writer_is_no_sign():
    text = "Min søns skema er ændret, så han har fri kl. 14 på torsdag. Kan kørslen flyttes?"
    assert not safety_labels(text)


@pytest.mark.parametrize("text", [
    "I'm so sorry for everything. I can't go on like this.",
])
def test_session9_english_cannot_go_on_isself_harm(text):
    assert self_harm(text), text


def test_english_cannot_keep_going_to_meetings_is_noself_harm():
    assert not self_harm("I can't keep going to these meetings every week, sorry. Can we talk by phone?")


@pytest.mark.parametrize("text", [
    "Hvor kan min søn lære at fiske og rense fiskene med en kniv?",
    "Jeg er ved at dø af kedsomhed i jeres telefonkø 😅 men jeg venter.",
    "Hils din mand fra hele holdet, han var en fantastisk træner i år.",
])
def test_session9b_look_alike_is_not_outside(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, (text, result.reasons)
    assert not any(k.startswith("safety:") for k in signal_kinds(result)), (text, signal_kinds(result))


def test_dropping_by_is_no_ultimatum():
    # (TRIAGE's triage9) "når jeg kommer forbi" is a visit, not "det er forbi"
    text = "Jeg har glemt bilaget, undskyld. Kan jeg skrive under, når jeg kigger forbi i morgen?"
    assert "ultimatum" not in _watch_kinds(text) and "visit_talk" not in _watch_kinds(text), _watch_kinds(text)


def test_a_visit_to_talk_keeps_a_weak_sign():
    text = "Jeg kommer forbi kontoret med et par venner, og så skal vi snakke om min sag."
    assert "visit_talk" in _watch_kinds(text), _watch_kinds(text)
    assert "ultimatum" in _watch_kinds("Jeg har været pæn og skrevet høfligt i et år. Nu er det forbi.")


# ---- third round (threat5c kinds, new wordings) ----

@pytest.mark.parametrize("text, label_part", [
    ("Notat: Borgeren råbte, at han nok skulle tage rådgiveren med sig i graven.", "graven"),
    ("Så må I tage konsekvenserne, og de bliver ikke lovlige.", "ikke er juridiske"),
    ("I har taget alt fra mig. Nu vil jeg ødelægge noget for jobcentret.", "ødelægge noget"),
])
def test_session9c_threat_has_a_named_sign(text, label_part):
    labels = safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Det får juridiske konsekvenser, for jeg går til min advokat.",
    "I ødelægger noget for kommunen selv, når I skærer i hjemmeplejen.",
    "Hun tager hemmeligheden med sig i graven, sagde min mor altid.",
])
def test_session9c_look_alike_has_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))


def test_a_kept_staff_key_is_a_weak_sign_and_a_new_temps_code_question_is_not():
    assert "staff_access" in _watch_kinds("Jeg har beholdt et nøglekort til bagindgangen. Det virker stadig.")
    assert "staff_access" not in _watch_kinds("Kan I sende mig koden til personaleindgangen? Jeg er vikar fra mandag.")


@pytest.mark.parametrize("text", [
    "Jeg har foræret min kat til naboen. Tak for alle årene, I har hjulpet mig.",
    "Min mor siger, hun skyder sig selv, hvis hun skal flytte på plejehjem.",
    "Jeg står på perronen og venter på det sidste tog. Det er bedre for alle.",
])
def test_session9c_self_harm_form(text):
    assert self_harm(text), text


@pytest.mark.parametrize("text", [
    "Så skyder jeg mig selv i foden, hvis jeg ikke sender skemaet i dag 😅",
    "Jeg når det sidste tog hjem, så mødet må gerne slutte kl. 21. Det er bedre for mig.",
])
def test_session9c_self_harm_look_alike(text):
    assert not self_harm(text), text


def test_a_role_is_no_claim_on_the_member_of_staff():
    assert not safety_labels("Hej Lis, du var min datters lærer i 2. klasse! Sjovt at se dig her på jobcentret.")
    assert safety_labels("Du er min, Lis, og det ved du godt.")


def test_a_kitchen_knife_for_the_kindergarten_is_lawful_but_not_beside_a_threat():
    # the lawful context does not excuse a weapon when the next statement addresses the reader
    assert triage.triage("Jeg har en ny kniv til køkkenet. Den skal bruges, når du kommer på fredag.").step == OUTSIDE
    tattoo = triage.triage("Min søn fik en tatovering af en pistol. Må han arbejde i børnehaven med den?")
    assert tattoo.step != OUTSIDE
    assert "sikkerheden" not in " ".join(tattoo.reasons).lower(), tattoo.reasons


# ---- fourth round (threat5d kinds, new wordings) ----

def _watch_phrase_labels(text: str) -> list[str]:
    m = triage.model()
    return [m.labels[h.cls] for h in m.hits(m.doc(text)) if h.cls.startswith(("watch:phrase:", "frame:phrase:"))]


@pytest.mark.parametrize("text, label_part", [
    ("Tager I mit barn, så er der ingen, der kan stoppe mig.", "intet holder ham tilbage"),
    ("Det her kommer til at koste jer, og ikke kun økonomisk.", "ikke kun i pengepungen"),
])
def test_session9d_warning_is_a_named_weak_sign(text, label_part):
    assert any(label_part in label for label in _watch_phrase_labels(text)), (text, _watch_phrase_labels(text))


def test_nothing_to_lose_by_applying_is_no_warning():
    assert not _watch_phrase_labels("Jeg har intet at miste ved at prøve igen. Hvor sender jeg ansøgningen?")


def test_a_polite_time_proposal_is_not_put_outside_by_the_classifier_alone():
    m = triage.model()
    assert m.composed.reassures(m.doc("Vi rykker lige mødet til kl. 10, hvis det passer jer."))


@pytest.mark.parametrize("text", [
    "Jeg har lagt alle pillerne frem på køkkenbordet. Jeg har besluttet mig.",
    "Min bror siger, at han ikke gider leve længere. Hvad gør vi?",
])
def test_session9d_self_harm_form(text):
    assert self_harm(text), text


@pytest.mark.parametrize("text", [
    "Jeg har lagt medicinen frem til hjemmeplejen, så de kan dosere den i morgen.",
    "Min mor vil ikke leve mere af kartofler og kål, siger hun. Kan madordningen ændres?",
])
def test_session9d_self_harm_look_alike(text):
    assert not self_harm(text), text


# ---- fifth round (threat5e kinds, new wordings) ----

@pytest.mark.parametrize("text, label_part", [
    ("Jeg ved godt, hvor jeg kan finde dig, Torben.", "kan finde medarbejderen"),
    ("Jeg har skrevet til dig 25 gange på Instagram nu, Sara.", "private kanaler"),
    ("Vi ses, Jette. Når du mindst venter det.", "mindst venter det"),
    ("Jeg har en machete i skuret. Hils din chef.", "hilsen"),
    ("Denne gang bliver det ikke med advokater, men med mine egne metoder.", "egne metoder"),
    ("Jeg ved, hvordan man får folk til at holde kæft. Det har jeg mange års erfaring i.", "holde kæft"),
])
def test_session9e_threat_has_a_named_sign(text, label_part):
    labels = safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg ved godt, hvor jeg kan finde dig: på 2. sal ved siden af elevatoren. Kommer forbi med papirerne.",
    "Overraskelsen kommer, når man mindst venter det. Tak for den flotte reception!",
    "Tak for hjælpen med jagttegnet. Hils din chef!",
    "Jeg har ringet til jer 30 gange i dag, og ingen tager telefonen.",
])
def test_session9e_look_alike_has_no_sign(text):
    assert not safety_labels(text), (text, safety_labels(text))


def test_a_weapon_to_be_used_is_read_through_its_lawful_use():
    # the sign "et våben, der skal bruges" has no weapon in its own words; a pocket knife for a scout camp asked
    # about is no weapon, a knife the writer is "not afraid to use" stays one
    assert not safety_labels("Min søn har fået en ny lommekniv til spejderlejren. Må han bruge den til at snitte?")
    assert safety_labels("Jeg har en kniv derhjemme. Jeg er ikke bange for at bruge den.")


@pytest.mark.parametrize("text", [
    "Tusind tak, Sanne! Din lille pige var så sød til sommerfesten i vuggestuen, hun dansede hele aftenen.",
    "Hils din mand fra os i Bøgealle, han har været en fantastisk træner for pigerne. Tak!",
])
def test_friendly_family_greeting_with_a_shared_event_is_no_threat(text):
    assert not any(k.startswith("safety:") for k in signal_kinds(triage.triage(text))), text
    assert triage.triage(text).step != OUTSIDE


def test_family_knowledge_without_kindness_stays_a_threat():
    assert triage.triage("Din lille pige går vel stadig i Solstrålen. Hun er så sød.").step == OUTSIDE


# ---- sixth batch (threat5f kinds, new wordings) ----

def test_lighting_a_fire_in_the_municipalitys_things_is_a_threat_but_not_at_a_fire_place():
    assert any("tænde ild" in label for label in safety_labels(
        "Får jeg ikke pengene, tænder jeg op i jeres skraldespande foran rådhuset."))
    assert not safety_labels("Må jeg tænde op i jeres bålplads ved skolen til sankthans?")


def test_guess_the_rest_is_a_named_weak_sign():
    assert any("gætte resten" in label for label in _watch_phrase_labels("Jeg har benzin og jeres adresse. Gæt selv resten."))


def test_a_relative_who_has_cut_herself_and_will_not_live_isself_harm():
    assert self_harm("Min søster har skåret sig i armene og siger, hun ikke vil leve.")
    assert not self_harm("Min mor vil ikke leve på plejehjem, hun vil blive hjemme. Kan hun få mere hjemmehjælp?")
