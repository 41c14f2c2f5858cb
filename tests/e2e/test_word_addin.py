"""The Word task pane against a stand-in for office.js / the Word JavaScript API (tests/e2e/word_standin.js).
It has not run inside Word; the stand-in implements only the calls the adapter makes."""

from __future__ import annotations

import json
from pathlib import Path
from xml.dom import minidom

import pytest

from .conftest import until

pytestmark = pytest.mark.e2e

STANDIN = (Path(__file__).parent / "word_standin.js").read_text(encoding="utf-8")
OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
DOCUMENT = ["Kære Hans", "", "Vedrørende din ansøgning 😀 skriver vi til dig.",
            "Vi kan ikke hjælpe, idet du ikke har sendt papirerne, og vi skriver idet vi må."]


def open_pane(page, server_url, api17: bool):
    page.add_init_script(f"window.__wordParagraphs = {json.dumps(DOCUMENT)}; window.__wordApi17 = {str(api17).lower()};")
    page.route(OFFICE_JS, lambda route: route.fulfill(status=200, content_type="text/javascript", body=STANDIN))
    page.goto(server_url + "/word/taskpane.html")
    page.wait_for_selector("#status:has-text('Klar')")
    page.click("#check")
    page.wait_for_selector("#findings li.finding")
    page.wait_for_selector("#status:has-text('fund')")


def state(page):
    return page.evaluate("window.__word")


def item(page, quote):
    return page.locator("li.finding", has=page.locator("strong", has_text=f"»{quote}«"))


def test_annotations_select_and_apply(page, server_url):
    open_pane(page, server_url, api17=True)
    s = state(page)
    assert "markeret" in page.inner_text("#status")
    assert s["comments"] == []
    # annotations carry UTF-16 offsets within the paragraph (the emoji counts as two)
    starts = {(a["index"], a["start"], a["length"]) for a in s["annotations"]}
    p3 = DOCUMENT[3]
    assert (3, p3.index("idet"), 4) in starts and (3, p3.rindex("idet"), 4) in starts
    assert (2, 0, len("Vedrørende")) in starts
    # "Vis" on the second "idet" selects that occurrence
    item(page, "idet").nth(1).locator("button.show").click()
    until(page, "window.__word.selection !== null")
    assert state(page)["selection"] == {"index": 3, "start": p3.rindex("idet"), "end": p3.rindex("idet") + 4, "text": "idet"}
    # "Brug" replaces the text in the document, the pane re-checks, the finding goes
    item(page, "Vedrørende").locator("button.accept").first.click()
    until(page, "window.__word.paragraphs[2].startsWith('Om din ansøgning')")
    item(page, "Vedrørende").wait_for(state="detached")
    # marks are renewed, not piled up
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
    idet = [c for c in live if DOCUMENT[c["index"]][c["start"]:c["end"]] == "idet"]
    assert len(idet) == 2
    # checking again replaces the add-in's own comments
    page.click("#check")
    until(page, f"window.__word.comments.filter(c => !c.deleted).length === {len(live)}")


def test_ignore_in_word(page, server_url):
    open_pane(page, server_url, api17=True)
    item(page, "Vedrørende").locator("button.ignore").click()
    assert item(page, "Vedrørende").count() == 0


def test_manifest_is_valid_xml_and_points_at_the_task_pane(server_url):
    import urllib.request

    with urllib.request.urlopen(server_url + "/word/manifest.xml") as r:
        doc = minidom.parseString(r.read())
    source = doc.getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")
    assert source.endswith("/word/taskpane.html") and source.startswith("https://")
    assert doc.getElementsByTagName("Permissions")[0].firstChild.data == "ReadWriteDocument"
    with urllib.request.urlopen(server_url + "/word/taskpane.html") as r:
        csp = r.headers["content-security-policy"]
        assert "https://appsforoffice.microsoft.com" in csp and "frame-ancestors 'none'" not in csp
