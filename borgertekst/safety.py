"""The composed safety signs for triage (``rules/sikkerhed.yaml``).

``rules/triage.yaml`` lists fixed threat phrases. A threat is more often a combination: a word
for harm close to the person it hits ("nogen af jer kommer til skade"), knowledge of where a
member of staff lives or moves ("jeg ved, hvor din søn går til fodbold"), a weapon the writer
has, or friends who "know who you are". The combinations are data: word groups (lemmas) and
how close they must stand to an anchor word, in one sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .rulebook.loader import RuleFileError, shipped_rules_dir

SAFETY_FILE = "sikkerhed.yaml"
SELF_HARM_CLASS = "concern:self_harm"  # the class triage gives words about harming oneself (triage.SELF_HARM)
CONTENT_GROUP = "_content"  # a word group declared empty in the rule file: every content word (4+ letters, no stop word)
# (THREAT, session 8) word groups filled by safety.py: a name (a capitalised word inside a sentence that is none of the
# rule file's words: "til Dorte", "Helle"); a count of 20 or more written in digits ("sendt dig 40 beskeder")
NAME_GROUP = "_name"
MANY_GROUP = "_many"
MANY_FROM = 20
EN_I_NEXT = "en_i_next"  # (THREAT, session 10) English words after "I" that make it the English first person
SCORE_GROUP = "_score"  # (THREAT, session 8) a score in digits ("5-1", "3-2")
HYPERBOLE_CLASS = "not:self_hyperbole"  # triage's class for hyperbole about the writer (rules/triage.yaml)


@dataclass(frozen=True)
class Combo:
    kind: str
    label: str
    anchor: str
    near: dict[str, int]
    also: tuple[str, ...] = ()
    near_before: dict[str, int] | None = None
    unless_before: dict[str, int] | None = None
    unless_after: dict[str, int] | None = None
    anywhere: tuple[str, ...] = ()  # groups that must stand somewhere in the message
    unless_anywhere: tuple[str, ...] = ()  # groups that, anywhere in the message, take the combination back

    @property
    def needed(self) -> frozenset[str]:
        """Groups that must stand in the anchor's sentence."""
        return frozenset((*self.near, *(self.near_before or {})))


@dataclass(frozen=True)
class ComposedHit:
    """Same shape as the lexicon's hits: class and token span."""

    cls: str
    start: int
    end: int


class SafetyRules:
    def __init__(self, data: dict, source: str = SAFETY_FILE):
        try:
            self.words = _expand(data["words"])
            # groups whose words also count as the last part of a compound ("brandbombe",
            # "jagtriffel", "køkkenkniv"): Danish writes new weapon words as compounds
            self.compounds = {g: tuple(w for w in self.words[g] if len(w) >= 4)
                              for g in data.get("compounds") or ()}
            # groups whose words make a message worth a second look even when no combination
            # matches ("kniv", "brand", "slå"): the caution layer never lets such a message be green
            self.caution = tuple(data.get("caution") or ())
            self.never_green = tuple(data.get("never_green") or ())
            self.compound_exceptions = frozenset(str(w).lower() for w in data.get("compound_exceptions") or ())
            self.combos = [_combo(c) for c in data["combos"]]
            # signs that are no threat by themselves but should make the handler look twice
            # ("du har to sønner, ikke?"): never green, the caution advice first
            self.watch = [_combo(c) for c in data.get("watch") or []]
            # (THREAT, session 6) words about harming oneself in combinations ("skærer i mig selv", "jeg er her
            # ikke til den tid"): the self-harm handling in triage (class ``SELF_HARM_CLASS``), never a threat
            self.self_harm = [_combo(c) for c in data.get("self_harm") or []]
            # figures of speech about the writer ("skemaet tager livet af mig, haha"): class ``HYPERBOLE_CLASS``,
            # which triage reads as its own ``self_hyperbole`` (the signs they cover do not count)
            self.hyperbole = [_combo(c) for c in data.get("hyperbole") or []]
            # a trained self-harm model (``self_harm`` in the threat classifier's weights file, trained by
            # scripts/train_threat.py --self-harm): from ``threshold`` on, a message no combination found gets the
            # self-harm handling too, on its most self-harm-like sentence
            shm = data.get("self_harm_model") or {}
            self.sh_threshold = float(shm.get("threshold", 0) or 0)
            self.sh_weights = Path(__file__).parent / str(shm.get("weights", "tone/threat_weights.json"))
            # (THREAT, session 8) word groups that, anywhere in the message, keep the model from speaking: a public or
            # lawful channel ("går jeg til avisen med det hele" is an ultimatum, not a farewell)
            self.sh_unless = tuple(shm.get("unless") or ())
            self._sh_model = None
            # set phrases that warn without naming harm ("tænk over det", "bare så du ved det"): weak signs
            # (``alone: false``: a frame that only counts beside a means or field of harm, "husk det")
            # (``unless``: word groups that take the phrase back in its sentence: "intet at miste, så nu
            # klager jeg" is lawful pressure)
            self.watch_phrases = [(p["label"], [[str(w).lower() for w in seq] for seq in p["lemmas"]],
                                   "watch:" if p.get("alone", True) else "frame:", tuple(p.get("unless") or ()))
                                  for p in (data.get("watch_phrases") or [])]
            # a means of harm the writer names ("en dunk benzin", "min jagtriffel") in the sentence of a
            # warning phrase or the one beside it: a threat, though no verb of harm stands there
            mw = data.get("means_with_warning") or {}
            self.means_groups = tuple(mw.get("groups") or ())
            self.means_label = str(mw.get("label") or "")
        except (KeyError, TypeError, AttributeError) as e:
            raise RuleFileError(source, f"ugyldig sikkerhedsregel ({e}).") from e
        self._index: dict[str, set[str]] = {}
        for g, ws in self.words.items():
            for w in ws:
                self._index.setdefault(w, set()).add(g)
        self._group_cache: dict[tuple, frozenset[str]] = {}
        # (THREAT, session 8) word forms taken out of groups their lemma would put them in ("skaden": the damage)
        self.form_exceptions = {str(k).lower(): frozenset(str(g) for g in v or ())
                                for k, v in (data.get("form_exceptions") or {}).items()}
        unknown = [g for gs in self.form_exceptions.values() for g in gs if g not in self.words]
        if unknown:
            raise RuleFileError(source, f"'form_exceptions' bruger ukendte ordgrupper: {', '.join(unknown)}.")
        # (THREAT, session 7) "ved siden af", "ved hjælp af": a word that is a preposition, not a verb, when one of
        # these words follows it ("du bor jo ved siden af min moster" knows nothing): only its form counts, not its lemma
        self.preposition_before = {str(k).lower(): frozenset(str(w).lower() for w in v)
                                   for k, v in (data.get("preposition_before") or {}).items()}
        # (THREAT, session 7) "så" is the past of "se" only before an object or subject ("jeg så dig", "så du"); before
        # anything else it is the adverb ("Så mister I et par skatteydere"). The tagger gives no part of speech here.
        self.verb_only_before = {str(k).lower(): frozenset(str(w).lower() for w in v)
                                 for k, v in (data.get("verb_only_before") or {}).items()}
        # (THREAT, session 12, threat12) "dør" is the noun (a door) only right after one of these words ("ved din dør",
        # "en dør"); elsewhere it is the verb ("… i jeres telefonkø, dør jeg af alderdom"): only its lemma's groups count
        self.noun_only_after = {str(k).lower(): frozenset(str(w).lower() for w in v)
                                for k, v in (data.get("noun_only_after") or {}).items()}
        unknown = [g for g in (*self.compounds, *self.caution, *self.never_green, *self.means_groups, *self.sh_unless,
                               *(g for *_, unless in self.watch_phrases for g in unless)) if g not in self.words]
        if unknown:
            raise RuleFileError(source, f"'compounds'/'caution' bruger ukendte ordgrupper: {', '.join(unknown)}.")
        for c in self.combos + self.watch + self.self_harm + self.hyperbole:
            groups = [c.anchor, *c.near, *(c.near_before or {}), *c.also, *c.anywhere, *(c.unless_before or {}),
                      *(c.unless_after or {}), *c.unless_anywhere]
            unknown = [g for g in groups if g not in self.words]
            if unknown:
                raise RuleFileError(source, f"kombinationen '{c.kind}' bruger ukendte ordgrupper: "
                                            f"{', '.join(unknown)}.")
        self.phrases = [(p["label"], [[str(w).lower() for w in seq] for seq in p["lemmas"]])
                        for p in (data.get("phrases") or [])]
        # (THREAT, session 8) a strong phrase may have ``unless`` groups too ("du er mit livs redning" is praise)
        phrase_unless = [tuple(p.get("unless") or ()) for p in (data.get("phrases") or [])]
        unknown = [g for u in phrase_unless for g in u if g not in self.words]
        if unknown:
            raise RuleFileError(source, f"'phrases' bruger ukendte ordgrupper: {', '.join(unknown)}.")
        # the fixed phrases by their first word: (class, words, groups that take a watch phrase back)
        self._phrase_index: dict[str, list[tuple[str, tuple[str, ...], frozenset[str]]]] = {}
        phrase_list = [(f"safety:phrase:{pi}", seqs, frozenset(phrase_unless[pi]))
                       for pi, (_l, seqs) in enumerate(self.phrases)]
        phrase_list += [(f"{kind}phrase:{pi}", seqs, frozenset(unless))
                        for pi, (_l, seqs, kind, unless) in enumerate(self.watch_phrases)]
        for cls, seqs, unless in phrase_list:
            for seq in seqs:
                if seq:
                    self._phrase_index.setdefault(seq[0], []).append((cls, tuple(seq), unless))
        excuse = data.get("excuse") or {}
        self.report_before = excuse.get("report_before")
        self.friendly_words = frozenset(excuse.get("friendly_words") or ())
        self.friendly_context = excuse.get("friendly_context")
        neg = excuse.get("negated_know") or {}
        self.neg_know, self.neg_word = neg.get("know"), neg.get("negation")
        self.neg_within, self.neg_unless = int(neg.get("within", 0)), neg.get("unless")
        wo = excuse.get("writer_object") or {}
        self.writer_objects = frozenset(str(w).lower() for w in wo.get("words") or ())
        self.writer_target = wo.get("target")
        self.writer_harm = tuple(wo.get("harm") or ())
        tools = excuse.get("tools") or []
        # pairs of (harm words, everyday context in the sentence): "hammer" beside "hylder", "skyde" beside "fyrværkeri"
        # (THREAT, session 7) ``unless``: a group that, in the sentence, keeps the harm word a threat ("skyde nogle duer"
        # is pest control; "skyder dig som en rotte" is not)
        self.tools = [(t["words"], t["context"], t.get("unless")) for t in ([tools] if isinstance(tools, dict) else tools)]
        # (THREAT, session 9) entries whose ``unless`` is read in the sentences around the sign too ("Jeg har en kniv i
        # køkkenet. Den skal bruges, når I kommer." is no kitchen knife)
        self.tools_around = frozenset(i for i, t in enumerate([tools] if isinstance(tools, dict) else tools)
                                      if t.get("unless_around"))
        right = excuse.get("right_after") or []
        # (THREAT, session 9) a list of {words, next}: each word set has its own following words ("dræbende god" is an
        # intensifier, "slår godt" is not excused by it)
        self.right_after = [(frozenset(str(w).lower() for w in r.get("words") or ()),
                             [tuple(str(w).lower() for w in seq) for seq in r.get("next") or () if seq])
                            for r in ([right] if isinstance(right, dict) else right)]
        self.right_words = frozenset().union(*(ws for ws, _ in self.right_after))
        self.right_longest = max((len(seq) for _, nx in self.right_after for seq in nx), default=3)
        # (THREAT, session 14, threat14) a subject between the verb and its figure ("så dør jeg af kedsomhed")
        self.right_subject = frozenset(str(w).lower() for w in excuse.get("right_after_subject") or ())
        by = excuse.get("done_by") or {}
        self.by_words = tuple(by.get("words") or ())
        self.by_word = frozenset(str(w).lower() for w in by.get("by") or ())
        self.by_writer = frozenset(str(w).lower() for w in by.get("writer") or ())
        metaphor = excuse.get("metaphor") or {}
        self.metaphor_words = frozenset(str(w).lower() for w in metaphor.get("words") or ())
        self.metaphor_copula = frozenset(str(w).lower() for w in metaphor.get("copula") or ())
        self.metaphor_not_subject = frozenset(str(w).lower() for w in metaphor.get("not_subject") or ())
        cf = excuse.get("counterfactual") or {}
        self.cf_anger = cf.get("anger")
        self.cf_modal = frozenset(str(w).lower() for w in cf.get("modal") or ())
        self.cf_have = frozenset(str(w).lower() for w in cf.get("have") or ())
        self.cf_between = frozenset(str(w).lower() for w in cf.get("between") or ())
        # (THREAT, session 11, threat11d) violence wished or possible and held back, at no person ("Jeg kunne have slået i
        # bordet på mødet, men jeg holdt mig i ro"; "havde lyst til at slå i bordet …, men jeg holdt mig")
        held = excuse.get("held_back") or {}
        self.held_lead = [tuple(str(w).lower() for w in seq) for seq in held.get("lead") or () if seq]
        self.held_but = frozenset(str(w).lower() for w in held.get("but") or ())
        self.held_words = frozenset(str(w).lower() for w in held.get("restraint") or ())
        self.held_within = int(held.get("within", 0))
        self.held_object = held.get("object")
        if self.held_object is not None and self.held_object not in self.words:
            raise RuleFileError(source, f"'excuse.held_back' bruger en ukendt ordgruppe: {self.held_object}.")
        # (THREAT, session 12, threat12) the writer denies having said it ("Jeg sagde ikke, at jeg ville slå ham"; "Jeg har
        # aldrig sagt, at jeg ville slå nogen"): a past verb of saying (``said``) with a negation at most ``near`` words from
        # it and the writer (``writer``) at most 3 words before it, at most ``within`` words before the sign, same sentence
        ds = excuse.get("denied_saying") or {}
        self.ds_said, self.ds_neg = ds.get("said"), ds.get("negation")
        self.ds_writer = frozenset(str(w).lower() for w in ds.get("writer") or ())
        self.ds_near, self.ds_within = int(ds.get("near", 0)), int(ds.get("within", 0))
        friendly = excuse.get("friendly_knowing") or {}
        self.friendly_sign = tuple(friendly.get("sign") or ())
        self.friendly_kind = friendly.get("kind")
        self.friendly_link = friendly.get("link")
        self.friendly_unless = tuple(friendly.get("unless") or ())
        self.friendly_unless_unlinked = tuple(friendly.get("unless_unlinked") or ())
        # (THREAT, session 10) forms of a day word that tell of the past ("i lørdags"): no routine or time to come
        self.friendly_past_forms = frozenset(str(w).lower() for w in friendly.get("past_forms") or ())
        self.friendly_sign_off = bool(friendly.get("sign_off"))  # (THREAT, session 11) see _friendly_knowing
        # (THREAT, session 13, threat13) a question after the member of staff's family's well-being, opened with one of
        # these word sequences ("Hvordan går det med din søn og fodbolden?"): a kind word for the sign in it
        self.friendly_care = [tuple(str(w).lower() for w in seq) for seq in friendly.get("care_question") or () if seq]
        # (THREAT, session 12, threat12d) a get-well wish for a member of staff's family the writer has heard about ("Jeg
        # hørte, at din kone har været på hospitalet. Jeg håber, hun snart bliver rask igen."): a ``heard`` word before the
        # sign in its sentence, a ``words`` word in that sentence or the next
        gw = friendly.get("get_well") or {}
        self.gw_words = frozenset(str(w).lower() for w in gw.get("words") or ())
        self.gw_heard = frozenset(str(w).lower() for w in gw.get("heard") or ())
        # (THREAT, session 11, threat11b) a day word in a sentence told in the past ("Var det dig, jeg så på stranden
        # søndag med din hund?"): one sighting, no time to come; ``verbs``: past forms; ``saw``: a form that is the past
        # verb only right after one of ``saw_after`` ("jeg så", not "så ses vi")
        past_day = friendly.get("past_day") or {}
        self.past_day_group = past_day.get("group")
        self.past_day_verbs = frozenset(str(w).lower() for w in past_day.get("verbs") or ())
        self.past_day_saw = frozenset(str(w).lower() for w in past_day.get("saw") or ())
        self.past_day_after = frozenset(str(w).lower() for w in past_day.get("saw_after") or ())
        # (THREAT, session 9, threat5) the writer's own family in the sentence is a link too, also inside the sign ("Din
        # søn var super sød ved min datter til fødselsdagen. Tak for i lørdags!"): an owner word right before a family word
        own = friendly.get("own_family") or {}
        self.own_owner = frozenset(str(w).lower() for w in own.get("owner") or ())
        self.own_family = own.get("family")
        acq = friendly.get("acquaint") or {}
        self.acq_verbs = frozenset(str(w).lower() for w in acq.get("verb") or ())
        self.acq_from = frozenset(str(w).lower() for w in acq.get("from") or ())
        self.acq_within = int(acq.get("within", 0))
        practical = excuse.get("practical") or {}
        self.practical_words, self.practical_know = practical.get("words"), practical.get("know")
        self.practical_not_home = practical.get("not_home")  # (THREAT, session 7) a home is never practical
        # (THREAT, session 11, threat11) "Jeg ved godt, hvor I holder til nu efter flytningen, så jeg kommer forbi med
        # blanketten": knowing where the office ("I", "jer": these words in the sign) is, in a statement about an errand
        self.practical_office = frozenset(str(w).lower() for w in practical.get("office") or ())
        idiom = excuse.get("idiom_after") or {}
        self.idiom_words = frozenset(str(w).lower() for w in idiom.get("words") or ())
        self.idiom_follow = [tuple(str(w).lower() for w in seq) for seq in idiom.get("follow") or () if seq]
        self.idiom_within = int(idiom.get("within", 0))
        for g in (self.ds_said, self.ds_neg, self.report_before, self.friendly_context, self.neg_know, self.neg_word, self.neg_unless,
                  self.writer_target, *(g for tool in self.tools for g in tool if g), *self.writer_harm,
                  self.practical_words, self.practical_know, self.practical_not_home, *self.friendly_sign, self.friendly_kind,
                  self.friendly_link, *self.friendly_unless, *self.friendly_unless_unlinked, self.cf_anger, self.own_family):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'excuse' bruger en ukendt ordgruppe: {g}.")
        # a member of staff's note of a call or a meeting ("Tlf.notat: Borgeren sagde, at han ville …"):
        # the threat it writes down is the citizen's, not a third party's told by a victim
        note = data.get("staff_note") or {}
        self.note_markers = note.get("markers")
        self.note_head = int(note.get("head", 0))
        self.note_citizen = note.get("citizen")
        self.note_said = note.get("said")
        self.note_said_within = int(note.get("said_within", 0))
        for g in (self.note_markers, self.note_citizen, self.note_said):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'staff_note' bruger en ukendt ordgruppe: {g}.")
        # words that reassure the member of staff ("det er ikke din skyld", "jeg er ikke sur på dig"):
        # the threat classifier alone (no sign of the rule) does not put such a message outside
        self.reassurance = [tuple(str(w).lower() for w in seq) for seq in data.get("reassurance") or [] if seq]
        # (THREAT, session 12) a bare judgement of the member of staff ("Du er en inkompetent skid, og du burde fyres"):
        # an insult word and nothing of what is to come (no ``menace`` word: a condition, a time, a modal, the writer's
        # coming or finding; no word of harm, weapons or fire; no field of harm) is an insult, not a threat; the
        # classifier alone does not put it outside the staircase (never green: it is still threat-like)
        # (THREAT, session 12) an appointment confirmed ("Vi ses i morgen kl. 9 hos dig"): a ``see`` word and a clock time
        # (a ``clock`` word before a number) in one sentence, and nothing in the message of ``unless`` (outside, off work,
        # alone, night) or of harm, weapons or fire: the classifier alone does not put it outside the staircase
        ap = data.get("appointment") or {}
        self.ap_see, self.ap_unless = ap.get("see"), ap.get("unless")
        self.ap_clock = frozenset(str(w).lower() for w in ap.get("clock") or ())
        # (THREAT, session 13, threat13) or a ``come`` word, a clock time and an ``errand`` word in one sentence ("Jeg
        # kommer ned til dig på kontoret torsdag kl. 13 med de papirer, du bad om")
        self.ap_come, self.ap_errand = ap.get("come"), ap.get("errand")
        self.ap_meet = ap.get("meet")  # (THREAT, session 13) see _seeing_at_meeting
        for g in (self.ap_see, self.ap_unless, self.ap_come, self.ap_errand, self.ap_meet):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'appointment' bruger en ukendt ordgruppe: {g}.")
        self.fault_words = (data.get("fault_report") or {}).get("words")  # (THREAT, session 13) see fault_report()
        self.fault_unless = (data.get("fault_report") or {}).get("unless")
        # (THREAT, session 14, threat14) a thing of harm found in a public place and asked to be removed (see fault_report())
        self.fault_removal = (data.get("fault_report") or {}).get("removal")
        self.fault_found = (data.get("fault_report") or {}).get("found")
        for g in (self.fault_words, self.fault_unless, self.fault_removal, self.fault_found):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'fault_report' bruger en ukendt ordgruppe: {g}.")
        # (THREAT, session 14, threat14) "it would be a shame if" about the writer's own family ("Min søn er glad for sin
        # børnehave. Det ville være synd, hvis han skulle skifte nu."): see own_pity()
        # (THREAT, session 14, threat14c) thanks for something told in the past (see past_thanks())
        self.past_thanks_on = bool(data.get("past_thanks"))
        op = data.get("own_pity") or {}
        self.op_pity, self.op_if = op.get("pity"), op.get("if")
        for g in (self.op_pity, self.op_if):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'own_pity' bruger en ukendt ordgruppe: {g}.")
        gift = data.get("gift") or {}
        self.gift_treat, self.gift_for = gift.get("treat"), gift.get("for")
        for g in (self.gift_treat, self.gift_for):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'gift' bruger en ukendt ordgruppe: {g}.")
        io = data.get("insult_only") or {}
        self.io_insult, self.io_menace, self.io_menace_unless = io.get("insult"), io.get("menace"), io.get("menace_unless")
        self.io_unless_within = int(io.get("unless_within", 0))
        for g in (self.io_insult, self.io_menace, self.io_menace_unless):
            if g is not None and g not in self.words:
                raise RuleFileError(source, f"'insult_only' bruger en ukendt ordgruppe: {g}.")
        self.examples = data.get("examples") or {}
        fields = data.get("fields") or {}
        self.strong_fields = tuple(fields.get("strong") or ())
        self.soft_fields = tuple(fields.get("soft") or ())
        self.field_target = fields.get("target")
        self.threshold_strong = float(fields.get("threshold_strong", 1.0))
        self.threshold_soft = float(fields.get("threshold_soft", 1.0))
        self.soft_needed = int(fields.get("soft_needed", 2))
        self.field_own = fields.get("own")
        self.own_before = int(fields.get("own_before", 0))
        self.own_fields = tuple(fields.get("own_fields") or ())
        self.idiom_fields = tuple(fields.get("idiom_fields") or ())
        self.field_report = fields.get("report")
        self.report_before_n = int(fields.get("report_before", 0))
        self.report_fields = tuple(fields.get("report_fields") or ())
        self.field_idiom = fields.get("idiom_after")
        self.field_labels = {str(k): str(v) for k, v in (fields.get("labels") or {}).items()}
        self.question_know = frozenset(str(w).lower() for w in fields.get("question_know") or ())
        unknown = [g for g in (*self.strong_fields, *self.soft_fields, self.field_target, self.field_own,
                               self.field_idiom, self.field_report) if g is not None and g not in self.words]
        if unknown:
            raise RuleFileError(source, f"'fields' bruger ukendte ordgrupper: {', '.join(unknown)}.")

    @property
    def labels(self) -> dict[str, str]:
        labels = {"safety:" + c.kind + ":" + str(i): c.label for i, c in enumerate(self.combos)}
        labels.update({"watch:" + c.kind + ":" + str(i): c.label for i, c in enumerate(self.watch)})
        labels.update({f"safety:phrase:{i}": label for i, (label, _) in enumerate(self.phrases)})
        labels.update({f"{kind}phrase:{i}": label for i, (label, _, kind, _) in enumerate(self.watch_phrases)})
        if self.means_groups:
            labels["safety:means_warning"] = self.means_label
        return labels

    def _in(self, token, group: str) -> bool:
        return group in self._groups(token)

    def _groups(self, token) -> frozenset[str]:
        """Every word group the token belongs to: its lemma or form is in the group; a genitive
        ("din datters"); the last part of a compound for the ``compounds`` groups; the pronoun
        "I" (capital, or lowercase before a verb) for groups with "i". Cached by what decides it."""
        low = token.lower_
        nxt = ""
        if low in ("i", "i.") or low in self.preposition_before or low in self.verb_only_before:
            nxt = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        content = token.is_alpha and len(low) >= 4 and not token.is_stop
        capital = token.is_alpha and len(low) >= 3 and token.text[:1].isupper() and not token.is_sent_start
        verb_form = low in self.noun_only_after and not (
            token.i > 0 and token.nbor(-1).lower_ in self.noun_only_after[low])
        key = (low, token.lemma_, token.text in ("I", "I."), nxt, content, verb_form,
               low in self.verb_only_before and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].isupper(), capital)
        found = self._group_cache.get(key)
        if found is not None:
            return found
        lemma = token.lemma_.lower()
        adverb = low in self.verb_only_before and nxt not in self.verb_only_before[low] and not (
            token.i + 1 < len(token.doc) and token.nbor(1).text[:1].isupper())  # "så Mette": a name, the verb
        if (nxt and nxt in self.preposition_before.get(low, ())) or adverb:
            lemma = low  # "ved siden af": the preposition, not "vide"; "så mister I": the adverb, not "se"
        index = self._index
        out = set() if adverb else set(index.get(lemma, ())) | (set() if verb_form else set(index.get(low, ())))
        if len(low) > 4 and low.endswith("s"):
            out |= index.get(low[:-1], set())  # genitive: "din datters skole", "min brors venner"
        if len(low) > 5 and lemma not in self.compound_exceptions and low not in self.compound_exceptions:
            for g, ends in self.compounds.items():
                if g not in out and any(w != lemma and (lemma.endswith(w) or low.endswith(w)) for w in ends):
                    out.add(g)
        if low in ("i", "i."):  # the pronoun I, not the preposition i
            with_i = index.get("i", set())
            out -= with_i
            if nxt in self.words.get(EN_I_NEXT, ()):
                # (THREAT, session 10) English "I" before an English verb ("I bring my knife", "I need a license") is the
                # writer, not the Danish "I" (you): the groups of "jeg"
                out = set(index.get("jeg", ()))
            elif token.text in ("I", "I.") or nxt in self.words.get("i_verbs", ()):
                out |= with_i
        if low in self.form_exceptions:
            out -= self.form_exceptions[low]
        if capital and NAME_GROUP in self.words and not out:
            out.add(NAME_GROUP)  # (THREAT, session 8) "skrevet 60 sms'er til Dorte": a name, none of the rule file's words
        if MANY_GROUP in self.words and low.isdigit() and MANY_FROM <= int(low) < 1000:
            out.add(MANY_GROUP)  # (THREAT, session 8) "sendt dig 40 beskeder" (not a year)
        if SCORE_GROUP in self.words and _is_score(low):
            out.add(SCORE_GROUP)  # (THREAT, session 8) "Vi slog dem 5-1"
        if content and CONTENT_GROUP in self.words:
            out.add(CONTENT_GROUP)  # a content word ("den nye selvbetjening tager livet af mig"), no pronoun or small word
        found = frozenset(out)
        if len(self._group_cache) > 50000:
            self._group_cache.clear()
        self._group_cache[key] = found
        return found

    def caution_tokens(self, doc) -> list[int]:
        """Token indices of words that speak of harm, weapons or fire (the caution groups),
        whatever stands around them."""
        return [t.i for t in doc if not t.is_punct and any(self._in(t, g) for g in self.caution)
                and not self._plain_use(doc, t.i)]

    def _plain_use(self, doc, i: int) -> bool:
        """A harm word in its everyday use: a tool for a job ("en hammer og søm til hylderne") or the start of
        an idiom ("skyder projektet i gang")."""
        t = doc[i]
        for ti, (words, context, unless) in enumerate(self.tools):
            if not self._in(t, words):
                continue
            # the context may stand in the sentence before ("Vi har rotter i kælderen. Må vi skyde dem?") or in a
            # question right after (THREAT, session 9: "Min søn vil tage jagttegn. Har ungdomsskolen et kursus?")
            sent = t.sent
            before = doc[sent.start - 1].sent if sent.start > 0 else None
            after = doc[sent.end].sent if sent.end < len(doc) else None
            if after is not None and "?" not in after.text:
                after = None
            if (any(self._in(x, context) for x in sent if x.i != i) or any(  # (a word is no context of itself)
                    any(self._in(x, context) for x in other) for other in (before, after) if other is not None)) \
                    and not (unless and any(self._in(x, unless) for x in sent)) \
                    and not (unless and ti in self.tools_around and any(
                        self._in(x, unless) for other in (before, doc[sent.end].sent if sent.end < len(doc) else None)
                        if other is not None and "?" not in other.text for x in other)):
                return True  # (a question to us around it is the practical question itself: "Skal jeg henvende mig til jer?")
        if self.right_words and (t.lower_ in self.right_words or t.lemma_.lower() in self.right_words):
            nxt = [x.lower_ for x in doc[i + 1:i + 2 + self.right_longest]]
            if nxt and nxt[0] in self.right_subject:
                nxt = nxt[1:]  # (THREAT, session 14) "så dør jeg af kedsomhed": the subject in inverted order
            for words, follow in self.right_after:
                if (t.lower_ in words or t.lemma_.lower() in words) and any(
                        tuple(nxt[:len(seq)]) == seq for seq in follow):
                    return True
        return bool(self.idiom_words) and self._idiom(doc, i, i + 1)

    def _practical(self, doc, start: int, end: int) -> bool:
        """A sign of knowing ("hvor I holder til") in a sentence that asks a practical question about the
        office ("men hvornår har I åbent?"): the sentence ends with a question mark and names opening hours,
        parking, an entrance or the way."""
        if not any(self._in(t, self.practical_know) for t in doc[start:end]):
            return False
        sent = doc[start].sent
        if self.practical_not_home and any(self._in(t, self.practical_not_home) for t in sent):
            return False  # "Jeg ved, hvor du bor. Skal jeg komme forbi med papirerne?" is no practical question
        if "?" not in sent.text:
            # (THREAT, session 7) "Jeg ved godt, hvor I holder til. Er det stadig 2. sal?": the question may be the
            # next sentence
            if sent.end >= len(doc) or "?" not in (nxt := doc[sent.end].sent).text:
                # (THREAT, session 11) or, without a question, the office (plural "I") and an errand in the sentence,
                # and nothing of harm, warning or misfortune in the message
                # (THREAT, session 13) the errand may be the next sentence ("… hvor I holder til nu. Jeg afleverer mine
                # lønsedler i jeres postkasse.")
                errand = (*sent, *(doc[sent.end].sent if sent.end < len(doc) else ()))
                return bool(self.practical_office) and any(t.lower_ in self.practical_office for t in doc[start:end]) \
                    and any(self._in(t, self.practical_words) for t in errand if not (start <= t.i < end)) \
                    and not (self.friendly_unless and self._speaks_of_harm(doc, (start, end)))
            return any(self._in(t, self.practical_words) for t in (*sent, *nxt) if not (start <= t.i < end))
        return any(self._in(t, self.practical_words) for t in sent if not (start <= t.i < end))

    def never_green_tokens(self, doc) -> list[int]:
        """Token indices of words about violence told of ("har slået dem"), figures of speech
        ("slå op", "slå fast") left out."""
        fig = self.words.get("figurative", frozenset())
        out = []
        for t in doc:
            if t.is_punct or not any(self._in(t, g) for g in self.never_green):
                continue
            nxt = t.nbor(1) if t.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in fig:
                continue
            if self._plain_use(doc, t.i):
                continue
            out.append(t.i)
        return out

    def field_tokens(self, doc) -> dict[str, list[int]]:
        """Words of the semantic fields of harm (``fields`` in rules/sikkerhed.yaml) that stand in
        a sentence aimed at a member of staff, the municipality or their sphere (a ``target`` word
        in that sentence or a neighbouring one): field name -> token indices."""
        if not self.field_target or not (self.strong_fields or self.soft_fields):
            return {}
        sents = [[t for t in sent if not t.is_punct and not t.is_space] for sent in doc.sents]
        aimed = [any(self._in(t, self.field_target) for t in toks) for toks in sents]
        out: dict[str, list[int]] = {}
        for si, toks in enumerate(sents):
            if not (aimed[si] or (si and aimed[si - 1]) or (si + 1 < len(sents) and aimed[si + 1])):
                continue
            asks = bool(toks) and "?" in toks[0].sent.text
            for k, t in enumerate(toks):
                groups = self._groups(t)
                fields = [g for g in (*self.strong_fields, *self.soft_fields) if g in groups]
                if not fields:
                    continue
                if k == 0 and asks and self.question_know and t.lower_ in self.question_know:
                    # "Ved I, hvornår bussen kører?": a question opened with "ved/kender", no watching (THREAT)
                    fields = [g for g in fields if g != "field_surveillance"]
                    if not fields:
                        continue
                if self.field_idiom and k + 1 < len(toks) and self._in(toks[k + 1], self.field_idiom):
                    # "slå til", "følge med i sagen": no harm, no watching (`idiom_fields`)
                    fields = [g for g in fields if g not in self.idiom_fields]
                    if not fields:
                        continue
                if self.field_report and any(self._in(toks[j], self.field_report)
                                             for j in range(max(0, k - self.report_before_n), k)):
                    # "jeg har brækket benet", "han blev slået": told, not threatened
                    fields = [g for g in fields if g not in self.report_fields]
                    if not fields:
                        continue
                own = self.field_own is not None and any(
                    self._in(toks[j], self.field_own) for j in range(max(0, k - self.own_before), k))
                for g in fields:
                    if own and g in self.own_fields:
                        continue  # the writer's own sphere: "min hoveddør", "jeg bor"
                    out.setdefault(g, []).append(t.i)
        return out

    def staff_note(self, doc) -> bool:
        """The message is staff's note of what a citizen said: a note word ("Tlf.notat", "Notat") among
        its first words, or a sentence that starts with the citizen ("Borgeren") and a verb of saying
        close after ("Borgeren var vred og sagde, at …"). Threats written down in it are not excused as
        someone else's words."""
        if self.note_markers:
            head = [t for t in doc[: self.note_head] if not t.is_punct]
            if any(self._in(t, self.note_markers) for t in head):
                return True
        if self.note_citizen and self.note_said:
            for sent in doc.sents:
                toks = [t for t in sent if not (t.is_punct or t.is_space)]
                for k in range(min(2, len(toks))):  # "Borgeren sagde", "11: Borgeren truede"
                    if self._in(toks[k], self.note_citizen) and any(
                            self._in(t, self.note_said) for t in toks[k + 1:k + 1 + self.note_said_within]):
                        return True
        return False

    def reassures(self, doc) -> bool:
        """The writer reassures the member of staff somewhere in the message (``reassurance``:
        lemma or word sequences, "ikke din skyld", "ikke sur på dig"), or only judges them (``insult_only``)."""
        toks = [t for t in doc if not (t.is_punct or t.is_space)]
        if self.io_insult and self.insult_only(doc):
            return True
        if self.ap_see and self.appointment(doc):
            return True
        if self.gift_treat and self.gift_for and self.gift(doc):
            return True
        if self.fault_words and self.fault_report(doc):
            return True
        if self.op_pity and self.op_if and self.own_family and self.own_pity(doc):
            return True
        if self.past_thanks_on and self.friendly_kind and self.past_day_verbs and self.past_thanks(doc):
            return True
        if self.friendly_sign and self.own_family:
            # (THREAT, session 13, threat13b) the member of staff's family in a friendly message that says how the writer
            # knows them ("Er det din søn, der spiller på hold med min dreng? Hyggeligt at se dem sammen."): the same test
            # that takes back a sign (a link, an acquaintance or the writer's own family; nothing of harm)
            for t in toks:
                if t.lower_ in ("din", "dit", "dine", "jeres") and t.i + 1 < len(doc) and self._in(doc[t.i + 1], self.own_family) \
                        and self._friendly_knowing(doc, t.i, t.i + 2, weak=False):
                    return True
        for i in range(len(toks)):
            for seq in self.reassurance:
                if i + len(seq) <= len(toks) and all(
                        toks[i + k].lower_ == w or toks[i + k].lemma_.lower() == w for k, w in enumerate(seq)):
                    return True
        return False

    def appointment(self, doc) -> bool:
        """(THREAT, session 12) The message confirms an appointment ("Vi ses i morgen kl. 9 hos dig"): a sentence with a
        ``see`` word and a clock time, nothing of ``unless`` in the message ("ses udenfor rådhuset kl 16 når du får fri")
        and no word of the caution groups."""
        toks = [t for t in doc if not (t.is_punct or t.is_space)]
        if self.ap_unless and any(self._in(t, self.ap_unless) for t in doc):
            return False
        for sent in doc.sents:
            words = [t for t in sent if not t.is_space]
            if not any(self._in(t, self.ap_see) for t in words) and not (
                    self.ap_come and self.ap_errand and any(self._in(t, self.ap_come) for t in words)
                    and any(self._in(t, self.ap_errand) for t in words)):
                continue
            if any(t.lower_ in self.ap_clock and k + 1 < len(words) and words[k + 1].text[:1].isdigit()
                   for k, t in enumerate(words)):
                return bool(toks) and not self.caution_tokens(doc)
        return False

    def gift(self, doc) -> bool:
        """(THREAT, session 13) A treat for staff: a sentence with a ``gift.treat`` word and a ``gift.for`` word ("en lille
        overraskelse til personalet – der står en kage i køkkenet"), no word of the caution groups and no strong field of harm
        (injury, fire, weapons) in the message."""
        for sent in doc.sents:
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if any(self._in(t, self.gift_treat) for t in words) and any(self._in(t, self.gift_for) for t in words):
                fields = self.field_tokens(doc)
                return not self.caution_tokens(doc) and not any(fields.get(g) for g in self.strong_fields)
        return False

    def fault_report(self, doc) -> bool:
        """(THREAT, session 13) A fault report about a street or a fixture ("Der er et stort hul i cykelstien"; "Gadelygten
        blinker hele natten"): a ``fault_report.words`` word, no person (``unless``, by word form), no word of the caution groups
        and no strong field of harm."""
        if not any(self._in(t, self.fault_words) for t in doc if not t.is_punct):
            return False
        if self.fault_unless and any(t.lower_ in self.words[self.fault_unless] for t in doc if not t.is_punct):
            return False  # a person in it: "Især for sagsbehandlere, der kører alene hjem"
        fields = self.field_tokens(doc)
        harm = set(self.caution_tokens(doc)) | {i for g in self.strong_fields for i in fields.get(g, ())}
        if harm and self.fault_removal and self.fault_found and any(self._in(t, self.fault_removal) for t in doc):
            # (THREAT, session 14, threat14) "Der ligger en knust flaske og en kniv på legepladsen ved Skovvej. Kan I fjerne
            # det?": a removal asked for, and each word of harm in a sentence that tells what lies there, not the writer's
            own = self.words.get("my", frozenset())
            return all(any(self._in(x, self.fault_found) for x in doc[i].sent if x.i != i)
                       and not (i > 0 and doc[i - 1].lower_ in own) for i in harm)
        return not harm

    def past_thanks(self, doc) -> bool:
        """(THREAT, session 14, threat14c) Thanks for something told in the past ("Var det dig, der stod i kassen i Netto i
        går? Du var så venlig mod min mor. Tak!"): a kind word (``friendly_knowing.kind``) in the message, a sentence told in
        the past, and nothing of harm, warning or misfortune, of routine, contact or a time to come (past day forms aside),
        of the caution groups or of any field of harm."""
        words = [t for t in doc if not (t.is_punct or t.is_space)]
        if not any(self._in(t, self.friendly_kind) for t in words):
            return False
        if not any(self._told_in_past(sent) for sent in doc.sents):
            return False
        if self._speaks_of_harm(doc) or any(
                self._in(t, g) for t in words if t.lower_ not in self.friendly_past_forms
                for g in self.friendly_unless_unlinked if not (g == self.past_day_group and self._told_in_past(t.sent))):
            return False
        return not self.caution_tokens(doc) and not any(self.field_tokens(doc).values())

    def own_pity(self, doc) -> bool:
        """(THREAT, session 14, threat14) The writer says it would be a shame if something befell their own family: a sentence
        with a ``pity`` and an ``if`` word, the writer's own family (``friendly_knowing.own_family``) in it or the sentence
        before, no member of staff's family (an owner of the second person right before a family word) in the message, no
        word of the caution groups and no word of any field of harm (surveillance and the private sphere included)."""
        if any(t.lower_ in ("din", "dit", "dine", "jeres", "your", "ur") and t.i + 1 < len(doc)
               and (self._in(doc[t.i + 1], self.own_family) or self._in(doc[t.i + 1], "en_family")) for t in doc):
            return False
        for sent in doc.sents:
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            if not (any(self._in(t, self.op_pity) for t in words) and any(self._in(t, self.op_if) for t in words)):
                continue
            lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            if self._own_family_in(doc, doc[lo:sent.end]):
                return not self.caution_tokens(doc) and not any(self.field_tokens(doc).values())
        return False

    def insult_only(self, doc) -> bool:
        """(THREAT, session 12) The message insults or judges the member of staff (an ``insult_only.insult`` word) and
        says nothing of what is to come: no ``menace`` word (unless a ``menace_unless`` word follows within
        ``unless_within`` words: "finde dig et andet job"), no word of the caution groups and no field of harm."""
        toks = [t for t in doc if not (t.is_punct or t.is_space)]
        if not any(self._in(t, self.io_insult) for t in toks):
            return False
        excused = {t.i for k, t in enumerate(toks) if self.io_menace_unless and any(
            self._in(x, self.io_menace_unless) for x in toks[k + 1:k + 1 + self.io_unless_within])}
        if any(self._in(t, self.io_menace) and t.i not in excused for t in toks if self.io_menace):
            return False
        fields = {i for idx in self.field_tokens(doc).values() for i in idx}
        return not self.caution_tokens(doc) and not (fields - excused)

    def excused(self, doc, start: int, end: int, weak: bool = False) -> bool:
        """A sign (token span) that reports what happened ("blev slået") or that sits in a
        friendly greeting ("pas godt på jer selv i julen") is no threat. ``weak``: the sign is a weak one
        (``watch``), which a friendly message takes back more easily."""
        if self.report_before and self._in(doc[start], "harm"):
            # "blev slået", "er blevet mobbet og slået": a report of what happened
            for j in range(start - 1, max(-1, start - 5), -1):
                if doc[j].is_punct:
                    break
                if self._in(doc[j], self.report_before):
                    return True
        if self.by_words and self._done_by_others(doc, start, end):
            return True
        if self.neg_know and self._negated_knowing(doc, start, end):
            return True
        if self.writer_objects and self._at_writer(doc, start, end):
            return True
        if any(self._plain_use(doc, i) for i in range(start, end)):
            return True  # "en hammer og et par søm til hylderne", "skyder projektet i gang", "min søn slog sig"
        if self.practical_words and self._practical(doc, start, end):
            return True
        if self.metaphor_words and self._metaphor(doc, start, end):
            return True
        if self.cf_anger and self._counterfactual(doc, start, end):
            return True
        if self.held_lead and self._held_back(doc, start, end):
            return True
        if self.ds_said and self._denied_saying(doc, start, end):
            return True
        if self.friendly_sign and self._friendly_knowing(doc, start, end, weak):
            return True
        if self.ap_meet and self._seeing_at_meeting(doc, start, end):
            return True
        if self.friendly_context and any(t.lemma_.lower() in self.friendly_words for t in doc[start:end]):
            sent = doc[start].sent
            lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
            hi = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
            if any(self._in(t, self.friendly_context) for t in doc[lo:hi]):
                return True
            # (THREAT, session 10, threat10b) care asked for the writer's own family ("Mit barnebarn er lige startet hos
            # jer. I skal passe godt på hende"), in the sign's sentence or the one before, and nothing in the message
            # of harm, warning or misfortune (``friendly_knowing.unless``); "pas godt på din datter" stays
            # (the sign's own "passe" is a warn word)
            return self._own_family_in(doc, doc[lo:sent.end]) and not self._speaks_of_harm(doc, (start, end))
        return False

    def _seeing_at_meeting(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 13, threat13b) A see-you sign ("vi ses snart igen") in a sentence with a meeting word or thanks
        outside it, or after a sentence with one ("Tak for i dag, vi ses snart igen til opfølgningen"), and nothing in the message of the appointment's
        ``unless`` (outside, alone, night, parking …), of harm, warning or misfortune, or of the caution groups."""
        if not any(self._in(t, self.ap_see) for t in doc[start:end]):
            return False
        sent = doc[start].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start  # or the sentence before: "Tak for i dag."
        if not any(self._in(t, self.ap_meet) for t in doc[lo:sent.end] if not (start <= t.i < end)):
            return False
        if self.ap_unless and any(self._in(t, self.ap_unless) for t in doc if not t.is_punct):
            return False
        return not self._speaks_of_harm(doc) and not self.caution_tokens(doc)

    def _own_family_in(self, doc, span) -> bool:
        """A first-person owner right before a family word in ``span`` ("min datter", "mit barnebarn")."""
        return bool(self.own_family) and any(
            t.lower_ in self.own_owner and t.i + 1 < span.end and self._in(doc[t.i + 1], self.own_family) for t in span)

    def _speaks_of_harm(self, doc, skip: tuple[int, int] = (0, 0)) -> bool:
        """A word of harm, warning or misfortune (``friendly_knowing.unless``) in the message, used as such and not
        in a plain sense (``_plain_use``: "kagen var dræbende god"), outside the tokens ``skip`` (start, end)."""
        return any(any(self._in(t, g) for g in self.friendly_unless) and not self._plain_use(doc, t.i)
                   for t in doc if not t.is_punct and not skip[0] <= t.i < skip[1])

    def _done_by_others(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 7) Violence someone else does, told by the writer ("han får tæsk af de store drenge"):
        a word of ``words`` in the sign, followed right after the sign by "af" and no first-person word in the three
        words after it ("du får tæsk af mig" stays a threat)."""
        if not any(self._in(t, g) for t in doc[start:end] for g in self.by_words):
            return False
        if end >= len(doc) or doc[end].lower_ not in self.by_word:
            return False
        return not any(t.lower_ in self.by_writer for t in doc[end + 1:min(doc[end].sent.end, end + 4)])

    def _counterfactual(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 8) Anger told as a past counterfactual ("Jeg var så vred på jer, at jeg kunne have sprængt
        en bombe"): in the sign's sentence an anger word, after it "kunne (godt) have", and the sign reaching past it."""
        sent = doc[start].sent
        angry = False
        for t in sent:
            if not angry:
                angry = self._in(t, self.cf_anger)
                continue
            if t.lower_ not in self.cf_modal:
                continue
            j = t.i + 1
            while j < sent.end and doc[j].lower_ in self.cf_between:
                j += 1
            if j < sent.end and doc[j].lower_ in self.cf_have and end > j:
                return True
        return False

    def _held_back(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 11) Violence the writer could have done or wanted to do and held back from ("kunne have slået
        i bordet …, men jeg holdt mig"): a ``lead`` right before the sign (at most one word between), no person as the
        object in the sign or the two words after it, and after the sign in its sentence "men" followed within
        ``within`` words by a word of restraint."""
        sent = doc[start].sent
        before = [t.lower_ for t in doc[max(sent.start, start - 7):start] if not t.is_punct]
        if not any(tuple(before[len(before) - len(seq) - gap:len(before) - gap]) == seq
                   for seq in self.held_lead for gap in (0, 1) if len(before) >= len(seq) + gap):
            return False
        if self.held_object and any(self._in(t, self.held_object) for t in doc[start:min(sent.end, end + 2)]):
            return False
        after = [t for t in doc[end:sent.end] if not t.is_punct]
        return any(t.lower_ in self.held_but and any(x.lower_ in self.held_words for x in after[k + 1:k + 1 + self.held_within])
                   for k, t in enumerate(after))

    def _metaphor(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 7) A weapon word as a figure for a person or a thing ("hun er et skarpt våben i jeres
        afdeling", "loven er mit eneste våben"): a copula at most three words before it, not after "der"/"det"
        ("der er et våben i bilen" tells of a real one)."""
        for t in doc[start:end]:
            if t.lower_ not in self.metaphor_words and t.lemma_.lower() not in self.metaphor_words:
                continue
            for j in range(t.i - 1, max(t.sent.start, t.i - 4) - 1, -1):
                if doc[j].is_punct:
                    break
                if doc[j].lower_ in self.metaphor_copula:
                    before = doc[j - 1].lower_ if j > t.sent.start else ""
                    if before not in self.metaphor_not_subject:
                        return True
        return False

    def _friendly_knowing(self, doc, start: int, end: int, weak: bool) -> bool:
        """(THREAT, session 7) Knowing a member of staff's home or family in a friendly message ("Du bor jo ved
        siden af min moster, så vi ses til vejfesten! Tak for hjælpen"): the sign speaks of the private sphere
        (``sign``), a kind word stands in its sentence or the next or previous one, nothing in the whole message
        speaks of harm, warning or misfortune (``unless``), and the writer says how they know it (``link``: their
        own family, neighbours) — for a weak sign (``watch``) the kindness is enough when nothing of
        ``unless_unlinked`` stands in the message ("Vi ses", a routine, a time of day)."""
        if not any(self._in(t, g) for t in doc[start:end] for g in self.friendly_sign):
            return False
        if self.gw_words and self._get_well(doc, start) and not self._speaks_of_harm(doc) and not any(
                self._in(t, g) for t in doc if not t.is_punct for g in self.friendly_unless_unlinked):
            return True  # (THREAT, session 12) "Jeg hørte, at din kone har været syg. Jeg håber, hun bliver rask."
        sent = doc[start].sent
        lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        hi = doc[sent.end].sent.end if sent.end < len(doc) else sent.end
        if not any(self._in(t, self.friendly_kind) for t in doc[lo:hi]) and not (
                # (THREAT, session 11, threat11) a weak sign: the kind words may also be the sign-off, the message's
                # last sentence ("Hvordan har din datter det efter operationen? … God bedring til hende!")
                weak and self.friendly_sign_off and (last := _last_sentence(doc)) is not None
                and any(self._in(t, self.friendly_kind) for t in last)) and not (
                weak and self._care_question(sent)):
            return False
        if self._speaks_of_harm(doc):  # (session 9) "kagen var dræbende god" speaks of no harm
            return False
        if any(self._in(t, self.friendly_link) for t in sent if not (start <= t.i < end)):
            return True
        if self._acquainted(sent):
            return True  # (THREAT, session 8) "Jeg kender din mand fra fodboldklubben"
        if self._own_family_in(doc, sent):
            return True  # (THREAT, session 9) "… var super sød ved min datter"
        unlinked = not any(self._in(t, g) for t in doc if not t.is_punct and t.lower_ not in self.friendly_past_forms
                           for g in self.friendly_unless_unlinked
                           if not (g == self.past_day_group and self._told_in_past(t.sent)))
        if self.friendly_sign_off and self.past_day_group and unlinked and self._told_in_past(sent) and any(
                self._in(t, self.past_day_group) or t.lower_ in self.friendly_past_forms for t in sent):
            # (THREAT, session 12, threat12) one dated sighting told in the past, thanked for beside it, with nothing of
            # routine, contact or a time to come in the message: "jeg så dig og dine børn i svømmehallen søndag. Tak
            # igen for hjælpen" (a strong sign too)
            return True
        return weak and not any(self._in(t, g) for t in doc if not t.is_punct and t.lower_ not in self.friendly_past_forms
                                for g in self.friendly_unless_unlinked
                                if not (g == self.past_day_group and self._told_in_past(t.sent)))

    def _care_question(self, sent) -> bool:
        """(THREAT, session 13) The sentence asks after someone's well-being: it ends in a question mark and opens with a
        ``care_question`` sequence ("Hvordan går det med din søn …?")."""
        if not self.friendly_care or "?" not in sent.text:
            return False
        words = [t.lower_ for t in sent if not (t.is_punct or t.is_space)]
        return any(tuple(words[:len(seq)]) == seq for seq in self.friendly_care)

    def _get_well(self, doc, start: int) -> bool:
        """(THREAT, session 12) The sign tells what the writer heard ("Jeg hørte, at din kone …") and a get-well word
        stands in its sentence or the next ("… bliver rask igen", "God bedring")."""
        sent = doc[start].sent
        if not any(t.lower_ in self.gw_heard for t in doc[sent.start:start]):
            return False
        nxt = doc[sent.end].sent if sent.end < len(doc) else None
        return any(t.lower_ in self.gw_words or t.lemma_.lower() in self.gw_words
                   for t in (*sent, *(nxt if nxt is not None else ())))

    def _told_in_past(self, sent) -> bool:
        """(THREAT, session 11) The sentence tells of the past: a past verb form ("vinkede", "mødte"), or "så" right
        after the writer ("jeg så dig"; "så ses vi" is no past)."""
        toks = [t for t in sent if not t.is_punct]
        return any(t.lower_ in self.past_day_verbs or (
            t.lower_ in self.past_day_saw and k and toks[k - 1].lower_ in self.past_day_after) for k, t in enumerate(toks))

    def _acquainted(self, sent) -> bool:
        """(THREAT, session 8) The writer knows the person from somewhere ("kender din mand fra fodboldklubben"): a verb
        of knowing a person and "fra" at most ``within`` words after it."""
        if not self.acq_verbs:
            return False
        toks = [t for t in sent if not t.is_punct]
        for i, t in enumerate(toks):
            if t.lower_ in self.acq_verbs and any(x.lower_ in self.acq_from for x in toks[i + 1:i + 1 + self.acq_within]):
                return True
        return False

    def _denied_saying(self, doc, start: int, end: int) -> bool:
        """(THREAT, session 12) The sign is what the writer says they never said: "Jeg sagde ikke, at jeg ville slå ham"
        (the denial may open the sign itself: "aldrig sagt, at jeg ville slå")."""
        sent = doc[start].sent
        before = [t for t in doc[max(sent.start, start - self.ds_within):end - 1] if not (t.is_punct or t.is_space)]
        for k, t in enumerate(before):
            if not self._in(t, self.ds_said) or k + 1 >= len(before):
                continue
            if not any(self._in(x, self.ds_neg) for x in before[max(0, k - self.ds_near):k + 1 + self.ds_near]):
                continue
            if any(x.lower_ in self.ds_writer for x in before[max(0, k - 3):k]):
                return True
        return False

    def _negated_knowing(self, doc, start: int, end: int) -> bool:
        """A verb of knowing in the sign, denied within a few words after it ("ved ikke engang, hvor I bor"),
        and the sentence does not go on to finding out."""
        for t in doc[start:end]:
            if not self._in(t, self.neg_know):
                continue
            after = doc[t.i + 1:min(len(doc), t.i + 1 + self.neg_within + 1)]
            # "ved ikke" / "ved jeg ikke": the negation within `within` words (the subject may stand between)
            if any(self._in(a, self.neg_word) for a in after[: self.neg_within + (1 if after and after[0].pos_ == "PRON" else 0)]):
                sent = t.sent
                if self.neg_unless and any(self._in(x, self.neg_unless) for x in doc[t.i + 1:sent.end]):
                    return False
                return True
        return False

    def _at_writer(self, doc, start: int, end: int) -> bool:
        """Harm aimed at the writer ("slå os ihjel", "I dræber mig"): a first-person object in or right
        beside the sign, and no word for staff there."""
        if not any(self._in(t, g) for t in doc[start:end] for g in self.writer_harm):
            return False
        lo, hi = max(doc[start].sent.start, start - 2), min(doc[start].sent.end, end + 1)
        window = doc[lo:hi]
        # a first-person word before an infinitive "at" right before the sign belongs to the verb before it, not to the
        # harm ("Jeg kunne godt tænke mig at sprænge jeres kontor i luften", "har lyst til at"): only from "at" on
        if start > lo and doc[start - 1].lower_ == "at":
            window = doc[start - 1:hi]
        if not any(t.lower_ in self.writer_objects for t in window):
            return False
        return not any(self._in(t, self.writer_target) for t in window)

    def _idiom(self, doc, start: int, end: int) -> bool:
        """A verb of the sign that opens an idiom a few words later ("skyder projektet i gang")."""
        for t in doc[start:end]:
            if t.lower_ not in self.idiom_words and t.lemma_.lower() not in self.idiom_words:
                continue
            rest = [x.lower_ for x in doc[t.i + 1:min(t.sent.end, t.i + 1 + self.idiom_within + 2)]]
            for seq in self.idiom_follow:
                n = len(seq)
                if any(tuple(rest[k:k + n]) == seq for k in range(0, max(0, len(rest) - n + 1))):
                    return True
        return False

    def hits(self, doc) -> list[ComposedHit]:
        out: list[ComposedHit] = []
        sents = [[t for t in sent if not t.is_punct and not t.is_space] for sent in doc.sents]
        everywhere = [t for toks in sents for t in toks]
        # the groups present per sentence, to skip combinations whose words are not there
        present = [frozenset().union(*(self._groups(t) for t in toks)) for toks in sents]
        in_message = frozenset().union(*present)
        for si, toks in enumerate(sents):
            # words asked for anywhere ('also') may stand in this, the previous or the next
            # sentence ("Mine brødre er ikke tålmodige. De ved, hvem du er.")
            context = (sents[si - 1] if si else []) + toks + (sents[si + 1] if si + 1 < len(sents) else [])
            near_groups = present[si] | (present[si - 1] if si else frozenset()) | (
                present[si + 1] if si + 1 < len(sents) else frozenset())
            for prefix, combos in (("safety:", self.combos), ("watch:", self.watch), (SELF_HARM_CLASS, self.self_harm),
                                   (HYPERBOLE_CLASS, self.hyperbole)):
                for ci, c in enumerate(combos):
                    if c.anchor not in present[si] or not c.needed <= present[si] or not set(c.also) <= near_groups \
                            or not set(c.anywhere) <= in_message or (c.unless_anywhere and set(c.unless_anywhere) & in_message):
                        continue
                    hit = self._match(c, toks, context, everywhere)
                    if hit is not None and prefix == "watch:" and self.friendly_sign \
                            and self._friendly_knowing(doc, *hit, weak=True):
                        continue  # (THREAT, session 7) "Jeg så dig med dine børn, de er blevet store! God jul."
                    if hit is not None and prefix in ("safety:", "watch:") and self._also_plain(doc, c, hit, context):
                        continue  # (THREAT, session 9) "en ny kniv til køkkenet … Må pædagogerne bruge den?"
                    if hit is not None:
                        whole = prefix in (SELF_HARM_CLASS, HYPERBOLE_CLASS)  # one class, no kind/index
                        cls = prefix if whole else prefix + c.kind + ":" + str(ci)
                        if not whole or ComposedHit(cls, *hit) not in out:
                            out.append(ComposedHit(cls, *hit))
            out.extend(self._phrase_hits(toks, present[si]))
        if self.means_groups:
            warned = {doc[h.start].sent.start for h in out if h.cls.startswith(("watch:phrase:", "frame:phrase:"))}
            if warned:
                out.extend(self._means_near(doc, sents, warned))
        if self.sh_threshold and not any(h.cls == SELF_HARM_CLASS or h.cls.startswith("safety:") for h in out):
            if (hit := self._self_harm_model_hit(doc)) is not None:
                out.append(hit)
        return out

    def _also_plain(self, doc, c: Combo, hit: tuple[int, int], context) -> bool:
        """(THREAT, session 9) A combination whose harm word comes only from ``also`` (outside its span: "et våben, der
        skal bruges" on "bruge den") when every such word around it is in its everyday or lawful use ("en ny kniv til
        køkkenet i børnehaven"); only the caution groups (weapons, killing, fire) are read this way."""
        groups = [g for g in c.also if g in self.caution]
        if not groups:
            return False
        start, end = hit
        words = [t for t in context if any(self._in(t, g) for g in groups)]
        if not words or any(start <= t.i < end for t in words):
            return False
        return all(self._plain_use(doc, t.i) for t in words)

    def self_harm_model(self):
        """The trained self-harm classifier, loaded on first use (None when the weights file has none)."""
        if self._sh_model is None:
            from .triage import ThreatClassifier  # the same n-gram classifier as the threat model

            try:
                data = yaml.safe_load(self.sh_weights.read_text(encoding="utf-8")) if self.sh_weights.suffix in (
                    ".yaml", ".yml") else __import__("json").loads(self.sh_weights.read_text(encoding="utf-8"))
            except OSError:
                data = {}
            part = data.get("self_harm")
            self._sh_model = (ThreatClassifier(part), ThreatClassifier(data)) if part and data.get("parts") else False
        return self._sh_model or None

    def _self_harm_model_hit(self, doc) -> ComposedHit | None:
        """The most self-harm-like sentence, when the model finds the message self-harm-like (``threshold``)."""
        models = self.self_harm_model()
        if models is None:
            return None
        model, threat = models
        if self.sh_unless and any(self._in(t, g) for t in doc if not t.is_punct for g in self.sh_unless):
            return None
        text = doc.text  # (built from the tokens on every call: once here)
        p = model.proba(text)
        if p < self.sh_threshold or threat.proba(text) >= p:
            return None  # (more like a threat than like self-harm: "… at ingen af jer kan sove trygt igen")
        sents = [s for s in doc.sents if any(not (t.is_punct or t.is_space) for t in s)]
        if not sents:
            return None
        best = max(sents, key=lambda s: model.proba(s.text)) if len(sents) > 1 else sents[0]
        toks = [t for t in best if not (t.is_punct or t.is_space)]
        return ComposedHit(SELF_HARM_CLASS, toks[0].i, toks[-1].i + 1)

    def _phrase_hits(self, toks, present: frozenset[str]) -> list[ComposedHit]:
        """The fixed phrases (``phrases``, ``watch_phrases``) in a sentence's words, found through an
        index on their first word; a watch phrase whose ``unless`` groups stand in the sentence is left out."""
        out = []
        index = self._phrase_index
        for i, t in enumerate(toks):
            low, lemma = t.lower_, t.lemma_.lower()
            cands = index.get(low, ())
            if lemma != low:
                cands = (*cands, *index.get(lemma, ()))
            for cls, seq, unless in cands:
                n = len(seq)
                if i + n > len(toks) or (unless and unless & present):
                    continue
                if all(toks[i + k].lower_ == w or toks[i + k].lemma_.lower() == w for k, w in enumerate(seq[1:], 1)):
                    hit = ComposedHit(cls, t.i, toks[i + n - 1].i + 1)
                    if hit not in out:
                        out.append(hit)
        return out

    def _means_near(self, doc, sents, warned: set[int]) -> list[ComposedHit]:
        """A means of harm in a sentence with a warning phrase, or in the one before or after it."""
        out = []
        for si, toks in enumerate(sents):
            if not toks:
                continue
            near = {sents[j][0].sent.start for j in (si - 1, si, si + 1) if 0 <= j < len(sents) and sents[j]}
            if not near & warned:
                continue
            for t in toks:
                if any(self._in(t, g) for g in self.means_groups):
                    out.append(ComposedHit("safety:means_warning", t.i, t.i + 1))
        return out

    def _match(self, c: Combo, toks, context, everywhere=()) -> tuple[int, int] | None:
        if any(not any(self._in(t, g) for t in context) for g in c.also):
            return None
        if c.anywhere and not any(self._in(t, c.anchor) for t in toks):
            return None
        if any(not any(self._in(t, g) for t in everywhere) for g in c.anywhere):
            return None
        for i, t in enumerate(toks):
            if not self._in(t, c.anchor):
                continue
            if c.unless_before and any(self._in(toks[j], g) for g, d in c.unless_before.items()
                                       for j in range(max(0, i - d), i)):
                continue
            if c.unless_after and any(self._in(toks[j], g) for g, d in c.unless_after.items()
                                      for j in range(i + 1, min(len(toks), i + 1 + d))):
                continue
            span = [i, i]
            wanted = [(g, d, False) for g, d in (c.near_before or {}).items()]
            wanted += [(g, d, True) for g, d in c.near.items()]
            for g, d, after_too in wanted:
                stop = min(len(toks), i + d + 1) if after_too else i
                found = [j for j in range(max(0, i - d), stop) if j != i and self._in(toks[j], g)]
                if not found:
                    break
                j = min(found, key=lambda j: abs(j - i))
                span = [min(span[0], j), max(span[1], j)]
            else:
                return toks[span[0]].i, toks[span[1]].i + 1
        return None


MODEL_SIGN = "model:threat"  # the signal that shows where the threat classifier found its threat
MODEL_SIGN_LABEL = "ordene ligner en trussel (modellen)"


def model_sign_span(doc, proba) -> tuple[int, int] | None:
    """(THREAT, session 6) Where a message the threat classifier put outside the staircase reads most like a
    threat: the sentence the classifier (``proba``: text -> probability) scores highest on its own, as code-point
    offsets without surrounding spaces; None for an empty message. Shown as a signal, so the handler sees a
    reason, not only a percentage."""
    best, span = -1.0, None
    for sent in doc.sents:
        text = sent.text.strip()
        if not any(ch.isalnum() for ch in text) and not any(ord(ch) > 0x2000 for ch in text):
            continue
        p = proba(text)
        if p > best:
            start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            best, span = p, (start, start + len(text))
    return span


def _last_sentence(doc):
    """The message's last sentence with a word in it (its sign-off), or None."""
    for sent in reversed(list(doc.sents)):
        if any(t.is_alpha for t in sent):
            return sent
    return None


def _is_score(word: str) -> bool:
    """A score in digits ("5-1", "12-10"), not a date or a range of years."""
    a, dash, b = word.partition("-")
    return bool(dash) and a.isdigit() and b.isdigit() and len(a) <= 2 and len(b) <= 2


def _expand(groups: dict) -> dict[str, frozenset[str]]:
    """Word groups; an entry "@name" takes in every word of group ``name``."""
    out: dict[str, frozenset[str]] = {}

    def words(name: str, seen: tuple[str, ...]) -> frozenset[str]:
        if name in out:
            return out[name]
        if name in seen or name not in groups:
            raise KeyError(f"@{name}")
        acc: set[str] = set()
        for w in groups[name]:
            w = str(w).lower()
            acc |= words(w[1:], (*seen, name)) if w.startswith("@") else {w}
        out[name] = frozenset(acc)
        return out[name]

    for name in groups:
        words(name, ())
    return out


def _combo(c: dict) -> Combo:
    return Combo(kind=c["kind"], label=c["label"], anchor=c["anchor"], near=dict(c.get("near") or {}),
                 also=tuple(c.get("also") or ()), near_before=c.get("near_before"),
                 unless_before=c.get("unless_before"), unless_after=c.get("unless_after"),
                 anywhere=tuple(c.get("anywhere") or ()), unless_anywhere=tuple(c.get("unless_anywhere") or ()))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping: a second word group with the name
    of an earlier one would silently replace it (and change every combination that uses it)."""

    def construct_mapping(self, node, deep=False):
        seen: set = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if isinstance(key, str) and key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"nøglen '{key}' står to gange", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


def load(path: Path | None = None) -> SafetyRules:
    path = path or shipped_rules_dir() / SAFETY_FILE
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, yaml.YAMLError) as e:
        raise RuleFileError(path.name, f"kan ikke læses ({e}).") from e
    return SafetyRules(data or {}, path.name)
