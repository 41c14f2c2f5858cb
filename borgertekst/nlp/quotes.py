"""Text the letter quotes: the citizen's (or a third party's) own words.

Rules with ``skip_quoted: true`` drop findings inside these regions: jargon,
shouting or swearing in a quotation belongs to the person quoted, not to the
writer. A region is

- text in quotation marks (»…«, “…”, „…“, "…"), within one paragraph;
- what follows a quoting colon ("Du skriver:", "De anfører i Deres klage bl.a.:",
  "Af servicelovens § 100 fremgår følgende:") up to the end of that paragraph, or
  the next paragraph when the colon ends one;
- e-mail quoting: lines that start with ">".

Offsets are code points into the analysed text.
"""

from __future__ import annotations

import bisect

import regex

MAX_QUOTE = 1500  # longer "quotations" are more likely unbalanced marks

_MARKS = regex.compile(
    r"»[^»«\n]{1,%d}?«|«[^»«\n]{1,%d}?»|“[^“”\n]{1,%d}?”|„[^„“”\n]{1,%d}?[“”]|\"[^\"\n]{1,%d}?\""
    % ((MAX_QUOTE,) * 5)
)
# "Du skriver:", "Du skriver bl.a.:", "De anfører i Deres klage bl.a.:", "Han sagde til os:": the verb
# after any word (du, De, borgeren, din datter …), found from the verb (a scan from every word is slow)
_COLON = regex.compile(
    r"(?<=\w\s+)(?:skriver|skrev|anfører|anførte|siger|sagde|fortæller|fortalte|citerer|har skrevet|har anført)\b"
    r"(?:\s+[\w.]+){0,6}?\s*:[ \t]*",
    regex.IGNORECASE,
)
_MARK_CHARS = "»«“”„\""
# the wording of a law quoted after a colon: "Af servicelovens § 100 fremgår følgende:",
# "I § 14 i lov om social pension står der:", "Bestemmelsen har følgende ordlyd:". The verb and
# colon are found first (rare), then a law is looked for before them on the same line.
_LAW_ANCHOR = regex.compile(
    r"\b(?:fremgår|står|lyder|hedder|bestemmer|siger|har følgende ordlyd|er formuleret således)"
    r"(?:\s+(?:der|det|følgende|bl\.a\.|blandt andet|således|sådan))*\s*:[ \t]*",
    regex.IGNORECASE,
)
_LAW_WORD = regex.compile(
    r"§|\b(?:lov|loven|lovens|bekendtgørelse\w*|bestemmelse\w*|cirkulære\w*)\b|\w(?:lov|loven|lovens)\b",
    regex.IGNORECASE,
)
_READER = regex.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b", regex.IGNORECASE)
LAW_REACH = 120  # characters before the verb where the law must be named


def _law_colon_ends(text: str):
    for m in _LAW_ANCHOR.finditer(text):
        lo = max(m.start() - LAW_REACH, text.rfind("\n", 0, m.start()) + 1, text.rfind(":", 0, m.start()) + 1)
        if _LAW_WORD.search(text, lo, m.start()):
            yield m.end()


_MAIL_QUOTE = regex.compile(r"(?m)^[ \t]*>.*$")
_PARA_END = regex.compile(r"\n[ \t]*\n")


def quoted_regions(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) regions of quoted text."""
    spans: list[tuple[int, int]] = []
    for m in _MARKS.finditer(text):
        spans.append((m.start() + 1, m.end() - 1))
    law_ends = set(_law_colon_ends(text))
    for colon_end in [*(m.end() for m in _COLON.finditer(text)), *law_ends]:
        start = colon_end
        rest = text[start:]
        if rest[:1] in "»«“„\"":
            continue  # the quotation marks mark the quotation
        if rest.startswith("\n") or not rest.strip("\n \t")[:1] or rest[:1] == "\n":
            # the colon ends its paragraph: the next paragraph is the quotation
            nxt = _PARA_END.search(text, colon_end - 1)
            start = nxt.end() if nxt and nxt.start() <= start + 2 else start
            while start < len(text) and text[start] in "\n \t":
                start += 1
        end_m = _PARA_END.search(text, start)
        end = end_m.start() if end_m else len(text)
        if colon_end in law_ends and _READER.search(text, start, end):
            continue  # "Af § 38 b fremgår: • Størrelsen af dit …": the writer's paraphrase, not the law's words
        if end > start and end - start <= MAX_QUOTE:
            spans.append((start, end))
    for m in _MAIL_QUOTE.finditer(text):
        spans.append((m.start(), m.end()))
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


class Quotes:
    """Quoted regions of one text, with a fast containment test."""

    def __init__(self, text: str):
        self.text = text
        self.regions = quoted_regions(text)
        self._starts = [s for s, _ in self.regions]

    def inside(self, start: int, end: int) -> bool:
        """Whether [start, end) lies within one quoted region. The quotation marks
        at the span's edges do not count: a sentence that is all quotation
        (`"Jeg anmoder hermed om …"`) includes its marks, the region does not."""
        if not self.regions:
            return False
        text = self.text
        while start < end and text[start] in _MARK_CHARS:
            start += 1
        while end > start and text[end - 1] in _MARK_CHARS:
            end -= 1
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self.regions[i][1] >= end


def for_analysis(analysis) -> Quotes:
    """The quoted regions of an analysis' text, worked out once."""
    cached = analysis.__dict__.get("_quotes")
    if cached is None:
        cached = analysis.__dict__["_quotes"] = Quotes(analysis.text)
    return cached
