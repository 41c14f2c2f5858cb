"""``Hit``: what a matcher yields for one match; the engine turns it into a ``Finding``."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Hit:
    start: int  # code-point offsets into the analysed text
    end: int
    replace: list[str] = field(default_factory=list)  # drop-in replacements for the span
    explain: str = ""
    message: str | None = None  # overrides the rule's message
    fields: dict[str, str] = field(default_factory=dict)  # extra message placeholders
    advice: bool = False  # ``replace`` explains the word (an entry's ``word_class: gloss``), not text for the span
    milder: bool | int = False  # the check is unsure of this hit: the finding is that many severity steps milder (True = 1)
