"""Try the web page as a caseworker would, on letters the tests never use, and print figures:
`python tests/e2e/caseworker.py [FOLDER ...]` (default: ../shared/data/letters-dev and
../shared/data/real-letters; says so and stops when they are absent). Not a test: it measures.

Per letter, in headless Chromium at desktop size: paste it; error state or not; up to six fixes
with "Brug" from the middle of the list, each checking that focus lands on the next finding
and that it is shown where the fixed one was (within 50 px); up to four "Foreslå omskrivning"
buttons, each checking that the proposal changes something; the procedural-justice panel."""

from __future__ import annotations

import collections
import importlib.util
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _conftest():
    spec = importlib.util.spec_from_file_location("e2e_conftest", Path(__file__).parent / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def serve():
    import uvicorn

    from borgertekst.api import Settings, create_app

    c = _conftest()
    port = c._free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(port=port)), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            with urllib.request.urlopen(url + "/health", timeout=2):
                return url, server, c
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def wait(page, expression, timeout=30.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = page.evaluate(expression)
        if value:
            return value
        page.wait_for_timeout(100)
    return None


def main(folders: list[Path]) -> int:
    letters = [p for f in folders for p in sorted(f.glob("*.txt"))]
    if not letters:
        print("no letters: " + ", ".join(map(str, folders)) + " (is ../shared beside the clone?)")
        return 1
    from playwright.sync_api import sync_playwright

    url, server, c = serve()
    stats = collections.Counter()
    elements = collections.Counter()
    problems = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=c._chromium(), args=c.CHROMIUM_ARGS)
        for path in letters:
            page = browser.new_page(viewport={"width": 1280, "height": 720}, locale="da-DK")
            errors = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(url + "/")
            page.fill("#editor", path.read_text(encoding="utf-8").replace("\r\n", "\n"))
            ok = wait(page, "/^\\d+ fund\\./.test(document.querySelector('#status').textContent)")
            stats["letters"] += 1
            if not ok or page.locator("#findings .error-state").count():
                stats["error state"] += 1
                problems.append(f"{path.name}: {page.inner_text('#status')}")
                page.close()
                continue
            stats["findings"] += page.locator("#findings li.finding").count()
            for li in page.locator("#elements li").all():
                elements[li.get_attribute("class")] += 1
            for _ in range(6):
                target = page.evaluate("""(() => {
                  const items = [...document.querySelectorAll('#findings li.finding')];
                  const ok = items.filter((li) => li.querySelector('button.accept:not(.fill-open)'));
                  if (!ok.length) return null;
                  const li = ok[Math.floor(ok.length / 2)];
                  li.scrollIntoView({ block: 'center' });
                  const i = items.indexOf(li);
                  const next = items[i + 1];
                  const side = document.querySelector('.side');
                  return { i, next: next ? next.dataset.key.split('\\u0000').slice(0, 2).join('|') : null,
                           scroll: side.scrollTop, at: li.getBoundingClientRect().top - side.getBoundingClientRect().top };
                })()""")
                if not target:
                    break
                keys = "[...document.querySelectorAll('#findings li.finding')].map((li) => li.dataset.key.split('\\u0000').slice(0, 2).join('|'))"
                before_keys = set(page.evaluate(keys))
                page.locator("#findings li.finding").nth(target["i"]).locator("button.accept").first.click()
                focused = wait(page, "document.activeElement && document.activeElement.classList.contains('jump') && "
                                     "document.activeElement.closest('li.finding').dataset.key", timeout=15)
                stats["fixes"] += 1
                if not focused:
                    if page.evaluate("document.activeElement.id === 'findings-title' && "
                                     "!document.querySelector('#findings li.finding')"):
                        stats["fix: that was the last finding (focus on the Fund heading)"] += 1
                        break
                    stats["fix: focus lost"] += 1
                    problems.append(f"{path.name}: focus lost after a fix; status: {page.inner_text('#status')}")
                    continue
                now = "|".join(focused.split("\u0000")[:2])
                if target["next"] is None or now == target["next"]:
                    stats["fix: focus on the next finding"] += 1
                elif target["next"] not in page.evaluate(keys) and now not in before_keys:
                    # the next finding went with the fix and the fixed words are flagged again in its place
                    stats["fix: focus on the next finding"] += 1
                    stats["  (the next finding went with the fix; focus on the new one in its place)"] += 1
                else:
                    problems.append(f"{path.name}: after a fix focus is on {focused.split(chr(0))[:2]}, "
                                    f"the next finding was {target['next']}")
                at = page.evaluate("document.activeElement.closest('li.finding').getBoundingClientRect().top - "
                                   "document.querySelector('.side').getBoundingClientRect().top")
                jump = abs(at - target["at"])
                limit = page.evaluate("(() => { const s = document.querySelector('.side'); "
                                      "return s.scrollTop <= 0 || s.scrollTop + s.clientHeight >= s.scrollHeight - 1; })()")
                if jump <= 50:
                    stats["fix: the next finding is where the fixed one was (±50 px)"] += 1
                elif limit:
                    stats["fix: as near as the panel scrolls (list end)"] += 1
                else:
                    stats["fix: panel jumped"] += 1
                    problems.append(f"{path.name}: the focused finding is {jump:.0f} px from where the fixed one was")
            page.wait_for_timeout(800)  # the buttons come with /v1/rewrite/spans, after the list
            buttons = page.locator("#findings button.rewrite-one")
            for i in range(min(4, buttons.count())):
                buttons.nth(i).click()
                shown = wait(page, "!document.querySelector('#rewrite-panel').hidden", timeout=30)
                stats["rewrite buttons tried"] += 1
                if shown and page.locator("#rewrite-changes li.change").count():
                    stats["rewrite buttons that change something"] += 1
                page.keyboard.press("Escape")
                wait(page, "document.querySelector('#rewrite-panel').hidden", timeout=5)
            if errors:
                stats["letters with script errors"] += 1
                problems.append(f"{path.name}: {errors[:2]}")
            page.close()
        browser.close()
    server.should_exit = True
    for k, v in stats.items():
        print(f"{k}: {v}")
    print("procedural-justice panel:", dict(elements))
    for line in problems:
        print("PROBLEM", line)
    return 0


if __name__ == "__main__":
    shared = ROOT.parent / "shared" / "data"
    if not shared.is_dir():
        shared = Path("/work/shared/data")
    folders = [Path(a) for a in sys.argv[1:]] or [shared / "letters-dev", shared / "real-letters"]
    sys.exit(main([f for f in folders if f.is_dir()] or folders))
