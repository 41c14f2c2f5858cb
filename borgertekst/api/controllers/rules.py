"""``/v1/rules``: the rule set the server checks with."""

from __future__ import annotations

from typing import Any

import msgspec
from litestar.di import NamedDependency
from litestar.params import FromPath
from litestar import get
from litestar.exceptions import NotFoundException

from ...engine import Analyzer
from ..schemas import RuleSummary


def _summary(rule) -> RuleSummary:
    return RuleSummary(
        id=rule.id, type=type(rule).__struct_config__.tag, category=rule.category, severity=rule.severity,
        message=rule.message, explanation=rule.explanation, protects=list(rule.protects), link=rule.link,
        enabled=rule.enabled, applies_to=list(rule.applies_to),
    )


@get("/rules", summary="Alle regler")
async def list_rules(analyzer: NamedDependency[Analyzer]) -> list[RuleSummary]:
    return [_summary(lr.rule) for lr in analyzer.ruleset.rules.values()]


@get("/rules/{rule_id:str}", summary="Én regel med data og eksempler")
async def get_rule(rule_id: FromPath[str], analyzer: NamedDependency[Analyzer]) -> dict[str, Any]:
    try:
        rule = analyzer.ruleset.get(rule_id)
    except KeyError:
        raise NotFoundException(f"Reglen '{rule_id}' findes ikke.") from None
    out = msgspec.to_builtins(rule)
    out["type"] = type(rule).__struct_config__.tag
    return out
