"""Kinds of threats the triage missed on blind hold-outs (calm, indirect, property, staff's
family, stalking, shouting, emoji, compounds) and the hard non-threats beside them. The
messages are written for this test, not taken from any hold-out or shared set."""

from __future__ import annotations

import pytest

import borgertekst.triage as triage_module
from borgertekst.triage import triage

THREAT_KINDS = [
    ("oplysninger skaffet", "Jeg har skaffet mig din private adresse gennem en bekendt."),
    ("våben som sammensat ord", "Der ligger snart en brandbombe på jeres trappe."),
    ("våben til et møde", "Jeg tager min jagtkniv med til samtalen i næste uge."),
    ("våben som emoji", "ses i morgen 🔫"),
    ("dom, råbt", "DU ER FÆRDIG DIN SVINEHUND"),
    ("varsel om skade", "I skal ikke blive forbavsede, hvis der pludselig går ild i jeres biler."),
    ("midler til brand", "Jeg har benzin og tændstikker med i bilen."),
    ("medarbejderens bil", "Du kører vist en hvid Tesla med taglad. Flot bil."),
    ("mørke", "Vi ses nok derude i mørket en aften."),
    ("dagene er talte", "Dine dage her på jobcentret er talte."),
    ("ingen fred", "Du skal aldrig få fred for mig, hverken på arbejde eller derhjemme."),
    ("familie fundet på nettet", "Jeg har fundet din søns Facebook-profil."),
    ("familie gennem andre", "Min fætter underviser på din datters gymnasium."),
    ("lynchning", "Sådan nogle sagsbehandlere burde hænges op i nærmeste lygtepæl."),
    ("på listen", "Du står også på min liste, bare så du ved det."),
    ("du skal få at se", "så skal du få at se hvad der sker"),
    ("De-form", "Vi ved begge, at jeg har Deres adresse, fru Nielsen."),
    ("mister kontrollen", "Jeg kan ikke love, at jeg kan holde mig i skindet og styre mig, når jeg møder dig."),
    ("kugle", "Sådan en leder burde have en kugle for panden."),
    ("ved medarbejderens hjem", "Jeg cyklede forbi jeres indkørsel i weekenden."),
    ("våben mod navngiven medarbejder", "Sig til sagsbehandleren, at han får en kniv i ryggen, hvis han lukker sagen."),
    ("lemmer", "Jeg brækker armene på dem, der har skrevet det brev."),
    ("besværget hævn", "Det lover jeg: I kommer alle sammen til at bøde for det her."),
    ("gengæld", "Nu ødelægger jeg jeres hverdag, ligesom I har ødelagt min."),
    ("skaffet våben", "Jeg har fået fat i en pistol. Tænk lidt over det, I."),
]


@pytest.mark.parametrize("kind,text", THREAT_KINDS, ids=[k for k, _ in THREAT_KINDS])
def test_threat_kind_is_outside_the_staircase(kind, text):
    r = triage(text)
    assert r.step == "uden-for-trappen", kind
    assert r.template != "kvittering" and "tak for henvendelsen" not in r.advice.lower()
    assert any(s.kind.startswith("safety:") and s.label for s in r.signals)


NOT_THREATS = [
    ("holder øje med post", "Jeg holder øje med postkassen og venter på brevet fra jer."),
    ("sker det automatisk", "Skal jeg sende papirerne til jer, eller sker det automatisk?"),
    ("når du er færdig", "Sig til, når du er færdig med at se på min sag."),
    ("færdig med", "Du er færdig med min sag nu, ikke?"),
    ("vi ses på mødet", "Vi ses på mødet i morgen. Jeg tager min mor med."),
    ("egen bil", "Jeg har en gammel Volvo, som jeg skal bruge til praktikken. Kan du hjælpe med befordring?"),
    ("lovlig klage varslet", "I skal ikke blive overraskede, hvis jeg klager til Ankestyrelsen over det her."),
    ("eget barns ven", "Min datter går til håndbold med din søn, og de er gode venner."),
    ("liste over spørgsmål", "Jeg har en liste med spørgsmål til mødet. Kan du læse den først?"),
    ("Deres brev", "Tak for Deres brev. Jeg har ændret min adresse i borger.dk."),
    ("styre sig for grin", "Jeg kunne næsten ikke styre mig for grin, da jeg læste jeres nye pjece."),
    ("eget brud", "Jeg har brækket benet og kan ikke møde op på torsdag."),
    ("nummer fra brevet", "Jeg har dit nummer fra brevet, så jeg ringer i morgen formiddag."),
]


@pytest.mark.parametrize("kind,text", NOT_THREATS, ids=[k for k, _ in NOT_THREATS])
def test_hard_non_threat_stays_on_the_staircase(kind, text):
    r = triage(text)
    assert r.step != "uden-for-trappen", kind
    assert not any(s.kind.startswith("safety:") for s in r.signals)


@pytest.mark.parametrize("text", [
    "Jeg har købt en ny kniv til køkkenet, og nu spørger jeg, om den kan dækkes af hjælpemidler.",
])
def test_violence_words_without_a_threat_are_never_green(text, monkeypatch):
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)  # the caution layer alone
    r = triage(text)
    assert r.step in ("gul", "roed")


def test_weapon_word_alone_gets_the_caution_and_no_receipt(monkeypatch):
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    r = triage("Jeg har en riffel i skabet derhjemme. Hvornår kommer hjemmeplejen?")
    assert r.step != "groen"
    assert r.template != "kvittering"
    assert any(x.startswith("Henvendelsen nævner vold, våben eller trusler") for x in r.reasons)
    assert "leder" in r.advice[:300]


def test_self_harm_never_takes_the_police_route_of_the_threat_classifier(monkeypatch):
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 0.0)  # as if the classifier were sure
    r = triage("Jeg har samlet mine piller. Hvis I lukker sagen, tager jeg dem allesammen.")
    assert r.step in ("gul", "roed")
    assert "Livslinien" in r.advice and r.template != "kvittering"


@pytest.mark.parametrize("text", [
    "Hvis jeg bliver sat ud, hopper jeg ud fra et højt sted.",
    "Hvad er meningen med livet, når I tager mine børn fra mig?",
])
def test_self_harm_wordings_get_the_self_harm_handling(text):
    r = triage(text)
    assert r.step in ("gul", "roed")
    assert any(s.kind == "concern:self_harm" for s in r.signals)
    assert "Livslinien" in r.advice and r.template != "kvittering"


def test_two_kinds_of_weak_signs_together_put_the_message_outside(monkeypatch):
    # a staff member's routine alone is a watch sign; with "der kan ske meget" it is a threat
    monkeypatch.setattr(triage_module, "THREAT_OUTSIDE", 1.1)
    monkeypatch.setattr(triage_module, "THREAT_WATCH", 1.1)
    alone = triage("Du cykler altid hjem ad åstien klokken 17 om fredagen.")
    assert alone.step in ("gul", "roed")
    both = triage("Du cykler altid hjem ad åstien klokken 17 om fredagen. Der kan ske meget på sådan en sti.")
    assert both.step == "uden-for-trappen" and both.template == "begraensning-kontakt"
    assert "flere slags tegn" in both.reasons[0]
