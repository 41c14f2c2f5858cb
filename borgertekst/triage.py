"""Triage of incoming citizen messages on the conflict staircase.

Ordered steps ``groen < gul < roed < uden-for-trappen``. Three layers, all data in
``rules/triage.yaml``:

1. A **safety rule** above everything: signs of violence, threats against staff, their
   families or property, knowing where staff live or move, stalking, harassment, weapons or
   hate speech put the message outside the staircase whatever else it says. The signs are
   lexicon entries matched on lemmas (word order, inflection, lowercase and, through
   ``normalize``, common typos, dialect and English do not matter). A sentence that reports a
   third party's threat, or that is hyperbole about the writer, does not count.
   Below the rule, a **caution layer**: weak signs (a staff member's family or routines, "du er
   heldig, at …"), words of violence or weapons without a threat, and words the threat classifier
   finds threat-like never let a message be green and put the caution advice first; two weak
   signs of different kinds, or a weak sign with threat-like words, put it outside the staircase.
   The **semantic fields of harm** (``fields`` in rules/sikkerhed.yaml: injury, fire, weapons;
   reckoning, surveillance, the staff's private sphere), aimed at staff or the municipality,
   with the threat classifier above a lower bar than its own, mark a possible threat outside
   the staircase with the safety-procedure advice.
   Words about harming oneself get the self-harm handling (a call today), never the police route.
2. A small **linear model** (``borgertekst/tone/triage_weights.json``, trained by
   ``scripts/train_tone.py``) turns the lexicon classes and the message's form into a step
   with a probability.
3. **Advice and template** for the step and for what the message asks (``intents``):
   a question gets a direct answer, disagreement with a decision reconsideration and
   complaint handling, repeated requests one contact person and a meeting. A message outside
   the staircase never gets a receipt or "tak for henvendelsen": it gets the Trappen advice.

The result is a suggestion for the person handling the message, never a verdict.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import msgspec
import yaml

from . import safety
from .safety import MODEL_SIGN, MODEL_SIGN_LABEL, model_sign_span
from .rulebook.loader import RuleFileError, shipped_rules_dir

log = logging.getLogger("borgertekst.triage")

TRIAGE_FILE = "triage.yaml"
WEIGHTS_FILE = Path(__file__).with_name("tone") / "triage_weights.json"
THREAT_FILE = Path(__file__).with_name("tone") / "threat_weights.json"
STEPS = ("groen", "gul", "roed", "uden-for-trappen")
OUTSIDE = "uden-for-trappen"
SELF_HARM = "concern:self_harm"
# a message the model finds this likely to be a threat is never called green
WATCH_OUTSIDE = 0.15
# the threat classifier (character and word n-grams): from this probability the message is
# treated as outside the staircase even without a safety sign; from THREAT_WATCH a caution
# (THREAT: 0.8 with the classifier retrained on the hold-outs by scripts/train_threat.py; chosen on leave-one-set-out
# probabilities: 539/552 threats at 10/742 false alarms, against 542 at 15 with 0.7)
THREAT_OUTSIDE = 0.8
THREAT_WATCH = 0.3
# the threat classifier ALONE (no safety, weak, framing or told sign, no word of violence, the step model not
# near a threat) does not lift a message the step model calls green with at least this probability
# (TRIAGE, session 5: plain thank-yous and questions at threat_p 0.27-0.72 were lifted to gul; over every
# labelled set incl. 600+ threats this moved no threat to green at 0.9, 0.8 or 0.7; /work/holdout/triage5/veto_exp.py)
# (TRIAGE, session 13) 0.8 -> 0.6: praise and fault reports ("Gadelygten … blinker hele natten", the model 0.63 green,
# the classifier 0.73) were still lifted; on 2,022 threat-labelled texts no step changes, on the labelled non-threats
# 8 groen leave gul and 1 gul ("TREDJE GANG JEG SPØRGER: …", now held by the count of contacts) would go groen
GREEN_SURE = 0.6
# the step model alone puts a message outside the staircase only from this probability (TRIAGE, session 6: a
# reassurance "det er ikke dig, der har lavet reglerne" was outside at 0.29 with no sign; over every labelled set the
# lowest right model-alone outside was 0.59)
MODEL_OUTSIDE = 0.5


class Signal(msgspec.Struct):
    kind: str  # class id, e.g. "press", "safety:knows_home"
    label: str  # Danish
    text: str
    start: int  # code-point offsets into the message
    end: int


class TriageResult(msgspec.Struct, kw_only=True):
    step: str
    step_label: str  # Danish
    score: float  # 0–1: the model's confidence in ``step`` (1.0 when the safety rule decided)
    signals: list[Signal]
    reasons: list[str]  # Danish
    advice: str
    template: str


# ---- configuration ----------------------------------------------------------------------------
class _Step(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    template: str
    advice: str


class _Class(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    entries: list[str | list[str]]
    step: str = "groen"


class _SafetyClass(msgspec.Struct, forbid_unknown_fields=True):
    label: str
    entries: list[str | list[str]]


class _Intent(msgspec.Struct, forbid_unknown_fields=True):
    name: str
    classes: list[str]
    steps: list[str]
    template: str
    reason: str
    advice: str
    alone: bool = False  # only when no intent before it applies (a question beside a complaint)
    together: list[list[str]] = []  # also applies when every class of one of these groups is in the message


class _Floor(msgspec.Struct, forbid_unknown_fields=True):
    """A kind of message that is at least ``min_step`` whatever the model says (insults aimed at staff, shouting
    with exclamation marks): any hit of ``classes`` (not right after a word of ``not_after``: "behandlet mig som en
    idiot" compares), or all the form features in ``forms``."""

    name: str
    min_step: str
    reason: str
    classes: list[str] = []
    forms: list[str] = []
    not_after: list[str] = []
    with_classes: list[str] = []  # (session 9) only when a hit of one of these is in the message too
    # (session 11) not when a hit of one of these is in the message ("JEG HAR BRUG FOR HJÆLP NU … hjemmeplejen tager
    # ikke telefonen!!": shouting because nobody answers is frustration over access, not aggression)
    unless_classes: list[str] = []
    # (session 14) only when a hit of every one of these is in the message too (a danger to life, a repeated failure of
    # yours and a demand: "For anden gang … forkerte insulin. Han kunne være død. Jeg vil have et møde med ledelsen")
    with_all: list[str] = []


class _Ceiling(msgspec.Struct, forbid_unknown_fields=True):
    """A kind of message that is at most ``max_step`` when the model puts it higher: a hit of ``classes`` and no
    hit of a class pointing higher than ``max_step`` other than ``also_allowed`` ("har ringet 4 gange, og ingen
    tager telefonen": trying to reach us, not pressure)."""

    name: str
    classes: list[str]
    max_step: str
    reason: str
    also_allowed: list[str] = []
    forms: list[str] = []  # (TRIAGE, session 7) all these model features must be there too ("lex:self_hyperbole")


class _Framed(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 7) A class whose words only count as the class ``count_as`` in a sentence that also has a
    hit of ``frames``, or with a word of ``before`` at most a few determiners/adjectives/genitives before them
    ("går til pressen", "skrevet til alle byrådets medlemmer"): "Jeg så i avisen, at …", "Min advokat har bedt mig
    sende …", "st tv" in an address are no pressure. Unframed hits are dropped."""

    name: str
    count_as: str
    frames: list[str]
    before: list[str] = []
    vocative: bool = False  # also counts at the start of a sentence, before a comma ("Borgmester, du bør …")


class _Victim(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 7) A citizen who tells of violence or threats against themself or their family by someone
    else and asks for help: ``classes`` are the cues (anmeldt, hemmelig adresse, bange for ham, …). Such a message is
    not raised above the model's step for the told violence, and gets a visible signal and advice."""

    classes: list[str]
    reason: str
    advice: str
    reports: list[str] = []  # cue classes that tell of violence by themselves; the others need violence told beside
    absorbs: list[str] = []  # classes a cue's words may also match ("bange"): the cue's reading wins
    also_allowed: list[str] = []  # classes that may stand beside the report without raising it above green
    in_report: list[str] = []  # lemmas whose class hits raise nothing inside the sentences that tell the violence
    # (session 9) with a hit of ``laughter`` and no word of violence, the cues become the class ``joke``
    joke: str = ""
    laughter: list[str] = []


class _Absorber(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 8) A cue whose words tell what other class words near it mean: the writer's own mistake or
    apology ("min fejl", "ved en fejl", "Beklager min sure mail") makes "fejl", "sure", "klovn", "igen" in that
    sentence no complaint about us; a greeting ("Hej igen") no repeated request; "Det er ikke en klage" no complaint.
    Hits of ``absorbs`` in the cue's sentence (``scope: sentence``), its clause (``clause``) or overlapping it
    (``overlap``) are dropped. With
    ``about_writer`` a cue counts only in a sentence about the writer (jeg/mig/min/vi) that does not speak to or
    about the reader (du/dig/I/jer, De-form) outside quotation marks ("I har ved en fejl trukket mig to gange" is a
    complaint)."""

    name: str
    classes: list[str]
    absorbs: list[str]
    scope: str = "sentence"
    about_writer: bool = False
    reach: int = 0  # with scope clause: also this many following short sentences that speak of nobody else
    # (session 9) a cue in a sentence with a hit of these classes is no cue ("Det er min skyld, at jeg stolede på jer"
    # is bitterness at us, not the writer's own mistake)
    unless: list[str] = []
    # (session 11) ``unless`` anywhere in the message, not only in the cue's sentence ("Jeg er bekymret for min mor.
    # Hjemmeplejen er ikke kommet i tre dage." is a complaint about you, however the worry is worded)
    unless_anywhere: bool = False


class _ReaderRepeat(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 9) Words of repetition about what WE did again ("Nu er det tredje gang i år, at I aflyser …",
    "I har igen glemt at hente skraldet", "Endnu en gang er der fejl i …") are the municipality's repeated failure, not
    the citizen's repeated contacts: hits of ``classes`` become ``count_as`` when their sentence has the reader acting
    (I/du/jeres X as subject) or a hit of ``failure`` outside a clause about the writer - or, in a sentence with no
    subject of its own kind ("Det er anden gang denne måned."), the sentence before has them. A sentence where the
    writer tells of their own contacts (jeg/vi and a lemma of ``contact``: skrive, ringe, rykke …) keeps its count."""

    classes: list[str]
    count_as: str
    weak: list[str] = []  # classes whose hits count only when their words are all in `weak_words` ("igen", not "stadig")
    weak_words: list[str] = []
    failure: list[str] = []
    contact: list[str] = []  # verbs: the writer's contact with jeg/vi just before ("jeg har skrevet")
    contact_nouns: list[str] = []  # nouns that are the writer's contacts inside the hit ("min tredje mail")
    not_with: list[str] = []  # classes beside which a count stays the writer's ("Din kollega lovede det modsatte. I siger
    # noget forskelligt hver gang": the writer's contacts with several of you)


class _Irony(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 9) Praise words that are sarcasm beside a bad fact ("Flot klaret, kommune. Tre måneder for at
    svare på én mail."): hits of ``classes`` count as ``count_as`` only when a hit of ``context`` is in their sentence
    or the ``reach`` sentences after it; alone they are plain praise and are dropped ("Tak for jeres hurtige svar. Jeg
    kommer med min advokat" is no sarcasm)."""

    classes: list[str]
    count_as: str
    context: list[str] = []
    reach: int = 1
    back: int = 0  # (session 12) also the sentences before ("Endnu et brev med de samme spørgsmål. Tak for det, virkelig
    # effektivt.")
    # (session 14) praise classes whose bad fact must stand in their own sentence, and only as one of ``near_context``
    # ("Tusind tak for et fantastisk brev, som intet normalt menneske kan forstå"; not "Tak for en fantastisk dag. Mor
    # har aldrig haft det så godt.")
    near: list[str] = []
    near_context: list[str] = []


class _Concern(msgspec.Struct, forbid_unknown_fields=True):
    """Signs that the writer may harm themself: no threat to staff, but never a plain receipt."""

    label: str
    entries: list[str | list[str]]
    min_step: str
    template: str
    reason: str
    advice: str


class _QuotedTerm(msgspec.Struct, forbid_unknown_fields=True):
    """(TRIAGE, session 12) A question about a word or term in quotation marks ("Jeg forstår ikke, hvad 'mellemkommunal
    refusion' betyder", "Hvad betyder 'varig nedsat erhvervsevne'?"): the lexicon's "*" stands for one word, so the
    quoted term, however many words it has, is ``Q`` in ``patterns`` (words or lemmas around it, in that order, with
    nothing between). A match becomes a hit of ``count_as``; a hit of ``extend`` that ends at most two tokens before
    the match in its sentence ("Jeg forstår ikke, hvad 'X' betyder") is part of it (so an overlap absorber takes it)."""

    count_as: str
    patterns: list[str]
    extend: list[str] = []


class _English(msgspec.Struct, forbid_unknown_fields=True):
    """A message written in English: its own readings of words that ``normalize`` reads as Danish."""
    words: list[str]  # English function words that are not Danish words
    danish: list[str]  # Danish function words that are not English words
    normalize: dict[str, str] = {}  # in an English message, instead of ``normalize``'s entry


class TriageConfig(msgspec.Struct, forbid_unknown_fields=True):
    order: list[str]
    suggestion: str
    steps: dict[str, _Step]
    classes: dict[str, _Class]
    safety: dict[str, _SafetyClass]
    third_party: list[str | list[str]] = []
    self_hyperbole: list[str | list[str]] = []
    intents: list[_Intent] = []
    floors: list[_Floor] = []
    ceilings: list[_Ceiling] = []
    not_in_quotes: list[str] = []  # classes that do not count inside quotation marks (the words of a letter quoted)
    normalize: dict[str, str] = {}
    quoted: list[str] = []  # regexes for quoted earlier mails, where signs do not count
    self_harm: _Concern | None = None
    watch_advice: str = ""  # put first when the words resemble a threat but no safety sign was found
    watch_template: str = "svar-paa-spoergsmaal"  # instead of a receipt when the caution applies
    framed: list[_Framed] = []
    victim: _Victim | None = None
    absorbers: list[_Absorber] = []
    reader_repeat: _ReaderRepeat | None = None
    irony: _Irony | None = None
    english: _English | None = None
    quoted_term: _QuotedTerm | None = None
    promised_not_by: list[str] = []  # (session 12) a promise told of one of these persons is not yours


def load_config(path: Path | None = None) -> TriageConfig:
    path = path or shipped_rules_dir() / TRIAGE_FILE
    try:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
        config = msgspec.convert(raw, TriageConfig)
    except OSError as exc:
        raise RuleFileError(path, f"kan ikke læses: {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise RuleFileError(path, f"ugyldig YAML: {exc}") from exc
    except msgspec.ValidationError as exc:
        raise RuleFileError(path, f"forkert opbygning: {exc}") from exc
    if list(config.order) != list(STEPS) or set(config.steps) != set(STEPS):
        raise RuleFileError(path, f"trinene skal være præcis {', '.join(STEPS)} i den rækkefølge")
    for name, cls in config.classes.items():
        if cls.step not in STEPS:
            raise RuleFileError(path, f"ordklassen '{name}' har et ukendt trin '{cls.step}'")
    for intent in config.intents:
        unknown = [c for c in intent.classes + [c for g in intent.together for c in g] if c not in config.classes] \
            + [s for s in intent.steps if s not in STEPS]
        if unknown:
            raise RuleFileError(path, f"hensigten '{intent.name}' bruger ukendte klasser/trin: {', '.join(unknown)}")
    for floor in config.floors:
        unknown = [c for c in floor.classes + floor.with_classes + floor.unless_classes + floor.with_all
                   if c not in config.classes]
        if unknown or floor.min_step not in STEPS[:-1] or not (floor.classes or floor.forms):
            raise RuleFileError(path, f"gulvet '{floor.name}' skal have klasser eller former, et trin under "
                                      f"uden-for-trappen og kendte klasser ({', '.join(unknown)})")
    if unknown := [c for c in config.not_in_quotes if c not in config.classes]:
        raise RuleFileError(path, f"not_in_quotes: ukendte klasser: {', '.join(unknown)}")
    for ceiling in config.ceilings:
        unknown = [c for c in ceiling.classes + ceiling.also_allowed if c not in config.classes]
        if unknown or ceiling.max_step not in STEPS[:-1] or not ceiling.classes:
            raise RuleFileError(path, f"loftet '{ceiling.name}' skal have kendte klasser og et trin under "
                                      f"uden-for-trappen ({', '.join(unknown)})")
    for fr in config.framed:
        unknown = [c for c in [fr.name, fr.count_as, *fr.frames] if c not in config.classes]
        if unknown:
            raise RuleFileError(path, f"framed '{fr.name}': ukendte klasser: {', '.join(unknown)}")
    for ab in config.absorbers:
        unknown = [c for c in ab.classes + ab.absorbs + ab.unless if c not in config.classes]
        if unknown or ab.scope not in ("sentence", "clause", "overlap"):
            raise RuleFileError(path, f"absorber '{ab.name}': ukendte klasser ({', '.join(unknown)}) eller scope "
                                      f"'{ab.scope}' (sentence, clause eller overlap)")
    if (rr := config.reader_repeat) and (unknown := [c for c in rr.classes + [rr.count_as] + rr.failure
                                                     if c not in config.classes]):
        raise RuleFileError(path, f"reader_repeat: ukendte klasser: {', '.join(unknown)}")
    if (ir := config.irony) and (unknown := [c for c in ir.classes + [ir.count_as] + ir.context + ir.near + ir.near_context
                                             if c not in config.classes]):
        raise RuleFileError(path, f"irony: ukendte klasser: {', '.join(unknown)}")
    if config.victim and (unknown := [c for c in config.victim.classes + config.victim.reports + config.victim.laughter
                                      + ([config.victim.joke] if config.victim.joke else [])
                                      if c not in config.classes]):
        raise RuleFileError(path, f"victim: ukendte klasser: {', '.join(unknown)}")
    if config.self_harm and config.self_harm.min_step not in STEPS[:-1]:
        raise RuleFileError(path, f"self_harm: min_step skal være et af {', '.join(STEPS[:-1])}")
    if (qt := config.quoted_term) and (unknown := [c for c in [qt.count_as, *qt.extend] if c not in config.classes]
                                       or [p for p in qt.patterns if p.split().count("Q") != 1]):
        raise RuleFileError(path, f"quoted_term: ukendte klasser eller mønstre uden præcis ét Q: {', '.join(unknown)}")
    for p in config.quoted:
        try:
            re.compile(p)
        except re.error as exc:
            raise RuleFileError(path, f"quoted: ugyldigt regulært udtryk '{p}': {exc}") from exc
    return config


# ---- model --------------------------------------------------------------------------------------
class _Softmax:
    def __init__(self, data: dict):
        self.classes = list(data["classes"])
        names = data["features"]
        self.weights = [dict(zip(names, row)) for row in data["weights"]]
        self.bias = list(data["bias"])

    def proba(self, values: dict[str, float]) -> list[float]:
        z = [b + sum(w.get(k, 0.0) * x for k, x in values.items()) for w, b in zip(self.weights, self.bias)]
        m = max(z)
        e = [math.exp(v - m) for v in z]
        total = sum(e)
        return [v / total for v in e]


class ThreatClassifier:
    """Threat or not, from character n-grams within words and word uni/bigrams (tf-idf,
    logistic regression; trained by ``scripts/train_tone.py``). It reaches threats in wordings
    the safety rule's lists lack; the scikit-learn transform is re-done here in plain Python."""

    TOKEN = re.compile(r"(?u)\b\w\w+\b")
    SPACE = re.compile(r"\s\s+")

    def __init__(self, data: dict):
        self.parts = [(p["analyzer"], tuple(p["ngram_range"]), dict(zip(p["terms"], zip(p["idf"], p["coef"]))))
                      for p in data["parts"]]
        self.intercept = float(data["intercept"])
        # per char_wb part: word -> its n-grams that are in the vocabulary, in _grams' order (words repeat across
        # messages; the counts, their order and so the sums are exactly those of _grams)
        self._word_grams: list[dict[str, tuple[str, ...]]] = [{} for _ in self.parts]

    def _grams(self, analyzer: str, lo: int, hi: int, text: str) -> list[str]:
        out: list[str] = []
        if analyzer == "char_wb":
            for w in self.SPACE.sub(" ", text).split():
                w = " " + w + " "
                for n in range(lo, hi + 1):  # as scikit-learn's "char_wb"
                    out.extend(w[i:i + n] for i in range(max(1, len(w) - n + 1)))
                    if len(w) <= n:
                        break
        else:
            toks = self.TOKEN.findall(text)
            for n in range(lo, hi + 1):
                out.extend(" ".join(toks[i:i + n]) for i in range(len(toks) - n + 1))
        return out

    def _known_grams(self, k: int, lo: int, hi: int, table: dict, text: str):
        """The char_wb n-grams of ``text`` that are in ``table``, word by word through a cache."""
        cache = self._word_grams[k]
        for w in self.SPACE.sub(" ", text).split():
            found = cache.get(w)
            if found is None:
                if len(cache) > 50000:
                    cache.clear()
                found = cache[w] = tuple(g for g in self._grams("char_wb", lo, hi, w) if g in table)
            yield from found

    def proba(self, text: str) -> float:
        text = text.lower()
        z = self.intercept
        for k, (analyzer, (lo, hi), table) in enumerate(self.parts):
            counts: dict[str, int] = {}
            if analyzer == "char_wb":
                for g in self._known_grams(k, lo, hi, table, text):
                    counts[g] = counts.get(g, 0) + 1
            else:
                for g in self._grams(analyzer, lo, hi, text):
                    if g in table:
                        counts[g] = counts.get(g, 0) + 1
            weights = {g: (1.0 + math.log(n)) * table[g][0] for g, n in counts.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            z += sum(w / norm * table[g][1] for g, w in weights.items())
        return 1.0 / (1.0 + math.exp(-z))


WORD = re.compile(r"\w+", re.UNICODE)
# words in quotation marks inside the message: what someone else said or wrote
# (session 14, THREAT's note) an apostrophe between two letters stays inside a single-quoted quote ("wrote 'you're dead'")
QUOTED = re.compile(r"(?<!\w)'(?:[^'\n]|(?<=\w)'(?=\w)){2,300}'(?!\w)|\"[^\"\n]{2,300}\"|»[^«\n]{2,300}«|“[^”\n]{2,300}”|„[^“”\n]{2,300}[“”]")
FORMAL = {"De": "du", "Dem": "dig", "Deres": "din"}
CAPS_WORD = re.compile(r"\b[A-ZÆØÅ]{2,}\b")
SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)\w")
TEXT = "triage_text"  # Doc.user_data key: the doc's text, kept once
HYPERBOLE = "triage_hyperbole"  # Doc.user_data key: the message has hyperbole about the writer (a model feature)
LEXICON_HITS = "triage_lexicon_hits"  # Doc.user_data key: the lexicon matcher's hits on this doc
SHOUTED = "triage_shouted_text"  # Doc.user_data key: the message as written, when it was read in lower case


class TriageModel:
    """Compiled lexicons (spaCy Matcher on lemmas) plus the trained weights."""

    def __init__(self, config_path: Path | None = None, weights: Path | None | bool = None, nlp=None):
        from .nlp import load as load_nlp
        from .tone.lexicon import ClassSpec, LexiconMatcher

        self.config = load_config(config_path)
        self.nlp = nlp or load_nlp()
        c = self.config
        specs = [ClassSpec(name, cls.label, tuple(_entries(cls.entries))) for name, cls in c.classes.items()]
        specs += [ClassSpec("safety:" + name, s.label, tuple(_entries(s.entries))) for name, s in c.safety.items()]
        specs.append(ClassSpec("not:third_party", "", tuple(_entries(c.third_party))))
        specs.append(ClassSpec("not:self_hyperbole", "", tuple(_entries(c.self_hyperbole))))
        if c.self_harm:
            specs.append(ClassSpec(SELF_HARM, c.self_harm.label, tuple(_entries(c.self_harm.entries))))
        self.matcher = LexiconMatcher(self.nlp, specs)
        self.labels = {s.name: s.label for s in specs}
        beside = config_path.with_name(safety.SAFETY_FILE) if config_path else None
        self.composed = safety.load(beside if beside and beside.exists() else None)
        self.labels.update(self.composed.labels)
        self.labels[MODEL_SIGN] = MODEL_SIGN_LABEL  # (THREAT) where the classifier saw a threat
        self.labels[MODEL_WORDS] = MODEL_WORDS_LABEL
        self.labels[CAUTION] = CAUTION_LABEL
        self.quoted = [re.compile(p) for p in c.quoted]
        self.not_in_quotes = frozenset(c.not_in_quotes)
        self.normalize = {k.lower(): v for k, v in c.normalize.items()}
        self.english = c.english
        if c.english is not None:
            self._english_words, self._danish_words = frozenset(c.english.words), frozenset(c.english.danish)
            self._english_normalize = {**self.normalize, **{k.lower(): v for k, v in c.english.normalize.items()}}
        if weights is False:
            self.model = None
        else:
            path = weights or WEIGHTS_FILE
            self.model = _Softmax(json.loads(Path(path).read_text(encoding="utf-8")))
        self.threat = None
        if weights is not False and THREAT_FILE.exists():
            self.threat = ThreatClassifier(json.loads(THREAT_FILE.read_text(encoding="utf-8")))

    # -- text ------------------------------------------------------------------------------------
    def own_text(self, text: str) -> str:
        """The message with quoted earlier mails blanked out (offsets kept)."""
        chars = list(text)
        for p in self.quoted:
            for m in p.finditer(text):
                for i in range(m.start(), m.end()):
                    if chars[i] != "\n":
                        chars[i] = " "
        return "".join(chars)

    def doc(self, text: str):
        own = self.own_text(text)
        low = own.lower()
        letters = [c for c in own if c.isalpha()]
        if len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.6 * len(letters) and len(low) == len(own):
            # a message written in capitals: the pipeline reads words and lemmas in lower case (offsets kept);
            # the form features and the signals' text keep the capitals
            doc = self.nlp(SENTENCE_START.sub(lambda mm: mm.group(0).upper(), low))  # "Jeg har. Svar nu"
            doc.user_data[SHOUTED] = own
        else:
            doc = self.nlp(own)
        doc.user_data[TEXT] = doc.text  # spaCy rebuilds Doc.text from the tokens on every access: once here
        norm = self._english_normalize if self._is_english(doc) else self.normalize
        for t in doc:
            low = t.lower_
            if t.text in FORMAL and (t.text != "De" or not t.is_sent_start):
                t.lemma_ = FORMAL[t.text]  # the formal "De/Dem/Deres" addresses the reader as "du/dig/din"
            elif low in norm:
                t.lemma_ = norm[low]
            elif t.lemma_ and t.lemma_ != t.lemma_.lower():
                t.lemma_ = t.lemma_.lower()
        return doc

    def _is_english(self, doc) -> bool:
        """More English function words than twice the Danish ones ("I regret moving here": "I" is the writer,
        not the Danish "I", and "a"/"do" are not the dialect's "jeg"/"du")."""
        if self.english is None:
            return False
        words = [t.lower_ for t in doc]
        english = sum(w in self._english_words for w in words)
        return english > 0 and english > 2 * sum(w in self._danish_words for w in words)

    # -- signs ----------------------------------------------------------------------------------
    def _lexicon_hits(self, doc):
        """The lexicon matcher's hits, matched once per doc (``cautious`` asks again per field)."""
        found = doc.user_data.get(LEXICON_HITS)
        if found is None:
            found = doc.user_data[LEXICON_HITS] = self.matcher.match(doc)
        return found

    def hits(self, doc):
        """(class, start token, end token) hits; safety hits in quotation marks (someone
        else's words) or in a sentence that reports a third party's threat or is hyperbole
        about the writer are dropped."""
        hits = self._lexicon_hits(doc) + self.composed.hits(doc)
        # a third party's threat excuses its sentence; hyperbole about the writer ("I dræber
        # mig med papirer") only the signs it overlaps, so a threat beside it still counts
        excused = {doc[h.start].sent.start for h in hits if h.cls == "not:third_party"}
        hyperbole = [(h.start, h.end) for h in hits if h.cls == "not:self_hyperbole"]
        doc.user_data[HYPERBOLE] = bool(hyperbole)
        quotes = [m.span() for m in QUOTED.finditer(_text(doc))]
        out = []
        unquoted = self.not_in_quotes
        for h in hits:
            if h.cls.startswith("not:"):
                continue
            if h.cls in unquoted and any(a <= doc[h.start].idx < b for a, b in quotes):
                continue  # "et brev om 'revurdering af hjælpebehov'": the letter's word, not the writer's stance
            if h.cls in ("disagree_decision", "complaint") and _general_question(doc, h.start):
                continue  # "hvor lang tid har man til at klage over en afgørelse?" asks how, it does not complain
            if h.cls == "question" and doc[h.start].lemma_ in ASKING_FIRST and _statement(doc, h.start):
                continue  # "Det kan I lige så godt vænne jer til." asks nothing
            if h.cls == SELF_HARM and any(a < h.end and h.start < b for a, b in hyperbole):
                continue  # (THREAT) "det her skema tager livet af mig, haha": a figure of speech, no self-harm
            if h.cls.startswith(("safety:", "watch:", "frame:")):
                if self.composed.excused(doc, h.start, h.end):
                    continue
                if any(a < h.end and h.start < b for a, b in hyperbole):
                    continue
                at = doc[h.start].idx
                if (doc[h.start].sent.start in excused or any(a < at < b for a, b in quotes)) \
                        and not self.composed.staff_note(doc):  # (THREAT) a staff note: the citizen's threat, written down
                    if h.cls.startswith("safety:"):
                        # someone else's threat, told or quoted by the writer: no threat from the
                        # writer, but a message that is never green ("told:")
                        out.append(type(h)("told:" + h.cls, h.start, h.end))
                    continue
            if h.cls == SELF_HARM and any(t.lower_ == "mig" for t in doc[h.start:h.end]):
                at = doc[h.start].idx
                if doc[h.start].sent.start in excused or any(a < at < b for a, b in quotes):
                    # "han har skrevet, at han vil 'gøre det af med mig'": someone else's threat against the
                    # writer, told or quoted, not the writer's own words about harming themself
                    out.append(type(h)("told:" + h.cls, h.start, h.end))
                    continue
            out.append(h)
        told = [h for h in out if h.cls.startswith("told:")]
        if quotes and excused:
            # a sentence that reports what someone else said, with a quotation ("Min nabo sagde, at han ville
            # 'smadre mig', hvis jeg parkerer der igen"): its "igen" belongs to the report, not to repeated requests
            quoted_sents = {doc.char_span(a, b, alignment_mode="expand").start for a, b in quotes}
            quoted_sents = {doc[i].sent.start for i in quoted_sents if i < len(doc)}
            out = [h for h in out if not (h.cls == "repeated" and doc[h.start].sent.start in excused
                                          and doc[h.start].sent.start in quoted_sents)]
        if told:
            # a sentence that tells someone else's threat: its words of repetition are that person's ("min
            # ekskæreste har igen skrevet, at …"), and no class reads the quoted threat itself ("af med mig")
            told_sents = {doc[h.start].sent.start for h in told}
            out = [h for h in out if h.cls.startswith(("told:", "safety:", "watch:", "frame:")) or not (
                any(h.start < t.end and t.start < h.end for t in told)
                or (h.cls == "repeated" and doc[h.start].sent.start in told_sents))]
        if self.config.promised_not_by:
            # (session 12) "Min ekskone har skrevet, at hun vil …": another person's words, no promise of yours
            others = set(self.config.promised_not_by)
            out = [h for h in out if h.cls != "promised" or not any(
                t.lower_ in others or (t.lemma_ or "").lower() in others
                for t in doc[doc[h.start].sent.start:h.start])]
        if self.config.quoted_term and quotes:
            out = out + self._quoted_terms(doc, quotes, out)
        if self.config.framed:
            out = self._framed(doc, out)
        if self.config.irony:
            out = self._ironic(doc, out)
        if self.config.absorbers:
            out = self._absorbed(doc, out, quotes)
        if self.config.reader_repeat:
            out = self._reader_repeats(doc, out)
        if (victim := self.config.victim) and victim.joke and (cues := [h for h in out if h.cls in victim.classes]) \
                and any(h.cls in victim.laughter for h in out) and not told and not any(
                    h.cls.startswith(("safety:", "watch:", "frame:")) or h.cls == SELF_HARM for h in out) \
                and all(any(c.start <= i < c.end for c in cues)  # the only word of violence is the cue's "truer"
                        for i in self.composed.caution_tokens(doc) + self.composed.never_green_tokens(doc)) \
                and all(t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "med"  # "truer med at …", not "truer mig"
                        for t in doc if (t.lemma_ or "").lower() == "true"):
            # (session 9) "Min svigerfar truer med at flytte ind hos os 😂": a relative's joke, no report of violence
            out = [type(h)(victim.joke, h.start, h.end) if h in cues else h for h in out]
        if (victim := self.config.victim) and (cues := [h for h in out if h.cls in victim.classes]) and (
                told or (harm := self.composed.caution_tokens(doc) + self.composed.never_green_tokens(doc))
                or (reports := [h for h in cues if h.cls in victim.reports])):
            # (TRIAGE, session 7) fear told beside a victim's report of violence ("Jeg er bange" for the ex-partner)
            # is that report, not frustration with us; (session 10) so are the absorbed classes' words in the
            # sentence that tells the violence ("Min ekskæreste skriver hele tiden, at han vil slå mig ihjel");
            # (session 12) also beside a report in words that are no sign ("har stået uden for min dør og råbt")
            told_sents = {doc[i].sent.start for i in (harm if not told else [])} | {
                doc[h.start].sent.start for h in told}
            if not told and not harm:
                told_sents |= {doc[h.start].sent.start for h in reports}
            out = [h for h in out if h.cls in victim.classes or h.cls not in victim.absorbs
                   or not (any(h.start < c.end and c.start < h.end for c in cues)
                           or doc[h.start].sent.start in told_sents)]
        return out

    def _quoted_terms(self, doc, quotes, hits) -> list:
        """Hits of ``quoted_term.count_as`` for a question about a quoted term (session 12)."""
        from .tone.lexicon import Hit

        qt = self.config.quoted_term

        def same(t, w: str) -> bool:
            return w == t.lower_ or w == (t.lemma_ or "").lower()

        out = []
        for a, b in quotes:
            inside = [t.i for t in doc if a <= t.idx < b]
            if not inside:
                continue
            first, last = inside[0], inside[-1]
            sent = doc[first].sent
            for pattern in qt.patterns:
                words = pattern.split()
                k = words.index("Q")
                before, after = words[:k], words[k + 1:]
                start, end = first - len(before), last + 1 + len(after)
                if start < sent.start or end > sent.end:
                    continue
                if all(same(doc[start + j], w) for j, w in enumerate(before)) and all(
                        same(doc[last + 1 + j], w) for j, w in enumerate(after)):
                    for h in hits:
                        if h.cls in qt.extend and sent.start <= h.start < start and start - h.end <= 2:
                            start = min(start, h.start)
                    out.append(Hit(qt.count_as, start, end))
                    break
        return out

    def _ironic(self, doc, hits):
        """Praise beside a bad fact is sarcasm; alone it is praise (``irony`` in rules/triage.yaml; session 9). Words
        about harming oneself that are the sarcasm itself ("Tak for ingenting.") are no such words."""
        ir = self.config.irony
        order = [st.start for st in doc.sents]
        bad = {doc[h.start].sent.start for h in hits if h.cls in ir.context}
        near_bad = {doc[h.start].sent.start for h in hits if h.cls in ir.near_context} if ir.near else set()
        out = []
        for h in hits:
            if h.cls in ir.near:
                if doc[h.start].sent.start not in near_bad:
                    continue  # plain praise or thanks
                h = type(h)(ir.count_as, h.start, h.end)
            elif h.cls in ir.classes:
                k = order.index(doc[h.start].sent.start)
                if not bad & set(order[max(0, k - ir.back):k + 1 + ir.reach]):
                    continue  # plain praise
                h = type(h)(ir.count_as, h.start, h.end)
            out.append(h)
        sarcasm = [(h.start, h.end) for h in out if h.cls == ir.count_as]
        if sarcasm:
            out = [h for h in out if not (h.cls == SELF_HARM and any(a <= h.start and h.end <= b or (
                h.start <= a and b <= h.end and sum(t.is_alpha for t in doc[h.start:h.end]) <= 4) for a, b in sarcasm))]
        return out

    def _reader_repeats(self, doc, hits):
        """Repetition words about what the reader did again become ``reader_repeat.count_as`` (session 9)."""
        rr = self.config.reader_repeat
        weak_words = set(rr.weak_words)

        def candidate(h) -> bool:
            return h.cls in rr.classes or (h.cls in rr.weak and all(
                t.lower_ in weak_words for t in doc[h.start:h.end] if t.is_alpha))

        if not any(map(candidate, hits)) or any(h.cls in rr.not_with for h in hits):
            return hits
        contact, nouns = set(rr.contact), set(rr.contact_nouns)
        failing = {doc[h.start].sent.start for h in hits if h.cls in rr.failure and not any(
            doc[j].lower_ in WRITER_SUBJECT for j in range(max(doc[h.start].sent.start, h.start - 3), h.start))}
        sents = list(doc.sents)
        index = {st.start: k for k, st in enumerate(sents)}

        def writer_contacts(sent) -> bool:
            # a contact word with jeg/vi just before it ("jeg har skrevet", "tredje gang, jeg skriver", "har jeg
            # sendt"); "Mit barn er blevet sendt hjem …, uden at vi fik besked" is no contact of the writer's
            return any(((t.lemma_ or t.lower_).lower() in contact or t.lower_ in contact) and any(
                doc[j].lower_ in WRITER_SUBJECT for j in range(max(sent.start, t.i - 3), t.i)) for t in sent)

        def reader_fails(sent) -> bool:
            # a statement: "Kan I sende det igen?" asks for it again, it tells of no failure
            return "?" not in sent.text and (sent.start in failing or any(_you_subject(doc, t, sent) for t in sent))

        out = []
        for h in hits:
            if candidate(h):
                sent = doc[h.start].sent
                if any((t.lemma_ or t.lower_).lower() in nouns or t.lower_ in nouns for t in doc[h.start:h.end]) \
                        or writer_contacts(sent):
                    out.append(h)  # "tredje gang, jeg skriver", "mine mails": the writer's own contacts
                    continue
                k = index[sent.start]
                before = sents[k - 1] if k else None
                # the sentence before counts when this one tells of no contact of the writer's ("I har aflyst vores tid.
                # Vi tager fri fra arbejde hver gang.")
                if reader_fails(sent) or (before is not None and reader_fails(before) and not writer_contacts(before)):
                    h = type(h)(rr.count_as, h.start, h.end)
            out.append(h)
        ours = [(h.start, h.end) for h in out if h.cls == rr.count_as]
        # a weak word over the same place ("For anden gang" as `repeated`) is the same failure of ours
        return [h for h in out if not (h.cls in rr.weak and any(h.start < b and a < h.end for a, b in ours))]

    def _absorbed(self, doc, hits, quotes):
        """Drop the class hits an absorber's cue explains (``absorbers`` in rules/triage.yaml; TRIAGE, session 8)."""
        for ab in self.config.absorbers:
            cues = [h for h in hits if h.cls in ab.classes]
            if ab.unless and cues:
                # (session 9) "Det er min skyld, at jeg stolede på jer": a cue beside these classes is none
                against = {doc[h.start].sent.start for h in hits if h.cls in ab.unless}
                bad = [h for h in cues if doc[h.start].sent.start in against or (ab.unless_anywhere and against)]
                if bad:
                    hits = [h for h in hits if h not in bad]
                    cues = [h for h in cues if h not in bad]
            if ab.about_writer:
                bad = [h for h in cues if not _about_writer(doc, h, quotes)]
                if bad:
                    hits = [h for h in hits if h not in bad]
                    cues = [h for h in cues if h not in bad]
            if not cues:
                continue
            if ab.scope == "clause":
                # (session 8) only the cue's own clause: "Jeg glemte at nævne, at det er tredje gang, jeg skriver uden
                # svar" keeps its count of requests; the next sentences with `reach`, when short and not about the reader
                spans = [_clause(doc, c) for c in cues]
                if ab.reach:
                    order = [st.start for st in doc.sents]
                    for c in cues:
                        k = order.index(doc[c.start].sent.start)
                        for nxt in order[k + 1:k + 1 + ab.reach]:
                            sent = doc[nxt].sent
                            words = [t for t in sent if t.is_alpha]
                            if len(words) > SHORT_SENTENCE or any(map(_reader_word, sent)):
                                break  # a longer sentence, or one that speaks to or of the reader ("Det er jeres fejl!")
                            spans.append((sent.start, sent.end))
                cue_sents = {doc[c.start].sent.start for c in cues}

                def contrasted(h) -> bool:
                    # (session 9) "Undskyld min tone, men jeg er træt af at vente": after "men" the writer says what
                    # the apology does not take back
                    return not any(doc[j].lower_ in CONTRAST for c in cues if doc[c.start].sent.start
                                   == doc[h.start].sent.start for j in range(c.end, h.start))

                hits = [h for h in hits if h.cls not in ab.absorbs or not (
                    any(a <= h.start < b for a, b in spans)
                    or (doc[h.start].sent.start in cue_sents and _writer_clause(doc, h) and contrasted(h)))]
            elif ab.scope == "sentence":
                sents = {doc[c.start].sent.start for c in cues}
                hits = [h for h in hits if h.cls not in ab.absorbs or doc[h.start].sent.start not in sents]
            else:
                hits = [h for h in hits if h.cls not in ab.absorbs
                        or not any(h.start < c.end and c.start < h.end for c in cues)]
        return hits

    def _framed(self, doc, hits):
        """Hits of a ``framed`` class count as its ``count_as`` class only with a frame (TRIAGE, session 7)."""
        out = []
        for h in hits:
            fr = next((f for f in self.config.framed if f.name == h.cls), None)
            if fr is None:
                out.append(h)
                continue
            sent = doc[h.start].sent.start
            framed = any(g.cls in fr.frames and doc[g.start].sent.start == sent for g in hits)
            if fr.vocative and h.start == doc[h.start].sent.start and h.end < len(doc) and doc[h.end].text == ",":
                framed = True
            j = h.start - 1
            while not framed and j >= max(0, h.start - 4):
                t = doc[j]
                if t.lower_ in fr.before:
                    framed = True
                elif not (t.lower_ in FRAME_FILLERS or (t.is_alpha and len(t) > 3 and t.lower_.endswith("s"))):
                    break  # only determiners, quantifiers and genitives stand between "til" and the word
                j -= 1
            if framed:
                out.append(type(h)(fr.count_as, h.start, h.end))
        return out

    def cautious(self, doc, found: list[int] | None = None) -> list[int]:
        """Tokens that speak of violence, weapons or threats (``caution`` in rules/sikkerhed.yaml)
        in the writer's own words: not in quotation marks, not in a sentence that reports a third
        party's threat or is hyperbole about the writer, not a report of what happened."""
        found = self.composed.caution_tokens(doc) if found is None else found
        if not found:
            return []
        hits = self._lexicon_hits(doc)
        excused = {doc[h.start].sent.start for h in hits if h.cls == "not:third_party"}
        hyperbole = [(h.start, h.end) for h in hits if h.cls == "not:self_hyperbole"]
        quotes = [mm.span() for mm in QUOTED.finditer(_text(doc))]
        out = []
        for i in found:
            if doc[i].sent.start in excused or any(a <= i < b for a, b in hyperbole):
                continue
            if any(a < doc[i].idx < b for a, b in quotes) or self.composed.excused(doc, i, i + 1):
                continue
            out.append(i)
        return out

    def threat_probability(self, own: str) -> float:
        """The threat classifier's probability for the writer's own words (quotations blanked)."""
        if self.threat is None:
            return 0.0
        for m in QUOTED.finditer(own):
            own = own[:m.start()] + " " * (m.end() - m.start()) + own[m.end():]
        return self.threat.proba(own)

    def features(self, text: str):
        doc = self.doc(text)
        hits = self.hits(doc)
        v: dict[str, float] = {}
        counts: dict[str, int] = {}
        for h in hits:
            counts[h.cls] = counts.get(h.cls, 0) + 1
        for cls, n in counts.items():
            if cls.startswith("safety:"):
                v["safety"] = 1.0
                continue
            if cls == SELF_HARM or cls.startswith(("watch:", "frame:", "told:")):  # decided by rules in triage()
                continue
            v["lex:" + cls] = 1.0
            if n >= 3:
                v["lex:" + cls + ":3+"] = 1.0
        if doc.user_data.get(HYPERBOLE):
            v["lex:self_hyperbole"] = 1.0  # "skemaet slår mig ihjel": a figure of speech about the writer
        own = doc.user_data.get(SHOUTED) or _text(doc)
        words = WORD.findall(own)
        n = len(words)
        caps = [w for w in CAPS_WORD.findall(own) if len(w) >= 3]
        if len(caps) >= 3:
            v["form:shouting"] = 1.0
        elif caps:
            v["form:capital_word"] = 1.0
        if "!!" in own:
            v["form:exclamations"] = 1.0
        if "??" in own or "?!" in own:
            v["form:question_marks"] = 1.0
        if n and own == own.lower() and n > 3:
            v["form:lowercase"] = 1.0
        v["form:short"] = 1.0 if n <= 20 else 0.0
        v["form:long"] = 1.0 if n > 60 else 0.0
        if own.rstrip().endswith("?"):
            v["form:ends_with_question"] = 1.0
        for t in doc:
            if t.is_alpha and not t.is_stop and len(t) > 2:
                v["ord:" + (t.lemma_ or t.lower_).lower()] = 1.0
            elif t.is_alpha:
                # small words carry the stance: "hvorfor", "ikke", "igen", "nu", "du"/"jeg"
                v["stop:" + t.lower_] = 1.0
        return {k: x for k, x in v.items() if x}, doc, hits


# words that ask only at the start of a sentence or before a question mark ("kan I", "hvornår har");
# "vil gerne vide, hvornår …" asks anywhere
ASKING_FIRST = frozenset({"kunne", "måtte", "skulle", "være", "hvordan", "hvornår", "hvilken", "hvor", "hvem", "hvad"})


def _general_question(doc, i: int) -> bool:
    """The token stands in a question about what one ("man") may do: "Hvordan klager man over en afgørelse?",
    "hvor lang tid har man til at klage" (a question mark, or a sentence without end punctuation that starts
    with a question word)."""
    sent = doc[i].sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not any(t.lower_ == "man" for t in words):
        return False
    return "?" in sent.text or (not sent.text.rstrip().endswith((".", "!"))
                                and bool(words) and words[0].lower_.startswith("hv"))


FIRST_PERSON = frozenset({"jeg", "mig", "min", "mit", "mine", "vi", "os", "vores", "my", "æ", "a"})
WRITER_SUBJECT = frozenset({"jeg", "vi", "æ", "a", "i'm"})
# the present tense of "komme til at" is a prediction ("Jeg kommer til at klage"), not the past mishap "kom til at"
NOT_A_MISHAP = frozenset({"kommer", "komme"})
NEGATIONS = frozenset({"ikke", "ingen", "aldrig", "ik", "ikk", "not", "never"})
# after "i"/"I", a verb makes it the pronoun ("I har", "i sagde"); "i går" (yesterday) is the preposition
PRONOUN_VERBS = frozenset({"har", "havde", "er", "var", "skal", "skulle", "kan", "kunne", "vil", "ville", "må",
                           "måtte", "gør", "gjorde", "tog", "gav", "fik", "lod", "bør", "burde", "lovede", "sagde",
                           "skrev", "sendte", "glemte", "lavede", "trak"})
CLAUSE_OPENERS = frozenset({",", "og", "men", "så", "da", "fordi", "når", "hvis", "at", ":", "–", "-"})


def _you_subject(doc, t, sent) -> bool:
    """The token is the reader as the one who acts: "du", "De" inside a sentence, "I"/"i" before a verb, or "jeres/din
    X" opening a clause ("Jeres medarbejder har …"), not "jeres brev" as an object."""
    low = t.lower_
    nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
    prev = doc[t.i - 1].lower_ if t.i > sent.start else ","
    if low == "du" or (t.text == "De" and t.i > sent.start):
        return True
    if low == "i":
        return t.text == "I" and t.i > sent.start or nxt in PRONOUN_VERBS
    return (low in ("jeres", "din", "dit", "dine") or t.text == "Deres") and prev in CLAUSE_OPENERS


# (TRIAGE, session 14) someone a threat could be aimed at: the reader, a third person, a member of staff or their place
TARGET_WORDS = frozenset({"han", "hun", "ham", "hende", "he", "she", "him", "her", "they", "them", "you", "your",
                          "yourself", "people", "dem", "nogen", "nogle", "somebody", "someone"})
TARGET_STEMS = ("sagsbehandler", "medarbejder", "leder", "chef", "kontor", "rådhus", "jobcent", "borgerservice",
                "kommune", "forvaltning", "pædagog", "lærer", "socialrådgiver", "rådgiver", "personale", "worker",
                "office", "staff", "visitation", "borgmester", "politiker", "afdeling")
# lowercase "i" is the pronoun after these words ("hvis i tager mine børn"), unless a word of time follows ("i går")
PRONOUN_AFTER = frozenset({"hvis", "når", "at", "fordi", "som", "da", "så", "og", "men", "nu", "bare", "lige"})
TIME_AFTER = frozenset({"går", "morgen", "morges", "dag", "aften", "aftes", "nat", "nat.", "år", "forgårs", "overmorgen",
                        "weekenden", "ugen", "sommer", "vinter", "foråret", "efteråret", "alt", "hvert", "stedet"})


def _green_kind(config: TriageConfig, hits, values) -> bool:
    """A ceiling to groen applies to the message (a kind of message that is green whatever the model says)."""
    return (c := _ceiling(config, hits, "gul", values)) is not None and c.max_step == "groen"


def _has_target(doc) -> bool:
    """The message names someone a threat could be aimed at (TRIAGE, session 14): the reader ("du", "jer", "I" …), a
    third person ("han", "hende"), a member of staff or their place ("sagsbehandleren", "rådhuset")."""
    for t in doc:
        low = t.lower_
        if _reader_word(t) or low in TARGET_WORDS or low.startswith(TARGET_STEMS):
            return True
        if low == "i" and t.text == "i":
            nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
            prev = doc[t.i - 1].lower_ if t.i > 0 else ""
            if nxt in PRONOUN_VERBS or (prev in PRONOUN_AFTER and nxt not in TIME_AFTER and doc[t.i + 1].is_alpha
                                        if t.i + 1 < len(doc) else False):
                return True
    return False


CONTRAST = frozenset({"men", "but", "alligevel", "dog"})
CLAUSE_BREAKS = frozenset({",", ";", ":", "–", "—", "-", "men", "og", "fordi", "selvom", "så"})
SHORT_SENTENCE = 6


def _clause(doc, h) -> tuple[int, int]:
    """The token span of the clause around a hit: within its sentence, between the nearest clause breaks (a comma, a
    dash, "men", "og") outside the hit."""
    sent = doc[h.start].sent
    a = h.start
    while a > sent.start and doc[a - 1].lower_ not in CLAUSE_BREAKS:
        a -= 1
    b = h.end
    while b < sent.end and doc[b].lower_ not in CLAUSE_BREAKS:
        b += 1
    if not any(t.is_alpha for t in doc[a:h.start]) and not any(t.is_alpha for t in doc[h.end:b]):
        # the cue is a clause of its own ("Fejl fra min side, jeg sendte den to gange"; "…, min fejl."): the clause it
        # names is the one beside it
        if b < sent.end:
            b += 1
            # (TRIAGE, session 10) "Pinligt, men jeg har vist betalt to gange": a conjunction right after the comma
            # opens the clause beside the cue; it does not end it
            while b < sent.end and doc[b].lower_ in CLAUSE_BREAKS and doc[b].is_alpha:
                b += 1
            while b < sent.end and doc[b].lower_ not in CLAUSE_BREAKS:
                b += 1
        elif a > sent.start:
            a -= 1
            while a > sent.start and doc[a - 1].lower_ not in CLAUSE_BREAKS:
                a -= 1
    return a, b


def _writer_clause(doc, h) -> bool:
    """The hit's clause tells of the writer ("jeg var stresset") and has no word for the reader."""
    a, b = _clause(doc, h)
    words = doc[a:b]
    return any(t.lower_ in WRITER_SUBJECT for t in words) and not any(map(_reader_word, words))


def _reader_word(t) -> bool:
    """A word for the reader: "du", "jer", "dine" …, or the capitalised "I", "De", "Dem", "Deres"."""
    return t.lower_ in SECOND_PERSON or t.text in ("I", "De", "Dem", "Deres")


def _about_writer(doc, h, quotes) -> bool:
    """The hit's sentence is about the writer's own mistake and blames nobody else (TRIAGE, session 8): the reader is
    not the one who acts ("I har ved en fejl trukket mig to gange", "Du skal ikke tro, at jeg har glemt, at du lovede
    …", "Jeres medarbejder har ved et uheld …" are complaints; "Jeg har slettet jeres brev ved en fejl" is not); a cue
    without a first-person word of its own ("ved en fejl", "undskyld rodet") needs "jeg"/"vi" in the sentence
    ("Sagsbehandleren har ved en fejl sendt mit brev …" is a complaint). Not the prediction "kommer til at"."""
    span = doc[h.start:h.end]
    if any(t.lower_ in NOT_A_MISHAP for t in span):
        return False
    sent = doc[h.start].sent
    if any(doc[j].lower_ in NEGATIONS for j in range(max(sent.start, h.start - 3), h.start)):
        return False  # "Det er ikke min skyld, …", "ikke en fejl fra min side": the writer denies the mistake
    # an emoji ends a thought even where the sentence splitter goes on ("… ved en fejl 😬 Kan I sende det igen?")
    a, b = sent.start, sent.end
    for t in sent:
        if t.text.strip() and all(unicodedata.category(ch) in ("So", "Sk", "Mn", "Cf") for ch in t.text):
            if t.i < h.start:
                a = t.i + 1
            elif t.i >= h.end:
                b = min(b, t.i)
    own = [t for t in doc[a:b] if not any(qa <= t.idx < qb for qa, qb in quotes)]
    if any(_you_subject(doc, t, sent) for t in own):
        return False
    if any(t.lower_ in FIRST_PERSON for t in span):
        return True
    return any(t.lower_ in WRITER_SUBJECT for t in own)


def _statement(doc, i: int) -> bool:
    """The token starts no question: its sentence ends with a full stop or an exclamation mark (no
    question mark) and the token is not the sentence's first word ("Kan I …" asks; "Det kan I …" tells).
    A sentence without end punctuation (sms style) may be a question."""
    sent = doc[i].sent
    words = [t for t in sent if not (t.is_punct or t.is_space)]
    if not words or words[0].i == i or "?" in sent.text:
        return False
    return sent.text.rstrip().endswith((".", "!"))


def _text(doc) -> str:
    """The doc's text: kept by ``TriageModel.doc`` (``Doc.text`` joins every token again on each access)."""
    return doc.user_data.get(TEXT) or doc.text


def _entries(entries):
    return [tuple(e) if isinstance(e, list) else e for e in entries]


@lru_cache(maxsize=4)
def _model(path: str) -> TriageModel:
    return TriageModel(Path(path))


_DEFAULT_CONFIG: dict[str | None, str] = {}


def model(config_path: Path | None = None) -> TriageModel:
    if config_path is not None:
        return _model(str(config_path))
    env = os.environ.get("BORGERTEKST_RULES")  # the shipped rules' folder, looked up once per setting
    if env not in _DEFAULT_CONFIG:
        _DEFAULT_CONFIG[env] = str(shipped_rules_dir() / TRIAGE_FILE)
    return _model(_DEFAULT_CONFIG[env])


def _threat_fields(m: TriageModel, doc, threat_p: float, weak=()) -> list[str]:
    """The fields of harm (``fields`` in rules/sikkerhed.yaml) in the writer's own words, aimed at
    staff or the municipality, that together with the classifier's probability, or with a weak
    sign in other words (``weak``: "tænk over det" beside "skade") and the classifier not far from
    threat-like, make a possible threat; empty when they do not."""
    c = m.composed
    watched = bool(weak) and threat_p >= WATCH_OUTSIDE
    if threat_p < min(c.threshold_strong, c.threshold_soft) and not watched:
        return []
    in_weak = {i for h in weak for i in range(h.start, h.end)}
    found = {g: kept for g, idx in c.field_tokens(doc).items() if (kept := m.cautious(doc, idx))}
    # a word of a strong field inside a weak sign is read by that sign ("kort lunte" is a temper, no
    # fire); when only the weak sign speaks for it, no field word may stand inside it
    found = {g: kept for g, idx in found.items()
             if (kept := [i for i in idx if i not in in_weak or (g not in c.strong_fields
                                                                  and threat_p >= c.threshold_strong)])}
    strong = [g for g in c.strong_fields if g in found]
    soft = [g for g in c.soft_fields if g in found]
    if strong and (threat_p >= c.threshold_strong or watched):
        return strong
    # several soft fields, in different words ("adresse" alone is not two signs)
    words = {i for g in soft for i in found[g]}
    if len(soft) >= c.soft_needed and len(words) >= c.soft_needed and threat_p >= c.threshold_soft:
        return soft
    return []


def _weak_signs(m: TriageModel, looked_at) -> str:
    """The opening of a reason naming the weak signs (without the closing parenthesis)."""
    private = all(h.cls.startswith("watch:private_life:") for h in looked_at)
    return (("Henvendelsen taler om medarbejderens privatliv (" if private
             else "Henvendelsen har svage tegn på en trussel (")
            + "; ".join(dict.fromkeys(m.labels[h.cls] for h in looked_at)))


def safety_hits(m: TriageModel, text: str):
    doc = m.doc(text)
    return [h for h in m.hits(doc) if h.cls.startswith("safety:")]


# ---- triage ---------------------------------------------------------------------------------------
def triage(text: str, config_path: Path | None = None) -> TriageResult:
    m = model(config_path)
    config = m.config
    values, doc, hits = m.features(text)
    safety = [h for h in hits if h.cls.startswith("safety:")]
    probs = m.model.proba(values) if m.model else [1.0, 0.0, 0.0, 0.0]
    best = max(range(len(probs)), key=probs.__getitem__)
    if m.model and m.model.classes[best] == OUTSIDE and not safety and any(h.cls == SELF_HARM for h in hits):
        # words about harming oneself resemble threats to the model; without a sign of a threat they
        # get the self-harm handling (a call today), never the police route
        best = max((i for i, c in enumerate(m.model.classes) if c != OUTSIDE), key=probs.__getitem__)
    if m.model and m.model.classes[best] == OUTSIDE and not safety and probs[best] < MODEL_OUTSIDE:
        # the step model (a bag of words) alone does not put a message outside the staircase on a plurality below
        # this: the safety rule, the watch signs, the fields and the threat classifier below still may
        best = max((i for i, c in enumerate(m.model.classes) if c != OUTSIDE), key=probs.__getitem__)
    step = m.model.classes[best] if m.model else "groen"
    reasons: list[str] = []
    if safety:
        step = OUTSIDE
        score = 1.0
        kinds = []
        for h in safety:
            label = m.labels[h.cls]
            if label not in kinds:
                kinds.append(label)
        reasons.append("Sikkerhedsreglen: " + "; ".join(kinds) + ". Henvendelsen er uden for trappen, "
                       "uanset hvad den ellers siger.")
    watch = watch_explained = watch_models_only = False
    self_harm = any(h.cls == SELF_HARM for h in hits)
    threat_p = m.threat_probability(_text(doc)) if not safety else 0.0
    if threat_p and config.victim and config.victim.joke and not _joke_to_staff(doc, hits, config.victim.joke):
        # (TRIAGE, session 10) a relative's joke "truer med at cykle derhen selv 😄" (`victim.joke`: laughter, "truer
        # med at", no other word of violence, no sign) in sentences that do not speak to you: the classifier reads
        # "truer"; it does not put the message outside the staircase or call it threat-like
        threat_p = 0.0
    harm_words = (m.composed.caution_tokens(doc) + m.composed.never_green_tokens(doc)) if not safety else []
    if not safety and not harm_words and _text(doc) != text:
        # a forwarded or quoted threat (the writer's own words hold none): no sign, but never green
        if m.composed.never_green_tokens(m.nlp(text)) or m.composed.caution_tokens(m.nlp(text)):
            harm_words = [0]
    if harm_words and config.victim and config.victim.joke and (
            jokes := [(h.start, h.end) for h in hits if h.cls == config.victim.joke]):
        # (session 9) a relative's "truer med at flytte ind 😂": the joke's own threat word tells of no violence
        harm_words = [i for i in harm_words if not any(a <= i < b for a, b in jokes)]
    cautious = m.cautious(doc, harm_words)
    victim_cues = [h for h in hits if config.victim and h.cls in config.victim.classes]
    victim = bool(victim_cues) and not safety and not self_harm and threat_p < THREAT_WATCH and (
        bool(harm_words) or any(h.cls.startswith("told:") for h in hits)
        or any(h.cls in config.victim.reports for h in victim_cues)) and not any(
        h.cls.startswith(("watch:", "frame:")) for h in hits) and not _addresses_staff(doc, harm_words, hits)
    if victim:
        # (TRIAGE, session 7) the writer tells of violence or threats against themself or their family and asks
        # for help: the violence words are the report, not a sign to read the message again for a threat
        cautious = []
    if harm_words and harm_words != [0]:
        # hyperbole about the writer ("skemaet slår mig ihjel, haha") tells of no violence either
        hyperbole = [(h.start, h.end) for h in m._lexicon_hits(doc) if h.cls == "not:self_hyperbole"]
        harm_words = [i for i in harm_words if not any(a <= i < b for a, b in hyperbole)]
    looked_at = [h for h in hits if h.cls.startswith("watch:")]
    watch_kinds = {h.cls.split(":")[1] for h in looked_at}
    if looked_at and any(h.cls.startswith("frame:") for h in hits):
        watch_kinds.add("frame")  # a warning phrase beside a weak sign is a second kind of sign
    if not safety and not self_harm and looked_at and (threat_p >= THREAT_WATCH or len(watch_kinds) >= 2):
        # two weak signs together: the staff member's private life (a watch sign) in words that
        # resemble threats; each alone keeps the message on the staircase, together they do not
        step = OUTSIDE
        score = threat_p
        frames = [h for h in hits if h.cls.startswith("frame:")] if "frame" in watch_kinds else []
        reasons.append(_weak_signs(m, looked_at + frames)
                       + (f"), og ordene ligner en trussel ({round(threat_p * 100)} %)" if threat_p >= THREAT_WATCH
                          else "), og flere slags tegn står sammen")
                       + ". Henvendelsen er derfor foreslået uden for trappen – læs den, og vurdér selv sammen "
                       "med din leder.")
    elif not safety and not self_harm and (fields := _threat_fields(
            m, doc, threat_p, [h for h in hits if h.cls.startswith(("watch:", "frame:"))])) \
            and not m.composed.reassures(doc):  # (reassures() is the slower test: asked only when fields are found)
        # words of the semantic fields of harm (injury, fire, weapons; or two of reckoning,
        # surveillance, the private sphere) aimed at staff or the municipality, in words the
        # threat classifier finds threat-like below its own bar: a possible threat
        step = OUTSIDE
        score = threat_p
        reasons.append("Mulig trussel: henvendelsen retter sig mod en medarbejder eller kommunen og taler om "
                       + " og ".join(m.composed.field_labels.get(f, f) for f in fields)
                       + f", og ordene ligner en trussel ({round(threat_p * 100)} %). Læs den, og følg "
                       "kommunens sikkerhedsprocedure – vurdér selv sammen med din leder.")
    elif not safety and not self_harm and threat_p >= THREAT_OUTSIDE and (
            harm_words or _has_target(doc) or not _green_kind(config, hits, values)) \
            and not m.composed.reassures(doc):
        # (TRIAGE, session 14, told to THREAT) a kind of message that is green whatever the model says (`ceilings` to
        # groen: praise of a new swimming bath "WOW hvor er den blevet flot!!! Mine piger ville slet ikke gå hjem 😍")
        # that aims at nobody (no you, no he/she, no member of staff or their place) and names no violence: the
        # classifier alone does not put it outside (the watch below decides)
        # (THREAT: words that reassure the member of staff keep the classifier alone from deciding)
        # (words about harming oneself resemble threats to the classifier; they get the
        # self-harm handling below, a call today, not the police route)
        step = OUTSIDE
        score = threat_p
        reasons.append(f"Ordene ligner de trusler, modellen er trænet på ({round(threat_p * 100)} %), selv om "
                       "ingen af sikkerhedsreglens faste tegn er fundet. Henvendelsen er derfor foreslået "
                       "uden for trappen – læs den, og vurdér selv sammen med din leder.")
    elif not safety:
        score = probs[best]
        outside = probs[m.model.classes.index(OUTSIDE)] if m.model else 0.0
        outside = max(outside, threat_p if threat_p >= THREAT_WATCH else 0.0)
        if self_harm:
            outside = 0.0
        green_ceiling = (c := _ceiling(config, hits, "gul", values)) is not None and c.max_step == "groen"
        if ((step == "groen" and probs[best] >= GREEN_SURE) or green_ceiling) and not looked_at and not cautious \
                and not harm_words and not any(h.cls.startswith(("frame:", "told:")) for h in hits) \
                and (probs[m.model.classes.index(OUTSIDE)] if m.model else 0.0) < WATCH_OUTSIDE:
            # the classifier alone against a step model sure of green, or against a kind of message that is green
            # whatever the model says (`ceilings` to groen: the writer's own slip "jeg har vist sendt den to gange …
            # I kan bare smide den første ud", TRIAGE session 11): not enough
            outside = 0.0
        watch = step != OUTSIDE and (outside >= WATCH_OUTSIDE or bool(looked_at) or bool(cautious))
        if watch:
            # the words resemble the threats the model was trained on, but no safety sign was
            # found: never call it green; the handler reads it again before answering
            if step == "groen":
                step = "gul"
                score = probs[m.model.classes.index("gul")]
            if cautious and not looked_at:
                reasons.append("Henvendelsen nævner vold, våben eller trusler ("
                               + "; ".join(dict.fromkeys(doc[i].text for i in cautious))
                               + "), men ingen af sikkerhedsreglens tegn er fundet. Læs den igen med "
                               "sikkerheden for øje, og tal med din leder, hvis du er i tvivl.")
            elif looked_at:
                reasons.append(_weak_signs(m, looked_at)
                               + "). Det er ikke i sig selv en trussel, men læs den igen, og tal med din "
                               "leder, hvis du er i tvivl.")
            elif explained := [m.labels[h.cls] for h in hits if h.cls in config.classes
                               and STEPS.index(config.classes[h.cls].step) > 0]:
                # only the models find the words threat-like, and signs of the staircase (a complaint, a count
                # of calls, insults) explain them: no threat advice beside them (TRIAGE, session 6)
                watch_explained = True
                reasons.append(f"Ordene minder lidt om en trussel ({round(outside * 100)} %), men ingen af "
                               "sikkerhedsreglens tegn er fundet, og tegnene i henvendelsen ("
                               + "; ".join(dict.fromkeys(explained)) + ") forklarer dem bedre. Læs den med "
                               "sikkerheden for øje, hvis du er i tvivl.")
            else:
                watch_models_only = True
                reasons.append(f"Ordene minder om en trussel ({round(outside * 100)} %), men ingen af "
                               "sikkerhedsreglens tegn er fundet. Læs henvendelsen igen, og tal med din leder, "
                               "hvis du er i tvivl.")
    told_threat = any(h.cls.startswith("told:") for h in hits)
    victim = victim and step != OUTSIDE and not watch
    if victim:
        allowed = set(config.victim.classes) | set(config.victim.also_allowed)
        # (TRIAGE, session 8) the report's own sentences: "Min nabo har trusler kørende mod mig, fordi jeg klagede over
        # hans hunde" - the writer's complaint about the attacker is part of the report, not a complaint about us
        told_sents = {doc[i].sent.start for i in harm_words if 0 <= i < len(doc) and harm_words != [0]} | {
            doc[h.start].sent.start for h in hits if h.cls.startswith("told:") or h.cls in config.victim.reports}
        in_report = set(config.victim.in_report)

        def reported(h) -> bool:  # a hit made only of `in_report` words, in a sentence that tells the violence
            return doc[h.start].sent.start in told_sents and all(
                (t.lemma_ or t.lower_).lower() in in_report for t in doc[h.start:h.end] if t.is_alpha)

        if step == "gul" and not {h.cls for h in hits if h.cls in config.classes
                                  and STEPS.index(config.classes[h.cls].step) > 0 and not reported(h)} - allowed:
            step = "groen"  # only the report's own words spoke for yellow ("igen" of the attacker, the fear)
            score = probs[0] if m.model else 0.0
        hits = [h for h in hits if not (h.cls in config.classes and reported(h))]
        told = [doc[i].text for i in harm_words if doc[i].text.strip()] + [
            doc[h.start:h.end].text for h in hits if h.cls.startswith("told:")]
        reasons.append(config.victim.reason.strip()
                       + (" (" + "; ".join(dict.fromkeys(told)) + ")." if told else ""))
    elif (harm_words or told_threat) and (step == "groen" or (step != OUTSIDE and not watch)):
        # violence or threats told about (a victim's report, a quoted threat): never green either,
        # and said in the reasons also when the model put the message above green by itself
        if step == "groen":
            step = "gul"
            score = probs[m.model.classes.index(step)] if m.model else 0.0
        told = [doc[i].text for i in harm_words if doc[i].text.strip()] + [
            doc[h.start:h.end].text for h in hits if h.cls.startswith("told:")]
        reasons.append("Henvendelsen fortæller om vold eller trusler"
                       + (" (" + "; ".join(dict.fromkeys(told)) + ")." if told else ", også i det, den citerer."))
    ceiling = _ceiling(config, hits, step, values) if not safety and not watch else None
    if ceiling is not None:
        step = ceiling.max_step
        score = probs[m.model.classes.index(step)] if m.model else 0.0
        reasons.append(ceiling.reason.strip())
    floor = _floor(config, doc, hits, values, step) if not safety else None
    if floor is not None:
        step = floor.min_step
        score = probs[m.model.classes.index(step)] if m.model else 0.0
        reasons.append(floor.reason.strip())
    signals = _signals(m, doc, hits, step)
    if watch_models_only and m.threat is not None and not any(
            sg.kind.startswith(("safety:", "watch:", "frame:")) for sg in signals):
        # (TRIAGE, session 7) the threat advice comes from the models alone: show the sentence that reads most like a
        # threat, so the advice has a sign beside it (as THREAT's model sign does outside the staircase)
        if (span := model_sign_span(doc, m.threat.proba)) is not None:
            written = doc.user_data.get(SHOUTED) or _text(doc)
            signals.insert(0, Signal(kind=MODEL_SIGN, label=MODEL_SIGN_LABEL,
                                     text=written[span[0]:span[1]], start=span[0], end=span[1]))
    if not signals and step not in ("groen", OUTSIDE) and cautious and not victim:
        # (TRIAGE, session 7) the words of violence or weapons named in the reasons are the sign
        written = doc.user_data.get(SHOUTED) or _text(doc)
        for i in dict.fromkeys(cautious):
            t = doc[i]
            if t.text.strip():
                signals.append(Signal(kind=CAUTION, label=CAUTION_LABEL, text=written[t.idx:t.idx + len(t)],
                                      start=t.idx, end=t.idx + len(t)))
    if not signals and step not in ("groen", OUTSIDE) and m.model:
        # (TRIAGE, session 7) a step above green always names its reason: when no class shows, the words that moved
        # the model from green to this step (EVAL eval6: three messages went yellow with no sign shown)
        signals = _model_word_signals(m, doc, values, step)
    if victim:
        written = doc.user_data.get(SHOUTED) or _text(doc)
        for h in victim_cues:
            a, b = doc[h.start].idx, doc[h.end - 1].idx + len(doc[h.end - 1])
            if not any(sg.start <= a and b <= sg.end for sg in signals):
                kind = config.victim.classes[0]  # one kind for the victim's sign, whichever cue shows it
                signals.append(Signal(kind=kind, label=m.labels[kind], text=written[a:b], start=a, end=b))
    if step == OUTSIDE and m.threat is not None and not any(s.kind.startswith(("safety:", "watch:", "frame:")) for s in signals):
        # (THREAT) outside by the classifier or the fields of harm with no sign of the rule: show the sentence
        # that reads most like a threat, so the handler sees a reason and not only a percentage
        if (span := model_sign_span(doc, m.threat.proba)) is not None:
            written = doc.user_data.get(SHOUTED) or _text(doc)
            signals.insert(0, Signal(kind=MODEL_SIGN, label=MODEL_SIGN_LABEL,
                                     text=written[span[0]:span[1]], start=span[0], end=span[1]))
    if not safety:
        found = [m.labels[c] for c in dict.fromkeys(s.kind for s in signals)]
        if found:
            reasons.append("Tegn i henvendelsen: " + ", ".join(found) + ".")
        if values.get("form:shouting"):
            reasons.append("Flere ord med store bogstaver læses som råb.")
        model_reason = len(reasons)
        reasons.append(f"Modellen vurderer {config.steps[step].label.split(' – ')[0].lower()} "
                       f"med {round(score * 100)} % sikkerhed.")
    spec = config.steps[step]
    advice, template = spec.advice.strip(), spec.template
    if step != OUTSIDE:
        # every intent that applies adds its advice (in the file's order, before the step's);
        # the first decides the template
        present = {h.cls for h in hits}
        applied = [i for i in config.intents if step in i.steps and (
            present & set(i.classes) or any(set(g) <= present for g in i.together))]
        applied = [i for n, i in enumerate(applied) if not (i.alone and n)]
        if applied:
            advice = " ".join(dict.fromkeys(i.advice.strip() for i in applied)) + " " + advice
            template = applied[0].template
            reasons.extend(dict.fromkeys(i.reason for i in applied))
        if template == "kvittering" and step in ("groen", "gul") and "question" in present and _asks(doc):
            # (TRIAGE, session 7) a message that asks something for the writer gets an answer, not only a receipt
            # ("Jeg er uenig … Hvordan klager jeg?"); the advice of the intent stays. A rhetorical question aimed at
            # us ("Hvordan kan I give afslag, når …?") is part of the complaint: the receipt stays
            template = config.watch_template
    if victim:
        advice = config.victim.advice.strip() + " " + advice
        if template == "kvittering":
            template = config.watch_template  # a report of violence gets an answer, not a receipt
    if watch and config.watch_advice and not watch_explained:
        advice = config.watch_advice.strip() + " " + advice
        if template == "kvittering":
            # no receipt for words that may be a threat: a reply written after a word with the leader
            template = config.watch_template
    concern = config.self_harm
    if concern and safety and any(h.cls == SELF_HARM for h in hits):
        # a threat and words about self-harm: safety first, and the call as well
        advice = advice + " " + concern.advice.strip()
        reasons.append(concern.reason)
    elif concern and any(h.cls == SELF_HARM for h in hits):
        # the writer may harm themself: at least the concern's step, a phone call, never a receipt
        if STEPS.index(step) < STEPS.index(concern.min_step):
            reasons[model_reason] = (reasons[model_reason][:-1] + "; trinet er hævet til "
                                     f"{config.steps[concern.min_step].label.split(' – ')[0].lower()}.")
            step = concern.min_step
            score = probs[m.model.classes.index(step)] if m.model else 0.0
            spec = config.steps[step]
            advice = spec.advice.strip()
        advice = concern.advice.strip() + " " + advice
        template = concern.template
        reasons.insert(0, concern.reason)
    log.info("triage: step=%s score=%.2f signals=%d safety=%d", step, score, len(signals), len(safety))
    return TriageResult(
        step=step, step_label=config.suggestion.format(label=spec.label), score=round(score, 4),
        signals=signals, reasons=reasons, advice=advice, template=template,
    )


FRAME_FILLERS = frozenset({"den", "det", "de", "en", "et", "alle", "hele", "både", "selve", "jeres", "vores", "min", "mit",
                           "mine", "din", "dit", "dine", "sin", "sit", "sine", "hans", "hendes", "deres", "the", "every",
                           "all", "lokale", "landsdækkende", "store", "danske", "nogle", "flere", "kære", "samtlige",
                           "diverse", "relevante", "forskellige", "mange", "andre", "både"})
ASKER = frozenset({"jeg", "vi", "man", "mig", "os"})


def _asks(doc) -> bool:
    """A sentence that ends with a question mark asks for the writer ("Hvordan klager jeg?", "Kan vi få et møde?"),
    not at us ("Hvordan kan I …?", "Hvorfor har du …?")."""
    for sent in doc.sents:
        words = [t for t in sent if not t.is_punct]
        end = sent.text.rstrip()
        if not words or not (end.endswith("?") or (
                # (session 9) sms style without a question mark: "hvad gør jeg nu", "hvordan retter jeg det"
                not end.endswith((".", "!")) and words[0].lower_.startswith("hv") and words[-1].i == sent.end - 1)):
            continue
        low = {t.lower_ for t in words}
        if low & ASKER and not (low & SECOND_PERSON or any(t.text == "I" for t in words)):
            return True
    return False


SECOND_PERSON = frozenset({"du", "dig", "din", "dit", "dine", "jer", "jeres"})


def _joke_to_staff(doc, hits, joke: str) -> bool:
    """True unless the message holds a relative's joke (``victim.joke`` hits) and none of the joke's sentences speaks to
    the reader (du/dig/jer, "I", De-form): "Min bror truer med at komme forbi dig, haha" is no joke to wave through."""
    sents = {doc[h.start].sent.start for h in hits if h.cls == joke}
    if not sents:
        return True
    for t in doc:
        # (a sentence-initial "De" is "they")
        if t.sent.start in sents and _reader_word(t) and not (t.text in FORMAL and t.is_sent_start):
            return True
    return False


def _addresses_staff(doc, harm_words, hits) -> bool:
    """A sentence with the told violence (harm words, a told threat) also speaks to the reader in the writer's own
    words (du/dig/jer, "I", De-form; not inside quotation marks): not only a report of what someone else did."""
    sents = {doc[i].sent.start for i in ([] if harm_words == [0] else harm_words) if i < len(doc)}
    sents |= {doc[h.start].sent.start for h in hits if h.cls.startswith("told:")}
    if not sents:
        return False
    quotes = [mm.span() for mm in QUOTED.finditer(_text(doc))]
    for t in doc:
        if t.sent.start in sents and (t.lower_ in SECOND_PERSON or t.text == "I" or (
                t.text in FORMAL and not t.is_sent_start)) and not any(a <= t.idx < b for a, b in quotes):
            return True
    return False


def _ceiling(config: TriageConfig, hits, step: str, values: dict[str, float] | None = None):
    """The first ceiling (``ceilings`` in rules/triage.yaml) below ``step`` that the message meets, or None."""
    if step == OUTSIDE:
        return None
    present = {h.cls for h in hits}
    for ceiling in config.ceilings:
        top = STEPS.index(ceiling.max_step)
        if STEPS.index(step) <= top or not present & set(ceiling.classes):
            continue
        if ceiling.forms and not all((values or {}).get(f) for f in ceiling.forms):
            continue
        higher = {c for c in present if c in config.classes and STEPS.index(config.classes[c].step) > top}
        if not higher - set(ceiling.also_allowed) - set(ceiling.classes):
            return ceiling
    return None


def _floor(config: TriageConfig, doc, hits, values: dict[str, float], step: str):
    """The first floor (``floors`` in rules/triage.yaml) above ``step`` that the message meets, or None."""
    if step == OUTSIDE:
        return None
    for floor in config.floors:
        if STEPS.index(step) >= STEPS.index(floor.min_step):
            continue
        if floor.unless_classes and any(h.cls in floor.unless_classes for h in hits):
            continue
        if floor.forms and all(values.get(f) for f in floor.forms):
            return floor
        if floor.with_classes and not any(h.cls in floor.with_classes for h in hits):
            continue
        if floor.with_all and not set(floor.with_all) <= {h.cls for h in hits}:
            continue
        for h in hits:
            if h.cls in floor.classes and not any(
                    doc[j].lower_ in floor.not_after for j in range(max(0, h.start - 2), h.start)):
                return floor
    return None


CAUTION = "caution"
CAUTION_LABEL = "nævner vold, våben eller trusler (ikke i sig selv en trussel)"
SIGNAL_FIRST = frozenset({"unclear"})
MODEL_WORDS = "model:words"
MODEL_WORDS_LABEL = "ord, der trækker trinet op (modellen)"


def _model_word_signals(m: TriageModel, doc, values: dict[str, float], step: str, most: int = 3) -> list[Signal]:
    """The (up to ``most``) words whose weights move the step model most from green towards ``step``, at their first
    place in the message."""
    k, g = m.model.classes.index(step), m.model.classes.index("groen")
    wk, wg = m.model.weights[k], m.model.weights[g]
    words = []
    for prefix in ("ord:", "stop:"):  # content words first; the small words only when no content word pulls
        pull = sorted(((wk.get(f, 0.0) - wg.get(f, 0.0)) * x, f) for f, x in values.items() if f.startswith(prefix))
        words = [f.split(":", 1)[1] for c, f in reversed(pull) if c > 0][:most]
        if words:
            break
    text = _text(doc)
    written = doc.user_data.get(SHOUTED) or text
    out: list[Signal] = []
    for w in words:
        t = next((t for t in doc if (t.lemma_ or t.lower_).lower() == w or t.lower_ == w), None)
        if t is not None:
            out.append(Signal(kind=MODEL_WORDS, label=MODEL_WORDS_LABEL, text=written[t.idx:t.idx + len(t)],
                              start=t.idx, end=t.idx + len(t)))
    return sorted(out, key=lambda sg: sg.start)


def _signals(m: TriageModel, doc, hits, step: str) -> list[Signal]:
    """Signs worth showing: safety signs first, then the classes pointing above green."""
    rank = {s: i for i, s in enumerate(STEPS)}
    keep = []
    for h in hits:
        if h.cls.startswith(("safety:", "watch:")) or h.cls == SELF_HARM:
            keep.append((0, h))
        elif h.cls.startswith("frame:"):
            if step == OUTSIDE:  # a warning phrase is shown only beside what made it a threat
                keep.append((0, h))
        elif h.cls.startswith("told:"):
            continue  # someone else's threat, told by the writer: in the reasons, not a sign of the writer's
        elif rank[m.config.classes[h.cls].step] > 0:
            keep.append((1, h))
    # longest first at a place; at the same place the more telling class ("forstår ikke": unclear, not frustration)
    keep.sort(key=lambda p: (p[0], doc[p[1].start].idx, -p[1].end, p[1].cls not in SIGNAL_FIRST))
    out: list[Signal] = []
    seen: set[tuple[int, int]] = set()
    text = _text(doc)
    written = doc.user_data.get(SHOUTED) or text
    for _, h in keep:
        start = doc[h.start].idx
        end = doc[h.end - 1].idx + len(doc[h.end - 1])
        if any(a <= start and end <= b for a, b in seen) or all(
                ch.isspace() or unicodedata.category(ch).startswith("P") for ch in text[start:end]):
            continue  # inside a sign already shown, or only punctuation (an emoji is a sign)
        seen.add((start, end))
        out.append(Signal(kind=h.cls, label=m.labels[h.cls], text=written[start:end], start=start, end=end))
    return out


def kind_label(kind: str, config_path: Path | None = None) -> str:
    return model(config_path).labels.get(kind, kind)
