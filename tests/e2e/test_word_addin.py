"""The Word task pane in Chromium against the Word JavaScript API built from Microsoft's
office-addin-mock (tests/e2e/word_mock.js); the manifest with office-addin-manifest; the task
pane with the real office.js from @microsoft/office-js outside Word.
It has not run inside Word."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import urllib.request
from pathlib import Path
from xml.dom import minidom

import pytest

from .conftest import until
from .office_tools import MODULES, office_addin_mock_script, require_npm_packages

pytestmark = pytest.mark.e2e

OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
MANIFEST = Path(__file__).resolve().parents[2] / "plugins" / "word" / "manifest.xml"
DOCUMENT = ["Kære Hans", "", "Vedrørende din ansøgning 😀 skriver vi til dig.",
            "Vi kan ikke hjælpe, idet du ikke har sendt papirerne, og vi skriver idet vi må."]


def open_pane(page, server_url, api17: bool, document=DOCUMENT):
    script = office_addin_mock_script()
    page.add_init_script(f"window.__wordParagraphs = {json.dumps(document)}; window.__wordApi17 = {str(api17).lower()};")
    page.route(OFFICE_JS, lambda route: route.fulfill(status=200, content_type="text/javascript", body=script))
    page.goto(server_url + "/word/taskpane.html")
    page.wait_for_selector("#status:has-text('Klar')")
    page.click("#check")
    page.wait_for_selector("#findings li.finding")
    page.wait_for_selector("#status:has-text('fund')")


def state(page):
    return page.evaluate("window.__word")


def item(page, quote):
    return page.locator("li.finding", has=page.locator("strong", has_text=f"»{quote}«"))


def test_the_mock_refuses_reads_before_load_and_sync(page, server_url):
    # the Word API in these tests is office-addin-mock's: a property read before load() and
    # context.sync() is an error value, not the text (so the adapter must load what it reads)
    script = office_addin_mock_script()
    page.add_init_script("window.__wordParagraphs = ['Kære Hans'];")
    page.route(OFFICE_JS, lambda route: route.fulfill(status=200, content_type="text/javascript", body=script))
    page.goto(server_url + "/word/taskpane.html")
    page.wait_for_selector("#status:has-text('Klar')")
    seen = page.evaluate("""Word.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        const before = paragraphs.items;
        paragraphs.load('items');
        await context.sync();
        const p = paragraphs.items[0];
        const unloaded = p.text;
        p.load('text');
        await context.sync();
        return [String(before), String(unloaded), p.text];
    })""")
    assert seen == ["Error, property was not loaded", "Error, property was not loaded", "Kære Hans"]


def test_annotations_select_and_apply(page, server_url):
    open_pane(page, server_url, api17=True)
    s = state(page)
    assert "markeret" in page.inner_text("#status")
    assert s["comments"] == []
    # annotations carry UTF-16 offsets within the paragraph (the emoji counts as two)
    starts = {(a["index"], a["start"], a["length"]) for a in s["annotations"]}
    p3 = DOCUMENT[3]
    assert (3, p3.index("idet"), 4) in starts
    assert (2, 0, len("Vedrørende")) in starts
    # "Vis" selects the finding's words
    item(page, "idet").first.locator("button.show").click()
    until(page, "window.__word.selection !== null")
    assert state(page)["selection"] == {"index": 3, "start": p3.index("idet"), "end": p3.index("idet") + 4, "text": "idet"}
    # "Brug" replaces the text in the document, the pane re-checks, the finding goes
    item(page, "Vedrørende").locator("button.accept").first.click()
    until(page, "window.__word.paragraphs[2].startsWith('Om din ansøgning')")
    item(page, "Vedrørende").wait_for(state="detached")
    # marks are renewed, not piled up (the pane renews them after the list; under load that comes a moment later)
    until(page, "!window.__word.annotations.some((a) => a.index === 2 && a.start === 0 && a.length === 10)")
    annotations = state(page)["annotations"]
    assert len(annotations) == len({(a["index"], a["start"]) for a in annotations})
    assert not any(a["index"] == 2 and a["start"] == 0 and a["length"] == len("Vedrørende") for a in annotations)
    assert not page.errors, page.errors


def test_comments_fallback_without_wordapi_17(page, server_url):
    open_pane(page, server_url, api17=False)
    s = state(page)
    assert "kommentarer" in page.inner_text("#status")
    assert s["annotations"] == []
    live = [c for c in s["comments"] if not c["deleted"]]
    assert any(c["text"].startswith("borgertekst: ") and "idet" in c["text"] for c in live)
    assert any(DOCUMENT[c["index"]][c["start"]:c["end"]] == "idet" for c in live)
    # checking again replaces the add-in's own comments
    page.click("#check")
    until(page, f"window.__word.comments.filter(c => !c.deleted).length === {len(live)}")


def test_ignore_in_word_this_document_and_always(page, server_url):
    open_pane(page, server_url, api17=True)
    item(page, "Vedrørende").locator("button.ignore").click()
    assert item(page, "Vedrørende").count() == 0
    item(page, "idet").first.locator("button.ignore-always").click()
    assert item(page, "idet").count() == 0
    assert page.is_visible("#always") and page.inner_text("#always-count") == "1"
    page.click("#always summary")
    page.locator("#always-list button.undo-ignore").click()
    item(page, "idet").first.wait_for()


def test_an_error_clears_the_findings(page, server_url):
    open_pane(page, server_url, api17=True)
    page.route("**/v1/analyze/paragraphs", lambda route: route.fulfill(
        status=503, content_type="application/problem+json",
        body='{"type":"about:blank","title":"Optaget","status":503,"detail":"Serveren har travlt. Prøv igen om lidt."}'))
    page.click("#check")
    page.wait_for_selector("#status:has-text('ikke tjekket')")
    assert page.locator("#findings li.finding").count() == 0
    assert "travlt" in page.inner_text("#status")


def test_findings_without_optional_fields(page, server_url):
    def strip(route):
        response = route.fetch()
        body = response.json()
        for p in body["paragraphs"]:
            for f in p["findings"]:
                for k in ("suggestions", "explanation", "protects", "link", "replaceable"):
                    f.pop(k, None)
        route.fulfill(response=response, json=body)
    page.route("**/v1/analyze/paragraphs", strip)
    open_pane(page, server_url, api17=False, document=["Kære Hans", "Vi har modtaget din xqzvbrt idet du skrev."])
    assert page.locator("#findings li.finding").count() >= 2
    assert page.locator("#findings button.accept").count() == 0
    assert not page.errors, page.errors


def test_manifest_is_valid_xml_and_points_at_the_task_pane(server_url):
    with urllib.request.urlopen(server_url + "/word/manifest.xml") as r:
        doc = minidom.parseString(r.read())
    source = doc.getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")
    assert source.endswith("/word/taskpane.html") and source.startswith("https://")
    assert doc.getElementsByTagName("Permissions")[0].firstChild.data == "ReadWriteDocument"
    with urllib.request.urlopen(server_url + "/word/taskpane.html") as r:
        csp = r.headers["content-security-policy"]
        assert "https://appsforoffice.microsoft.com" in csp and "frame-ancestors 'none'" not in csp


def test_manifest_read_by_office_addin_manifest():
    # `office-addin-manifest validate` asks Microsoft's online service; offline, its parser
    # (`info`) reads the manifest as Office would and must find the task pane and the host
    modules = require_npm_packages()
    node = shutil.which("node")
    cli = modules / "office-addin-manifest" / "cli.js"
    out = subprocess.run([node, str(cli), "info", str(MANIFEST)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    info = dict(re.findall(r"^\s*([A-Za-z ]+): (.*)$", out.stdout, flags=re.M))
    assert info["Type"] == "TaskPaneApp"
    assert info["Hosts"] == "Document"
    assert info["Permissions"] == "ReadWriteDocument"
    assert info["Source Location"].endswith("/word/taskpane.html")
    assert re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", info["Id"])
    assert info["Default Locale"] == "da-DK"


def test_task_pane_with_the_real_office_js_outside_word(page, server_url):
    # office.js from @microsoft/office-js (the files Microsoft hosts), served in place of the
    # hosted address: outside Word the pane says so instead of failing
    dist = require_npm_packages() / "@microsoft" / "office-js" / "dist"
    prefix = OFFICE_JS.rsplit("/", 1)[0] + "/"

    def serve(route):
        name = route.request.url[len(prefix):].split("?")[0]
        path = (dist / name).resolve()
        if not str(path).startswith(str(dist.resolve())) or not path.is_file():
            route.fulfill(status=404, body="")
            return
        route.fulfill(status=200, content_type="text/javascript", body=path.read_bytes())

    page.route(prefix + "**", serve)
    page.goto(server_url + "/word/taskpane.html")
    page.wait_for_selector("#status:has-text('kun inde i Word')", timeout=30_000)
    assert page.is_disabled("#check")
