"""Kinds of threats the safety rule learned this session (rules/sikkerhed.yaml, borgertekst/safety.py),
each with a hard negative beside it. The examples are written for these tests (new wordings of each
kind), not lines of any hold-out set."""

from __future__ import annotations

import pytest

from borgertekst import triage

OUTSIDE = "uden-for-trappen"


def _rules_only(monkeypatch):
    """The rules alone: the threat classifier can neither add nor decide."""
    monkeypatch.setattr(triage, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage, "THREAT_WATCH", 1.1)
    monkeypatch.setattr(triage, "WATCH_OUTSIDE", 1.1)


def _kinds(text: str) -> list[str]:
    m = triage.model()
    return [h.cls for h in m.hits(m.doc(text))]


# ---- a staff member's note of a call: the citizen's threat counts, also in quotation marks -------
@pytest.mark.parametrize("text", [
    "Telefonnotat 4/11: Borger oplyste, at han ville 'gøre kål på' sin sagsbehandler, hvis hjælpen stopper.",
    "Notat efter mødet. Borgeren råbte, at han ville gøre det af med medarbejderen.",
    "Borgeren ringede kl. 9.15 og sagde, at hun ville komme og gøre det af med lederen.",
])
def test_a_staff_note_keeps_the_citizens_threat(text, monkeypatch):
    _rules_only(monkeypatch)
    assert triage.model().composed.staff_note(triage.model().doc(text))
    result = triage.triage(text)
    assert result.step == OUTSIDE
    assert result.template != "kvittering"


@pytest.mark.parametrize("text", [
    "Min nabo sagde i trappeopgangen, at han ville gøre det af med mig. Hvad kan kommunen gøre?",
    "Min bror har fået en sms: 'jeg gør kål på dig'. Kan han få en anden bolig?",
])
def test_a_citizen_telling_of_a_threat_against_them_is_not_a_staff_note(text, monkeypatch):
    _rules_only(monkeypatch)
    m = triage.model()
    assert not m.composed.staff_note(m.doc(text))
    result = triage.triage(text)
    assert result.step != OUTSIDE
    # (session 7) the step is TRIAGE's (a victim asking for help may be green); what stays is that the handler
    # is told why: a signal or a reason that names the told violence
    assert any(s.label for s in result.signals) or any("vold eller trusler" in r for r in result.reasons)


# ---- words for killing someone ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Lukker du min sag, så gør jeg det af med dig.",
    "jeg gør kål på jer allesammen hvis pengene ikke kommer",
])
def test_saying_one_will_do_away_with_staff_is_a_safety_sign(text):
    assert any(k.startswith("safety:") for k in _kinds(text))
    assert triage.triage(text).step == OUTSIDE


def test_doing_away_with_a_thing_is_no_sign():
    text = "Kan I ikke gøre det af med den gamle blanket og lave en digital i stedet?"
    assert not any(k.startswith(("safety:", "watch:")) for k in _kinds(text))


# ---- waiting where only staff go ----------------------------------------------------------------
def test_waiting_at_a_staff_only_door_is_a_safety_sign():
    text = "I morgen står jeg og venter ved personaleudgangen, når I lukker."
    assert any(k.startswith("safety:stalking") for k in _kinds(text))
    assert triage.triage(text).step == OUTSIDE


def test_having_seen_staff_at_their_own_door_is_a_weak_sign(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Jeg har set dig ved medarbejderindgangen flere gange.")
    assert any(s.kind.startswith("watch:staff_place") for s in result.signals)
    assert result.step != "groen"


# ---- the writer's limit, the polite phase over, no more words --------------------------------------
def test_a_limit_near_with_a_warning_is_outside(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Min grænse er ved at være nået. Tænk over hvad det kommer til at betyde for dig.")
    assert result.step == OUTSIDE
    assert {"watch:limit", "frame:phrase"} <= {":".join(s.kind.split(":")[:2]) for s in result.signals}


def test_a_limit_reached_that_ends_in_a_complaint_is_no_sign():
    text = "Min grænse er nået, så nu klager jeg til Ankestyrelsen over afgørelsen."
    assert not any(k.startswith("watch:limit") for k in _kinds(text))


def test_the_polite_phase_over_and_no_more_words_is_outside(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Jeg har været høflig i et helt år. Nu er det forbi, og næste gang bliver det ikke med ord.")
    assert result.step == OUTSIDE
    assert result.template != "kvittering"


def test_a_paper_copy_is_no_sign():
    text = "Jeg har ikke fået brevet på papir, kan I sende det igen? Jeg er ikke så god til mails."
    assert not any(k.startswith(("watch:", "safety:")) for k in _kinds(text))


@pytest.mark.parametrize("text", [
    "I skal ikke regne med at jeg stopper med at skrive, før jeg har fået en forklaring.",
    "Jeg har været tålmodig, men nu er det slut: jeg går til pressen og min advokat.",
])
def test_insisting_on_an_answer_is_not_outside(text, monkeypatch):
    _rules_only(monkeypatch)
    assert triage.triage(text).step != OUTSIDE


# ---- knowing a staff member's time off; "god tid"; no peace ---------------------------------------
def test_noticing_when_staff_are_off_work_is_a_weak_sign(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Jeg har bemærket, at du har fri kl. 14 om onsdagen.")
    assert any(s.kind.startswith("watch:schedule") for s in result.signals)
    assert result.step != "groen"


def test_time_off_and_plenty_of_time_together_are_outside(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Du har fri kl. 16 på fredag, har jeg noteret mig. Jeg har god tid.")
    assert result.step == OUTSIDE


def test_plenty_of_time_for_a_meeting_is_no_sign():
    assert not any(k.startswith("watch:") for k in _kinds("Jeg har god tid til et møde i næste uge."))


def test_no_peace_far_from_the_negation_is_a_weak_sign(monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage("Så skal du ikke regne med, at du kan gå i fred i byen.")
    assert any(s.kind.startswith("watch:no_peace") for s in result.signals)
    assert result.step != "groen"


# ---- reassurance: the classifier alone does not put a reassuring message outside --------------------
def test_reassuring_staff_keeps_the_classifier_alone_from_deciding(monkeypatch):
    monkeypatch.setattr(triage, "THREAT_OUTSIDE", 0.0)  # as if the classifier were sure
    text = "Jeg ved godt, at det ikke er din skyld. Men jeg forstår ikke afgørelsen."
    assert triage.model().composed.reassures(triage.model().doc(text))
    result = triage.triage(text)
    assert result.step not in ("uden-for-trappen", "groen")


def test_reassurance_does_not_excuse_a_sign_of_the_rule():
    text = "Det er ikke din skyld, men jeg ved, hvor du bor, og jeg kommer forbi."
    assert triage.triage(text).step == OUTSIDE


def test_a_message_without_reassurance_is_decided_by_a_sure_classifier(monkeypatch):
    monkeypatch.setattr(triage, "THREAT_OUTSIDE", 0.0)
    assert triage.triage("Jeg forstår ikke afgørelsen.").step == OUTSIDE


# ---- kinds from the second and third blind batches (new wordings) -----------------------------------
@pytest.mark.parametrize("text", [
    "Jeg står og venter på dig, når du kommer hjem og låser hoveddøren op.",      # ambush at the door
    "Han der rådgiveren fortjener en på skallen.",                               # "en på tuden/skallen"
    "Du får brug for en ambulance, hvis du lukker min sag.",                     # ambulance
    "Hvis du ikke hjælper mig, gør jeg dit liv til et helvede.",                  # life into hell
    "Tlf. 3/5: Borgeren truede med at opsøge sagsbehandleren privat.",           # a note that the citizen threatened
])
def test_new_safety_signs_are_outside(text):
    assert any(k.startswith("safety:") for k in _kinds(text)), text
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text,kind", [
    ("Jeg tager lidt ekstra med i kaffen til jer på kontoret, en særlig blanding.", "watch:food"),
    ("Et godt råd: du skal ikke gå alene hjem i mørket i den her tid.", "watch:alone"),
    ("Jeg kommer forbi jeres julefrokost på fredag.", "watch:staff_event"),
    ("Det her er sidste gang, jeg spørger pænt.", "watch:phrase"),
    ("Resten klarer jeg selv, på min egen facon.", "watch:phrase"),
])
def test_new_weak_signs_are_never_green(text, kind, monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage(text)
    assert any(s.kind.startswith(kind) for s in result.signals), (text, [s.kind for s in result.signals])
    assert result.step != "groen"


@pytest.mark.parametrize("text", [
    "Sidste advarsel: lygtepælen ved skolen hænger løst. Før nogen kommer til skade, hvis I ikke reagerer!",
    "Min mor er død, og nu skal hans våben – altså min stedfars – afleveres. Hvem tager imod dem?",
    "Jeg ved godt, at det ikke er dig, der har lavet reglerne.",
    "I kommer til at fortryde, at I ikke byggede flere plejeboliger.",
    "I får ikke fred for mig, før min sag er genoptaget.",
    "I har ødelagt min familie. Jeg håber, I kan sove om natten.",
    "Min far kan ikke gå alene hen til bussen mere, kan han få kørsel?",
    "God fornøjelse med jeres julefrokost, og tak for i år!",
])
def test_hard_negatives_of_the_new_kinds_are_not_outside(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, (text, result.reasons)


def test_a_skull_emoji_at_a_person_is_never_green():
    assert triage.triage("💀 til ham i visitationen").step != "groen"


# ---- kinds from the fourth blind batch (new wordings) -----------------------------------------------
@pytest.mark.parametrize("text,kind", [
    ("Du kan godt begynde at skrive dit testamente, sagsbehandler.", "watch:testament"),
    ("I gør mig til en farlig mand med jeres afslag.", "watch:danger"),
    ("Jeg kan se på Facebook, at du er flyttet til Viby.", "watch:private_life"),
    ("Det her afslag kommer til at koste dig mere end din stilling.", "watch:phrase"),
    ("Jeg rammer jer der, hvor det gør mest ondt.", "watch:phrase"),
])
def test_fourth_batch_weak_signs_are_never_green(text, kind, monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage(text)
    assert any(s.kind.startswith(kind) for s in result.signals), (text, [s.kind for s in result.signals])
    assert result.step != "groen"


def test_taking_staff_down_with_oneself_is_outside():
    text = "Jeg har intet tilbage, og I skal med mig ned, hver eneste af jer."
    assert any(k.startswith("safety:") for k in _kinds(text))
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Det bliver ikke sjovt for jer, når Datatilsynet ser på den sag.",
    "Jeg stiller op til valget og lukker den afdeling. Det er et løfte.",
    "Sagen er en tikkende bombe under hele forvaltningen, når pressen hører om den.",
    "Tak for alt. Jeg håber, du får en god jul med din familie.",
    "Jeg skal selv skrive mit testamente. Kan du hjælpe mig med en advokat?",
])
def test_fourth_batch_hard_negatives_are_not_outside(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, (text, result.reasons)


# ---- kinds from the fifth blind batch (new wordings) ------------------------------------------------
def test_friends_who_are_not_patient_are_a_weak_sign(monkeypatch):
    _rules_only(monkeypatch)
    text = "Svar mig i dag, ellers tager jeg mine fætre med, og de er ikke særlig rolige."
    result = triage.triage(text)
    assert any(s.kind.startswith("watch:impatient_friends") for s in result.signals)
    assert result.step != "groen"


def test_done_being_nice_and_acting_now_are_two_weak_signs_and_outside(monkeypatch):
    _rules_only(monkeypatch)
    assert triage.triage("Nu er jeg færdig med at være flink. Nu handler jeg.").step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Din leder skal se sig godt for, når hun går over parkeringspladsen.",
    "Jeg har skrevet alle jeres navne ned. Jeg har en lang hukommelse.",
    "Nu har jeg ventet længe nok. Så handler jeg.",
    "I krig er alt tilladt, og det her er krig.",
])
def test_fifth_batch_weak_signs_are_never_green(text, monkeypatch):
    _rules_only(monkeypatch)
    result = triage.triage(text)
    assert any(s.kind.startswith("watch:") for s in result.signals), (text, [s.kind for s in result.signals])
    assert result.step != "groen"


@pytest.mark.parametrize("text", [
    "Jeg vil ikke tale med dig mere. Giv mig en anden sagsbehandler.",
    "Jeg har ikke så god hukommelse, så kan I sende mig datoen igen?",
])
def test_fifth_batch_hard_negatives_are_not_outside(text):
    result = triage.triage(text)
    assert result.step != OUTSIDE, (text, result.reasons)
