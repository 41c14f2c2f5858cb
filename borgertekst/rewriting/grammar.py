"""The closed word classes in ``grammar.yaml``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import msgspec
import yaml

DATA = Path(__file__).with_name("grammar.yaml")


class Grammar(msgspec.Struct, forbid_unknown_fields=True):
    determiners: frozenset[str]
    agreement: dict[str, tuple[str | None, str]]
    pronouns: frozenset[str]
    object_before: frozenset[str]
    possessives: frozenset[str]
    modals: frozenset[str]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    return msgspec.convert(yaml.safe_load(DATA.read_text(encoding="utf-8")), Grammar)
