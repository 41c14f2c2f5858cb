"""The web page as a caseworker uses it on long, real-looking letters: optional fields, errors
that clear the screen, the reader's place kept after each fix, highlights kept while typing,
one-Tab-stop findings list, blanks in suggestions, repeated words, the procedural-justice
panel, triage labels and Danish form labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import until
from .test_web_page import BAD_LETTER, finding, paste_letter, patch_answer, patch_findings

pytestmark = pytest.mark.e2e

LETTERS = Path(__file__).resolve().parents[1] / "letters"
OPTIONAL = ("suggestions", "explanation", "protects", "link", "replaceable", "rewritable", "occurrences", "count", "also_rules")


def long_letter() -> str:
    return "\n\n".join(p.read_text(encoding="utf-8").strip() for p in sorted(LETTERS.glob("*.txt")))


def listed(page) -> int:
    return page.locator("#findings li.finding").count()


def test_findings_without_optional_fields(page, server_url):
    # an unknown word has no dictionary suggestion; and every optional field may be absent
    patch_findings(page, lambda f: [f.pop(k, None) for k in OPTIONAL])
    with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs")) as info:
        paste_letter(page, server_url, "Kære Hans\n\nVi har modtaget din xqzvbrt idet du skrev.\n\nMed venlig hilsen\nSagsbehandler")
    body = info.value.json()
    total = sum(len(p["findings"]) for p in body["paragraphs"]) + len(body["letter_findings"])
    until(page, "/^\\d+ fund\\./.test(document.querySelector('#status').textContent)")
    assert listed(page) == total > 0
    assert page.locator("#findings .error-state").count() == 0
    # without `replaceable` nothing is offered as a replacement
    assert page.locator("#findings button.accept").count() == 0
    assert not page.errors, page.errors


def test_an_error_leaves_no_stale_findings(page, server_url):
    paste_letter(page, server_url)
    assert listed(page) > 3
    page.route("**/v1/analyze/paragraphs", lambda route: route.fulfill(
        status=500, content_type="application/problem+json",
        body='{"type":"about:blank","title":"Fejl","status":500,"detail":"Serveren kunne ikke tjekke brevet."}'))
    page.click("#check-now")
    page.wait_for_selector("#findings .error-state")
    assert listed(page) == 0
    assert page.locator(".bt-backdrop mark").count() == 0
    assert page.inner_text("#lix-value") == "–"
    assert "kunne ikke tjekke" in page.inner_text("#status")
    # a refused connection too
    page.unroute("**/v1/analyze/paragraphs")
    page.click("#check-now")
    page.wait_for_selector("#findings li.finding")
    page.route("**/v1/analyze/paragraphs", lambda route: route.abort())
    page.click("#check-now")
    page.wait_for_selector("#findings .error-state")
    assert listed(page) == 0 and "forbindelse" in page.inner_text("#status")


def test_a_fix_keeps_the_readers_place(page, server_url):
    page.set_viewport_size({"width": 1280, "height": 720})
    paste_letter(page, server_url, long_letter())
    assert listed(page) > 25
    side = "document.querySelector('.side')"
    for _ in range(2):
        # a replaceable finding in the middle of the list, scrolled into the panel's view
        index = page.evaluate("""(() => {
            const items = [...document.querySelectorAll('#findings li.finding')];
            const ok = items.filter((li) => li.querySelector('button.accept:not(.fill-open)'));
            const li = ok[Math.floor(ok.length / 2)];
            li.scrollIntoView({ block: 'center' });
            return items.indexOf(li);
        })()""")
        at = page.evaluate(f"(i) => document.querySelectorAll('#findings li.finding')[i].getBoundingClientRect().top - {side}.getBoundingClientRect().top", index)
        item = page.locator("#findings li.finding").nth(index)
        following = page.locator("#findings li.finding").nth(index + 1).get_attribute("data-key")
        before = page.evaluate(f"{side}.scrollTop")
        assert before > 300, "the list is long enough to scroll"
        with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs")):
            item.locator("button.accept").first.click()
        until(page, "document.activeElement && document.activeElement.classList.contains('jump')")
        after = page.evaluate(f"{side}.scrollTop")
        assert abs(after - before) < 400, (before, after)
        # the next finding is shown where the fixed one was
        now = page.evaluate(f"document.activeElement.closest('li.finding').getBoundingClientRect().top - {side}.getBoundingClientRect().top")
        assert abs(now - at) <= 2, (at, now)
        focused = page.evaluate("document.activeElement.closest('li.finding').dataset.key")
        rule, words = following.split("\u0000")[:2]
        assert focused.split("\u0000")[:2] == [rule, words], (focused, following)
    assert not page.errors, page.errors


def test_highlights_of_untouched_paragraphs_stay_while_typing(page, server_url):
    paste_letter(page, server_url)
    marks = page.locator(".bt-backdrop mark")
    before = marks.all_inner_texts()
    assert "Vedrørende" in before and "idet" in before
    # type at the end of the last paragraph; the check waits for a pause in typing
    page.focus("#editor")
    page.keyboard.press("Control+End")
    page.keyboard.type(" Tak", delay=20)
    now = marks.all_inner_texts()
    assert "Vedrørende" in now and "idet" in now and "hermed" in now
    # typing inside a highlighted word drops that highlight only, the others move with the text
    page.evaluate("""(() => { const e = document.querySelector('#editor'); const i = e.value.indexOf('Vedrørende');
        e.focus(); e.setSelectionRange(i, i); })()""")
    page.keyboard.type("X")
    now = marks.all_inner_texts()
    assert "Vedrørende" not in now and "XVedrørende" not in now and "idet" in now and "hermed" in now
    text = page.input_value("#editor")
    starts = page.evaluate("""[...document.querySelectorAll('.bt-layer mark')].map((m) => {
        let pos = 0; for (const n of document.querySelector('.bt-layer').childNodes) { if (n === m) return [pos, m.textContent]; pos += n.textContent.length; } })""")
    assert all(text[a:a + len(w)] == w for a, w in starts)


def test_findings_are_one_list_with_arrow_keys(page, server_url):
    paste_letter(page, server_url)
    total = listed(page)
    assert total > 5
    tab_stops = page.evaluate("""[...document.querySelectorAll('#findings button, #findings summary, #findings a[href]')]
        .filter((e) => e.tabIndex >= 0).map((e) => e.closest('li.finding').dataset.key)""")
    assert len(set(tab_stops)) == 1, "only one finding's controls are in the Tab order"
    page.focus("#editor")
    for _ in range(30):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('jump')"):
            break
    else:
        pytest.fail("the findings list is not reachable with Tab")
    keys = page.evaluate("[...document.querySelectorAll('#findings li.finding')].map((li) => li.dataset.key)")
    here = lambda: page.evaluate("document.activeElement.closest('li.finding').dataset.key")  # noqa: E731
    assert here() == keys[0]
    page.keyboard.press("ArrowDown")
    assert here() == keys[1]
    page.keyboard.press("End")
    assert here() == keys[-1]
    page.keyboard.press("ArrowUp")
    assert here() == keys[-2]
    page.keyboard.press("Home")
    assert here() == keys[0]
    # Tab from the list's controls leaves the list (one Tab stop per list, plus the current finding's buttons)
    controls = page.evaluate("document.activeElement.closest('li.finding').querySelectorAll('button, summary, a[href]').length")
    for _ in range(controls):
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('li.finding')") is None
    # every button's accessible name contains its visible text (voice control)
    bad = page.evaluate("""[...document.querySelectorAll('button[aria-label]')].filter((b) =>
        !b.getAttribute('aria-label').toLowerCase().includes(b.textContent.trim().toLowerCase())).map((b) => b.textContent)""")
    assert bad == []


def test_placeholder_is_a_blank_to_fill(page, server_url):
    patch_findings(page, lambda f: f.update(replaceable=True, suggestions=["Husk, at …"]) if f["text"] == "hermed" else None)
    paste_letter(page, server_url)
    item = finding(page, "hermed")
    button = item.locator("button.fill-open")
    assert button.inner_text() == "Brug »Husk, at ___«"
    button.click()
    blank = item.locator(".fill input.blank")
    assert page.evaluate("document.activeElement.classList.contains('blank')")
    item.locator(".fill button[type=submit]").click()
    assert "Udfyld" in item.locator(".fill [role=alert]").inner_text()
    assert "…" not in page.input_value("#editor").split("afslås")[0][-40:]
    # Escape closes the blank without inserting anything
    blank.focus()
    page.keyboard.press("Escape")
    assert item.locator(".fill").count() == 0
    assert page.evaluate("document.activeElement.classList.contains('fill-open')")
    button.click()
    blank.fill("du kan klage")
    item.locator(".fill button[type=submit]").click()
    until(page, "document.querySelector('#editor').value.includes('Husk, at du kan klage')")
    assert "Husk, at …" not in page.input_value("#editor")


def test_every_place_of_a_repeated_word_is_marked_and_fixed(page, server_url):
    text = "Kære Hans\n\nVi skriver idet du spurgte, og idet vi kan.\n\nMed venlig hilsen\nSagsbehandler"
    para = text.split("\n")[2]
    second = para.rindex("idet")

    def one_finding_two_places(f):
        if f["text"] == "idet" and f["start"] == para.index("idet"):
            f["occurrences"] = [{"start": second, "end": second + 4, "start_utf16": second, "end_utf16": second + 4,
                                 "line": 3, "column": second + 1, "paragraph": 2}]
            f["count"] = 2
            f["replaceable"] = True
            f["suggestions"] = ["fordi"]

    def drop_second(body):
        for p in body["paragraphs"]:
            p["findings"] = [f for f in p["findings"] if not (f["text"] == "idet" and f["start"] == second)]
            for f in p["findings"]:
                one_finding_two_places(f)

    patch_answer(page, "/v1/analyze/paragraphs", drop_second)
    paste_letter(page, server_url, text)
    item = finding(page, "idet")
    assert item.count() == 1
    assert "2 steder" in item.inner_text()
    index = item.get_attribute("data-index")
    assert page.locator(f".bt-backdrop mark[data-index='{index}']").count() == 2
    item.locator("button.accept").click()
    until(page, "document.querySelector('#editor').value.includes('og fordi vi kan')")
    assert page.input_value("#editor").split("\n")[2] == "Vi skriver fordi du spurgte, og fordi vi kan."


def test_element_status_shows_what_the_letter_does(page, server_url):
    status = {
        "indflydelse": {"status": "covered", "label": "Indflydelse", "reason": "Brevet siger, hvordan du klager."},
        "gennemskuelighed": {"status": "weak", "label": "Gennemskuelighed", "reason": "Begrundelsen er kort."},
        "tillid": {"status": "missing", "label": "Tillid", "reason": "Ingen kontaktperson."},
        "vaerdighed": {"status": "covered", "label": "Værdighed", "reason": "Tonen er venlig."},
    }
    patch_answer(page, "/v1/analyze/paragraphs", lambda body: body.update(element_status=status))
    paste_letter(page, server_url)
    text = page.inner_text("#elements")
    assert page.locator("#elements li.ok").count() == 2
    assert page.locator("#elements li.weak").count() == 1 and page.locator("#elements li.missing").count() == 1
    for st in status.values():
        assert st["reason"] in text
    assert "svagt" in text and "mangler" in text


def test_element_status_from_the_server_when_it_has_it(page, server_url):
    with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs")) as info:
        paste_letter(page, server_url, (LETTERS / "god-afslag-traek.txt").read_text(encoding="utf-8"))
    body = info.value.json()
    if "element_status" not in body:
        pytest.skip("this server does not send element_status yet (QUALITY, contract 4)")
    for key, st in body["element_status"].items():
        assert st["reason"] in page.inner_text("#elements")


def test_triage_shows_labels_and_nothing_for_empty_lists(page, server_url):
    answers = iter([
        {"signals": [], "signs": [], "reasons": [], "score": 0.9},
        {"signals": [{"kind": "demands", "label": "Krav", "text": "vred", "start": 16, "end": 20}],
         "signs": [{"kind": "demands", "text": "vred", "start": 16, "end": 20}], "reasons": ["Borgeren er vred."], "score": 0.62},
    ])
    patch_answer(page, "/v1/triage", lambda body: body.update(next(answers)))
    page.goto(server_url + "/")
    page.click("#tab-reply")
    page.fill("#incoming", "Jeg er virkelig vred! I har ikke svaret på min ansøgning i tre måneder.")
    page.click("#triage-run")
    page.wait_for_selector("#triage-result .step")
    text = page.inner_text("#triage-result")
    assert "null" not in text and "undefined" not in text and "Det har vi lagt mærke til" not in text
    assert "90 %" in text
    page.click("#triage-run")
    page.wait_for_selector("#triage-result mark.sign")
    text = page.inner_text("#triage-result")
    assert "Krav" in text and "demands" not in text and "Borgeren er vred." in text and "62 %" in text
    assert page.get_attribute("#triage-result mark.sign", "title") == "Krav"


def test_form_labels_are_danish(page, server_url):
    page.goto(server_url + "/")
    page.click("#tab-reply")
    page.wait_for_selector("#template-select option", state="attached")
    page.select_option("#template-select", "indkaldelse-moede")
    page.wait_for_selector("#field-formaal")
    assert page.inner_text("label[for=field-formaal]") == "Formål (skal udfyldes)"
    assert page.evaluate("getComputedStyle(document.querySelector('label[for=field-formaal]')).textTransform") == "none"


def test_rewrite_hints_are_shown_with_a_blank_never_applied(page, server_url):
    def add_hint(body):
        start = BAD_LETTER.index("Du har ikke indsendt")
        end = BAD_LETTER.index("skulle.") + len("skulle.")
        body.setdefault("hints", []).append({"rule": "tone.tryk-saetning", "start": start, "end": end,
                                            "old": BAD_LETTER[start:end], "hint": "Vi mangler stadig […] fra dig."})
    patch_answer(page, "/v1/rewrite", add_hint)
    paste_letter(page, server_url)
    page.click("#rewrite")
    page.wait_for_selector("#rewrite-hints:not([hidden])")
    assert "Vi mangler stadig ___ fra dig." in page.inner_text("#rewrite-hint-list")
    page.click("#rewrite-accept")
    until(page, "document.querySelector('#rewrite-panel').hidden")
    text = page.input_value("#editor")
    assert "Du har ikke indsendt" in text and "[…]" not in text
