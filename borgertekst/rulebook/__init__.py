"""Rule sets as data: schema, loading, lint and example tests."""

from .loader import RuleFileError, RuleSet, load_ruleset, shipped_rules_dir
from .schema import Rule

__all__ = ["Rule", "RuleFileError", "RuleSet", "load_ruleset", "shipped_rules_dir"]
