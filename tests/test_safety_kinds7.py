"""Safety signs added in session 7 (THREAT, blind set threat3 and EVAL eval6): each kind gets a NAMED sign
(not only the threat classifier's score), and the hard non-threats of the same words stay on the staircase.
The sentences are new wordings of the kinds, not lines of the blind sets."""

from __future__ import annotations

import pytest

from borgertekst import triage
from kinds_support import safety_labels as _safety_labels

OUTSIDE = "uden-for-trappen"


@pytest.mark.parametrize("text, label_part", [
    ("Du får en lussing, hvis du ringer til mig igen.", "fysisk afstraffelse"),
    ("Giv ham en lærestreg, den pædagog, han har fortjent det.", "fysisk afstraffelse"),
    ("Jeg skyder løs på jobcentret en dag, så I ved det.", "skyde"),
    ("Den sagsbehandler burde skydes.", "burde skydes"),
    ("Jeg kommer op på rådhuset med en kølle i morgen.", "med et våben"),
    ("I kan være glade for, at jeg ikke har en pistol.", "ikke har et våben"),
    ("Jeg tager en dunk diesel med hen til jer i morgen.", "brændbar væske"),
    ("Jeg ved, at hun kører i en hvid Skoda, og hvornår hun har fri.", "bil og færden"),
    ("Han skal have nogle på kassen, ham fra visitationen.", "fast udtryk"),
    ("jeg banker hende til plukfisk", "fast udtryk"),
    ("Jeg stikker ham ned, den sagsbehandler.", "stikke"),
    ("Vi kigger forbi sagsbehandlerens hus en aften.", "hjem"),
    ("Jeg følger med i alt, hvad du laver, Pia.", "alt, hvad medarbejderen gør"),
    ("Jeg kunne finde på at gøre noget dumt mod jer på kontoret.", "gøre noget dumt"),
])
def test_new_kind_has_a_named_sign_and_goes_outside(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)
    result = triage.triage(text)
    assert result.step == OUTSIDE
    assert result.template != "kvittering"


@pytest.mark.parametrize("text", [
    # knowing a member of staff's home or family in a friendly message
    "Du bor lige ved siden af min søster, hils hende! Og tak for hjælpen.",
    "Jeg mødte dig med dine børn i svømmehallen. Tak for sidst, og glædelig jul!",
    # shooting animals, idioms, a weapon as a figure of speech
    "Kan I skyde de rotter, der bor i vores kælder?",
    "I skyder over målet med de krav.",
    "Hun er vores bedste våben mod ensomhed i ældreplejen.",
    # violence told, a lawful "lesson", fuel handed in, the writer's own family's car
    "Han får tæsk af de store drenge i skolen, hvad gør I?",
    "Hun fortjener en lærestreg, og den får hun, når jeg klager til Ankestyrelsen.",
    "Må jeg aflevere en dunk benzin på genbrugspladsen hos jer?",
    "Min søn har fået en Toyota, og han kører til skole hver dag.",
    "Jeg har gjort noget dumt mod min sagsbehandler, undskyld.",
])
def test_hard_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


@pytest.mark.parametrize("text", [
    "Lad dig ikke slå ud af afslaget, sagde min rådgiver.",
    # a practical question in the next sentence
    "Jeg ved, hvor I holder til. Hvilken etage ligger jobcentret på?",
])
def test_idiom_and_practical_question_give_no_safety_sign(text):
    # (the threat classifier alone may still find such short lines threat-like: that is its own, separate kind)
    assert not _safety_labels(text), text


def test_friendly_excuse_does_not_take_back_a_family_remark_with_a_routine():
    # kind words are not enough when the message also tells a routine or says "vi ses"
    text = "Tak for sidst. Jeg så dig med dine børn ved svømmehallen, I kommer der hver tirsdag. Vi ses."
    m = triage.model()
    assert any(h.cls.startswith(("watch:", "safety:")) for h in m.hits(m.doc(text)))


def test_thanks_take_back_a_weak_family_sign_that_stands_alone():
    m = triage.model()
    alone = "Jeg mødte dig med dine børn i svømmehallen."
    thanked = alone + " Tak for sidst, og glædelig jul!"
    assert any(h.cls.startswith("watch:private_life:") for h in m.hits(m.doc(alone)))
    assert not any(h.cls.startswith(("watch:", "safety:")) for h in m.hits(m.doc(thanked)))
    assert triage.triage(thanked).step != OUTSIDE


# ---- second round (blind threat3b/batch1) -------------------------------------------------------------------------
@pytest.mark.parametrize("text, label_part", [
    ("Sig til din chef, at han skal lade mig være, hvis han vil beholde sine fortænder.", "beholde sine tænder"),
    ("Hvis I tager min pension, så skal dine børn også føle, hvordan det er at miste noget.", "føle, hvordan"),
    ("Jeg smider dig ud ad vinduet, hvis du siger nej igen.", "ud ad vinduet"),
])
def test_second_round_kind_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


@pytest.mark.parametrize("text", [
    "Jeg kunne smide hele printeren ud af vinduet, så sur er jeg over den blanket!",
    "Hvis skolen lukker, flytter vi til Vejle. Så mister I nogle elever.",
    "Tlf.notat: Borgeren truede med at gå til Ekstra Bladet, hvis ikke sagen er afgjort i næste uge.",
    "Hvis jeg skal beholde mine tænder, skal jeg have tandbehandling. Betaler I?",
    "Jeg slår lige et slag for, at I holder åbent om lørdagen.",
])
def test_second_round_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text
    assert triage.triage(text).step != OUTSIDE, text


def test_saa_before_a_verb_is_no_seeing_but_before_an_object_it_is():
    m = triage.model()
    groups = lambda text, i: m.composed._groups(m.doc(text)[i])  # noqa: E731
    assert "search" not in groups("Så mister I en skatteyder.", 0)
    assert "search" in groups("Jeg så dig i går.", 1)
    assert "search" in groups("Jeg så Mette ved bilen.", 1)


def test_everyone_rid_of_me_is_self_harm():
    m = triage.model()
    text = "Jeg tager resten af pillerne i aften, så slipper alle for mig."
    assert any(h.cls == "concern:self_harm" for h in m.hits(m.doc(text)))


# ---- third round (threats the earlier hold-outs sent outside only on the classifier's score) ----------------------
@pytest.mark.parametrize("text, label_part", [
    ("Han skal have et spark i hovedet, den sagsbehandler.", "hoved eller krop"),
    ("Bliver min far flyttet, så ryger der nogen ud ad vinduet.", "ud ad vinduet"),
    ("Jeg har fulgt efter dig i flere uger nu.", "fulgt efter"),
    ("Jeg kommer derned og ordner jer begge to.", "ordne"),
    ("Det er slet ikke sikkert, at du kommer hjem i aften.", "kommer hjem"),
    ("Får jeg ikke min hjælp, skal der flyde blod.", "blod"),
])
def test_third_round_kind_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


@pytest.mark.parametrize("text", [
    "I burde få et spark i røven og komme i gang med min sag.",
    "Jeg fik et slag i hovedet, da jeg faldt på jeres trappe.",
    "Jeg følger dig gerne hen til bussen efter mødet.",
    "Kan I ordne det for mig i morgen?",
    "Min kat røg ud ad vinduet, kan nogen hjælpe med at finde den?",
])
def test_third_round_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


# ---- blind threat3c/batch1 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, label_part", [
    ("Nogen af jer kommer til at betale med livet, hvis min mor dør på venteliste.", "betale med sit helbred"),
    ("I ødelagde min fremtid. Nu smadrer jeg jer.", "knuse medarbejderne"),
    ("Det ender med, at nogen fra jeres kontor havner på skadestuen.", "hospitalet"),
    ("Jeg står klar med min bue, når I kommer.", "våben"),
])
def test_threat3c_kind_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


@pytest.mark.parametrize("text", [
    "Jeg har betalt med mit helbred for jeres fejl, og nu vil jeg have en undskyldning.",
    "Min mor kommer på hospitalet i morgen. Kan hjemmeplejen komme igen fra fredag?",
    "Jeg vil ikke knuse jer, jeg vil bare have svar.",
    "Min datter går til skydning i skytteforeningen og skal bruge en pistol. Giver I tilskud?",
])
def test_threat3c_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Hvis jeg bliver sat ud, hænger jeg mig i skuret.",
    "Jeg har sparet mine sovepiller sammen i måneder.",
    "I går skar jeg mig i armene igen.",
])
def test_threat3c_self_harm_is_found(text):
    m = triage.model()
    assert any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text))), text


def test_hanging_on_to_details_is_no_self_harm():
    m = triage.model()
    text = "Jeg hænger mig ikke i detaljer, men beløbet er forkert."
    assert not any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text)))


@pytest.mark.parametrize("text, expected", [
    ("Don't worry about my case. I won't be around much longer anyway.", True),
    ("This will be my last email. Thanks for everything you tried.", True),
    ("Thanks, I won't need the help anymore, I found a new flat!", False),
    ("This is my last message about the parking permit, please answer it.", False),
])
def test_english_farewell_is_self_harm_but_english_thanks_are_not(text, expected):
    m = triage.model()
    assert any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text))) == expected, text


# ---- blind threat3d/batch1 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, label_part", [
    ("Tlf.notat: Borgeren sagde, at han ville slå hende, hvis Jonas kom igen.", "navngiven person"),
    ("Når jeg ser en fra jobcentret, får jeg lyst til at slå.", "lyst til at slå"),
])
def test_threat3d_kind_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


def test_a_close_one_who_is_not_patient_and_a_warning_together_go_outside():
    text = ("Jeg kan ikke svare for, hvad min kæreste gør, hvis han ser dig. "
            "Han er ikke lige så tålmodig som mig.")
    result = triage.triage(text)
    assert result.step == OUTSIDE
    assert any(s.kind.startswith(("watch:", "frame:")) for s in result.signals)


@pytest.mark.parametrize("text", [
    "Min kæreste kører en sort Golf og henter mig efter mødet. Kan han parkere ved jer?",
    "Vi har mus i skuret. Må vi selv skyde dem med luftgevær?",
    "Når jeg ser den blanket, får jeg lyst til at slå hovedet i bordet.",
])
def test_threat3d_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


@pytest.mark.parametrize("text", [
    "Jeg har ikke tænkt mig at være her, når I træffer afgørelsen.",
    "Der er kun én udvej, og det er at slutte det hele selv.",
])
def test_threat3d_self_harm_is_found(text):
    m = triage.model()
    assert any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text))), text


def test_not_being_here_because_of_a_holiday_is_no_self_harm():
    m = triage.model()
    text = "Jeg har ikke tænkt mig at være her, når I holder mødet, for jeg er på ferie."
    assert not any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text)))


# ---- blind threat3e/batch1 ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, label_part", [
    ("Jeg kan ikke love, at jeg holder mig i skindet til mødet i morgen.", "styre sig ved et møde"),
    ("Notat: Borgeren fulgte efter sagsbehandler Eva hen til hendes bil.", "fulgt efter en medarbejder"),
    ("Jeg har en flaske tændvæske og en lighter klar.", "midler til brand"),
    ("jeg har en dunk lampepetroleum og en lighter", "midler til brand"),
])
def test_threat3e_kind_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


@pytest.mark.parametrize("text", [
    "Jeg kunne næsten ikke holde mig i skindet af glæde, da jeg fik brevet.",
    "Jeg fulgte efter vejledningen fra sagsbehandleren, men skemaet vil ikke gemmes.",
    "Kan I skyde et ekstra punkt ind på dagsordenen?",
])
def test_threat3e_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


@pytest.mark.parametrize("text", [
    "I skal ikke bekymre jer om mig længere. Jeg har fundet en vej ud.",
    "Jeg kører ud til havnen i nat og bliver der.",
])
def test_threat3e_self_harm_is_found(text):
    m = triage.model()
    assert any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text))), text


def test_no_more_worry_because_of_a_new_job_is_no_self_harm():
    m = triage.model()
    text = "I behøver ikke bekymre jer om mig længere, for jeg har fået et job."
    assert not any(h.cls == "concern:self_harm" for h in m.composed.hits(m.doc(text)))


@pytest.mark.parametrize("text, expected", [
    ("Tager I min datter, så tager jeg jeres.", True),
    ("Hvis I fjerner min søn, så tager jeg din søn.", True),
    ("Hvis I tager min søn med på lejr, tager jeg jeres skema med hjem og udfylder det.", False),
])
def test_taking_staff_children_in_return(text, expected):
    labels = _safety_labels(text)
    assert any("til gengæld" in label for label in labels) == expected, (text, labels)


# ---- threat3d/threat3e threats that only the classifier named -----------------------------------------------------
@pytest.mark.parametrize("text, label_part", [
    ("Næste gang river jeg håret af dig.", "håret"),
    ("Vi ses en aften i en mørk gyde, du og jeg.", "mørk gyde"),
    ("Jeg tager en flaske saltsyre med til mødet.", "syre"),
    ("Kisten er bestilt, og den er lige i din størrelse.", "størrelse"),
    ("Din kollega kommer til at få et uheld på vej hjem en dag.", "uheld"),
    ("Sagsbehandleren får at mærke, hvad mine næver kan på jobcentret.", "næver"),
    ("Jeg har sat dit navn på min liste.", "liste"),
    ("Hvis I lukker min sag, bliver det blodigt.", "blod"),
    ("Du vil ønske, at du aldrig havde mødt mig.", "aldrig havde mødt"),
    ("Jeg ved godt, hvornår du går hjem fra kontoret.", "hvornår medarbejderen går"),
])
def test_classifier_only_kind_now_has_a_named_sign(text, label_part):
    labels = _safety_labels(text)
    assert any(label_part in label for label in labels), (text, labels)


@pytest.mark.parametrize("text", [
    "Jeg har fået et uheld på vej hjem fra jobcentret og brækket armen. Kan mødet flyttes?",
    "Jeg har syre i maven og kan ikke komme til mødet i morgen.",
    "Ved du, hvornår bussen til jobcentret kører?",
    "Jeg ved ikke, hvornår du har tid, så ring bare, når det passer.",
    "Han slog mig med sine næver, og ingen fra kommunen gjorde noget.",
])
def test_classifier_only_kind_non_threat_has_no_safety_sign(text):
    assert not _safety_labels(text), text


def test_it_can_change_quickly_counts_beside_a_weapon():
    m = triage.model()
    text = "Jeg har en pistol i skuffen. Det kan hurtigt ændre sig."
    assert any(h.cls.startswith("safety:means_warning") for h in m.hits(m.doc(text)))
