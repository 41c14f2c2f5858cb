"""The procedural-justice panel (contract 4): how well a letter covers each element
(indflydelse, gennemskuelighed, tillid, vaerdighed), judged from what the letter does
(the facts the structure checks record: klagevejledning, reasons, next step, contact)
and its tone, not from which findings exist."""

from __future__ import annotations

import functools
import heapq
from pathlib import Path

import re

import yaml

from ..nlp import quotes
from ..nlp.tokenizer import is_abbreviation
from .klarsprog import professional_reader, sender_lines
from ..vocabulary import ELEMENT_LABELS

HEAVY_LIX = 55  # above this the grounds are hard to follow even when they are there
LIX_MIN_WORDS = 50  # in a shorter text a few long words (a heading, a compound) decide the LIX
LONG_SENTENCE = 50  # words: one sentence this long hides the grounds, whatever the LIX (reviewers: 56, 73, 92 weak; <= 44 seen covered)
# the cues are matched in the lower-cased letter (same offsets), lower-case patterns, no IGNORECASE:
# about half the time of case-insensitive matching
_FLAGS = re.MULTILINE
# letter types whose contact the structure checks do not judge, but a reader still needs a way to reach us
_UNJUDGED_CONTACT = frozenset({"andet"})
# letter types that only tell: a number "for questions" lets the reader ask, not have a say (rubric, session 8)
_ASK_ONLY_TYPES = frozenset({"information"})


# a grant as a form ("Bevilget: Rollator", "Levering: Inden 10 hverdage"): its labels and clipped lines make the
# LIX high without hiding anything (the reader got what was asked), so the LIX does not judge it; a form that
# cuts or refuses keeps the LIX test (reviewers: a system's "Fripladstilskud fremover: 10 %" is heavy)
_FIELD = re.compile(r"^[ \t]*[A-ZÆØÅ][\wæøå/ -]{1,24}:[ \t]+\S", re.MULTILINE)
FORM_FIELDS = 4

_SPECIAL = set("()[]{}?*+|\\.^$")


def _split_top(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = pattern.index("]", i + 1) + 1
            continue
        depth += c == "("
        depth -= c == ")"
        if c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return parts + [pattern[start:]]


def _heads(pattern: str) -> list[str] | None:
    """Literal words one of which every match of ``pattern`` contains (the leading words of the
    alternatives of its first group), or None when there are none to be sure of. A plain
    substring test on them is a hundred times faster than the regex scan it spares."""
    heads: list[str] = []
    for alt in _split_top(pattern):
        for lead in (r"\b", r"^\s*", "^"):
            if alt.startswith(lead):
                alt = alt[len(lead):]
                break
        if alt.startswith("(") and not alt.startswith("(?"):
            depth, i = 0, 0
            while True:  # the matching ")"
                c = alt[i]
                if c == "\\":
                    i += 2
                    continue
                depth += c == "("
                depth -= c == ")"
                if depth == 0:
                    break
                i += 1
            if alt[i + 1:i + 2] in ("?", "*", "{"):
                return None  # an optional first group: nothing is required
            alts = _split_top(alt[1:i])
        else:
            alts = [alt]
        for a in alts:
            word = ""
            for j, c in enumerate(a):
                if c in _SPECIAL:
                    if c in "?*{" and word:
                        word = word[:-1]  # the character before is optional
                    break
                word += c
            word = word.strip()
            if not word:
                return None
            heads.append(word)
    return heads


class _Cue:
    """Patterns that mean the same (one cue): ``search`` is the first match of any, in pattern
    order; ``finditer`` every match of every pattern, in text order. A pattern is only tried
    where one of its heads is: a regex scan of a letter costs ~20 ns a character per pattern,
    finding a word costs ~1."""

    def __init__(self, patterns):
        self.patterns = []
        for rx, heads in patterns:
            leading = heads is None  # derived heads start the match; given ones may sit inside it
            if heads is None:
                heads = _heads(rx.pattern)
                leading = heads is not None and not rx.pattern.startswith("^")
            self.patterns.append((rx, heads, leading))
        self.regexes = frozenset(rx for rx, _, _ in self.patterns)

    @staticmethod
    def _starts(text: str, heads, pos: int, end: int):
        """Where a head starts, in text order, found lazily (a search stops at its first match)."""
        queue = [(i, h) for h in heads if (i := text.find(h, pos, end)) != -1]
        heapq.heapify(queue)
        last = -1
        while queue:
            i, h = queue[0]
            nxt = text.find(h, i + 1, end)
            if nxt == -1:
                heapq.heappop(queue)
            else:
                heapq.heapreplace(queue, (nxt, h))
            if i != last:
                last = i
                yield i

    def _matches(self, rx, heads, leading, text: str, pos: int, end: int):
        if heads is None:
            yield from rx.finditer(text, pos, end)
        elif leading:
            last = -1
            for i in self._starts(text, heads, pos, end):
                if i >= last:
                    m = rx.match(text, i, end)
                    if m:
                        last = m.end() if m.end() > i else i + 1
                        yield m
        else:
            window = text if pos == 0 and end == len(text) else text[pos:end]  # one slice, not one per head
            if any(h in window for h in heads):
                yield from rx.finditer(text, pos, end)

    def search(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        for rx, heads, leading in self.patterns:
            m = next(self._matches(rx, heads, leading, text, pos, end), None)
            if m:
                return m
        return None

    def finditer(self, text: str):
        end = len(text)
        return sorted((m for rx, heads, leading in self.patterns
                       for m in self._matches(rx, heads, leading, text, 0, end)), key=lambda m: m.start())


@functools.cache
def _cues() -> dict:
    """The panel's own cues (panel_cues.yaml), compiled: what the letter itself does
    beside the structure checks' facts (cold wording, an invitation to get in touch,
    a reason in words, a legal reference)."""
    data = yaml.load(Path(__file__).with_name("panel_cues.yaml").read_text(encoding="utf-8"),
                     Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when present: same data, 10x faster

    def one(patterns):
        # one regex per pattern, tried in order: a pattern that starts with a word is scanned
        # fast on its own, but several joined by | are scanned position by position (3x slower)
        entries = [e if isinstance(e, dict) else {"pattern": e} for e in patterns]
        assert not any(re.search(r"\\[A-Z]", e["pattern"]) for e in entries), "an upper-case escape changes when lower-cased"
        return _Cue([(re.compile(e["pattern"].lower(), _FLAGS), [h.lower() for h in e["heads"]] if "heads" in e else None)
                     for e in entries])

    return {
        "impersonal": one(data["cold"]["impersonal"]),
        "warmth": one(data["cold"]["warmth"]),
        "invite_contact": one(data["invite_contact"]),
        "causal": one(data["causal"]),
        "legal_reference": one(data["legal_reference"]),
        "contact_way": one(data["contact_way"]),
        "forwarded": one(data["forwarded"]),
        "refusal": one(data["refusal"]),
        "next_step": one(data["next_step"]),
        "pressure": one(data["pressure"]),
        "pressure_unless": one(data["pressure_unless"]),
        "demand": one(data["demand"]),
        "hollow_reason": one(data["hollow_reason"]),
        "received": one(data["received"]),
        "assessment": one(data["assessment"]),
        "visit": one(data["visit"]),
        "referred": one(data["referred"]),
        "reschedule_link": one(data["reschedule_link"]),
        "heard": one(data["heard"]),
        "voice": one(data["voice"]),
        "door_closing": one(data["door_closing"]),
        "scolding": one(data["scolding"]),
        "rule_words": one(data["rule_words"]),
        "elsewhere": one(data["elsewhere"]),
        "full_grant": one(data["full_grant"]),
        "partial": one(data["partial"]),
        "no_reply": one(data["no_reply"]),
        "kept": one(data["kept"]),
        "reply_invite": one(data["reply_invite"]),
        "hollow_condition": one(data["hollow_condition"]),
        "fact": one(data["fact"]),
        "duty_only": one(data["duty_only"]),
        "professional": one(data["professional"]),
        "answer_route": one(data["answer_route"]),
        "own_situation": one(data["own_situation"]),
        "thanks": one(data["thanks"]),
        "evidence": one(data["evidence"]),
        "help_offer": one(data["help_offer"]),
        "criterion_restated": one(data["criterion_restated"]),
        "respond_invite": one(data["respond_invite"]),
        "change": one(data["change"]),
        "why": one(data["why"]),
        "purpose": one(data["purpose"]),
        "summons_stake": one(data["summons_stake"]),
        "send_route": one(data["send_route"]),
        "no_in_advance": one(data["no_in_advance"]),
        "reversed": one(data["reversed"]),
        "self_claim": one(data["self_claim"]),
        "dearer": one(data["dearer"]),
        "decided": one(data["decided"]),
        "shelved": one(data["shelved"]),
        "account": one(data["account"]),
        "vague_conduct": one(data["vague_conduct"]),
        "rule_as_reason": one(data["rule_as_reason"]),
        "assessed_only": one(data["assessed_only"]),
        "stock_invite": one(data["stock_invite"]),
        # matched in the letter as written: a name is told by its capital
        "greeting": _Cue([(re.compile(e, _FLAGS), None) for e in data["greeting"]]),
        "named_contact": _Cue([(re.compile(e, _FLAGS), None) for e in data["named_contact"]]),
    }


# an order to the reader ("De påbydes", "påbud om", "Kommunen kræver derfor, at De …", "Du skal derfor have … inden")
_ORDER = re.compile(r"\bpåbud\w*|\bpåbydes\b|\bpålæg(get|ges)?\b|\bkræver( derfor| hermed)?,? at (du|de|i)\b")
# the letter speaks to its reader: "du" or "I" forms (the De-form is the tiltale findings')
_ADDRESSED = re.compile(r"\b(?:[Dd]u|[Dd]ig|[Dd]in|[Dd]it|[Dd]ine|[Jj]er|[Jj]eres)\b|(?<=[a-zæøå,] )I(?= [a-zæøå])")
_APPLIED_FOR = re.compile(r"\b(ansøg\w*|søgt|søger|søgte) om\b", _FLAGS)


def _lower(text: str) -> str:
    """The letter in lower case with the same offsets (a character whose lower case is longer is kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _next_step(text: str, low: str | None = None) -> bool:
    """A date things happen from or by, or what the reader will get, that is not the date of
    what was applied for ("din ansøgning om kontanthjælp fra 1. december")."""
    low = _lower(text) if low is None else low
    for m in _cues()["next_step"].finditer(low):
        line_start = low.rfind("\n", 0, m.start()) + 1
        if not _APPLIED_FOR.search(low, max(line_start, m.start() - 80), m.start()):
            return True
    return False


def _stop_before(text: str, start: int) -> int:
    """The last ". " before ``start`` that ends a sentence: not a date's ordinal ("den 15. december")."""
    i = text.rfind(". ", 0, start)
    while i > 0 and text[i - 1].isdigit() and text[i + 2:i + 3].islower():
        i = text.rfind(". ", 0, i)
    return i


def _stop_after(text: str, end: int) -> int:
    """The first ". " from ``end`` that ends a sentence (not a date's ordinal), or -1."""
    i = text.find(". ", end)
    while i > 0 and text[i - 1].isdigit() and text[i + 2:i + 3].islower():
        i = text.find(". ", i + 2)
    return i


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (from the last stop or line break before it to the next)."""
    left = max(text.rfind("\n", 0, start), _stop_before(text, start), text.rfind("! ", 0, start),
               text.rfind("? ", 0, start))
    rights = [i for i in (text.find("\n", end), _stop_after(text, end), text.find("! ", end),
                          text.find("? ", end)) if i != -1]
    return left + 1, min(rights, default=len(text))


def _pressure(text: str, flagged, low: str | None = None, quoted=None, door: bool = False) -> list[str]:
    """Sentences that hold a consequence over the reader or scold, which the tone checks did not
    flag (``flagged``: spans of their warnings): the words of each, shortened. ``quoted(start, end)``
    tells whether a span is the citizen's words the letter quotes ("Du skriver: »Hvis I ikke …«"):
    those are not the letter's pressure. Closing the door is one act however often it is said ("Sagen er hermed
    afsluttet, og yderligere henvendelser vil ikke blive besvaret"): ``door`` when a tone warning already said it."""
    cues = _cues()
    low = _lower(text) if low is None else low
    found, seen = [], []
    # pressure whatever help is offered with it: demands, scolding, closing the door
    firm = cues["demand"].finditer(low) + cues["scolding"].finditer(low) + cues["door_closing"].finditer(low)
    excused_never = cues["demand"].regexes | cues["scolding"].regexes | cues["door_closing"].regexes
    for m in sorted(cues["pressure"].finditer(low) + firm, key=lambda m: m.start()):
        a, b = _sentence(low, m.start(), m.end())
        if any(a <= s < b or s <= a < e for s, e in flagged) or any(a == s for s, _ in seen):
            continue
        if quoted is not None and quoted(m.start(), m.end()):
            continue
        if _CRITERION.search(low, a, b):
            continue  # the law's test said of anyone ("hvis man burde vide, at …"): a rule, not a reproach (EVAL eval12 11)
        if m.re in cues["door_closing"].regexes:
            if door:
                continue
            door = True
        if (m.re not in excused_never and " kan " in low[a:b] and " vil " not in low[a:b] and not _READER.search(low, a, b)
                and _GENERAL.search(low, a, b) and "politi" not in low[a:b]):
            # the law's consequence said in general, not to the reader ("Efterkommes et påbud ikke, kan kommunen lade
            # arbejdet udføre for ejerens regning"): information (TONE: never with "kan"; PANEL panel7). So is the order's
            # own consequence with "kan" ("Efterkommes påbuddet ikke, kan kommunen meddele tvangsbøder", "manglende
            # efterkommelse af påbuddet kan straffes med bøde": EVAL eval11 l18, PANEL panel12b 07); a police report held
            # over the reader stays pressure (PANEL panel10c 09)
            continue
        if m.re not in excused_never and (
                cues["pressure_unless"].search(low, a, b)
                or cues["pressure_unless"].search(low, _sentence(low, a - 2, a - 2)[0] if a > 1 else a, a)):
            # help or a reason in the same or the sentence before ("Ring til os, så finder vi et beløb, du kan klare.
            # Hvis beløbet ikke er betalt …, sender vi kravet til Gældsstyrelsen"): information, not pressure
            continue
        if m.re not in excused_never and b + 2 < len(low) and cues["help_offer"].search(low, *_sentence(low, b + 2, b + 2)):
            # an offer of help right after ("… overdrages det til Gældsstyrelsen. Har du svært ved at betale, så ring til
            # os, så finder vi en ordning") (PANEL panel7b)
            continue
        seen.append((a, b))
        words = " ".join(text[m.start():m.end()].split())
        found.append(words if len(words) <= 60 else words[:57].rstrip() + " …")
    return found


# the law's repayment test said of anyone ("hvis man vidste eller burde have vidst", "hvis man burde vide, at …"), and its
# conclusion about the reader ("du burde have vidst")
_CRITERION = re.compile(r"\b(vidste|vidst|vide) eller burde (have )?(vidst|vide)\b|\b(hvis|når|om|hvorvidt) man (\w+ )?"
                        r"burde (have )?(vidst|vide)\b")
_LEGAL_TEST = re.compile(r"^[^.!?]*\bburde (have )?(vidst|vide)\b[^.!?]*$")

_SENTENCE_END = re.compile(r"[!?]|\.\s+(?=[A-ZÆØÅ])")
# in a letter written without capitals ("lægen skriver at du kan gå. du bor 150 meter …") a full stop
# before a small letter ends a sentence too, unless it closes an abbreviation ("ca. 20", "jf. reglerne")
_LOWER_STOP = re.compile(r"(\S*)\.\s+(?=[a-zæøå])")
_WORD = re.compile(r"[^\W\d_]+")


def _lower_sentences(part: str) -> list[str]:
    """``part`` split at full stops before a small letter that do not close an abbreviation."""
    pieces, start = [], 0
    for m in _LOWER_STOP.finditer(part):
        if not is_abbreviation(m.group(1) + "."):
            pieces.append(part[start:m.start(1) + len(m.group(1))])
            start = m.end()
    return pieces + [part[start:]]


def _longest(text: str) -> int:
    """Words in the letter's longest sentence of LONG_SENTENCE words or more (else 0), from the text
    (the page's letter has no parse of its own, and both must agree): sentences end at ! ?, at a
    full stop before a capital, and at line breaks. Only lines with that many spaces are split."""
    best = 0
    for line in text.split("\n"):
        if line.count(" ") < LONG_SENTENCE - 1:
            continue
        for part in _SENTENCE_END.split(line):
            if part.count(" ") >= LONG_SENTENCE - 1:
                for piece in _lower_sentences(part):
                    if piece.count(" ") >= LONG_SENTENCE - 1:
                        best = max(best, len(_WORD.findall(piece)))
    return best


def _blank(low: str, cue) -> str:
    """``low`` with every match of ``cue`` blanked (same offsets)."""
    for m in cue.finditer(low):
        low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    return low


def _found(cue, low: str, quoted=None) -> bool:
    """Whether ``cue`` matches in ``low`` outside the citizen's words the letter quotes."""
    if quoted is None:
        return cue.search(low) is not None
    pos = 0
    while (m := cue.search(low, pos)) is not None:
        if not quoted(m.start(), m.end()):
            return True
        pos = m.end() if m.end() > m.start() else m.start() + 1
    return False


def _full_grant(low: str) -> bool:
    """A grant said in words, in a sentence without "ikke", in a letter that refuses nothing and grants nothing in part."""
    cues = _cues()
    m = cues["full_grant"].search(low)
    if m is None or cues["refusal"].search(low) or cues["partial"].search(low):
        return False
    a, b = _sentence(low, m.start(), m.end())
    return " ikke " not in low[a:b]


DISTANT_OFFICIALESE = 2  # officialese findings that, with the De-form and no friendly word, make a letter distant
CURT_WORDS = 25  # a one-line no or receipt (rubric, session 9)
_ATTENTION = re.compile(r"^[ \t]*att\.?:?[ \t]+\S", re.MULTILINE)  # "Att.: Henrik Bach": a letter to an organisation
_SYSTEM_NOTICE = re.compile(r"automatisk|besvares|svare på", re.IGNORECASE)


def _grounds_in(low: str) -> bool:
    """Any attempt at grounds in ``low``: a reason, an assessment, a rule in words or a paragraph, evidence."""
    cues = _cues()
    return bool(cues["causal"].search(low) or cues["assessment"].search(low) or cues["rule_words"].search(low)
                or cues["legal_reference"].search(low) or cues["evidence"].search(low) or _FINDS.search(low))


# the reader's situation told ("Du handler nu selv ind og laver mad"): a letter that says more than the decision, whose
# reasons the structure checks could not place (weak, not missing; test_struktur)
_READER_NOW = re.compile(r"\b(du|han|hun) (\w+ )?(har|er|handler|kan|bor|får|fik|havde|var|bruger|klarer|laver|arbejder|"
                         r"tjener|modtager)\b")
# an assessment said with another verb ("Forvaltningen finder ikke, at der er nye oplysninger i sagen"): thin, not none
_FINDS = re.compile(r"\b(finder|mener|skønner) (\w+ )?(ikke,? )?at\b|\bnye oplysninger\b")


def _without_why(low: str, letter_type: str, adverse: bool) -> str | None:
    """The panel's reason when a letter changes something for the reader that it knows goes against them (``adverse``:
    it refuses in advance, closes the door or scolds), or summons them with their benefit at stake, without saying why (a
    reason in the sentence before, the same or the next; for a summons, what it is about), else None. ``low``: the
    lower-cased letter, complaint section blanked. (A neutral change without a reason, "Fra 1. februar får du dine breve i
    Digital Post", reviewers call clear.)"""
    cues = _cues()
    # a price going up is against the reader whatever else the letter says; a council's decision is its reason ("Det har
    # byrådet besluttet i budgettet") (PANEL panel11c 09)
    dearer = cues["dearer"].finditer(low)
    for m in sorted((cues["change"].finditer(low) if adverse else []) + dearer, key=lambda m: m.start()):
        a, b = _sentence(low, m.start(), m.end())
        a = _sentence(low, a - 2, a - 2)[0] if a > 1 else a
        b = _sentence(low, b + 2, b + 2)[1] if b + 2 < len(low) else b
        if m in dearer:  # its reason anywhere in its paragraph ("stiger med 85 kr. om måneden. Det har byrådet besluttet")
            a, b = low.rfind("\n\n", 0, m.start()) + 1, (e if (e := low.find("\n\n", m.end())) != -1 else len(low))
        if not (cues["causal"].search(low, a, b) or cues["why"].search(low, a, b)
                or (m in dearer and cues["decided"].search(low, a, b))):
            return "Brevet siger, hvad der ændres, men ikke hvorfor."
    if (letter_type == "indkaldelse" and cues["summons_stake"].search(low) and not cues["purpose"].search(low)
            and not cues["causal"].search(low)):
        return "Indkaldelsen siger ikke, hvad mødet handler om, eller hvorfor læseren skal komme."
    return None


_HOLLOW_FOLLOW_WORDS = 15  # "Vi giver dig derfor afslag.": a short sentence that only draws the hollow conclusion


# the law said of anyone ("Efterkommes et påbud ikke, kan kommunen …", "for ejerens regning"), not of the reader
_GENERAL = re.compile(r"\b(et|en) (påbud|krav|pålæg|forbud|varsel)\b|\b(påbuddet|pålægget|forbuddet)\b|\b(grund)?ejere?(n|ns|s)?\b|\bman\b")
_CONCLUSION = re.compile(r"\b(derfor|dermed|således)\b")
_READER = re.compile(r"\b(du|dig|dem|jer|din|dit|dine|deres|jeres|han|hun|hans|hendes)\b")  # not "i"/"de": a preposition, an article


def _hollow_grounds(low: str) -> str | None:
    """Whether the letter's only ground is that the conditions are not met ("Du opfylder ikke betingelserne for at
    få hjælp. Vi giver dig derfor afslag.", "da betingelserne i aktivlovens § 81 ikke er opfyldt"): with those
    sentences (and a short "derfor" sentence after one) and the request restated ("Du har søgt om hjælp til en
    tandregning på 6.400 kr.") blanked, no reason, assessment, fact or rule in words is left: "hollow". "thin" when
    the only thing left is a reason in the hollow sentence itself that restates the law's criterion without a word
    on the reader ("…, da der ikke er tale om en varigt nedsat funktionsevne"). ``low``: the lower-cased letter,
    complaint section blanked."""
    cues = _cues()
    hits = cues["hollow_condition"].finditer(low)
    restated = cues["criterion_restated"].finditer(low)
    if not hits and not restated:
        return None
    rest = low
    for m in _APPLIED_FOR.finditer(low):  # the request restated: its amount or date is no ground
        a, b = _sentence(rest, m.start(), m.end())
        rest = rest[:a] + " " * (b - a) + rest[b:]
    tails = []
    assessed = False
    for m in hits:
        if _CONCLUSION.search(low, _sentence(low, m.start(), m.end())[0], m.start()):
            return None  # "Derfor er betingelsen ikke opfyldt nu.": the conclusion of grounds given before it
        # the sentence up to the hollow words ("Ansøgningen afslås, idet De ikke opfylder betingelserne"); what follows
        # them stays to be read ("…, fordi du har en opsparing på 38.000 kr.")
        a, b = _sentence(rest, m.start(), m.end())
        if cues["assessment"].search(rest, a, m.start()):
            assessed = True  # "kommunen har vurderet, at du ikke er berettiget til …": an assessment, however thin
        rest = rest[:a] + " " * (m.end() - a) + rest[m.end():]
        tails.append((m.end(), b))
        na, nb = _sentence(rest, b + 2, b + 2) if b + 2 < len(rest) else (b, b)
        following = rest[na:nb]
        if "derfor" in following and len(following.split()) <= _HOLLOW_FOLLOW_WORDS:
            rest = rest[:na] + " " * (nb - na) + rest[nb:]
    for m in restated:  # "fordi behandlingen ikke er nødvendig og uopsættelig": which condition, not the reader's case
        a, b = _sentence(rest, m.start(), m.end())
        rest = rest[:a] + " " * (b - a) + rest[b:]
    grounds = lambda t: (cues["causal"].search(t) or cues["assessment"].search(t)  # noqa: E731
                         or cues["fact"].search(t) or cues["rule_words"].search(t) or cues["evidence"].search(t))
    for a, b in tails:  # "…, og der kan derfor ikke gives tilskud": the hollow ground's own conclusion is no ground
        rest = rest[:a] + _CONCLUSION.sub(lambda w: " " * len(w.group()), rest[a:b]) + rest[b:]
    if not grounds(rest):
        return "thin" if restated or assessed else "hollow"
    # what is left sits only in the hollow sentences' tails, and none of it is about the reader: a criterion restated
    outside = rest
    for a, b in tails:
        outside = outside[:a] + " " * (b - a) + outside[b:]
    if not grounds(outside) and not any(_READER.search(rest, a, b) for a, b in tails):
        return "thin"
    return None


def _duty_only(low: str) -> bool:
    """Whether a warning's ground is only a duty ("Det påhviler grundejeren at …") with no rule named outside the
    sentences that hold the consequence over the reader ("Såfremt …, vil kommunen … efter vejlovens § 87")."""
    cues = _cues()
    if not cues["duty_only"].search(low):
        return False
    for m in cues["legal_reference"].finditer(low):
        a, b = _sentence(low, m.start(), m.end())
        sentence = low[a:b]
        if not re.search(r"\b(såfremt|hvis|dersom|ellers|i modsat fald)\b|\bvarsel\b", sentence):
            return False
    return True


def _has_blocks(analysis) -> bool:
    return bool(analysis.__dict__.get("_complaint", ((), None))[0])


_DERFOR = re.compile(r"\bderfor\b")
_CLAIM_END = re.compile(r"[.!?\n]")  # a self-claim's sentence: plain stops, as in the lower-cased letter


def _self_vouched(low: str, quoted, cue: str = "self_claim") -> bool:
    """Whether the letter's grounds are only its claims about itself (``self_claim``: "behandlet korrekt", "let at
    forstå", "Begrundelsen fremgår af afgørelsen"): with every sentence that makes such a claim blanked, no reason,
    assessment, rule, evidence or figure is left in ``low`` (the letter outside its complaint section)."""
    cues = _cues()
    claims = [m for m in cues[cue].finditer(low) if not quoted(m.start(), m.end())]
    if not claims:
        return False
    rest = low
    for m in claims:
        start = max((e.end() for e in _CLAIM_END.finditer(low, 0, m.start())), default=0)
        end = (n.start() if (n := _CLAIM_END.search(low, m.end())) else len(low))
        rest = rest[:start] + " " * (end - start) + rest[end:]
    # "derfor" points back at what was said before: after a claim it is the claim's consequence ("Vi foretager os derfor
    # ikke mere"), and real grounds before it are found on their own
    rest = _DERFOR.sub(lambda m: " " * len(m.group()), rest)
    return not (_grounds_in(rest) or cues["fact"].search(rest))


def _said_only(low: str, quoted, cue: str) -> bool:
    """Whether the letter's grounds are only what ``cue`` says (``rule_as_reason``: "Det er de regler, der gælder";
    ``assessed_only``: "Kommunens vurdering er, at …"): the cue is found outside the citizen's quoted words, none of its
    sentences gives a reason, evidence or a fact of its own, and with them blanked none is left in ``low`` (the letter
    outside its complaint section). A rule named, a plan or a paragraph is no reason here: that is what was said."""
    cues = _cues()
    hits = [m for m in cues[cue].finditer(low) if not quoted(m.start(), m.end())]
    if not hits:
        return False

    def grounds(t: str) -> bool:
        # "derfor" points back at what was said, and the weight on a bare noun is the claim itself
        # (the cue's own words too: "idet det ansøgte vil stride mod lokalplanen" gives its "idet" no reason)
        t = _DERFOR.sub(lambda w: " " * len(w.group()), _blank(_blank(t, cues["assessed_only"]), cues[cue]))
        # (the reader's own account or situation, "Du har fortalt, at du ikke ville arbejde om aftenen", "nu hvor din
        # datter har installeret en tablet", is what the case showed: data/lettertypes b8_03, b19)
        return bool(cues["causal"].search(t) or cues["evidence"].search(t) or cues["fact"].search(t)
                    or (cue == "assessed_only" and cues["own_situation"].search(t)))

    rest = low
    for m in hits:
        a, b = _sentence(low, m.start(), m.end())
        if grounds(low[a:b]):
            return False  # "Vi har vurderet, at …, fordi lægen skriver, at …": an assessment with its reason
        rest = rest[:a] + " " * (b - a) + rest[b:]
    for m in _APPLIED_FOR.finditer(rest):
        # the request restated ("Du har søgt om ledsageordning efter servicelovens § 97, så du kan komme til håndbold"):
        # what was asked for, and why the reader wants it, is no ground for the no (PANEL panel14 15; as _hollow_grounds)
        a, b = _sentence(rest, m.start(), m.end())
        rest = rest[:a] + " " * (b - a) + rest[b:]
    if cue == "assessed_only" and (cues["legal_reference"].search(rest) or cues["rule_words"].search(rest)):
        # the rule the assessment applies is given beside it ("Efter planlovens § 35 skal nye boliger i landzone placeres
        # i landsbyer … kommunen vurderer, at det vil stride mod …"): a weighing of the case, not a bare claim
        return False
    return not grounds(rest)


def _outside_blocks(low: str, analysis) -> str:
    """The lower-cased letter with its complaint section blanked (same offsets)."""
    blocks = analysis.__dict__.get("_complaint", ((), None))[0] or ()
    for b in blocks:
        low = low[:b.start] + " " * (b.end - b.start) + low[b.end:]
    return low


def _cold(text: str, low: str | None = None) -> str | None:
    """The authority's phrase that makes a letter cold (it speaks as an authority and
    nowhere as a person: no thanks, no "jeg", no friendly word), else None."""
    cues = _cues()
    low = _lower(text) if low is None else low
    if cues["warmth"].search(low):
        return None
    first = cues["impersonal"].search(low)
    if first is None:
        return None
    for m in ([first] if not _COMPLAINT_FORMULA.search(low, *_sentence(low, first.start(), first.end()))
              else cues["impersonal"].finditer(low)):  # (all matches only when the first is a formula)
        a, b = _sentence(low, m.start(), m.end())
        if _COMPLAINT_FORMULA.search(low, a, b):
            continue  # the complaint guidance's formula ("Fastholdes afgørelsen, sendes klagen til Ankestyrelsen")
        return " ".join(text[m.start():m.end()].split()).rstrip(":")
    return None


# a person's name on a signature line ("Rasmus Bang", "Ditte Aagaard, socialrådgiver"): two to four capitalised words, none
# of them a unit's ("Visitationen", "Faxe Kommune", "Borgerservice, Ydelser")
_PERSON_LINE = re.compile(r"^[ \t]*[A-ZÆØÅ][a-zæøåéü]+(?:[ -][A-ZÆØÅ][a-zæøåéü.]+){1,3}[ \t]*(?:,.*)?$")
_UNIT_WORD = re.compile(r"\b(?:[Kk]ommunes?|[Rr]egion\w*|[Jj]obcent\w+|[Bb]orgerservice|[Cc]ent(?:er|ret|eret)|[Aa]fdeling\w*|"
                        r"[Tt]eam\w*|[Ff]orvaltning\w*|[Vv]isitation\w*|[Ss]ekretariat\w*|[Hh]jemmepleje\w*|[Yy]delse\w*|"
                        r"[Mm]iljø|[Tt]eknik|[Pp]lan|[Pp]ark|[Vv]ej|[Vv]and|[Bb]yg\w*|[Hh]jælpemid\w*|[Pp]ladsanvisning\w*)\b")


# help taken away (in a decision the structure checks read as partial: "Din hjælp til indkøb stopper. Du får stadig hjælp
# til bad"); a partial grant that gives less than asked is not this (PANEL panel11b 13)
_STOPPED = re.compile(r"\b(stopper|ophører|standses|bortfalder|nedsættes|frakendes|inddrages)\b")


def _unsigned(text: str) -> bool:
    """Whether no person stands behind the letter: no greeting to the reader, no "jeg"/"mig", and no person's name
    on the signature (only a unit, or nothing): a form that the authority sends, not a person."""
    if _cues()["greeting"].search(text) or re.search(r"\b(?:[Jj]eg|mig)\b", text):
        return False
    for a, b in sender_lines(text):
        line = text[a:b]
        if _PERSON_LINE.match(line) and not _UNIT_WORD.search(line):
            return False
    return True


# a sentence of complaint guidance: its passive formulas are the law's wording, not the letter's voice (PANEL panel7)
_COMPLAINT_FORMULA = re.compile(r"\bklagen\b|ankestyrelsen|\bklage (over|til)\b|påklag|klagevejledning")


def element_status(analysis, findings) -> dict:
    """How well the letter covers each procedural-justice element, from what the
    letter does (its klagevejledning, reasons, next step, contact and tone), as
    ``{key: ElementStatus}``."""
    from ..report import ElementStatus

    facts = analysis.__dict__.get("_struktur", {})
    text = analysis.text
    low = _lower(text)
    cues = _cues()
    contact = facts.get("struktur.kontakt")
    if contact is None and analysis.letter_type in _UNJUDGED_CONTACT:
        # a type the structure checks do not judge: whether there is a way to reach us, read here
        contact = bool(cues["contact_way"].search(low))
    if contact is False and cues["visit"].search(low):
        contact = True  # a place and hours to come by, which the structure checks' wording missed
    next_step = facts.get("struktur.naeste-skridt")
    kv = facts.get("klagevejledning")
    reasons = facts.get("begrundelse")
    outcome = analysis.__dict__.get("_complaint", (None, None))[1]
    tone = []
    for f in sorted((f for f in findings if f.category == "tone" and f.severity in ("warning", "error")),
                    key=lambda f: f.start):
        # two tone rules on the same words ("Du burde vide": tone.tryk and tone.tryk-saetning, one finding on the page)
        # are one formulation, not two (EVAL eval7: no further than the tone finding warrants)
        if not any(f.start < g.end and g.start < f.end for g in tone):
            tone.append(f)
    if _CRITERION.search(low):
        # the repayment test applied to the reader ("Vi mener derfor, at du burde have vidst, at …") in a letter that states
        # the law's test ("hvis man vidste eller burde have vidst"): the conclusion of a legal criterion, not a reproach;
        # a tone warning on it does not take værdighed or tillid down (EVAL eval12 11, lead13, PANEL panel13 09)
        tone = [f for f in tone if not _LEGAL_TEST.search(f.text.lower())]
    door_said = [f for f in tone if "tone.lukker-doeren" in f.rules]
    # closing the door is one act, however many sentences say it (rubric: værdighed weak unless more joins it; PANEL panel8)
    tone = [f for f in tone if f not in door_said[1:]]
    # De-form to a lawyer or a GP is the register, not distance (WORDS' professional_reader; PANEL panel6b)
    formal = any("klarsprog.tiltale" in f.rules for f in findings) and not professional_reader(analysis)
    quoted = lambda s, e: quotes.for_analysis(analysis).inside(s, e)  # noqa: E731 (built only when asked)
    closed = any("tone.lukker-doeren" in f.rules for f in findings) or _found(cues["door_closing"], low, quoted)
    # pressure and scolding, the tone checks' warnings first (værdighed; tillid when nothing shows understanding)
    more = _pressure(text, [(f.start, f.end) for f in tone], low, quoted, bool(door_said)) if len(tone) < 2 else []
    pressing = tone + more
    # distinct references: the page's paragraph-wise findings and the whole letter's merged one agree
    unexplained = len({f.text.casefold() for f in findings if "klarsprog.paragraf" in f.rules})
    full_grant = outcome is None and (_full_grant(low) or (cues["reversed"].search(low) is not None
                                                          and not cues["partial"].search(low)))
    heard = _found(cues["heard"], low, quoted)
    if heard and ("automatisk" in low or cues["no_reply"].search(low)):
        # a system's "Tak for din ansøgning" above "kan ikke besvares" is a formula: nobody has heard the reader yet
        # (EVAL eval7 16)
        heard = _found(cues["heard"], _blank(low, cues["thanks"]), quoted)
    heard_words = heard  # thanks, understanding, an apology, help offered: not a "jeg" alone (RUBRIC)
    heard = heard or (analysis.letter_type != "andet" and _found(cues["voice"], low, quoted))
    # the reader greeted by name and their own situation in the letter: a plain, personal letter has heard them without
    # thanks or empathy words (EVAL eval7 10, PANEL panel7) — enough against "upersonligt", not against a closed door,
    # a no without grounds or pressure
    personal = heard or (cues["greeting"].search(text) is not None and _found(cues["own_situation"], low, quoted))
    # a plain no in a letter type the structure checks do not read as a decision ("Nej, vi dækker ikke …")
    refused_plain = (outcome is None and analysis.letter_type in ("andet", "afgoerelse") and not full_grant
                     and bool(cues["refusal"].search(low)))
    if contact is False and (heard or not cues["no_reply"].search(low)) and cues["reply_invite"].search(low):
        contact = True  # an answer that asks the reader to write back ("svar bare på denne sms"): the reply is the way
    out = {}

    def put(key, status, reason):
        out[key] = ElementStatus(status=status, label=ELEMENT_LABELS[key], reason=reason)

    # indflydelse: may the reader respond, ask and complain?
    # (rubric, session 7: an adverse decision without complaint guidance is missing even with a phone number: asking
    # us is no route to have the decision looked at again, as the structure checks' error says)
    if kv == "missing" and outcome is None and cues["refusal"].search(low):
        put("indflydelse", "missing", "Brevet siger nej, men ikke hvordan man klager"
            + (" (at læseren kan kontakte os, er ingen klagevej)." if contact else "."))
    elif kv == "missing" and outcome is None and contact is False:  # no guidance and no way to reach us
        put("indflydelse", "missing", "Brevet siger ikke, hvordan læseren kan kontakte os eller klage.")
    elif kv == "missing" and full_grant and contact is not False:
        put("indflydelse", "covered", "Brevet giver læseren det, der er søgt om (så skal der ingen klagevejledning med), "
            "og læseren kan kontakte os.")
    elif kv == "missing" and outcome is None:  # maybe a full grant, which needs none
        put("indflydelse", "weak", "Brevet siger ikke, hvordan man klager. Giver afgørelsen ikke fuldt medhold, "
            "skal der være klagevejledning.")
    elif kv == "missing":
        put("indflydelse", "missing", "Afgørelsen siger ikke, hvordan man klager"
            + (" (at læseren kan kontakte os, er ingen klagevej)." if contact else "."))
    elif kv == "incomplete" and full_grant and contact is not False:
        # a complaint reply that gives the reader what they asked for needs no guidance (PANEL panel8b)
        put("indflydelse", "covered", "Brevet giver læseren det, der er søgt om, og læseren kan kontakte os.")
    elif kv == "incomplete" and contact is not False:
        # a piece missing (the deadline, the appeal body, how): the status follows its reason (rubric, session 8: EVAL
        # eval7 02/10 and the lead's labels; weak, not covered)
        put("indflydelse", "weak", "Læseren kan kontakte os, men klagevejledningen mangler noget: se fundet.")
    elif kv == "incomplete":
        put("indflydelse", "weak", "Klagevejledningen er ikke komplet.")
    elif kv == "no-appeal-unstated":
        put("indflydelse", "weak", "Brevet siger ikke, om og hvor man kan klage (på området er der normalt ingen klageadgang).")
    elif kv == "no-appeal-stated" and contact is False:
        # no appeal and no way to reach us: nothing to respond through (PANEL panel6b)
        put("indflydelse", "missing", "Der er ingen klageadgang, og brevet siger ikke, hvordan læseren kan kontakte os.")
    elif closed and contact is False and kv not in ("complete", "attached") and not cues["forwarded"].search(low):
        # the door closed and no way to reach us: nothing to respond through (with a complaint route: weak, below)
        put("indflydelse", "missing", "Brevet lukker for flere henvendelser og siger ikke, hvordan læseren kan kontakte os.")
    elif closed:  # "Yderligere henvendelser vil ikke blive besvaret": the reader may not answer
        put("indflydelse", "weak", "Brevet lukker for flere henvendelser.")
    elif kv in ("complete", "no-appeal-stated", "attached") and contact is False:
        # heard only by complaining: no way to ask or answer us (RUBRIC: contact and complaint route)
        put("indflydelse", "weak", "Læseren kan klage, men brevet siger ikke, hvordan man kan kontakte os.")
    elif kv == "attached":  # the reader gets it with the letter; we cannot see it
        put("indflydelse", "covered", "Klagevejledningen står i et bilag; tjek, at den er med.")
    elif kv == "linked":
        put("indflydelse", "weak", "Klagevejledningen står kun bag et link; skriv hvor, hvordan og fristen i brevet.")
    elif kv == "wrong":
        put("indflydelse", "weak", "Tjek klagevejledningen: fristen eller klageinstansen ser forkert ud.")
    elif kv in ("complete", "no-appeal-stated"):  # where and how to write: a way to be heard
        put("indflydelse", "covered", "Læseren ved, hvordan man klager" + (", og kan kontakte os." if contact else "."))
    elif kv in (None, "not-needed") and cues["no_reply"].search(low) and (
            contact or cues["reschedule_link"].search(low)):
        # a no-reply text with a number or a link: the reader can answer, but not here (EVAL eval5, PANEL panel5b)
        put("indflydelse", "weak", "Beskeden kan ikke besvares; læseren kan kun ringe, skrive eller bruge et link et andet sted.")
    elif contact is False and kv in (None, "not-needed") and cues["reschedule_link"].search(low):
        put("indflydelse", "covered", "Læseren kan flytte eller aflyse tiden via linket.")
    elif contact is False and analysis.letter_type == "partshoering" and cues["answer_route"].search(low):
        # a system hearing with no phone, but a place to send the comments ("via borger.dk under »Skriv til …«")
        put("indflydelse", "covered", "Læseren kan komme med bemærkninger og ved, hvor de skal sendes.")
    elif contact is False and kv in (None, "not-needed") and cues["send_route"].search(low):
        # "Lønsedlerne kan indsendes via borger.dk": the reader can send what we ask for, not ask or answer (PANEL panel8)
        put("indflydelse", "weak", "Læseren kan sende det, vi beder om, men brevet siger ikke, hvordan man kan kontakte os.")
    elif contact is False:  # no way to respond, unless there is a complaint route or an invitation to answer
        invited = analysis.letter_type == "partshoering"  # the hearing asks for an answer, but not where
        asked = not invited and bool(cues["invite_contact"].search(low))  # "kontakt os" without how
        forwarded = not (invited or asked) and bool(cues["forwarded"].search(low))
        elsewhere = not (invited or asked or forwarded) and analysis.count.words < 60 and _found(cues["elsewhere"], low)
        put("indflydelse", "weak" if invited or asked or forwarded or elsewhere or kv not in (None, "not-needed") else "missing",
            "Brevet beder om et svar, men siger ikke, hvor det skal sendes." if invited
            else "Beskeden henviser til brevet et andet sted (fx Digital Post); her står ikke, hvordan læseren kan svare."
            if elsewhere
            else "Brevet beder læseren kontakte os, men siger ikke hvordan (telefon, mail eller adresse)." if asked
            else "Klagen er sendt videre, men brevet siger ikke, hvordan læseren kan kontakte os." if forwarded
            else "Brevet siger ikke, hvordan læseren kan kontakte os.")
    elif contact is None and kv is None:
        put("indflydelse", "covered", "Denne brevtype stiller ingen krav her.")
    elif (analysis.letter_type in _ASK_ONLY_TYPES and kv in (None, "not-needed") and not _found(cues["voice"], low)
          and not cues["reply_invite"].search(low) and not cues["respond_invite"].search(low)
          and cues["named_contact"].search(text) is None and not formal and _ADDRESSED.search(text) is None
          and not professional_reader(analysis) and not _found(cues["professional"], low)):
        # (rubric, session 8) an information text whose only route is a number for questions or help at the desk: the
        # reader can ask, not have a say (EVAL eval5-eval7; PANEL panel7). A person to talk to ("ring til mig"), a reply,
        # a meeting or a request for the reader's views is a say. (rubric, session 12) So is a number or a mail offered to
        # the reader in a letter that speaks to them ("Har du spørgsmål, kan du ringe … eller skrive …"): EVAL eval10 12 and
        # eval11 l16, PANEL panel11 14, panel11c 19, panel12 09 were labelled covered; a notice to no one in particular
        # with "Spørgsmål: <tlf>" stays weak.
        put("indflydelse", "weak", "Læseren kan ringe eller skrive og spørge, men brevet lægger ikke op til, at "
            "læseren kan svare eller sige sin mening.")
    else:
        # (only complaint guidance the letter gives: "not-needed" is the structure checks' reading, no route; EVAL eval13 18)
        put("indflydelse", "covered", "Læseren kan kontakte os" + (" og ved, hvordan man klager."
                                                                     if kv in ("complete", "attached", "linked") else "."))
    # gennemskuelighed: does the reader see on what grounds?
    outside = _outside_blocks(low, analysis)  # the complaint section's dates are the appeal's, not the reader's next step
    if not next_step and (_next_step(outside, outside) or cues["forwarded"].search(low)):
        # a date things happen from or by, or the case on its way to the appeal body ("Sagen er videresendt til
        # Ankestyrelsen"), which the structure checks' wording missed
        next_step = True
    if (analysis.letter_type == "partshoering" and reasons in (None, "not-needed") and cues["hollow_reason"].search(low)
            and not cues["causal"].search(_blank(low, cues["hollow_reason"]))):
        # a hearing that does not say what the decision would rest on ("idet oplysningerne i sagen giver anledning hertil")
        put("gennemskuelighed", "missing", "Partshøringen siger ikke, hvad afgørelsen vil bygge på.")
    elif (reasons != "not-needed" and (outcome == "afslag" or (outcome is None and cues["refusal"].search(low)))
          and (hollow := _hollow_grounds(outside))):
        # "Du opfylder ikke betingelserne for at få hjælp", "da betingelserne i aktivlovens § 81 ikke er opfyldt": which
        # conditions, and what in the case, is not said (EVAL eval6, eval7; consistent with the structure checks' error)
        if hollow == "hollow":
            put("gennemskuelighed", "missing", "Afgørelsen nævner kun reglen og siger, at betingelserne ikke er "
                "opfyldt, men ikke hvad i læserens sag der afgjorde det.")
        else:
            put("gennemskuelighed", "weak", "Begrundelsen gentager kun lovens krav og siger ikke, hvad i læserens sag "
                "der afgjorde det.")
    elif (refused_plain and reasons in (None, "not-needed")
          and not (cues["causal"].search(outside) or cues["assessment"].search(outside)
                   or cues["fact"].search(outside) or cues["rule_words"].search(outside)
                   or cues["rule_as_reason"].search(outside))):  # ("i strid med lokalplanen": thin, below)
        # a no in a mail or a note the structure checks do not judge ("Nej, vi dækker ikke færgebilletten. Det er ikke
        # noget, kommunen giver tilskud til."): no grounds at all (PANEL panel7)
        put("gennemskuelighed", "missing", "Brevet siger nej uden at sige hvorfor.")
    elif (analysis.letter_type != "afgoerelse" and reasons in (None, "not-needed") and outcome is None
          and _duty_only(outside)):
        put("gennemskuelighed", "weak", "Brevet siger kun, at det er læserens pligt (»påhviler«), men ikke efter hvilken "
            "regel, eller hvad der skal til.")
    elif (reasons == "missing" and not facts.get("begrundelse_rule") and not cues["causal"].search(low)
          and not cues["assessment"].search(low)):
        put("gennemskuelighed", "missing", "Afgørelsen siger ikke, hvorfor.")
    elif reasons == "missing" and not facts.get("begrundelse_rule"):  # "da du ikke opfylder betingelserne"
        put("gennemskuelighed", "weak", "Begrundelsen er for tynd: den siger ikke, hvad i sagen der afgjorde det.")
    elif (reasons == "missing" and not cues["causal"].search(low) and not cues["assessment"].search(low)
          and not _found(cues["rule_words"], outside)):
        # only a paragraph named ("afslået, jf. servicelovens § 97"): no grounds the reader can see (reviewers: missing)
        put("gennemskuelighed", "missing", "Afgørelsen nævner kun en paragraf og siger ikke, hvorfor.")
    elif reasons == "missing":  # a rule named, but not applied to the reader's case
        put("gennemskuelighed", "weak", "Afgørelsen nævner reglen eller en vurdering, men ikke hvad i sagen der afgjorde den.")
    elif reasons == "unclear" and full_grant:  # the reader got what was asked for: no reasons needed
        put("gennemskuelighed", "covered", "Brevet giver læseren det, der er søgt om.")
    elif reasons == "unclear" and cues["fact"].search(outside) and cues["causal"].search(outside):
        # figures and a reason in words the structure checks could not place ("Tilskuddet falder, fordi jeres samlede
        # indkomst nu er 412.000 kr.") (PANEL panel7; an amount owed alone is no reason)
        put("gennemskuelighed", "covered", "Brevet siger med tal og ord, hvorfor.")
    elif (reasons == "unclear" and analysis.letter_type in ("afgoerelse", "klagesvar") and outcome == "afslag"
          and not _grounds_in(outside) and not _READER_NOW.search(outside)):
        # "Beslutningen om tilbagebetaling af 4.312 kr. står ved magt": no reason, rule, assessment or evidence at all (an
        # amount is no ground) (PANEL panel8)
        put("gennemskuelighed", "missing", "Afgørelsen siger ikke, hvorfor.")
    elif reasons == "unclear":
        put("gennemskuelighed", "weak", "Vi kan ikke se en begrundelse; tjek, at brevet siger, hvorfor.")
    elif (analysis.letter_type == "afgoerelse" and outcome is None and not full_grant and reasons in (None, "not-needed")
          and cues["legal_reference"].search(low) and not cues["causal"].search(low)):
        # a decision we cannot read as a grant, whose only grounds are a paragraph
        put("gennemskuelighed", "weak", "Afgørelsen henviser kun til en regel og siger ikke med almindelige ord, hvorfor.")
    elif (analysis.letter_type in ("afgoerelse", "klagesvar") and not full_grant
          and (reasons != "not-needed" or refused_plain)  # (a no the structure checks read as needing no reasons)
          and (outcome in ("afslag", "delvis") or cues["refusal"].search(low) or cues["kept"].search(low))
          and (said := "rule_as_reason" if _said_only(outside, quoted, "rule_as_reason")
               else "assessed_only" if _said_only(outside, quoted, "assessed_only") else None)):
        # a no whose only grounds are the rule itself ("Træet er bevaringsværdigt i lokalplanen. Det er de regler, der
        # gælder") or an assessment claimed and not shown ("Kommunens vurdering er, at støjen ligger inden for det
        # forventelige"): the reader does not see what in the case decided it (EVAL eval12 10/22/24, lead13, PANEL panel13)
        put("gennemskuelighed", "weak", "Brevet siger kun, at det er reglerne, men ikke hvad i sagen der afgjorde det."
            if said == "rule_as_reason" else
            "Brevet siger, hvad kommunen har vurderet, men ikke hvad vurderingen bygger på (hvad vi har set, målt "
            "eller fået at vide).")
    elif _self_vouched(outside, quoted, "vague_conduct"):
        # a restriction or a warning whose only ground is a verdict on the reader's conduct ("din kommunikation har haft en
        # form, som ikke kan accepteres"): what was said or done, and when, is not told (PANEL panel11c 18, panel12 12)
        put("gennemskuelighed", "weak", "Brevet siger, at læserens adfærd ikke kan accepteres, men ikke hvad der skete "
            "eller hvornår.")
    elif _self_vouched(outside, quoted):
        # "Kommunen har behandlet sagen korrekt", "afgørelsen var tydelig og let at forstå": a claim in place of grounds
        # (PANEL panel10: a defensive complaint reply was "let at følge")
        put("gennemskuelighed", "weak", "Brevet siger, at sagen er behandlet korrekt, eller at afgørelsen er klar, "
            "men ikke hvorfor.")
    elif (unexplained >= 2 and reasons != "present") or (
            analysis.count.lix > HEAVY_LIX and analysis.count.words >= LIX_MIN_WORDS and (outcome != "bevilling" or len(_FIELD.findall(text)) < FORM_FIELDS)) or _longest(text) >= LONG_SENTENCE:
        put("gennemskuelighed", "weak", "Paragraffer uden forklaring eller tung tekst gør grundlaget svært at se.")
    elif reasons in (None, "not-needed", "unclear") and analysis.count.words < 120 and cues["referred"].search(low):
        # a short reply whose grounds are only earlier letters
        put("gennemskuelighed", "weak", "Brevet henviser til tidligere svar eller en hjemmeside i stedet for at forklare "
            "grundlaget.")
    elif (not next_step and reasons in (None, "not-needed") and analysis.count.words < 120
          and cues["received"].search(low) and not cues["causal"].search(low) and not cues["rule_words"].search(outside)
          and not full_grant and outcome != "bevilling"):  # a grant says what comes of the application (PANEL panel10c 14)
        # a receipt that does not say what happens with the reader's mail, or when ("Klagen vil blive behandlet"); passed on
        # to a department "som vil foretage det fornødne" is no more: no appeal body, so no next step (PANEL panel13b 12)
        put("gennemskuelighed", "weak", "Brevet siger ikke, hvad der sker med henvendelsen, eller hvornår.")
    elif (reasons in (None, "not-needed") and outcome is None and not full_grant
          and analysis.letter_type in ("information", "indkaldelse", "andet")
          and (unexplained_why := _without_why(outside, analysis.letter_type, bool(
              cues["refusal"].search(low) or closed or cues["scolding"].search(low)
              or cues["no_in_advance"].search(low))))):
        # readability is no ground: a change or a summons that does not say why (EVAL eval8 19, 23; PANEL panel8)
        put("gennemskuelighed", "weak", unexplained_why)
    else:  # (the next step is trust, not grounds: see tillid)
        put("gennemskuelighed", "covered", "Grundlaget for afgørelsen fremgår." if reasons == "present"
            else "Brevet er let at følge.")
    # tillid (DOMAIN.md: taken seriously, real empathy): the letter shows it has heard the reader (a person
    # speaking, thanks, understanding, an apology, an offer of help), and there is a way to reach us
    known = [v for v in (contact, next_step) if v is not None]
    # a no: a refusal, or a complaint reply that keeps the decision
    # an order ("påbud", "Kommunen kræver derfor, at De …") is adverse, and the structure checks read it so (outcome
    # "afslag", ELEMENTS session 12), but it is no no to something the reader asked for: it is judged as an order, not as a
    # refusal without a contact (data/lettertypes b05, e03 went weak -> missing on tillid; PANEL). Nor is it a plain
    # letter (below): an order that does not show it heard the reader stays weak (PANEL panel9 test, EVAL eval7 10)
    order_only = (outcome == "afslag" and _ORDER.search(low) is not None and not cues["refusal"].search(low)
                  and not _APPLIED_FOR.search(low))
    refused = ((outcome == "afslag" and not order_only)
               or (analysis.letter_type == "klagesvar" and bool(cues["kept"].search(low)))
               or refused_plain or bool(cues["shelved"].search(low)))  # a case shelved is a no (PANEL panel11c 16)
    grounds_missing = out["gennemskuelighed"].status == "missing"
    # (an information letter to an employer by name, "Att.: Henrik Bach": WORDS' reader detector says who it is for;
    # PANEL panel8b; a friendly word in it, not "Der anmodes om en udtalelse": panel7d 11. The letter type alone is not enough: a
    # utility's "A/S" signature, panel7)
    professional = ((analysis.letter_type == "andet"
                     or (analysis.letter_type == "information" and (professional_reader(analysis) or _ATTENTION.search(low))
                         and cues["warmth"].search(low) is not None)) and not refused and contact is not False and not pressing
                    and _found(cues["professional"], low, quoted))
    # værdighed: polite, no pressure or correction
    # name the words: ours first, else the first tone warning's
    words = more[0] if more else " ".join(pressing[0].text.split()) if pressing else ""
    words = words if len(words) <= 60 else words[:57].rstrip() + " …"
    example = f" (fx »{words}«)" if words else ""
    # the one formulation is a closed door, said by the tone checks or found here
    door_only = len(pressing) == 1 and ((bool(door_said) and pressing[0] is door_said[0])
                                        or (not tone and cues["door_closing"].search(_lower(more[0])) is not None))
    tone = pressing
    # "De er naturligvis velkommen til at kontakte os" with no phone, mail or address anywhere is a formula, not a friendly
    # word: the stock line alone does not warm a letter that speaks as an authority (PANEL panel12 01, panel13 01)
    warm_low = _blank(low, cues["stock_invite"]) if contact is False else low
    if len(tone) >= 2:
        put("vaerdighed", "missing", f"{len(tone)} formuleringer kan virke som pres eller irettesættelse{example}.")
    elif tone and formal and not door_only:
        # (a closed door in De-form stays weak: the De-form is a register and closing the door is one act; PANEL panel10 01,
        # panel11 01)
        put("vaerdighed", "missing", f"De-form og en formulering, der kan virke som pres eller irettesættelse{example}.")
    elif tone:
        put("vaerdighed", "weak", f"En formulering kan virke afvisende{example}.")
    # the De-form alone is a register, not disrespect: a correct, formal påbud or decision to one person is covered
    # unless it is also curt or cold (below) (PANEL panel10 03, 14; the lead's open kind, session 10)
    elif (analysis.count.words <= CURT_WORDS and not personal and cues["greeting"].search(text) is None
          and ((refused and grounds_missing) or (not next_step and cues["received"].search(low)))):
        # a no or a receipt in one bare line, no greeting, no reason, no one to reach (rubric, session 9; EVAL eval8)
        put("vaerdighed", "weak", "Brevet er kort for hovedet: " + ("et nej" if refused else "en kvittering")
            + " på én linje uden hilsen eller forklaring.")
    elif (cold := _cold(text, warm_low)) and not (next_step and contact and _SYSTEM_NOTICE.search(cold)):
        # (an automatic receipt that says what happens next and where to call is polite enough: rubric, session 9; EVAL
        # eval6 17, eval8 16; without anyone to reach it stays cold: panel4 62, panel5 07)
        put("vaerdighed", "weak", f"Brevet er korrekt, men koldt: det taler som en myndighed (»{cold}«"
            + (" og i De-form" if formal else "") + ") og har ingen tak, intet »jeg« og ingen venlige ord.")
    elif ((refused or (outcome == "delvis" and _STOPPED.search(low))) and not order_only and not cues["warmth"].search(warm_low)
          and _unsigned(text)):
        # a no or a stop sent as a form: no greeting, no one who signs or says "jeg", no friendly word ("Visitationen
        # har besluttet, at din kørsel til dagcentret ophører", signed by the unit): correct, but cold (EVAL eval13 20,
        # PANEL panel14 03/19)
        put("vaerdighed", "weak", "Brevet er korrekt, men koldt: det siger nej uden en hilsen til læseren og uden en "
            "person, der skriver under, og har ingen venlige ord.")
    elif formal and not cues["warmth"].search(warm_low) and len(officialese := [
            f for f in findings if any(r.startswith("klarsprog.kancellisprog") for r in f.rules)]) >= DISTANT_OFFICIALESE:
        # the De-form alone is a register (above), but with officialese and no friendly word anywhere ("De bedes venligst
        # medbringe …", "Såfremt De er forhindret, bedes De …") the letter keeps the reader at arm's length (PANEL panel10c 03)
        official = " ".join(officialese[0].text.split())
        put("vaerdighed", "weak", f"De-form og kancellisprog (fx »{official}«) uden et venligt ord gør brevet fjernt.")
    else:
        put("vaerdighed", "covered", "Ingen formuleringer, der presser eller irettesætter.")
    # (rubric, session 12) a friendly or correct letter that is no no, presses no one, has grounds the reader can see and
    # a respectful tone: tillid does not hang on the contact (that is indflydelse's; EVAL eval11, PANEL panel11d 07, panel12)
    # Not a receipt (the reader has written and nothing answers them yet: reviewers weak), not "andet" (a letter to a third
    # party, a landlord or a GP about the citizen, keeps the professional reading above), not a letter that retells the
    # reader's account without answering it, and only a letter that speaks to its reader (a notice about a road to no one
    # in particular stays impersonal). In a decision with grounds the account retold is weighed as part of them ("Det så
    # vi ved besøget, og du fortalte selv, at det går meget bedre": PANEL panel11d 09).
    plain = (not refused and not order_only and not pressing and not closed and out["gennemskuelighed"].status == "covered"
             and out["vaerdighed"].status == "covered" and analysis.letter_type not in ("kvittering", "andet")
             and (heard or reasons == "present" or not _found(cues["account"], low, quoted))
             and (formal or _ADDRESSED.search(text) is not None))
    if closed and contact is False:
        put("tillid", "missing", "Brevet lukker for flere henvendelser, og der er ingen kontakt.")
    elif refused and grounds_missing and not heard:
        # a no without a reason the reader can see (EVAL eval6): not taken seriously, whatever route there is
        put("tillid", "missing", "Brevet siger nej uden at sige hvorfor og viser ingen forståelse for læserens situation.")
    elif professional:
        # (rubric, session 7) a letter to a GP, an employer or a school about a citizen: toward the addressee
        put("tillid", "covered", "Brevet er til en fagperson: det siger, hvad vi beder om og hvorfor, og hvem man kan "
            "kontakte.")
    elif (refused and contact is False and (not next_step or _has_blocks(analysis))
          and not _next_step(outside, outside) and not cues["forwarded"].search(low)):
        # (with no complaint section, the structure checks' next step is not the appeal's)
        # no one to reach, and no next step beside the complaint route (reviewers: missing)
        put("tillid", "missing", "Brevet siger nej, men siger ikke, hvordan læseren kan kontakte os.")
    elif (refused and not heard and len(pressing) == 1 and not formal and contact and not closed
          and out["gennemskuelighed"].status == "covered" and kv in ("complete", "no-appeal-stated")
          and not any(getattr(f, "rule", None) in ("tone.tryk", "tone.lukker-doeren") for f in pressing)
          and not cues["scolding"].search(low)):
        # (rubric, session 9) a sanction with its grounds, complaint guidance and a contact, and one consequence held over
        # the reader ("Udebliver du igen, stopper vi din kontanthjælp"): correct but cold, not closed
        put("tillid", "weak", "Brevet siger nej og begrunder det, men truer med en konsekvens og viser ingen forståelse "
            "for læserens situation.")
    elif refused and not heard and (pressing or (contact is False and not cues["forwarded"].search(low))):
        # (a complaint on its way to the appeal body has a next step: weak, as the refusal branch above)
        # a no (a refusal, a reduction, a repayment) held over the reader, or with no one to reach, and nothing that
        # shows we heard them: cold and distant (reviewers: missing)
        put("tillid", "missing", "Brevet siger nej " + ("og presser" if pressing else "uden en kontakt")
            + ", men viser ingen forståelse for læserens situation.")
    elif closed and not heard:
        put("tillid", "missing", "Brevet lukker for flere henvendelser og viser ikke, at vi har hørt læseren.")
    elif (len(pressing) >= 2 or (pressing and formal)) and not heard_words:  # what værdighed calls missing
        # (a "jeg" is no sign we heard the reader when the letter presses or scolds: "Du må forstå, at … Det hjælper ikke
        # at skrive til os flere gange", signed by a leader; PANEL panel14 13)
        put("tillid", "missing", "Brevet presser eller irettesætter og viser ingen forståelse for læserens situation.")
    elif len(known) == 2 and not any(known) and analysis.letter_type == "kvittering":
        # a bare receipt: the reader knows we have it, nothing more (reviewers 3 of 4 weak: panel3, panel4 62, panel5 07)
        put("tillid", "weak", "Kvitteringen siger hverken, hvad der sker nu, eller hvordan læseren kan kontakte os.")
    elif len(known) == 2 and not any(known) and not (plain and personal):
        # (a friendly, plain letter that is no no keeps the covered of the rubric, session 12, below)
        put("tillid", "missing", "Ingen kontakt og intet næste skridt.")
    elif not personal and plain and contact:
        # (rubric, session 12) a correct, plain letter that says what happens and why, in a respectful tone, with a way
        # to reach us (an information letter, a reminder, a påbud or a decision answering a hearing): the reader is
        # taken seriously without thanks or empathy words (EVAL eval10 12/13/22-24, eval11 l16/l22; PANEL panel12 09)
        put("tillid", "covered", "Brevet er sagligt og klart: det siger, hvad der sker og hvorfor, og der er en vej "
            "til os.")
    elif not personal:
        put("tillid", "weak", "Brevet er korrekt, men upersonligt: intet viser, at vi har hørt læseren "
            "(ingen tak, forståelse, beklagelse eller tilbud om hjælp)"
            + (", og der er ingen kontakt." if contact is False else "."))
    elif contact is False and not plain:
        put("tillid", "weak", "Brevet er venligt, men siger ikke, hvordan læseren kan kontakte os.")
    elif closed:
        put("tillid", "weak", "Brevet viser forståelse, men lukker for flere henvendelser.")
    elif (refused or outcome == "delvis") and pressing and not heard_words:
        # a no, or a no in part, with a consequence held over the reader, and only a greeting and the reader's own data to
        # show we heard them ("Kære Line … som du har oplyst … Manglende oplysning kan medføre krav om tilbagebetaling"):
        # correct, not understanding (RUBRIC weak: a no with a consequence held over the reader; EVAL eval13 18)
        put("tillid", "weak", "Brevet bruger læserens oplysninger, men truer med en konsekvens og viser ingen forståelse "
            "for læserens situation.")
    else:
        put("tillid", "covered", "Brevet viser, at vi har hørt læseren" + (", og der er en vej til os." if contact else "."))
    return {key: out[key] for key in ELEMENT_LABELS if key in out}  # the page's order
