"""Take docs/screenshot.png: the web page with a bad letter, in Debian's headless Chromium.

    .venv/bin/python tests/e2e/screenshot.py
"""

from __future__ import annotations

import socket
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LETTER = """Kære Hans Jensen

Vedrørende Deres ansøgning om hjælp til merudgifter til kørsel.

Ansøgningen er blevet behandlet af forvaltningen, og der kan i henhold til servicelovens § 41 ikke bevilges hjælp, idet betingelserne ikke er opfyldt, hvorfor ansøgningen hermed afslås.

Du har ikke indsendt den dokumentation, som du skulle. Vi gør opmærksom på, at sagen lukkes, hvis du ikke reagerer inden 14 dage.

De kan klage over afgørelsen.

Med venlig hilsen
Sagsbehandler
"""


def main(out: Path = ROOT / "docs" / "screenshot.png") -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import CHROMIUM_ARGS, _chromium
    from borgertekst.api import Settings, create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(port=port)), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/health", timeout=1)
            break
        except OSError:
            time.sleep(0.2)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=_chromium(), args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900}, device_scale_factor=1)
        page.goto(url + "/")
        page.select_option("#letter-type", "afgoerelse")
        page.fill("#editor", LETTER)
        page.wait_for_selector("#findings .finding")
        page.wait_for_timeout(500)
        page.locator("#findings .finding .jump", has_text="Deres").first.click()
        page.evaluate("window.scrollTo(0, 0); document.querySelector('.side').scrollTop = 0")
        page.wait_for_timeout(200)
        out.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(out))
        browser.close()
    server.should_exit = True
    print(out)


if __name__ == "__main__":
    main()
