"""The words the whole program shares, defined once: categories, severities,
letter types and procedural-justice elements, with their Danish labels.

Each list is a ``Literal`` (for msgspec schemas and type checkers); the tuple
of its values comes from ``typing.get_args``, so the two cannot drift apart.
Report, rule schema, API schemas, CLI output, batch report and lint import
them from here.
"""

from __future__ import annotations

import re
from typing import Literal, get_args

Category = Literal["klarsprog", "fagsprog", "tone", "struktur", "stavning"]
Severity = Literal["info", "warning", "error"]  # weakest first
LetterType = Literal["afgoerelse", "kvittering", "klagesvar", "indkaldelse", "partshoering", "information", "andet"]
# The four things a reader should feel (procedural justice, seed 004:1198-1222).
Element = Literal["indflydelse", "gennemskuelighed", "tillid", "vaerdighed"]

CATEGORIES: tuple[str, ...] = get_args(Category)
SEVERITIES: tuple[str, ...] = get_args(Severity)
LETTER_TYPES: tuple[str, ...] = get_args(LetterType)
ELEMENTS: tuple[str, ...] = get_args(Element)

SEVERITY_RANK: dict[str, int] = {name: i for i, name in enumerate(SEVERITIES)}

CATEGORY_LABELS: dict[str, str] = {
    "klarsprog": "Klarsprog",
    "fagsprog": "Fagsprog",
    "tone": "Tone (TRYK → TRÆK)",
    "struktur": "Struktur",
    "stavning": "Stavning",
}
SEVERITY_LABELS: dict[str, str] = {"error": "fejl", "warning": "advarsel", "info": "info"}
SEVERITY_PLURAL: dict[str, str] = {"error": "fejl", "warning": "advarsler", "info": "info"}
LETTER_TYPE_LABELS: dict[str, str] = {
    "afgoerelse": "Afgørelse", "kvittering": "Kvittering", "klagesvar": "Svar på klage",
    "indkaldelse": "Indkaldelse", "partshoering": "Partshøring", "information": "Information", "andet": "Andet",
}
ELEMENT_LABELS: dict[str, str] = {
    "indflydelse": "Indflydelse",
    "gennemskuelighed": "Gennemskuelighed og neutralitet",
    "tillid": "Tillid",
    "vaerdighed": "Værdighed og respekt",
}

# A suggestion with one of these is a template for the writer to fill in ("Jeg er ked
# af, at …", "senest den [dato]", "fx …"), never text to put in the letter as it stands.
FILL_IN = re.compile(r"\[|…|\.\.\.|\bfx\b|\bf\.eks\.|:|\(")


# A gloss that explains a word with a clause of its own ("vurdering af, hvad du selv kan",
# "dem, hjælpen er til", "at se papirerne i din sag") does not fit the word's slot; a whole
# sentence ("Hvis du har nye oplysninger, er du velkommen …") and a phrase that ends by
# opening a clause ("Jeg kan fortælle dig, at") do.
CLAUSE_GLOSS = re.compile(r"^at\s|,\s(?!at$)")
SENTENCE = re.compile(r"[.!?]\s*$|[.!?]\s+\S")


def is_drop_in(suggestion: str) -> bool:
    """True when ``suggestion`` can replace a span as it stands: no gap to fill in, and not
    a clause that explains the word."""
    if not suggestion.strip() or FILL_IN.search(suggestion):
        return False
    return bool(SENTENCE.search(suggestion)) or not CLAUSE_GLOSS.search(suggestion.strip())
