"""Tokenizer exceptions for Danish municipal letters.

spaCy's Danish tokenizer knows common abbreviations; letters from a municipality
also use legal and administrative ones ("iht.", "vedr.", "jf.", "stk.", "pkt.").
Each becomes one token so that its period does not end a sentence.
"""

from __future__ import annotations

import re

from spacy.attrs import NORM, ORTH
from spacy.language import Language

# Abbreviations that never end a sentence by themselves.
ABBREVIATIONS = (
    "jf. jvf. iht. vedr. ang. bl.a. f.eks. fx. ca. pga. evt. mht. hhv. inkl. ekskl. "
    "nr. stk. pkt. kl. tlf. att. ifm. iflg. ift. vha. mfl. m.fl. dvs. d.v.s. s. d. "
    "kr. ca. jan. feb. mar. apr. aug. sep. sept. okt. nov. dec. man. tirs. ons. tors. fre. "
    "lør. søn. cpr.nr. cvr.nr. j.nr. sagsnr. ref. bek. lovbek. vejl. cirk. hr. fr. "
    "mv. m.v. m.m. osv. etc. o.l. el. ell. mia. mio. gl. nuv. pr. p.t. pt. ovf. ndf. "
    "adm. afd. dir. sekr. udv. alm. ekstraord. f. o. u. t. afs. stud. cand. ph.d. "
    "vs. sml. p.g.a. t.o.m. f.o.m. dagl. ugl. mdr. md."
).split()

# Abbreviations that are also words ("min søn.", "det ved man.", "prisen på el."): before a word in title case
# they end the sentence; the weekday before a date or a range stays inside ("søn. 14/12", "man.-fre.").
WORD_ABBREVIATIONS = frozenset({"søn.", "man.", "el."})

# Abbreviations that close a list and may well end the sentence.
SENTENCE_FINAL_ABBREVIATIONS = frozenset({"mv.", "m.v.", "m.m.", "osv.", "etc.", "o.l.", "m.fl.", "mfl.",
                                          "kr.",  # an amount often ends the sentence: "… 900 kr. Du får …"
                                          "mdr.", "md.", "dagl.", "ugl."})  # so does a period: "… i 3 mdr. Derefter …"

# (the ones that are also words are decided by the next word: ``sentences.set_sentences``)
_LOWER_ABBREVIATIONS = frozenset(a.lower() for a in ABBREVIATIONS) - WORD_ABBREVIATIONS
_NEVER_FINAL = _LOWER_ABBREVIATIONS - SENTENCE_FINAL_ABBREVIATIONS


def is_abbreviation(word: str, *, sentence_final: bool = True) -> bool:
    """Whether ``word`` (with its full stop, any case; an opening bracket or quote before it ignored)
    is one of ``ABBREVIATIONS``; with ``sentence_final=False`` only one that never ends a sentence
    ("jf.", "vedr.": not "kr.", "osv."); never one that is also a word ("søn.", "man."). The one list
    every sentence splitter of the product reads."""
    word = word.lstrip("([{«»\"'").lower()
    return word in (_LOWER_ABBREVIATIONS if sentence_final else _NEVER_FINAL)


def customise_tokenizer(nlp: Language) -> None:
    for abbr in set(ABBREVIATIONS):
        for form in {abbr, abbr.capitalize(), abbr.upper()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form, NORM: abbr}])


# spaCy's tokenizer takes time quadratic in the length of a run of punctuation
# or emoji without spaces (8,000 "!" take seconds). No Danish word is this long.
LONG_RUN = 64
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_RUN + 1))


class GuardedTokenizer:
    """Wraps spaCy's tokenizer: a run of more than ``LONG_RUN`` non-space
    characters becomes one neutral token of digits with the same length, so
    every offset into the original text stays right and the time stays linear."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        if len(text) > LONG_RUN and _LONG_RUN.search(text):
            text = _LONG_RUN.sub(lambda m: "0" * len(m.group()), text)
        return self.tokenizer(text)

    def __getattr__(self, name):  # add_special_case, vocab, pipe, …
        return getattr(self.tokenizer, name)
