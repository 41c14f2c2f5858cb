"""The staff page ``/indsigt``: server-rendered HTML with SVG charts, no scripts, no CDN; the
CSS is ``/static/insight.css``. Only rule ids, rule texts and numbers appear."""

from __future__ import annotations

import re
from datetime import datetime

from jinja2 import Environment, PackageLoader, select_autoescape

from ..vocabulary import CATEGORY_LABELS, LETTER_TYPE_LABELS, LETTER_TYPES, SEVERITY_LABELS
from .events import CLIENTS
from .stats import BAND_COLOURS, LIX_BANDS, Filters, LixSeries, WeekPoint

CLIENT_LABELS = {"page": "websiden", "browser": "browser-plugin", "tinymce": "TinyMCE", "word": "Word"}
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_env: Environment | None = None


def environment() -> Environment:
    global _env
    if _env is None:
        _env = Environment(loader=PackageLoader("borgertekst.insight", "templates"),
                           autoescape=select_autoescape(["html", "j2"]), trim_blocks=True, lstrip_blocks=True)
        _env.filters["pct"] = lambda v: f"{v:.0f} %"
        _env.filters["num"] = lambda v: f"{v:,}".replace(",", ".")
        _env.filters["unfilled"] = lambda message: PLACEHOLDER.sub("…", message)  # "{match}" in rule messages
    return _env


def sparkline(points: list[WeekPoint], width: int = 132, height: int = 30) -> dict:
    """Bars: letters shown per week (scaled to the busiest week); line: ignored % (0–100)."""
    n = max(len(points), 1)
    step = width / n
    top = max((p.seen for p in points), default=0) or 1
    bars, line = [], []
    for i, p in enumerate(points):
        h = round((height - 2) * p.seen / top, 1)
        title = f"Uge {p.label}: vist {p.seen}"
        if p.ignored_pct is not None:
            title += f", ignoreret {p.ignored_pct:.0f} %"
            line.append(f"{round(i * step + step / 2, 1)},{round(height - 1 - (height - 2) * p.ignored_pct / 100, 1)}")
        bars.append({"x": round(i * step + 1, 1), "y": round(height - h, 1), "w": round(max(step - 2, 1), 1), "h": h,
                     "title": title})
    return {"width": width, "height": height, "bars": bars, "line": " ".join(line), "dots": [
        {"x": pt.split(",")[0], "y": pt.split(",")[1]} for pt in line]}


def lix_chart(series: LixSeries, width: int = 360, height: int = 180) -> dict:
    """Stacked columns per week: the share of letters in each LIX band, letters on top."""
    left, bottom, top_pad = 42, 22, 18
    plot_h = height - bottom - top_pad
    n = max(len(series.weeks), 1)
    step = (width - left - 6) / n
    columns = []
    for i, (week, row) in enumerate(zip(series.week_labels(), series.counts)):
        total = sum(row)
        x = left + i * step + 2
        y = top_pad + plot_h
        parts = []
        for band, count in enumerate(row):
            if not count:
                continue
            h = plot_h * count / total
            y -= h
            label, lo, hi = LIX_BANDS[band]
            parts.append({"y": round(y, 1), "h": round(h, 1), "fill": BAND_COLOURS[band],
                          "title": f"Uge {week}: {count} af {total} breve {label} (LIX {lo}–{hi - 1 if hi else ''})"
                          .replace("–)", "+)")})
        columns.append({"x": round(x, 1), "w": round(max(step - 4, 2), 1), "parts": parts, "total": total,
                        "cx": round(x + max(step - 4, 2) / 2, 1), "week": week.split("-")[1],
                        "show_label": n <= 16 or i % 2 == 0})
    grid = [{"y": round(top_pad + plot_h * (1 - f), 1), "label": f"{int(f * 100)} %"} for f in (0, .5, 1)]
    return {"width": width, "height": height, "columns": columns, "grid": grid, "base": top_pad + plot_h,
            "left": left, "label_y": top_pad + plot_h + 14}


def render(*, stats, series, filters: Filters, enabled: bool, department: str, departments: list[str],
           total_events: int, query: str) -> str:
    template = environment().get_template("indsigt.html.j2")
    return template.render(
        stats=stats, series=series, filters=filters, enabled=enabled, department=department,
        departments=departments, total_events=total_events, query=query,
        sparkline=sparkline, lix_chart=lix_chart, bands=list(zip(LIX_BANDS, BAND_COLOURS)),
        letter_types=LETTER_TYPES, letter_type_labels=LETTER_TYPE_LABELS, clients=CLIENTS,
        client_labels=CLIENT_LABELS, generated=datetime.now().strftime("%d.%m.%Y %H:%M"),
        letters=sum(s.letters for s in series[:1]), categories=CATEGORY_LABELS, severities=SEVERITY_LABELS,
    )
