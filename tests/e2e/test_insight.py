"""Insight end to end: a caseworker applies and ignores findings on the real page (its app.js
reports through /static/insight.js), and the counts appear on /indsigt."""

from __future__ import annotations

import re
import time

import pytest

from .conftest import _free_port, serve_in_thread, until
from .test_web_page import BAD_LETTER

pytestmark = pytest.mark.e2e


def _serve(monkeypatch, tmp_path, insight: str = "on", cors: list[str] | None = None):
    """A server of its own with an empty insight database (the settings are read at create_app)."""
    from borgertekst.api import Settings, create_app

    monkeypatch.setenv("BORGERTEKST_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("BORGERTEKST_INSIGHT_DEPARTMENT", "Borgerservice")
    monkeypatch.delenv("BORGERTEKST_DATABASE_URL", raising=False)
    monkeypatch.setenv("BORGERTEKST_INSIGHT", insight)
    port = _free_port()
    app = create_app(Settings(port=port, cors_origins=cors or []))
    url, server, thread = serve_in_thread(app, port)
    return url, app, server, thread


@pytest.fixture
def insight_server(monkeypatch, tmp_path):
    url, app, server, thread = _serve(monkeypatch, tmp_path)
    yield url, app
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def insight_cors_server(monkeypatch, tmp_path, host):
    url, app, server, thread = _serve(monkeypatch, tmp_path, cors=[host.origin])
    yield url, app
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def insight_off_server(monkeypatch, tmp_path):
    url, app, server, thread = _serve(monkeypatch, tmp_path, "off")
    yield url, app
    server.should_exit = True
    thread.join(timeout=10)


def _row(html: str, rule: str) -> dict | None:
    match = re.search(rf'<tr data-rule="{re.escape(rule)}"[^>]*>(.*?)</tr>', html, re.S)
    if not match:
        return None
    cells = {}
    for cls in ("shown", "applied", "ignored"):
        text = re.sub(r"<[^>]+>", "", re.search(rf'<td class="n {cls}">(.*?)</td>', match.group(1), re.S).group(1))
        numbers = re.findall(r"\d+", text.replace(".", ""))
        cells[cls] = int(numbers[-1])  # "70 % (7)": the count in brackets; "10": the count
    return cells


def test_applied_and_ignored_findings_are_counted_on_the_staff_page(browser, insight_server):
    url, app = insight_server
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="da-DK")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.set_default_timeout(15_000)
    try:
        page.goto(url + "/")
        until(page, "typeof window.borgertekstInsight === 'object'")
        page.fill("#editor", BAD_LETTER)
        page.wait_for_selector("#findings .finding")
        def items():
            return page.evaluate("""[...document.querySelectorAll('#findings .finding')].map((li) => ({
                rule: li.dataset.rule, quote: li.querySelector('.quote').textContent,
                accept: !!li.querySelector('button.accept:not(.fill-open)'),
                ignore: !!li.querySelector('button.ignore') && !!li.querySelector('button.ignore-always')}))""")

        def item(entry):
            rule = entry["rule"]
            return page.locator(f'#findings .finding[data-rule="{rule}"]',
                                has=page.locator(".quote", has_text=entry["quote"])).first

        def settle():
            until(page, "!document.querySelector('#status').textContent.includes('Tjekker')")
            page.wait_for_timeout(500)

        # three different rules: one whose suggestion is used, one ignored, one ignored always
        shown = [i["rule"] for i in items()]
        applied = next(i for i in items() if i["accept"])
        item(applied).locator("button.accept:not(.fill-open)").first.click()
        until(page, f"!document.querySelector('#editor').value.includes({applied['quote'].strip('»«')!r})")
        settle()
        ignored = next(i for i in items() if i["ignore"] and i["rule"] != applied["rule"])
        item(ignored).locator("button.ignore").click()
        settle()
        always = next(i for i in items() if i["ignore"] and i["rule"] not in (applied["rule"], ignored["rule"]))
        item(always).locator("button.ignore-always").click()
        settle()
        applied_rule, ignored_rule, always_rule = applied["rule"], ignored["rule"], always["rule"]

        # the caseworker leaves the letter: the page sends what is queued (and the letter's LIX bucket)
        page.goto(url + "/indsigt")
        deadline = time.monotonic() + 30
        while True:
            html = page.content()
            rows = {rule: _row(html, rule) for rule in (applied_rule, ignored_rule, always_rule)}
            measured = re.search(r'id="letters-measured">(\d+)<', html)
            if all(rows.values()) and measured and measured.group(1) == "1":
                break
            if time.monotonic() > deadline:
                pytest.fail(f"the counts did not reach /indsigt: {rows}, letters {measured and measured.group(1)}")
            time.sleep(0.5)
            page.reload()

        assert rows[applied_rule]["applied"] == 1
        assert rows[ignored_rule]["ignored"] == 1
        assert rows[always_rule]["ignored"] == 1
        for rule, cells in rows.items():
            # every finding of the rule on the first check was shown (a re-check may show more)
            assert cells["shown"] >= max(1, shown.count(rule)), (rule, cells, shown)
        store = app.state.insight.store
        assert app.state.insight.flush(10)
        counts = store.aggregate(["rule", "action"])
        assert counts[(applied_rule, "applied")] == 1 and counts[(ignored_rule, "ignored")] == 1
        assert counts[(always_rule, "ignored_always")] == 1
        assert store.aggregate(["client", "department"]) == {("page", "Borgerservice"): store.total()}
        (letter,) = store.aggregate(["letter_type", "lix", "words"], action="checked")
        assert letter[1] % 5 == 0 and letter[2] in (0, 50, 100)  # buckets, not the letter's exact figures
        assert "Borgerservice" in html and "<script" not in html
        assert not errors, errors
    finally:
        context.close()


def _insight_posts(page) -> list:
    posts = []
    page.on("request", lambda r: posts.append(r.post_data or "") if r.url.endswith("/v1/insight/events") else None)
    return posts


def test_with_insight_off_the_page_sends_no_events(browser, insight_off_server):
    url, app = insight_off_server
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    posts = _insight_posts(page)
    try:
        page.goto(url + "/")
        page.fill("#editor", BAD_LETTER)
        page.wait_for_selector("#findings .finding button.ignore")
        page.locator("#findings .finding button.ignore").first.click()
        assert page.evaluate("window.borgertekstInsight.flush()") == 0
        assert page.evaluate("window.borgertekstInsight.enabled()") is False
        page.goto(url + "/indsigt")
        assert page.locator("#insight-off").count() == 1
        page.wait_for_timeout(500)
        assert posts == []
        assert app.state.insight.store is None
    finally:
        context.close()


def test_insight_js_lets_only_known_fields_and_buckets_leave_the_browser(browser, insight_server):
    url, app = insight_server
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    posts = _insight_posts(page)
    try:
        page.goto(url + "/")
        until(page, "typeof window.borgertekstInsight === 'object'")
        accepted = page.evaluate("""[
            borgertekstInsight.report({action: 'ignored', rule: 'tone.tryk', category: 'tone', severity: 'warning',
                letter_type: 'afgoerelse', client: 'tinymce', lix: 47.3, words: 312,
                text: 'Hemmelig MARKØR', suggestion: 'MARKØR', department: 'MARKØR'}),
            borgertekstInsight.report({action: 'shown', rule: 'MARKØR og mere tekst'}),
            borgertekstInsight.report({action: 'kopieret', rule: 'tone.tryk'}),
            borgertekstInsight.report({action: 'applied', rule: 'tone.tryk', letter_type: 'MARKØR', client: 'MARKØR'}),
        ]""")
        assert accepted == [True, False, False, True]
        assert page.evaluate("window.borgertekstInsight.flush()") == 2
        assert len(posts) == 1 and "MARKØR" not in posts[0]
        import json

        first, second = json.loads(posts[0])
        assert first == {"action": "ignored", "rule": "tone.tryk", "category": "tone", "severity": "warning",
                         "letter_type": "afgoerelse", "client": "tinymce", "lix": 45, "words": 300}
        assert second == {"action": "applied", "rule": "tone.tryk", "client": "page"}  # bad values dropped
        assert app.state.insight.flush(10) and app.state.insight.store.total() == 2
    finally:
        context.close()


def test_a_page_embedding_the_plugins_reports_to_the_borgertekst_server(browser, host, insight_cors_server):
    """insight.js loaded from the borgertekst server into a case system's page (another origin)."""
    url, app = insight_cors_server
    host.pages["/sag.html"] = f"""<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Sag</title>
<script src="{url}/static/insight.js" data-client="browser"></script></head><body><textarea></textarea></body></html>"""
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    try:
        page.goto(host.origin + "/sag.html")
        until(page, "typeof window.borgertekstInsight === 'object'")
        assert page.evaluate("borgertekstInsight.report({action: 'applied', rule: 'tone.tryk', lix: 38, words: 120})")
        assert page.evaluate("window.borgertekstInsight.flush()") == 1
        assert app.state.insight.flush(10)
        assert app.state.insight.store.aggregate(["rule", "action", "client", "lix", "words"]) == {
            ("tone.tryk", "applied", "browser", 35, 100): 1}
    finally:
        context.close()
