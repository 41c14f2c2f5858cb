"""How each rule type finds its matches.

A matcher is compiled once per rule (``compile(rule, nlp)``) and then called per
analysis (``find(analysis)``), yielding ``Hit``s. The engine turns hits into
findings. Types are registered by name, like spaCy's factories; checks that
need code register a function under ``functions``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

MATCHER_TYPES: dict[str, Callable] = {}
FUNCTIONS: dict[str, Callable] = {}


@dataclass
class Hit:
    start: int
    end: int
    replace: list[str] = field(default_factory=list)
    explain: str = ""
    message: str | None = None
    fields: dict[str, str] = field(default_factory=dict)  # extra message placeholders


def rule_type(name: str):
    """Register the matcher class for rules of ``type: name``."""

    def deco(cls):
        MATCHER_TYPES[name] = cls
        return cls

    return deco


def check_function(name: str):
    """Register a code check usable as ``type: function`` / ``function: name``.

    The function is called as ``fn(analysis, rule, state) -> Iterable[Hit]``;
    an optional ``fn.setup(rule, nlp)`` builds ``state`` once per rule."""

    def deco(fn: Callable[..., Iterable[Hit]]):
        FUNCTIONS[name] = fn
        return fn

    return deco


def load_all() -> None:
    """Import every module that registers types and functions."""
    from . import metric, pattern, phrases, wordlist  # noqa: F401
    from ..checks import klarsprog, stavning, struktur  # noqa: F401
    from . import function  # noqa: F401
