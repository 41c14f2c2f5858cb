"""What the page and the plugins may report: enums, ids and bucketed numbers, never text.

An event says what a caseworker did with one finding (``shown``, ``applied``, ``rewritten``,
``ignored``, ``ignored_always``) or, as ``checked``, the state of one letter when the
caseworker left it (letter type and LIX/words buckets, no rule). Every field is a closed
set of values or a rule id that must exist in the loaded rules, so no field can carry a word
of a letter; unknown fields are refused. LIX and word counts arrive as the lower bound of
their bucket (``LIX_BUCKETS``, ``WORD_BUCKETS``), so a precise count cannot identify a letter.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec

from ..vocabulary import Category, LetterType, Severity

FINDING_ACTIONS = ("shown", "applied", "rewritten", "ignored", "ignored_always")
ACTIONS = FINDING_ACTIONS + ("checked",)
CLIENTS = ("page", "browser", "tinymce", "word")
LIX_BUCKETS = tuple(range(0, 85, 5))  # 0–4, 5–9, … 80+ (the lower bound is sent)
WORD_BUCKETS = (0, 50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000)
MAX_EVENTS = 500  # per request
RULE_ID = r"^[\w.\-]{1,100}$"  # checked against the loaded rules; never free text

Action = Literal["shown", "applied", "rewritten", "ignored", "ignored_always", "checked"]
Client = Literal["page", "browser", "tinymce", "word"]
LixBucket = Literal[0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80]
WordBucket = Literal[0, 50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000]

# the Literals above and the tuples used elsewhere must not drift apart
assert Action.__args__ == ACTIONS  # noqa: S101
assert LixBucket.__args__ == LIX_BUCKETS and WordBucket.__args__ == WORD_BUCKETS  # noqa: S101


class InsightEvent(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One thing a caseworker did with a finding, or (``checked``) one letter's state."""

    action: Annotated[Action, msgspec.Meta(
        description="Hvad medarbejderen gjorde: `shown` (fundet blev vist), `applied` (forslaget blev brugt), "
                    "`rewritten` (omskrevet), `ignored`, `ignored_always` (ignoreret altid), eller `checked` "
                    "(brevets tilstand, uden regel).")]
    rule: Annotated[str, msgspec.Meta(pattern=RULE_ID, description="Regel-id, fx `tone.tryk`; skal findes i serverens regler. Udelades ved `checked`.")] | None = None
    category: Category | None = None
    severity: Severity | None = None
    letter_type: LetterType | None = None
    client: Client = "page"
    lix: Annotated[LixBucket, msgspec.Meta(description="LIX-interval (nedre grænse, trin på 5; 80 = 80 eller mere).")] | None = None
    words: Annotated[WordBucket, msgspec.Meta(description="Antal ord som interval (nedre grænse).")] | None = None


EventBatch = Annotated[list[InsightEvent], msgspec.Meta(min_length=1, max_length=MAX_EVENTS)]


def lix_bucket(lix: float) -> int:
    return min(80, max(0, int(lix // 5 * 5)))


def words_bucket(words: int) -> int:
    return max(b for b in WORD_BUCKETS if b <= max(0, words))


class Row(msgspec.Struct, frozen=True):
    """An event as stored: the client's fields plus the server's department, all required."""

    action: str
    rule: str  # "" for checked
    category: str  # "" when unknown
    severity: str
    letter_type: str
    client: str
    department: str
    lix: int  # -1 when unknown
    words: int


def check_events(events: list[InsightEvent], rules: dict) -> list[str]:
    """Danish problems with the batch (by position, never by value); empty when it can be stored.

    ``rules``: rule id -> rule (with ``category``/``severity``) of the loaded rule set."""
    problems = []
    for i, e in enumerate(events):
        if e.action == "checked":
            if e.rule is not None:
                problems.append(f"[{i}].rule: 'checked' handler om et brev, ikke en regel; udelad 'rule'.")
            continue
        if e.rule is None:
            problems.append(f"[{i}].rule: '{e.action}' kræver et regel-id.")
        elif e.rule not in rules:
            problems.append(f"[{i}].rule: reglen findes ikke i serverens regler.")
    return problems


def to_rows(events: list[InsightEvent], rules: dict, department: str) -> list[Row]:
    """Rows to store; category and severity fall back to the rule's own when not sent."""
    rows = []
    for e in events:
        rule = rules.get(e.rule) if e.rule else None
        rows.append(Row(
            action=e.action, rule=e.rule or "",
            category=e.category or (rule.category if rule is not None else ""),
            severity=e.severity or (rule.severity if rule is not None else ""),
            letter_type=e.letter_type or "", client=e.client, department=department,
            lix=-1 if e.lix is None else e.lix, words=-1 if e.words is None else e.words,
        ))
    return rows
