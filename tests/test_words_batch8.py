"""WORDS: kinds found on the blind letters of holdout words8, fixed at their cause, and the reader lists as data.
The examples are new sentences and headers, not lines of the holdout."""

from __future__ import annotations

import pytest
import yaml

from borgertekst.checks import klarsprog
from borgertekst.checks.klarsprog import is_to_professional
from kinds_support import findings_of, rule_findings

# --- the professional-reader word lists are data (rules/klarsprog/_laesere.yaml); the prefilter derives from them ---

READERS = yaml.safe_load(klarsprog._READERS_FILE.read_text(encoding="utf-8"))


def test_every_reader_sign_passes_the_prefilter():
    """A word added to a list reaches the line tests: the header prefilter is built from the same lists."""
    signs = [w for key, words in READERS.items() if key not in klarsprog._NOT_SIGNS for w in words]
    assert len(signs) > 150
    missed = [w for w in signs if not klarsprog._ANCHOR.search(str(w).lower())]
    assert missed == []


def test_the_lists_are_read_from_the_file():
    assert set(READERS["role_endings"]) == set(klarsprog._ROLE_ENDINGS)
    assert set(READERS["owner_words"]) == klarsprog._OWNER_WORDS
    assert "gmail.com" in klarsprog._PUBLIC_MAIL


@pytest.mark.parametrize("head, expected", [
    ("Vestby Kommune\nGenoptræning\n\nErgoterapeut Lise Dahl\nHåndens Hus\nKirkegade 2\n7100 Vestby\n\n", True),
    ("Til: Ankestyrelsen\n\n", True),
    ("Fra: ida@nordby.dk\nTil: ole@nordby.dk\nEmne: Vagtplan\n\n", True),
    ("Fra: ida@nordby.dk\nTil: ole@gmail.com\nEmne: Din ansøgning\n\n", False),
    ("Café Havnen ApS\nAtt.: Indehaveren\nHavnen 2\n7100 Vestby\n\n", False),
])
def test_reader_lists_still_decide(head, expected):
    assert is_to_professional(head + "Vi skriver om sagen, fordi vi mangler en oplysning til den.\n") is expected


# --- who the letter is to: a post written in lower case before the name on an "Att." line, a greeting that names a
# service or an office, a copy line to our own municipality ---------------------------------------------------------

BODY_I = "Vi skriver om aftalen, fordi vi mangler en oplysning fra jer til den.\n"


@pytest.mark.parametrize("head", [
    "Til: Flextrafik Syd A/S\nAtt.: driftsansvarlig Mona Berg\n\n",
    "Vognmand Holm ApS\nAtt.: økonomiansvarlig Kaj Holm\nHavnevej 2\n7100 Vestby\n\n",
    "Kære Rengøringsservice Vest\n\n",
    "Kære Ejendomskontoret\n\n",
    # a copy to ourselves does not make the citizen a reader
    "Til: Kantinedrift A/S\nAtt.: kontraktansvarlig Eva Lund\n\nKopi: Indkøb, Vestby Kommune\n\n",
])
def test_professional_reader_new_kinds(head):
    assert is_to_professional(head + BODY_I)


@pytest.mark.parametrize("head", [
    "Café Havnen ApS\nAtt.: indehaver Ole Dam\nHavnen 2\n7100 Vestby\n\n",  # the owner under a påbud
    "Att.: fru Karen Holm\nEngvej 3\n7100 Vestby\n\n",
    "Kære Kirsten Holm\n\n",  # a first name is no compound of two nouns ("kir|sten")
    "Kære vinterbadere\n\n",
    "Kære Familien Storm\n\n",
    "Kære Grundejerforeningen Solbakken\n\n",  # an association, not a professional reader
    "Kære Lone og Mikkel\n\n",
    # a copy to a person may reach the citizen
    "Til: Kantinedrift A/S\nAtt.: kontraktansvarlig Eva Lund\n\nKopi: Jens Holm\n\n",
])
def test_not_professional_reader(head):
    assert not is_to_professional(head + BODY_I)


# --- office English by a general test (not a list): a frequent English word that Danish text does not use ----------

def _english_hits(analyzer, text):
    return [text[f.start:f.end] for f in rule_findings(analyzer, text, "stavning.hunspell") if "engelsk ord" in f.message]


def test_unlisted_office_english_is_named_english(analyzer):
    text = ("Kære Bo\n\nVi har lavet en timeline for din sag, og vi venter på et svar på vores request til "
            "leverandøren. Vores approach er at starte med køkkenet.\n\nVenlig hilsen\nIda\n")

    hits = _english_hits(analyzer, text)
    assert sorted(w.lower() for w in hits) == ["approach", "request", "timeline"]
    for f in analyzer.analyze(text).findings:
        if text[f.start:f.end] == "request":
            assert f.suggestions == []  # no Danish look-alike ("requests" …) for an English word


def test_danish_loans_genitives_and_listed_words_are_not_generic_english(analyzer):
    text = ("Kære Jonas\n\nDu skal have dit eget headset med til kurset i weekenden. Vi har talt med "
            "ovennævnte patients læge om sagen. Vi har et kort meeting om det i morgen.\n\nVenlig hilsen\nIda\n")
    assert _english_hits(analyzer, text) == []
    # 'meeting' is klarsprog.engelske-ord's word: that finding says it, not a spelling finding
    spelled = [text[f.start:f.end] for f in rule_findings(analyzer, text, "stavning.hunspell")]
    assert "meeting" not in spelled


def test_a_trade_on_the_v_line_of_an_address_block():
    head = "Tømrerfirmaet Lind\nv/ tømrermester Bo Lind\nSkovvej 4\n7100 Vestby\n\n"
    assert is_to_professional(head + BODY_I)
    # an association's chair is no trade: "Til bestyrelsen … v/ formand …"
    assert not is_to_professional("Til bestyrelsen i Vestby Skytteforening\nv/ formand Ib Holm\nSkovvej 4\n"
                                  "7100 Vestby\n\n" + BODY_I)


OFFICIALESE = ("klarsprog.kancellisprog", "klarsprog.kancellisprog-vendinger")


@pytest.mark.parametrize("text, word", [
    ("Det konstateres, at raten for april ikke er betalt.", "Det konstateres, at"),
    ("Du skylder ejendomsskat for huset beliggende Møllevej 3.", "beliggende"),
])
def test_officialese_found_in_words8(analyzer, text, word):
    report = analyzer.analyze(text)
    hits = [text[f.start:f.end] for rule in OFFICIALESE for f in findings_of(report, rule)]
    assert word in hits
    calm = analyzer.analyze("Vi har konstateret, at raten for april ikke er betalt, og huset ligger på Møllevej 3.")
    assert not [f for rule in OFFICIALESE for f in findings_of(calm, rule)]


@pytest.mark.parametrize("greeting, expected", [
    ("Kære personale i Vuggestuen Solsikken\n\n", True),
    ("Kære medarbejdere på Plejecenter Lyngbo\n\n", True),
    ("Kære Personalet\n\n", True),
    ("Kære Pernille\n\n", False),
])
def test_a_greeting_to_the_staff_of_an_institution(greeting, expected):
    assert is_to_professional(greeting + BODY_I) is expected


@pytest.mark.parametrize("text, expected", [
    ("Kære Lone\n\nVi beder om en statusattest for jeres patient Anna Holm, som er sygemeldt.\n", True),
    ("Kære Peter\n\nTak for dit brev, hvor du på vegne af Deres klient beder om aktindsigt.\n", True),
    ("Hej Bo\n\nJeres medlem Karsten har fået svar fra os i dag.\n", True),
    # parents, and a citizen writing about our staff, are no professional readers
    ("Kære forældre\n\nHusk, at jeres barn skal have regntøj med.\n", False),
    ("Hej\n\nJeres medarbejder Lise sagde noget andet end jeres chef.\n", False),
    # a copy to the citizen: the citizen reads it too
    ("Kære Lone\n\nVi beder om en statusattest for jeres patient Anna Holm.\n\nKopi: Anna Holm\n", False),
])
def test_the_readers_own_person(text, expected):
    assert is_to_professional(text) is expected


@pytest.mark.parametrize("head, expected", [
    # internal mails (ELEMENTS' elements9 kinds, new wording): an office of ours, everyone in one of our units
    ("Til: Økonomisk Kontor\nFra: Skoleafdelingen, Ida Holm\nEmne: Budget\n\nHej\n\n", True),
    ("Fra: Ole Dam\nTil: Alle i Tandplejen Syd\nEmne: Ny vagtplan\n\nHej alle\n\n", True),
    ("Fra: Ole Dam\nTil: alle medarbejdere i Jobcentret\nEmne: Julefrokost\n\nHej alle\n\n", True),
    # everyone among the citizens is no staff
    ("Til alle borgere i Vestby\n\n", False),
    ("Til: Alle i opgangen\n\nKære beboere\n\n", False),
])
def test_internal_mail_to_an_office_or_a_unit(head, expected):
    assert is_to_professional(head + BODY_I) is expected


def test_english_part_of_a_hyphenated_compound(analyzer):
    text = ("Kære Jonas\n\nDin mentor laver en onboarding-plan til dig, og I holder et kick-off-møde. Send en e-mail "
            "til din UU-vejleder, hvis du har spørgsmål til HR-afdelingen.\n\nVenlig hilsen\nIda\n")
    assert sorted(_english_hits(analyzer, text)) == ["kick-off", "onboarding"]


@pytest.mark.parametrize("greeting", ["Kære Grundejere", "Kære Hundeejere", "Kære Pensionister", "Kære Sommerhusgæster",
                                      "Kære Erhvervsdrivende", "Kære Skoleelever", "Kære Idrætsforeninger"])
def test_a_greeting_to_a_group_of_citizens_names_no_organisation(greeting):
    """A plural greets people ("Kære Grundejere"), even when it is a compound of two nouns."""
    assert not is_to_professional(greeting + "\n\n" + BODY_I)


@pytest.mark.parametrize("att", ["Att.: boet efter Hans Jensen", "Att.: værge Susanne Bech", "Att.: datter Mette Holm",
                                 "Att.: forældre til Emil Hansen"])
def test_an_att_line_naming_family_heirs_or_a_guardian_is_no_post(att):
    assert not is_to_professional(att + "\nSkovvej 4\n7100 Vestby\n\n" + BODY_I)
