"""The figures staff look at: per rule shown / applied % / ignored % with a weekly trend, and
the LIX distribution of letters over time per letter type and department. Used by the page
``/indsigt``, its CSV export and ``borgertekst rules stats``."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, timedelta

from .events import FINDING_ACTIONS
from .store import InsightStore, utc_today

LIX_BANDS = [  # (label, lower bound, upper bound) as in the corpus report
    ("meget let", 0, 25), ("let", 25, 35), ("middel", 35, 45), ("svær", 45, 55), ("meget svær", 55, None),
]
BAND_COLOURS = ["#2e7d32", "#689f38", "#f9a825", "#ef6c00", "#c62828"]
APPLIED = ("applied", "rewritten")
IGNORED = ("ignored", "ignored_always")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-U{week:02d}"


def band_of(lix: int) -> int:
    for i, (_, lo, hi) in enumerate(LIX_BANDS):
        if lix >= lo and (hi is None or lix < hi):
            return i
    return len(LIX_BANDS) - 1


@dataclass
class Filters:
    weeks: int = 12
    department: str | None = None
    letter_type: str | None = None
    client: str | None = None
    today: date | None = None

    @property
    def until(self) -> date:
        return self.today or utc_today()

    @property
    def weeks_list(self) -> list[date]:
        last = week_start(self.until)
        return [last - timedelta(weeks=i) for i in range(self.weeks - 1, -1, -1)]

    @property
    def since(self) -> date:
        return self.weeks_list[0]

    def where(self) -> dict:
        return dict(since=self.since, until=self.until, department=self.department, letter_type=self.letter_type,
                    client=self.client)


@dataclass
class WeekPoint:
    week: date
    shown: int = 0
    applied: int = 0
    ignored: int = 0

    @property
    def label(self) -> str:
        return week_label(self.week)

    @property
    def seen(self) -> int:
        return max(self.shown, self.applied + self.ignored)

    @property
    def ignored_pct(self) -> float | None:
        return 100.0 * self.ignored / self.seen if self.seen else None


@dataclass
class RuleStat:
    id: str
    category: str
    severity: str
    message: str
    counts: dict[str, int] = field(default_factory=dict)
    weeks: list[WeekPoint] = field(default_factory=list)
    known: bool = True  # still in the loaded rules

    def n(self, *actions: str) -> int:
        return sum(self.counts.get(a, 0) for a in actions)

    @property
    def shown(self) -> int:
        # plugins that only report what was done still give a sensible denominator
        return max(self.n("shown"), self.n(*APPLIED, *IGNORED))

    @property
    def applied(self) -> int:
        return self.n(*APPLIED)

    @property
    def ignored(self) -> int:
        return self.n(*IGNORED)

    @property
    def applied_pct(self) -> float:
        return 100.0 * self.applied / self.shown if self.shown else 0.0

    @property
    def ignored_pct(self) -> float:
        return 100.0 * self.ignored / self.shown if self.shown else 0.0

    @property
    def sort_key(self) -> tuple:
        """What staff should look at first: most ignored, then most shown."""
        return (-self.ignored, -self.shown, self.id)


def rule_stats(store: InsightStore, filters: Filters, rules: dict | None = None) -> list[RuleStat]:
    """Every rule with events in the period, sorted by ``RuleStat.sort_key``. ``rules``: id ->
    rule of the loaded set (for category, severity and message)."""
    rules = rules or {}
    where = filters.where()
    totals = store.aggregate(["rule", "category", "severity", "action"], actions=FINDING_ACTIONS, **where)
    by_day = store.aggregate(["rule", "day", "action"], actions=FINDING_ACTIONS, **where)
    stats: dict[str, RuleStat] = {}
    for (rule_id, category, severity, action), n in totals.items():
        stat = stats.get(rule_id)
        if stat is None:
            rule = rules.get(rule_id)
            stat = stats[rule_id] = RuleStat(
                id=rule_id, category=rule.category if rule is not None else category,
                severity=rule.severity if rule is not None else severity,
                message=rule.message if rule is not None else "", known=rule is not None or not rules)
            stat.weeks = [WeekPoint(w) for w in filters.weeks_list]
        stat.counts[action] = stat.counts.get(action, 0) + n
    index = {w: i for i, w in enumerate(filters.weeks_list)}
    for (rule_id, day, action), n in by_day.items():
        i = index.get(week_start(day))
        if i is None or rule_id not in stats:
            continue
        point = stats[rule_id].weeks[i]
        if action == "shown":
            point.shown += n
        elif action in APPLIED:
            point.applied += n
        else:
            point.ignored += n
    return sorted(stats.values(), key=lambda s: s.sort_key)


@dataclass
class LixSeries:
    department: str
    letter_type: str
    weeks: list[date]
    counts: list[list[int]]  # per week: letters per LIX band
    buckets: dict[int, int]  # LIX bucket -> letters over the whole period

    @property
    def letters(self) -> int:
        return sum(self.buckets.values())

    @property
    def median(self) -> float | None:
        """Approximate median LIX (middle of its 5-point bucket)."""
        total = self.letters
        if not total:
            return None
        seen = 0
        for bucket in sorted(self.buckets):
            seen += self.buckets[bucket]
            if seen * 2 >= total:
                return bucket + 2.5 if bucket < 80 else 80.0
        return None

    @property
    def hard_pct(self) -> float:
        hard = sum(n for b, n in self.buckets.items() if b >= 45)
        return 100.0 * hard / self.letters if self.letters else 0.0

    def week_labels(self) -> list[str]:
        return [week_label(w) for w in self.weeks]


def lix_series(store: InsightStore, filters: Filters) -> list[LixSeries]:
    """One series per (department, letter type) with letters, plus 'all' ("", "") first.
    Letters are the ``checked`` events (one per letter when the caseworker leaves it)."""
    data = store.aggregate(["department", "letter_type", "day", "lix"], actions=("checked",), **filters.where())
    weeks = filters.weeks_list
    index = {w: i for i, w in enumerate(weeks)}
    series: dict[tuple[str, str], LixSeries] = {}

    def get(key):
        if key not in series:
            series[key] = LixSeries(key[0], key[1], weeks, [[0] * len(LIX_BANDS) for _ in weeks], {})
        return series[key]

    for (department, letter_type, day, lix), n in data.items():
        if lix < 0:
            continue
        i = index.get(week_start(day))
        if i is None:
            continue
        for key in ((None, None), (department, letter_type)):
            s = get(key)
            s.counts[i][band_of(lix)] += n
            s.buckets[lix] = s.buckets.get(lix, 0) + n
    everything = series.pop((None, None), None)
    ordered = sorted(series.values(), key=lambda s: (s.department, -s.letters, s.letter_type))
    if everything is not None:
        everything.department = everything.letter_type = ""
        ordered.insert(0, everything)
    return ordered


# ---- CSV (Excel in Danish: semicolons, decimal comma, UTF-8 with BOM) ------------------------

def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def rules_csv(stats: list[RuleStat]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["regel", "kategori", "niveau", "vist", "brugt", "brugt_pct", "ignoreret", "ignoreret_pct",
                     "omskrevet", "ignoreret_altid"])
    for s in stats:
        writer.writerow([s.id, s.category, s.severity, s.shown, s.applied, _pct(s.applied_pct), s.ignored,
                         _pct(s.ignored_pct), s.counts.get("rewritten", 0), s.counts.get("ignored_always", 0)])
    return out.getvalue()


def lix_csv(series: list[LixSeries]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(["uge", "afdeling", "brevtype", "lix_niveau", "lix_fra", "lix_til", "breve"])
    for s in series:
        if not s.department and not s.letter_type:
            continue  # the 'all' series is the sum of the others
        for w, row in zip(s.weeks, s.counts):
            for (label, lo, hi), n in zip(LIX_BANDS, row):
                if n:
                    writer.writerow([week_label(w), s.department, s.letter_type, label, lo, "" if hi is None else hi - 1, n])
    return out.getvalue()
