"""Word and phrase substitutions taken from the findings' rule data:
formal address (with the agreement the language layer found), officialese,
jargon, third person → "du", and TRÆK alternatives that are drop-in text."""

from __future__ import annotations

import re

from . import guard, inflect
from .candidates import Candidate
from .grammar import grammar
from .quotes import masked_spans, quoted_spans
from ..vocabulary import is_drop_in

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


def _at_sentence_start(text: str, start: int) -> bool:
    raw = text[max(0, start - 200):start]
    if start > 200 and not raw.strip():
        raw = text[:start]  # a long run of spaces: look further back
    before = raw.rstrip()
    # a new paragraph starts a sentence; a single line break (signature, address) does not
    if "\n\n" in raw[len(before):].replace(" ", ""):
        return True
    if before.endswith(".") and _abbreviation_before(before):
        return False  # "Vedr. Deres anmodning" → "Om dit ønske", not "Om Dit ønske" (PANEL panel10 20)
    return not before or before[-1] in ".!?:"


def _abbreviation_before(before: str) -> bool:
    """Whether the full stop ending ``before`` is an abbreviation's that never ends a sentence ("vedr.", "jf.")."""
    from ..nlp.tokenizer import is_abbreviation

    last = before.split()[-1].lstrip("(«»\"")
    return len(last) > 2 and is_abbreviation(last, sentence_final=False)  # not an initial: "H. C."


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
        from ..nlp import hunspell_da

        words = matched.replace("-", " ").split()
        if len(words) == 1 and (len(matched) < 4 or not hunspell_da.analyses(matched.lower())):
            return None  # an abbreviation or a name ("URL", "KAS", "XXXX"), not shouting
        new = matched.lower()
        return new[:1].upper() + new[1:] if _at_sentence_start(text, start) else new
    m = REPEATED_MARKS.match(matched)
    if m:
        return m.group(1) + ("?" if "?" in m.group(2) else ".")
    return None


_BY_FIRST: dict[int, tuple[object, dict[str, list]]] = {}


def _entries_by_first(rule) -> dict[str, list]:
    """The rule's entries with their lower-cased ``replace`` lists, by the first
    replacement, in rule order; built once per entry list (a reload makes new ones)."""
    entries = getattr(rule, "entries", None) or ()
    known = _BY_FIRST.get(id(entries))
    if known is not None and known[0] is entries:
        return known[1]
    index: dict[str, list] = {}
    for entry in entries:
        rep = [x.lower() for x in entry.replace]
        if rep:
            index.setdefault(rep[0], []).append((entry, rep))
    if len(_BY_FIRST) > 512:  # rule reloads: never grow without bound
        _BY_FIRST.clear()
    _BY_FIRST[id(entries)] = (entries, index)
    return index


def entry_of(rule, finding):
    """The rule entry whose ``replace`` list the finding's suggestions start with."""
    wanted = [x.lower() for x in finding.suggestions]
    if not wanted:
        return None
    matched = " ".join(finding.text.lower().split())
    best, best_score = None, 0
    for entry, rep in _entries_by_first(rule).get(wanted[0], ()):
        if wanted[:len(rep)] != rep:
            continue
        term = (entry.term or "").lower()
        # several entries may share a replacement ("såfremt" and "i tilfælde af" → "hvis")
        score = 3 if term == matched else 2 if term and matched.startswith(term[:max(3, len(term) - 3)]) else 1
        if score > best_score:
            best, best_score = entry, score
    return best


def word_class(rule, finding) -> str | None:
    entry = entry_of(rule, finding)
    return entry.word_class if entry is not None else None


def places(finding, text: str):
    """(start, end, matched text) of the finding and every other occurrence (contract 9)."""
    out = [(finding.start, finding.end, finding.text)]
    for occ in getattr(finding, "occurrences", None) or ():
        if 0 <= occ.start < occ.end <= len(text):
            out.append((occ.start, occ.end, text[occ.start:occ.end]))
    return out


_WORD_BEFORE = re.compile(r"([\wæøåÆØÅ-]+)(\s+)$")


def _words_before(text: str, start: int, limit: int = 3) -> list[tuple[int, str]]:
    """Up to ``limit`` words right before ``start`` in the same sentence, nearest last."""
    out: list[tuple[int, str]] = []
    pos = start
    floor = max(0, start - 40 * limit)  # a few words back, never the whole letter
    while len(out) < limit:
        m = _WORD_BEFORE.search(text, floor, pos)
        if not m or "\n\n" in m.group(2):
            break
        out.insert(0, (m.start(1), m.group(1)))
        pos = m.start(1)
    return out


def _with_determiner(text: str, start: int, new: str, gender: str | None) -> tuple[int, str] | None:
    """Make a determiner or possessive before the noun agree with the new noun's gender:
    "din anmodning" → "dit ønske", "en ny skrivelse" → "et nyt brev"."""
    from ..nlp.lexicon import treebank_word_classes

    classes = treebank_word_classes()
    before = _words_before(text, start)
    # the noun phrase: a determiner, then adjectives up to the noun
    for i in range(len(before) - 1, -1, -1):
        pos, word = before[i]
        if word == "Deres" and gender is not None:
            # formal "Deres" becomes "din"/"dit" in the same change ("Deres anmodning" → "dit ønske"),
            # so the address rule's own "Deres" → "din" cannot leave "din ønske"
            middle = [w for _, w in before[i + 1:]]
            if any(classes.get(w.lower()) != "ADJ" for w in middle):
                return start, new
            agreed = inflect.agree_before(["din"] + middle, gender)
            if agreed is None:
                return None
            if _at_sentence_start(text, pos):
                agreed[0] = agreed[0].capitalize()
            return pos, " ".join(agreed + [new])
        if inflect.is_determiner(word) and word.lower() not in ("de", "disse", "dine", "mine", "sine", "nogle",
                                                                  "alle", "vores", "jeres", "deres", "hans",
                                                                  "hendes", "al", "alt"):
            middle = [w for _, w in before[i + 1:]]
            if any(classes.get(w.lower()) != "ADJ" for w in middle):
                return start, new
            if gender is None:
                return None
            agreed = inflect.agree_before([word] + middle, gender)
            if agreed is None:
                return None
            return pos, " ".join(agreed + [new])
        if classes.get(word.lower()) != "ADJ":
            break
    return start, new


def _next_word_after(text: str, end: int) -> str | None:
    m = re.match(r"\s+([\wæøåÆØÅ-]+)", text[end:])
    return m.group(1) if m else None


def inflected(text: str, start: int, end: int, matched: str, cls: str, option: str, lemma: str | None):
    """(start, new text) for one option of a noun/verb/adjective entry in this place, or None."""
    if cls == "noun":
        found = inflect.inflect_noun(option, matched) or (inflect.inflect_noun(option, matched, lemma) if lemma else None)
        if found is None:
            return None
        new, gender, tag = found
        if any(w.lower() in _PREPOSITIONS | {"at"} for w in new.split()[1:]) \
                and (_next_word_after(text, end) or "").lower() in _PREPOSITIONS | {"fra"}:
            return None  # "dispensation fra lokalplanen" → not "tilladelse til at afvige fra reglerne fra lokalplanen"
        before = _words_before(text, start, 1)
        if tag == "" and before and before[0][1].lower() in ("uden", "med"):
            return None  # "anbringes uden samtykke": a legal phrase, whose consent it is stays unsaid in "uden tilladelse"
        if _NOMINALIZATION.search(matched) and re.match(r"\s+af\s+(?!\d)", text[end:end + 20], re.IGNORECASE):
            # "opkrævning af gebyret": the new noun need not take "af" ("regning for");
            # "anmodning af 3. maj" is a date, not the object
            return None
        old = inflect.noun_form(matched) or (inflect.noun_form(matched, lemma) if lemma else None)
        old_gender = inflect.noun_gender(old[0]) if old else None
        if tag == "" and gender != old_gender:
            return _with_determiner(text, start, new, gender)
        return start, new
    if cls == "verb":
        lemma = lemma.split(" ")[0] if lemma else lemma  # "fremkomme med": the verb is the first word
        form = inflect.verb_form(matched.split(" ")[0], lemma)
        noun = _next_word_after(text, end)
        if form and " " in option.strip() and _particle_misplaced(text, start, end, matched, form[1]):
            return None
        if " " in matched.strip() and noun and noun.lower() in _NOUN_COMPLEMENT:
            return None  # "foretage en vurdering af sagen" → not "vurdere af sagen"
        if form and form[1] in ("past", "participle") and noun and _noun_reading(noun) \
                and not _has_subject_before(text, start):
            return None  # a participle used as an adjective: "de nedenfor anførte vilkår"
        new = inflect.inflect_verb(option, matched, lemma)
        if new is not None and form and form[1] == "passive" and new.split()[0].lower() == "bedes":
            return None  # "De anmodes om at" → "De bedes om at": officialese for officialese
        if new is not None and new.split()[-1].lower() in _PREPOSITIONS and not _next_word_after(text, end):
            return None  # "give afslag, fordi" → not "sige nej til, fordi": the preposition needs its object
        if new is not None and new.split()[-1].lower() in _PREPOSITIONS \
                and re.match(r"\s*[,.;:!?]", text[end:end + 3]):
            return None
        return None if new is None else (start, new)
    if cls == "adj":
        head, _, rest = option.partition(" ")
        if head.lower() in ("den", "det", "de") and rest:
            before = _words_before(text, start, 1)
            if before and inflect.is_determiner(before[0][1]):
                return start, rest  # "den ovennævnte sag" → "den nævnte sag"
            noun = _next_word_after(text, end)
            form = inflect.noun_form(noun) if noun else None
            if form is None or form[1] in ("BESTEMT_ENTAL", "PLUR_BEK"):
                return None
            number = "Plur" if form[1] == "PLUR_UBEK" else "Sing"
            article = inflect.article_for(inflect.noun_gender(form[0]), number)
            if article is None:
                return None
            return start, inflect._case_like(f"{article} {rest}", matched)
        tag = inflect.adjective_tag(matched)
        if tag is None and lemma:
            # a form the dictionary lacks ("fornødne"): read it against the rule's term
            low = matched.lower()
            tag = (lemma, "" if low == lemma else "BESTEMT_ENTAL" if low == lemma + "t"
                   else "PLUR_BEK" if low.endswith("e") else None)
        if tag is None or tag[1] is None:
            return None
        new = inflect.adjective_form(option, tag[1])
        return None if new is None else (start, inflect._case_like(new, matched))
    return None


def _noun_reading(word: str) -> bool:
    """The word reads as a noun with a gender; not an adverb made from an adjective
    ("skriftligt", "endeligt"), which the dictionary also reads as a definite form."""
    form = inflect.noun_form(word)
    if form is None or not inflect.noun_gender(form[0]):
        return False
    return not (word.lower().endswith("igt") and form[0].endswith("ig"))


# a preposition that belonged to the noun of a nominal phrase ("vurdering af", "afgørelse om")
_NOUN_COMPLEMENT = frozenset({"af", "om", "til", "over", "vedrørende", "angående", "vedr"})
_ADVERB_BETWEEN = frozenset({"derfor", "dog", "fortsat", "stadig", "ikke", "også", "således", "nu", "altså",
                             "endnu", "heller", "allerede", "desværre", "altid", "aldrig", "gerne", "hermed"})
_PREPOSITIONS = frozenset({"til", "på", "om", "af", "i", "for", "med", "over", "fra", "mod", "efter"})
_PASSIVE_AUX = frozenset({"er", "var", "blev", "bliver", "blive", "være", "været", "vil", "skal", "kan"})
_SUBJECT_AFTER = frozenset({"du", "vi", "jeg", "han", "hun", "de", "den", "det", "man", "der", "kommunen", "i"})


def _particle_misplaced(text: str, start: int, end: int, matched: str, form: str) -> bool:
    """A verb with a particle or preposition ("holde fast i", "klage over") cannot replace a
    verb whose subject comes after it ("Fastholder vi afgørelsen" → not "Holder fast i vi"),
    nor a participle in a passive ("er påklaget til" → not "er klaget over til")."""
    if " " in matched.strip():
        return False  # the match already has its own words after the verb
    nxt = _next_word_after(text, end)
    if form in ("present", "past") and (nxt and nxt.lower() in _SUBJECT_AFTER or _at_sentence_start(text, start)
                                         or text[:start].rstrip().endswith(",")):
        return True  # the verb first: its subject follows it
    if nxt and nxt.lower() in _ADVERB_BETWEEN:
        return True  # "fastholder derfor afgiften": the particle goes after the adverb ("holder derfor fast i")
    if form == "participle":
        before = [w.lower() for _, w in _words_before(text, start, 2)]
        if before and (before[-1] in _PASSIVE_AUX or len(before) > 1 and before[-1] == "ikke"
                       and before[-2] in _PASSIVE_AUX):
            return True
    return False


# a gloss, not a word for the slot: a clause ("at vi viser mere, end vi skal", "hvad du selv kan")
_CLAUSE_LIKE = re.compile(r"^(?:at|om|hvis|når|hvad|hvordan|hvor|som|fordi)\b|,|\b(?:du|vi|jeg|man|I|der|de)\s+\w",
                          re.IGNORECASE)


def inferred_class(rule, finding, text: str) -> str | None:
    """The word class of a replacement whose rule entry declares none, read from the entry's
    term (or the matched words) and the replacement: "verb" when an infinitive replaces a
    verb ("fastholde" → "holde fast i", "træffe afgørelse" → "beslutte"), "noun" when a noun
    replaces a noun, "gloss" for a clause that explains the word; None when nothing says which."""
    option = (finding.suggestions or [""])[0].strip()
    if not option or _CLAUSE_LIKE.search(option) or len(option.split()) > 4:
        return "gloss"
    entry = entry_of(rule, finding)
    term = ((entry.term or "") if entry is not None else "").lower().strip()
    first_option = option.split()[0].lower()
    if not _is_infinitive(first_option):
        option_is_verb = False
    else:
        option_is_verb = True
    head = (term or finding.text).split()[0].lower()
    if option_is_verb:
        if term and " " not in term and _is_infinitive(term):
            return "verb"
        noun = inflect.noun_form(head)
        # "træffer afgørelse", "yder hjælp": a word with a noun reading too ("en træffer") is the
        # verb when the match goes on with its object
        phrase = len((term or finding.text).split()) > 1
        if not term and inflect.verb_form(head) is not None \
                and (phrase or noun is None or not inflect.noun_gender(noun[0])):
            return "verb"
        return None
    if term and " " not in term:
        form = inflect.noun_form(term)
        last = option.split()[-1]
        last_form = inflect.noun_form(last)
        if form is not None and form[1] == "" and inflect.noun_gender(form[0]) and last_form is not None \
                and inflect.noun_gender(last_form[0]) and not _is_infinitive(last.lower()):
            return "noun"
    return None


# a noun made from a verb, whose object follows with "af" ("opkrævning af", "behandling af")
_NOMINALIZATION = re.compile(r"(?:ning|ing|else|tion|sion)(?:en|er|erne|ens)?$", re.IGNORECASE)
def msgspec_replace(f, **changes):
    import msgspec

    return msgspec.structs.replace(f, **changes)


def _possessive_by_compound(text: str, f) -> str | None:
    """din/dit for "Deres" before a singular noun the dictionary knows only as a compound."""
    if f.text != "Deres" or {s.lower() for s in f.suggestions} - {"din", "dit", "dine"}:
        return None
    m = re.match(r"\s+([a-zæøå]+)\b", text[f.end:f.end + 40])
    if not m:
        return None
    noun = m.group(1)
    if noun.endswith(("e", "er", "ne", "s")) or inflect.noun_form(noun) is not None:
        return None  # a plural, an adjective or a word the dictionary reads otherwise
    from ..nlp import hunspell_da

    gender = hunspell_da.noun_gender(noun, compounds=True)
    new = {"Com": "din", "Neut": "dit"}.get(gender or "")
    if new is None:
        return None
    return new.capitalize() if _at_sentence_start(text, f.start) else new


def possessive_after(text: str, end: int) -> str | None:
    """din/dit/dine for "Deres" read from the noun after it, past up to two adjectives or
    participles ("Deres sandsynliggjorte merudgifter" → dine, "Deres grund" → din); None when
    no noun the dictionary knows follows."""
    from ..nlp.lexicon import treebank_word_classes

    classes = treebank_word_classes()
    words = re.findall(r"[a-zæøåA-ZÆØÅ-]+", text[end:end + 80])[:3]
    for i, word in enumerate(words):
        low = word.lower()
        cls = classes.get(low)
        if i < 2 and (cls in ("ADJ", "VERB") or cls is None and low.endswith(("te", "de", "ede"))
                      and inflect.noun_form(low) is None):
            continue  # an adjective or participle before the noun: its weak form says nothing
        if i < 2 and low.endswith("e") and i + 1 < len(words) and words[i + 1].islower() \
                and _noun_reading(words[i + 1]):
            continue  # "Deres digitale postkasse": an -e word before a noun is its adjective
        if cls not in (None, "NOUN") or not word.islower():
            return None
        form = inflect.noun_form(low)
        if form is None or form[2]:
            return None
        if form[1].startswith("PLUR"):
            return "dine"
        if form[1]:
            return None  # "Deres ansøgningen" does not occur: something else
        return {"Com": "din", "Neut": "dit"}.get(inflect.noun_gender(form[0]) or "")
    return None


# nouns that are the same in singular and plural, and plural after an adjective: "dine økonomiske
# forhold" (circumstances), not "dit økonomiske forhold"; "dit forhold til …" alone stays as it is
_PLURAL_AFTER_ADJECTIVE = re.compile(r"\s+(?:[a-zæøå]+e\s+)?(?:forhold|vilkår)\b(?!\s+til\b)")
# ("ændringer i Deres forhold" are the reader's circumstances: "dine forhold"; "Deres forhold til naboen" is one
# relationship: "dit"; PANEL panel10b 05)


_PLURAL_ONLY = re.compile(r"\s+(?:[a-zæøå]+e\s+)?(?:[a-zæøå]*penge|børn|forældre|bedsteforældre)\b")
_PLURAL_INFORMAL = frozenset({"i", "jer", "jeres"})
_SINGULAR_OF = {"De": "du", "Dem": "dig"}


def _possessive_by_gender(text: str, f) -> str | None:
    """din/dit for "Deres" before a noun by the dictionary's entry for that word itself (singular forms only: a plural
    form has no entry of its own), else None."""
    from ..nlp import hunspell_da

    m = re.match(r"\s+([a-zæøå]+)\b", text[f.end:f.end + 40])
    gender = hunspell_da.noun_gender(m.group(1), compounds=False) if m else None
    new = {"Com": "din", "Neut": "dit"}.get(gender or "")
    if not new:
        return None
    return new.capitalize() if _at_sentence_start(text, f.start) else new


def _to_one_reader(f, text: str, doc):
    """The formal-address finding with a singular suggestion when the language layer offered the plural ("Hvis I bor
    sammen" read as several readers) but the text speaks to one reader and another person ("De og Deres kæreste"):
    "Deres husleje" is "din husleje", not "jeres husleje" (PANEL panel10 14). Unchanged otherwise; None when the
    possessive's form is unknown."""
    from .addressee import plural_addressee

    if f.suggestions[0].lower() not in _PLURAL_INFORMAL or f.text not in ("De", "Dem", "Deres") or plural_addressee(text):
        return f
    if f.text == "Deres":
        from ..checks.klarsprog import _possessive_for

        tok = next((t for t in doc if t.idx == f.start), None) if doc is not None else None
        new = _possessive_for(doc, tok.i) if tok is not None else possessive_after(text, f.end)
        if not new:
            new = _possessive_by_gender(text, f)  # a noun the parse gave no gender ("Deres kæreste")
        if not new:
            return None
        new = new.lower()
    else:
        new = _SINGULAR_OF[f.text]
    if _at_sentence_start(text, f.start):
        new = new.capitalize()
    return msgspec_replace(f, suggestions=[new])


def address_word(f, text: str, protected) -> str | None:
    """The informal word for a formal-address finding in this place: the language layer's
    agreed form, or, when the guard finds it does not agree with the noun, the form read
    from the noun itself; None when neither fits."""
    new = f.suggestions[0]
    start, end = f.start, f.end
    if new.lower() in ("din", "dit") and _PLURAL_AFTER_ADJECTIVE.match(text, end):
        # "Deres økonomiske forhold", "Deres nærmere vilkår": circumstances, terms — plural
        new = "Dine" if new[:1].isupper() else "dine"
    if _safe(text, start, end, new, protected):
        return new
    if new.lower() not in ("din", "dit", "dine"):
        return None
    other = possessive_after(text, end)
    if other is None or other == new.lower():
        return None
    other = other.capitalize() if new[:1].isupper() else other
    return other if _safe(text, start, end, other, protected) else None


_REFERENCE_FIELD = re.compile(r"\s*(?:ref\b|reference\b|j\.\s?nr|journalnr|sagsnr|sagsnummer)", re.IGNORECASE)


def reference_field(text: str, end: int) -> bool:
    """"Deres ref.", "Deres j.nr.": a field of the letterhead, not the reader addressed."""
    return bool(_REFERENCE_FIELD.match(text, end))


def _has_subject_before(text: str, start: int) -> bool:
    before = [w.lower() for _, w in _words_before(text, start, 2)]
    return bool(set(before) & {"du", "vi", "jeg", "han", "hun", "der", "har", "er", "blev", "havde"})


def _safe(text: str, start: int, end: int, new: str, protected) -> bool:
    return not guard.problems(text, start, end, new, protected=protected)


def classed_candidates(f, rule, cls: str, text: str, protected) -> list[Candidate]:
    """Candidates for a finding whose entry declares its word class: every place of the
    finding, the first option that fits there and passes the guard."""
    if cls == "gloss":
        return []
    entry = entry_of(rule, f)
    options = [o for o in (entry.replace if entry else f.suggestions) if is_drop_in(o)]
    out = []
    term = (entry.term or "").lower() if entry else ""
    for start, end, matched in places(f, text):
        line_start = not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n")
        if matched[:1].isupper() and not _at_sentence_start(text, start) and not line_start and cls != "phrase":
            continue  # a capital mid-sentence: part of a name
        if cls in ("adv", "phrase") and term and " ".join(matched.lower().split()) != term:
            continue  # a fixed replacement for an inflected match ("vedrører" → "om") loses the verb
        if term in ("jf.", "jævnfør") and _LEGAL_CHAIN.match(text, end):
            continue  # "§ 19, jf. LBK nr. 433": a chain of sources, not "efter"
        if term.endswith("henvisning til") and _REFERS_TO_MESSAGE.match(text, end):
            continue  # "med henvisning til din ansøgning af 9. oktober" refers to it; it is no cause
        if (text[end:end + 1] == ":" or matched.endswith(":") or _LABEL_AFTER.match(text, end)) and line_start:
            continue  # "Vedr.: Ansøgning …", "Vedr. ejendom: …": a label of the letterhead, not a phrase in a sentence
        if any(o.lower() == "og" for o in options) and _og_before(text, start):
            continue  # "social og uddannelse samt en koordinator": "samt" keeps the list apart from "og"
        for option in options:
            if cls in ("noun", "verb", "adj"):
                got = inflected(text, start, end, matched, cls, option, (entry.term or "").lower() if entry else None)
                if got is None:
                    continue
                new_start, new = got
            else:
                new_start = start
                new = _match_case(option, matched) if _at_sentence_start(text, start) or line_start \
                    or matched.isupper() else option  # "vil De modtage" mid-sentence: "du", not "Du"
                new = _strip_repeat(text, end, new)
                if new is None:
                    continue
                if matched.lower() in _SENTENCE_FINAL and not new.endswith(".") and _ends_sentence(text, end):
                    new += "."  # "… din ansøgning d.d." → "… i dag.": the abbreviation's dot ended the sentence
            if new == text[new_start:end] or not _safe(text, new_start, end, new, protected):
                continue
            out.append(Candidate(rule=f.rule, start=new_start, end=end, new=new, covers={f.rule}))
            break
    return out


def _og_before(text: str, start: int) -> bool:
    """An "og" earlier in the same sentence, a few words back."""
    s, _ = guard.sentence_bounds(text, start, start)
    return bool(re.search(r"\bog\b", text[max(s, start - 80):start]))


_REFERS_TO_MESSAGE = re.compile(
    r"\s+(?:din|dit|dine|Deres|jeres|vores|kommunens|vor|vort|det|den|de)?\s*(?:\w+\s+)?"
    r"(?:ansøgning|brev|henvendelse|mail|e-mail|klage|anmodning|samtale|telefonsamtale|skrivelse|møde|besøg|"
    r"afgørelse|partshøring|høring|indsigelse|bemærkninger|sag)\w*\b", re.IGNORECASE)
# one or two words and a colon after the match: the match opens a label ("Vedr. ejendom: …")
_LABEL_AFTER = re.compile(r"[ \t]+[\wæøåÆØÅ.-]+(?:[ \t]+[\wæøåÆØÅ.-]+)?[ \t]*:")
_LEGAL_CHAIN = re.compile(r"\s+(?:LBK|lovbekendtgørelse|bekendtgørelse|lov nr\.|nr\.)", re.IGNORECASE)
# abbreviations whose dot often also ends the sentence ("… tandlæge mv."); not "jf. Lov om …"
_SENTENCE_FINAL = frozenset({"mv.", "m.v.", "m.m.", "d.d.", "p.t.", "o.l.", "etc."})


def _ends_sentence(text: str, end: int) -> bool:
    rest = text[end:]
    return not rest.strip() or rest.startswith("\n") or bool(re.match(r"\s+[A-ZÆØÅ]", rest))


def _match_case(option: str, matched: str) -> str:
    if len(matched) > 3 and matched.isupper() and matched.isalpha():
        return option.upper()  # a heading in capitals ("MEDDELELSE FRA …") stays in capitals
    if matched[:1].isupper() and option[:1].islower() and not matched.isupper():
        return option[:1].upper() + option[1:]
    if matched[:1].islower() and option[:1].isupper() and option.lower() not in ("ppr",):
        return option[:1].lower() + option[1:]
    return option


def _strip_repeat(text: str, end: int, new: str) -> str | None:
    """"med henblik på at lave" → "for at lave", not "for at at lave"; None when "for at"
    would stand before something that is not a verb."""
    last = re.search(r"(\w+)$", new)
    following = re.match(r"\s+(\w+)", text[end:])
    next_word = following.group(1).lower() if following else ""
    if last and last.group(1).lower() == "at":
        if next_word == "at":
            new = new[:last.start()].rstrip()
            return new or None
        if not next_word or next_word in grammar().determiners or not _is_infinitive(next_word):
            return None
        after = re.match(r"\s+\w+\s+(\w+)", text[end:])
        if after and after.group(1).lower() in _PREPOSITIONS and inflect.noun_form(next_word) \
                and inflect.noun_gender(inflect.noun_form(next_word)[0]):
            return None  # "med henblik på aftale om besøg": a noun here, not the verb "for at aftale om"
    elif last and following and last.group(1).lower() == next_word:
        new = new[:last.start()].rstrip()
        return new or None
    return new


def _readings(word: str):
    from ..nlp import hunspell_da

    return hunspell_da.analyses(word)


def _is_infinitive(word: str) -> bool:
    return any(stem == word and not tags for stem, tags in _readings(word)) and word[-1:] in "eåi"


def word_candidates(report, ruleset, doc=None, sentences=(), nlp=None) -> list[Candidate]:
    text = doc.text if doc is not None else ""
    protected = (quoted_spans(text), masked_spans(text))
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
        if getattr(f, "replaceable", True) is False:
            continue  # the engine says the suggestions are advice
        cls = word_class(rule, f) if tag in LIST_TYPES else None
        if cls is not None:
            if text:
                out.extend(classed_candidates(f, rule, cls, text, protected))
            continue
        if tag == "function" and getattr(rule, "function", "") == "formal_address":
            if len(f.suggestions) != 1:
                # agreement unknown to the language layer: the dictionary's compound reading of
                # the noun may say it ("Deres joblog" → "din joblog"); otherwise leave it to the writer
                new = _possessive_by_compound(text, f) if text else None
                if new is None and text and f.text == "Deres" and _PLURAL_ONLY.match(text, f.end):
                    # "Deres sygedagpenge", "Deres børn": nouns only in the plural (PANEL panel10d 15: without a form
                    # for "Deres", the sentence kept "De" too and the offer on "Udebliver De" was empty)
                    new = "Dine" if _at_sentence_start(text, f.start) else "dine"
                if new is None and text and f.text == "Deres":
                    # a singular noun the parse gave no gender ("Deres kæreste"): the dictionary's entry for the word
                    # itself (a plural form has none); PANEL panel10 14
                    new = _possessive_by_gender(text, f)
                if new is None:
                    continue
                f = msgspec_replace(f, suggestions=[new])
            if text and reference_field(text, end):
                continue  # "Deres ref.: SW/4411" names the sender's office, a field of the letterhead
            if text and (f := _to_one_reader(f, text, doc)) is None:
                continue
            new = address_word(f, text, protected) if text else f.suggestions[0]
            if new is None:
                continue
        elif tag in LIST_TYPES:
            if text and f.text[:1].isupper() and not _at_sentence_start(text, start):
                continue  # a capital mid-sentence: part of a name ("Center for Hjemmepleje")
            generic = set(rule.suggestions)
            options = [s for s in f.suggestions if s not in generic and is_drop_in(s)]
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
                short_tone = f.category == "tone" and "," not in new and len(new.split()) <= 3
                if short_tone and text and _at_sentence_start(text, start) and new.lower() in ("ikke", "aldrig"):
                    continue  # "Under ingen omstændigheder kan …" → not "Ikke kan …": a sentence rewrite moves the subject
                if not SENTENCE_LIKE.search(new) and not short_tone:
                    # a word or phrase whose entry declares no word class: nothing says it fits
                    # the slot ("indbringe afgørelsen" → "klage til afgørelsen"); advice only.
                    # Short calmer words for tone ("under ingen omstændigheder" → "ikke") stay.
                    continue
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
    if text:
        out.extend(_first_de_verbs(text, out))
    return out


ADDRESS_RULE = "klarsprog.tiltale"  # as rewrite.ADDRESS_RULE
# words that follow a verb, never a noun subject: "De klager via Klageportalen", "De klager ved at skrive til os"
_AFTER_VERB = frozenset({"via", "ved", "til", "over", "på", "hos", "gennem", "senest", "inden", "ikke", "også", "selv",
                         "altid", "kun", "derfor", "først", "her", "nu", "gerne", "straks", "digitalt", "skriftligt"})
_FIRST_DE = re.compile(r"(?:^|(?<=[.!?:]\s)|(?<=\n))[ \t]*(De)\s+([a-zæøå]+)\s+([a-zæøå]+)", re.MULTILINE)


def _first_de_verbs(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """"De" first in a sentence before a word that is a plural noun and a verb ("De klager via Klageportalen, som De
    finder på borger.dk"): the language layer reads it as the article and does not flag it, while the guard reads it
    as the reader (a verb reading) and keeps the sentence's other "De" beside it, so the offer on "som De finder"
    changed nothing (PANEL panel10 03, 14). When the text addresses the reader formally elsewhere (a formal-address
    candidate) and a word that only follows a verb comes next, it is the reader: "Du klager via …"."""
    address = [c for c in candidates if c.rule == ADDRESS_RULE and text[c.start:c.end] in ("De", "Dem", "Deres")]
    if not address:
        return []
    taken = {(c.start, c.end) for c in candidates}
    out = []
    for m in _FIRST_DE.finditer(text):
        start, end = m.span(1)
        if (start, end) in taken or m.group(3) not in _AFTER_VERB:
            continue
        if not guard._verb_readings(m.group(2)) & {"NUTID", "DATID"}:
            continue
        out.append(Candidate(rule=ADDRESS_RULE, start=start, end=end, new="Du", covers={ADDRESS_RULE}))
    return out
