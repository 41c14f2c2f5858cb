"""The guard every applied change passes: the changed sentence is read again,
and the change is dropped when it makes the sentence worse.

``problems(text, start, end, new)`` compares the sentence around
``text[start:end]`` before and after the change and names what broke (keys of
``REASONS``, Danish explanations for people):

- it touches text the letter quotes, a masked CPR number ("XXXX");
- it turns a heading into something that is not a heading;
- it turns a third party (ansøger, ejer, partsrepræsentant, barnet …) into "du";
- it changes a number, date, amount, § reference or negation;
- it doubles a word ("at at");
- it breaks the agreement of a determiner or possessive with its noun ("din spørgsmål");
- it leaves a verb form that does not fit its auxiliary ("har beslutte", "kan sendt")
  or a subject without a finite verb ("Tilladelsen stoppe");
- it puts a pronoun in the wrong case ("kontakte jeg").

Only problems the change brings in count: a sentence that already had one is
not blamed on the change. The checks read the words with the language layer's
Hunspell morphology; without the dictionary they are weaker, never stricter.
"""

from __future__ import annotations

import re
from collections import Counter

from ..nlp import hunspell_da
from ..nlp.lexicon import treebank_word_classes
from ..nlp.tokenizer import is_abbreviation
from .inflect import noun_form, noun_gender
from .quotes import masked_spans, quoted_spans

REASONS = {
    "citat": "ændringen rører tekst, brevet citerer",
    "cpr": "ændringen rører et skjult CPR-nummer",
    "overskrift": "ændringen gør en overskrift til noget, der ikke er en overskrift",
    "tredjepart": "ændringen gør en anden person end læseren til 'du'",
    "tal": "ændringen ændrer et tal",
    "dato": "ændringen ændrer en dato",
    "beløb": "ændringen ændrer et beløb",
    "paragraf": "ændringen ændrer en henvisning til en paragraf",
    "nægtelse": "ændringen ændrer et nej (ikke, ingen, aldrig)",
    "dobbeltord": "ændringen giver det samme ord to gange i træk",
    "bøjning": "ændringen passer ikke i køn eller tal med ordet foran (fx 'din spørgsmål')",
    "verbalform": "ændringen giver en forkert form af udsagnsordet (fx 'har beslutte')",
    "kasus": "ændringen sætter et stedord i forkert form (fx 'kontakte jeg')",
    "underskrift": "ændringen rører brevets hilsen eller underskrift",
    "tiltale": "ændringen sætter 'du' og 'De' i samme sætning",
    "skyld": "ændringen gør en pligt i De-form til en bebrejdelse i du-form ('dit ansvar'), som tonen ikke tåler",
}

THIRD_PARTIES = frozenset({
    "ansøger", "ansøgeren", "ansøgere", "ansøgerne", "ejer", "ejeren", "ejere", "ejerne",
    "partsrepræsentant", "partsrepræsentanten", "barnet", "barn", "børn", "børnene", "nabo", "naboen",
    "naboer", "naboerne", "klager", "klageren", "pårørende", "værge", "værgen", "forælder", "forældre",
    "forældrene", "moren", "faren", "mor", "far", "ægtefælle", "ægtefællen", "samlever", "samleveren",
    "arbejdsgiver", "arbejdsgiveren", "lejer", "lejeren", "bygherre", "bygherren", "virksomheden",
})
YOU = frozenset({"du", "dig", "din", "dit", "dine"})

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d[\d.,:/-]*\d|\d|§+", re.UNICODE)
_NUMBER = re.compile(r"\d[\d.,:/-]*\d|\d")
_PARAGRAPH = re.compile(r"§+\s*\d+\s*\w?(?:,\s*stk\.\s*\d+)?|\bstk\.\s*\d+", re.IGNORECASE)
_AMOUNT = re.compile(r"\d[\d.,]*\s*(?:kr\.?|kroner|DKK|euro|%)", re.IGNORECASE)
MONTHS = frozenset({"januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                    "oktober", "november", "december", "mandag", "tirsdag", "onsdag", "torsdag", "fredag",
                    "lørdag", "søndag", "i dag", "i morgen", "i går"})
_MONTH_WORDS = re.compile(r"\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")
# one class: "under ingen omstændigheder" → "ikke" keeps the no; losing or adding one does not
NEGATIONS = {w: "nej" for w in ("ikke", "ej", "ingen", "intet", "aldrig", "hverken", "ingenting", "ingensteds")}

_COM = frozenset({"en", "din", "min", "sin", "denne", "nogen", "ingen", "hver"})
_NEUT = frozenset({"et", "dit", "mit", "sit", "dette", "noget", "intet", "hvert"})
_PLUR = frozenset({"dine", "mine", "sine", "disse", "nogle"})

_PERFECT_AUX = frozenset({"har", "havde", "have", "haft"})
_MODALS = frozenset({"kan", "skal", "vil", "må", "bør", "kunne", "skulle", "ville", "måtte", "burde", "at"})
_SKIP = frozenset({"ikke", "du", "vi", "jeg", "han", "hun", "de", "i", "også", "allerede", "nu", "aldrig",
                   "gerne", "desværre", "selv", "først", "altid", "kun", "lige", "så", "snart", "derfor",
                   "dog", "jo", "nok", "endnu", "hurtigt", "igen", "godt", "ofte", "heller", "sikkert"})
_NOMINATIVE = frozenset({"jeg", "du", "han", "hun", "vi"})
_ACCUSATIVE = frozenset({"mig", "dig", "ham", "hende", "os"})
# after these a pronoun is an object: "kontakte mig", "til dig"
_OBJECT_SLOT = frozenset({"til", "med", "af", "på", "hos", "fra", "ved", "mod", "uden", "kontakte", "kontakt",
                          "kontakter", "hjælpe", "hjælper", "ringe", "give", "giver", "sende", "sender", "bede",
                          "beder", "spørge", "spørger", "informere", "orientere", "vejlede"})
_SUBJECTS = frozenset({"du", "jeg", "vi", "han", "hun"})
_CLAUSE_START = frozenset({"at", "du", "vi", "jeg", "dig", "man", "der", "hvis", "når"})
_HOW = frozenset({"sådan", "hvordan", "hvis", "når", "hvad", "hvorfor"})


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


MAX_SENTENCE = 600  # characters looked at on each side: a text without full stops stays cheap


def _abbreviation_stop(text: str, end: int) -> bool:
    """The full stop before ``end`` closes an abbreviation, which ends no sentence here ("§ 5, stk. 2",
    "Vedr. Deres anmodning": PANEL panel10 20; "900 kr. om måneden"): the product's one list,
    ``nlp.tokenizer.ABBREVIATIONS``."""
    before = text[max(0, end - 16):end].split()
    return bool(before) and len(before[-1]) > 2 and is_abbreviation(before[-1])


def _ordinal_stop(text: str, end: int) -> bool:
    """The full stop before ``end`` closes a date's ordinal or a number ("perioden 1.-31. januar", "den 12. november",
    "§ 5. stk."): a digit before it and a small letter or a digit after it, as the metrics' sentences have it. Read as a
    sentence end, "jf." → "efter" in a 25-word sentence looked like a change to a 14-word one, so the offer was made and
    the rewrite's trial dropped it (EVAL eval12 02: an empty offer)."""
    before = text[max(0, end - 16):end].split()
    if end < 2 or not before or not (text[end - 2].isdigit() or "." in before[-1][:-1]):
        # (a word with a full stop inside, "matr.nr. 12b", closes a compound abbreviation: PANEL panel12 19)
        return False
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return i < len(text) and (text[i].islower() or text[i].isdigit())


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or heading line) around ``text[start:end]``: from the previous
    full stop, question or exclamation mark followed by space, or line break."""
    s = start
    floor, ceiling = max(0, start - MAX_SENTENCE), min(len(text), end + MAX_SENTENCE)
    while s > floor:
        ch = text[s - 1]
        if ch == "\n" or (ch in ".!?" and s < len(text) and text[s].isspace()
                          and not _abbreviation_stop(text, s) and not (ch == "." and _ordinal_stop(text, s))):
            break
        s -= 1
    e = end
    if (end > start and text[end - 1] in ".!?" and (end >= len(text) or text[end].isspace())
            and not _abbreviation_stop(text, end)):
        # a span that ends with its own full stop (a sentence rewrite) is that sentence: the next one is not
        # checked with it (EVAL eval7 03: "Det påhviler Dem …" rewritten was judged with the next sentence's
        # "Deres" and dropped, leaving the paragraph in mixed De/du form)
        return s, end
    while e < ceiling:
        ch = text[e]
        if ch == "\n":
            break
        if ch in ".!?" and (e + 1 >= len(text) or text[e + 1].isspace()) and e >= end:
            if not _abbreviation_stop(text, e + 1) and not (ch == "." and _ordinal_stop(text, e + 1)):
                e += 1
                break
        e += 1
    return s, e


def _line(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", max(0, pos - 200), pos) + 1
    if s == 0 and pos > 200:
        s = pos - 200  # a very long line: its start does not matter (no heading is that long)
    e = text.find("\n", pos, pos + 200)
    return s, min(len(text), pos + 200) if e < 0 else e


def is_heading(text: str, start: int, end: int) -> bool:
    """A short line on its own (blank line or text edge around it) without a full stop."""
    s, e = _line(text, start)
    if e - s > 120:
        return False  # far too long for a heading; do not read the whole line
    line = text[s:e].strip()
    if not line or line[-1] in ".,;!?" or len(_words(line)) > 8 or not line[:1].isupper():
        return False
    before = text[:s].rstrip(" \t")
    after = text[e:]
    alone_before = not before.strip() or before.endswith("\n") or s == 0
    alone_after = not after.strip() or after.startswith("\n\n") or after.startswith("\n")
    return alone_before and alone_after and ":" not in line


def _verb_readings(word: str) -> set[str]:
    """Hunspell's verb tags of a word, plus "INF" for a bare form that can be an
    infinitive (it ends in a vowel: "sende", "gå"; not "efter", "hjælp")."""
    out = set()
    low = word.lower()
    for stem, tags in hunspell_da.analyses(low):
        out |= set(tags)
        if not tags and stem == low and low[-1:] in "aeiouyæøå":
            out.add("INF")
    return out


_TODAY = re.compile(r"\bd\.d\.|\bdags dato\b", re.IGNORECASE)  # the same day as "i dag"
_NOT_A_NO = re.compile(r"\bikke desto mindre\b|\bikke mindst\b|\bikke bare\b|\bikke kun\b", re.IGNORECASE)


def _facts(sentence: str) -> dict[str, Counter]:
    low = sentence.lower()
    sentence = _TODAY.sub("i dag", sentence)
    low = sentence.lower()
    words = [w.lower() for w in _words(_NOT_A_NO.sub(" ", sentence))]
    return {
        "beløb": Counter(re.sub(r"\s+", "", m.group()).rstrip(".") for m in _AMOUNT.finditer(sentence)),
        "paragraf": Counter(re.sub(r"\s+", "", m.group()).lower() for m in _PARAGRAPH.finditer(sentence)),
        "tal": Counter(_NUMBER.findall(sentence)),
        "dato": Counter(m.group() for m in _MONTH_WORDS.finditer(low)),
        "nægtelse": Counter(NEGATIONS[w] for w in words if w in NEGATIONS),
    }


def _doubled(words: list[str]) -> int:
    low = [w.lower() for w in words]
    return sum(1 for a, b in zip(low, low[1:]) if a == b and a.isalpha())


def _word_class(word: str) -> str | None:
    return treebank_word_classes().get(word.lower())


def _adjective_like(word: str) -> bool:
    """An adjective between a determiner and its noun ("dine digitale", "en højere")."""
    cls = _word_class(word)
    if cls == "ADJ":
        return True
    if cls is None and not hunspell_da.noun_gender(word, compounds=False):
        return word.endswith(("e", "ere", "este", "ige", "iske"))
    return word in ("anden", "andet", "andre", "egen", "eget", "egne", "højere", "samme")


# words after which an article cannot follow: "til anden en anden myndighed", "den en"
_NO_ARTICLE_AFTER = _COM | _NEUT | _PLUR | frozenset({"den", "det", "de", "anden", "andet", "andre", "samme",
                                                     "enhver", "ethvert", "hvilken", "hvilket"})


def _agreement_errors(words: list[str]) -> int:
    errors = 0
    low = [w.lower() for w in words]
    errors += sum(1 for a, b in zip(low, low[1:]) if b in ("en", "et") and a in _NO_ARTICLE_AFTER)
    # a genitive before a definite noun: "Selvstyrets loven"
    for a, b in zip(words, words[1:]):
        if a[:1].isupper() and a.endswith("s") and len(a) > 3 and _is_definite_noun(b) \
                and a.lower() not in ("hvis", "siges", "vises") and noun_form(a[:-1]) is not None \
                and noun_gender(noun_form(a[:-1])[0]):
            errors += 1
    for i, d in enumerate(low):
        if d not in _COM and d not in _NEUT and d not in _PLUR:
            continue
        j = i + 1
        while j < len(low) and j - i <= 2 and _adjective_like(low[j]):
            j += 1
        if j >= len(low):
            continue
        if low[j] in _CLAUSE_START or low[j] in _COM | _NEUT | {"den", "det", "de"}:
            errors += 1  # a clause where a noun should be: "en ny at du får"
            continue
        if _word_class(low[j]) not in (None, "NOUN", "PROPN"):
            continue
        form = noun_form(words[j])
        if form is None:
            continue
        lemma, tag, _ = form
        if tag in ("BESTEMT_ENTAL", "PLUR_BEK"):
            continue
        gender = noun_gender(lemma)
        plural = tag == "PLUR_UBEK"
        if d in _PLUR:
            if not plural and words[j].lower() == lemma and not _could_be_plural(words[j]):
                errors += 1
            continue
        if plural and not noun_form_is_also_singular(words[j]):
            errors += 1
        elif gender == "Neut" and d in _COM:
            errors += 1
        elif gender == "Com" and d in _NEUT:
            errors += 1
    return errors


def _could_be_plural(word: str) -> bool:
    low = word.lower()
    if any("PLUR_UBEK" in tags for _, tags in hunspell_da.analyses(low)):
        return True
    # neuter nouns with the same form in the plural ("forhold", "spørgsmål", "år")
    return hunspell_da.noun_gender(low) == "Neut" and not low.endswith("e")


def noun_form_is_also_singular(word: str) -> bool:
    return any(not tags for _, tags in hunspell_da.analyses(word.lower()))


def _verb_errors(words: list[str]) -> int:
    errors = 0
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in _PERFECT_AUX or w in _MODALS:
            j = i + 1
            while j < len(low) and low[j] in _SKIP:
                j += 1
            if j >= len(low) or j == i + 1 and w == "at":
                if not (w == "at" and j < len(low)):
                    continue
            nxt = words[j]
            readings = _verb_readings(nxt)
            verbish = readings & {"NUTID", "DATID", "PERF_PART", "IMPERATIV", "INF"}
            if not verbish or readings & {"BESTEMT_ENTAL", "PLUR_UBEK", "PLUR_BEK"} \
                    or hunspell_da.noun_gender(low[j], compounds=False):
                continue  # "har brug for": a noun, not a verb form
            if w in _PERFECT_AUX:
                if "INF" in readings and "PERF_PART" not in readings and "DATID" not in readings \
                        and not nxt.lower().endswith(("t", "et")) and nxt.lower() not in ("været", "haft"):
                    errors += 1
            elif "PERF_PART" in readings and "INF" not in readings and "NUTID" not in readings:
                errors += 1  # "kan sendt"
            elif w != "at" and "NUTID" in readings and "INF" not in readings and low[j] not in ("er", "har"):
                errors += 1  # "skal sender"
    # a subject first, then a bare infinitive: "Du sende", "Tilladelsen stoppe"
    if len(low) > 1 and (low[0] in _SUBJECTS or _is_definite_noun(words[0])):
        readings = _verb_readings(words[1])
        if readings == {"INF"} and low[1].endswith("e") and low[1] not in _MODALS | _PERFECT_AUX \
                and low[1] not in ("kunne", "skulle", "ville", "måtte", "burde", "turde", "gide"):
            errors += 1
    return errors


def _is_definite_noun(word: str) -> bool:
    form = noun_form(word)
    return form is not None and form[1] in ("BESTEMT_ENTAL", "PLUR_BEK")


def _case_errors(words: list[str]) -> int:
    low = [w.lower() for w in words]
    # "kontakte jeg", "til vi": wrong; a verb in the present before its subject ("…, sender vi klagen")
    # is the inverted word order after a clause, not an object in the wrong case
    errors = sum(1 for a, b in zip(low, low[1:]) if a in _OBJECT_SLOT and b in _NOMINATIVE and not a.endswith("r"))
    if len(low) > 1 and low[0] in _ACCUSATIVE and _verb_readings(words[1]) & {"NUTID", "DATID"}:
        errors += 1
    return errors


# a closing line ("Med venlig hilsen", "Mvh"): what follows it is the signature
_CLOSING = re.compile(r"^[ \t]*(?:med (?:venlig|venligste) hilsen|venlig hilsen|de bedste hilsner|mange hilsner|"
                      r"hilsen|mvh\.?|vh\.?|kh\.?)[ \t,]*$", re.IGNORECASE | re.MULTILINE)


def in_signature(text: str, pos: int) -> bool:
    """True when ``pos`` lies in the letter's sign-off: after its last closing line, within a
    few short lines (name, title, department)."""
    tail_from = max(0, len(text) - 1500)
    last = None
    for m in _CLOSING.finditer(text, tail_from):
        last = m
    if last is None or pos < last.start():
        return False
    lines = text[last.end():pos].split("\n")
    return len(lines) <= 8 and all(len(line) <= 80 for line in lines)


_MUNICIPALITY = re.compile(r"\b[A-ZÆØÅ][\wæøå-]+(?:-[A-ZÆØÅ][\wæøå]+)? Kommune\b")


def _sender_line(text: str, pos: int) -> bool:
    """True when ``pos`` lies on a short line that names the sending unit ("Opkrævning, Hvidovre Kommune", "Faxe
    Kommune, Teknik og Miljø"): a name, also without a closing line above it (a paragraph the page rewrites alone),
    never a phrase to rewrite (PANEL panel10b 14: "Opkrævning" became "Regning")."""
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    line = text[s:e if e != -1 else len(text)].strip()
    if not line or len(line.split()) > 6 or any(ch in line for ch in ".!?:"):
        return False
    # the unit and the municipality, each a name ("Opkrævning, Hvidovre Kommune"), not a heading that names the
    # municipality inside a phrase ("Vedrørende Deres ansøgning til Faxe Kommune")
    parts = [p.strip() for p in line.split(",")]
    return (any(_MUNICIPALITY.fullmatch(p) for p in parts)
            and all(p[:1].isupper() and len(p.split()) <= 4 for p in parts))


def _overlaps(spans, start: int, end: int) -> bool:
    return any(s < end and start < e or (start == end and s <= start < e) for s, e in spans)


# rules whose rewrite removes a "no" on purpose: "Yderligere henvendelser vil ikke blive besvaret"
# → "Hvis du har nye oplysninger, er du velkommen til at sende dem til mig."
NEGATION_MAY_CHANGE = frozenset({"tone.lukker-doeren"})


def problems_for(candidate, text: str, protected=None) -> list[str]:
    """``problems`` of a rewrite candidate (with .rule, .start, .end, .new)."""
    found = problems(text, candidate.start, candidate.end, candidate.new, protected=protected)
    if getattr(candidate, "level", "word") == "sentence" and _mixed_address(candidate.new) \
            and not _mixed_address(text[candidate.start:candidate.end]):
        found.append("tiltale")  # "Vil du medbringe Deres joblog …?"
    if candidate.rule in NEGATION_MAY_CHANGE:
        found = [p for p in found if p != "nægtelse"]
    return found


def problems(text: str, start: int, end: int, new: str, *, protected=None) -> list[str]:
    """What replacing ``text[start:end]`` with ``new`` breaks (keys of ``REASONS``);
    empty when the change may be applied. ``protected`` (quoted, masked) may be
    passed in when checking many changes to one text."""
    quoted, masked = protected if protected is not None else (quoted_spans(text), masked_spans(text))
    out: list[str] = []
    if _overlaps(quoted, start, end):
        out.append("citat")
    if _overlaps(masked, start, end) or "XXXX" in text[start:end]:
        out.append("cpr")
    if in_signature(text, start) or _sender_line(text, start):
        out.append("underskrift")
    old_span = text[start:end]
    old_words = {w.lower() for w in _words(old_span)}
    old_words |= {w[:-1] for w in old_words if w.endswith("s")}  # "ansøgerens" → "ansøgeren"
    new_words = {w.lower() for w in _words(new)}
    if old_words & THIRD_PARTIES and new_words & YOU and not old_words & YOU:
        out.append("tredjepart")
    s, e = sentence_bounds(text, start, end)
    if e - s > LONG_SENTENCE:
        # a very long "sentence": what a change can break lies near it, and the text
        # outside the window is the same before and after
        s, e = max(s, start - NEIGHBOURHOOD), min(e, end + NEIGHBOURHOOD)
    before = text[s:e]
    after = text[s:start] + new + text[end:e]
    if is_heading(text, start, end):
        line = after.strip()
        last = _words(line)[-1] if _words(line) else ""
        verb_last = last and _verb_readings(last) & {"NUTID", "DATID"} and not noun_form(last)
        low = [w.lower() for w in _words(line)]
        # "Sådan klager": a heading that became a clause needs its subject
        no_subject = bool(low) and low[0] in _HOW and not set(low) & (_SUBJECTS | {"man", "de", "i"})
        if (not line or line[-1] in ".,;:" or not line[:1].isupper() or len(_words(line)) > 10 or verb_last
                or no_subject):
            out.append("overskrift")
    return out + [p for p in sentence_problems(before, after) if p not in out]


_THEIR = re.compile(r"\b(?:deres|dem)\b")
_FORMAL_ANY = re.compile(r"\b(?:Deres|Dem)\b")
_BLAME = re.compile(r"\b(?:dit|din|jeres) (?:eget |egen )?(?:ansvar|pligt|skyld)\b", re.IGNORECASE)


def sentence_problems(before: str, after: str) -> list[str]:
    """What a sentence lost between ``before`` and ``after``: facts, negations, and the
    grammar checks (agreement, doubled words, verb forms, pronoun case). Used for one
    change and for several changes to the same sentence together."""
    out: list[str] = []
    fb, fa = _facts(before), _facts(after)
    for key in ("beløb", "paragraf", "dato", "nægtelse"):
        if fb[key] != fa[key]:
            out.append(key)
    if fb["tal"] != fa["tal"] and not {"beløb", "paragraf", "dato"} & set(out):
        out.append("tal")
    if len(_THEIR.findall(after)) > len(_THEIR.findall(before)) and _FORMAL_ANY.search(before):
        out.append("tredjepart")  # formal "Deres" became "deres" (their): someone else than the reader
    if len(_BLAME.findall(after)) > len(_BLAME.findall(before)) and _FORMAL_ANY.search(before):
        # "Det er Deres ansvar at …" is a duty in the De-form's register; "dit ansvar" is a blame the tone checks warn
        # on, so the rewrite's trial dropped the word change and its offer was empty (PANEL panel12 16, 19)
        out.append("skyld")
    wb, wa = _words(before), _words(after)
    if _doubled(wa) > _doubled(wb):
        out.append("dobbeltord")
    if _agreement_errors(wa) > _agreement_errors(wb):
        out.append("bøjning")
    if _verb_errors(wa) > _verb_errors(wb):
        out.append("verbalform")
    if _case_errors(wa) > _case_errors(wb):
        out.append("kasus")
    return out


_FORMAL = re.compile(r"(?<=[a-zæøå,] )(?:De|Dem|Deres)\b")
_INFORMAL = re.compile(r"\b(?:du|dig|din|dit|dine)\b", re.IGNORECASE)


_QUOTED_TEXT = re.compile(r"\"[^\"\n]*\"|“[^”\n]*”|»[^«\n]*«|„[^“”\n]*[“”]")


_FORMAL_FIRST = re.compile(r"^\W*De\s+([a-zæøå]+)")
_VERB_TAGS = frozenset({"NUTID", "DATID", "PASSIV", "IMPERATIV", "INF"})


def _article_before(word: str) -> bool:
    """Whether a first "De" before ``word`` is the article: "De øvrige forhold", "De nye regler", "De to børn" (a plural
    adjective or noun, or a number, that cannot be a verb), not the pronoun before a verb ("De har", "De bedes")."""
    from spacy.lang.da.lex_attrs import like_num

    if like_num(word):
        return True
    readings = _verb_readings(word)
    return bool(readings & {"PLUR_BEK", "PLUR_UBEK"}) and not readings & _VERB_TAGS


def _mixed_address(sentence: str) -> bool:
    """Formal "De/Dem/Deres" (mid-sentence, capitalised; or "De" first before a verb) beside
    informal "du" forms, outside quoted text (a form's label "Indbetales af Dem" is not the
    letter's own address). A first "De" may be "they": callers compare before and after. A first
    "De" that is the article ("De øvrige forhold, du har anført, …") is no address (EVAL eval8)."""
    sentence = _QUOTED_TEXT.sub(" ", sentence)
    first = _FORMAL_FIRST.search(sentence)
    formal = _FORMAL.search(sentence) or (first is not None and not _article_before(first.group(1)))
    return bool(formal) and bool(_INFORMAL.search(sentence))


def mixed_sentences(text: str, changes) -> list:
    """The changes that bring "du" into a sentence of the changed text that still has "De"."""
    out = []
    ordered = sorted(changes, key=lambda c: c.start)
    shift = 0
    new_text = text
    spans = []
    for c in ordered:
        start = c.start + shift
        spans.append((c, start, start + len(c.new)))
        shift += len(c.new) - (c.end - c.start)
    for c in reversed(ordered):
        new_text = new_text[:c.start] + c.new + new_text[c.end:]
    for c, start, end in spans:
        if not _brings_informal(text, c):
            continue
        s, e = sentence_bounds(new_text, start, end)
        if _mixed_address(new_text[s:e]):
            out.append(c)
    return out


LONG_SENTENCE = 400
MAX_GROUP = 12  # more changes than this in one sentence: neighbours within NEIGHBOURHOOD only
NEIGHBOURHOOD = 80


def compatible(text: str, changes, allow_negation=frozenset(), one_address: bool = True) -> list:
    """The changes (non-overlapping, with .start/.end/.new/.rule) that also hold together:
    several changes to one sentence ("Deres" → "din" and "anmodning" → "ønske" give
    "din ønske") are checked on the sentence with all of them applied; a change that
    breaks it is left out. With ``one_address`` (the whole letter is rewritten), a sentence
    that would keep a "De" beside a new "du" keeps "De" throughout; asked for one finding
    (``only_span``), the writer changes one word at a time."""
    groups: dict[tuple[int, int], list] = {}
    for c in sorted(changes, key=lambda c: c.start):
        groups.setdefault(sentence_bounds(text, c.start, c.end), []).append(c)
    kept = []
    for (s, e), group in groups.items():
        if len(group) == 1:
            kept.extend(_one_address(text, s, e, group) if one_address else group)
            continue
        chosen: list = []
        for c in group:
            if len(group) > MAX_GROUP:
                # a very long "sentence" (no full stops): check each change with its neighbours only
                s, e = max(0, c.start - NEIGHBOURHOOD), min(len(text), c.end + NEIGHBOURHOOD)
            trial = [x for x in chosen if s <= x.start and x.end <= e] + [c]
            after = text[s:e]
            for x in sorted(trial, key=lambda x: x.start, reverse=True):
                if x.start < s or x.end > e:
                    after = None
                    break
                after = after[:x.start - s] + x.new + after[x.end - s:]
            if after is None:
                chosen.append(c)  # a change reaching past the sentence: checked on its own already
                continue
            found = sentence_problems(text[s:e], after)
            if any(x.rule in allow_negation for x in trial):
                found = [p for p in found if p != "nægtelse"]
            if not found:
                chosen.append(c)
        kept.extend(_one_address(text, s, e, chosen) if one_address and len(group) <= MAX_GROUP else chosen)
    return sorted(kept, key=lambda c: c.start)


def _brings_informal(text: str, change) -> bool:
    old = {w.lower() for w in _INFORMAL.findall(text[change.start:change.end])}
    return any(w.lower() not in old for w in _INFORMAL.findall(change.new))


def _one_address(text: str, s: int, e: int, chosen: list) -> list:
    """The changes of one sentence, without those that bring in "du" when a "De/Dem/Deres"
    stays in it (no change for that one passed): the sentence then keeps "De" throughout."""
    after = text[s:e]
    inside = [x for x in chosen if s <= x.start and x.end <= e]
    for x in sorted(inside, key=lambda x: x.start, reverse=True):
        after = after[:x.start - s] + x.new + after[x.end - s:]
    if not _mixed_address(after) or _mixed_address(text[s:e]):
        return chosen
    return [x for x in chosen if not (x in inside and _brings_informal(text, x))]


def explain(reasons: list[str]) -> str:
    """One Danish sentence naming what a change would break."""
    return "Ændringen bruges ikke: " + "; ".join(REASONS[r] for r in reasons) + "."
