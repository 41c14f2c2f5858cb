"""Objects built once per process and handed to the handlers."""

from __future__ import annotations

import threading

from ..engine import Analyzer
from .rulestore import RuleStore

_store: RuleStore | None = None
_lock = threading.Lock()


def rule_store() -> RuleStore:
    """The process's rules: reloaded when rule files change (a thread of their own looks every
    half second, so every server process follows a change), last good set kept."""
    global _store
    with _lock:
        if _store is None:
            # the watcher thread looks for changes (and waits until a save is complete);
            # requests only take the analyzer in service
            _store = RuleStore(shared_lint=True, interval=3600)
            _store.watch(every=0.5)
        return _store


def get_analyzer() -> Analyzer:
    """The current analyzer (cheap per request; the rule store reloads changed rules)."""
    return rule_store().analyzer()
