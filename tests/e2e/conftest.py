"""End-to-end fixtures: the real server on a free loopback port and Debian's headless Chromium.

No browser is ever downloaded. Without Chromium the tests are skipped locally and
FAIL on CI (the ``CI`` environment variable), so CI can never skip them silently.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
import urllib.request

import pytest


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def _chromium() -> str | None:
    for candidate in (os.environ.get("BORGERTEKST_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):
        if candidate and os.path.exists(candidate):
            return candidate
    return None


def _missing(reason: str):
    if os.environ.get("CI"):
        pytest.fail(f"{reason} – the end-to-end tests must run on CI (scripts/setup.sh installs chromium)")
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HostSite:
    """"Some other web page" (a case system) on its own loopback origin that embeds the
    plugins: pages from memory, TinyMCE's files from a folder."""

    def __init__(self):
        import http.server
        import mimetypes

        self.pages: dict[str, str] = {}
        self.static: dict[str, object] = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                body, ctype = None, "text/html; charset=utf-8"
                if path in site.pages:
                    body = site.pages[path].encode()
                else:
                    for prefix, folder in site.static.items():
                        if path.startswith(prefix):
                            file = (folder / path[len(prefix):]).resolve()
                            if file.is_file() and str(file).startswith(str(folder.resolve())):
                                body = file.read_bytes()
                                ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
                if body is None:
                    self.send_response(404)
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.port = _free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


_HOST = None


def host_site() -> HostSite:
    global _HOST
    if _HOST is None:
        _HOST = HostSite()
    return _HOST


@pytest.fixture(scope="session")
def host():
    site = host_site()
    yield site
    site.httpd.shutdown()


@pytest.fixture(scope="session")
def server_url():
    from borgertekst.api import Settings, create_app

    port = _free_port()
    url, server, thread = serve_in_thread(create_app(Settings(port=port, cors_origins=[host_site().origin])), port)
    yield url
    server.should_exit = True
    thread.join(timeout=10)


def serve_in_thread(app, port: int):
    """Run ``app`` with uvicorn on ``port`` in a daemon thread and wait until /health answers;
    returns (url, server, thread): set ``server.should_exit`` and join the thread to stop it."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/health", timeout=2) as r:
                if r.status == 200:
                    break
        except OSError:
            time.sleep(0.2)
    else:
        pytest.fail("the server did not start")
    return url, server, thread


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the playwright package is not installed")
    path = _chromium()
    if path is None:
        _missing("Chromium is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, server_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="da-DK")
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    pg.on("console", lambda msg: pg.errors.append(msg.text) if msg.type == "error" else None)
    pg.set_default_timeout(15_000)
    yield pg
    pg.unroute_all(behavior="ignoreErrors")  # a test's routed answer may still be in flight
    context.close()


def until(page, expression: str, timeout: float = 15.0):
    """Poll a JavaScript expression until it is truthy. (Playwright's wait_for_function
    evaluates strings with eval() in the page, which our strict CSP rightly forbids.)"""
    deadline = time.monotonic() + timeout
    while True:
        value = page.evaluate(expression)
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {expression}; page errors: {getattr(page, 'errors', [])}")
        page.wait_for_timeout(100)
