"""A proposed change to the original text, before it is checked."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    rule: str
    start: int  # code-point offsets into the original text
    end: int
    new: str
    level: str = "word"  # "word" or "sentence"
    covers: set[str] = field(default_factory=set)  # rule ids of the findings it resolves
    hint: bool = False  # text with a blank for the writer to fill in: shown, never applied

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


def apply(text: str, changes) -> str:
    """Apply non-overlapping changes (with .start, .end, .new) right to left."""
    out = text
    for c in sorted(changes, key=lambda c: c.start, reverse=True):
        out = out[:c.start] + c.new + out[c.end:]
    return out


def apply_within(text: str, start: int, end: int, changes) -> str | None:
    """``text[start:end]`` with the changes that lie wholly inside it applied;
    None when a change straddles the border (the caller then leaves it alone)."""
    inside = []
    for c in changes:
        if c.end <= start or c.start >= end:
            continue
        if c.start < start or c.end > end:
            return None
        inside.append(c)
    piece = text[start:end]
    for c in sorted(inside, key=lambda c: c.start, reverse=True):
        piece = piece[:c.start - start] + c.new + piece[c.end - start:]
    return piece
