"""Plain-language checks that need the language layer: passive voice and
formal address. Messages, severities and examples are in ``rules/klarsprog/``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

import regex
from spacy.attrs import LEMMA, MORPH, ORTH

from ..matchers.hit import Hit
from ..matchers.literals import LazyPattern
from ..nlp import hunspell_da
from ..nlp.lexicon import treebank_word_classes

FORMAL = {"de": "du", "dem": "dig"}
FORMAL_PLURAL = {"de": "I", "dem": "jer", "deres": "jeres"}
POSSESSIVE = {"Com": "din", "Neut": "dit", "Plur": "dine"}


def _is_participle(tok) -> bool:
    if "Part" in tok.morph.get("VerbForm"):
        return True
    lower = tok.lower_
    lemma = tok.lemma_
    return lemma != lower and lemma.endswith("e") and lower.endswith(("t", "et")) and tok.is_alpha


_PASSIVE_MORPH: dict[int, bool] = {}  # morph hash -> has Voice=Pass


def _passive_morph(morph: int, strings) -> bool:
    """``"Pass" in token.morph.get("Voice")`` from the morph's hash (FEATS string)."""
    known = _PASSIVE_MORPH.get(morph)
    if known is None:
        known = False
        for feature in strings[morph].split("|"):
            field, _, values = feature.partition("=")
            if field == "Voice":
                known = "Pass" in values.split(",")
        if len(_PASSIVE_MORPH) < 100_000:
            _PASSIVE_MORPH[morph] = known
    return known


def _names_agent(doc, k: int, of_not_agent: frozenset) -> bool:
    """Whether the passive's participle at ``k`` is followed in its clause by "af" and who did it ("vurderet som
    trafikfarlig af politiet", "udført af Hjemmeplejen Syd", "behandlet af os"): then the letter says who acts."""
    for j in range(k + 1, min(len(doc) - 1, k + 5)):
        tok = doc[j]
        if tok.is_punct or tok.is_space or tok.lower_ in _CLAUSE_START:
            return False
        if tok.lower_ == "af":
            before = doc[j - 1].lower_
            if before in of_not_agent or (j - 1 > k and before.endswith(("en", "et", "ne"))):
                return False  # "på grund af", "en del af", "resten af dagen", "værdien af dødsboet"
            nxt = doc[j + 1]
            return nxt.text[:1].isupper() or nxt.lower_ in ("os", "mig", "dig", "kommunen", "den", "det", "de", "en",
                                                           "et") or nxt.lower_.endswith(("en", "et", "ne"))
    return False


_CLAUSE_START = frozenset({"at", "der", "hvis", "fordi", "når", "men", "og", "eller"})
class PassiveWords(NamedTuple):
    """``passive``'s word lists (rules/klarsprog/passiv.yaml, its options), lower-case."""
    intransitive: frozenset = frozenset()  # vaere_passive: verbs that take "være" in the perfect themselves
    before_der: frozenset = frozenset()  # vaere_passive: a conjunction or adverb before the expletive "der"
    adverbs: frozenset = frozenset()  # vaere_passive
    prepositions: frozenset = frozenset()  # vaere_passive
    determiners: frozenset = frozenset()  # vaere_passive
    noun_subject_participles: frozenset = frozenset()  # vaere_passive: "Din ansøgning er modtaget"
    noun_subject_openers: frozenset = frozenset()  # vaere_passive: "Din", "Jeres" …
    not_participles: frozenset = frozenset()  # -t words that are no participle ("bliver forsinket", "nødt")
    vaere_not_participles: frozenset = frozenset()  # -t words after "der er" ("der er lidt mad")
    of_not_agent: frozenset = frozenset()  # a word before "af" that makes it no agent ("på grund af")
    pronoun_or_relative: frozenset = frozenset()  # right before "er": no noun subject ("som er modtaget")
    vaere: bool = False  # the rule has the ``vaere_passive`` option: være-passives are looked for


_VAERE_LISTS = ("intransitive", "before_der", "adverbs", "prepositions", "determiners", "noun_subject_participles",
                "noun_subject_openers")
_WORD_LISTS = ("not_participles", "vaere_not_participles", "of_not_agent", "pronoun_or_relative")


def _vaere_words(rule, nlp=None) -> PassiveWords:
    """``passive``'s state (built once per rule by the function matcher): the word lists of the rule's options
    (``vaere_passive`` and the lists beside it)."""
    def words(opts, name):
        return frozenset(str(w).lower() for w in (opts or {}).get(name, []))

    options = rule.options or {}
    vaere = options.get("vaere_passive") or {}
    return PassiveWords(*(words(vaere, name) for name in _VAERE_LISTS),
                        *(words(options, name) for name in _WORD_LISTS), vaere=bool(vaere))


def _noun_subject_passive(doc, i: int, words: PassiveWords) -> int | None:
    """The participle's index when "er/var" at ``i`` makes a passive with a noun subject that opens the sentence
    ("Din ansøgning er modtaget", "Kravet er opgjort på grundlag af …", "Jeres ansøgning om en plads er modtaget"):
    only the participles of what the authority does (``noun_subject_participles``: "modtaget", "bevilget",
    "opgjort"), not states ("Kontoret er lukket"); the sentence opens with a possessive ("Din", "Jeres") or a
    definite noun ("Kravet"), and no pronoun, "der" or "som" stands right before "er"."""
    adverbs, participles, openers = words.adverbs, words.noun_subject_participles, words.noun_subject_openers
    if not participles or doc[i].lower_ not in ("er", "var"):
        return None
    k = i + 1
    while k < len(doc) and k < i + 4 and doc[k].lower_ in adverbs:
        k += 1
    if k >= len(doc) or doc[k].lower_ not in participles:
        return None
    if _names_agent(doc, k, words.of_not_agent):
        return None  # "Strækningen er vurderet af politiet": it says who did it
    if i == 0 or doc[i - 1].lower_ in words.pronoun_or_relative or doc[i - 1].is_punct:
        return None
    j = i - 1
    while j > 0 and not doc[j].is_sent_start and i - j < 16:
        if doc[j - 1].lower_ in ("og", "men") and doc[j - 2].text == "," if j >= 2 else False:
            # words13: a main clause after ", og" / ", men" ("…, og rengøringen er tilrettelagt, så …", "…, men din
            # ansøgning er ikke behandlet"): its own subject opens it; a bare noun only as a definite noun
            lower = doc[j].lower_
            morph = str(doc[j].morph)
            if lower in openers or (j == i - 1 and doc[j].is_lower and "Definite=Def" in morph
                                    and "VerbForm" not in morph and lower.endswith(("en", "et")) and len(lower) > 4):
                return k
            return None
        if doc[j].is_punct and doc[j].text not in ("-", "/"):
            return None  # a clause of its own before "er" ("Den ansøgning, du sendte, er …": left alone)
        j -= 1
    first = doc[j]
    if not first.is_sent_start:
        return None
    lower = first.lower_
    if lower in openers or (first.text[:1].isupper() and first.is_alpha and len(lower) > 3
                            and lower.endswith(("en", "et")) and j == i - 1):
        return k
    return None


def _expletive_der(doc, i: int, before_der: frozenset, adverbs: frozenset, subject: str = "der") -> bool:
    """Whether the form of "være" at ``i`` has the expletive "der" as subject: "Der er …" at the start of a
    sentence or after a conjunction ("og der er …", "at der ikke er …"), or "er der" after it ("Derfor er der
    …"); not the relative "der" after a noun ("den hjælp, der er bevilget"). ``subject`` "det": the same places
    for a formal "det"."""
    if i + 1 < len(doc) and doc[i + 1].lower_ == subject:
        return True
    j = i - 1
    while j > 0 and i - j < 3 and doc[j].lower_ in adverbs:  # "at der ikke er", "hvis der allerede er"
        j -= 1
    if j < 0 or doc[j].lower_ != subject:
        return False
    if j < 1 or doc[j].is_sent_start:
        return j == i - 1  # "Der er …"; "Der ikke er" is no sentence
    return doc[j - 1].lower_ in before_der


def _vaere_passive(doc, i: int, words: PassiveWords) -> int | None:
    """The participle's index when "der er/var" at ``i`` is a passive ("Der er derfor ikke bevilget …", "der er
    ved vurderingen lagt vægt på …"): a transitive verb's participle after adverbs and prepositional phrases,
    not a verb that takes "være" itself ("der er sket", "der er kommet"), not after a determiner ("der er et
    begrænset antal": an adjective)."""
    intransitive, before_der, adverbs = words.intransitive, words.before_der, words.adverbs
    prepositions, determiners = words.prepositions, words.determiners
    if doc[i].lower_ not in ("er", "var"):
        return None
    # "Det er besluttet, at …", "Efter en samlet vurdering er det besluttet at …": a formal "det" with an
    # at-clause after the participle (not "det er lukket": the office)
    formal = not _expletive_der(doc, i, before_der, adverbs)
    if formal and not _expletive_der(doc, i, before_der, adverbs, "det"):
        return None
    k = i + 1
    if k < len(doc) and doc[k].lower_ in ("der", "det"):
        k += 1
    end = min(len(doc), i + 8)
    while k < end:
        tok = doc[k]
        lower = tok.lower_
        if tok.is_punct or tok.is_space or lower in determiners:
            return None
        if lower in adverbs:
            k += 1
            continue
        if lower in prepositions:  # "ved vurderingen", "i den forbindelse"
            k += 1
            while k < end and doc[k].lower_ in determiners:
                k += 1
            k += 1
            continue
        if lower in words.not_participles or lower in words.vaere_not_participles or lower.endswith("st") \
                or not _is_participle(tok):
            return None
        # the lemma, or the infinitive the form gives when the lemmatiser read a noun ("løbet" -> "løb")
        verbs = {tok.lemma_.lower(), lower[:-2] + "e" if lower.endswith("et") else lower[:-1] + "e"}
        if verbs & intransitive:
            return None
        if formal:
            after = [t.lower_ for t in doc[k + 1:k + 3]]
            if not (after[:1] in (["at"], ["om"]) or after == [",", "at"] or after == [",", "om"]):
                return None
        return k
    return None


def passive(analysis, rule, state):
    """s-passive ("behandles"), blive-passive ("blev afvist") and være-passive after "der" ("der er bevilget")."""
    doc = analysis.doc
    if not len(doc):
        return
    # the tokens' morph and lemma hashes in one array read; Tokens only where there is a hit
    strings = doc.vocab.strings
    blive = strings["blive"]  # the hash (nothing is added)
    vaere = strings["være"] if state.vaere else None  # state: ``_vaere_words``
    for i, (morph, lemma) in enumerate(doc.to_array([MORPH, LEMMA]).tolist()):
        if lemma == vaere and vaere is not None:
            k = _vaere_passive(doc, i, state)
            if k is None:
                k = _noun_subject_passive(doc, i, state)
            if k is not None:
                yield Hit(doc[i].idx, doc[k].idx + len(doc[k].text), fields={"kind": "være-passiv"})
            continue
        if _passive_morph(morph, strings):
            tok = doc[i]
            if _genitive_participle(doc, tok):
                continue  # "indklagedes bøgehæk": the genitive of a noun, not a passive verb
            yield Hit(tok.idx, tok.idx + len(tok.text), fields={"kind": "s-passiv"})
        elif lemma == blive:
            tok = doc[i]
            # skip adverbs and the subject between "blive" and the participle
            for nxt in doc[tok.i + 1: tok.i + 4]:
                if nxt.is_punct or nxt.is_space:
                    break
                if nxt.lower_ in state.not_participles:
                    break  # "vi kan blive nødt til at …": an adjective, not a passive
                if _is_participle(nxt):
                    yield Hit(tok.idx, nxt.idx + len(nxt.text), fields={"kind": "blive-passiv"})
                    break


passive.setup = _vaere_words


_NO_GENITIVE_BEFORE = frozenset({"der", "det", "som", "hvor", "ikke", "da", "når"})


def _genitive_participle(doc, tok) -> bool:
    """A participle used as a noun, in the genitive ("indklagedes bøgehæk", "sigtedes forklaring"):
    -edes before an indefinite noun. "Der behandledes sager" (after "der") is the old s-passive."""
    if len(tok) < 8 or not tok.lower_.endswith("edes") or tok.i + 1 >= len(doc):  # not "bedes"
        return False
    nxt = doc[tok.i + 1]
    if not (nxt.is_alpha and nxt.morph.get("Gender") and "Ind" in nxt.morph.get("Definite")):
        return False
    return tok.i == 0 or doc[tok.i - 1].lower_ not in _NO_GENITIVE_BEFORE


def _weak_adjective(tok, following) -> bool:
    """An adjective's -e form followed by another word ("digitale postkasse"): its
    number features say nothing about the noun. Known adjectives from the word-class
    table, unknown words only when the form is the lemma + "e" (digital → digitale)."""
    if not following.is_alpha or not tok.is_alpha:
        return False
    cls = treebank_word_classes().get(tok.lower_)
    if cls is not None:
        return cls == "ADJ"
    return tok.lower_.endswith("e") and tok.lower_ == tok.lemma_ + "e"


def _weak_participle(tok, following) -> bool:
    """A past participle in -te/-de before another word ("sandsynliggjorte merudgifter", "fremsendte
    lønsedler"): like an adjective's -e form it says nothing about the noun's number."""
    lower = tok.lower_
    return (following.is_alpha and tok.is_alpha and lower.endswith(("te", "de"))
            and tok.lemma_ != lower and tok.lemma_.endswith("e"))


def _possessive_for(doc, i: int) -> str:
    """din/dit/dine for "Deres" + the noun it goes with: the first word after
    it that the language layer knows as a noun (adjectives carry no gender)."""
    plural = False
    words = doc[i + 1: i + 4]
    for k, nxt in enumerate(words):
        if nxt.is_punct or nxt.is_space:
            break
        if k + 1 < len(words) and (_weak_adjective(nxt, words[k + 1]) or _weak_participle(nxt, words[k + 1])):
            continue  # "Deres digitale postkasse", "Deres sandsynliggjorte merudgifter": -e in both numbers
        number = nxt.morph.get("Number")
        gender = nxt.morph.get("Gender")
        if "Plur" in number and gender:
            return POSSESSIVE["Plur"]
        if gender:
            # the dictionary's gender of the lemma where it knows one ("grund" is common gender)
            return POSSESSIVE.get(hunspell_da.noun_gender(nxt.lemma_, compounds=False) or gender[0], "din")
        plural = plural or "Plur" in number  # a plural without gender: an adjective or unknown noun
    return POSSESSIVE["Plur"] if plural else ""


_CLAUSE_OPENERS = frozenset({":", "•", "-", "–", "*", "\uf0b7", "·"})


def _clause_initial(doc, i: int) -> bool:
    """Where a capital letter need not mean polite address: sentence start,
    after a colon, bullet or line break, after a number ("Figur 1 De tre …")."""
    if doc[i].is_sent_start:
        return True
    j = i - 1
    while j >= 0 and doc[j].is_space:
        if "\n" in doc[j].text:
            return True
        j -= 1
    if j < 0:
        return True
    prev = doc[j]
    # words13d: a single capital and a full stop as one token ("… til personalet på afdeling B. De blev glade."): the
    # sentence splitter reads it as a name's initial, but it mostly ends the sentence
    return prev.text in _CLAUSE_OPENERS or "\n" in prev.whitespace_ or prev.like_num \
        or (len(prev.text) == 2 and prev.text[1] == "." and prev.text[0].isupper())


def _is_determiner(doc, i: int) -> bool:
    """Sentence-initial "De" as the plural article or "they" + a noun phrase:
    "De to sager …", "De nye regler …", "De borgere, der …". Polite "De" is
    followed by a verb ("De kan ringe …")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if nxt is None or nxt.is_punct or nxt.is_space:
        return False
    after = doc[i + 2] if i + 2 < len(doc) else None
    if _present_verb_here(doc, i, nxt, after):
        return False
    if nxt.like_num or nxt.morph.get("Gender") or "Plur" in nxt.morph.get("Number"):
        return True
    if after is None or not nxt.lower_.endswith("e") or nxt.lower_ in _AUXILIARIES or after.morph.get("Voice"):
        return False
    # "De nye regler": an inflected adjective and a plural noun; "De oplyste forhold", "De fremsendte
    # dokumenter": a participle and an indefinite noun (polite "De sendte dokumenterne" has a definite one)
    return "Plur" in after.morph.get("Number") or (
        bool(after.morph.get("Gender")) and "Ind" in after.morph.get("Definite"))


# words that follow a verb, not a noun: "De klager ikke …", "De klager via Klageportalen", "De klager senest …"
_AFTER_A_VERB = frozenset({"ikke", "også", "altid", "aldrig", "senest", "via", "straks", "selv", "gerne", "derfor",
                           "kun", "stadig", "hurtigst", "digitalt", "skriftligt"})


def _present_verb_here(doc, i: int, nxt, after) -> bool:
    """"De klager via …", "De klager ved at skrive …": a word in -er that can be a plural noun ("klager", "søger")
    followed by a word that only follows a verb: the present tense after polite "De"."""
    if after is None or not nxt.lower_.endswith("er") or not nxt.is_alpha:
        return False
    if after.lower_ in _AFTER_A_VERB:
        return True
    return after.lower_ == "ved" and i + 3 < len(doc) and doc[i + 3].lower_ == "at"


# past tenses and modals in -e that polite "De" is followed by ("De havde ret", "De måtte betale …")
_AUXILIARIES = frozenset({"ville", "kunne", "skulle", "måtte", "burde", "turde", "havde", "gjorde",
                          "sagde", "lagde", "valgte", "sendte", "købte", "betalte", "fik"})


def _impersonal_verb(doc, i: int, impersonal: frozenset) -> bool:
    """Sentence-initial "De" + a verb whose subject is a thing, not a person ("De nye regler trådte i
    kraft 1. juli. De betyder, at …", "De gælder fra …"): "they", never polite address."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is not None and nxt.lower_ in impersonal


def _finite_verb(tok) -> bool:
    """A present or past tense verb by its lemma: "udgør"/"udgøre", "viser"/"vise", "er"/"være"."""
    lower = tok.lower_
    if lower in _FINITE:
        return True
    lemma = tok.lemma_
    return (tok.is_alpha and lemma != lower and lemma.endswith("e")
            and (lemma == lower + "e" or (lower.endswith("r") and lemma == lower[:-1])))


_FINITE = frozenset({"er", "var", "har", "havde", "kan", "kunne", "skal", "skulle", "vil", "ville", "må", "måtte",
                     "bliver", "blev"})


def _article_mid_sentence(doc, i: int) -> bool:
    """A capitalised article mid-sentence: "…, at De sandsynliggjorte merudgifter udgør 390 kr." (a participle
    or adjective, a plural noun, then the verb). Polite "De" + a past tense has no verb after its object
    ("at De fremsendte dokumenter til os")."""
    if i + 3 >= len(doc):
        return False
    nxt, noun, verb = doc[i + 1], doc[i + 2], doc[i + 3]
    return (nxt.is_lower and (_weak_participle(nxt, noun) or _weak_adjective(nxt, noun))
            and noun.is_lower and "Plur" in noun.morph.get("Number") and _finite_verb(verb))


def _in_name(doc, i: int) -> bool:
    """"De" as the first word of a name: the next word is capitalised too ("De Fire
    Årstider", "De Gamles By"). Polite "De" is followed by a verb or an adverb
    in lower case ("De kan ringe", "De har ikke")."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (nxt is not None and nxt.is_alpha and nxt.text.istitle()
            and nxt.text not in ("Dem", "Deres") and not nxt.is_sent_start)


# a letter with no "du"/"jer" at all: its clause-initial De/Deres are polite address when there are several
_INFORMAL = regex.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b", regex.IGNORECASE)
# plural "I" inside a sentence ("Har I spørgsmål, er I velkomne"); a sentence or line may start with "I dag"
_PLURAL_YOU = regex.compile(
    r"(?<!^\s{0,3})(?<![.!?:\n]\s{0,3})(?<!(?:^|[.!?:\n])\s*[\"»”“]\s*)\bI\b(?!\s*[.:/])")


_SINGULAR_YOU = regex.compile(r"\b(?:du|dig|din|dit|dine)\b", regex.IGNORECASE)
_PLURAL_OBJECT = regex.compile(r"\b(?:jer|jeres)\b", regex.IGNORECASE)
# the reader and one more person, said to the reader ("Hvis De og Deres kæreste flytter sammen … Hvis I bor
# sammen", "du og din søn", "Deres samlever"): a plural "I/jer/jeres" is the two of them, the letter is to one reader.
# rewriting.addressee reads the same pattern, so the suggestion and the rewrite agree
WITH_PARTNER = regex.compile(
    r"\b(?:du|De|dig|Dem)\s+og\s+(?:din|dit|Deres)\s+[a-zæøå]+|"
    r"\b(?:din|Deres)\s+(?:kæreste|samlever|ægtefælle|mand|kone|hustru|partner|registrerede partner)\b")


def _speaks_to_several(text: str) -> bool:
    """The letter's informal address is plural ("Hvis I har spørgsmål", "jeres søn") and never
    singular: its De-form slips are "I"/"jer"/"jeres", not "du"/"dig"/"din"."""
    if _SINGULAR_YOU.search(text) is not None or WITH_PARTNER.search(text) is not None:
        return False
    if _PLURAL_OBJECT.search(text) is not None:
        return True
    # plural "I" twice (one capital "I" may be a numeral: "bilag I")
    found = _PLURAL_YOU.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


class AddressState:
    """Word lists of ``klarsprog.tiltale`` (its options): when a sentence-initial "De" is "they"."""

    def __init__(self, options: dict | None = None):
        options = options or {}

        def words(key):
            return frozenset(w.lower() for w in options.get(key, ()))

        self.impersonal = words("impersonal_verbs")
        self.after_plural_subject = words("verbs_after_plural_subject")
        self.person_plurals = words("person_plurals")
        self.thing_participles = words("thing_participles")
        self.address_passives = words("address_passives")
        self.said_nouns = words("people_said_nouns")


_NO_STATE = AddressState()


def _previous_sentence(doc, i: int):
    """The tokens of the sentence before the one token ``i`` starts (without spaces), or None."""
    j = i - 1
    while j >= 0 and (doc[j].is_space or doc[j].is_punct):
        j -= 1
    if j < 0:
        return None
    end = j + 1
    while j > 0 and not doc[j].is_sent_start:
        j -= 1
    return [t for t in doc[j:end] if not t.is_space]


def _refers_back(doc, i: int, state: AddressState, chain: int = 1) -> bool:
    """Sentence-initial "De" that takes up the plural subject of the sentence before: "De oplyste
    forhold er indgået i vurderingen. De giver ikke grundlag for …" (that sentence opened with the
    article "De" and this verb suits things), "… talt med de involverede medarbejdere. De har
    oplyst, at …" (that sentence ended with people in the plural, or opened with them: "Naboerne er
    orienteret. De har ikke haft bemærkninger."), "De er vedlagt" (a participle said of papers)."""
    if not doc[i].is_sent_start:
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    after = doc[i + 2] if i + 2 < len(doc) else None
    if (nxt is not None and after is not None and nxt.lower_ in ("er", "blev", "bliver", "var")
            and after.lower_ in state.thing_participles):
        return True  # "De er vedlagt dette brev", "De er udarbejdet af forvaltningen": papers, not a person
    if nxt is not None and _passive_morph(nxt.morph.key, doc.vocab.strings):
        return False  # "De indkaldes hermed", "De anmodes om …": the polite address of an official letter
    previous = _previous_sentence(doc, i)
    if not previous:
        return False
    first = previous[0]
    if (nxt is not None and nxt.lower_ in state.after_plural_subject and first.text == "De"
            and _is_determiner(doc, first.i)):
        return True
    words = [t for t in previous if t.is_alpha]
    # people in the plural end the sentence before, or are its subject ("Naboerne er orienteret. De har …")
    # (the subject made definite by a possessive counts too: "Deres naboer har bekræftet det. De har set Dem flytte.")
    if bool(words) and (words[-1].lower_ in state.person_plurals
                        or any(w.lower_ in state.person_plurals
                               and (w.lower_.endswith("ne") or k > 0 and words[k - 1].lower_ in _POSSESSIVES)
                               for k, w in enumerate(words[:3]))):
        return True
    # the sentence before opened with a "De" that took them up: "Det bliver sygeplejerskerne Hanne og Bo, der
    # kommer. De har begge erfaring med sår. De kommer mellem kl. 9 og 11." (one sentence further, not more)
    # "De kan klage", "De er velkommen", "De skal sende": what a letter asks of or offers its reader
    return (chain > 0 and first.text == "De" and first.is_sent_start
            and (nxt is None or nxt.lower_ not in _READER_VERBS)
            and _refers_back(doc, first.i, state, chain - 1))


_POSSESSIVES = frozenset({"deres", "dine", "jeres", "hans", "hendes", "sine", "vores", "mine"})
_READER_VERBS = frozenset({"kan", "skal", "må", "bør", "er", "bedes", "får", "vil", "modtager", "har"})


def _their_said(doc, i: int, state: AddressState) -> bool:
    """Sentence-initial "Deres" + what people say or send ("klage", "bemærkninger") right after a sentence
    that names people in the plural and something they said or sent: "Kommunen har modtaget en klage fra Deres naboer på
    Egevej 14. Deres klage handler om …" is the neighbours' complaint ("their"), not the reader's ("Vi taler
    med Deres hjælpere. Deres beskrivelse af Deres behov …" is the reader's own)."""
    if not doc[i].is_sent_start or i + 1 >= len(doc) or doc[i + 1].lower_ not in state.said_nouns:
        return False
    previous = _previous_sentence(doc, i)
    return (bool(previous) and any(t.lower_ in state.person_plurals for t in previous)
            and any(t.lower_ in state.said_nouns for t in previous))


_GREETING_WORDS = frozenset({"kære", "hej", "goddag", "til", "dear"})


def _opens_the_body(doc, i: int, state: AddressState) -> bool:
    """Sentence-initial "Deres" + a noun as the letter's first sentence, after a greeting or a heading ("Kære Hanne
    Frost / Deres ansøgning om boligstøtte er nu behandlet."): no sentence before it can name the people "their" would
    take up, so it is the reader's (the caller asks, too, that the letter never says du/dig/din, jer or plural "I").
    Not after a greeting or heading that names people in the plural ("Kære forældre", "Klage fra naboerne")."""
    tok = doc[i]
    if tok.text != "Deres" or not tok.is_sent_start or i + 1 >= len(doc) or not doc[i + 1].is_alpha:
        return False
    previous = _previous_sentence(doc, i)
    if not previous:
        return True
    words = [t for t in previous if t.is_alpha]
    if len(words) > 12 or any(t.text in ".!?" for t in previous) and previous[0].lower_ not in _GREETING_WORDS:
        return False  # a sentence of the body before it
    if any(w.lower_ in state.person_plurals or w.lower_.endswith(("erne", "ere")) for w in words[1:]):
        return False  # "Kære forældre", "Kære beboere", "Klage fra naboerne"
    return True


def formal_address_hits(analysis, state: AddressState = _NO_STATE):
    """Yield (token, replacement options) for De/Dem/Deres used as polite address.

    Mid-sentence capitalised forms are polite address. "De" before a numeral
    or a noun phrase is the article or "they" and is never flagged, nor is "De"
    before a verb only things do ("De betyder", "De gælder") or taking up the plural subject of
    the sentence before (``_refers_back``);
    other clause-initial "De"/"Deres" (sentence start, after a colon, bullet or line
    break) count when the letter uses polite address unambiguously elsewhere, or
    when there are two or more of them and the letter never says du/dig/din, jer or plural "I"."""
    doc = analysis.doc
    certain, initial = [], []
    if not len(doc):
        return
    strings = doc.vocab.strings
    forms = {strings[form] for form in ("De", "Dem", "Deres")}  # their hashes: Tokens only for these
    for i, orth in enumerate(doc.to_array(ORTH).tolist()):
        if orth not in forms:
            continue
        tok = doc[i]
        if tok.text not in ("De", "Dem", "Deres"):
            continue
        if tok.text == "De" and _in_name(doc, tok.i):
            continue  # "plejecentret De Fire Årstider", "De Gamles By": a name, not polite address
        if not _clause_initial(doc, tok.i):
            if tok.text == "De" and _article_mid_sentence(doc, tok.i):
                continue  # "…, at De sandsynliggjorte merudgifter udgør …": a capitalised article
            certain.append(tok)  # mid-sentence capital: polite address
        elif tok.text == "De" and i + 1 < len(doc) and doc[i + 1].lower_ in state.address_passives:
            certain.append(tok)  # "De anmodes om …", "De indkaldes hermed …": only a person is asked or called in
        elif not (tok.text == "De" and (_is_determiner(doc, tok.i) or _impersonal_verb(doc, tok.i, state.impersonal))):
            initial.append(tok)  # "De to sager", "De nye regler", "De betyder, at …" are never polite address
    if not certain and len(initial) < 2 and not (initial and _opens_the_body(doc, initial[0].i, state)):
        return  # a du-letter's "De" = they: nothing more to read
    # the sentence before, read only where the clause-initial forms may count
    initial = [t for t in initial if not (t.text == "De" and _refers_back(doc, t.i, state)
                                          or t.text == "Deres" and _their_said(doc, t.i, state))]
    if not certain:
        text = getattr(analysis, "text", None) or doc.text  # (Doc.text is rebuilt from every token)
        if not initial or (len(initial) < 2 and not _opens_the_body(doc, initial[0].i, state)) \
                or _INFORMAL.search(text) is not None \
                or _PLURAL_YOU.search(text) is not None:
            return
        certain, initial = initial, []  # "Deres ejendom er omfattet … De er således ikke forpligtet …": De-form
    tokens = certain + initial
    plural = _speaks_to_several(getattr(analysis, "text", None) or doc.text)
    for tok in sorted(tokens, key=lambda t: t.i):
        lower = tok.text.lower()
        if plural:
            options = [FORMAL_PLURAL[lower]]  # "I skal derfor meddele Deres bemærkninger": jeres
        elif lower == "deres":
            repl = _possessive_for(doc, tok.i)
            options = [repl] if repl else ["din", "dit", "dine"]
        else:
            options = [FORMAL[lower]]
        if tok.is_sent_start:
            options = [o.capitalize() for o in options]
        yield tok, options


def formal_address(analysis, rule, state):
    """One choice, one warning: the letter's first De-form place is the warning (its message
    counts the places); every other place is a hint one step milder, with its own replacement
    (contract 9's occurrences share one replacement, and "De", "Dem", "Deres" need their own)."""
    options_ = rule.options or {}
    unknown = options_.get("message_unknown_possessive")
    first_message = options_.get("message_first")
    hits = list(formal_address_hits(analysis, state))
    for n, (tok, options) in enumerate(hits):
        # "Deres" mid-sentence becomes "din", not "Din": the options are already cased
        # the noun's gender and number unknown: the message names all three forms
        message = unknown if unknown and len(options) > 1 else None
        # (a paragraph the editor re-checks alone knows only its own places: the plain message there)
        if n == 0 and first_message and len(hits) > 1 and not getattr(analysis, "in_letter", False):
            message = first_message
        yield Hit(tok.idx, tok.idx + len(tok.text), replace=options, message=message,
                  fields={"case": "exact", "places": str(len(hits))}, milder=n > 0)


# when sentence-initial "De" is "they" (tiltale.yaml: impersonal_verbs, verbs_after_plural_subject, person_plurals)
formal_address.setup = lambda rule, nlp: AddressState(rule.options)


class ReferenceState:
    """Patterns of ``klarsprog.paragraf`` (all in the rule's options), compiled when a letter may match."""

    def __init__(self, rule):
        flags = regex.IGNORECASE | regex.VERSION1
        o = rule.options
        self.reference = LazyPattern(o["reference"], flags)
        self.after = LazyPattern(o["explained_after"], flags)
        self.sentence = [LazyPattern(p, flags) for p in o.get("explained_sentence", [])]
        self.before_jf = LazyPattern(o["rule_before_reference"], flags)
        self.basis_heading = LazyPattern(o["legal_basis_heading"], flags | regex.MULTILINE)
        self.list_line = LazyPattern(o["reference_list_line"], flags)
        self.next = LazyPattern(o["explained_next"], flags)
        self.right = LazyPattern(o["right_before_reference"], flags)
        self.complaint = LazyPattern(o["complaint_context"], flags)
        self.clause = LazyPattern(o.get("clause_start", r"(?!)"), flags)
        self.clause_rule = LazyPattern(o.get("clause_rule", r"(?!)"), flags)
        self.outcome = LazyPattern(o.get("outcome_after_modal", r"(?!)"), flags)
        self.named = LazyPattern(o.get("named_before_reference", r"(?!)"), flags)
        self.outcome_words = LazyPattern(o.get("outcome_words", r"(?!)"), flags)
        self.chain = LazyPattern(o.get("reference_chain", r"(?!)"), flags)


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (end if end >= 0 else len(text))


def _in_legal_basis(text: str, pos: int, heading) -> bool:
    """Whether ``pos`` lies in a "Lovgrundlag" section: after such a heading, with no
    blank line before a non-list paragraph in between."""
    para_start = text.rfind("\n\n", 0, pos)
    head_start = text.rfind("\n\n", 0, max(para_start, 0)) + 2 if para_start > 0 else 0
    block = text[max(para_start, 0):pos]
    prev = text[head_start:max(para_start, 0)]
    return bool(heading.search(block) or (prev.strip() and heading.search(prev.strip().split("\n")[-1])))


def paragraph_reference(analysis, rule, state: ReferenceState):
    """A § reference nobody explains. It is explained when the sentence says what the
    rule does ("Efter servicelovens § 83 skal kommunen …", "§ 55, hvorefter …",
    "Klagen skal være modtaget senest 4 uger …, jf. § 66"), points back to an
    explanation ("Det står i § 26"), or is part of a list of the legal basis."""
    text = analysis.text
    found, explained = [], set()
    previous_end, previous_explained = -1, False
    said: dict[tuple[str, int], bool] = {}  # tests on a whole sentence, per sentence
    # the references first: the timeout bounds the matching, not the work on each reference
    for m in list(state.reference.finditer(text, timeout=1.0)):
        start, end = m.start(), m.end()
        chained = previous_end >= 0 and state.chain.fullmatch(text[previous_end:start])
        previous_end = end
        # "§ 66 og § 67": the chain's first reference decides for all of it
        previous_explained = previous_explained if chained else _is_explained(analysis, state, start, end, said)
        if previous_explained:
            explained.add(_section_number(m.group()))
        else:
            found.append((start, end, _section_number(m.group())))
    for start, end, number in found:
        if number not in explained:  # one explanation of a rule serves every reference to it
            yield Hit(start, end)


def _section_number(reference: str) -> str:
    """The rule a reference points to, without its subsections: "§ 14, stk. 2" → "14", "§ 14 a" → "14a"."""
    m = regex.match(r"§§?\s?(\d+)(?:\s?([a-z])\b)?", reference)
    return (m.group(1) + (m.group(2) or "")) if m else reference


# how far back before a reference the right, clause and applied-for patterns look (a sentence
# of thousands of words must not make every reference scan all of it)
NEAR = 400


def _is_explained(analysis, state: ReferenceState, start: int, end: int, said: dict) -> bool:
    text = analysis.text
    line_start, line_end = _line(text, start)
    if state.list_line.fullmatch(text[line_start:line_end].strip()):
        return True  # "Lov om social service § 113." on its own line: a legal-basis list
    if _in_legal_basis(text, start, state.basis_heading):
        return True
    if state.after.match(text, end):
        return True  # "§ 83 skal kommunen …", "§ 55, hvorefter …"
    s_start, s_end = analysis.scope("sentence", start, end)
    sentence = text[s_start:s_end]
    if _per_sentence(said, "rule", s_start, lambda: any(rx.search(sentence) for rx in state.sentence)):
        return True
    before = text[s_start:start]
    if state.before_jf.match(before) or state.right.search(before[-NEAR:]):
        return True  # the sentence states the rule, the reference backs it up
    clause = _last_clause(before[-NEAR:], state.clause)
    if clause is not None and state.clause_rule.match(clause) and not state.outcome.search(clause):
        return True  # "Det bemærkes, at bebyggelsesprocenten ikke må overstige 30, jf. § 168"
    if state.named.search(before[-NEAR:]) \
            and not _per_sentence(said, "outcome", s_start, lambda: bool(state.outcome_words.search(sentence))):
        return True  # "søgt om dækning af nødvendige merudgifter ved den daglige livsførelse efter § 100"
    if regex.search(r"\((?:[^()\n]{0,60})$", before):
        return True  # a citation in parentheses: "(partshøring efter forvaltningslovens § 19)"
    if regex.search(r"\bjf\.\s+(?:[\w-]+\s+){0,6}$", before[-NEAR:]) \
            and _per_sentence(said, "complaint", s_start, lambda: bool(state.complaint.search(sentence))) \
            and len(before.split()) >= 8:
        return True  # "Klagen skal være … i hænde senest 4 uger …, jf. retssikkerhedslovens § 66"
    if state.next.match(text, s_end):
        return True  # "… § 35 … . Reglen betyder, at …"
    if _previous_sentence_explains(analysis, s_start, state):
        return True  # "I lokalplanen står der, at udhuse højst må være 3,5 m. Ejeren søger om dispensation fra § 8.2."
    return False


def _per_sentence(memo: dict, kind: str, s_start: int, test) -> bool:
    """A test on the whole sentence, run once for all the references in it."""
    key = (kind, s_start)
    if key not in memo:
        memo[key] = test()
    return memo[key]


def _last_clause(before: str, clause_start) -> str | None:
    """The text of the last subordinate clause before a reference ("…, og at gentagne
    udeblivelser kan medføre …, jf."), or None when the sentence has none."""
    last = None
    for m in clause_start.finditer(before):
        last = m
    return before[last.end():] if last is not None else None


def _previous_sentence_explains(analysis, s_start: int, state: ReferenceState) -> bool:
    """The sentence before says what the rule is, in words and without a § of its own."""
    text = analysis.text
    p = s_start - 1
    while p >= 0 and text[p].isspace():
        p -= 1
    if p < 0 or "\n\n" in text[p:s_start]:
        return False  # the first sentence of its paragraph
    p_start, p_end = analysis.scope("sentence", p, p + 1)
    previous = text[p_start:min(p_end, s_start)]
    return "§" not in previous and any(rx.search(previous) for rx in state.sentence)


paragraph_reference.setup = lambda rule, nlp: ReferenceState(rule)


# --- jargon the letter explains ----------------------------------------------------------------
# A jargon word is no problem where the letter says what it means: "et påbud, dvs. en ordre",
# "Et påbud er en ordre fra kommunen", "(meroffentlighed efter § 14)" after the plain words,
# "… til anden administrativ myndighed. Det betyder, at …". Rules with ``skip_explained: true``
# drop such a word everywhere in its paragraph (the explanation serves every repeat of it).

_AFTER = regex.compile(
    r"""["»«”“']?(?:"""
    r"""\s*[,–-]?\s*\(?\s*(?:dvs\.|d\.v\.s\.|det vil sige|altså|eller med andre ord)"""
    r"""|\s*,?\s*(?:som|hvilket|det) betyder"""
    r"""|\s+betyder,?\s+at\b"""
    r"""|\s*\((?![^)]*(?:§|\d|\bbilag\b|\bjf\.|\bse\b))(?=[^)\n]{12,}\))\S+\s[^)\n]*\)"""  # words in brackets
    r""")""",
    regex.IGNORECASE,
)
# "… er det beløb, du skylder": a definite noun and a relative clause define the word too
_DEFINITION_AFTER = regex.compile(
    r"\s+(?:er|betyder)\s+(?:en|et|når|at|det,? at|(?:det|den|de)\s+[\w-]+,?\s+(?:du|vi|man|der|som)\b)\b",
    regex.IGNORECASE)
_DEFINITION_BEFORE = regex.compile(r"^\s*(?:(?:en|et|den|det|de)\s+)?$", regex.IGNORECASE)
# "det kalder man en underretning", "den såkaldte bisidder": the word named right before it
_NAMED = regex.compile(
    r"""\b(?:kaldes|kalder\s+(?:man|vi)(?:\s+(?:det|den|dem))?|hedder|såkaldte?|kaldet)\s+["»«“']?$""",
    regex.IGNORECASE,
)
_NEXT = regex.compile(r"\s*(?:Det|Dette|Ordet)\s+(?:betyder|vil\s+sige)\b")
# "Et påbud er en ordre …", "Rehabiliteringsteamet er et møde, hvor …": a sentence defining a term,
# found from its verb (rare) and then the one or two words that open the sentence
_DEFINING_VERB = regex.compile(r"\s+(?:er|betyder)\s+(?:en|et|når|at|(?:det|den|de)\s+[\w-]+,?\s+(?:du|vi|man|der|som))\b")
_DEFINED_SUBJECT = regex.compile(r"\s*(?:(?:En|Et|Den|Det|De)\s+)?(\w[\w-]*(?:\s+\w[\w-]*)?)")


def _defined_stems(text: str, start: int, end: int) -> list[str]:
    stems = []
    for m in _DEFINING_VERB.finditer(text, start, end):
        opening = max(start, *(text.rfind(c, start, m.start()) + 1 for c in ".!?\n"))
        subject = _DEFINED_SUBJECT.fullmatch(text, opening, m.start())
        if subject:
            stems.append(_stem(subject.group(1)))
    return stems


def _explained_here(analysis, start: int, end: int, p_end: int) -> bool:
    text = analysis.text
    s_start, s_end = analysis.scope("sentence", start, end)
    if _AFTER.match(text, end, s_end):
        return True  # "påbud, dvs. …", "påbud (en ordre fra kommunen)", "påbud betyder, at …"
    before = text[s_start:start]
    words_before = before.split()
    if len(words_before) <= 1 and _DEFINITION_AFTER.match(text, end, s_end) and _DEFINITION_BEFORE.match(before):
        return True  # the sentence defines the word: "Et påbud er en ordre fra kommunen."
    if len(words_before) >= 3 and before.rstrip().endswith("("):
        return True  # "… mere, end du har krav på (meroffentlighed …)": the plain words come first
    tail = before[-40:]
    if ("kald" in tail or "hedder" in tail) and _NAMED.search(tail):
        return True  # "Det kaldes en underretning", "den såkaldte bisidder"
    return bool(_NEXT.match(text, s_end, p_end))  # "… . Det betyder, at …"


def _stem(word: str) -> str:
    word = word.lower()
    return word[:-3] if len(word) > 7 else word  # "rehabiliteringsteamet" ~ "rehabiliteringsteam"


# --- the sender's own names ------------------------------------------------------------------
# "Jobcenter og Ydelser", "Økonomi, Opkrævning" in the letterhead, "Leder af hjemmeplejen" under the
# signature: the names of the sender's departments and titles, which the writer cannot change.

_GREETING = regex.compile(r"\s*(?:kære|hej|til|dear|hi|goddag)\b", regex.IGNORECASE)
# a subject line in the letterhead is the letter's own words: checked as usual
_SUBJECT = regex.compile(r"\s*(?:emne|vedr\.?|vedrørende|subject|sag|om|re|sv)\s*:", regex.IGNORECASE)
_CLOSING = regex.compile(
    r"^[ \t]*(?:(?:med\s+)?(?:venlig(?:st)?|mange|kærlig|de\s+bedste)\s+(?:hilsen(?:er)?|hilsner)|mvh\.?|vh\.?|hilsen"
    r"|(?:(?:best|kind|warm|warmest)\s+)?regards(?:\s*/\s*venlig\s+hilsen)?|best|cheers)[ \t]*,?[ \t]*$",
    regex.IGNORECASE | regex.MULTILINE)
_SHORT_LINE = 8  # words: a name, a department, a title, an address or a phone number
# a letterhead names an organisation; without one, a first short paragraph is the letter's subject
_ORGANISATION = regex.compile(r"\b(?:\w*kommunes?|jobcenter\w*|region\w*|beredskab\w*|forsyning\w*|\w*forvaltning\w*"
                              r"|borgerservice|hegnssyn\w*)\b", regex.IGNORECASE)
# a heading is the letter's own words, not a name: "Afgørelse om …", "Partshøring – boligstøtte",
# "Svar på din klage", "Klagevejledning" (departments and titles rarely take these words or prepositions)
_HEADING = regex.compile(
    r"\s*(?:afgørelse|afslag|partshøring|påbud|varsel|varsling|svar|indkaldelse|orientering|høring|tilladelse"
    r"|dispensation|krav|rykker|meddelelse|referat|forslag|kvittering|invitation|information|klagevejledning"
    r"|bilag|vedr|vedrørende|din|dine|jeres|deres|vi|du|nye?|ændring|bevilling|tilbagebetaling|lån|henstand"
    r"|godtgørelse|\w*tilladelse|aktindsigt|sådan|p\.\s?s)\b|.*\b(?:om|på|til|vedr\.?|vedrørende|angående)\b",
    regex.IGNORECASE)


def _name_line(line: str) -> bool:
    stripped = line.strip()
    return bool(stripped) and len(stripped.split()) <= _SHORT_LINE and stripped[-1] not in ".!?:"


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_LEADING_SPACE = regex.compile(r"\s*")
# the closing's words by their ends, in the cases they are written in ("Hilsen", "HILSEN", "Mvh", "MVH")
_CLOSING_WORDS = ("ilsen", "ILSEN", "ilsner", "vh", "VH", "egards", "Best", "best", "heers")  # + English closings


def _last_closing(text: str):
    """The last closing line ("Med venlig hilsen"): found from its words, searched backwards (a
    multi-line pattern over the whole letter costs a tenth of a millisecond, a lower-cased copy a few µs)."""
    best = None
    for word in _CLOSING_WORDS:
        pos = len(text)
        for _ in range(3):  # the word may also stand in a sentence after the closing
            pos = text.rfind(word, 0, pos)
            if pos < 0 or (best is not None and pos < best.start()):
                break
            m = _CLOSING.match(text, text.rfind("\n", 0, pos) + 1)
            if m is not None:
                best = m
                break
    return best


def _letterhead(text: str) -> list[tuple[int, int]]:
    """The letterhead part of ``sender_lines``."""
    lead = _LEADING_SPACE.match(text).end()
    blank = _BLANK_LINE.search(text, lead)
    head_end = blank.start() if blank else len(text)
    head = text[lead:head_end]
    if head and not _GREETING.match(head) and head_end < len(text):
        pos = lead
        lines = []
        for line in head.split("\n"):
            lines.append((pos, pos + len(line), line))
            pos += len(line) + 1
        if all(_name_line(line) for _, _, line in lines) and _ORGANISATION.search(head):
            return [(a, b) for a, b, line in lines if not (_SUBJECT.match(line) or _HEADING.match(line))]
    return []


def sender_lines(text: str) -> list[tuple[int, int]]:
    """Where the letter names its sender: the letterhead (the first paragraph, when it is only short
    lines without a sentence and no greeting) and the signature (the short lines right after the
    closing "Venlig hilsen"), as (start, end) ranges of lines."""
    ranges = _letterhead(text)
    closing = _last_closing(text)
    if closing is not None:
        pos = closing.end() + 1
        skipped_blank = False
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if not line.strip():
                if skipped_blank or ranges and ranges[-1][0] > closing.end():
                    break  # the blank line after the signature
                skipped_blank = True
            elif _name_line(line) and not _HEADING.match(line):
                ranges.append((pos, end))
            else:
                break
            pos = end + 1
    return ranges


def _may_name_sender(text: str, hits: list) -> bool:
    """Whether a hit can lie in the letterhead (the first paragraph) or the signature (after the
    first closing word): a cheap bound, so most letters need no ``sender_lines``."""
    blank = _BLANK_LINE.search(text)
    head_end = blank.start() if blank else len(text)
    found = [p for p in (text.find(w) for w in _CLOSING_WORDS) if p >= 0]
    tail_start = min(found) if found else len(text)
    return any(h.start < head_end or h.start > tail_start for h in hits)


def _title_case_name(text: str, start: int, end: int) -> bool:
    """A term of several words, each capitalised, inside a sentence: the name of a unit or a place
    ("tid hos Kommunal Tandpleje tirsdag", "kontakt Pædagogisk Psykologisk Rådgivning"), not jargon."""
    words = text[start:end].split()
    if len(words) < 2 or not all(w[:1].isupper() and w[1:2].islower() for w in words):
        return False
    before = text[:start].rstrip(" \t")
    return bool(before) and before[-1] not in ".!?:\n•*-–\"»“"


_NEXT_CAPITALISED = regex.compile(r"[ \t]+[A-ZÆØÅ][a-zæøå]+\b")


def _unit_name(text: str, start: int, end: int) -> bool:
    """One capitalised term followed by a capitalised word: the name of a unit ("Teamleder, Hjemmeplejen Nord",
    "udført af Hjemmeplejen Syd", a signature line "Hjemmeplejen Vest, Odense Kommune"), not jargon. Not at the
    start of a sentence ("… i går. Hjemmeplejen Kommer …" is no name) unless the line is a short name line."""
    word = text[start:end]
    if " " in word or not (word[:1].isupper() and word[1:2].islower()) or not _NEXT_CAPITALISED.match(text, end):
        return False
    before = text[:start].rstrip(" \t")
    if not before or before[-1] == "\n":
        line_end = text.find("\n", end)
        return _name_line(text[start:line_end if line_end >= 0 else len(text)])
    return before[-1] not in ".!?:•*-–\"»“"


def drop_explained(analysis, hits: list) -> list:
    """``hits`` without the words the letter explains (in the same paragraph), without the
    words in the sender's own names (letterhead and signature, see ``sender_lines``) and without
    terms written as a name inside a sentence (``_title_case_name``, ``_unit_name``)."""
    if not hits:
        return hits
    text = analysis.text
    hits = [h for h in hits if not (_title_case_name(text, h.start, h.end) or _unit_name(text, h.start, h.end))]
    if not hits:
        return hits
    names = analysis.__dict__.get("_sender_lines")
    if names is None and _may_name_sender(text, hits):
        names = analysis.__dict__["_sender_lines"] = sender_lines(text)  # both jargon rules read it: once
    if names:
        hits = [h for h in hits if not any(a <= h.start and h.end <= b for a, b in names)]
        if not hits:
            return hits
    explained: set[tuple[int, str]] = set()  # (paragraph start, term)
    # terms explained in a paragraph: their later uses in the letter need no new explanation
    # ("STU (særligt tilrettelagt ungdomsuddannelse)" … "på STU får du ikke SU")
    explained_at: dict[str, int] = {}
    # paragraph start -> stems of the terms it defines; both jargon rules ask for the same paragraphs
    defined: dict[int, list[str]] = analysis.__dict__.setdefault("_defined_stems", {})
    keys = []
    for hit in hits:
        p_start, p_end = analysis.scope("paragraph", hit.start, hit.end)
        term = (hit.fields.get("term") or text[hit.start:hit.end]).lower()
        key = (p_start, term)
        keys.append(key)
        if key in explained:
            continue
        if explained_at.get(term, p_start) < p_start:
            explained.add(key)
            continue
        if p_start not in defined:
            defined[p_start] = _defined_stems(text, p_start, p_end)
        stem = _stem(text[hit.start:hit.end])
        if any(d.startswith(stem) or stem.startswith(d) for d in defined[p_start] if len(d) >= 4) \
                or _explained_here(analysis, hit.start, hit.end, p_end):
            explained.add(key)
            explained_at.setdefault(term, p_start)
    return [hit for hit, key in zip(hits, keys) if key not in explained]


# --- who the letter is to ---------------------------------------------------------------------
# A letter to a professional or an organisation (a GP, a law firm, a landlord's administration, an
# employer, Ankestyrelsen, a contractor, a colleague) may use the words of that reader's trade: "Vedr.",
# "jf.", "samt", "bedes", De-form to a law firm and a LIX over 40 are hints there, not warnings
# (rules with ``milder_to_professionals: true``; the engine lowers them one step).

# a line that names the reader: "Til: …", "Att.: …", "To: …" (not "Til stede:", "Til dig, der …", "Til alle forældre")
_RECIPIENT_LINE = regex.compile(r"(?:til|att(?:\.|ention)?|attn\.?|to|modtager)\b\s*:?", regex.IGNORECASE)
_NOT_A_RECIPIENT = regex.compile(
    r"til\s*:?\s*(?:stede|dig|jer|alle|borgere\w*|forældre\w*|beboer\w*|modtager\w*|ejer\w*|grundejer\w*|husstand\w*"
    r"|de|den|dem|kære|\w*bestyrelse\w*|medlemme\w*|elev\w*|studerende|kursist\w*|pårørende)\b", regex.IGNORECASE)
# "Til: Alle i Hjemmeplejen Nord", "Til: alle medarbejdere på Rådhuset": everyone in a unit (not "Til alle borgere")
_ALL_IN_UNIT = regex.compile(r"til\s*:?\s*alle\s+(?:medarbejdere\s+|ansatte\s+|kolleger\s+)?(?:i|på|ved)\s+\S", regex.IGNORECASE)
# the word lists (trades, posts, units, authorities, owners, public mail domains, peer greetings) are data:
# rules/klarsprog/_laesere.yaml, read once at import. Words are tested one by one (exact forms and endings): a pattern
# with \w*-prefixed alternatives costs ~0.1 ms a letter.
_READERS_FILE = Path(__file__).resolve().parents[2] / "rules" / "klarsprog" / "_laesere.yaml"  # shipped data, not a rule pack


def _reader_lists() -> dict:
    """The lists of ``_laesere.yaml``, read as the rule files are (the rule files' parsed-data cache)."""
    from ..rulebook.sources import read_source

    return {key: [str(w).lower() for w in value] for key, value in read_source(_READERS_FILE).data.items()}


_READERS = _reader_lists()
_TRADE_WORDS = frozenset(_READERS["trade_words"])
_TRADE_ENDINGS = tuple(_READERS["trade_endings"])
_TRADE_PHRASES = tuple(_READERS["trade_phrases"])
_STAFF_WORDS = frozenset(_READERS["staff_words"])
_STAFF_ENDINGS = tuple(_READERS["staff_endings"])
_CHIEF_ENDINGS = tuple(_READERS["staff_chief_endings"])
_ROLE_ENDINGS = tuple(_READERS["role_endings"])
_UNIT_ENDINGS = tuple(_READERS["unit_endings"])
_STAFF_PHRASES = tuple(_READERS["staff_phrases"])
_OTHER_MUNICIPALITY = regex.compile(r"(?<!\bi\s+)(?-i:[A-ZÆØÅ])[\w-]+\s+(?:regions)?kommune\b", regex.IGNORECASE)
_AUTHORITY_WORDS = frozenset(_READERS["authority_words"])
_AUTHORITY_ENDINGS = tuple(_READERS["authority_endings"])
_AUTHORITY_NOT_ENDINGS = tuple(_READERS["authority_not_endings"])
_AUTHORITY_PHRASES = tuple(_READERS["authority_phrases"])
_WORD = re.compile(r"[\w-]+")
# a field line ("Fra: …", "Emne: …", "Sagsbehandler: …"): never the reader
_FIELD_LINE = regex.compile(r"[\w. -]{1,25}:")


def _trade(words: list[str], low: str) -> bool:
    return any(w in _TRADE_WORDS or w.endswith(_TRADE_ENDINGS) for w in words) or any(p in low for p in _TRADE_PHRASES)


def _staff(words: list[str], low: str, line: str) -> bool:
    if any(w in _STAFF_WORDS or w.endswith(_STAFF_ENDINGS) or (w.endswith(_CHIEF_ENDINGS) and len(w) > 6)
           for w in words) or any(p in low for p in _STAFF_PHRASES):
        return True
    # a trade or a unit by its ending, unless the line names a firm: "Til: Tømrermester Brandt ApS" is the firm a permit is for
    if any(w.endswith(_ROLE_ENDINGS) or w.endswith(_UNIT_ENDINGS) for w in words) and not _COMPANY.search(line):
        return True
    return "kommune" in low and bool(_OTHER_MUNICIPALITY.search(line))


def _authority(words: list[str], low: str) -> bool:
    return any(w in _AUTHORITY_WORDS or (w.endswith(_AUTHORITY_ENDINGS) and not w.endswith(_AUTHORITY_NOT_ENDINGS))
               for w in words) or any(p in low for p in _AUTHORITY_PHRASES)


# a greeting to a peer: "Kære kollega", "Kære samarbejdspartner", "Dear colleague"
_PEER_GREETING = regex.compile(
    r"(?:kære|hej|dear)\s+(?:" + "|".join(map(regex.escape, sorted(_READERS["peer_greetings"], key=len, reverse=True)))
    + r")\b", regex.IGNORECASE)
# "Hej alle", "Hej allesammen" alone on the greeting line: a mail to one's own team (see _laesere.yaml)
_TEAM_GREETING = regex.compile(
    r"\s*hej\s+(?:" + "|".join(regex.escape(w).replace("\\ ", r"\s+") for w in sorted(_READERS["team_greetings"], key=len, reverse=True))
    + r")\s*[,!.]?\s*$", regex.IGNORECASE)
# a copy to someone else ("Kopi til ejerne: …", "cc: …"): the citizen may read it too
_COPY_LINE = regex.compile(r"(?m)^[ \t]*(?:kopi|cc|genpart)\b[^:\n]{0,30}:", regex.IGNORECASE)
_HEADER_LINES = 16  # the recipient block and the greeting stand in the first lines
_HEADER_CHARS = 1200
_RECIPIENT_STARTS = ("til", "att", "to", "modtager")
# a recipient block: a postcode and town, or a "Til"/"Att." line ("Den Kommunale Tandpleje / Klinik Øst" is a letterhead)
_ADDRESSED = regex.compile(r"(?m)(?:^|\s)\d{4}\s+\p{Lu}|^[ \t]*(?:til|att\.?|attn\.?)\b", regex.IGNORECASE)
_GREETING_STARTS = ("kære", "hej", "til", "dear", "hi", "goddag")
# a word of the lists (or one of the file's structural anchors) must occur in the header for any line test to match:
# derived from rules/klarsprog/_laesere.yaml, so a new word is never missing from the prefilter
_NOT_SIGNS = ("owner_words", "authority_not_endings", "public_mail_domains", "not_titles", "not_organisations")  # words that say who the reader is not
_SIGNS = {w for key, values in _READERS.items() if key not in _NOT_SIGNS for w in values}
# the search only asks whether any sign occurs: a word that contains another sign ("lægehuset" ⊃ "læge") adds nothing
_ANCHORS = tuple(sorted(w for w in _SIGNS if not any(o != w and o in w for o in _SIGNS)))
_ANCHOR = re.compile("|".join(map(re.escape, sorted(_ANCHORS, key=len, reverse=True))))


def professional_reader(analysis) -> bool:
    """Whether the letter is written to a professional or an organisation (see above), read from
    its recipient block, its "Til:"/"Att.:" lines and its greeting; cached on the analysis (the
    paragraph endpoint sets it from the whole letter)."""
    cached = analysis.__dict__.get("_professional_reader")
    if cached is None:
        cached = analysis.__dict__["_professional_reader"] = is_to_professional(analysis.text)
    return cached


def is_to_professional(text: str) -> bool:
    """``professional_reader`` for a text: its header says so, or the letter speaks of the case's person as the
    reader's own patient, member, client, customer, tenant, pupil or resident ("jeres patient", "Deres klient",
    "jeres medlem"): written to the professional who has that person, about them."""
    if _header_says_professional(text):
        return True
    head = text[:_THEIR_PERSON_CHARS]
    at = head.find("eres ")
    while at >= 0:  # str.find, then a short match at each "jeres"/"Deres": a regex search over the head costs ~10 µs
        if at >= 1 and head[at - 1] in "jJD" and (at < 2 or not head[at - 2].isalnum()) \
                and _THEIR_PERSON.match(head, at + 5):
            low = head.lower()
            return not (("kopi" in low or "cc" in low or "genpart" in low) and _copy_to_reader(text))
        at = head.find("eres ", at + 5)
    return False


# "jeres patient", "Deres klient", "jeres medlem Karsten Juhl" (not "jeres barn": parents; not "jeres medarbejder": a
# citizen's message says it of our staff, "Jeres medarbejder Lise sagde …")
_THEIR_PERSON_CHARS = 3000
_THEIR_PERSON = regex.compile(
    r"\s*(?:patient(?:er)?|medlem(?:mer)?|klient(?:er)?|kunde(?:r)?|lejer(?:e)?|elev(?:er)?|beboer(?:e)?)s?\b",
    regex.IGNORECASE)


def _header_says_professional(text: str) -> bool:
    """``is_to_professional`` from the header. Costs a few µs for most letters: the header lines (up to the
    first sentence of the body) are searched once for the ``_ANCHORS``, and the line tests run only then."""
    lines = []  # (start, stripped line) of the header
    pos = 0
    for raw in text[:_HEADER_CHARS].split("\n", _HEADER_LINES)[:_HEADER_LINES]:
        line = raw.strip()
        if line.count(" ") >= 9 and line[-1] in ".!?":  # the body has started
            break
        lines.append((pos, line))
        pos += len(raw) + 1
    low_head = "\n".join(line for _, line in lines).lower()
    if ("kopi" in low_head or "cc" in low_head or "genpart" in low_head) and _copy_to_reader(text):
        return False
    if not _ANCHOR.search(low_head):
        # no word of the lists: only a greeting that names an organisation ("Kære Tolkeservice Nord") can say it
        return "kære" in low_head and any(line.lower().startswith("kære") and _organisation_greeting(line)
                                          for _, line in lines)
    letterhead = None
    after_til = False
    blank = _BLANK_LINE.search(text, _LEADING_SPACE.match(text).end())
    first_block_end = blank.start() if blank else len(text)
    blocks = None  # per line: its block's first line, "Att." and postcode in the block (worked out when needed)
    company = False  # a firm in a recipient block: a reader only when it acts for someone else (below)
    for i, (start, line) in enumerate(lines):
        if not line:
            continue
        low = line.lower()
        anchored = _ANCHOR.search(low) is not None
        if low.startswith(("til", "to")) and "@" in line and _same_domain(lines, line):
            return True  # "Fra: karen@vejle.dk / Til: jonas@vejle.dk": a colleague
        if after_til or (low.startswith(_RECIPIENT_STARTS) and _RECIPIENT_LINE.match(line)):
            after_til = low in ("til", "til:")  # "Til" alone: the reader is on the next line
            if anchored and _ALL_IN_UNIT.match(line):
                words = _WORD.findall(low)
                if any(w.endswith(_UNIT_ENDINGS + _STAFF_ENDINGS) for w in words[2:]):
                    return True  # "Til: Alle i Hjemmeplejen Nord": the staff of one of our units
            if anchored and not _NOT_A_RECIPIENT.match(line):
                words = _WORD.findall(low)
                if _trade(words, low) or _staff(words, low, line) or _authority(words, low):
                    return True
                m = _ATT_DEPARTMENT.match(line)
                if m and m.group(1).lower() not in _OWNER_WORDS:
                    return True  # "Att.: Kreditorbogholderiet", "Att.: Udlejningen": a department, not a person
                m = _ATT_TITLE.match(line)
                if m and not m.group(1).startswith(_NOT_TITLES):
                    return True  # "Att.: kontraktansvarlig Henrik Dam": a post before the name
                company = company or bool(_COMPANY.search(line))
            continue
        if low.startswith(_GREETING_STARTS) and _GREETING.match(line):  # "Kære …": the last header line
            return bool(_PEER_GREETING.match(line) or _TEAM_GREETING.match(line)) or _role_greeting(low) \
                or _organisation_greeting(line) \
                or (company and _acts_for_someone(text))
        if low.startswith(("jeres", "deres", "your")) and _READER_REFERENCE.match(line):
            return True  # "Jeres ref.: 2026-448103", "Deres sagsnr.:": the reader keeps its own case files
        if not anchored or line.count(" ") > 5:
            continue
        if letterhead is None:
            letterhead = _letterhead(text)
        if any(a <= start < b for a, b in letterhead):
            continue
        if _SUBJECT.match(line) or _HEADING.match(line) or _FIELD_LINE.match(line):  # the letter's own subject
            continue
        words = _WORD.findall(low)
        if _trade(words, low) and (start > first_block_end or _ADDRESSED.search(text, 0, first_block_end)):
            return True  # in the first block only with an address or a "Til"/"Att." line: else it is our own letterhead
        if letterhead and _authority(words, low):
            return True
        if blocks is None:
            blocks = _header_blocks(lines)
        first, has_att, has_postcode = blocks[i]
        if has_att and not _NOT_A_RECIPIENT.match(line) and _staff(words, low, line):
            return True  # a line of the block an "Att." line addresses: "Horsens Kommune / Familieafdelingen / Att.: …"
        if has_postcode and i != first and letterhead and any(w.endswith(("afdeling", "afdelingen")) for w in words) \
                and not _names_a_municipality(lines, first):
            return True  # "Tryg Forsikring A/S / Skadeafdelingen / … / 2750 Ballerup" after our letterhead
        if i == first and (has_att or has_postcode) and (letterhead or start > first_block_end) \
                and any(w.endswith(_ROLE_ENDINGS) for w in words[:2]) and _NAME_AFTER_ROLE.search(line):
            return True  # "Fysioterapeut Rikke Lauridsen / FysioKompagniet / Østergade 14 / 7800 Skive"
        if low.startswith("v/") and (has_att or has_postcode) and any(w.endswith(_ROLE_ENDINGS) for w in words[:3]):
            return True  # "Køreskolen Vest / v/ kørelærer Allan Juul / … / 9800 Hjørring": the trade of the one it is for
        company = company or bool((has_att or has_postcode) and _COMPANY.search(line))
    return company and _acts_for_someone(text)


# "Att.: Kreditorbogholderiet": one word in the definite form is a department; not the owner or chair of a firm or
# association a permit or order is for ("Att.: Indehaveren", "Att.: Formanden")
_ATT_DEPARTMENT = regex.compile(r"(?i:att(?:\.|n\.?)?)\s*:?\s*(\p{Lu}\p{Ll}{3,}(?:en|et))\s*$")
_OWNER_WORDS = frozenset(_READERS["owner_words"])
# the reader's own reference in the header: an organisation with case files of its own (a citizen has none)
_READER_REFERENCE = regex.compile(
    r"(?:jeres|deres|your)\s+(?:ref\b|reference|[\w.-]*?(?:nr|nummer|id)\b)[^:\n]{0,12}:", regex.IGNORECASE)
# a firm as the reader ("Tømrerfirmaet Vang ApS"): professional only when it writes for someone else
_COMPANY = regex.compile(r"(?:\b(?:ApS|A/S|I/S|P/S|K/S|IVS)\b|firma)", regex.IGNORECASE)
_ON_BEHALF = regex.compile(r"(?-i:\b(?:I|jer|jeres|De|Deres)\b)[^.\n]{0,80}?\bpå\s+vegne\s+af\b|\bjeres\s+(?:kunde|klient|bygherre)",
                           regex.IGNORECASE)
# a role word followed by a capitalised name on the same line ("Fysioterapeut Rikke Lauridsen")
_NAME_AFTER_ROLE = regex.compile(r"\w\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}-]+)*\s*$")
_ATT_LINE = regex.compile(r"att(?:\.|ention|n\.?)?\b\s*:?", regex.IGNORECASE)
_POSTCODE_LINE = regex.compile(r"(?<![\d.,])\d{4}\s+\p{Lu}")


_MAIL_DOMAIN = regex.compile(r"@([\w-]+(?:\.[\w-]+)+)")
_PUBLIC_MAIL = frozenset(_READERS["public_mail_domains"])


def _same_domain(lines: list[tuple[int, str]], til_line: str) -> bool:
    """A "Til:" address in the same (non-public) mail domain as the "Fra:" address: mail between colleagues."""
    to = _MAIL_DOMAIN.search(til_line)
    if to is None or to.group(1).lower() in _PUBLIC_MAIL:
        return False
    for _, line in lines:
        if line.lower().startswith(("fra", "from")):
            sender = _MAIL_DOMAIN.search(line)
            return sender is not None and sender.group(1).lower() == to.group(1).lower()
    return False


def _role_greeting(low: str) -> bool:
    """"Kære tandlæge", "Kære sundhedsplejerske", "Kære afdelingsleder": a greeting to a trade or post (one lower-case word)."""
    words = _WORD.findall(low)
    return len(words) == 2 and words[1].endswith(_ROLE_ENDINGS + _TRADE_ENDINGS + tuple(_READERS["role_greeting_endings"]))


# "Att.: kontraktansvarlig Henrik Dam", "Att.: faglig leder Jens Bo": a lower-case post before a capitalised name.
# Not a courtesy title or the owner of a firm a permit or order is for ("Att.: fru Holm", "Att.: indehaver Ole Dam").
_ATT_TITLE = regex.compile(r"(?i:att(?:\.|n\.?)?)\s*:?\s*(\p{Ll}[\p{Ll}-]{3,})(?:\s+\p{Ll}[\p{Ll}-]+)?\s+\p{Lu}\p{Ll}+")
_NOT_TITLES = tuple(_READERS["not_titles"])
_GREETING_NAME = regex.compile(r"\s*(?i:kære)\s+(\p{Lu}\p{Ll}{7,})\b(?!\s+og\b)")
_NOT_ORGANISATIONS = tuple(_READERS["not_organisations"])


def _noun(word: str) -> bool:
    return any(len(w) >= 4 and hunspell_da.noun_gender(w, False) for w in (word, word[:-1], word[:-2], word[:-3]))


def _organisation_greeting(line: str) -> bool:
    """"Kære Tolkeservice Nord", "Kære Kørselskontoret": the greeting names a service or an office, a compound of two
    Danish nouns (a first name is none: "Kirsten" is no "kir|sten"), not a family, a group of citizens or an
    association ("Kære Familien Holm", "Kære Beboere", "Kære Grundejerforeningen")."""
    m = _GREETING_NAME.match(line)
    if m is None:
        return False
    word = m.group(1).lower()
    if word.startswith(_NOT_ORGANISATIONS) or word.endswith(_NOT_ORGANISATIONS):
        return False
    return any(_noun(word[i:]) and (_noun(word[:i]) or _noun(word[:i - 1])) for i in range(4, len(word) - 3))


def _copy_to_reader(text: str) -> bool:
    """A copy line that may reach the citizen ("Kopi til ejerne: …", "cc: Jens Holm"); a copy to a municipality or one
    of its units ("Kopi: Indkøb, Assens Kommune", "cc: Hjemmeplejen") is the sender's own filing."""
    for m in _COPY_LINE.finditer(text, 0, 1500):
        end = text.find("\n", m.end())
        low = text[m.end():end if end >= 0 else None].lower()
        words = _WORD.findall(low)
        if not ("kommune" in low or any(w.endswith(_UNIT_ENDINGS + _STAFF_ENDINGS) for w in words)):
            return True
    return False


def _names_a_municipality(lines: list[tuple[int, str]], first: int) -> bool:
    """Whether the block starting at line ``first`` names a municipality (ours: a second sender block)."""
    for _, line in lines[first:]:
        if not line:
            return False
        if "kommune" in line.lower():
            return True
    return False


def _acts_for_someone(text: str) -> bool:
    head = text[:3000]
    return ("vegne" in head or "jeres" in head) and _ON_BEHALF.search(head) is not None


def _header_blocks(lines: list[tuple[int, str]]) -> list[tuple[int, bool, bool]]:
    """For each header line: (index of its block's first line, the block has an "Att." line, the block has a postcode line)."""
    out: list[tuple[int, bool, bool]] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j][1]:
            j += 1
        block = [line for _, line in lines[i:j]]
        has_att = any(line[:3].lower() == "att" and _ATT_LINE.match(line) for line in block)
        has_postcode = any(_POSTCODE_LINE.search(line) for line in block)
        out.extend([(i, has_att, has_postcode)] * max(j - i, 1))
        i = max(j, i + 1)
    return out[:len(lines)]
