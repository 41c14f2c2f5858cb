"""The procedural-justice panel (contract 4): how well a letter covers each element
(indflydelse, gennemskuelighed, tillid, vaerdighed), judged from what the letter does
(the facts the structure checks record: klagevejledning, reasons, next step, contact)
and its tone, not from which findings exist."""

from __future__ import annotations

import functools
from pathlib import Path

import regex
import yaml

from ..vocabulary import ELEMENT_LABELS

HEAVY_LIX = 55  # above this the grounds are hard to follow even when they are there
LIX_MIN_WORDS = 50  # in a shorter text a few long words (a heading, a compound) decide the LIX
_FLAGS = regex.IGNORECASE | regex.MULTILINE
# letter types whose contact the structure checks do not judge, but a reader still needs a way to reach us
_UNJUDGED_CONTACT = frozenset({"andet"})


@functools.cache
def _cues() -> dict:
    """The panel's own cues (panel_cues.yaml), compiled: what the letter itself does
    beside the structure checks' facts (cold wording, an invitation to get in touch,
    a reason in words, a legal reference)."""
    data = yaml.safe_load((Path(__file__).with_name("panel_cues.yaml")).read_text(encoding="utf-8"))

    def one(patterns):
        return regex.compile("|".join(f"(?:{p})" for p in patterns), _FLAGS)

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
    }


_APPLIED_FOR = regex.compile(r"\b(ansøg\w*|søgt|søger|søgte) om\b", _FLAGS)


def _next_step(text: str) -> bool:
    """A date things happen from or by, or what the reader will get, that is not the date of
    what was applied for ("din ansøgning om kontanthjælp fra 1. december")."""
    for m in _cues()["next_step"].finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _APPLIED_FOR.search(text, max(line_start, m.start() - 80), m.start()):
            return True
    return False


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around ``start:end`` (from the last stop or line break before it to the next)."""
    left = max(text.rfind("\n", 0, start), text.rfind(". ", 0, start), text.rfind("! ", 0, start),
               text.rfind("? ", 0, start))
    rights = [i for i in (text.find("\n", end), text.find(". ", end), text.find("! ", end),
                          text.find("? ", end)) if i != -1]
    return left + 1, min(rights, default=len(text))


def _pressure(text: str, flagged) -> list[str]:
    """Sentences that hold a consequence over the reader or scold, which the tone checks did not
    flag (``flagged``: spans of their warnings): the words of each, shortened."""
    cues = _cues()
    found, seen = [], []
    for m in cues["pressure"].finditer(text):
        a, b = _sentence(text, m.start(), m.end())
        if any(a <= s < b or s <= a < e for s, e in flagged) or any(a == s for s, _ in seen):
            continue
        if cues["pressure_unless"].search(text, a, b):
            continue
        seen.append((a, b))
        words = " ".join(m.group(0).split())
        found.append(words if len(words) <= 60 else words[:57].rstrip() + " …")
    return found


def _cold(text: str) -> str | None:
    """The authority's phrase that makes a letter cold (it speaks as an authority and
    nowhere as a person: no thanks, no "jeg", no friendly word), else None."""
    cues = _cues()
    if cues["warmth"].search(text):
        return None
    m = cues["impersonal"].search(text)
    return " ".join(m.group(0).split()).rstrip(":") if m else None


def element_status(analysis, findings) -> dict:
    """How well the letter covers each procedural-justice element, from what the
    letter does (its klagevejledning, reasons, next step, contact and tone), as
    ``{key: ElementStatus}``."""
    from ..report import ElementStatus

    facts = analysis.__dict__.get("_struktur", {})
    text = analysis.text
    cues = _cues()
    contact = facts.get("struktur.kontakt")
    if contact is None and analysis.letter_type in _UNJUDGED_CONTACT:
        # a type the structure checks do not judge: whether there is a way to reach us, read here
        contact = bool(_cues()["contact_way"].search(analysis.text))
    next_step = facts.get("struktur.naeste-skridt")
    kv = facts.get("klagevejledning")
    reasons = facts.get("begrundelse")
    outcome = analysis.__dict__.get("_complaint", (None, None))[1]
    tone = [f for f in findings if f.category == "tone" and f.severity in ("warning", "error")]
    formal = any(f.rule == "klarsprog.tiltale" for f in findings)
    closed = any(f.rule == "tone.lukker-doeren" or "tone.lukker-doeren" in getattr(f, "also_rules", ())
                 for f in findings)
    # distinct references: the page's paragraph-wise findings and the whole letter's merged one agree
    unexplained = len({f.text.casefold() for f in findings if f.rule == "klarsprog.paragraf"})
    out = {}

    def put(key, status, reason):
        out[key] = ElementStatus(status=status, label=ELEMENT_LABELS[key], reason=reason)

    # indflydelse: may the reader respond, ask and complain?
    if kv == "missing" and outcome is None and cues["refusal"].search(text):
        put("indflydelse", "missing", "Brevet siger nej, men ikke hvordan man klager.")
    elif kv == "missing" and outcome is None and contact is False:  # no guidance and no way to reach us
        put("indflydelse", "missing", "Brevet siger ikke, hvordan læseren kan kontakte os eller klage.")
    elif kv == "missing" and outcome is None:  # maybe a full grant, which needs none
        put("indflydelse", "weak", "Brevet siger ikke, hvordan man klager. Giver afgørelsen ikke fuldt medhold, "
            "skal der være klagevejledning.")
    elif kv == "missing":
        put("indflydelse", "missing", "Afgørelsen siger ikke, hvordan man klager.")
    elif kv == "incomplete":
        put("indflydelse", "weak", "Klagevejledningen er ikke komplet.")
    elif kv == "no-appeal-unstated":
        put("indflydelse", "weak", "Brevet siger ikke, om og hvor man kan klage (på området er der normalt ingen klageadgang).")
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
    elif contact is False:  # no way to respond, unless there is a complaint route or an invitation to answer
        invited = analysis.letter_type == "partshoering"  # the hearing asks for an answer, but not where
        asked = not invited and bool(cues["invite_contact"].search(text))  # "kontakt os" without how
        forwarded = not (invited or asked) and bool(cues["forwarded"].search(text))
        put("indflydelse", "weak" if invited or asked or forwarded or kv not in (None, "not-needed") else "missing",
            "Brevet beder om et svar, men siger ikke, hvor det skal sendes." if invited
            else "Brevet beder læseren kontakte os, men siger ikke hvordan (telefon, mail eller adresse)." if asked
            else "Klagen er sendt videre, men brevet siger ikke, hvordan læseren kan kontakte os." if forwarded
            else "Brevet siger ikke, hvordan læseren kan kontakte os.")
    elif contact is None and kv is None:
        put("indflydelse", "covered", "Denne brevtype stiller ingen krav her.")
    else:
        put("indflydelse", "covered", "Læseren kan kontakte os" + (" og ved, hvordan man klager." if kv else "."))
    # gennemskuelighed: does the reader see on what grounds?
    if reasons == "missing" and not facts.get("begrundelse_rule") and not cues["causal"].search(text):
        put("gennemskuelighed", "missing", "Afgørelsen siger ikke, hvorfor.")
    elif reasons == "missing" and not facts.get("begrundelse_rule"):  # "da du ikke opfylder betingelserne"
        put("gennemskuelighed", "weak", "Begrundelsen er for tynd: den siger ikke, hvad i sagen der afgjorde det.")
    elif reasons == "missing":  # a rule named, but not applied to the reader's case
        put("gennemskuelighed", "weak", "Afgørelsen nævner reglen eller en vurdering, men ikke hvad i sagen der afgjorde den.")
    elif reasons == "unclear":
        put("gennemskuelighed", "weak", "Vi kan ikke se en begrundelse; tjek, at brevet siger, hvorfor.")
    elif (analysis.letter_type == "afgoerelse" and outcome is None and reasons in (None, "not-needed")
          and cues["legal_reference"].search(text) and not cues["causal"].search(text)):
        # a decision we cannot read as a grant, whose only grounds are a paragraph
        put("gennemskuelighed", "weak", "Afgørelsen henviser kun til en regel og siger ikke med almindelige ord, hvorfor.")
    elif (unexplained >= 2 and reasons != "present") or (
            analysis.count.lix > HEAVY_LIX and analysis.count.words >= LIX_MIN_WORDS):
        put("gennemskuelighed", "weak", "Paragraffer uden forklaring eller tung tekst gør grundlaget svært at se.")
    else:  # (the next step is trust, not grounds: see tillid)
        put("gennemskuelighed", "covered", "Grundlaget for afgørelsen fremgår." if reasons == "present"
            else "Brevet er let at følge.")
    # tillid: a person to reach and a predictable next step
    if next_step is False and _next_step(text):
        next_step = True  # a date things happen from or by, which the structure checks' wording missed
    known = [v for v in (contact, next_step) if v is not None]
    if not known:
        put("tillid", "covered", "Denne brevtype stiller ingen krav her.")
    elif not any(known) and len(known) == 1:  # the other is not asked of this letter type
        put("tillid", "weak", "Brevet siger ikke, hvordan læseren kan kontakte os." if contact is False
            else "Brevet siger ikke, hvad der sker nu.")
    elif not any(known):
        put("tillid", "missing", "Ingen kontakt og intet næste skridt.")
    elif known and not all(known):
        put("tillid", "weak", "Brevet mangler enten en kontakt eller et næste skridt.")
    elif contact and next_step:
        put("tillid", "covered", "Der er en kontakt, og læseren ved, hvad der sker.")
    else:
        put("tillid", "covered", "Der er en kontakt." if contact else "Læseren ved, hvad der sker.")
    # værdighed: polite, no pressure or correction
    more = _pressure(text, [(f.start, f.end) for f in tone])
    example = f" (fx »{more[0]}«)" if more else ""
    tone = tone + more
    if len(tone) >= 2:
        put("vaerdighed", "missing", f"{len(tone)} formuleringer kan virke som pres eller irettesættelse{example}.")
    elif tone and formal:
        put("vaerdighed", "missing", f"De-form og en formulering, der kan virke som pres eller irettesættelse{example}.")
    elif tone or formal:
        put("vaerdighed", "weak", (f"En formulering kan virke afvisende{example}." if tone else "De-form virker fjern."))
    elif cold := _cold(text):
        put("vaerdighed", "weak", f"Brevet er korrekt, men koldt: det taler som en myndighed (»{cold}«) "
            "og har ingen tak, intet »jeg« og ingen venlige ord.")
    else:
        put("vaerdighed", "covered", "Ingen formuleringer, der presser eller irettesætter.")
    return out
