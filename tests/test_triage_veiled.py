"""Kinds from the fourth round of blind hold-outs (veiled menace: a means of harm beside a warning
phrase, coming with a crew, contact at night; and the hard cases beside them: lawful pressure with
"nothing to lose", a threat made against the writer and quoted, self-harm the model finds
threat-like, "hvordan" in a statement). The messages are written for this test, not taken from
any hold-out or shared set."""

from __future__ import annotations

import pytest

import borgertekst.triage as triage_module
from borgertekst.triage import OUTSIDE, model, safety_hits, triage


@pytest.mark.parametrize("text", [
    "Jeg har en dunk benzin i garagen. Tænk jer godt om, inden I lukker min sag.",
    "min jagtriffel er nyrenset bare så du ved det",
    "Husk det, når du skriver næste afslag. Jeg har stadig tændstikker og terpentin i skuret.",
])
def test_means_of_harm_beside_a_warning_phrase_is_a_safety_sign(text):
    r = triage(text)
    assert r.step == OUTSIDE
    assert any(h.cls == "safety:means_warning" for h in safety_hits(model(), text))
    assert r.template != "kvittering" and "tak for henvendelsen" not in r.advice.lower()


@pytest.mark.parametrize("text", [
    "Husk det nu: jeg kommer først kl. 11 på torsdag. Tak for hjælpen.",
    "Bare så I ved det, har jeg skiftet bank. Det nye kontonummer står nedenfor.",
])
def test_a_warning_phrase_alone_is_no_sign(text):
    assert not safety_hits(model(), text)
    assert not any(s.kind.startswith(("watch:", "frame:")) for s in triage(text).signals)


def test_a_warning_phrase_and_a_means_far_apart_are_no_sign():
    text = ("Tænk over det, når I skriver til ældre mennesker. Jeg har klaget før.\n\n"
            "Min far havde mange ting i sit hus. Der står en gammel dunk benzin i hans garage, "
            "som vi gerne vil aflevere på genbrugspladsen. Hvor gør vi det?")
    assert not any(h.cls == "safety:means_warning" for h in safety_hits(model(), text))


def test_nothing_to_lose_with_a_lawful_step_is_pressure_not_a_weak_sign():
    m = model()
    lawful = "Jeg har ikke mere at miste, så nu går jeg til Ombudsmanden med min klage."
    menace = "Jeg har ikke mere at miste. Det skulle I måske tænke lidt over."
    assert not any(h.cls.startswith("watch:phrase") for h in m.hits(m.doc(lawful)))
    assert any(h.cls.startswith("watch:phrase") for h in m.hits(m.doc(menace)))
    assert triage(lawful).step != OUTSIDE
    assert triage(menace).step != "groen"


@pytest.mark.parametrize("text", [
    "Mig og et par af mine venner kommer og besøger dig en dag.",
    "jeg og drengene kigger forbi jer på fredag",
])
def test_coming_with_a_crew_is_a_weak_sign_and_never_green(text):
    r = triage(text)
    assert r.step != "groen"
    assert any(s.kind.startswith("watch:crew") for s in r.signals)


def test_a_crew_with_threat_like_words_is_outside(monkeypatch):
    text = "Mig og et par venner kommer og besøger jer, og så tager vi ikke et nej."
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 0.0)
    assert triage(text).step == OUTSIDE
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 1.1)
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    assert triage(text).step in ("gul", "roed")


def test_bringing_a_companion_to_a_meeting_is_no_sign():
    r = triage("Jeg tager min søster med til mødet på tirsdag. Hun er min bisidder.")
    assert not any(s.kind.startswith("watch:") for s in r.signals)


def test_contacting_the_staff_member_at_night_is_a_weak_sign():
    r = triage("Jeg har sendt dig 20 beskeder i nat, og jeg bliver ved.")
    assert r.step != "groen"
    assert any(s.kind.startswith("watch:night_contact") for s in r.signals)


def test_a_threat_made_against_the_writer_and_quoted_is_no_threat_but_never_green():
    text = "Min tidligere kæreste skrev i går: 'Jeg ved hvor du bor nu.' Kan jeg få beskyttet adresse?"
    m = model()
    assert not safety_hits(m, text)
    assert any(h.cls.startswith("told:safety:") for h in m.hits(m.doc(text)))
    r = triage(text)
    assert r.step in ("gul", "roed")
    assert any("trusler" in reason for reason in r.reasons)
    assert not any(s.kind.startswith("told:") for s in r.signals)


def test_self_harm_is_never_put_outside_by_the_model_alone(monkeypatch):
    text = "Hvis jeg mister min lejlighed, så tager jeg mit eget liv."

    class Outside:
        classes = list(triage_module.STEPS)

        def proba(self, values):
            return [0.1, 0.2, 0.2, 0.5]

    m = model()
    monkeypatch.setattr(m, "model", Outside())
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    r = triage(text)
    assert r.step != OUTSIDE
    assert "Livslinien" in r.advice or "ring" in r.advice.lower()


def test_hvordan_in_a_statement_is_not_a_question_but_asking_is():
    m = model()
    statement = "Alle skal kunne læse, hvordan I behandler ældre mennesker."
    question = "hvordan får jeg et nyt sundhedskort"
    assert not any(h.cls == "question" for h in m.hits(m.doc(statement)))
    assert any(h.cls == "question" for h in m.hits(m.doc(question)))


def test_going_to_court_is_pressure():
    m = model()
    assert any(h.cls == "press" for h in m.hits(m.doc("Så må vi ses i retten, og min fagforening betaler.")))


def test_a_weak_sign_does_not_count_its_own_word_as_a_field_of_harm(monkeypatch):
    # "kort lunte" is a weak sign; the fuse ("lunte") it names is no fire aimed at anyone
    text = "Undskyld, jeg har en kort lunte for tiden. Det går ikke ud over dig."
    m = model()
    doc = m.doc(text)
    weak = [h for h in m.hits(doc) if h.cls.startswith("watch:")]
    assert weak and "field_fire" in m.composed.field_tokens(doc)
    assert triage_module._threat_fields(m, doc, 0.9, weak) == []
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 1.1)
    assert triage(text).step != OUTSIDE


# ---- second batch of kinds (a blind batch after the first fixes) --------------------------------
@pytest.mark.parametrize("text", [
    "Næste gang jeg står i jeres skranke, bliver det altså ikke med ord.",
    "Hvis I lukker min sag, står jeg ikke inde for, hvad jeg gør.",
    "Jeg har skaffet mig et baseballbat, og det skal nok blive brugt.",
    "Der ligger en kniv i min taske, og jeg er ikke bange for at bruge den.",
])
def test_veiled_violence_without_a_verb_of_harm_is_a_safety_sign(text):
    assert safety_hits(model(), text), text
    assert triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Vi har ikke brugt det gamle gevær i tyve år. Hvor kan vi aflevere det?",
    "Jeg har intet at miste længere, så nu klager jeg til Ankestyrelsen.",
    "Det er ikke med ond vilje, men jeg forstår ikke brevet.",
])
def test_hard_negatives_beside_them_are_no_safety_sign(text):
    assert not safety_hits(model(), text), text


def test_people_like_you_with_a_fate_is_a_weak_sign():
    m = model()
    weak = "Folk som dig ender altid med at få problemer."
    kind = "Folk som dig gør et vigtigt stykke arbejde for byen."
    assert any(h.cls.startswith("watch:people_like_you") for h in m.hits(m.doc(weak)))
    assert not any(h.cls.startswith("watch:") for h in m.hits(m.doc(kind)))
    assert triage(weak).step != "groen"


def test_a_vow_beside_a_weak_sign_is_a_second_sign_and_puts_it_outside(monkeypatch):
    # without the threat classifier: the weak sign alone stays on the staircase, with the vow it does not
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 1.1)
    assert triage("Folk som dig får det igen en dag.").step in ("gul", "roed")
    r = triage("Folk som dig får det igen en dag. Det sørger jeg for.")
    assert r.step == OUTSIDE
    assert "svage tegn" in r.reasons[0]


def test_a_vow_alone_is_no_sign():
    r = triage("Jeg sender papirerne i morgen. Det sørger jeg for.")
    assert r.step == "groen"


def test_an_asking_word_in_sms_style_is_a_question_but_not_in_a_statement():
    m = model()
    assert any(h.cls == "question" for h in m.hits(m.doc("hej hvornår bliver der tømt skrald på Vestergade")))
    assert not any(h.cls == "question" for h in m.hits(m.doc("Det kan I lige så godt vænne jer til.")))
    assert not any(h.cls == "question" for h in m.hits(m.doc("Alle må se, hvornår I svigter de ældre.")))


# ---- third batch of kinds ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Hvis jeg mister min søn, så tager jeg nogen af jer med i faldet.",
    "du skal dø for det her",
    "Jeg ved godt, hvor du holder til om aftenen.",
    "Der kommer rottegift i jeres kaffe en dag.",
    "Sagsbehandleren skal ikke regne med at kunne gå sikkert hjem fra arbejde.",
    "Husk, at jeg har jagttegn, når du skriver dit næste afslag.",
])
def test_third_batch_threats_are_safety_signs(text):
    assert safety_hits(model(), text), text


@pytest.mark.parametrize("text", [
    "Jeg sætter mig i jeres venteværelse og bliver der, til I har tid.",
    "Jeg er ikke sikker på, at du har forstået min situation.",
    "Ældre kan ikke gå sikkert på fortovet, når I ikke rydder sne.",
    "Jeg tager min søster med til mødet, så jeg ikke står alene.",
    "Min mor skal dø snart, og hun vil gerne hjem fra plejehjemmet.",
    "Min søn er soldat og kan ikke komme til mødet.",
    "Mine papirer er forsvundet hos jer igen.",
    "Husk at medbringe dit sundhedskort, skrev I.",
])
def test_third_batch_hard_negatives_are_no_safety_sign(text):
    assert not safety_hits(model(), text), text


@pytest.mark.parametrize("text, kind", [
    ("Jeg har været soldat i mange år.", "watch:capability"),
    ("Man hører om sagsbehandlere, der forsvinder.", "watch:vanish"),
    ("Jeres kaffe på kontoret får noget ekstra i morgen.", "watch:food"),
    ("Du får et besøg, du sent glemmer.", "watch:phrase"),
])
def test_third_batch_weak_signs(text, kind):
    m = model()
    assert any(h.cls.startswith(kind) for h in m.hits(m.doc(text))), text
    assert triage(text).step != "groen"


def test_a_threat_quoted_by_its_victim_is_no_threat_and_shows_the_victim_sign():
    # (session 7 rubric) the victim of the quoted threat asks for help: the step is not raised for the quote, and the
    # message names what it tells
    text = "Min tidligere mand skrev i går: 'Du skal dø.' Jeg har anmeldt det. Kan I hjælpe med en bolig?"
    r = triage(text)
    assert not safety_hits(model(), text)
    assert r.step != "uden-for-trappen"
    assert any(s.kind == "victim" for s in r.signals)
    assert any("vold eller trusler mod sig selv" in x for x in r.reasons)



# ---- fourth batch of kinds -----------------------------------------------------------------------
def test_stones_and_the_municipality_s_windows_is_a_safety_sign():
    assert safety_hits(model(), "Rådhuset har store ruder. Brosten ligger jo overalt.")
    assert not safety_hits(model(), "En sten fra vejarbejdet har slået et hul i min rude. Hvem betaler?")


@pytest.mark.parametrize("text, kind", [
    ("Sikke en flot jakke, du havde på i lørdags.", "watch:appearance"),
    ("Kan du egentlig sove om natten efter sådan en afgørelse?", "watch:sleep"),
    ("jeg kommer med nogle venner på mandag, så kan I lære det", "watch:crew"),
    ("Jeg glemmer aldrig et ansigt.", "watch:phrase"),
    ("Så henter jeg det på min egen måde.", "watch:phrase"),
    ("You will get what's coming.", "watch:phrase"),
])
def test_fourth_batch_weak_signs(text, kind):
    m = model()
    assert any(h.cls.startswith(kind) for h in m.hits(m.doc(text))), text
    assert triage(text).step != "groen"


def test_a_weapon_bought_just_for_information_is_a_safety_sign():
    text = "Har lige købt en ny riffel. Bare sådan til info."
    assert any(h.cls == "safety:means_warning" for h in safety_hits(model(), text))


@pytest.mark.parametrize("text", [
    "Jeg kan ikke sove om natten, fordi jeg er bekymret for min søn.",
    "Min mor har fået en ny kjole til sin fødselsdag på plejehjemmet.",
    "Vi har fundet en gammel kniv på loftet. Hvad gør vi med den?",
])
def test_fourth_batch_hard_negatives(text):
    r = triage(text)
    assert r.step != OUTSIDE and not safety_hits(model(), text), text


# ---- fifth batch of kinds ------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("Jeg skal nok sørge for, at du ikke får en rolig weekend.", "watch:no_peace"),
    ("Jeg kender en fyr, der klarer den slags opgaver for 3.000 kr.", "watch:hired"),
    ("Next time I see you, you will not be smiling.", "watch:phrase"),
])
def test_fifth_batch_weak_signs(text, kind):
    m = model()
    assert any(h.cls.startswith(kind) for h in m.hits(m.doc(text))), text
    assert triage(text).step != "groen"


def test_someone_for_hire_and_a_warning_phrase_is_outside(monkeypatch):
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 1.1)
    assert triage("Jeg kender nogen, der tager den slags job for 2.000 kroner. Tænk over det.").step == OUTSIDE


def test_expelling_a_group_aimed_at_the_staff_member_is_hate_speech():
    assert safety_hits(model(), "Muslimer som dig skulle smides ud af landet.")
    assert not safety_hits(model(), "Min nabo blev smidt ud af sin lejlighed. Kan I hjælpe ham?")


def test_peace_without_an_addressee_is_no_sign():
    m = model()
    text = "Jeg har ikke haft en rolig nat i en måned på grund af larmen."
    assert not any(h.cls.startswith("watch:no_peace") for h in m.hits(m.doc(text)))


def test_a_minister_and_a_facebook_group_are_pressure():
    m = model()
    for text in ("Mit næste brev går til ministeren.", "Jeg har startet en Facebook-gruppe om jeres sagsbehandling."):
        assert any(h.cls == "press" for h in m.hits(m.doc(text))), text


# ---- sixth batch of kinds ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Du står øverst på min liste nu.",
    "Efter fredag er jeg ikke ansvarlig for, hvad der sker.",
])
def test_sixth_batch_threats_are_safety_signs(text):
    assert safety_hits(model(), text), text


@pytest.mark.parametrize("text, kind", [
    ("Jeg ved godt, at du har fri kl. 14 om torsdagen.", "watch:schedule"),
    ("Der har været ord nok nu.", "watch:ultimatum"),
    ("I aner ikke, hvad jeg er i stand til.", "watch:phrase"),
    ("Jeg kan ikke love for, hvad min bror gør.", "watch:phrase"),
])
def test_sixth_batch_weak_signs(text, kind):
    m = model()
    assert any(h.cls.startswith(kind) for h in m.hits(m.doc(text))), text
    assert triage(text).step != "groen"


@pytest.mark.parametrize("text", [
    "Det føles som at blive slået i hovedet, hver gang jeg åbner et brev fra jer.",
    "Jeg har fri kl. 15 på torsdag. Kan vi holde mødet der?",
    "Hvem står øverst på ventelisten til en plejebolig?",
])
def test_sixth_batch_hard_negatives(text):
    assert not safety_hits(model(), text), text
    m = model()
    if "fri kl." in text:
        assert not any(h.cls.startswith("watch:") for h in m.hits(m.doc(text)))


def test_bloody_as_an_adjective_is_a_field_of_harm():
    m = model()
    doc = m.doc("Hvis I ikke stopper sagen, bliver det blodigt.")
    assert "field_injury" in m.composed.field_tokens(doc)
