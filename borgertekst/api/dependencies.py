"""Objects built once per process and handed to the handlers."""

from __future__ import annotations

from ..engine import Analyzer


def get_analyzer() -> Analyzer:
    """The current analyzer. Switch to ``RuleStore().analyzer()`` (rule reload) here."""
    from ..engine import default_analyzer

    return default_analyzer()
