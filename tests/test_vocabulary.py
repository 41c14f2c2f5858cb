"""Categories, severities, letter types and elements exist once (borgertekst/vocabulary.py)."""

import ast
from pathlib import Path
from typing import get_args

import pytest

from borgertekst import vocabulary as v

PACKAGE = Path(__file__).resolve().parents[1] / "borgertekst"


def test_every_value_has_a_danish_label_and_nothing_else():
    assert set(v.CATEGORY_LABELS) == set(v.CATEGORIES)
    assert set(v.SEVERITY_LABELS) == set(v.SEVERITY_PLURAL) == set(v.SEVERITIES)
    assert set(v.LETTER_TYPE_LABELS) == set(v.LETTER_TYPES)
    assert set(v.ELEMENT_LABELS) == set(v.ELEMENTS)
    assert [v.SEVERITY_RANK[s] for s in ("info", "warning", "error")] == [0, 1, 2]


def test_the_schemas_use_the_same_literals():
    from borgertekst.api import schemas
    from borgertekst.rulebook import schema

    assert get_args(schema.Category) == v.CATEGORIES and get_args(schema.Severity) == v.SEVERITIES
    assert get_args(schema.LetterType) == v.LETTER_TYPES == get_args(schemas.LetterType)
    assert get_args(schema.Protects) == v.ELEMENTS


@pytest.mark.parametrize("values", [v.CATEGORIES, v.SEVERITIES, v.LETTER_TYPES])
def test_no_module_spells_out_a_list_of_its_own(values):
    """A tuple/list/Literal repeating the values in their order outside vocabulary.py (a different
    order, such as a tie-break priority, is a decision of its own)."""
    wanted = set(values)
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "vocabulary.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            elts = None
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                elts = node.elts
            if elts and [e.value for e in elts if isinstance(e, ast.Constant) and e.value in wanted] == list(values):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders, offenders
