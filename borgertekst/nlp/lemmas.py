"""``borgertekst_lemmas``: lemmas for Danish words (see ``Lemmatizer``)."""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA
from spacy.language import Language
from spacy.tokens import Doc

from . import hunspell_da
from .lexicon import deponent_lemmas, lemma_exceptions, lemma_table, person_nouns, treebank_bigrams, treebank_genders, \
    treebank_lemmas, treebank_word_classes
from .sentences import sentence_starts
from .tokens import token_table


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
        # (text, sentence-initial) -> (lemma hash, alternative's hash or 0, contexts, lower case)
        self._cache: dict[tuple[str, bool], tuple[int, int, frozenset, str]] = {}
        self._cache_for = self.memory
        self._strings = None

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        starts = sentence_starts(doc)
        strings = doc.vocab.strings
        # the cache keeps lemma hashes: valid for this memory and this string store
        if self._cache_for is not self.memory or self._strings is not strings:
            self._cache, self._cache_for, self._strings = {}, self.memory, strings
        cache = self._cache
        bigrams = self.bigrams
        seconds = self._seconds_of(bigrams)  # the forms some word before can give another lemma
        table = token_table(doc)  # plain lists: no Token per word, one array write at the end
        orths, is_space, is_punct = table.orths, table.is_space, table.is_punct
        lemmas = [0] * n
        prev = ""
        persons = None  # places of "Ansøger", "Klager" …: a person noun or a verb's present tense
        for i, text in enumerate(table.texts):
            if is_space[i] or is_punct[i] or not text.strip():
                lemmas[i] = orths[i]  # the lemma is the text itself
                prev = text if not is_space[i] else prev
                continue
            key = (text, starts[i] or i == 0)
            found = cache.get(key)
            if found is None:
                if len(cache) > 200_000:
                    cache.clear()
                lemma, alternative, contexts = self.variants(text, key[1])
                found = cache[key] = (strings.add(lemma), strings.add(alternative) if alternative else 0,
                                      contexts, text.lower())
            lemma, alternative, contexts, lower = found
            if lower in _PERSON_NOUNS:
                persons = (persons or []) + [i]
            in_context = bigrams.get((prev, lower)) if lower in seconds else None
            if in_context is not None:
                lemmas[i] = strings.add(in_context)  # "i går": the noun "går"
            else:
                lemmas[i] = alternative if alternative and prev in contexts else lemma
            prev = lower
        for i in persons or ():
            if _person_noun_here(table.texts, is_space, i):
                lemmas[i] = strings.add(table.texts[i].lower())
        doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64").reshape(-1, 1))
        return doc

    def _seconds_of(self, bigrams) -> frozenset:
        """The second words of ``bigrams`` (worked out again when the table is another or has grown)."""
        if not bigrams:
            return frozenset()
        key = (id(bigrams), len(bigrams))
        if getattr(self, "_seconds_key", None) != key or self._seconds_for is not bigrams:
            self._seconds = frozenset(b for _, b in bigrams)
            self._seconds_key, self._seconds_for = key, bigrams
        return self._seconds

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


def _person_noun_here(texts: list[str], is_space: list[bool], i: int) -> bool:
    """"Ansøger har ret til …", "Klager anfører, at …", "…, at ansøger har haft …": the person noun, not
    the verb's present tense, when a finite verb follows and no subject pronoun comes before
    ("du ansøger", "Klager du over …" keep the verb)."""
    j = i + 1
    while j < len(texts) and is_space[j]:
        j += 1
    if j >= len(texts):
        return False
    nxt = texts[j].lower()
    if nxt not in _FINITE and not any("NUTID" in tags or "DATID" in tags for _, tags in hunspell_da.analyses(nxt)):
        return False
    k = i - 1
    while k >= 0 and is_space[k]:
        k -= 1
    return k < 0 or texts[k].lower() not in _SUBJECTS


# "-er" forms that are a person noun and a verb's present tense (ansøge → ansøger); lexicon data
_PERSON_NOUNS = person_nouns()
_FINITE = frozenset("har er var havde skal kan vil må bør får fik gør gjorde skulle kunne ville måtte".split())
_SUBJECTS = frozenset("jeg du han hun vi i de man den det der som hvem".split())


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

