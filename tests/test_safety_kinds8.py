"""Safety signs added in session 8 (THREAT, blind set threat4 and EVAL eval7): harassment of a named member of
staff in private channels, a weapon the writer has plus an announced visit, "der kommer til at ske noget slemt",
new self-harm forms; and hard non-threats (sport, fireworks, a laugh, praise) that must not read as threats.
The sentences are new wordings of the kinds, not lines of the blind sets."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels as _safety_labels, self_harm

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text, label_part", [
    # persistent private contact with a named member of staff
    ("Nu har jeg sendt dig 35 beskeder, og du læser dem bare uden at svare.", "væld af beskeder"),
    ("Jeg har sendt hende over 50 mails nu.", "væld af beskeder"),
    ("Jeg har sendt 45 sms'er til Kirsten, og jeg fortsætter hele natten.", "væld af beskeder"),
    ("Jeg skriver til dig på Snapchat hver nat, Karina, og jeg stopper ikke.", "private kanaler"),
    ("Han kan ikke gemme sig for mig ret meget længere.", "gemme sig"),
    # a weapon the writer has, and a visit or a deadline
    ("Jeg har en pistol i handskerummet, og jeg kommer forbi jobcentret på fredag.", "varsler et besøg"),
    # harm without a verb of violence, after a condition
    ("Hvis I lukker min sag, vil der ske noget slemt på kontoret.", "noget slemt"),
    # doubting the staff's safety, with what could break
    ("I tror nok, I er sikre bag jeres skranke, men vagter hjælper ikke.", "ikke er sikre"),
    # an associate out of prison who wants to "greet" the member of staff
    ("Min fætter er lige blevet løsladt. Han vil meget gerne hilse på dig.", "hilse på"),
])
def test_session8_kind_has_a_named_sign_and_goes_outside(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    result = triage.triage(text)
    assert result.step == OUTSIDE
    assert result.template != "kvittering"


@pytest.mark.parametrize("text", [
    "Må jeg sende dig en besked på Messenger, hvis jeg ikke kan finde din mail? Undskyld, hvis det er forkert.",
    "Jeg har sendt jer 25 sider dokumentation. Er de kommet frem?",
    "Jeg har sendt 30 mails til Ankestyrelsen om min sag.",
    "Jeg kan ikke gemme mig for ham, han finder mig altid. Kan I hjælpe med en hemmelig adresse?",
    "Jeg har et våben, og det hedder loven. Min advokat skriver i morgen.",
    "Jeg er bange for, at der vil ske noget slemt med min mor, hvis hun ikke får hjælp.",
    "Du er min helt, Jonas! Tak fordi du ordnede det hele.",
])
def test_session8_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_a_brother_home_from_abroad_who_greets_is_no_released_associate():
    # (the threat classifier alone may still find "hilse på dig" threat-like; the rule must not name it)
    assert not _safety_labels("Min bror er lige kommet hjem fra Australien, og han vil gerne hilse på dig til mødet.")


@pytest.mark.parametrize("text", [
    "Vi bankede dem 4-0 i finalen. Tak for den nye bane!",
    "Vi slog Vejle i kampen i går, og holdet var så glade.",
    "Må vi skyde krudt af ved søen nytårsaften?",
    "Vi skal spille paintball og skyde hinanden helt gule og grønne 😂",
    "Så skyder jeg mig selv i foden igen 😅 her er den rigtige blanket.",
])
def test_sport_fireworks_and_laughter_are_no_caution(text):
    m = triage.model()
    doc = m.doc(text)
    assert not m.composed.caution_tokens(doc), text
    assert not m.composed.never_green_tokens(doc), text
    assert not _safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Jeg slår dig 3-0, når vi mødes, og så er det ikke på banen.",
    "Jeg skyder jer allesammen 😂",
])
def test_a_score_or_a_laugh_does_not_excuse_harm_aimed_at_staff(text):
    m = triage.model()
    assert m.composed.caution_tokens(m.doc(text)) or m.composed.never_green_tokens(m.doc(text)), text


@pytest.mark.parametrize("text, expected", [
    ("har allerede skåret lidt i nat, og jeg vil ikke stoppe", True),
    ("Jeg har allerede skåret lidt af hækken, resten tager I.", False),
    ("Jeg har skrevet ned, hvem der skal have hunden. Tak til alle jer, der forsøgte.", True),
    ("Hvem skal have hunden, mens jeg er indlagt? Tak fordi I prøvede at finde en løsning.", False),
    ("I can't go on anymore. Tell my son I'm sorry.", True),
    ("Please tell my son I'm sorry I missed the meeting.", False),
    ("Jeg har sparet pillerne op siden jul.", True),
])
def test_session8_self_harm_forms(text, expected):
    assert self_harm(text) == expected, text


def test_praise_is_no_claim_on_a_member_of_staff_but_a_claim_still_is():
    assert not _safety_labels("Du er mit livs redning, Tove!")
    assert _safety_labels("Du er min. Ingen andre skal have dig.")


def test_name_and_count_groups_are_filled_by_the_code():
    m = triage.model()
    doc = m.doc("Jeg har sendt 40 beskeder til Helle i 2025.")
    groups = {t.text: m.composed._groups(t) for t in doc}
    assert "_many" in groups["40"] and "_many" not in groups["2025"]
    assert "_name" in groups["Helle"] and "_name" not in groups["Jeg"]


@pytest.mark.parametrize("text, label_part", [
    ("Du bestemmer selv, hvordan det her ender, Jesper.", "hvordan det her ender"),
    ("Den her sag slutter i dødsannoncerne, hvis I fortsætter.", "dødsannoncer"),
    ("Jeg har mange metoder til at blive hørt. Nogle af dem gør ondt.", "gør ondt"),
    ("Lukker I min sag, bliver det det sidste, du gør på det kontor.", "det sidste"),
    ("Jeg kan ikke svare for min reaktion, hvis I ringer igen.", "min reaktion"),
    ("Min luftbøsse er pudset, og jeg kommer på mandag.", "våben"),
])
def test_threat4b_kind_has_a_named_sign_and_goes_outside(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Jeg var så gal på jer, at jeg kunne have smadret telefonen. Men det er overstået nu.",
    "Det bliver sidste gang, du hører fra mig om den sag. Tak for hjælpen.",
    "Der er flere måder at træne på efter operationen, og nogle af dem gør ondt.",
])
def test_threat4b_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


def test_a_slur_for_gay_men_is_no_weapon():
    # "bøsse" is a gun only in compounds ("luftbøsse"); the slur is hate speech (triage.yaml), never a weapon
    labels = _safety_labels("Han kalder sagsbehandleren for en af de bøsser, og det synes jeg er groft.")
    assert not any("våben" in label for label in labels), labels


@pytest.mark.parametrize("text", [
    "Hvornår kan I udbedre skaden på fortovet foran mit hus?",
    "Jeg har sendt jer billeder af skaderne på taget efter stormen.",
])
def test_the_damage_to_a_thing_is_no_harm(text):
    assert not _safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE


def test_to_harm_staff_is_still_harm():
    assert _safety_labels("Jeg skader jer, hvis I ikke betaler.")


def test_counterfactual_needs_have_a_present_wish_stays_a_threat():
    assert _safety_labels("Jeg er så vred på jer, at jeg kunne sprænge en bombe på kontoret.")


@pytest.mark.parametrize("text, expected", [
    ("Hvis I tager min lejlighed, så kører jeg bilen ind i en bropille.", True),
    ("Jeg kørte ind i et træ i går, hvis I undrer jer over skaden på bilen.", False),
    ("I won't be here tomorrow. Thank you for everything.", True),
    ("I won't be here tomorrow, I'm on holiday until Monday.", False),
    ("Jeg er så træt af at leve.", True),
    ("Jeg er træt af at leve på kontanthjælp.", False),
])
def test_threat4b_self_harm_forms(text, expected):
    assert self_harm(text) == expected, text


@pytest.mark.parametrize("text", [
    "Hvis jeg ikke får svar i morgen, går jeg til Lokalavisen med det hele.",
    "Får jeg ikke mine penge, går jeg til pressen med det hele.",
])
def test_an_ultimatum_with_a_public_channel_is_noself_harm(text):
    assert not self_harm(text), text


def test_a_public_channel_does_not_hide_a_self_harm_combination():
    assert self_harm("Jeg er så træt af at leve. Det kan avisen skrive om bagefter.")


@pytest.mark.parametrize("text, label_part", [
    ("Vi er fire mand, og vi kommer forbi dit kontor i morgen.", "flere mand"),
    ("Tæl dagene, Per. Dine er talte.", "talte"),
    ("Folk er blevet slået ihjel for mindre end det, du har gjort mod min familie.", "for mindre"),
    ("Min schæfer bider folk fra kommunen. Kom bare herud.", "hund"),
    ("Han skal sove med åbne øjne fra nu af, den sagsbehandler.", "sove med"),
])
def test_threat4c_kind_has_a_named_sign_and_goes_outside(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Pas på, vores hund bider ikke, men den gør meget. Hjemmeplejen må gerne ringe på.",
    "Vi er tre mand på holdet, og vi vil gerne booke hallen til en kamp.",
    "Brandvæsenet var her i nat, fordi nogen havde tændt ild i en container. Kan I sætte lys op?",
])
def test_threat4c_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


def test_knowing_a_family_member_from_a_club_is_a_friendly_link_unless_harm_follows():
    m = triage.model()
    friendly = "Jeg kender din kone fra koret, Bo. Hun er så flink. Hils hende!"
    assert not [h for h in m.hits(m.doc(friendly)) if h.cls.startswith("safety:family")]
    creepy = "Jeg kender din kone fra koret, Bo. Hun er så flink. Det ville være synd, hvis der skete hende noget."
    assert _safety_labels(creepy)


@pytest.mark.parametrize("text, expected", [
    ("Jeg har givet hunden til min søster og ryddet op. Nu er jeg klar.", True),
    ("Jeg har givet hunden til min søster, fordi jeg skal flytte på plejehjem. Jeg er klar til flytningen.", False),
    ("Når I læser det her, så er jeg gået ud i vandet.", True),
    ("Når det bliver sommer, går vi ud i vandet og bader ved stranden.", False),
    ("sorry for everything. i'm going to end it tonight", True),
])
def test_threat4c_self_harm_forms(text, expected):
    assert self_harm(text) == expected, text


@pytest.mark.parametrize("text, label_part", [
    ("Tager I min datter, så fjerner jeg en af jeres.", "børn til gengæld"),
    ("Nogen punkterede jeres biler i går. Næste gang er det måske mig.", "næste gang"),
    ("I har en uge. Bagefter er det ikke papirer, I får fra mig.", "ikke længere advokaten"),
    ("If I were you, I would not walk to your car alone tonight.", "alene"),
])
def test_threat4d_kind_has_a_named_sign_and_goes_outside(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    assert triage.triage(text).step == OUTSIDE


@pytest.mark.parametrize("text", [
    "Vi banker på døren hos jer kl. 9 med papirerne.",
    "Jeg har ringet til din mobil to gange, Per. Skal jeg hellere skrive en mail?",
    "Nogen ridsede jeres biler på parkeringspladsen. Jeg har anmeldt det til politiet, så næste gang kan de se optagelserne.",
])
def test_threat4d_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


def test_praise_keeps_the_classifier_alone_from_putting_a_message_outside():
    m = triage.model()
    assert m.composed.reassures(m.doc("Jeg ved ikke, hvad vi skulle have gjort uden dig, Lone."))


@pytest.mark.parametrize("text, expected", [
    ("jeg sidder på taget nu og kigger ned", True),
    ("Vi stod på broen og kiggede ned på bådene i havnen, dejligt.", False),
    ("It won't matter after tonight. Goodbye and thank you.", True),
])
def test_threat4d_self_harm_forms(text, expected):
    assert self_harm(text) == expected, text


@pytest.mark.parametrize("text, expected", [
    ("I've taken all my pills now. Sorry.", True),
    ("I have taken all my pills to the pharmacy as you asked.", False),
    ("Jeg orker ikke livet mere.", True),
    ("Jeg orker ikke livet som arbejdsløs, kan I hjælpe med et job?", False),
])
def test_threat4e_self_harm_forms(text, expected):
    assert self_harm(text) == expected, text


def test_a_letter_written_in_blood_is_a_threat_but_blood_sweat_and_tears_is_not():
    assert any("blod" in label for label in _safety_labels("Mit næste brev til jer bliver skrevet med blod."))
    assert not _safety_labels("Den ansøgning er skrevet med blod, sved og tårer.")


@pytest.mark.parametrize("text, expected", [
    ("Min søster svarer ikke, og jeg er bange for, at hun gør noget dumt mod sig selv.", True),
    ("Jeg gjorde noget dumt mod mig selv, da jeg glemte at søge i tide.", False),
])
def test_fear_that_someone_does_something_stupid_to_themself_isself_harm(text, expected):
    assert self_harm(text) == expected, text


def test_doing_something_stupid_to_staff_stays_a_threat():
    assert _safety_labels("Jeg kunne finde på at gøre noget dumt mod jer på kontoret.")
    assert not self_harm("Jeg kunne finde på at gøre noget dumt mod jer på kontoret.")
