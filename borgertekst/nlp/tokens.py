"""The plain-Python view of a Doc's tokens that the components and checks read.

Every ``doc[i]`` or ``for tok in doc`` builds a ``Token`` object, and each of
its string attributes decodes a string again: a 400-word letter has about 480
tokens, and the language layer and checks walked them several times.
``token_table(doc)`` reads the token texts and flags once, from single-column
arrays (``Doc.to_array`` of one attribute is cheap; of several, not), and keeps
them in ``doc.user_data`` for the next reader.

The table holds what never changes after tokenisation (text, whitespace,
space and punctuation flags); a Doc with a different number of tokens (a
retokenised one) gets a new table.
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc

_KEY = "borgertekst_token_table"


class TokenTable(NamedTuple):
    """Per token of a Doc: ``orths`` (ORTH hashes), ``texts``, ``whitespace``
    (" " or "", as ``Token.whitespace_``), ``is_space`` and ``is_punct``. Plain
    lists in a tuple, so ``doc.user_data`` still serialises."""

    orths: list[int]
    texts: list[str]
    whitespace: list[str]
    is_space: list[bool]
    is_punct: list[bool]


_texts: dict[int, str] = {}  # ORTH hash -> text: a dict lookup is cheaper than decoding it again


def _build(doc: Doc) -> TokenTable:
    if not len(doc):
        return TokenTable([], [], [], [], [])
    strings = doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()
    known = _texts
    texts = []
    for orth in orths:
        text = known.get(orth)
        if text is None:
            if len(known) > 200_000:
                known.clear()
            text = known[orth] = strings[orth]
        texts.append(text)
    return TokenTable(
        orths=orths,
        texts=texts,
        whitespace=[" " if flag else "" for flag in doc.to_array(SPACY).tolist()],
        is_space=doc.to_array(IS_SPACE).astype(bool).tolist(),
        is_punct=doc.to_array(IS_PUNCT).astype(bool).tolist(),
    )


def token_table(doc: Doc) -> TokenTable:
    """The ``TokenTable`` of ``doc``, built once per Doc."""
    table = doc.user_data.get(_KEY)
    if table is None or len(table[1]) != len(doc):
        table = doc.user_data[_KEY] = _build(doc)
    return table
