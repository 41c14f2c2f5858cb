"""Safety-rule kinds from THREAT's blind threat2/batch1 (session 6): new threat kinds, false signs taken
back, self-harm combinations, and a reason shown when the classifier alone decides. Each example is a new
wording of the kind, not a line of the blind set."""

from __future__ import annotations

import pytest

from borgertekst import safety
from borgertekst.rulebook.loader import RuleFileError
from borgertekst.triage import OUTSIDE, triage

LIVSLINIEN = "Livslinien"


def _kinds(res) -> list[str]:
    return [s.kind for s in res.signals]


@pytest.mark.parametrize("text", [
    # a promise of harm ("lover, at nogen kommer til skade"), not a warning of a hazard
    "Får jeg ikke pengene i morgen, så kan jeg love dig, at der er nogen, der kommer til skade.",
    # to kill whoever ("skyde den første, han ser"), also written down in a staff note in quotation marks
    "Tlf.notat: Borgeren sagde, at han 'vil skyde den første, der kommer ind ad døren'.",
    # to seek out a member of staff in private
    "Jeg har tænkt mig at opsøge min sagsbehandler privat, når hun har fri.",
    # standing at a member of staff's home
    "Journalnotat: Borgeren har i weekenden ventet uden for sagsbehandlerens hus.",
    # calls to a private line, again and again
    "Jeg sender sms'er til din private mobil hele natten, indtil du svarer mig.",
    # "will not get away alive"
    "I slipper ikke levende fra det her, I der sidder på rådhuset.",
    # settling it outside the municipality's rooms
    "Resten ordner vi uden for jobcentret, når du har fri.",
])
def test_new_threat_kinds_are_outside(text):
    res = triage(text)
    assert res.step == OUTSIDE
    assert res.reasons[0].startswith("Sikkerhedsreglen"), res.reasons


@pytest.mark.parametrize("text", [
    "Jeg kan love dig, at ingen kommer til skade, når vi fælder træet.",
    "Hvis I ikke får saltet vejen, så lover jeg jer, at nogen kommer til skade, hvis det fryser.",
    "Kan sagsbehandleren besøge mig derhjemme i stedet for på kontoret?",
    "Jeg har ventet på, at I skulle finde en bolig til mig.",
    "Vi kan mødes uden for rådhuset kl. 10, så går vi ind sammen.",
    # a denied knowing: the writer does not know where the office is
    "Hvor ligger I egentlig? Jeg ved ikke engang, hvor I bor.",
    # harm aimed at the writer (hyperbole about wasps), not at staff
    "Kan I komme og fjerne hvepsene? De er ved at stikke os ihjel.",
])
def test_hard_non_threats_stay_on_the_staircase(text):
    res = triage(text)
    assert not any(r.startswith("Sikkerhedsreglen") for r in res.reasons), res.reasons


def test_denied_knowing_that_goes_on_to_finding_out_stays_a_sign():
    res = triage("Jeg ved ikke, hvor du bor, men jeg skal nok finde ud af det.")
    assert res.step == OUTSIDE


def test_harm_at_staff_beside_the_writer_stays_a_sign():
    assert triage("Jeg slår dig ihjel, hvis du tager mit barn fra mig.").step == OUTSIDE


def test_a_colleagues_number_is_no_sign():
    res = triage("Din kollega Per sagde, jeg skulle skrive til dig. Jeg har hans mobilnummer, må jeg ringe til det?")
    assert not any(k.startswith(("safety:", "watch:")) for k in _kinds(res))


def test_tool_for_a_job_is_no_word_of_violence():
    diy = triage("Jeg har selv en hammer og skruer, så jeg kan godt montere reolen, hvis I sender beslagene.")
    assert not any("vold, våben" in r or "fortæller om vold" in r for r in diy.reasons)
    armed = triage("Jeg har en hammer i bilen, når jeg kommer til mødet.")
    assert armed.step != "groen"


def test_idiom_skyde_i_gang_is_no_word_of_violence():
    res = triage("Vi skyder den nye ordning i gang til april. Hvornår får vi materialet?")
    assert not any("vold, våben" in r or "fortæller om vold" in r for r in res.reasons)


@pytest.mark.parametrize("text", [
    "Jeg har skåret i mig selv i nat. Jeg ved ikke, hvad jeg skal gøre.",
    "Det er lige meget med svaret. Jeg er her alligevel ikke længere til den tid.",
    "Så slipper I for mig, og så har I en sag mindre.",
    "Livet er ikke noget værd, når man ikke må se sine børn.",
    "Det her er min sidste besked. Sig til min søster, at jeg elsker hende.",
    "Jeg sad ved kanten af broen hele natten.",
    "Nogle dage tænker jeg på bare at køre ind i en bropille.",
])
def test_self_harm_gets_the_call_advice_never_the_police_route(text):
    res = triage(text)
    assert LIVSLINIEN in res.advice
    assert res.step not in ("groen", OUTSIDE)


@pytest.mark.parametrize("text", [
    "Jeg er her ikke næste uge, fordi jeg er på ferie. Kan vi tage mødet bagefter?",
    "Det her er min sidste mail om sagen, da jeg flytter til Aarhus. Tak for hjælpen, og farvel.",
    "Så slipper I for mig i telefonen, hvis I bare sender brevet.",
    "Kanten af fortovet ved havnen er løs. Kan I reparere den?",
    # a stalker's "you will never be rid of me" is a threat, not a farewell
    "Du slipper aldrig for mig. Jeg venter ved din bil hver dag.",
])
def test_everyday_wordings_are_no_self_harm(text):
    assert LIVSLINIEN not in triage(text).advice


def test_model_sign_span_picks_the_most_threatening_sentence():
    from borgertekst.nlp import load
    doc = load()("Hej. Jeg venter på dig. Mvh")
    span = safety.model_sign_span(doc, lambda t: 0.9 if "venter" in t else 0.1)
    assert doc.text[span[0]:span[1]] == "Jeg venter på dig."


def test_a_word_group_written_twice_is_refused(tmp_path):
    path = tmp_path / "sikkerhed.yaml"
    path.write_text("words:\n  person: [dig]\n  person: [jer]\ncombos: []\n", encoding="utf-8")
    with pytest.raises(RuleFileError):
        safety.load(path)


@pytest.mark.parametrize("text", [
    "Vores hund er løbet væk. Må vi hænge efterlysninger op på lygtepælene på vejen?",
    "Må foreningen hænge lyskæder på lygtepælene i julen?",
])
def test_things_hung_on_lamp_posts_are_no_lynching(text):
    assert not any(r.startswith("Sikkerhedsreglen") for r in triage(text).reasons)


def test_people_hung_on_lamp_posts_stay_a_threat():
    assert triage("Sådan nogle som jer burde hænges op i lygtepælene.").step == OUTSIDE


def test_a_signature_as_the_childs_family_is_no_staff_family():
    res = triage("Tak for en god start i 0.B. Pædagogerne har taget så fint imod ham. Mange hilsner hans forældre")
    assert not any(k.startswith("watch:") for k in _kinds(res))


def test_staff_family_in_the_third_person_stays_a_weak_sign():
    res = triage("Sagsbehandleren Mette skal vide, at hendes børn går på Søndervangskolen.")
    assert res.step != "groen"


def test_a_greeting_to_staffs_family_stays_a_weak_sign():
    res = triage("Hilsen til din kone. Vi har hilst på hinanden i Netto, hun ved det bare ikke.")
    assert res.step != "groen"
    assert any(k.startswith(("watch:", "safety:", "model:")) for k in _kinds(res)) or res.step == OUTSIDE


# ---- kinds from the second blind batch (threat2b/batch1) ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Du skulle se dig over skulderen, når du går til bussen i aften.",
    "Næste gang tager jeg min rottweiler med op på jobcentret. Den er ikke glad for kommunen.",
    "Hvis I tager min bil, gør jeg jer alle sammen fortræd.",
    "Jeg har en jernstang i bilen, og jeres kontor har store vinduer.",
])
def test_second_batch_threat_kinds_are_outside(text):
    assert triage(text).step == OUTSIDE


def test_things_sent_to_staffs_address_are_never_green():
    res = triage("Jeg har bestilt tre taxaer til din adresse i nat.")
    assert res.step != "groen"
    assert any(k.startswith(("watch:", "safety:", "model:")) for k in _kinds(res))


@pytest.mark.parametrize("text", [
    "Kan I fjerne en død måge fra legepladsen?",
    "Hvor I holder til, ved jeg godt, men hvor kan man parkere?",
    "Jeg skyder på, at vi er der kl. 9.",
    "Min datter slog sig på cyklen og kan ikke gå til idræt. Skal hun have en seddel?",
    "Hvornår må man skyde raketter af til nytår?",
    "Bekræft venligst din adresse, så vi kan sende pakken.",
])
def test_second_batch_hard_non_threats(text):
    res = triage(text)
    assert not any(r.startswith("Sikkerhedsreglen") for r in res.reasons), res.reasons
    assert not any(k.startswith("watch:") for k in _kinds(res))
    assert not any("vold, våben" in r or "fortæller om vold" in r for r in res.reasons)


def test_a_dead_man_stays_a_threat():
    assert triage("Du er en død mand, Per.").step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg har købt et reb. Det er den eneste udvej, jeg kan se.",
    "Snart får I ro for mig.",
    "Jeg tænker på at ende det hele i weekenden.",
    "Ingen vil savne mig alligevel.",
    "Jeg har slugt det meste af pakken med piller.",
    "Der er ingen grund til at fortsætte mere.",
    "Jeg har sagt farvel til katten og givet den til min nabo.",
])
def test_second_batch_self_harm_gets_the_call_advice(text):
    res = triage(text)
    assert LIVSLINIEN in res.advice
    assert res.step != OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg prøver at gøre alt rigtigt, men det er aldrig godt nok.",
    "Vi hørte ikke fra socialrådgiveren efter mødet.",
    "Der er ingen anden vej til skolen end over broen. Kan I lave en cykelsti?",
])
def test_second_batch_everyday_wordings_are_no_self_harm_or_threat(text):
    res = triage(text)
    assert LIVSLINIEN not in res.advice
    assert not any(r.startswith("Sikkerhedsreglen") for r in res.reasons)


# ---- the trained self-harm model (scripts/train_threat.py --self-harm) ----------------------------------------
def test_the_self_harm_model_is_shipped_and_loads():
    rules = safety.load()
    assert rules.sh_threshold > 0
    assert rules.self_harm_model() is not None


@pytest.mark.parametrize("text", [
    "Jeg orker ikke mere. Når I læser det her, er jeg her måske ikke.",
    "jeg har skrevet til min mor at jeg er ked af det hele. i skal ikke vente på mig mere",
])
def test_self_harm_in_wordings_no_combination_knows(text):
    res = triage(text)
    assert LIVSLINIEN in res.advice
    assert res.step != OUTSIDE


def test_threat_like_words_are_not_read_as_self_harm():
    res = triage("Hvis I tager min søn, så sørger jeg for, at ingen af jer kan sove trygt igen.")
    assert LIVSLINIEN not in res.advice
    assert res.step != "groen"


def test_the_self_harm_model_off_in_a_pack_without_it(tmp_path):
    path = tmp_path / "sikkerhed.yaml"
    path.write_text("words:\n  x: [y]\ncombos: []\nself_harm_model: {threshold: 0}\n", encoding="utf-8")
    rules = safety.load(path)
    from borgertekst.nlp import load
    assert rules.hits(load()("Jeg orker ikke mere. Når I læser det her, er jeg her måske ikke.")) == []


# ---- kinds from the third blind batch (threat2b/batch2) -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hvis I tager min bil igen, så klarer jeg det på min egen måde.",
    "Jeg har aldrig været voldelig, men jeg kan sagtens blive det, hvis I bliver ved med de breve.",
    "Sagsbehandleren skal ikke regne med at sove roligt, så længe min sag ligger der.",
    "Journalnotat: Borgeren sagde, at hvis Per ringer igen, så ved han godt, hvad der sker.",
    "Til mødet tager jeg noget med, som nok skal få jer til at høre efter.",
])
def test_third_batch_threat_kinds_are_outside(text):
    assert triage(text).step == OUTSIDE


def test_questions_about_the_brakes_of_staff_cars_are_never_green():
    res = triage("Er dækkene på jeres biler mon i orden?")
    assert res.step != "groen"


@pytest.mark.parametrize("text", [
    "Til mødet tager jeg noget med: min advokat, så I kan høre hans syn på sagen.",
    "Hvis I sender brevet i dag, så ved jeg, hvad der sker med min sag?",
    "Jeg kan ikke sove roligt, fordi naboens hund gør hele natten.",
    "Jeg slår et slag for en ny cykelsti ved skolen.",
    "Har I tjekket bremserne på de nye busser?",
])
def test_third_batch_hard_non_threats(text):
    res = triage(text)
    assert not any(r.startswith("Sikkerhedsreglen") for r in res.reasons), res.reasons


@pytest.mark.parametrize("text", [
    "Jeg ønsker bare ikke at vågne op i morgen.",
    "Jeg har stået på togskinnerne to gange i denne uge.",
    "Nogle gange vil jeg bare forsvinde og aldrig komme hjem igen.",
])
def test_third_batch_self_harm(text):
    res = triage(text)
    assert LIVSLINIEN in res.advice


def test_a_stalkers_no_peace_is_no_self_harm():
    res = triage("Du får aldrig fred for mig, Hanne.")
    assert LIVSLINIEN not in res.advice


def test_a_question_opened_with_ved_is_no_watching():
    res = triage("Der kommer vist en ny busrute. Ved I, hvornår den starter? Min søster bor på plejehjemmet, "
                 "og jeg vil gerne besøge hende uden bil.")
    assert res.step != OUTSIDE


def test_running_staff_over_is_a_threat_and_a_lift_is_not():
    assert triage("Hvis I tager mit kørekort, kører jeg jer over med traktoren.").step == OUTSIDE
    lift = triage("Jeg kan godt køre dig ned til stationen efter mødet.")
    assert not any(r.startswith("Sikkerhedsreglen") for r in lift.reasons)
