"""The web page in headless Chromium: paste a bad letter, highlights, accept, ignore, triage, reply."""

from __future__ import annotations

import pytest

from .conftest import until

pytestmark = pytest.mark.e2e

BAD_LETTER = """Kære Hans Jensen

Vedrørende Deres ansøgning om hjælp til merudgifter.

Ansøgningen er blevet behandlet af forvaltningen, og der kan i henhold til servicelovens § 41 ikke bevilges hjælp, idet betingelserne ikke er opfyldt, hvorfor ansøgningen hermed afslås.

Du har ikke indsendt den dokumentation, som du skulle.

Med venlig hilsen
Sagsbehandler"""


def patch_findings(page, change):
    """Pass every finding of the paragraph endpoint's answers through `change` (in place)."""
    def handle(route):
        response = route.fetch()
        body = response.json()
        for p in body["paragraphs"]:
            for f in p["findings"]:
                change(f)
        for f in body["letter_findings"]:
            change(f)
        route.fulfill(response=response, json=body)
    page.route("**/v1/analyze/paragraphs", handle)


def patch_answer(page, path, change):
    def handle(route):
        response = route.fetch()
        body = response.json()
        change(body)
        route.fulfill(response=response, json=body)
    page.route(f"**{path}", handle)


def paste_letter(page, server_url, text=BAD_LETTER):
    page.goto(server_url + "/")
    page.fill("#editor", text)
    page.wait_for_selector("#findings .finding")


def finding(page, quote):
    return page.locator("#findings .finding", has=page.locator(".quote", has_text=f"»{quote}«"))


def test_paste_highlight_accept(page, server_url):
    paste_letter(page, server_url)
    # highlights in the overlay, one per category colour class
    assert page.locator(".bt-backdrop mark.bt-klarsprog").count() >= 3
    assert page.locator(".bt-backdrop mark", has_text="Vedrørende").count() == 1
    # side panel grouped by category, LIX and word count
    assert page.locator("#findings section.group h3", has_text="Klarsprog").count() == 1
    assert float(page.inner_text("#lix-value").replace(",", ".")) > 0
    assert int(page.inner_text("#word-count")) > 30
    assert "fund" in page.inner_text("#status")
    # accept a suggestion: the text changes, the finding disappears
    f = finding(page, "Vedrørende")
    assert f.count() == 1
    f.locator("button.accept").first.click()
    until(page, "document.querySelector('#editor').value.includes('Om Deres ansøgning')")
    finding(page, "Vedrørende").wait_for(state="detached")
    assert "Vedrørende" not in page.input_value("#editor")
    assert page.locator(".bt-backdrop mark", has_text="Vedrørende").count() == 0
    assert not page.errors, page.errors


def test_click_finding_selects_text(page, server_url):
    paste_letter(page, server_url)
    finding(page, "idet").locator("button.jump").click()
    selected = page.evaluate("(() => { const e = document.querySelector('#editor'); return e.value.slice(e.selectionStart, e.selectionEnd); })()")
    assert selected == "idet"
    assert page.evaluate("document.activeElement.id") == "editor"
    assert page.locator(".bt-backdrop mark.bt-active").inner_text() == "idet"


def test_ignore_is_for_this_letter_and_ignorer_altid_can_be_undone(page, server_url):
    paste_letter(page, server_url)
    # Ignorer: gone in this letter, focus stays in the findings list
    finding(page, "hermed").locator("button.ignore").click()
    assert finding(page, "hermed").count() == 0
    assert page.evaluate("document.activeElement.closest('li.finding') !== null")
    assert page.is_visible("#reset-ignored")
    # the next letter shows it again (Ignorer is for this letter only)
    page.fill("#editor", "Kære Ida\n\nVi sender hermed svaret på din ansøgning.\n\nMed venlig hilsen\nSagsbehandler")
    finding(page, "hermed").wait_for()
    # Ignorer altid: gone in every letter, listed with an undo
    finding(page, "hermed").locator("button.ignore-always").click()
    assert finding(page, "hermed").count() == 0
    assert page.is_visible("#always-ignored")
    assert page.inner_text("#always-count") == "1"
    page.reload()
    page.fill("#editor", BAD_LETTER)
    finding(page, "idet").wait_for()
    assert finding(page, "hermed").count() == 0
    page.click("#always-summary")
    assert "»hermed«" in page.inner_text("#always-list")
    page.locator("#always-list button.undo-ignore").click()
    finding(page, "hermed").wait_for()
    assert page.is_hidden("#always-ignored")
    assert not page.errors, page.errors


def test_procedural_justice_elements(page, server_url):
    paste_letter(page, server_url)
    items = page.locator("#elements li")
    assert items.count() == 4
    assert page.locator("#elements li.missing, #elements li.weak").count() >= 1
    assert "Værdighed" in page.inner_text("#elements")


def test_recheck_after_edit_changes_one_paragraph(page, server_url):
    paste_letter(page, server_url)
    calls = []
    page.on("request", lambda r: calls.append(r.post_data_json) if r.url.endswith("/v1/analyze/paragraphs") else None)
    with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs")) as info:
        page.focus("#editor")
        page.keyboard.press("Control+End")
        page.keyboard.type(" Vi gør det idet vi kan.")
    body = info.value.json()
    assert sum(1 for p in body["paragraphs"] if not p["cached"]) == 1
    assert calls  # debounced: typing many keys sent few requests
    assert len(calls) <= 3


def test_keyboard_only(page, server_url):
    paste_letter(page, server_url)
    # the tabs work with arrow keys, findings are buttons reachable with Tab
    page.focus("#tab-check")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-reply"
    assert page.is_visible("#panel-reply") and not page.is_visible("#panel-check")
    page.keyboard.press("ArrowLeft")
    assert page.is_visible("#panel-check")
    page.focus("#editor")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('jump')"):
            break
    else:
        pytest.fail("no finding reachable with Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "editor"
    # every form control has a label
    unlabeled = page.evaluate("""[...document.querySelectorAll('textarea, input, select')]
        .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id)""")
    assert unlabeled == []
    assert page.get_attribute("#status", "aria-live") == "polite"


def test_triage_and_reply_into_editor(page, server_url):
    page.goto(server_url + "/")
    page.click("#tab-reply")
    page.fill("#incoming", "Jeg er virkelig vred! I har ikke svaret på min ansøgning i tre måneder, og jeg vil klage.")
    page.click("#triage-run")
    page.wait_for_selector("#triage-result .step")
    assert page.inner_text("#triage-result .step")
    # the signs are marked in the citizen's own words
    marks = page.locator("#triage-result blockquote mark.sign").all_inner_texts()
    assert marks and all(m in page.input_value("#incoming") for m in marks)
    template = page.input_value("#template-select")
    assert template
    page.click("#template-example")
    name = page.input_value("#field-navn")
    assert name
    page.click("#template-render")
    page.wait_for_selector("#panel-check:not([hidden])")
    until(page, "document.querySelector('#editor').value.length > 100")
    assert name in page.input_value("#editor")
    page.wait_for_selector("#status:has-text('fund')")
    assert not page.errors, page.errors


def test_template_errors_are_shown(page, server_url):
    page.goto(server_url + "/")
    page.click("#tab-reply")
    page.wait_for_selector("#field-navn")
    page.click("#template-render")
    page.wait_for_selector("#template-errors li")
    assert page.locator("#template-errors li").count() >= 1


def test_rewrite_is_a_list_of_changes_taken_one_by_one(page, server_url):
    paste_letter(page, server_url)
    with page.expect_response(lambda r: r.url.endswith("/v1/rewrite")) as info:
        page.click("#rewrite")
    assert info.value.status == 200, info.value.text()
    result = info.value.json()
    changes = sorted(result["changes"], key=lambda c: c["start"])
    assert len(changes) >= 3, "the bad letter has rewritable findings"
    page.wait_for_selector("#rewrite-panel:not([hidden])")
    assert page.locator("#rewrite-changes li.change").count() == len(changes)
    assert page.inner_text("#rewrite-summary").startswith(f"{len(changes)} ændringer.")
    assert page.inner_text("#rewrite-accept") == f"Brug alle {len(changes)} ændringer"
    # the accept-all button comes before the list
    assert page.evaluate("""document.querySelector('#rewrite-accept').compareDocumentPosition(
        document.querySelector('#rewrite-changes')) & Node.DOCUMENT_POSITION_FOLLOWING""")
    assert page.evaluate("document.activeElement.id") == "rewrite-title"
    first = page.locator("#rewrite-changes li.change").nth(0)
    assert first.locator("del").inner_text() == changes[0]["old"] and first.locator("ins").inner_text() == changes[0]["new"]
    # accept the first, reject the second; focus moves on to the next change each time
    first.locator("button.accept-one").click()
    assert page.evaluate("document.activeElement.closest('li.change').dataset.index") == "1"
    page.locator("#rewrite-changes li.change").nth(1).locator("button.reject-one").click()
    assert page.evaluate("document.activeElement.closest('li.change').dataset.index") == "2"
    text = page.input_value("#editor")
    assert changes[0]["new"] in text and changes[1]["old"] in text
    # accept the rest from the top
    page.click("#rewrite-accept")
    until(page, "document.querySelector('#rewrite-panel').hidden")
    expected = BAD_LETTER
    for c in sorted(changes, key=lambda c: -c["start"]):
        if c is not changes[1]:
            expected = expected[:c["start"]] + c["new"] + expected[c["end"]:]
    assert page.input_value("#editor") == expected
    page.wait_for_selector("#status:has-text('fund')")
    assert not page.errors, page.errors


def test_one_change_is_singular(page, server_url):
    paste_letter(page, server_url, "Kære Hans\n\nVi skriver til dig vedrørende din ansøgning.\n\nMed venlig hilsen\nSagsbehandler")
    with page.expect_response(lambda r: r.url.endswith("/v1/rewrite")) as info:
        page.click("#rewrite")
    n = len(info.value.json()["changes"])
    page.wait_for_selector("#rewrite-panel:not([hidden])")
    assert n == 1, info.value.json()
    assert page.inner_text("#rewrite-summary").startswith("1 ændring.")
    assert "1 ændringer" not in page.inner_text("#rewrite-panel")
    # Escape closes the panel and gives focus back
    page.keyboard.press("Escape")
    until(page, "document.querySelector('#rewrite-panel').hidden")
    assert page.evaluate("document.activeElement.id") == "rewrite"


def test_open_word_file(page, server_url, tmp_path):
    import docx

    d = docx.Document()
    for p in ["Kære Hans", "Vedrørende din ansøgning skriver vi til dig.", "Med venlig hilsen"]:
        d.add_paragraph(p)
    path = tmp_path / "brev.docx"
    d.save(path)
    page.goto(server_url + "/")
    page.set_input_files("#open-docx", str(path))
    until(page, "document.querySelector('#editor').value.includes('Vedrørende din ansøgning')")
    assert page.input_value("#editor") == "Kære Hans\n\nVedrørende din ansøgning skriver vi til dig.\n\nMed venlig hilsen"
    page.wait_for_selector("#findings .finding")
    assert finding(page, "Vedrørende").count() == 1
    # a broken file gives a Danish message, not a crash
    bad = tmp_path / "i-stykker.docx"
    bad.write_bytes(b"PK\x03\x04 ikke et dokument")
    page.set_input_files("#open-docx", str(bad))
    page.wait_for_selector("#status:has-text('Word')")
    assert "beskadiget" in page.inner_text("#status") or "gyldigt" in page.inner_text("#status")


CONTRAST_JS = """() => {
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
    const [r, g, b, a = 1] = m[1].split(/[ ,\\/]+/).filter(Boolean).map(Number); return { r, g, b, a }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor);
    if (c && c.a > 0.5) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
  const out = [];
  for (const el of document.querySelectorAll('body *')) {
    if (el.closest('.bt-backdrop, textarea, [hidden], script, style, option')) continue;
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.data.trim());
    if (!own || !el.getClientRects().length) continue;
    const cs = getComputedStyle(el);
    const fg = parse(cs.color), bg = background(el);
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    const size = parseFloat(cs.fontSize), bold = Number(cs.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) out.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} < ${need} (${el.textContent.trim().slice(0, 30)})`);
  }
  return out;
}"""


def test_text_contrast(page, server_url):
    paste_letter(page, server_url)
    assert page.evaluate(CONTRAST_JS) == []
    page.click("#tab-reply")
    page.wait_for_selector("#field-navn")
    assert page.evaluate(CONTRAST_JS) == []


def test_text_without_words_is_not_praised(page, server_url):
    page.goto(server_url + "/")
    page.fill("#editor", "😀 — !")
    page.locator("#findings p.none", has_text="intet at tjekke").wait_for()
    page.fill("#editor", "Tak for dit brev. Vi svarer dig inden fredag den 4. december. "
                         "Har du spørgsmål, kan du ringe til mig på 12 34 56 78.")
    page.locator("#findings p.none", has_text="Godt skrevet").wait_for()
    assert not page.errors, page.errors


CLOSING_LETTER = ("Kære Hans\n\nDu har ikke indsendt den dokumentation, som du skulle. "
                  "Vi gør opmærksom på, at sagen vil blive lukket.\n\nMed venlig hilsen\nSagsbehandler")


def test_rewrite_button_comes_with_its_own_answer_and_the_list_does_not_wait(page, server_url):
    # the check shows the findings at once; "Foreslå omskrivning" comes when /v1/rewrite/spans says the
    # paragraph's rewrite changes the finding (held back here until the list is on screen)
    patch_findings(page, lambda f: f.update(rewritable=f["text"] == "blive lukket"))
    held = []
    page.route("**/v1/rewrite/spans", lambda route: held.append(route))
    paste_letter(page, server_url, CLOSING_LETTER)
    item = finding(page, "blive lukket")
    item.wait_for()
    until(page, "document.querySelector('.bt-backdrop mark') !== null")
    assert held, "the page did not ask which rewrites change something"
    asked = held[0].request.post_data_json
    assert asked["text"] == CLOSING_LETTER.split("\n")[2] and asked["letter_type"]
    assert item.locator("button.rewrite-one").count() == 0
    for route in held:
        route.continue_()
    item.locator("button.rewrite-one").wait_for()
    # only there: no other finding was offered a rewrite
    assert page.locator("#findings button.rewrite-one").count() == 1
    assert not page.errors, page.errors


def test_no_rewrite_button_where_the_rewrite_changes_nothing(page, server_url):
    # the rule offers a rewrite (`rewritable`), but the paragraph's rewrite changes nothing there: no button
    patch_findings(page, lambda f: f.update(rewritable=f["text"] == "blive lukket"))
    answered = []

    def nothing(route):
        answered.append(route.request.post_data_json)
        route.fulfill(status=200, json={"spans": [{"start": 0, "end": 4, "start_utf16": 0, "end_utf16": 4}]})
    page.route("**/v1/rewrite/spans", nothing)
    with page.expect_response("**/v1/rewrite/spans"):
        paste_letter(page, server_url, CLOSING_LETTER)
    item = finding(page, "blive lukket")
    item.wait_for()
    page.wait_for_timeout(300)  # the answer has come and was read
    assert answered
    assert item.locator("button.rewrite-one").count() == 0
    assert page.locator("#findings button.ignore").count() >= 1
    assert not page.errors, page.errors


def test_rewrite_one_finding_sends_its_paragraph(page, server_url):
    # the button shows only where the rule offers a rewrite (`rewritable`) and the paragraph's rewrite
    # changes the finding (/v1/rewrite/spans); mark the one finding this test needs as offered
    patch_findings(page, lambda f: f.update(rewritable=f["text"] == "blive lukket"))
    text = ("Kære Hans 😀\n\nDu har ikke indsendt den dokumentation 📄, som du skulle. "
            "Vi gør opmærksom på, at sagen vil blive lukket.\n\nMed venlig hilsen\nSagsbehandler")
    paste_letter(page, server_url, text)
    item = finding(page, "blive lukket")
    with page.expect_request(lambda r: r.url.endswith("/v1/rewrite")) as info:
        item.locator("button.rewrite-one").click()
    # the finding's paragraph is rewritten (what the server tried when it offered the button), and only the
    # changes that touch the finding are shown, placed by code points (the 📄 before it counts as one)
    line = next(line for line in text.split("\n") if "blive lukket" in line)
    assert info.value.post_data_json["text"] == line
    assert info.value.post_data_json.get("only_span") is None
    page.wait_for_selector("#rewrite-panel:not([hidden])")
    assert page.locator("#rewrite-changes ins").count() >= 1
    assert "ved fundet" in page.inner_text("#rewrite-summary")
    page.click("#rewrite-accept")
    until(page, "document.querySelector('#rewrite-panel').hidden")
    assert "Vi gør opmærksom på" not in page.input_value("#editor")
    assert "😀" in page.input_value("#editor")
    assert not page.errors, page.errors


def test_footer_links_to_the_api_reference(page, server_url):
    page.goto(server_url + "/")
    page.click("footer >> text=API-dokumentation")
    page.wait_for_url("**/schema")
    assert page.locator("h1").count() == 1 and "API" in page.inner_text("h1")
    assert not page.errors, page.errors


def test_after_a_fix_focus_goes_to_the_fixed_words_flagged_again_in_place(page, server_url):
    # "træffes endelig beslutning" → "besluttes": the next finding (passive "træffes") went with the fix, and the
    # new words are passive too; focus goes to that one in its place, not to the passive after it (EVAL eval5, 15)
    text = ("Kære Lise\n\nForinden der træffes endelig beslutning, gives du lejlighed til at komme med bemærkninger.\n\n"
            "Venlig hilsen\nCenter for Handicap")
    paste_letter(page, server_url, text)
    item = finding(page, "træffes endelig beslutning")
    button = item.locator("button.accept").first
    if not button.count() or "besluttes" not in button.inner_text():
        pytest.skip("this rule set suggests no drop-in 'besluttes' for the nominal style")
    assert finding(page, "træffes").count() and finding(page, "gives").count()
    button.click()
    focused = until(page, "document.activeElement && document.activeElement.classList.contains('jump') && "
                          "document.activeElement.closest('li.finding').querySelector('.quote').textContent")
    assert focused == "»besluttes«", focused
    assert not page.errors, page.errors
