"""``borgertekst_morph``: Voice=Pass, Mood=Imp, VerbForm=Part and noun
Gender/Number/Definite in Universal Dependencies conventions (see ``Morphologizer``)."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc, MorphAnalysis

from . import hunspell_da
from .lexicon import deponent_lemmas, lemma_table, noun_genders, not_imperative
from .sentences import sentence_starts
from .tokens import token_table

# Hunspell tags of noun forms
_NOUN_TAGS = frozenset({"BESTEMT_ENTAL", "PLUR_UBEK", "PLUR_BEK", "GENITIV"})
_VERB_TAGS = frozenset({"NUTID", "DATID", "PERF_PART", "IMPERATIV", "PASSIV", "PRÆSENS_PART"})


def _is_s_passive(lower: str, lemma: str, table) -> bool:
    """Rule for when Hunspell is missing: present/infinitive ("behandle-s") or
    past ("behandlede-s") of a verb in -e."""
    if len(lower) < 5 or not lower.endswith("s"):
        return False
    stem = lower[:-1]
    if not stem.endswith("e"):
        return False
    looked = table.get(lower)
    if looked is None:
        return False
    return looked == stem or (stem.endswith(("ede", "te")) and looked.endswith("e") and table.get(stem) == looked)


def _hunspell_s_passive(lower: str) -> bool:
    """An s-form whose base is a finite verb: "tage-s" (tager), "få-s" (får),
    "dannede-s" (past). Genitives of nouns do not qualify."""
    if not lower.endswith("s") or len(lower) < 4:
        return False
    base = lower[:-1]
    if any("DATID" in tags and base.startswith(stem.rstrip("e")) for stem, tags in hunspell_da.analyses(base)):
        return True
    for present in (base + "r", base + "er"):
        if any("NUTID" in tags and stem == base for stem, tags in hunspell_da.analyses(present)):
            return True
    return False


def _passive_reading(lower: str, readings, table) -> bool:
    """Voice=Pass from Hunspell: a PASSIV reading ("behandles"), an infinitive
    plus -s ("tages", "fås"), or an s-form of a finite verb that is not also a
    genitive ("landets") or a word of its own ("særdeles")."""
    if lower.endswith("vis"):
        return False  # adverbs: "delvis", "eksempelvis", "kilometervis"
    if any("PASSIV" in tags and "PERF_PART" not in tags and len(stem) > 2 for stem, tags in readings):
        return True
    for stem, tags in readings:
        # infinitive + s, where the infinitive has a present tense in -r
        if not tags and lower == stem + "s" and _has_present(stem):
            return True
    if any("GENITIV" in tags or (not tags and stem == lower) for stem, tags in readings):
        return False
    return _hunspell_s_passive(lower) or _is_s_passive(lower, lower, table)


def _noun_features(lower: str, lemma: str, readings) -> dict[str, str]:
    """Gender, Number and Definite from the noun readings of a word."""
    lemma = lemma.lower()
    candidates = [r for r in readings if not (r[1] - _NOUN_TAGS)]
    candidates.sort(key=lambda r: r[0] != lemma)
    if lemma != lower and not any(stem == lemma for stem, _ in candidates):
        # irregular plurals ("børn" → "barn") and forms Hunspell lacks
        ending = lower[-3:]
        tags = frozenset({"PLUR_BEK"}) if ending in ("ene", "rne") else frozenset({"PLUR_UBEK"})
        candidates.append((lemma, frozenset({"BESTEMT_ENTAL"}) if ending[-2:] in ("en", "et") else tags))
    # a word with verb readings ("fremsendte") is a noun only if the lexicon lists its stem
    verbish = any(tags & _VERB_TAGS for _, tags in readings)
    for stem, tags in candidates:
        gender = hunspell_da.noun_gender(stem, compounds=not verbish)
        if gender is None and "BESTEMT_ENTAL" in tags:
            # the word itself is a definite singular: its ending tells ("Bundesligaen")
            gender = "Com" if lower.endswith("n") else "Neut" if lower.endswith("t") else None
        if gender is None:
            continue
        feats = {"Gender": gender}
        if "PLUR_BEK" in tags:
            feats.update(Number="Plur", Definite="Def")
        elif "PLUR_UBEK" in tags:
            feats.update(Number="Plur", Definite="Ind")
        elif "BESTEMT_ENTAL" in tags:
            feats.update(Number="Sing", Definite="Def")
        else:
            feats.update(Number="Sing", Definite="Ind")
        return feats
    if not verbish and any(tags & {"PLUR_UBEK", "PLUR_BEK"} for _, tags in candidates):
        return {"Number": "Plur"}  # a plural whose singular Hunspell cannot inflect
    return {}


def _guess_noun_features(lower: str) -> dict[str, str]:
    """A word neither Hunspell nor the treebank knows, probably a new compound
    or a loan word: gender of its longest known last part, else by the definite ending."""
    if not lower.isalpha() or len(lower) < 5:
        return {}
    gender = hunspell_da.noun_gender(lower)
    if gender:
        return {"Gender": gender, "Number": "Sing", "Definite": "Ind"}
    return _fallback_noun_features(lower)


def _lexicon_noun_features(lower: str, lemma: str) -> dict[str, str]:
    """Without Hunspell: the shipped gender lexicon for the lemma, the ending for the rest."""
    gender = hunspell_da.noun_gender(lemma, compounds=False)
    if gender is None:
        return _fallback_noun_features(lower) if lemma != lower else {}
    feats = {"Gender": gender, "Number": "Sing", "Definite": "Ind"}
    if lower != lemma:
        if lower.endswith(("erne", "ene", "rne")):
            feats.update(Number="Plur", Definite="Def")
        elif lower.endswith(("en", "et", "n", "t")):
            feats.update(Definite="Def")
        elif lower.endswith(("er", "r", "e")):
            feats.update(Number="Plur")
    return feats


def _fallback_noun_features(lower: str) -> dict[str, str]:
    """Without Hunspell: the definite ending is the only clue."""
    if len(lower) > 4 and lower.endswith("erne"):
        return {"Number": "Plur", "Definite": "Def"}
    if len(lower) > 3 and lower.endswith("en"):
        return {"Gender": "Com", "Number": "Sing", "Definite": "Def"}
    if len(lower) > 3 and lower.endswith("et"):
        return {"Gender": "Neut", "Number": "Sing", "Definite": "Def"}
    return {}


def _after_clause_start(texts: list[str], is_space: list[bool], i: int, starts: list[bool]) -> bool:
    """Token i starts a sentence, or follows a colon, a bullet or a line break.
    ``texts``, ``is_space``: the Doc's ``token_table``."""
    if i == 0 or starts[i]:
        return True
    j = _previous_word(is_space, i)
    if j < 0:
        return True
    return texts[j] in (":", "•", "–", "*")


# finite verbs that follow a fronted noun ("Indkøb kan du ikke selv klare", "Tagvand skal ledes …"); an
# imperative is never followed by one
_FINITE_AFTER_TOPIC = frozenset({"kan", "kunne", "skal", "skulle", "må", "måtte", "vil", "ville", "er", "var", "bliver",
                                 "blev", "har", "havde"})
# the small words of a name or heading line ("Byg og Miljø", "Center for Parkering")
_TITLE_JOINERS = frozenset({"og", "&", "i", "for", "af", "til", "-", "–", "/", ","})


def _no_command_after(texts: list[str], is_space: list[bool], i: int, noun: bool) -> bool:
    """Token i cannot be an imperative by what follows it: for a form that is also a noun (``noun``)
    a colon ("Frist: 4 uger"; not "Husk: …") or a finite verb ("Indkøb kan du ikke selv klare");
    for any form, nothing but words in capitals on its line ("Byg og Miljø", "Bo Kristiansen",
    "Handicap"): a heading, a name or a signature, not a command."""
    n = len(texts)
    j = _skip_line_spaces(texts, is_space, i, 1)
    if noun and j < n and not is_space[j] and (texts[j] == ":" or texts[j].lower() in _FINITE_AFTER_TOPIC):
        return True
    words = 0
    for k in range(i + 1, n):
        text = texts[k]
        if is_space[k]:
            if "\n" in text:
                break
            continue
        if "@" in text or any(c.isdigit() for c in text):
            continue  # a mail address, a phone number, a postcode: contact lines of a name or unit
        if text in (".", "!", "?") or not (text[:1].isupper() or text.lower() in _TITLE_JOINERS):
            return False
        words += 1
        if words > 4:
            return False
    # the line before ends here too: a name or heading stands on a line of its own
    j = _skip_line_spaces(texts, is_space, i, -1)
    return j < 0 or "\n" in texts[j]


def _skip_line_spaces(texts: list[str], is_space: list[bool], i: int, step: int) -> int:
    """The index of the first token after token i (``step`` 1) or before it (-1) that is not a space
    within the line: a word, a line break, or -1 / ``len(texts)`` at the document's edge."""
    j = i + step
    while 0 <= j < len(texts) and is_space[j] and "\n" not in texts[j]:
        j += step
    return j


def _previous_word(is_space: list[bool], i: int) -> int:
    """The index of the token before token i, spaces skipped (-1 when there is none)."""
    j = i - 1
    while j >= 0 and is_space[j]:
        j -= 1
    return j


_NOT_NOUNS = frozenset({"PRON", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "INTJ"})

# determiners that are never a verb's subject: the s-form right after one is a noun's genitive ("din læges
# erklæring", "en læges vurdering"), not an s-passive ("læges" of "at læge"). Not "det", "den", "de", "dette", "denne":
# pronouns that are subjects ("Det bemærkes", "Dette behandles i næste afsnit").
_GENITIVE_DETERMINERS = frozenset({"din", "dit", "dine", "min", "mit", "mine", "sin", "sit", "sine", "hans", "hendes",
                                   "deres", "vores", "jeres", "vor", "vort", "vore", "en", "et", "hver", "enhver"})


def _after_determiner(texts: list[str], is_space: list[bool], i: int) -> bool:
    """The word before token i (spaces skipped) is one of ``_GENITIVE_DETERMINERS``."""
    j = _previous_word(is_space, i)
    return j >= 0 and texts[j].lower() in _GENITIVE_DETERMINERS


class Morphologizer:
    """Voice=Pass on s-passives (not deponents), Mood=Imp on clause-initial
    imperatives, Gender/Number/Definite on nouns, VerbForm=Part on participles.
    ``word_classes`` (form → UPOS) keeps noun features off words that are
    rarely nouns; it is shared with the lemmatizer's treebank memory."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.words: WordMorphology | None = None

    def __call__(self, doc: Doc) -> Doc:
        classes, genders = {}, {}
        if "borgertekst_lemmas" in self.nlp.pipe_names:
            lemmatizer = self.nlp.get_pipe("borgertekst_lemmas")
            classes, genders = lemmatizer.word_classes, lemmatizer.genders
        if self.words is None or self.words.classes is not classes or self.words.genders is not genders:
            self.words = WordMorphology(classes, genders)
        return set_morph(doc, self.words)


@Language.factory("borgertekst_morph")
def make_morphologizer(nlp: Language, name: str) -> Morphologizer:
    return Morphologizer(nlp)


def _imperative_position(texts: list[str], is_space: list[bool], i: int, imperative_at: set[int],
                         starts: list[bool]) -> bool:
    """Clause-initial, or coordinated with an imperative earlier in the sentence
    ("Skrab gulerødderne og steg dem")."""
    if _after_clause_start(texts, is_space, i, starts):
        return True
    if texts[i - 1].lower() not in ("og", "eller", ",", "så"):
        return False
    start = i
    while start > 0 and not starts[start]:
        start -= 1
    return any(start <= j < i for j in imperative_at)


def _imperative_reading(readings, table) -> bool:
    """An IMPERATIV reading of a verb the lookup table knows ("udfyld" → udfylde),
    not of a compound Hunspell invents ("borgerkontakt" → "borgerkontakte") or of
    a noun ("Byggeri")."""
    return any("IMPERATIV" in tags and table.get(stem) is not None and _has_present(stem)
               for stem, tags in readings)


def _has_present(verb: str) -> bool:
    """The verb has a present tense in -r ("udfylde" → "udfylder"): not a noun
    plural Hunspell reads as an infinitive ("byggeri" → "byggere")."""
    return any(stem == verb for stem, _ in hunspell_da.analyses(verb + "r"))


@lru_cache(maxsize=50_000)
def _bare_imperative(lower: str, lemma: str) -> bool:
    """Irregular imperatives Hunspell lists without a tag: "se" (se), "sæt"
    (sætte), "skyd" (skyde): the lemma is a verb with a present tense in -r."""
    if lemma not in (lower, lower + "e", lower + lower[-1:] + "e"):
        return False
    if lemma == lower and (len(lower) > 3 or lower[-1:] not in "aeiouyæøå"):
        return False  # only short vowel verbs have imperative = infinitive ("se", "gå", "tro")
    # a verb the lookup table knows: Hunspell's compounding finds a present tense for names and nouns
    # ("Lindevej" → "lindeveje" → "lindevejer", "Dear" → "dearre")
    return lemma_table().get(lemma) is not None and _has_present(lemma)


class WordMorphology:
    """What a word's form alone says: passive, whether it can be an imperative,
    and its other features (participle, noun gender/number/definiteness).
    Cached per (form, lemma): a letter repeats its words, and Hunspell is slow."""

    def __init__(self, word_classes: dict[str, str], genders: dict[str, str]):
        self.classes = word_classes
        self.genders = genders
        self.fixed_genders = noun_genders()
        self.table = lemma_table()
        self.deponents = deponent_lemmas()
        self.stop = not_imperative()
        self.have_hunspell = hunspell_da.available()
        self.cache: dict[tuple[str, str], tuple[bool, bool | None, str]] = {}
        self._by_hash: dict[tuple[int, int], tuple[bool, bool | None, str] | None] = {}
        self._analyses: dict[str, MorphAnalysis] = {}
        self._by_hash_vocab = None

    def by_hash(self, vocab) -> dict[tuple[int, int], tuple[bool, bool | None, str] | None]:
        """The same answers keyed by (ORTH hash, LEMMA hash) in one vocabulary
        (None for a token that is not a word), so a repeated word costs one lookup."""
        if self._by_hash_vocab is not vocab:
            self._by_hash, self._analyses, self._by_hash_vocab = {}, {}, vocab
        return self._by_hash

    def analysis(self, vocab, feats: str) -> MorphAnalysis:
        """``feats`` as a ``MorphAnalysis`` of ``vocab``, made once: assigning it to
        ``Token.morph`` is what ``Token.set_morph(feats)`` does, without parsing
        the string again for every token."""
        if self._by_hash_vocab is not vocab:
            self.by_hash(vocab)
        found = self._analyses.get(feats)
        if found is None:
            found = self._analyses[feats] = MorphAnalysis(vocab, feats)
        return found

    def __call__(self, text: str, lemma: str) -> tuple[bool, bool | None, str]:
        key = (text, lemma)
        found = self.cache.get(key)
        if found is None:
            if len(self.cache) > 200_000:
                self.cache.clear()
            found = self.cache[key] = self.analyse(text, lemma)
        return found

    def analyse(self, text: str, lemma: str) -> tuple[bool, bool | None, str]:
        """(passive, may be an imperative (None: only if ``_bare_imperative``), other features)."""
        lower = text.lower()
        if lower in self.deponents:
            return False, False, ""  # active verbs in -s: no passive, no noun features
        word_class = self.classes.get(lower)
        readings = hunspell_da.analyses(text) or (hunspell_da.analyses(lower) if lower != text else ())
        if not readings and "-" in lower.strip("-"):
            readings = hunspell_da.analyses(lower.rpartition("-")[2])  # "FN-styrken": "styrken"
        tags = frozenset().union(*(t for _, t in readings)) if readings else frozenset()
        if self.have_hunspell:
            passive = len(lower) >= 3 and _passive_reading(lower, readings, self.table)
        else:
            passive = _is_s_passive(lower, lemma, self.table)
        imperative = False
        if not passive and lower not in self.stop and word_class in (None, "VERB"):
            if self.have_hunspell:
                # None: decided (slowly) only where an imperative can stand
                imperative = True if _imperative_reading(readings, self.table) else None
                if (text.isupper() and len(text) > 1) or "NUTID" in tags:
                    imperative = False  # headings in capitals; "Viser" is present tense
            else:
                imperative = self.table.get(lower) == lower + "e"
        feats: dict[str, str] = {}
        if "PERF_PART" in tags or (lemma != lower and lemma.endswith("e") and lower.endswith("t")
                                   and lower.startswith(lemma[:-2])):
            feats["VerbForm"] = "Part"
        if word_class in _NOT_NOUNS or word_class in ("ADJ", "NUM"):
            pass
        elif word_class in ("VERB", "ADV") and not tags & _NOUN_TAGS:
            pass  # a bare form the treebank knows as verb or adverb ("nu", "hænger")
        elif self.have_hunspell:
            feats.update(_noun_features(lower, lemma, readings))
        else:
            feats.update(_lexicon_noun_features(lower, lemma))
        # the hand-written list first: it also corrects the treebank's majority gender ("grund" is common)
        gender = self.fixed_genders.get(lower) or self.genders.get(lower) or self.fixed_genders.get(lemma)
        if gender and (word_class in (None, "NOUN") or feats):
            feats["Gender"] = gender
            feats.setdefault("Number", "Sing")
        elif not feats and self.have_hunspell and not readings and word_class is None:
            feats.update(_guess_noun_features(lower))
        return passive, imperative, "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def _is_word(text: str) -> bool:
    return (text.isalpha() or text.rstrip(".").replace(".", "").isalpha()
            or ("-" in text and text.replace("-", "").isalnum()))


_UNSEEN = object()


def _sentence_end(starts: list[bool], i: int) -> int:
    """The index of the last token of token i's sentence (``sentence_ends(starts)[i]``), for the
    few tokens that need it."""
    n = len(starts)
    j = i + 1
    while j < n and not starts[j]:
        j += 1
    return j - 1


def set_morph(doc: Doc, words: WordMorphology) -> Doc:
    """Set the features on every word of ``doc`` (see ``Morphologizer``)."""
    n = len(doc)
    if not n:
        return doc
    imperative_at: set[int] = set()
    starts = sentence_starts(doc)
    table = token_table(doc)  # plain lists; a Token only where a feature is set
    texts, is_space = table.texts, table.is_space
    vocab = doc.vocab
    strings = vocab.strings
    by_hash = words.by_hash(vocab)
    for i, (orth, lemma) in enumerate(zip(table.orths, doc.to_array(LEMMA).tolist())):
        key = (orth, lemma)
        found = by_hash.get(key, _UNSEEN)
        if found is _UNSEEN:
            text = texts[i]
            if len(by_hash) > 200_000:
                by_hash.clear()
            found = by_hash[key] = words(text, strings[lemma]) if _is_word(text) else None
        if found is None:
            continue
        passive, imperative, feats = found
        if passive and _after_determiner(texts, is_space, i):
            continue  # a genitive: "din læges erklæring"
        if passive:
            doc[i].morph = words.analysis(vocab, "Voice=Pass")
        elif (imperative is not False and _imperative_position(texts, is_space, i, imperative_at, starts)
              and texts[_sentence_end(starts, i)] != "?"  # not "Har du …?"
              and not _no_command_after(texts, is_space, i, "Gender=" in feats or "Number=" in feats)
              and (imperative or _bare_imperative(texts[i].lower(), strings[lemma]))):
            doc[i].morph = words.analysis(vocab, "Mood=Imp")
            imperative_at.add(i)
        elif feats:
            doc[i].morph = words.analysis(vocab, feats)
    return doc
