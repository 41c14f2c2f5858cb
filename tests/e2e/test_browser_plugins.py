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


WRAPPING = ("Vedrørende din ansøgning om hjælp til merudgifter skriver vi til dig, idet vi har behandlet sagen "
            "og fundet, at betingelserne ikke er opfyldt. " * 14).strip()  # more than the textarea shows


@pytest.mark.parametrize("sizing", ["content-box", "border-box"])
def test_textarea_overlay_matches_the_host_pages_box_sizing(page, server_url, host, sizing):
    html = f"""<!doctype html><html lang="da"><head><style>
  textarea {{ box-sizing: {sizing}; width: 520px; height: 260px; padding: 10px 17px 12px 13px; border: 5px solid #444;
             margin: 9px 3px; font: 15px/1.45 Georgia, serif; letter-spacing: .2px; }}
</style></head><body><h1>Sag</h1>
<label for="brev">Brev</label><textarea id="brev">{WRAPPING}</textarea>
<script type="module">
import {{ BorgertekstClient }} from "{server_url}/plugins/shared/client.js";
import {{ attach }} from "{server_url}/plugins/browser/attach.js";
const link = document.createElement("link"); link.rel = "stylesheet"; link.href = "{server_url}/plugins/browser/borgertekst.css";
document.head.append(link);
window.checker = attach(document.getElementById("brev"), {{
  client: new BorgertekstClient({{ baseUrl: "{server_url}" }}),
  onResults: (report, findings) => {{ window.found = findings.map(f => f.text); }},
}});
window.checker.check();
</script></body></html>"""
    host.pages[f"/overlay-{sizing}.html"] = html
    page.goto(host.origin + f"/overlay-{sizing}.html")
    until(page, "window.found && window.found.includes('idet')")
    until(page, "document.querySelectorAll('.bt-backdrop mark').length > 3")
    m = page.evaluate("""(() => {
      const t = document.getElementById('brev'), b = document.querySelector('.bt-backdrop'), l = document.querySelector('.bt-layer');
      const rt = t.getBoundingClientRect(), rb = b.getBoundingClientRect();
      const inner = (e) => { const cs = getComputedStyle(e); return e.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight); };
      const cs = getComputedStyle(t);
      return { t: [rt.x, rt.y, rt.width, rt.height], b: [rb.x, rb.y, rb.width, rb.height], wt: inner(t), wb: inner(b),
               lines: l.getBoundingClientRect().height, content: t.scrollHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom),
               left: [rt.x + t.clientLeft + parseFloat(cs.paddingLeft), l.getBoundingClientRect().x],
               marks: [...document.querySelectorAll('.bt-backdrop mark')].map((x) => { const r = x.getBoundingClientRect(); return [r.x, r.right]; }) };
    })()""")
    assert all(abs(a - b) < 0.5 for a, b in zip(m["t"], m["b"])), m
    assert abs(m["wt"] - m["wb"]) < 0.5, m  # the text wraps in the same width
    assert abs(m["left"][0] - m["left"][1]) < 0.5, m  # and starts at the same x
    assert abs(m["lines"] - m["content"]) < 2, m  # so it has as many lines as the textarea
    right = m["t"][0] + m["t"][2]
    assert all(m["t"][0] <= x and r <= right for x, r in m["marks"]), m
    assert not page.errors, page.errors


PLUGINS = Path(__file__).resolve().parents[2] / "plugins"


def _refusing_site():
    # a second "case system" on an origin the server's BORGERTEKST_CORS_ORIGINS does not list;
    # it serves its own copy of the plugins, so only the API requests cross origins (and are refused)
    from .conftest import HostSite

    site = HostSite()
    site.static["/plugins/"] = PLUGINS
    return site


def test_refused_request_is_an_error_in_the_plugin(page, server_url):
    site = _refusing_site()
    try:
        site.pages["/sag.html"] = f"""<!doctype html><html lang="da"><body>
<div id="sag" contenteditable="true"><p>Vi kan ikke hjælpe, idet du ikke har sendt papirerne.</p></div>
<script type="module">
import {{ BorgertekstClient }} from "/plugins/shared/client.js";
import {{ attach }} from "/plugins/browser/attach.js";
window.checker = attach(document.getElementById("sag"), {{
  client: new BorgertekstClient({{ baseUrl: "{server_url}" }}),
  onResults: () => {{ window.outcome = "results"; }},
  onError: (err) => {{ window.outcome = "error: " + err.message; }},
}});
window.checker.check();
</script></body></html>"""
        page.goto(site.origin + "/sag.html")
        outcome = until(page, "window.outcome")
        assert outcome.startswith("error: ") and "forbindelse" in outcome
        assert any("CORS" in e for e in page.errors), page.errors  # really refused by the server's CORS policy
        assert page.evaluate("window.checker.findings.length") == 0 and page.evaluate("window.checker.error !== null")
    finally:
        site.httpd.shutdown()


def test_tinymce_says_when_the_server_refused(page, server_url):
    spec = importlib.util.find_spec("tinymce")
    if spec is None or spec.origin is None:
        pytest.fail("django-tinymce (test extra) is not installed; it ships TinyMCE for this test")
    site = _refusing_site()
    try:
        site.static["/tinymce/"] = Path(spec.origin).parent / "static" / "tinymce"
        site.pages["/tinymce.html"] = f"""<!doctype html><html lang="da"><head><script src="/tinymce/tinymce.min.js"></script></head><body>
<textarea id="brev"><p>Vi kan ikke hjælpe, idet du ikke har sendt papirerne.</p></textarea>
<script>
tinymce.init({{
  selector: "#brev", license_key: "gpl", menubar: false, toolbar: "undo redo | borgertekst",
  external_plugins: {{ borgertekst: "/plugins/browser/tinymce-plugin.js" }}, borgertekst_url: "{server_url}",
  setup: (ed) => {{ ed.on("BorgertekstError", (e) => {{ window.refused = e.message; }});
                   ed.on("BorgertekstResults", () => {{ window.results = true; }}); }},
}});
</script></body></html>"""
        page.goto(site.origin + "/tinymce.html")
        until(page, "window.refused")
        assert not page.evaluate("window.results || false")
        page.get_by_role("button", name="borgertekst").click()
        dialog = page.get_by_role("dialog")
        text = dialog.inner_text()
        assert "kunne ikke tjekke" in text and "Godt skrevet" not in text and "0 fund" not in text
        assert "fejl" in text
    finally:
        site.httpd.shutdown()
