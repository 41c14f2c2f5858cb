"""EVAL web walk: paste each letter of an EVAL set into the page, check no error state, then press up to
MAX direct "Brug »…«" buttons one after another and check: no error state, the text changed at the
finding's place only, focus on the next finding (a .jump in li.finding), and the place kept (the
focused finding within 60 px of where the used one was, or the panel at its scroll end).

    python web_walk.py --set DIR URL OUT.json
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from evalset import SET as HERE, labels as set_labels  # noqa: E402  (--set DIR)
MAX = 8
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

PICK = """(tried) => {
  const items = [...document.querySelectorAll('#findings li.finding')];
  for (const [i, li] of items.entries()) {
    const b = li.querySelector('button.accept:not(.fill-open)');
    if (!b) continue;
    const label = b.textContent.trim();
    if (!(label.startsWith('Brug »') && label.endsWith('«'))) continue;
    const id = (li.dataset.rule || '') + '|' + (li.dataset.key || i);
    if (tried.includes(id)) continue;
    li.scrollIntoView({block: 'center'});
    return {i, id, rule: li.dataset.rule || '', suggestion: label.slice(6, -1), top: li.getBoundingClientRect().top,
            n: items.length};
  }
  return null;
}"""

WATCH = """(() => { window.__ev = {n: 0, last: ''};
  new MutationObserver(() => { window.__ev.n += 1; window.__ev.last = document.querySelector('#status').textContent; })
  .observe(document.querySelector('#status'), {childList: true, characterData: true, subtree: true}); })()"""

STATE = """(n0) => {
  if (document.querySelector('#findings .error-state')) return 'error';
  if (window.__ev.n <= n0) return null;
  const s = document.querySelector('#status').textContent;
  if (s.startsWith('Teksten er ændret')) return 'stale';
  if (!s.startsWith('Rettet til')) return null;
  return 'fixed';
}"""

FOCUS = """(() => { const a = document.activeElement; const li = a && a.closest ? a.closest('li.finding') : null;
  const side = document.querySelector('.side');
  const end = (e) => e.scrollTop <= 0 || e.scrollTop + e.clientHeight >= e.scrollHeight - 1;
  return {finding: !!(a && a.classList.contains('jump') && li), heading: !!(a && a.id === 'findings-title'),
          what: a ? a.tagName + '#' + a.id + '.' + a.className : 'none', top: li ? li.getBoundingClientRect().top : null,
          edge: side && side.scrollHeight > side.clientHeight ? end(side) : end(document.scrollingElement),
          left: document.querySelectorAll('#findings li.finding').length}; })()"""


def wait(page, expr, arg=None, timeout=60.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        v = page.evaluate(expr, arg) if arg is not None else page.evaluate(expr)
        if v:
            return v
        page.wait_for_timeout(100)
    return None


def main():
    url, out = sys.argv[1], Path(sys.argv[2])
    labels = set_labels()
    results = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = b.new_page(viewport={"width": 1280, "height": 800})
        errors: list = []
        page.on("pageerror", lambda e: errors.append("pageerror: " + str(e)[:120]))
        for l in labels:
            text = (HERE / "letters" / l["file"]).read_text(encoding="utf-8")
            errors.clear()
            r = {"id": l["id"], "fixes": []}
            page.goto(url + "/")
            page.evaluate(WATCH)
            page.fill("#editor", text)
            ok = wait(page, "/^\\d+ fund\\./.test(document.querySelector('#status').textContent) || "
                            "!!document.querySelector('#findings .error-state')", timeout=90)
            r["error_state"] = (not ok) or page.locator("#findings .error-state").count() > 0
            r["findings_shown"] = page.locator("#findings li.finding").count()
            tried = []
            while not r["error_state"] and len(r["fixes"]) < MAX:
                t = page.evaluate(PICK, tried)
                if not t:
                    break
                tried.append(t["id"])
                page.wait_for_timeout(80)
                t["top"] = page.evaluate(f"document.querySelectorAll('#findings li.finding')[{t['i']}].getBoundingClientRect().top")
                before = page.evaluate("document.querySelector('#editor').value")
                n0 = page.evaluate("window.__ev.n")
                page.locator("#findings li.finding").nth(t["i"]).locator("button.accept:not(.fill-open)").first.click()
                st = wait(page, STATE, n0, timeout=60)
                after = page.evaluate("document.querySelector('#editor').value")
                foc = page.evaluate(FOCUS)
                kept = None
                if foc["finding"]:
                    kept = (foc["top"] is not None and abs(foc["top"] - t["top"]) <= 60) or foc["edge"]
                elif foc["heading"] and foc["left"] == 0:
                    kept = True
                fix = {"rule": t["rule"], "state": st or "no answer", "text_changed": after != before,
                       "suggestion_in_text": t["suggestion"] in after, "focus_next": foc["finding"] or (foc["heading"] and foc["left"] == 0),
                       "focus_on": foc["what"][:60], "place_kept": bool(kept),
                       "moved_px": None if foc["top"] is None else round(foc["top"] - t["top"])}
                # only the place changed: common prefix + suffix cover all but the replaced words
                i = 0
                while i < min(len(before), len(after)) and before[i] == after[i]:
                    i += 1
                j = 0
                while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
                    j += 1
                fix["changed_chars_before"] = len(before) - i - j
                r["fixes"].append(fix)
                if st in ("error", None) or page.locator("#findings .error-state").count():
                    r["error_state_after_fix"] = True
                    break
            r["page_errors"] = list(errors[:5])
            results.append(r)
            print(l["id"], r["error_state"], r["findings_shown"], len(r["fixes"]), flush=True)
        b.close()
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
