"""Word and phrase substitutions taken from the findings' rule data:
formal address (with the agreement the language layer found), officialese,
jargon, third person → "du", and TRÆK alternatives that are drop-in text."""

from __future__ import annotations

import re

from .candidates import Candidate
from .grammar import grammar

# Suggestions with these are hints to the writer, not text to insert.
PLACEHOLDER = re.compile(r"\[|…|\.\.\.|\bfx\b|\bf\.eks\.|:")
SENTENCE_LIKE = re.compile(r"[.!?]\s*$|[.!?]\s+\S")
LIST_TYPES = ("wordlist", "phrases")


def _next_word(doc, end: int):
    return next((t for t in doc if t.idx >= end and not t.is_space), None)


def _determiner_for(doc, end: int, options: list[str]) -> str | None:
    """"nærværende afgørelse" → "denne", "nærværende brev" → "dette"."""
    noun = _next_word(doc, end)
    if noun is None:
        return None
    gender, number = noun.morph.get("Gender"), noun.morph.get("Number")
    for option in options:
        want_gender, want_number = grammar().agreement[option.lower()]
        if want_number in number and (want_gender is None or want_gender in gender):
            return option
    return None


def _usable(suggestion: str) -> bool:
    return bool(suggestion.strip()) and not PLACEHOLDER.search(suggestion)


def _at_sentence_start(text: str, start: int) -> bool:
    raw = text[:start]
    before = raw.rstrip()
    # a new paragraph starts a sentence; a single line break (signature, address) does not
    return not before or before[-1] in ".!?:" or "\n\n" in raw[len(before):].replace(" ", "")


def _is_plural(doc, start: int) -> bool:
    tok = next((t for t in doc if t.idx == start), None)
    return tok is None or "Plur" in tok.morph.get("Number") or tok.lower_.endswith("ne")


def _pronoun(doc, start: int, end: int, matched: str, options: list[str]) -> str | None:
    """"borgeren" → du or dig by position, "borgerens sag" → din sag by the noun's
    gender and number; None when the position does not say which."""
    text = doc.text
    if matched.lower().endswith("s"):
        nxt = next((t for t in doc if t.idx >= end and not t.is_space), None)
        if nxt is None or not nxt.is_alpha:
            return None
        if "Plur" in nxt.morph.get("Number"):
            new = "dine"
        elif "Neut" in nxt.morph.get("Gender"):
            new = "dit"
        elif "Com" in nxt.morph.get("Gender"):
            new = "din"
        else:
            return None
        return new.capitalize() if matched[:1].isupper() else new
    prev = re.search(r"(\w+)\W*$", text[:start].rstrip())
    if _at_sentence_start(text, start) and "du" in options:
        return "Du"
    if prev and prev.group(1).lower() in grammar().object_before and "dig" in options:
        return "dig"
    return None


def _agrees(doc, start: int, new: str, nlp) -> bool:
    """A replacement after a determiner or genitive ("din kontanthjælp",
    "Kommunens administrationsgrundlag") must be a noun of the same gender and
    number, and must not bring its own determiner."""
    prev = None
    for tok in doc:
        if tok.idx >= start:
            break
        if not tok.is_space:
            prev = tok
    if prev is None or not prev.is_alpha:
        return True
    genitive = prev.lower_.endswith("s") and bool(prev.morph.get("Gender"))
    is_det = prev.lower_ in grammar().determiners or genitive
    if not is_det:
        return True
    if nlp is None:
        return False
    old = next((t for t in doc if t.idx == start), None)
    head = [t for t in nlp(new) if not t.is_space]
    if old is None or not head or head[0].lower_ in grammar().determiners or head[0].lower_.endswith("s"):
        return False
    if len(head) > 1 and head[1].is_alpha and head[1].lower_ not in ("til", "for", "om", "af", "i", "på"):
        return False  # more than a noun (+ a prepositional phrase)
    for feat in ("Gender", "Number"):
        if old.morph.get(feat) != head[0].morph.get(feat):
            return False
    return True


def _whole_sentence(text: str, start: int, end: int, sentences) -> tuple[int, int] | None:
    for s, e in sentences:
        if s == start and not text[end:e].strip(" .!?"):
            return s, e
    return None


SHOUTED_WORD = re.compile(r"^[A-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ]{2,})*$")
REPEATED_MARKS = re.compile(r"^(.*?)([!?]{2,})$", re.DOTALL)


def _calm(text: str, start: int, matched: str) -> str | None:
    """Shouting (capitals, "!!", "?!") said at normal volume, same words."""
    if SHOUTED_WORD.match(matched):
        new = matched.lower()
        return new[:1].upper() + new[1:] if _at_sentence_start(text, start) else new
    m = REPEATED_MARKS.match(matched)
    if m:
        return m.group(1) + ("?" if "?" in m.group(2) else ".")
    return None


def word_candidates(report, ruleset, doc=None, sentences=(), nlp=None) -> list[Candidate]:
    text = doc.text if doc is not None else ""
    out: list[Candidate] = []
    for f in report.findings:
        if f.category == "tone" and text:
            calm = _calm(text, f.start, f.text)
            if calm is not None and calm != f.text:
                out.append(Candidate(rule=f.rule, start=f.start, end=f.end, new=calm, covers={f.rule}))
                continue
        if f.rule not in ruleset.rules or not f.suggestions:
            continue
        rule = ruleset.get(f.rule)
        tag = type(rule).__struct_config__.tag
        start, end = f.start, f.end
        if tag == "function" and getattr(rule, "function", "") == "formal_address":
            if len(f.suggestions) != 1:  # agreement unknown: leave it to the writer
                continue
            new = f.suggestions[0]
        elif tag in LIST_TYPES:
            if text and f.text[:1].isupper() and not _at_sentence_start(text, start):
                continue  # a capital mid-sentence: part of a name ("Center for Hjemmepleje")
            generic = set(rule.suggestions)
            options = [s for s in f.suggestions if s not in generic and _usable(s)]
            if not options:
                continue
            if tag == "wordlist" and getattr(rule, "match", "lemma") == "lemma":
                # lemma matches find inflected forms; a fixed replacement would lose the
                # inflection, so only the form written in the rule is replaced
                terms = {(e.term or "").lower() for e in rule.entries}
                if f.text.lower() not in terms:
                    continue
            if text and {o.lower() for o in options} <= set(grammar().agreement):
                new = _determiner_for(doc, end, options)
                if new is None:
                    continue
            elif options[0].lower() in grammar().pronouns:
                # "borgeren"/"ansøgeren" → du, dig or din by position; never for a plural
                if not text or _is_plural(doc, start):
                    continue
                new = _pronoun(doc, start, end, f.text, sorted(grammar().pronouns))
                if new is None:
                    continue
            else:
                new = options[0]
                if "," in new and not SENTENCE_LIKE.search(new):
                    continue  # an explanation ("det, du har tilbage …"), not a word to put in
                if tag == "wordlist" and text and not _agrees(doc, start, new, nlp):
                    continue
                if SENTENCE_LIKE.search(new):
                    # a whole TRÆK sentence replaces a whole TRYK sentence, never part of one
                    span = _whole_sentence(text, start, end, sentences) if text else None
                    if span is None:
                        continue
                    start, end = span
        else:
            continue
        if new == text[start:end] or (not text and new == f.text):
            continue
        if text:
            # "med henblik på at lave" → "for at lave", not "for at at lave"
            last = re.search(r"(\w+)$", new)
            following = re.match(r"\s+(\w+)", text[end:])
            next_word = following.group(1).lower() if following else ""
            if last and last.group(1).lower() == "at" and next_word in grammar().determiners:
                continue  # "for at" needs a verb after it, not "en fornyet vurdering"
            if last and following and last.group(1).lower() == following.group(1).lower():
                new = new[:last.start()].rstrip()
                if not new:
                    continue
        out.append(Candidate(rule=f.rule, start=start, end=end, new=new, covers={f.rule}))
    return out
