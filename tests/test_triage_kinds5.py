"""Triage kinds fixed in session 5 (TRIAGE), each from a blind batch's misses. The messages here are
written for these tests (not lines of any corpus, hold-out or ../shared/data)."""

from pathlib import Path

import yaml

from borgertekst.triage import model, safety_hits, triage

HOLDOUTS = Path(__file__).parent / "corpus" / "triage" / "holdouts"


def classes(text: str) -> set[str]:
    m = model()
    return {h.cls for h in m.hits(m.doc(text))}


# ---- advice and template fit what the message asks -------------------------------------------
def test_disagreement_gets_reconsideration_even_with_igen_and_a_doctor_who_has_written():
    r = triage("Jeg er uenig i afgørelsen om min kørestol. Min læge har skrevet, at jeg ikke kan gå mere "
               "end 50 meter. Jeg beder jer vurdere sagen igen.")
    assert "genvurdér" in r.advice and "klage" in r.advice
    assert r.template != "indkaldelse-moede"  # no repetition: no meeting about contact


def test_disagreement_in_other_words_is_recognised():
    for text in ("Min klient bestrider kommunens krav om tilbagebetaling af 14.000 kr.",
                 "Den regning for tandbehandling kan ikke passe. Jeg har selv betalt halvdelen.",
                 "Jeg vil gerne have beslutningen om min fars aflastning taget op igen."):
        assert "disagree_decision" in classes(text), text
        assert "genvurdér" in triage(text).advice, text


def test_a_rhetorical_question_in_a_complaint_does_not_decide_the_template():
    r = triage("Hvordan kan I give afslag, når lægen siger det modsatte? Jeg klager over afgørelsen.")
    assert r.template == "kvittering"
    assert "genvurdér" in r.advice
    assert "Start svaret med det direkte svar" not in r.advice


def test_counted_repetition_and_disagreement_add_both_pieces_of_advice():
    r = triage("Det er tredje gang, jeg skriver om afgørelsen om min boligstøtte. Jeg er stadig uenig i "
               "afgørelsen og har ikke fået svar.")
    assert r.template == "indkaldelse-moede"
    assert "kontaktperson" in r.advice and "genvurdér" in r.advice


def test_a_weak_igen_is_no_repetition_and_a_plain_question_gets_a_direct_answer():
    text = "Kan I sende brevet om min friplads igen? Jeg er kommet til at slette det."
    assert "repeated_count" not in classes(text)
    r = triage(text)
    assert r.template == "svar-paa-spoergsmaal"
    assert "kontaktperson" not in r.advice


def test_nobody_has_called_is_frustration_not_repetition():
    found = classes("Jeg ventede hele dagen, men ingen har ringet. Hvad sker der med min sag?")
    assert "frustration" in found
    assert "repeated_count" not in found and "repeated" not in found


def test_a_former_partner_is_no_earlier_mail():
    assert "repeated_count" not in classes("Min tidligere mand har flyttet børnene til en anden skole.")
    assert "repeated_count" in classes("Som skrevet i mine tidligere mails mangler jeg stadig svar.")


def test_not_understanding_without_a_question_mark_gets_a_direct_answer():
    r = triage("Borgeren ringede. Forstår ikke hvorfor hendes tilskud til medicin er faldet. Ønsker opkald.")
    assert "unclear" in classes("Forstår ikke hvorfor hendes tilskud til medicin er faldet.")
    assert r.template == "svar-paa-spoergsmaal"


def test_contradicting_answers_are_unclear_dialogue():
    assert "unclear" in classes("Jeres brev siger én ting, og sagsbehandleren siger noget andet.")


# ---- step boundaries as readable signals ------------------------------------------------------
def test_a_lawyer_writing_for_a_client_is_not_a_threat_to_bring_in_a_lawyer():
    text = "Advokat Karen Holm skriver på vegne af sin klient, Ole Berg, og beder om kopi af sagens akter."
    found = classes(text)
    assert "representative" in found and "press" not in found
    assert "press" in classes("Nu sender jeg hele sagen til min advokat.")


def test_a_first_request_for_the_records_is_ordinary_contact():
    r = triage("Goddag. Jeg vil gerne have aktindsigt i min sag om hjemmehjælp. Venlig hilsen Kirsten Lund")
    assert r.step == "groen"


def test_the_letters_own_consequence_is_no_ultimatum_from_the_writer():
    assert "demands" not in classes("I brevet står der, at jeg skal møde op, ellers bliver min hjælp stoppet.")
    assert "demands" in classes("Jeg vil have et svar på fredag, ellers går jeg til borgmesteren.")


def test_today_is_a_demand_only_when_the_writer_demands_something_today():
    assert "demands" not in classes("Min far er indlagt fra i dag, så hjemmeplejen skal ikke komme.")
    assert "demands" not in classes("Tak for hjælpen i dag.")
    assert "demands" in classes("Svar mig i dag.")
    assert "demands" in classes("Jeg forventer, at lederen ringer til mig i dag.")


def test_leaking_data_is_no_harassment_but_calling_staff_sexy_is():
    m = model()
    assert not safety_hits(m, "Jeg har klaget til Datatilsynet, fordi I har lækket mine oplysninger.")
    assert safety_hits(m, "Du er så lækker i den kjole, Louise.")


def test_putting_an_end_to_it_is_self_harm_but_ending_a_case_is_not():
    r = triage("Hvis I også tager min lejlighed, så gør jeg en ende på det.")
    assert r.step != "groen" and "Livslinien" in r.advice
    r = triage("Jeg vil gerne gøre en ende på den her sag, så jeg sender papirerne i morgen.")
    assert "Livslinien" not in r.advice


# ---- the training data ----------------------------------------------------------------------------
def test_hold_out_training_messages_are_calm_and_many():
    m = model()
    texts = [t for p in sorted(HOLDOUTS.glob("*.yaml")) for t in yaml.safe_load(p.read_text(encoding="utf-8"))]
    assert {p.stem for p in HOLDOUTS.glob("*.yaml")} == {"groen", "gul", "roed"}
    assert len(texts) >= 600
    fired = [t for t in texts if safety_hits(m, t)]
    assert not fired, fired[:3]


# ---- kinds from the third blind batch ------------------------------------------------------------
def test_rude_staff_and_unreasonable_with_words_between_are_complaints():
    assert "complaint" in classes("Sagsbehandleren var uforskammet og talte ned til mig ved skranken.")
    assert "complaint" in classes("Det synes jeg bestemt ikke er rimeligt over for en pensionist.")


def test_english_disagreement_gets_reconsideration():
    r = triage("We do not agree with the decision to close our daughter's support. Please reconsider.")
    assert "disagree_decision" in classes("We do not agree with the decision. Please reconsider.")
    assert "genvurdér" in r.advice


def test_asking_to_hear_whether_is_a_question_without_a_question_mark():
    r = triage("Vi vil gerne høre, om foreningen kan låne gymnastiksalen om lørdagen, og hvad det koster.")
    assert r.template == "svar-paa-spoergsmaal"


def test_an_english_sorry_after_do_is_no_threat_but_you_will_be_sorry_is():
    m = model()
    assert not safety_hits(m, "Could you do it before Friday? Sorry for the short notice.")
    assert safety_hits(m, "Stop my money and you will be sorry.")


# ---- the threat classifier alone against a step model sure of green ------------------------------------
def test_the_classifier_alone_does_not_lift_a_sure_green_message(monkeypatch):
    m = model()
    text = "Tak for en hyggelig julefrokost i dagcentret. Vi glæder os allerede til næste år."
    monkeypatch.setattr(m, "threat_probability", lambda own: 0.6)
    r = triage(text)
    assert r.step == "groen"
    assert r.template == "kvittering"


def test_the_classifier_still_lifts_when_the_step_model_is_unsure_or_a_weak_sign_is_there(monkeypatch):
    import borgertekst.triage as triage_module

    m = model()
    monkeypatch.setattr(m, "threat_probability", lambda own: 0.6)
    monkeypatch.setattr(triage_module, "GREEN_SURE", 1.01)  # the veto off: the old caution comes back
    assert triage("Tak for en hyggelig julefrokost i dagcentret. Vi glæder os allerede til næste år.").step != "groen"
    monkeypatch.setattr(triage_module, "GREEN_SURE", 0.8)
    # a weak sign (the staff member's family) beside the classifier: never green
    assert triage("Hils din kone og dine børn fra mig. Jeg glæder mig til at se dig.").step != "groen"


# ---- kinds from the fourth blind batch -------------------------------------------------------------
def test_objection_and_asking_to_reconsider_are_disagreement():
    for text in ("Vi gør indsigelse mod kommunens påbud om at fjerne skuret.",
                 "Jeg beder jer genoverveje beslutningen om min søns skolekørsel.",
                 "Jeg beder om en ny vurdering af min ansøgning om boligindretning."):
        assert "disagree_decision" in classes(text), text


def test_a_house_number_is_no_repetition():
    found = classes("Der ligger en væltet lygtepæl ud for nr. 12. Kan I fjerne den?")
    assert "repeated" not in found and "repeated_count" not in found


def test_asking_for_someone_else_is_playing_staff_off():
    assert "playing_staff_off" in classes("jeg gider ikke snakke med dig mere. giv mig en anden.")
    r = triage("Du har lovet at ringe flere gange. Jeg vil ikke tale med dig mere, giv mig en anden.")
    assert "kontaktperson" in r.advice and r.template == "indkaldelse-moede"


def test_worn_out_by_new_demands_is_frustration():
    assert "frustration" in classes("Hver gang jeg sender noget, kommer der et nyt krav. Hvad skal der til?")


# ---- kinds from the fifth blind batch --------------------------------------------------------------
def test_a_message_in_capitals_is_read_in_lower_case_but_shown_as_written():
    text = "JEG HAR SPURGT OM DET SAMME FIRE GANGE. SVAR MIG NU ELLER FIND EN DER KAN."
    m = model()
    doc = m.doc(text)
    assert doc.text.startswith("Jeg har spurgt") and len(doc.text) == len(text)
    values, _, _ = m.features(text)
    assert values.get("form:shouting")  # the form features read the capitals as written
    r = triage(text)
    assert any(s.kind == "repeated_count" for s in r.signals)
    assert all(s.text == text[s.start:s.end] for s in r.signals)


def test_a_journalist_or_councillor_asking_is_not_pressure():
    r = triage("Goddag, jeg er journalist på Skive Folkeblad og skriver en artikel om skolebusser. "
               "Kan jeg få en kommentar fra jer i morgen?")
    assert "press_inquiry" in classes("Jeg er journalist på Skive Folkeblad.")
    assert r.step == "groen" and r.template == "svar-paa-spoergsmaal"


def test_refusing_to_pay_a_fine_is_disagreement():
    assert "disagree_decision" in classes("Den bøde vil jeg ikke betale, for der var intet skilt.")
    assert "disagree_decision" not in classes("Jeg vil gerne betale regningen, men jeg kan ikke logge ind.")


def test_persistence_on_the_red_step_gets_one_contact_person_and_a_meeting():
    r = triage("Jeg bliver ved med at skrive til jer hver dag, indtil nogen tager min sag alvorligt. "
               "Jeg har også sendt den til avisen.")
    assert r.step == "roed"
    assert r.template == "indkaldelse-moede" and "kontaktperson" in r.advice


# ---- kinds from the sixth blind batch --------------------------------------------------------------
def test_complaints_about_permits_fees_and_asking_for_a_new_handling_are_disagreement():
    for text in ("Jeg klager over den byggetilladelse, I har givet min nabo.",
                 "Det må være en fejl. Jeg vil have gebyret fjernet.",
                 "Jeg vil have sagen om min fars hjemmehjælp behandlet igen."):
        assert "disagree_decision" in classes(text), text
        assert "genvurdér" in triage(text).advice, text


def test_farewell_words_and_the_means_laid_out_get_the_self_harm_advice():
    for text in ("Jeg har lagt alle mine piller frem på bordet.", "Sig til min søn, at jeg elsker ham."):
        r = triage(text)
        assert r.step != "groen" and "Livslinien" in r.advice, text
    assert "Livslinien" not in triage("Sig til min mor, at jeg kommer kl. 15.").advice
