"""Walk the web page as a caseworker would, on letters the page tests never use, and print figures.

    .venv/bin/python -m bench.page_walk [--limit N] [--max-fixes N] [--panel FILE.tsv] [FOLDER ...]

Default folders: the measured blind sets kept in the repo (every folder under bench/blind/ that
holds .txt letters), else the holdout sets under /work/holdout (words/batch*, elements/batch*);
without them, ../shared/data/real-letters. When none is present it says so and stops. Not a
test: it measures, on a machine that may be loaded.

It starts a real `borgertekst serve` (one worker) on a free loopback port and drives Debian's
headless Chromium (the e2e tests' set-up: no browser is downloaded). Per letter, at desktop size
(--phone: phone size):

- paste the letter, wait for the findings; error state shown or not; console/script errors;
- axe-core (axe-playwright-python, as in tests/e2e/test_accessibility.py) with the findings
  shown: serious and critical violations;
- every "Brug »…«" button that inserts text directly (not the ones with a blank to fill), one
  after another, in list order (first suggestion of each finding; at most --max-fixes). After
  each fix: focus is on a finding's button in the list (place kept), the focused finding is shown
  where the fixed one was on screen (±50 px, or as near as the panel and page scroll), and the text equals the text
  before with exactly the finding's places replaced (nothing outside them changed);
- the procedural-justice panel's status per element, written to --panel (file name and status
  only) for comparison with a reviewer's verdicts.

--fast: instead, two "Brug" in one go (the second clicked before the first fix's check is back):
both fixes made, text intact, focus on a finding afterwards.

Never prints or stores letter text: only file names, rule ids, counts.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HOLDOUT = Path("/work/holdout")
BLIND = ROOT / "bench" / "blind"  # measured blind sets, kept in the repo from session 13 on
SHARED = ROOT.parent / "shared" / "data"



def _e2e_setup():
    """The e2e tests' browser set-up (tests/e2e/conftest.py: Debian's Chromium and its flags)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("e2e_conftest", ROOT / "tests" / "e2e" / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ELEMENT_KEYS = ["indflydelse", "gennemskuelighed", "tillid", "vaerdighed"]
CLASS_STATUS = {"ok": "covered", "weak": "weak", "missing": "missing", "unknown": "unknown"}


def default_folders() -> list[Path]:
    folders = sorted({p.parent for p in BLIND.rglob("*.txt")}) if BLIND.is_dir() else []
    if folders:
        return folders
    folders = sorted((HOLDOUT / "words").glob("batch*")) + sorted((HOLDOUT / "elements").glob("batch*"))
    folders = [f for f in folders if f.is_dir()]
    if folders:
        return folders
    print(f"no blind letters in {BLIND} or {HOLDOUT}: falling back to {SHARED / 'real-letters'}")
    return [SHARED / "real-letters"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server() -> tuple[str, subprocess.Popen]:
    port = free_port()
    exe = Path(sys.executable).parent / "borgertekst"
    proc = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 420  # a rule cache rebuild on a loaded machine takes minutes
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit("borgertekst serve stopped before it answered")
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                return url, proc
        except OSError:
            time.sleep(0.3)
    os.killpg(proc.pid, signal.SIGTERM)
    raise SystemExit("borgertekst serve did not start")


def wait(page, expression: str, timeout: float = 30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = page.evaluate(expression)
        if value:
            return value
        page.wait_for_timeout(80)
    return None


def serious(page) -> list[tuple[str, int]]:
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"resultTypes": ["violations"],
                                       "rules": {"label-content-name-mismatch": {"enabled": True}}})
    return [(v["id"], len(v["nodes"])) for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


# Counts status changes, so a wait can tell this fix's outcome from the previous one's.
WATCH_STATUS = """(() => {
  if (window.__walk) return;
  window.__walk = { changes: 0, last: '', seen: [] };
  new MutationObserver(() => {
    const s = document.querySelector('#status').textContent;
    window.__walk.changes += 1; window.__walk.last = s; window.__walk.seen.push(s.startsWith('Rettet til') ? 'fixed' : s.slice(0, 20));
  })
    .observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true });
})()"""

# The next untried finding with a direct "Brug" button, in list order; what applying it must give.
PICK = """([tried, after]) => {
  const items = [...document.querySelectorAll('#findings li.finding')];
  const text = document.querySelector('#editor').value;
  for (const [i, li] of items.entries()) {
    if (after !== null && i <= after) continue;
    const button = li.querySelector('button.accept:not(.fill-open)');
    if (!button) continue;
    const key = li.dataset.key;
    const from = Number(key.split('\\u0000').pop());
    const places = li.dataset.places.split(' ').filter(Boolean).map((p) => p.split('-').map(Number));
    const first = places.find(([a]) => a === from) || places[0];
    const words = text.slice(first[0], first[1]);
    const id = li.dataset.rule + '\\u0000' + words.toLocaleLowerCase('da');
    if (tried.includes(id)) continue;
    const label = button.textContent;
    const suggestion = label.startsWith('Brug »') && label.endsWith('«') ? label.slice(6, -1) : null;
    if (suggestion === null) continue;
    // what Checker.replaceAll does: every place, last first; a repeat keeps its own first-letter case
    const fold = (w) => w.toLocaleLowerCase('da');
    let expected = text;
    for (const [a, b] of [...places].sort((x, y) => y[0] - x[0])) {
      const here = text.slice(a, b);
      const isFirst = a === first[0] && b === first[1];
      if (isFirst ? here !== words : fold(here) !== fold(words)) continue;
      let repl = suggestion;
      if (!isFirst && repl && here[0] !== words[0]) {
        repl = (here[0] === here[0].toLocaleUpperCase('da') ? repl[0].toLocaleUpperCase('da') : repl[0].toLocaleLowerCase('da')) + repl.slice(1);
      }
      expected = expected.slice(0, a) + repl + expected.slice(b);
    }
    const todo = places.map(([a, b]) => ({ a, b, isFirst: a === first[0] && b === first[1] }));
    if (after === null) li.scrollIntoView({ block: 'center' });
    const side = document.querySelector('.side');
    return { i, id, words, suggestion, todo, rule: li.dataset.rule, expected, changes: window.__walk.changes, last: i === items.length - 1,
             scroll: side.scrollTop, at: li.getBoundingClientRect().top };
  }
  return null;
}"""

AFTER = """(changes) => {
  const w = window.__walk;
  if (w.changes <= changes) return null;
  const s = document.querySelector('#status').textContent;
  if (document.querySelector('#findings .error-state')) return 'error';
  if (s.startsWith('Teksten er ændret')) return 'stale';
  if (!s.startsWith('Rettet til')) return null;
  const a = document.activeElement;
  if (a && a.classList.contains('jump')) return 'finding';
  if (a && a.id === 'findings-title') return 'heading';
  return 'other:' + (a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className ? '.' + a.className : '') : 'none');
}"""

WHERE = """(() => {
  const side = document.querySelector('.side');
  const li = document.activeElement.closest('li.finding');
  // where the finding is on screen (the panel scrolls on a desktop, the page on a phone)
  const doc = document.scrollingElement;
  const end = (e) => e.scrollTop <= 0 || e.scrollTop + e.clientHeight >= e.scrollHeight - 1;
  // as near as it gets: the panel is at its scroll end (or, when it does not scroll, the page is)
  return { at: li ? li.getBoundingClientRect().top : null,
           edge: side.scrollHeight > side.clientHeight ? end(side) : end(doc) };
})()"""

PANEL = """(() => [...document.querySelectorAll('#elements li')].map((li) => [li.dataset.element || '', li.className]))()"""


EXPECTED_BOTH = """([text, targets]) => {
  // the text with both findings' places replaced (last place first), as two Brug in a row must give
  const edits = [];
  for (const t of targets) for (const p of t.todo) edits.push({ ...p, t });
  edits.sort((x, y) => y.a - x.a);
  const fold = (w) => w.toLocaleLowerCase('da');
  let out = text;
  for (const { a, b, isFirst, t } of edits) {
    const here = text.slice(a, b);
    if (isFirst ? here !== t.words : fold(here) !== fold(t.words)) continue;
    let repl = t.suggestion;
    if (!isFirst && repl && here[0] !== t.words[0]) {
      repl = (here[0] === here[0].toLocaleUpperCase('da') ? repl[0].toLocaleUpperCase('da') : repl[0].toLocaleLowerCase('da')) + repl.slice(1);
    }
    out = out.slice(0, a) + repl + out.slice(b);
  }
  return out;
}"""


def fast_pairs(page, name: str, args, stats: collections.Counter, problems: list[str]):
    """Two "Brug" in a row, the second clicked before the first fix's check has come back."""
    tried: list[str] = []
    pairs = 0
    while pairs < args.max_fixes // 2:
        first = page.evaluate(PICK, [tried, None])
        if not first:
            break
        second = page.evaluate(PICK, [tried + [first["id"]], first["i"]])
        tried.append(first["id"])
        if not second:
            break
        tried.append(second["id"])
        text = page.evaluate("document.querySelector('#editor').value")
        overlap = any(p["a"] < q["b"] and q["a"] < p["b"] for p in first["todo"] for q in second["todo"])
        if overlap:
            continue
        expected = page.evaluate(EXPECTED_BOTH, [text, [first, second]])
        seen_before = page.evaluate("window.__walk.seen.length")
        # both clicks in one task: the second certainly before the first fix's check is back
        page.evaluate("""([i, j]) => {
          const items = [...document.querySelectorAll('#findings li.finding')];
          const a = items[i].querySelector('button.accept:not(.fill-open)');
          const b = items[j].querySelector('button.accept:not(.fill-open)');
          a.click(); b.focus(); b.click();
        }""", [first["i"], second["i"]])
        pairs += 1
        stats["fast: pairs of Brug clicked in a row"] += 1
        # settled: the last status is a fix's, and no check is on its way for 1.5 s
        settled = None
        end = time.monotonic() + 60
        while time.monotonic() < end:
            n = page.evaluate("window.__walk.changes")
            page.wait_for_timeout(1500)
            if page.evaluate("window.__walk.changes") == n and not page.evaluate(
                    "document.querySelector('#status').textContent.startsWith('Tjekker')"):
                settled = True
                break
        if not settled:
            stats["fast: no answer"] += 1
            problems.append(f"{name}: fast pair: no answer")
            break
        seen = page.evaluate(f"window.__walk.seen.slice({seen_before})")
        now = page.evaluate("document.querySelector('#editor').value")
        if page.locator("#findings .error-state").count():
            stats["fast: ERROR STATE"] += 1
            problems.append(f"{name}: fast pair: error state")
            break
        if now == expected:
            stats["fast: both fixes applied, text intact"] += 1
        elif now == page.evaluate(EXPECTED_BOTH, [text, [first]]):
            stats["fast: only the first fix applied (second refused)"] += 1
        else:
            stats["fast: TEXT DIFFERS from both fixes applied"] += 1
            problems.append(f"{name}: fast pair {first['rule']} + {second['rule']}: text differs from both applied")
        if any(s.startswith("Teksten er ændret") for s in seen):
            stats["fast: 'Teksten er ændret' shown although the fix was made"] += 1 if now == expected else 0
        active = page.evaluate("(() => { const a = document.activeElement; return a ? (a.classList.contains('jump') ? 'finding' : a.id || a.tagName) : 'none'; })()")
        if active == "finding" or (active == "findings-title" and not page.locator("#findings li.finding").count()):
            stats["fast: focus on a finding afterwards"] += 1
        else:
            stats["fast: FOCUS LOST afterwards"] += 1
            problems.append(f"{name}: fast pair: focus on {active}")


def walk(page, url: str, path: Path, args, stats: collections.Counter, problems: list[str], panel_rows: list):
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append("pageerror"))
    page.on("console", lambda msg: errors.append("console") if msg.type == "error" else None)
    page.goto(url + "/")
    page.evaluate(WATCH_STATUS)
    page.fill("#editor", path.read_text(encoding="utf-8").replace("\r\n", "\n"))
    ok = wait(page, "/^\\d+ fund\\./.test(document.querySelector('#status').textContent) || "
                    "!!document.querySelector('#findings .error-state')", timeout=60)
    stats["letters walked"] += 1
    name = f"{path.parent.parent.name}/{path.parent.name}/{path.name}"
    if not ok or page.locator("#findings .error-state").count():
        stats["letters with an error state"] += 1
        problems.append(f"{name}: error state or no answer")
        return
    stats["findings shown"] += page.locator("#findings li.finding").count()
    panel = page.evaluate(PANEL)
    panel_rows.append((name, [CLASS_STATUS.get(cls.split()[0] if cls else "", cls) for _, cls in panel]))
    if not args.no_axe:
        found = serious(page)
        stats["axe serious/critical violations (findings shown)"] += sum(n for _, n in found)
        if found:
            stats["letters with axe serious/critical"] += 1
            problems.append(f"{name}: axe {found}")
    if args.fast:
        fast_pairs(page, name, args, stats, problems)
        if errors:
            stats["letters with console/script errors"] += 1
            problems.append(f"{name}: {len(errors)} console/script errors")
        return
    tried: list[str] = []
    fixes = 0
    while fixes < args.max_fixes:
        target = page.evaluate(PICK, [tried, None])
        if not target:
            break
        tried.append(target["id"])
        page.wait_for_timeout(50)
        before_scroll = page.evaluate("document.querySelector('.side').scrollTop")
        page.locator("#findings li.finding").nth(target["i"]).locator("button.accept:not(.fill-open)").first.click()
        outcome = wait(page, f"({AFTER})({target['changes']})", timeout=60)
        fixes += 1
        stats["fixes (Brug)"] += 1
        if outcome in ("error", None):
            stats["fix: error state or no answer"] += 1
            problems.append(f"{name}: {target['rule']}: after Brug: {outcome or 'no answer'}")
            break
        if outcome == "stale":
            stats["fix: refused (text changed since the check)"] += 1
            problems.append(f"{name}: {target['rule']}: Brug refused as stale")
            continue
        text = page.evaluate("document.querySelector('#editor').value")
        if text == target["expected"]:
            stats["fix: text intact outside the changed places"] += 1
        else:
            stats["fix: TEXT DIFFERS from the expected replacement"] += 1
            problems.append(f"{name}: {target['rule']}: text after Brug is not the expected replacement")
        if outcome == "heading":
            if page.locator("#findings li.finding").count() == 0:
                stats["fix: place kept (no findings left: focus on the Fund heading)"] += 1
            else:
                stats["fix: PLACE LOST (focus on the heading with findings left)"] += 1
                problems.append(f"{name}: {target['rule']}: focus on the heading with findings left")
            continue
        if outcome.startswith("other"):
            stats["fix: PLACE LOST (focus elsewhere)"] += 1
            problems.append(f"{name}: {target['rule']}: focus on {outcome}")
            continue
        where = page.evaluate(WHERE)
        if where["at"] is not None and abs(where["at"] - target["at"]) <= 50:
            stats["fix: place kept (next finding focused where the fixed one was)"] += 1
        elif where["edge"]:
            stats["fix: place kept (next finding focused, panel at its scroll end)"] += 1
        else:
            stats["fix: PLACE LOST (panel moved)"] += 1
            after_scroll = page.evaluate("document.querySelector('.side').scrollTop")
            problems.append(f"{name}: {target['rule']}: the focused finding moved {abs((where['at'] or 0) - target['at']):.0f} px "
                            f"(panel scroll {before_scroll} -> {after_scroll})")
    if fixes >= args.max_fixes:
        stats["letters stopped at --max-fixes"] += 1
    stats["fill-in Brug buttons not tried (need a blank filled)"] += page.locator("#findings button.fill-open").count()
    if not args.no_axe and fixes:
        found = serious(page)
        stats["axe serious/critical violations (after the fixes)"] += sum(n for _, n in found)
        if found:
            problems.append(f"{name}: axe after fixes {found}")
    if errors:
        stats["letters with console/script errors"] += 1
        problems.append(f"{name}: {len(errors)} console/script errors")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--limit", type=int, default=0, help="at most this many letters (0: all)")
    ap.add_argument("--max-fixes", type=int, default=40, help="at most this many Brug per letter")
    ap.add_argument("--panel", type=Path, default=None, help="write the panel's status per letter (TSV)")
    ap.add_argument("--no-axe", action="store_true")
    ap.add_argument("--phone", action="store_true", help="phone size (390 x 844) instead of desktop (1280 x 720)")
    ap.add_argument("--fast", action="store_true", help="instead of one Brug at a time: two in a row, the second "
                    "before the first fix's check has come back")
    ap.add_argument("--json", type=Path, default=None, help="write the figures as JSON")
    args = ap.parse_args()
    folders = args.folders or default_folders()
    letters = [p for f in folders if f.is_dir() for p in sorted(f.glob("*.txt"))]
    if not letters:
        print("no letters in " + ", ".join(map(str, folders)) + " (is /work/holdout or ../shared present?)")
        return 1
    if args.limit:
        letters = letters[: args.limit]
    e2e = _e2e_setup()
    chromium = e2e._chromium()
    if chromium is None:
        print("Chromium is not installed")
        return 1
    from playwright.sync_api import sync_playwright

    url, proc = start_server()
    stats: collections.Counter = collections.Counter()
    problems: list[str] = []
    panel_rows: list = []
    started = time.monotonic()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=e2e.CHROMIUM_ARGS)
            for path in letters:
                context = browser.new_context(viewport={"width": 390, "height": 844} if args.phone else {"width": 1280, "height": 720},
                                              locale="da-DK")
                page = context.new_page()
                page.set_default_timeout(30_000)
                try:
                    walk(page, url, path, args, stats, problems, panel_rows)
                except Exception as exc:  # a crash of the walk is a finding too; go on with the next letter
                    stats["letters where the walk crashed"] += 1
                    problems.append(f"{path.name}: walk crashed: {type(exc).__name__}")
                context.close()
            browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    fixes = stats["fixes (Brug)"]
    kept = sum(v for k, v in stats.items() if k.startswith("fix: place kept"))
    intact = stats["fix: text intact outside the changed places"]
    print(f"page walk on {len(letters)} letters from {', '.join(str(f) for f in folders)} "
          f"({time.monotonic() - started:.0f} s, loaded machine)")
    for k, v in sorted(stats.items()):
        print(f"  {k}: {v}")
    if fixes:
        print(f"  place kept: {kept}/{fixes} = {100 * kept / fixes:.1f} %; text intact: {intact}/{fixes} = {100 * intact / fixes:.1f} %")
    for line in problems:
        print("PROBLEM", line)
    if args.panel:
        args.panel.parent.mkdir(parents=True, exist_ok=True)
        with args.panel.open("w", encoding="utf-8") as out:
            out.write("letter\t" + "\t".join(ELEMENT_KEYS) + "\n")
            for name, statuses in panel_rows:
                out.write(name + "\t" + "\t".join(statuses) + "\n")
    if args.json:
        args.json.write_text(json.dumps({"stats": dict(stats), "problems": problems}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
