"""The browser plugin in another web page: a contenteditable element, and TinyMCE (real TinyMCE,
shipped by the django-tinymce package) loading the plugin cross-origin."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from .conftest import until


pytestmark = pytest.mark.e2e

LETTER = ["Kære Hans", "Vedrørende din ansøgning skriver vi til dig.",
          "Vi kan ikke hjælpe, idet du ikke har sendt papirerne."]


def test_attach_to_contenteditable_in_another_page(page, server_url, host):
    html = f"""<!doctype html><html lang="da"><body>
<div id="sag" contenteditable="true">{''.join(f'<p>{p}</p>' for p in LETTER)}</div>
<script type="module">
import {{ BorgertekstClient }} from "{server_url}/plugins/shared/client.js";
import {{ attach }} from "{server_url}/plugins/browser/attach.js";
const checker = attach(document.getElementById("sag"), {{
  client: new BorgertekstClient({{ baseUrl: "{server_url}" }}),
  stylesheet: "{server_url}/plugins/browser/borgertekst.css",
  onResults: (report, findings) => {{ window.found = findings.map(f => f.text); }},
}});
window.checker = checker;
checker.check();
</script></body></html>"""
    host.pages["/sag.html"] = html
    page.goto(host.origin + "/sag.html")
    until(page, "window.found && window.found.includes('idet')")
    assert page.evaluate("CSS.highlights.get('bt-klarsprog').size") >= 2
    # accept through the checker: the DOM text changes, the finding goes
    page.evaluate("""(async () => {
        const f = window.checker.findings.find(f => f.text === 'Vedrørende');
        await window.checker.apply(f, f.suggestions[0]);
    })()""")
    until(page, "!window.found.includes('Vedrørende')")
    assert page.inner_text("#sag p:nth-child(2)").startswith("Om din ansøgning")
    # select a finding: the browser selection covers it
    page.evaluate("window.checker.select(window.checker.findings.find(f => f.text === 'idet'))")
    assert page.evaluate("getSelection().toString()") == "idet"


def test_tinymce_plugin(page, server_url, host):
    spec = importlib.util.find_spec("tinymce")
    if spec is None or spec.origin is None:
        pytest.fail("django-tinymce (test extra) is not installed; it ships TinyMCE for this test")
    static = Path(spec.origin).parent / "static" / "tinymce"
    content = "".join(f"<p>{p}</p>" for p in LETTER)
    html = f"""<!doctype html><html lang="da"><head><script src="/tinymce/tinymce.min.js"></script></head><body>
<textarea id="brev">{content}</textarea>
<script>
tinymce.init({{
  selector: "#brev", license_key: "gpl", menubar: false, toolbar: "undo redo | borgertekst",
  external_plugins: {{ borgertekst: "{server_url}/plugins/browser/tinymce-plugin.js" }},
  setup: (ed) => ed.on("BorgertekstResults", (e) => {{ window.found = e.findings.map(f => f.text); }}),
}});
</script></body></html>"""
    host.pages["/tinymce.html"] = html
    host.static["/tinymce/"] = static
    page.goto(host.origin + "/tinymce.html")
    until(page, "window.found && window.found.includes('idet')")
    assert page.evaluate("tinymce.activeEditor.getWin().CSS.highlights.get('bt-klarsprog').size") >= 2
    page.get_by_role("button", name="borgertekst").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_role("button", name="Brug »Om«").click()
    until(page, "!window.found.includes('Vedrørende')")
    assert "Om din ansøgning" in page.evaluate("tinymce.activeEditor.getContent({format: 'text'})")
    # the change is one undo step in TinyMCE
    page.evaluate("tinymce.activeEditor.undoManager.undo()")
    assert "Vedrørende" in page.evaluate("tinymce.activeEditor.getContent({format: 'text'})")
    # typing in the editor triggers a re-check
    page.evaluate("tinymce.activeEditor.setContent('<p>Vi skriver hermed til dig.</p>')")
    until(page, "window.found && window.found.includes('hermed')")
