"""Which severity a rule's measured precision supports (issue 12).

A rule may ship as ``error`` only when at least 95 % of its findings are right,
as ``warning`` with at least 85 %; otherwise ``info``. Fewer than
``MIN_JUDGED`` judged findings give no verdict. Used by ``bench/quality.py``
(which measures) and ``rules lint`` (which warns about severities above it).
"""

from __future__ import annotations

ERROR_MIN = 0.95
WARNING_MIN = 0.85
MIN_JUDGED = 5


def supported_severity(precision: float | None, judged: int) -> str | None:
    if precision is None or judged < MIN_JUDGED:
        return None
    if precision >= ERROR_MIN:
        return "error"
    if precision >= WARNING_MIN:
        return "warning"
    return "info"
