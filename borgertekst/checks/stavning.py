"""Spelling (Hunspell, Danish dictionary) and optional grammar (LanguageTool).

Hunspell decides whether a word is spelt right; common words from wordfreq's
Danish list are accepted without asking it, which keeps a letter fast.
Suggestions come from single edits that Hunspell accepts, most frequent first.

LanguageTool runs only when a server URL is configured
(``BORGERTEKST_LANGUAGETOOL_URL``); nothing is downloaded or started here.
"""

from __future__ import annotations

import logging
import os
from functools import cached_property, lru_cache
from pathlib import Path

from spacy.attrs import IS_ALPHA, LIKE_EMAIL, LIKE_URL, ORTH, SENT_START

from ..document import utf16_offsets, utf16_to_codepoint
from ..matchers.hit import Hit
from ..nlp import hunspell_da

log = logging.getLogger("borgertekst.stavning")

DICT_DIRS = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
ALPHABET = "abcdefghijklmnopqrstuvwxyzæøå"
# Single-edit suggestions grow with the square of the word length; a hostile
# "word" of 100,000 letters would need hundreds of GB. Longer words get none.
MAX_SUGGEST_CHARS = 40
# the most frequent words: a rare word that is one of these with a doubled letter written once is a slip
FREQUENT = 3000


def find_dictionary(name: str = "da_DK") -> Path | None:
    dirs = [os.environ["BORGERTEKST_HUNSPELL_DIR"]] if os.environ.get("BORGERTEKST_HUNSPELL_DIR") else []
    for d in (*dirs, *DICT_DIRS):
        if (Path(d) / f"{name}.dic").exists() and (Path(d) / f"{name}.aff").exists():
            return Path(d)
    return None


class Speller:
    """Hunspell with a frequency-list fast path and a per-word cache."""

    def __init__(self, directory: Path, name: str = "da_DK", accept: set[str] | None = None,
                 foreign_markers: set[str] | None = None):
        self._dictionary = (str(directory), name)
        # words that are no Danish word and mark a line as another language ("the", "your", "regards")
        self.foreign_markers = frozenset(w.lower() for w in (foreign_markers or ()))
        self._ranked = hunspell_da.common_words("da", 50_000)  # most frequent first, cached on disk
        self.common = frozenset(self._ranked)
        self.accept = {w.lower() for w in (accept or set())}
        self.correct = lru_cache(maxsize=100_000)(self._correct)

    @cached_property
    def _h(self):
        """Hunspell (chunspell), loaded at the first word the frequency list does not know."""
        return hunspell_da.open_dictionary(*self._dictionary)

    # English words to tell apart from Danish ones (``english``): wordfreq's most frequent English words, those
    # Danish text does not use (not in the Danish list); set by the rule's options
    english_top = 0
    english_top_accepted = 0  # fewer for the words the Danish dictionary accepts (its loans: "headset", "catering")
    english_known: frozenset[str] = frozenset()  # English words another rule names (klarsprog.engelske-ord …)
    # words that are never the last part of a compound (function words, a bare adjective ending): "register|ingen"
    # is "registreringen" misspelt, "undersøgelsen|efter" two words written together; set by the rule's options
    compound_not_tails: frozenset[str] = frozenset()
    suffix_tails: frozenset[str] = frozenset()  # three-letter suffixes that follow any head ("hed", "dom")

    @cached_property
    def _english_sets(self) -> tuple[frozenset[str], frozenset[str]]:
        """(the English-only words, those among the ``english_top_accepted`` most frequent English words)."""
        if not self.english_top:
            return frozenset(), frozenset()
        words, frequent = hunspell_da.english_only_words(self.english_top, self.english_top_accepted)  # cached on disk
        return frozenset(words), frozenset(frequent)

    def english(self, word: str) -> bool:
        """A common English word that is no common Danish word ("timeline", "request", "approach"): office
        English in a Danish letter, whether or not the Danish dictionary accepts it. Not a word Danish text uses
        ("weekend", "software"), a word of the accepted lists, or one another rule names."""
        lower = word.lower()
        if len(lower) < 4 or lower in self.common or lower in self.accept or lower in self.english_known:
            return False
        english, frequent = self._english_sets
        if lower not in english:
            return False
        if lower[-1] == "s" and self._known(lower[:-1]):
            return False  # a Danish genitive ("ovennævnte patients sygemelding"), not an English plural
        return lower in frequent or not self._known(word)

    @cached_property
    def _english_rank(self) -> dict[str, int]:
        if not self.english_top:
            return {}
        return {w: i for i, w in enumerate(hunspell_da.common_words("en", self.english_top))}

    # Danish past endings on an English stem: "checkede", "checket" (not the present -er: English has "-er" words of
    # its own, "teacher", "later")
    _VERB_ENDINGS = ("ede", "et")

    def english_verb(self, word: str) -> str | None:
        """The English verb of a word the dictionary does not know that is an English verb with a Danish ending
        ("checket", "sharet", "chattede"), else None. The stem must be one of the ``english_top_accepted`` most frequent
        English words and much rarer in Danish (not "send" in "sendet", a slip for "sendt"), and no frequent Danish
        verb with an -e ("starte", "ringe")."""
        lower = word.lower()
        en = self._english_rank
        if not en or len(lower) < 5 or lower in en:
            return None
        rank = self._rank
        for ending in self._VERB_ENDINGS:
            if not lower.endswith(ending):
                continue
            base = lower[:-len(ending)]
            stems = [base, base + "e"] + ([base[:-1]] if len(base) > 2 and base[-1] == base[-2] else [])
            for stem in stems:
                if len(stem) < 4 or en.get(stem, self.english_top_accepted) >= self.english_top_accepted:
                    continue
                if rank.get(stem, 10 ** 9) <= 2.5 * en[stem] or rank.get(stem + "e", 10 ** 9) <= 3000 \
                        or rank.get(base + "e", 10 ** 9) <= 3000:
                    continue
                return stem
        return None

    # letters Danish spelling does not use in its own words, only in loans ("crash", "upload", "review"): set by the
    # rule's options (english_letters)
    english_letters: tuple[str, ...] = ()
    _LOAN_VERB_ENDINGS = ("ede", "et", "er", "e")
    KEPT_LETTERS_BONUS = 5  # suggest(): a candidate that keeps every typed letter, against one that changes a letter
    LOAN_RARE = 20_000  # the Danish form is not among this many most frequent Danish words

    def english_loan_verb(self, word: str) -> str | None:
        """The English verb of a word the dictionary accepts that is an English verb with a Danish ending ("crasher",
        "crashede", "sharet"), else None: the form is rare in Danish, the stem is one of the ``english_top_accepted``
        most frequent English words, much rarer in Danish, and spelt with letters Danish words do not use
        (``english_letters``: "sh", "oa", "w", "c"), no form of the Danish verb is frequent ("scanner", "scanne": taken
        in), and the dictionary knows the Danish infinitive ("crashe"). Not a Danish plural or comparative of an
        English-looking stem ("rater", "smallere", "tastet"), nor the definite form of a loan noun in -er
        ("shelteret")."""
        lower = word.lower()
        en = self._english_rank
        if not en or not self.english_letters or len(lower) < 6 or lower in en \
                or self._rank.get(lower, 10 ** 9) <= self.LOAN_RARE:
            return None
        rank = self._rank
        for ending in self._LOAN_VERB_ENDINGS:
            if not lower.endswith(ending):
                continue
            base = lower[:-len(ending)]
            for stem in (base, base + "e") + ((base[:-1],) if len(base) > 2 and base[-1] == base[-2] else ()):
                if len(stem) < 4 or en.get(stem, self.english_top_accepted) >= self.english_top_accepted \
                        or not any(letters in stem for letters in self.english_letters):
                    continue
                if rank.get(stem, 10 ** 9) <= 2.5 * en[stem] or stem.endswith("er") \
                        or any(rank.get(base + e, 10 ** 9) <= self.LOAN_RARE for e in self._LOAN_VERB_ENDINGS):
                    continue
                if self._h is not None and self._h.spell(base + "e"):
                    return stem
        return None

    @cached_property
    def _rank(self) -> dict[str, int]:
        return {w: i for i, w in enumerate(self._ranked)}

    # forms the dictionary still has that Retskrivningsordbogen does not ("bevilliget" for "bevilget"), each with
    # the right form; set by the rule's options
    reject: dict[str, str] = {}

    def _correct(self, word: str) -> bool:
        lower = word.lower()
        if lower in self.reject:
            return False
        if self._doubling_slip(lower) or self._dropped_letter_slip(lower):
            return False
        if self._known(word):
            return True
        return self._compound(lower) and not self._one_letter_off(lower)

    def _split_slip(self, lower: str) -> str | None:
        """A preposition "i" written together with the word after it ("igår", "idag", "ialt",
        "igang"): frequent enough in web text to be in the frequency list, but no Danish word.
        The two words ("i går") when it is one, else None."""
        if len(lower) < 4 or lower[0] != "i" or lower in self.accept or self._h is None:
            return None
        rest = lower[1:]
        if not (rest in self.common or self._h.spell(rest)) or self._h.spell(lower):
            return None
        if not self._h.spell(rest):  # "ihvertfald": "hvertfald" is itself two words written together
            for i in range(2, len(rest) - 1):
                if self._h.spell(rest[:i]) and self._h.spell(rest[i:]) and len(rest[i:]) >= 3:
                    return f"i {rest[:i]} {rest[i:]}"
        return "i " + rest

    @cached_property
    def _frequent(self) -> frozenset[str]:
        return frozenset(self._ranked[:FREQUENT])

    def _doubling_slip(self, lower: str) -> bool:
        """A rare word that is a very frequent one with a doubled letter written once
        ("desvære" for "desværre"): Hunspell's affix rules accept some of these."""
        if len(lower) < 5 or lower in self.common or lower in self.accept:
            return False
        return any(lower[i].isalpha() and lower[:i + 1] + lower[i:] in self._frequent
                   for i in range(1, len(lower)))

    def _dropped_letter_slip(self, lower: str) -> bool:
        """A rare word that is a very frequent one with a letter left out ("modaget" for "modtaget", "ansøgnig"):
        Hunspell's compound rules accept some of these ("mod|aget"). Words of six letters or more only: among
        short words a letter more or less is often another real word. Not a letter added at the end: that is mostly
        another form of the same word ("adskillig", "adskillige")."""
        if len(lower) < 6 or lower in self.common or lower in self.accept:
            return False
        return any(lower[:i] + c + lower[i:] in self._frequent for i in range(1, len(lower)) for c in ALPHABET)

    def _one_letter_off(self, lower: str) -> bool:
        """A word accepted only as a compound of this module's own making that is a frequent word with one letter
        changed ("tilmælding": "tilmæl|ding" for "tilmelding"): the slip, not a compound."""
        return any(lower[:i] + c + lower[i + 1:] in self.common
                   for i in range(1, len(lower)) for c in ALPHABET if c != lower[i])

    def _known(self, word: str) -> bool:
        lower = word.lower()
        if lower[:1] == "i" and lower in self.common and self._split_slip(lower):
            return False  # "idag" is in the frequency list, and would make "formidag" a compound
        if lower in self.common or lower in self.accept or self._h is None:
            return True
        return bool(self._h.spell(word)) or bool(self._h.spell(lower))

    def _compound(self, lower: str) -> bool:
        """A Danish compound of two known words of at least four letters, with or without
        a linking s ("tømme|kalender", "logi|værten", "tilbagebetaling-s|krav"), or a head of
        five letters and a frequent three-letter word ("tømme|dag"); the last part may itself
        be a compound. Words from the accepted lists count."""
        if len(lower) < 7 or len(lower) > MAX_SUGGEST_CHARS:
            return False
        for i in range(4, len(lower) - 2):  # both parts at least 4 letters: "kvi|tering" is no compound
            head, tail = lower[:i], lower[i:]
            if tail in self.compound_not_tails:
                continue
            # one part must be a frequent word: two rare words Hunspell knows only by its own affixes and compounds
            # put together are mostly a slip ("jobansøg|niger" for "jobansøgninger")
            frequent_head = head in self.common or (head[-1] == "s" and head[:-1] in self.common)
            if len(tail) == 3:
                # a frequent three-letter last part after a longer, frequent head: "tømme|dag", "skole|vej" (not
                # "forhols|vis"); a suffix after any head ("uopfindsom|hed")
                if len(head) < 5 or tail not in self._frequent or not (frequent_head or tail in self.suffix_tails):
                    continue
            elif not ((self._known(tail) and (frequent_head or tail in self.common))
                      or (len(tail) >= 7 and self._compound(tail))):
                continue
            if self._known(head) or (head[-1] == "s" and len(head) > 4 and self._known(head[:-1])):
                return True
        return False

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        lower = word.lower()
        if lower in self.reject:
            right = self.reject[lower]
            return [right[:1].upper() + right[1:] if word[:1].isupper() else right]
        if len(lower) > MAX_SUGGEST_CHARS:
            return []
        split = self._split_slip(lower)
        if split:
            return [split[:1].upper() + split[1:] if word[:1].isupper() else split]
        splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in ALPHABET}
        edits |= {a + c + b for a, b in splits for c in ALPHABET}
        edits.discard(lower)
        known = [w for w in edits if w in self.common and not (w[:1] == "i" and self._split_slip(w))]
        # wordfreq's order (most frequent first), but a word the slip is the written word with a letter left out of
        # ("kontigent" -> "kontingent", "dyrer" -> "dyrere") counts as this many times more frequent than one with a
        # letter changed or dropped ("kontinent", "dyre"): it keeps every letter the writer typed
        rank = self._rank
        known.sort(key=lambda w: rank[w] / self.KEPT_LETTERS_BONUS if len(w) == len(lower) + 1 and _subsequence(lower, w)
                   else rank[w])
        # a consonant written once that the dictionary wants doubled ("Påbudet" → "Påbuddet", "formidag" →
        # "formiddag"): the most common Danish slip, and a rarer word than a one-letter change ("Påbudt")
        doubled = [lower[:i + 1] + lower[i:] for i in range(1, len(lower))
                   if lower[i] not in "aeiouyæøå" and lower[i].isalpha() and lower[i] != lower[i - 1]
                   and (i + 1 == len(lower) or lower[i + 1] != lower[i])]
        # not a word Hunspell accepts as two words put together ("register|ringen" for "registeringen")
        doubled = [w for w in doubled if w in self.common
                   or (self._h is not None and self._h.spell(w) and not self._compound(w))]
        known = doubled[:1] + [w for w in known if w not in doubled[:1]]
        out = known[:limit]
        if word[:1].isupper():
            out = [w[:1].upper() + w[1:] for w in out]
        return out


def _subsequence(short: str, long: str) -> bool:
    """Every letter of ``short`` in ``long``, in order."""
    it = iter(long)
    return all(c in it for c in short)


def _setup_spelling(rule, nlp):
    directory = find_dictionary(rule.options.get("dictionary", "da_DK"))
    if directory is None:
        return None
    accept = set(rule.options.get("accept", []))
    from ..rulebook.loader import shipped_rules_dir

    for name in rule.options.get("word_lists", []):  # word lists as data, beside the rule files
        path = shipped_rules_dir() / name
        accept |= read_word_list(path if path.exists() else RULES_DIR / name)
    speller = Speller(directory, rule.options.get("dictionary", "da_DK"), accept,
                      set(rule.options.get("foreign_markers", [])))
    speller.english_top = int(rule.options.get("english_top", 0))
    speller.english_top_accepted = int(rule.options.get("english_top_accepted", 0))
    speller.english_known = frozenset(_english_terms(rule.options.get("english_rules", [])))
    speller.compound_not_tails = frozenset(str(w).lower() for w in rule.options.get("compound_not_tails", []))
    speller.suffix_tails = frozenset(str(w).lower() for w in rule.options.get("compound_suffix_tails", []))
    speller.english_letters = tuple(str(w).lower() for w in rule.options.get("english_letters", []))
    speller.reject = {str(k).lower(): str(v) for k, v in (rule.options.get("reject") or {}).items()}
    return speller


def _english_terms(names: list[str]) -> set[str]:
    """The one-word terms of the word-list rules that name English words (their own finding says it better);
    the rule files read through the loader (its parsed-data cache)."""
    from ..rulebook.loader import load_rule, shipped_rules_dir

    terms: set[str] = set()
    for name in names:
        path = shipped_rules_dir() / name
        for entry in load_rule(path if path.exists() else RULES_DIR / name).entries:
            if entry.term and " " not in entry.term:
                terms.add(entry.term.lower())
    return terms


RULES_DIR = Path(__file__).resolve().parent.parent.parent / "rules"


def read_word_list(path: Path) -> set[str]:
    """One word a line; '#' starts a comment."""
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word)
    return words


_NAME_ENDINGS = ("vej", "vejen", "gade", "gaden", "vænget", "vænge", "allé", "alle", "stræde", "torv", "plads",
                 "bakken", "parken", "haven", "gård", "kær", "holm", "lund", "bjerg", "høj", "strup", "rup",
                 "borg", "sted", "by", "skov", "dal", "næs", "bro", "løkke", "toften", "stien")


def _foreign_lines(analysis, speller) -> set[int]:
    """Start offsets of lines in another language (a Greenlandic greeting, an English
    sign-off, the English half of a bilingual letter): at least two words, and most of them
    unknown to the Danish dictionary, or the rule's foreign markers ("the", "your", "has been")
    for a fifth of its words (one in a short sign-off line: "Best regards"). A Danish line with
    a few English words ("vi er glade for at informere dig om, at din application …") stays checked."""
    text = analysis.text
    out = set()
    words: dict[int, list[bool]] = {}
    markers: dict[int, int] = {}
    foreign_markers = speller.foreign_markers
    for tok in analysis.doc:
        if tok.is_alpha:
            start = text.rfind("\n", 0, tok.idx) + 1
            if tok.lower_ in foreign_markers:
                markers[start] = markers.get(start, 0) + 1
            if len(tok.text) >= 3:
                words.setdefault(start, []).append(speller.correct(tok.text))
    for start, known in words.items():
        if len(known) >= 2 and known.count(False) >= 0.6 * len(known):
            out.add(start)
        elif (marked := markers.get(start, 0)) >= (1 if len(known) <= 4 else max(2, 0.2 * len(known))):
            out.add(start)  # "Your resident permit has been renewed", "Best regards / Venlig hilsen"
    return out


def _looks_like_name(tok, doc_text: str) -> bool:
    """A capitalised word at the start of a line or sentence that is a name: a street or
    town (ending in -vej, -gade, -by …), followed by a house number or another
    capitalised word ("Holmby Kommune", "Engvej 12"), or on a short line without a full
    stop (an address block or a signature). ``doc_text`` is the text of ``tok.doc`` (the
    analysis' text: ``Doc.text`` is rebuilt from every token on each access)."""
    text = tok.text
    if not text[:1].isupper():
        return False
    if text.lower().endswith(_NAME_ENDINGS):
        return True
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and not nxt.is_space and (nxt.like_num or (nxt.text[:1].isupper() and nxt.is_alpha)):
        return True
    line_start = doc_text.rfind("\n", 0, tok.idx) + 1
    line_end = doc_text.find("\n", tok.idx)
    line = doc_text[line_start:line_end if line_end >= 0 else None].strip()
    return len(line.split()) <= 4 and not line.endswith((".", "!", "?"))


_UNSEEN = object()


def _kept_on(speller, name: str) -> dict:
    """A dict of ``spelling``'s per-token answers kept on ``speller`` under ``name`` (ORTH hashes are hashes of
    the text, the same in every string store)."""
    kept = getattr(speller, name, None)
    if kept is None:
        kept = {}
        try:
            setattr(speller, name, kept)
        except AttributeError:  # a speller that takes no attributes: answers for this letter only
            pass
    return kept


def _unflagged(speller) -> dict:
    """Per word: its text when ``spelling`` may flag it, None when never."""
    return _kept_on(speller, "_spelling_by_orth")


def _hyphenated(speller) -> dict:
    """Per hyphenated word: the (offset, length) of its English parts."""
    return _kept_on(speller, "_english_parts_by_orth")


def _english_parts(text: str, speller) -> tuple[tuple[int, int], ...]:
    """(offset, length) of the English part of a hyphenated compound ("onboarding-plan" -> "onboarding", "kick-off-møde"
    -> "kick-off"): a listed English term or a word of the English test, next to a Danish part. A word that is English
    as a whole ("follow-up") is the word lists' (they match it whole), and a compound of letters only."""
    if "-" not in text or len(text) > 60 or not speller.english_top:
        return ()
    parts = text.split("-")
    if len(parts) < 2 or not all(p.isalpha() for p in parts):
        return ()
    lower = text.lower()
    if lower in speller.english_known:
        return ()
    for j in range(len(parts) - 1, 1, -1):  # a listed English term of several parts at the start: "kick-off-møde"
        head = "-".join(parts[:j])
        if head.lower() in speller.english_known:
            return ((0, len(head)),)
    out = []
    pos = 0
    for part in parts:
        if len(part) >= 4 and not part.isupper() and (part.lower() in speller.english_known or speller.english(part)):
            out.append((pos, len(part)))
        pos += len(part) + 1
    return tuple(out) if len(out) < len(parts) else ()


def _inner_capital(text: str) -> bool:
    """A lower-case letter followed by a capital inside the word: "minSU", "eBoks", "iPad" (not "DEt")."""
    return any(a.islower() and b.isupper() for a, b in zip(text, text[1:]))


def spelling(analysis, rule, speller):
    if speller is None:
        analysis.notices.append("Stavekontrol er slået fra: den danske Hunspell-ordbog (da_DK) blev ikke fundet.")
        return
    max_suggest = int(rule.options.get("max_suggestions", 20))
    foreign = None  # worked out at the first unknown word only
    doc = analysis.doc
    if not len(doc):
        return
    strings = doc.vocab.strings
    # the tokens' attributes in one array read; a Token only for the words that get this far
    rows = doc.to_array([ORTH, IS_ALPHA, SENT_START, LIKE_URL, LIKE_EMAIL]).tolist()
    # per distinct word (ORTH hash -> text): None when the word is never flagged (short, in capitals,
    # or spelt right: each test below only skips a word, so their order does not matter)
    known = _unflagged(speller)
    hyphenated = _hyphenated(speller)
    for i, (orth, alpha, sent_start, url, email) in enumerate(rows):
        if not alpha:
            # a hyphenated compound with an English part ("onboarding-plan", "kick-off-møde"): one token, never alphabetic
            parts = hyphenated.get(orth, _UNSEEN)
            if parts is _UNSEEN:
                if len(hyphenated) > 50_000:
                    hyphenated.clear()
                parts = hyphenated[orth] = _english_parts(strings[orth], speller)
            if parts and not (url or email):
                tok = doc[i]
                if foreign is None:
                    foreign = _foreign_lines(analysis, speller)
                if not (foreign and analysis.text.rfind("\n", 0, tok.idx) + 1 in foreign):
                    for offset, length in parts:
                        yield Hit(tok.idx + offset, tok.idx + offset + length, message=rule.options.get("message_english"))
            continue
        text = known.get(orth, _UNSEEN)
        if text is _UNSEEN:
            if len(known) > 200_000:
                known.clear()
            text = strings[orth]
            # a capital inside the word ("minSU", "eBoks", "iPad") is a product's or a system's name
            text = known[orth] = None if len(text) < 3 or text.isupper() or _inner_capital(text) \
                or text.lower() in speller.english_known or (speller.correct(text) and not speller.english(text)
                                                             and not speller.english_loan_verb(text)) else text
        if text is None:
            continue
        # names: capitalised words that do not start a sentence, and those that do but look like one
        if text[0].isupper() and (sent_start != 1 or _looks_like_name(doc[i], analysis.text)):
            continue
        if url or email:
            continue
        tok = doc[i]
        if foreign is None:
            foreign = _foreign_lines(analysis, speller)
        if foreign and analysis.text.rfind("\n", 0, tok.idx) + 1 in foreign:
            continue
        if speller.english(text):
            # office English ("timeline", "request"): a Danish look-alike is no help; the message says what it is
            yield Hit(tok.idx, tok.idx + len(text), message=rule.options.get("message_english"))
            continue
        if speller.english_verb(text) or speller.english_loan_verb(text):
            # "checket", "sharet": an English verb with a Danish ending; the Danish look-alike ("svaret") is no help
            yield Hit(tok.idx, tok.idx + len(text), message=rule.options.get("message_english_verb"))
            continue
        suggestions = speller.suggest(text) if max_suggest > 0 else []
        max_suggest -= 1
        # never "Mente du ''?": without a suggestion the message only asks to check the word
        message = None if suggestions else rule.options.get("message_no_suggestion")
        yield Hit(tok.idx, tok.idx + len(text), replace=suggestions, message=message)


spelling.setup = _setup_spelling


# determiners that show the noun's gender ("en"/"et", "din"/"dit" …), lower-case: a sentence-initial "En" may be the
# numeral before a count ("En af dem"), and the pair is the same hint there
_DETERMINER_GENDER = {"en": "Com", "et": "Neut", "din": "Com", "dit": "Neut", "min": "Com", "mit": "Neut",
                      "sin": "Com", "sit": "Neut"}
_OTHER_DETERMINER = {"en": "et", "et": "en", "din": "dit", "dit": "din", "min": "mit", "mit": "min", "sin": "sit",
                     "sit": "sin"}
# endings of adjectives, participles and inflected forms: not a bare noun after the determiner
_NOT_BARE_NOUN = ("ig", "isk", "e", "t", "s", "ne", "er")
# of the nouns in -e, not a plural or definite plural ending, an adjective's -ige/-iske/-lige or a participle's -ede,
# -ende (words13: "en møde" was never read, as every -e word was skipped)
# words after a noun that ends its phrase ("en møde med dig", "min arbejde er stoppet")
_AFTER_BARE_NOUN = frozenset("""med i på til for om af fra hos ved efter inden før under over uden mod og men eller
    er var har havde kan skal vil må bliver blev som der hvor når hvis fordi så""".split())
_NOT_BARE_NOUN_E = ("ne", "ige", "iske", "lige", "ede", "ende", "ere", "este")


def gender_agreement(analysis, rule, speller):
    """A determiner before a bare noun of the other gender: "din integrationsprogram", "en skema". The noun's gender
    comes from the dictionary's gender lexicon (a compound takes its last part's). Not an adjective ("en gammel
    bil": "gammelt" is a frequent word) and not a noun of both genders ("et brud", "en brud"): the determiner's own
    definite form of the noun or of its last part ("bruddet") must be no frequent word."""
    if speller is None:
        return
    doc = analysis.doc
    for tok in doc[:-1]:
        gender = _DETERMINER_GENDER.get(tok.text)
        if gender is None:
            continue
        noun = doc[tok.i + 1]
        word = noun.text
        if not (word.isalpha() and word.islower() and len(word) >= 4):
            continue
        after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
        if word.endswith(_NOT_BARE_NOUN):
            # a noun in -e ("en møde", "min arbejde", "dit boligydelse") only as the head of its phrase: its own
            # lemma (not the adjective "kære" -> "kær"), listed itself in the gender lexicon (not by a compound's
            # last part: "rotte|spærre" is no neuter), and followed by a punctuation mark or a function word, not
            # by a noun or an adjective ("dit næste møde", "dit næste halve år": "næste" is also a noun)
            if not (word.endswith("e") and not word.endswith(_NOT_BARE_NOUN_E) and noun.lemma_ == word
                    and hunspell_da.gender_lexicon().get(word) is not None
                    and (after is None or not after.is_alpha or after.lower_ in _AFTER_BARE_NOUN)):
                continue
        if after is not None and after.text == "-":
            continue  # "en skema-…": a word split over a hyphen
        found = hunspell_da.noun_gender(word)
        if found is None or found == gender or (word + "t" in speller.common and not word.endswith("e")):
            continue
        # the frequency list, not Hunspell: its compounds accept "skemaen", "integrationsprogrammen"
        lexicon = hunspell_da.gender_lexicon()
        tail = next((word[cut:] for cut in range(len(word) - 2) if lexicon.get(word[cut:])), word)
        ending = "en" if gender == "Com" else "et"
        if any(form in speller.common for form in (tail + ending, tail + ending[1:], tail + tail[-1] + ending)):
            continue
        yield Hit(tok.idx, noun.idx + len(word), replace=[f"{_OTHER_DETERMINER[tok.text]} {word}"])


def _setup_gender(rule, nlp):
    directory = find_dictionary(rule.options.get("dictionary", "da_DK"))
    return None if directory is None else Speller(directory, rule.options.get("dictionary", "da_DK"))


gender_agreement.setup = _setup_gender


def _setup_grammar(rule, nlp):
    url = os.environ.get("BORGERTEKST_LANGUAGETOOL_URL") or rule.options.get("url")
    if not url:
        return None
    return LanguageToolAdapter(url, rule.options.get("language", "da-DK"))


class LanguageToolAdapter:
    """language-tool-python against a configured LanguageTool server."""

    def __init__(self, url: str, language: str = "da-DK"):
        self.url = url
        self.language = language
        self._tool = None

    def tool(self):
        if self._tool is None:
            import language_tool_python

            self._tool = language_tool_python.LanguageTool(self.language, remote_server=self.url)
        return self._tool

    def check(self, text: str) -> list[tuple[int, int, str, list[str], str]]:
        """(start, end, message, replacements, rule id) in code points.

        LanguageTool is a Java server: its offsets count UTF-16 units."""
        out = []
        u16 = None
        for m in self.tool().check(text):
            # language-tool-python already turns the start into code points;
            # the length is still in UTF-16 units.
            if u16 is None:
                u16 = utf16_offsets(text)
            start = min(max(m.offset, 0), len(text))
            end = utf16_to_codepoint(text, u16[start] + m.error_length)
            rule_id = m.rule_id
            out.append((start, end, m.message, list(m.replacements[:5]), rule_id))
        return out


def grammar(analysis, rule, adapter):
    if adapter is None:
        return
    try:
        matches = adapter.check(analysis.text)
    except Exception as exc:  # network errors must not break the analysis
        log.warning("LanguageTool unavailable: %s", type(exc).__name__)
        analysis.notices.append("Grammatikkontrollen (LanguageTool) svarede ikke; resten af tjekket er gennemført.")
        return
    for start, end, message, replacements, rule_id in matches:
        if end > start:
            yield Hit(start, end, replace=replacements, message=message, fields={"lt_rule": rule_id})


grammar.setup = _setup_grammar
