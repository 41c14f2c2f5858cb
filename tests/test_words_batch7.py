"""WORDS: kinds found on the blind letters of holdout words7, fixed at their cause. The examples are new
sentences and headers, not lines of the holdout.

Each test states what a rule must do and the neighbouring text it must still flag, so a test fails
whichever way the rule drifts."""

from __future__ import annotations

import pytest

from borgertekst.checks.klarsprog import is_to_professional
from kinds_support import rule_findings as _findings, severity_on as _severity


# --- who the letter is to: a trade or post by its ending, the block an "Att." line addresses, a firm acting for
# someone else ------------------------------------------------------------------------------------------------

BODY_JER = "Vi skriver om sagen, fordi vi mangler en oplysning fra jer til den.\n"
BODY_DIG = "Vi skriver om sagen, fordi vi mangler en oplysning fra dig til den.\n"


@pytest.mark.parametrize("head", [
    # a trade or post before the name on the first line of the address block
    "Vestby Kommune\nGenoptræning\n\nErgoterapeut Lise Dahl\nHåndens Hus\nKirkegade 2\n7100 Vestby\n\n",
    "Vestby Kommune\nBørn og Unge\n\nAutoriseret psykolog Per Lyng\nStrandvej 9\n7100 Vestby\n\n",
    # a post or a public unit on a "Til:" line
    "Fra: PPR, Vestby Kommune\nTil: Støttelærer for 3.B, Engskolen\n\n",
    "Fra: Visitationen, Vestby Kommune\nTil: Sygeplejen distrikt Syd\n\n",
    "Fra: Sundhedsplejen, Vestby Kommune\nTil: Bakkely Børnehave, Att.: Stuen Bien\n\n",
    # another municipality's department in the block its "Att." line addresses
    "Vestby Kommune\nFamilie\n\nØstby Kommune\nUngeafdelingen\nAtt.: Ole Dam\nTorvet 1\n8000 Østby\n\n",
    # a firm that writes for someone else
    "Vestby Kommune\nByg\n\nMurerfirmaet Holm ApS\nAtt.: Kim Holm\nVej 3\n7100 Vestby\n\n"
    "Vi har fået jeres ansøgning på vegne af ejeren af Enghavevej 4.\n",
])
def test_professional_readers_by_their_trade_post_or_unit(head):
    assert is_to_professional(head + BODY_JER)


@pytest.mark.parametrize("head", [
    # a firm as the holder of the permit, with a craft in its name
    "Fra: Vejmyndigheden, Vestby Kommune\nTil: Malermester Ib Skov ApS\n\n",
    # a firm without anyone it writes for
    "Vestby Kommune\nByg\n\nMurerfirmaet Holm ApS\nAtt.: Kim Holm\nVej 3\n7100 Vestby\n\n",
    # relatives, pupils, a citizen applying for a parent
    "Til pårørende til beboerne på Plejecentret Lærkely\n\n",
    "Til: Elever på Engskolen\n\n",
    "Vestby Kommune\nÆldre\n\nHanne Berg\nVej 3\n7100 Vestby\n\nDu har søgt på vegne af din mor.\n",
    # a citizen whose first name is an ordinary word, and the sender's own post in the letterhead
    "Vestby Kommune\nJobcenter\n\nHans Jensen\nVej 3\n7100 Vestby\n\n",
    "Vestby Kommune\nSocialrådgiver Eva Kro\n\nAnna Holm\nVej 3\n7100 Vestby\n\n",
])
def test_not_professional_readers(head):
    assert not is_to_professional(head + BODY_DIG)


def test_a_letter_to_a_therapist_gets_officialese_as_a_hint(analyzer):
    letter = ("Vestby Kommune\nGenoptræning\n\nFysioterapeut Lise Dahl\nKroppens Klinik\nKirkegade 2\n7100 Vestby\n\n"
              "Kære Lise Dahl\n\nVi har henvist ovennævnte borger til træning hos dig. Send os en status.\n\n"
              "Venlig hilsen\nEva Kro\nTlf. 11 22 33 44")
    assert _severity(analyzer, letter, "klarsprog.kancellisprog", "ovennævnte") == "info"
    to_citizen = letter.replace("Fysioterapeut Lise Dahl\nKroppens Klinik\n", "Lise Dahl\n")
    assert _severity(analyzer, to_citizen, "klarsprog.kancellisprog", "ovennævnte") == "warning"


# --- English: loans Retskrivningsordbogen has taken in are hints; office English among colleagues too ----------------

def test_english_loans_in_the_dictionary_are_hints_office_english_is_a_warning(analyzer):
    text = ("Hej Kasper\n\nFristen er fredag, men din deadline for CV'et er mandag. Giv gerne feedback, "
            "og tak for vores meeting i går.\n\nVenlig hilsen\nCamilla")
    assert _severity(analyzer, text, "klarsprog.engelske-laaneord", "deadline") == "info"
    assert _severity(analyzer, text, "klarsprog.engelske-laaneord", "feedback") == "info"
    assert _severity(analyzer, text, "klarsprog.engelske-ord", "meeting") == "warning"
    assert _severity(analyzer, text, "klarsprog.engelske-ord", "deadline") is None


def test_office_english_to_a_colleague_is_a_hint(analyzer):
    body = "Hej Mette\n\nTak for mødet. Vi tager en follow-up med forældrene i januar.\n\nHilsen\nJonas"
    colleague = "Fra: PPR, Vestby Kommune\nTil: Kontaktlærer for 5.A, Engskolen\n\n" + body
    citizen = "Fra: PPR, Vestby Kommune\nTil: Mette Holm\n\n" + body
    assert _severity(analyzer, colleague, "klarsprog.engelske-ord", "follow-up") == "info"
    assert _severity(analyzer, citizen, "klarsprog.engelske-ord", "follow-up") == "warning"


def test_save_the_date_is_english(analyzer):
    text = "Kære forældre\n\nSave the date: Fredag den 11. december holder vi juleklip i hallen.\n\nHilsen\nSkolen"
    assert _severity(analyzer, text, "klarsprog.engelske-ord", "Save the date") == "warning"


# --- jargon explained once in the letter is not jargon again in a later paragraph --------------------------------

def test_a_term_explained_earlier_in_the_letter_is_not_flagged_later(analyzer):
    explained = ("Hej Ali\n\nDu kan søge ind på STU (særligt tilrettelagt ungdomsuddannelse).\n\n"
                 "På STU får du en plan, der passer til dig.\n\nHilsen\nMaja")
    assert [f.text for f in _findings(analyzer, explained, "fagsprog.forvaltningsord") if f.text == "STU"] == []
    # explained only AFTER the first use: the first use is still jargon
    late = ("Hej Ali\n\nPå STU får du en plan, der passer til dig.\n\n"
            "Du kan søge ind på STU (særligt tilrettelagt ungdomsuddannelse).\n\nHilsen\nMaja")
    assert [f.start for f in _findings(analyzer, late, "fagsprog.forvaltningsord") if f.text == "STU"] == [late.index("STU")]


# --- words7 batch2: more readers by their post or unit, a department in the address block, a greeting to suppliers ----

@pytest.mark.parametrize("head", [
    "Vestby Kommune\nVej og Park\n\nNordisk Forsikring A/S\nSkadeafdelingen\nHavnevej 2\n2750 Ballerup\n\n",
    "Vestby Kommune\nÆldre\n\nKære leverandører\n\n",
    "Vestby Kommune\nBorgerservice\n\nBegravelsesforretningen Fred\nAtt.: Bedemand Ole Kaae\nVej 8\n9000 Aalborg\n\n",
    "Fra: Pladsanvisningen, Vestby Kommune\nTil: Dagtilbud Solsikken\n\n",
    "Vestby Kommune\nSocialpsykiatri\n\nBostedet Lyngly\nAtt.: Ole Dam\nVej 8\n7100 Vestby\n\n",
])
def test_more_professional_readers(head):
    assert is_to_professional(head + BODY_JER)


@pytest.mark.parametrize("head", [
    # our own department in a second sender block, a citizen living at a care home
    "Vestby Kommune\n\nSocialafdelingen, Vestby Kommune\nTorvet 1\n7100 Vestby\n\nAnna Holm\nVej 3\n7100 Vestby\n\n",
    "Vestby Kommune\nÆldre\n\nPoul Berg\nc/o Plejecentret Egely\nEgevej 4\n7100 Vestby\n\nKære Poul\n\n",
    "Vestby Kommune\nAffald\n\nKære beboere på Fyrgade\n\n",
])
def test_more_citizens_are_no_professional_readers(head):
    assert not is_to_professional(head + BODY_DIG)


@pytest.mark.parametrize("sentence, word, rule", [
    ("Der er en restance på 2.400 kr., hvilken skal betales inden fredag.", "hvilken", "klarsprog.kancellisprog-vendinger"),
    ("Der henstår et beløb på 2.400 kr. for vand.", "henstår", "klarsprog.kancellisprog-vendinger"),
    ("Betal senest 14 dage fra dato.", "fra dato", "klarsprog.kancellisprog"),
    ("Betal regningen, da du i modsat fald får et gebyr.", "i modsat fald", "klarsprog.kancellisprog"),
    ("Din sag er i review hos vores team.", "review", "klarsprog.engelske-ord"),
    ("Når sagen er closed, får du et brev.", "closed", "klarsprog.engelske-ord"),
])
def test_archaic_and_english_words_of_words7_batch2(analyzer, sentence, word, rule):
    assert _severity(analyzer, sentence, rule, word) == "warning"


@pytest.mark.parametrize("sentence, word, rule", [
    ("Skriv til os, hvilken dag du kan komme.", "hvilken", "klarsprog.kancellisprog-vendinger"),
    ("Vi har fået papirerne, hvilket betyder, at du kan starte.", "hvilket", "klarsprog.kancellisprog-vendinger"),
    ("Huset henstår tomt hele vinteren.", "henstår", "klarsprog.kancellisprog-vendinger"),
    ("Vi skriver fra datoen på brevet.", "fra dato", "klarsprog.kancellisprog"),
])
def test_their_everyday_neighbours_are_left_alone(analyzer, sentence, word, rule):
    assert _severity(analyzer, sentence, rule, word) is None


def test_the_readers_own_reference_line_marks_an_organisation():
    head = "Vestby Kommune\nØkonomi\n\nNordbo Pension\nPostboks 4\n\nJeres ref.: 77-1234\n\n"
    assert is_to_professional(head + BODY_JER)
    # our own reference or a subject line about the citizen's case is no such sign
    own = "Vestby Kommune\nØkonomi\n\nAnna Holm\nVej 3\n7100 Vestby\n\nVores ref.: 77-1234\nDeres ansøgning om hjælp\n\n"
    assert not is_to_professional(own + BODY_DIG)


# --- words7 batch3: mail between colleagues, the reader's own number line, a greeting to a trade ---------------------

@pytest.mark.parametrize("head", [
    "Fra: eva.holm@vestby.dk\nTil: ole.dam@vestby.dk\nEmne: Borger med gæld\n\nHej Ole\n\n",
    "Vestby Kommune\nOmsorg\n\nVikarhuset ApS\nAtt.: Planlægningen\nVej 3\n7100 Vestby\n\nJeres fakturanr.: 22871\n\n",
    "Vestby Kommune\nTandplejen\n\nKære tandlæge\n\n",
    "Vestby Kommune\nSundhed\n\nKære sundhedsplejerske\n\n",
])
def test_readers_of_words7_batch3(head):
    assert is_to_professional(head + BODY_JER)


@pytest.mark.parametrize("head", [
    # a citizen writing from a private address to a caseworker, and our mail to a citizen's private address
    "Fra: eva.holm@vestby.dk\nTil: ole.dam@gmail.com\nEmne: Din sag\n\nHej Ole\n\n",
    "Fra: Jobcenter Vestby <jobcenter@vestby.dk>\nTil: ole.dam@hotmail.com\n\nHej Ole\n\n",
    # a farmer under a påbud, a guardian, a citizen's first name in the greeting
    "Vestby Kommune\nMiljø\n\nLandmand Jens Holm\nHolmgård\nBækvej 22\n6600 Vejen\n\n",
    "Vestby Kommune\nVisitation\n\nOle Hansen\n(værge for Inge Hansen)\nVej 3\n7100 Vestby\n\nKære Ole Hansen\n\n",
    "Vestby Kommune\nBorgerservice\n\nKære Frank\n\n",
])
def test_citizens_of_words7_batch3_are_no_professional_readers(head):
    assert not is_to_professional(head + BODY_DIG)


@pytest.mark.parametrize("word", ["scheduled", "pending", "good to go"])
def test_office_english_of_words7_batch3(analyzer, word):
    text = "Hej Mikkel\n\nJeg har scheduled et møde. Din sag står som pending, men så er vi good to go.\n\nHilsen\nLine"
    assert _severity(analyzer, text, "klarsprog.engelske-ord", word) == "warning"


def test_words7_batch4_another_department_and_on_hold(analyzer):
    assert is_to_professional("Til Økonomiforvaltningen, att. budgetansvarlig for ældreområdet\n\nNotat\n\n" + BODY_JER)
    assert not is_to_professional("Vestby Kommune\nTeknik\n\nFrisør Anne Lind\nSalon Lind\nTorvet 3\n4600 Køge\n\n" + BODY_DIG)
    text = "Hej Ahmad\n\nDin danskuddannelse er on hold, indtil praktikken slutter.\n\nHilsen\nSanne"
    assert _severity(analyzer, text, "klarsprog.engelske-ord", "on hold") == "warning"


# --- words7 batch5: a department in the definite form after "Att.", an estate agent, a newspaper's desk -------------

@pytest.mark.parametrize("head", [
    "Vestby Kommune\nØkonomi\n\nVestby Varmeværk a.m.b.a.\nAtt.: Kreditorbogholderiet\nVej 2\n8500 Grenaa\n\n",
    "Vestby Kommune\nEjendomsskat\n\nKære ejendomsmægler\n\n",
    "Fra: Kommunikation, Vestby Kommune\nTil: Redaktionen, Vestby Avis\n\n",
])
def test_readers_of_words7_batch5(head):
    assert is_to_professional(head + BODY_JER)


@pytest.mark.parametrize("head", [
    # the owner or chair of a firm or association a permit or order is for, and a family
    "Vestby Kommune\nMiljø\n\nCafé Havet ApS\nAtt.: Indehaveren\nHavnen 2\n7100 Vestby\n\n",
    "Vestby Kommune\nVej\n\nTil: Ejerforeningen Parkvej, v/ formand Kirsten Lau\n\n",
    "Til familien Jensen\nEngtoften 7\n8600 Silkeborg\n\nKære Maria og Lars\n\n",
])
def test_owners_associations_and_families_are_no_professional_readers(head):
    assert not is_to_professional(head + BODY_DIG)
