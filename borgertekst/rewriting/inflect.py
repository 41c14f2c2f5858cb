"""Inflect a replacement to the form of the word it replaces, and make the
determiner or possessive in front of it agree.

"bevilgede" → "gav", "skrivelsen" → "brevet", "din anmodning" → "dit ønske",
"en ny skrivelse" → "et nyt brev", "ovennævnte betalingsmuligheder" → "de
nævnte betalingsmuligheder". The forms come from the language layer's Hunspell
morphology (a generated form is kept only when the dictionary reads it back
with the wanted tag), a short table of irregular verbs (``irregular.yaml``) and
the gender lexicon. Every function answers ``None`` when it cannot be sure;
the caller then leaves the word alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..nlp import hunspell_da
from .grammar import grammar

IRREGULAR = Path(__file__).with_name("irregular.yaml")

NOUN_TAGS = ("BESTEMT_ENTAL", "PLUR_UBEK", "PLUR_BEK")
VERB_FORMS = ("inf", "present", "past", "participle", "imperative", "passive")
_VOWELS = "aeiouyæøå"
# words after which a noun phrase's head stops: "tilladelse til at bygge"
_POSTMODIFIER = frozenset({"til", "for", "om", "af", "i", "på", "med", "fra", "ved", "at", "der", "som", "hos"})
# determiners that change with gender (Com → Neut) before an indefinite singular noun
_NEUTER_OF = {"en": "et", "din": "dit", "min": "mit", "sin": "sit", "den": "det", "denne": "dette",
              "nogen": "noget", "ingen": "intet", "hver": "hvert", "anden": "andet", "egen": "eget"}
_COMMON_OF = {v: k for k, v in _NEUTER_OF.items()}
_INDEFINITE_DETS = frozenset({"en", "et", "nogen", "noget", "ingen", "intet", "hver", "hvert", "anden", "andet"})
_ARTICLE = {("Com", "Sing"): "den", ("Neut", "Sing"): "det", ("Com", "Plur"): "de", ("Neut", "Plur"): "de"}


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, dict[str, str]]:
    """infinitive → {present, past, participle, imperative, passive}."""
    return yaml.safe_load(IRREGULAR.read_text(encoding="utf-8"))["verbs"]


@lru_cache(maxsize=1)
def _irregular_forms() -> dict[str, tuple[str, str]]:
    """form → (infinitive, form name) for the matched side."""
    out = {}
    for inf, forms in irregular_verbs().items():
        for name, form in forms.items():
            out.setdefault(form, (inf, name))
    return out


def _readings(word: str):
    return hunspell_da.analyses(word.lower())


def _has(word: str, lemma: str, tag: str | None) -> bool:
    for stem, tags in _readings(word):
        if stem == lemma and (tag in tags if tag else not (tags & {"NUTID", "DATID", "PERF_PART", "IMPERATIV",
                                                                     "PASSIV", *NOUN_TAGS})):
            return True
    return False


def _case_like(new: str, old: str) -> str:
    if len(old) > 3 and old.isupper() and old.isalpha():
        return new.upper()  # a heading in capitals stays in capitals
    if old[:1].isupper() and new[:1].islower():
        return new[:1].upper() + new[1:]
    return new


# --- nouns -------------------------------------------------------------------------------------

def noun_form(word: str, lemma_hint: str | None = None) -> tuple[str, str, bool] | None:
    """(lemma, tag or "" for indefinite singular, genitive) of a noun form."""
    lower = word.lower()
    genitive = False
    readings = _readings(lower)
    if not readings and lower.endswith("s") and len(lower) > 3:
        readings, genitive = _readings(lower[:-1]), True
    elif readings and all("GENITIV" in t for _, t in readings) and lower.endswith("s"):
        readings, genitive = _readings(lower[:-1]), True
    for stem, tags in readings:
        if lemma_hint and stem != lemma_hint:
            continue
        tag = next((t for t in NOUN_TAGS if t in tags), None)
        if tag:
            return stem, tag, genitive
    for stem, tags in readings:
        if stem == (lower[:-1] if genitive else lower) and not tags:
            return stem, "", genitive
    if lemma_hint and len(lower) > 6 and lower.startswith(lemma_hint[:max(3, len(lemma_hint) - 3)]):
        # a compound the dictionary lacks ("rehabiliteringsplan(en)"): read its last part
        for i in range(2, len(lower) - 2):
            part = noun_form(lower[i:]) if len(lower) - i >= 3 else None
            if part and part[1] is not None and lower[:i] + part[0] == lemma_hint and noun_gender(part[0]):
                return lemma_hint, part[1], part[2]
    return None


@lru_cache(maxsize=4096)
def noun_inflect(lemma: str, tag: str) -> str | None:
    """The form of noun ``lemma`` with Hunspell tag ``tag`` ("" = indefinite singular)."""
    if not tag:
        return lemma
    last = lemma[-1:]
    double = lemma + last if last not in _VOWELS else lemma
    stems = [lemma, double] + ([lemma[:-1]] if last == "e" else [])
    endings = {"BESTEMT_ENTAL": ("en", "n", "et", "t"),
               "PLUR_UBEK": ("er", "r", "e", ""),
               "PLUR_BEK": ("erne", "rne", "ene", "ne")}[tag]
    for stem in stems:
        for ending in endings:
            form = stem + ending
            if _has(form, lemma, tag):
                return form
    return None


def noun_gender(lemma: str) -> str | None:
    return hunspell_da.noun_gender(lemma, compounds=True)


def _split_head(phrase: str) -> tuple[list[str], str, str] | None:
    """(words before the head, head, the rest) of a noun phrase replacement."""
    words = phrase.split(" ")
    cut = next((i for i, w in enumerate(words) if w.lower() in _POSTMODIFIER or "," in w), len(words))
    if cut == 0:
        return None
    if "," in words[cut - 1] if cut < len(words) else False:
        return None
    return words[:cut - 1], words[cut - 1], " ".join(words[cut:])


def inflect_noun(replacement: str, matched: str, lemma_hint: str | None = None) -> tuple[str, str | None, str] | None:
    """(new text, its gender, its tag) for a noun replacement in the matched noun's form."""
    form = noun_form(matched, lemma_hint)
    if form is None:
        return None
    _, tag, genitive = form
    split = _split_head(replacement)
    if split is None:
        return None
    before, head, rest = split
    gender = noun_gender(head.lower())
    if gender is None:
        return None
    if before and tag in ("BESTEMT_ENTAL", "PLUR_BEK"):
        # "merudgifterne" → "de ekstra udgifter": a premodifier needs an article
        number = "Plur" if tag == "PLUR_BEK" else "Sing"
        head_form = noun_inflect(head, "PLUR_UBEK" if number == "Plur" else "")
        adjs = [adjective_form(w, "PLUR_BEK") for w in before]
        if head_form is None or any(a is None for a in adjs):
            return None
        parts = [_ARTICLE[(gender, number)], *adjs, head_form]
    else:
        head_form = noun_inflect(head, tag)
        if head_form is None:
            return None
        if before and tag == "" and gender == "Neut":
            adjs = [adjective_form(w, "BESTEMT_ENTAL") for w in before]
            if any(a is None for a in adjs):
                return None
            before = adjs
        parts = [*before, head_form]
    if genitive:
        if rest:
            return None
        parts[-1] += "s"
    new = " ".join(parts + ([rest] if rest else []))
    return _case_like(new, matched), gender, tag


# --- adjectives --------------------------------------------------------------------------------

@lru_cache(maxsize=4096)
def adjective_form(adj: str, tag: str) -> str | None:
    """"nødvendig" with tag BESTEMT_ENTAL (the t-form) → "nødvendigt", PLUR_BEK (e-form) →
    "nødvendige"; words that do not inflect ("ekstra") stay as they are."""
    lower = adj.lower()
    if not tag:
        return adj
    if lower.endswith(("a", "e", "å")) or lower.endswith("sk") and tag == "BESTEMT_ENTAL":
        return adj  # "ekstra", "moderne"; "dansk" has no t-form
    endings = ("t",) if tag == "BESTEMT_ENTAL" else ("e", lower[-1:] + "e")
    stems = [lower]
    if lower.endswith("en"):
        stems.append(lower[:-2] + "n")  # "fornøden" → "fornødne"
    for stem in stems:
        for ending in endings:
            if _has(stem + ending, lower, tag):
                return stem + ending
    return None


def adjective_tag(word: str) -> tuple[str, str] | None:
    """(lemma, tag) of an adjective form."""
    for stem, tags in _readings(word):
        tag = next((t for t in ("BESTEMT_ENTAL", "PLUR_BEK") if t in tags), "")
        if tag or stem == word.lower():
            return stem, tag
    return None


# --- verbs -------------------------------------------------------------------------------------

def verb_form(word: str, lemma_hint: str | None = None) -> tuple[str, str] | None:
    """(infinitive, form name) of a verb form; see ``VERB_FORMS``."""
    lower = word.lower()
    if lower in _irregular_forms():
        return _irregular_forms()[lower]
    names = {"NUTID": "present", "DATID": "past", "PERF_PART": "participle", "IMPERATIV": "imperative",
             "PASSIV": "passive"}
    readings = _readings(lower)
    for stem, tags in readings:
        if lemma_hint and stem != lemma_hint:
            continue
        for tag, name in names.items():
            if tag in tags:
                return stem, name
    for stem, tags in readings:
        if stem == lower and not tags and (not lemma_hint or stem == lemma_hint):
            return stem, "inf"
    # the dictionary gives the stem without a tag ("fastholder" → fastholde): read the ending
    for stem, tags in readings:
        if tags or stem == lower or (lemma_hint and stem != lemma_hint) or not stem.endswith("e"):
            continue
        name = _ending_form(lower, stem)
        if name:
            return stem, name
    # a compound of an irregular verb: "imødekommet" (kommet), "bortfalder" (falder)
    for form, (inf, name) in sorted(_irregular_forms().items(), key=lambda kv: -len(kv[0])):
        if len(form) > 2 and lower.endswith(form) and len(lower) - len(form) >= 2:
            return lower[: len(lower) - len(form)] + inf, name
    if lemma_hint and lower.endswith("t") and lower[:-1].startswith(lemma_hint[:-2]):
        return lemma_hint, "participle"
    return None


def _ending_form(word: str, inf: str) -> str | None:
    """The form of a regular verb ``word`` of the infinitive ``inf`` (ending in -e), by its ending."""
    base = inf[:-1]
    if word in (inf + "r",):
        return "present"
    if word in (inf + "s", base + "es"):
        return "passive"
    if word in (base + "ede", base + "te", inf + "de"):
        return "past"
    if word in (base + "et", inf + "t", base + "t"):
        return "participle"
    return None


@lru_cache(maxsize=4096)
def verb_inflect(inf: str, name: str) -> str | None:
    if name == "inf":
        return inf
    irregular = irregular_verbs().get(inf)
    if irregular and name in irregular:
        return irregular[name]
    for base, forms in irregular_verbs().items():  # "offentliggøre" → "offentliggør"
        if inf.endswith(base) and len(inf) - len(base) >= 2 and name in forms:
            return inf[: len(inf) - len(base)] + forms[name]
    tag = {"present": "NUTID", "past": "DATID", "participle": "PERF_PART", "imperative": "IMPERATIV",
           "passive": "PASSIV"}[name]
    base = inf[:-1] if inf.endswith("e") else inf
    candidates = {
        "present": (inf + "r", inf + "er"),
        "past": (base + "ede", base + "te", base + "de", inf + "de"),
        "participle": (base + "et", base + "t", inf + "t"),
        "imperative": (base, inf),
        "passive": (inf + "s", base + "es"),
    }[name]
    for form in candidates:
        if _has(form, inf, tag):
            return form
    return None


def inflect_verb(replacement: str, matched: str, lemma_hint: str | None = None) -> str | None:
    """"fremsendte" + "sende" → "sendte"; "imødekommer" + "sige ja til" → "siger ja til"."""
    form = verb_form(matched.split(" ")[0], lemma_hint)
    if form is None:
        return None
    _, name = form
    head, _, rest = replacement.partition(" ")
    if name == "passive" and rest:
        return None  # "påklages" → "klages over": the particle cannot follow the passive
    new = verb_inflect(head.lower(), name)
    if new is None:
        return None
    return _case_like(new + (" " + rest if rest else ""), matched)


# --- determiners -------------------------------------------------------------------------------

def article_for(gender: str | None, number: str) -> str | None:
    if number == "Plur":
        return "de"
    return _ARTICLE.get((gender, number)) if gender else None


def agree_before(words_before: list[str], gender: str) -> list[str] | None:
    """The words between a determiner and an indefinite singular noun (determiner
    first) made to agree with ``gender``; None when a word cannot be made to agree.
    ``words_before`` ends right before the noun."""
    if not words_before:
        return []
    det = words_before[0].lower()
    table = _NEUTER_OF if gender == "Neut" else _COMMON_OF
    new_det = table.get(det, det)
    out = [_case_like(new_det, words_before[0])]
    if det not in _INDEFINITE_DETS:
        return out + words_before[1:]  # "den nye anmodning" → "det nye ønske": the e-form stays
    for word in words_before[1:]:
        found = adjective_tag(word)
        if found is None:
            return None
        lemma, _ = found
        new = adjective_form(lemma, "BESTEMT_ENTAL" if gender == "Neut" else "")
        if new is None:
            return None
        out.append(_case_like(new, word))
    return out


def is_determiner(word: str) -> bool:
    lower = word.lower()
    return lower in _NEUTER_OF or lower in _COMMON_OF or lower in grammar().determiners


_WORD = re.compile(r"[\wæøåÆØÅ-]+")
