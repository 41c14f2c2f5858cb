"""Text a rewrite must never touch: what the letter quotes (quotation marks, the
citizen's own words after "Du skriver:") and masked CPR numbers ("010190-XXXX").

When the language layer's quote finder (``borgertekst.nlp.quotes``) is there,
its regions are used as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

# „…“ "…" »…« «…» “…” and '…' around at least one word; not across a blank line
_QUOTED = re.compile(r"„[^“”\"\n]*(?:\n(?!\s*\n)[^“”\"\n]*)*[“”\"]"
                     r"|\"[^\"\n]+\""
                     r"|“[^”\n]+”"
                     r"|»[^«\n]+«"
                     r"|«[^»\n]+»"
                     r"|(?<!\w)'[^'\n]{2,}'(?!\w)")
# "Du skriver: …" / "I din mail skriver du: …" – the rest of the paragraph is the citizen's,
# unless quotation marks right after the colon say where the quote ends
_SAYS = re.compile(r"\b(?:skriver|skrev|siger|sagde|spørger|spurgte|citat)\b[^.\n:]{0,40}:[ \t]*", re.IGNORECASE)
CPR_MASK = re.compile(r"\b\d{6}-?(?:X{4}|x{4}|\*{4})|\bX{4}\b")


def _paragraph_end(text: str, start: int) -> int:
    end = text.find("\n\n", start)
    return len(text) if end < 0 else end


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Code-point ranges of quoted text (the marks included)."""
    return list(_quoted_spans(text))


@lru_cache(maxsize=4)  # asked once per finding of the same letter (Brug replacements, rewrite)
def _quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
    marked = {start for start, _ in spans}
    for m in _SAYS.finditer(text):
        if m.end() in marked:  # "Du skriver: »…«": the marks say where the citizen's words end
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if text[m.end():line_end].strip():
            spans.append((m.end(), _paragraph_end(text, m.end())))
    try:
        from ..nlp import quotes as shared  # the language layer's finder, when present
    except ImportError:
        shared = None
    finder = getattr(shared, "quoted_spans", None) or getattr(shared, "quoted_regions", None)
    if finder is not None:
        try:
            for region in finder(text):
                start, end = (region.start, region.end) if hasattr(region, "start") else region[:2]
                spans.append((int(start), int(end)))
        except (TypeError, ValueError):  # a different shape: our own regions still hold
            pass
    return tuple(sorted(spans))


def masked_spans(text: str) -> list[tuple[int, int]]:
    return list(_masked_spans(text))


@lru_cache(maxsize=4)
def _masked_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in CPR_MASK.finditer(text))
