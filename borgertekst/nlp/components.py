"""spaCy components of the Danish language layer, registered by name.

Each component reads only tokens and writes token attributes, so it runs the
same on a Doc from the tokenizer and on ``Doc(vocab, words=…, spaces=…)``.
"""

from __future__ import annotations

import numpy
from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from . import hunspell_da
from .lexicon import deponent_lemmas, lemma_exceptions, lemma_table, noun_genders, not_imperative, \
    treebank_bigrams, treebank_genders, treebank_lemmas, treebank_word_classes
from .tokenizer import ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS

_TERMINAL = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??", "!!!"})
_CLOSERS = frozenset({'"', "'", "»", "”", "’", ")", "]"})
_ABBR = frozenset(a.lower() for a in ABBREVIATIONS)


def _starts_upper(text: str) -> bool:
    return bool(text) and (text[0].isupper() or text[0].isdigit() or text[0] in "\"'«»“”§(-–•*")


def _opening_quote(doc: Doc, j: int) -> bool:
    """A straight quote with space before it and none after opens a quotation
    (it starts the next sentence instead of closing this one)."""
    tok = doc[j]
    return (tok.text in ('"', "'") and j > 0 and bool(doc[j - 1].whitespace_)
            and not tok.whitespace_ and j + 1 < len(doc))


def _line_starts_sentence(whitespace: str, following: str, before: str) -> bool:
    """A line break before a capital, digit or bullet starts a sentence; one
    before a lower-case word does not when the text is hard-wrapped (single
    line break) or a word was hyphenated across it ("oplysnin-" + "ger")."""
    if not following[:1].islower():
        return True
    return whitespace.count("\n") > 1 and not (before.endswith("-") and len(before) > 1)


@Language.component("borgertekst_sentences")
def set_sentences(doc: Doc) -> Doc:
    """Sentence starts: after line breaks, after terminal punctuation, after an
    ordinal or list abbreviation only when a capitalised word follows."""
    n = len(doc)
    if not n:
        return doc
    starts = [False] * n
    starts[0] = True
    for i in range(n - 1):
        tok = doc[i]
        nxt = doc[i + 1]
        text = tok.text
        if tok.is_space:
            before = doc[i - 1].text if i else ""
            if "\n" in text and _line_starts_sentence(text, nxt.text, before):
                starts[i + 1] = True
            continue
        if "\n" in tok.whitespace_ and _line_starts_sentence(tok.whitespace_, nxt.text, text):
            starts[i + 1] = True
            continue
        lower = text.lower()
        boundary = False
        if text in _TERMINAL or (len(text) > 1 and set(text) <= set(".!?…")):
            boundary = True
        elif text.endswith(".") and len(text) > 1:
            if lower in _ABBR and lower not in SENTENCE_FINAL_ABBREVIATIONS:
                boundary = False
            elif len(text) == 2 and text[0].isupper():
                boundary = False  # an initial: "H. C. Andersen"
            else:
                # ordinals ("2."), list abbreviations ("osv.") and unknown "x."
                boundary = nxt.text[:1].isupper()
        if boundary:
            j = i + 1
            while j < n and doc[j].text in _CLOSERS and not _opening_quote(doc, j):
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j < n and _starts_upper(doc[j].text):
                starts[j] = True
    # one array write: setting Token.is_sent_start one by one is quadratic
    doc.from_array([SENT_START], numpy.array([1 if x else -1 for x in starts], dtype="int64").astype("uint64").reshape(-1, 1))
    return doc


def sentence_starts(doc: Doc) -> list[bool]:
    """Token i starts a sentence (one pass; ``Token.is_sent_start`` rescans the doc)."""
    return [x == 1 for x in doc.to_array([SENT_START]).reshape(-1).tolist()] if len(doc) else []


def sentence_ends(starts: list[bool]) -> list[int]:
    """For every token, the index of the last token of its sentence."""
    ends = [0] * len(starts)
    end = len(starts) - 1
    for i in range(len(starts) - 1, -1, -1):
        ends[i] = end
        if starts[i]:
            end = i - 1
    return ends


# Hunspell tags by the word class they belong to
_NOUN_TAGS = frozenset({"BESTEMT_ENTAL", "PLUR_UBEK", "PLUR_BEK", "GENITIV"})


class Lemmatizer:
    """Lemmas, in this order: word pairs and forms learned from the treebank, hand-written
    exceptions, deponent verbs, then the Hunspell reading that the lookup table
    agrees with (else Hunspell's first reading, else the lookup table).
    Hyphenated compounds are lemmatised on their last part."""

    def __init__(self, memory: dict[str, str] | None = None):
        self.memory = treebank_lemmas() if memory is None else memory
        # the morphology component reads these to keep noun features off pronouns, verbs, …
        self.word_classes = treebank_word_classes() if memory is None else {}
        self.genders = treebank_genders() if memory is None else {}
        self.bigrams = treebank_bigrams() if memory is None else {}
        self.exceptions = lemma_exceptions()
        self.deponents = deponent_lemmas()
        self.table = lemma_table()
        self._cache: dict[tuple[str, bool], str] = {}
        self._cache_for = self.memory

    def __call__(self, doc: Doc) -> Doc:
        starts = sentence_starts(doc)
        if self._cache_for is not self.memory:  # the memory was swapped (cross-validation)
            self._cache, self._cache_for = {}, self.memory
        cache = self._cache
        prev = ""
        for tok in doc:
            text = tok.text
            if tok.is_space or tok.is_punct or not text.strip():
                tok.lemma_ = text
                prev = text if not tok.is_space else prev
                continue
            key = (text, starts[tok.i] or tok.i == 0)
            found = cache.get(key)
            if found is None:
                if len(cache) > 200_000:
                    cache.clear()
                found = cache[key] = self.variants(text, key[1])
            lemma, alternative, contexts = found
            lower = tok.lower_
            in_context = self.bigrams.get((prev, lower)) if self.bigrams else None
            if in_context is not None:
                tok.lemma_ = in_context  # "i går": the noun "går"
            else:
                tok.lemma_ = alternative if alternative and prev in contexts else lemma
            prev = lower
        return doc

    def variants(self, text: str, initial: bool) -> tuple[str, str | None, frozenset]:
        """(lemma, alternative lemma, previous words that select the alternative).

        Two ambiguities are resolved by the word before: "-t" is an adverb
        ("arbejder hurtigt") unless a determiner or copula comes first ("et
        hurtigt svar", "det er vigtigt": adjective "vigtig"); "-e" is an
        inflected adjective ("de lange breve": "lang") unless "at" or a modal
        verb comes first ("at fjerne": verb "fjerne")."""
        lemma = self.lemma(text, initial)
        lower = text.lower()
        keep_case = text.isupper() and len(text) > 1 and lemma == text
        lemma = lemma if keep_case else lemma.lower()
        if lower in self.memory or lower in self.exceptions or not lower.isalpha():
            return lemma, None, frozenset()
        readings = hunspell_da.analyses(text) or (hunspell_da.analyses(lower) if lower != text else ())
        for stem, tags in readings:
            if tags == {"BESTEMT_ENTAL"} and lower == stem + "t" and lemma in (stem, lower) \
                    and hunspell_da.noun_gender(stem) is None:
                return lower, stem, _ADJECTIVE_CONTEXT
            if "PLUR_BEK" in tags and lower in (stem + "e", stem + stem[-1:] + "e") and lemma in (stem, lower):
                return stem, lower, _INFINITIVE_CONTEXT
        return lemma, None, frozenset()

    def lemma(self, text: str, initial: bool = False) -> str:
        lower = text.lower()
        for table in (self.memory, self.exceptions, self.deponents):
            found = table.get(lower)
            if found is not None:
                return found
        if "-" in lower.strip("-"):
            head, _, last = lower.rpartition("-")
            if last.isalpha():
                return head + "-" + self.lemma(last)
        return self.choose(text, lower, initial)

    def choose(self, text: str, lower: str, initial: bool) -> str:
        table = self.table
        looked = table.get(text)
        if looked is None:
            looked = table.get(lower, lower)
        looked = looked.lower()
        readings = hunspell_da.analyses(text) or (hunspell_da.analyses(lower) if lower != text else ())
        if not readings:
            return looked
        if not initial and len(readings) > 1:
            # a bare imperative mid-sentence is rarer than the noun or adjective it looks like
            rest = [r for r in readings if "IMPERATIV" not in r[1]]
            readings = tuple(rest) or readings
        stems = [stem for stem, _ in readings]
        if looked in stems:
            return looked
        return stems[0]


# words before an "-t" form that make it an adjective, not an adverb
_ADJECTIVE_CONTEXT = frozenset(
    """et det sit mit dit vores jeres deres hans hendes dets noget intet hvert ethvert andet
    er var være været blev bliver blive blevet forekommer virker lyder synes""".split())
# words before an "-e" form that make it an infinitive, not an inflected adjective
_INFINITIVE_CONTEXT = frozenset(
    "at kan skal vil må bør kunne skulle ville måtte burde kan't lad".split())


@Language.factory("borgertekst_lemmas")
def make_lemmatizer(nlp: Language, name: str) -> Lemmatizer:
    return Lemmatizer()


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
        if not tags and lower == stem + "s" and any(
                r_stem == stem for r_stem, _ in hunspell_da.analyses(stem + "r")):
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
    for stem, tags in candidates:
        gender = hunspell_da.noun_gender(stem)
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
    if any(tags & {"PLUR_UBEK", "PLUR_BEK"} for _, tags in candidates):
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


def _after_clause_start(doc: Doc, i: int, starts: list[bool]) -> bool:
    """Token i starts a sentence, or follows a colon, a bullet or a line break."""
    if i == 0 or starts[i]:
        return True
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0:
        return True
    return doc[j].text in (":", "•", "–", "*")


_NOT_NOUNS = frozenset({"PRON", "AUX", "ADP", "DET", "CCONJ", "SCONJ", "PART", "INTJ"})


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


def _imperative_position(doc: Doc, i: int, imperative_at: set[int], starts: list[bool]) -> bool:
    """Clause-initial, or coordinated with an imperative earlier in the sentence
    ("Skrab gulerødderne og steg dem")."""
    if _after_clause_start(doc, i, starts):
        return True
    if doc[i - 1].lower_ not in ("og", "eller", ",", "så"):
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
    return _has_present(lemma)


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
        gender = self.genders.get(lower) or self.fixed_genders.get(lower) or self.fixed_genders.get(lemma)
        if gender and (word_class in (None, "NOUN") or feats):
            feats["Gender"] = gender
            feats.setdefault("Number", "Sing")
        elif not feats and self.have_hunspell and not readings and word_class is None:
            feats.update(_guess_noun_features(lower))
        return passive, imperative, "|".join(f"{k}={v}" for k, v in sorted(feats.items()))


def _is_word(text: str) -> bool:
    return (text.isalpha() or text.rstrip(".").replace(".", "").isalpha()
            or ("-" in text and text.replace("-", "").isalnum()))


def set_morph(doc: Doc, words: WordMorphology) -> Doc:
    """Set the features on every word of ``doc`` (see ``Morphologizer``)."""
    imperative_at: set[int] = set()
    starts = sentence_starts(doc)
    ends = sentence_ends(starts)
    for tok in doc:
        text = tok.text
        if not _is_word(text):
            continue
        passive, imperative, feats = words(text, tok.lemma_)
        if passive:
            tok.set_morph("Voice=Pass")
        elif (imperative is not False and _imperative_position(doc, tok.i, imperative_at, starts)
              and doc[ends[tok.i]].text != "?"  # not "Har du …?"
              and (imperative or _bare_imperative(tok.lower_, tok.lemma_))):
            tok.set_morph("Mood=Imp")
            imperative_at.add(tok.i)
        elif feats:
            tok.set_morph(feats)
    return doc
