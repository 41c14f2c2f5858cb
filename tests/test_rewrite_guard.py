"""The guard on every applied change, one test per breakage class, and the
inflection of replacements to the matched word's form."""

import pytest

from borgertekst.nlp import hunspell_da
from borgertekst.rewriting import guard, inflect

needs_hunspell = pytest.mark.skipif(not hunspell_da.available(), reason="da_DK Hunspell dictionary missing")


def problems(text: str, old: str, new: str) -> list[str]:
    i = text.index(old)
    return guard.problems(text, i, i + len(old), new)


# (text, old, new, the reason the guard must give) – the change breaks the sentence
BREAKAGES = [
    ("Vi har modtaget dit spørgsmål.", "spørgsmål", "henvendelse", "bøjning"),
    ("Afgørelsen kan ikke indbringes for en højere administrativ myndighed.", "administrativ myndighed",
     "en anden myndighed", "bøjning"),
    ("Afgørelsen følger Selvstyrets lovbekendtgørelse nr. 62.", "lovbekendtgørelse", "loven", "bøjning"),
    ("Fristen regnes fra den dag, brevet er kommet til Deres digitale postkasse.", "Deres", "dine", "bøjning"),
    ("Vi sender tegningen og ansøgerens begrundelse.", "ansøgerens", "din", "tredjepart"),
    ("Vi sender din skrivelse videre.", "skrivelse", "brev", "bøjning"),
    ("Du kan søge om en ny bevilling hos os.", "bevilling", "at du får", "bøjning"),
    ("Vi bruger hermed at at.", "hermed", "at", "dobbeltord"),
    ("Vi har besluttet at give dig hjælp.", "besluttet", "beslutte", "verbalform"),
    ("Tilladelsen bortfalder 1. maj.", "bortfalder", "stoppe", "verbalform"),
    ("Vi kan godt fremsende brevet.", "fremsende", "sendt", "verbalform"),
    ("Du kan kontakte undertegnede på telefon.", "undertegnede", "jeg", "kasus"),
    ("Du skal ej betale.", "ej ", "", "nægtelse"),
    ("Du skal ikke betale noget.", "ikke ", "", "nægtelse"),
    ("Du skal sende det senest 1. maj 2026.", "1. maj", "1. juni", "dato"),
    ("Du skal betale 500 kr. inden fredag.", "500 kr.", "600 kr.", "beløb"),
    ("Efter § 12 har du ret til hjælp.", "§ 12", "§ 13", "paragraf"),
    ("Du får hjælp i 3 måneder.", "3", "tre", "tal"),
    ("Ansøger har søgt om lov til at bygge.", "Ansøger", "Du", "tredjepart"),
    ("Vi har talt med barnet om flytningen.", "barnet", "dig", "tredjepart"),
    ("Du skriver: \"Jeg vil have aktindsigt i alt.\"", "aktindsigt", "at se papirerne", "citat"),
    ("Du skriver: Jeg vil have aktindsigt i alt.", "aktindsigt", "at se papirerne", "citat"),
    ("CPR-nr.: 010190-XXXX", "XXXX", "xxxx", "cpr"),
    ("Kære Anna\n\nKlagevejledning\n\nDu kan klage til os.", "Klagevejledning", "Sådan klager", "overskrift"),
    ("Kære Anna\n\nKlagevejledning\n\nDu kan klage til os.", "Klagevejledning", "du kan klage.", "overskrift"),
]


@needs_hunspell
@pytest.mark.parametrize("text,old,new,reason", BREAKAGES)
def test_guard_catches_each_breakage_class(text, old, new, reason):
    assert reason in problems(text, old, new)


# the same places with a change that fits: the guard lets it through
GOOD = [
    ("Vi har modtaget dit spørgsmål.", "dit spørgsmål", "din henvendelse"),
    ("Vi sender din skrivelse videre.", "din skrivelse", "dit brev"),
    ("Vi har besluttet at give dig hjælp.", "besluttet", "valgt"),
    ("Tilladelsen bortfalder 1. maj.", "bortfalder", "stopper"),
    ("Du kan kontakte undertegnede på telefon.", "undertegnede", "mig"),
    ("Du skal ej betale.", "ej", "ikke"),
    ("Kære Anna\n\nKlagevejledning\n\nDu kan klage til os.", "Klagevejledning", "Sådan klager du"),
    ("Vi har fremsendt brevet.", "fremsendt", "sendt"),
    ("Såfremt du har spørgsmål, kan du ringe.", "Såfremt", "Hvis"),
    ("Borgeren har søgt om hjælp.", "Borgeren", "Du"),
    ("Vi har set på Deres økonomiske forhold.", "Deres", "dine"),
    ("Ikke desto mindre kan vi ikke give dig hjælpen.", "Ikke desto mindre", "Alligevel"),
    ("Vi har fået din ansøgning d.d.", "d.d.", "i dag."),
]


@needs_hunspell
@pytest.mark.parametrize("text,old,new", GOOD)
def test_guard_lets_a_fitting_change_through(text, old, new):
    assert problems(text, old, new) == []


def test_a_problem_already_there_is_not_blamed_on_the_change():
    text = "Vi har modtaget din spørgsmål, og såfremt du vil, kan du ringe."
    assert problems(text, "såfremt", "hvis") == []


def test_explain_is_danish_and_names_every_reason():
    sentence = guard.explain(["citat", "dato"])
    assert sentence.startswith("Ændringen bruges ikke")
    assert guard.REASONS["citat"] in sentence and guard.REASONS["dato"] in sentence


@needs_hunspell
@pytest.mark.parametrize("replacement,matched,expected", [
    ("brev", "skrivelsen", "brevet"),
    ("brev", "skrivelser", "breve"),
    ("ønske", "anmodningerne", "ønskerne"),
    ("regning", "opkrævningens", "regningens"),
    ("ekstra udgift", "merudgifter", "ekstra udgifter"),
    ("ekstra udgift", "merudgifterne", "de ekstra udgifter"),
    ("plan", "Handleplanen", "Planen"),
])
def test_nouns_take_the_matched_form(replacement, matched, expected):
    assert inflect.inflect_noun(replacement, matched)[0] == expected


@needs_hunspell
@pytest.mark.parametrize("replacement,matched,expected", [
    ("give", "bevilget", "givet"),
    ("give", "bevilgede", "gav"),
    ("sende", "fremsendt", "sendt"),
    ("sende", "fremsender", "sender"),
    ("sende", "fremsendes", "sendes"),
    ("bede", "anmoder", "beder"),
    ("bede", "anmodede", "bad"),
    ("sige ja til", "imødekommet", "sagt ja til"),
    ("stoppe", "bortfalder", "stopper"),
    ("skrive", "anførte", "skrev"),
    ("lave", "udarbejdet", "lavet"),
])
def test_verbs_take_the_matched_tense(replacement, matched, expected):
    assert inflect.inflect_verb(replacement, matched) == expected


@needs_hunspell
def test_a_particle_verb_cannot_become_passive():
    assert inflect.inflect_verb("klage over", "påklages") is None


@needs_hunspell
@pytest.mark.parametrize("before,gender,expected", [
    (["din"], "Neut", ["dit"]),
    (["en", "ny"], "Neut", ["et", "nyt"]),
    (["den", "nye"], "Neut", ["det", "nye"]),
    (["dit"], "Com", ["din"]),
])
def test_determiners_agree_with_the_new_noun(before, gender, expected):
    assert inflect.agree_before(before, gender) == expected


def test_a_quotation_after_du_skriver_ends_at_its_closing_mark():
    from borgertekst.rewriting.quotes import quoted_spans

    text = 'Du skriver: "Jeg vil klage i henhold til loven." Vi svarer i henhold til loven.'
    after = text.rindex("i henhold til")
    assert all(not (s <= after < e) for s, e in quoted_spans(text))
    assert guard.problems(text, after, after + len("i henhold til"), "efter") == []
    inside = text.index("i henhold til")
    assert "citat" in guard.problems(text, inside, inside + len("i henhold til"), "efter")
    # without quotation marks the rest of the paragraph is the citizen's
    bare = "Du skriver: jeg vil klage i henhold til loven. Vi svarer i henhold til loven.\n\nNyt afsnit."
    last = bare.rindex("i henhold til")
    assert "citat" in guard.problems(bare, last, last + len("i henhold til"), "efter")
    assert all(not (s <= bare.index("Nyt") < e) for s, e in quoted_spans(bare))
