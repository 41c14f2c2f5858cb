"""Simple passives → active with "vi".

"Ansøgningen behandles i næste uge."        → "Vi behandler din ansøgning i næste uge."
"Din sag behandles snart."                  → "Vi behandler din sag snart."
"Deres ansøgning vil blive behandlet …"     → "Vi vil behandle din ansøgning …"

Only when the sentence starts with the subject (a possessive + noun, or a
definite noun), the verb follows at once, and no agent ("af …") is named.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import re

import yaml

from .candidates import Candidate, apply_within
from .grammar import grammar

RULE = "klarsprog.passiv"
# after the passive verb these go before the object in the active sentence; not rewritten
_ADVERB_FIRST = frozenset({"ikke", "derfor", "hermed", "herved", "også", "altid", "aldrig", "først", "nu",
                           "dog", "således", "endnu", "heller", "allerede", "desværre", "fortsat"})
DATA = Path(__file__).with_name("passive.yaml")
# a verb right after "og" shares the passive's subject: the active sentence would give it "vi"
_SHARED_SUBJECT_VERBS = frozenset({"skal", "kan", "vil", "må", "bør", "bliver", "blev", "er", "var", "har",
                                   "havde", "vil", "skulle", "kunne", "ville", "sendes", "betales", "udbetales"})


@lru_cache(maxsize=1)
def citizen_nouns() -> frozenset[str]:
    return frozenset(w.lower() for w in yaml.safe_load(DATA.read_text(encoding="utf-8"))["citizen_nouns"])


def _present(lemma: str) -> str:
    from .inflect import verb_inflect

    found = verb_inflect(lemma, "present")  # "offentliggøre" → "offentliggør", not "offentliggører"
    return found or lemma + ("r" if lemma[-1:] in "aeiouyæøå" else "er")


def _possessive(noun) -> str:
    if "Plur" in noun.morph.get("Number"):
        return "dine"
    return "dit" if "Neut" in noun.morph.get("Gender") else "din"


def _indefinite(noun) -> str | None:
    text = noun.text.lower()
    if "Plur" in noun.morph.get("Number"):
        return text[:-2] if text.endswith("ne") else None
    lemma = noun.lemma_.lower()
    if text.startswith(lemma) and text[len(lemma):] in ("en", "et", "n", "t"):
        return lemma
    return None


def _is_noun(tok) -> bool:
    return bool(tok.morph.get("Gender") or tok.morph.get("Number")) and tok.is_alpha


def _subject(words):
    """(noun phrase in the new sentence, index of the next word) or None."""
    first = words[0]
    if first.lower_ in grammar().possessives and len(words) > 1 and _is_noun(words[1]):
        return f"{_possessive(words[1])} {words[1].text.lower()}", 2
    if _is_noun(first) and "Def" in first.morph.get("Definite"):
        indef = _indefinite(first)
        if indef and first.lemma_.lower() in citizen_nouns():
            return f"{_possessive(first)} {indef}", 1
        return first.text.lower(), 1
    return None


def _verb_phrase(words, i):
    """(active verb phrase, index after it) for the passive starting at words[i]."""
    if i >= len(words):
        return None
    verb = words[i]
    lower = verb.lower_
    if "Pass" in verb.morph.get("Voice") and lower.endswith("es") and lower != "bedes":
        lemma = verb.lemma_.lower()
        if lemma and lemma != lower:
            return _present(lemma), i + 1
        return None
    modal = None
    if lower in grammar().modals and i + 1 < len(words) and words[i + 1].lower_ == "blive":
        modal, i = lower, i + 1
    elif lower != "bliver":
        return None
    if i + 1 >= len(words):
        return None
    part = words[i + 1]
    lemma = part.lemma_.lower()
    if not part.is_alpha or lemma == part.lower_ or not lemma.endswith("e"):
        return None
    if not part.lower_.endswith(("t", "et")):
        return None
    return (f"{modal} {lemma}" if modal else _present(lemma)), i + 2


# an adverse act said actively by "vi" next to the reader's things: read by the structure checks as a decision
_ADVERSE_ACTIVE = frozenset({"trækker", "fratrækker", "modregner", "standser", "stopper", "nedsætter"})
_READERS = re.compile(r"\b(?:din|dit|dine|Deres|jeres)\b")


def passive_candidates(doc, word_changes) -> list[Candidate]:
    text = doc.text
    out: list[Candidate] = []
    for sent in doc.sents:
        words = [t for t in sent if not t.is_space]
        if len(words) < 3:
            continue
        subject = _subject(words)
        if not subject:
            continue
        np, i = subject
        verb = _verb_phrase(words, i)
        if not verb:
            continue
        vp, j = verb
        if j < len(words) and words[j].lower_ in _ADVERB_FIRST:
            continue  # "Ansøgningen imødekommes ikke": the adverb would land after the object
        if j < len(words) and words[j].lower_ in ("at", "for", "som"):
            continue  # "Arbejdet forventes at være færdigt": not "Vi forventer arbejdet at være …"
        verb_tok = words[i]
        swap = next((c for c in word_changes if c.start == verb_tok.idx and c.new.endswith("es")), None)
        if swap is not None and " " not in vp:
            vp = _present(swap.new[:-1].lower())  # "fremsendes" → "sendes" → "Vi sender …"
        if any(t.lower_ == "af" for t in words[j:]):  # an agent is named: leave it
            continue
        if any(a.lower_ in ("og", "samt", "men", "eller") and b.lower_ in _SHARED_SUBJECT_VERBS
               for a, b in zip(words[j:], words[j + 1:])):
            continue  # "Hjælpemidlet udlånes gratis og skal afleveres …": the second verb keeps the old subject
        start = words[0].idx
        rest_start = words[j - 1].idx + len(words[j - 1].text)
        end = words[-1].idx + len(words[-1].text)
        rest = apply_within(text, rest_start, end, word_changes)
        if rest is None:
            continue
        if vp.split()[-1] in _ADVERSE_ACTIVE and _READERS.search(rest):
            # "Beløbet bliver trukket i din pension" → "Vi trækker beløbet i din pension": the structure checks read "vi
            # trækker … din" as a new decision (struktur.mulig-afgoerelse), so the rewrite's trial drops it and the offer
            # was empty (PANEL panel11c 09, panel13b 13)
            continue
        out.append(Candidate(rule=RULE, start=start, end=end, new=f"Vi {vp} {np}{rest}",
                             level="sentence", covers={RULE}))
    return out
