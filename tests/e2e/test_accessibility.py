"""axe-core (shipped by axe-playwright-python) on every state of the web page and of the Word
task pane: 0 serious or critical violations."""

from __future__ import annotations

import pytest

from .conftest import until
from .test_web_page import BAD_LETTER, finding, paste_letter, patch_findings

pytestmark = pytest.mark.e2e


def serious(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    # label-content-name-mismatch (visible text in the accessible name, for voice control) is
    # "experimental" in axe-core and off by default: switched on here
    results = Axe().run(page, options={"resultTypes": ["violations"],
                                       "rules": {"label-content-name-mismatch": {"enabled": True}}})
    out = []
    for v in results.response["violations"]:
        if v["impact"] in ("serious", "critical"):
            targets = [", ".join(map(str, n["target"])) for n in v["nodes"][:5]]
            out.append(f"{v['id']} ({v['impact']}, {len(v['nodes'])} elements): {v['help']} – {targets}")
    return out


def test_axe_finds_serious_violations_when_there_are_some(page, server_url):
    # the check can fail: a button without a name and low-contrast text are reported
    page.goto(server_url + "/")
    page.evaluate("""document.querySelector('main').append(Object.assign(document.createElement('button'), {className: 'x'}));
        const p = document.createElement('p'); p.textContent = 'svag tekst'; p.style.color = '#eee'; document.querySelector('main').append(p);
        const b = document.createElement('button'); b.textContent = 'Brug »Om«'; b.setAttribute('aria-label', 'Skift ordet ud');
        document.querySelector('main').append(b);""")
    found = " ".join(serious(page))
    assert "button-name" in found and "color-contrast" in found and "label-content-name-mismatch" in found


def test_empty_page(page, server_url):
    page.goto(server_url + "/")
    page.wait_for_selector("#findings p.none")
    assert serious(page) == []


def test_with_findings(page, server_url):
    paste_letter(page, server_url)
    finding(page, "idet").locator("details summary").first.click() if finding(page, "idet").locator("details").count() else None
    assert serious(page) == []
    # a finding's blank to fill, and the "ignorer altid" list
    patch_findings(page, lambda f: f.update(replaceable=True, suggestions=["Husk, at …"]) if f["text"] == "hermed" else None)
    page.click("#check-now")
    finding(page, "hermed").locator("button.fill-open").click()
    assert serious(page) == []
    finding(page, "idet").locator("button.ignore-always").click()
    page.click("#always-summary")
    assert serious(page) == []


def test_error_state(page, server_url):
    paste_letter(page, server_url)
    page.route("**/v1/analyze/paragraphs", lambda route: route.abort())
    page.click("#check-now")
    page.wait_for_selector("#findings .error-state")
    assert serious(page) == []


def test_rewrite_panel(page, server_url):
    paste_letter(page, server_url)
    page.click("#rewrite")
    page.wait_for_selector("#rewrite-panel:not([hidden]) li.change")
    assert serious(page) == []
    page.locator("#rewrite-changes button.accept-one").first.click()
    page.locator("#rewrite-changes button.reject-one").first.click()
    assert serious(page) == []


def test_reply_tab(page, server_url):
    page.goto(server_url + "/")
    page.click("#tab-reply")
    page.wait_for_selector("#field-navn")
    assert serious(page) == []
    page.fill("#incoming", "Jeg er virkelig vred! I har ikke svaret på min ansøgning i tre måneder, og jeg vil klage.")
    page.click("#triage-run")
    page.wait_for_selector("#triage-result .step")
    page.click("#template-render")
    page.wait_for_selector("#template-errors li")
    assert serious(page) == []


def test_phone_size(page, server_url):
    page.set_viewport_size({"width": 390, "height": 844})
    paste_letter(page, server_url, BAD_LETTER)
    assert serious(page) == []


def test_word_task_pane(page, server_url):
    from .test_word_addin import open_pane

    open_pane(page, server_url, api17=True)
    assert serious(page) == []
    until(page, "document.querySelectorAll('#findings li.finding').length > 0")
