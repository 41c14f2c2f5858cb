"""Two fixes in a row, the second made before the first fix's check has come back (a caseworker
who works quickly down the list): both are made, the text is intact around them, and the page
never says the text had changed under a fix it made."""

from __future__ import annotations

import pytest

from .conftest import until
from .test_web_page import BAD_LETTER, paste_letter

pytestmark = pytest.mark.e2e

# The first fix's check answers only after the second fix's check: a newer check supersedes it.
HOLD_FIRST_CHECK = """(() => {
  const original = window.fetch;
  let n = 0, release;
  const gate = new Promise((resolve) => { release = resolve; });
  window.__checks = 0;
  window.fetch = async (...args) => {
    const url = String(args[0] && args[0].url ? args[0].url : args[0]);
    if (!url.includes('/analyze/paragraphs')) return original(...args);
    const k = ++n;
    const response = await original(...args);
    if (k === 1) await gate; else setTimeout(release, 100);
    window.__checks += 1;
    return response;
  };
})()"""


def replaceable(page) -> list[dict]:
    return page.evaluate("""(() => [...document.querySelectorAll('#findings li.finding')].map((li, i) => {
      const b = li.querySelector('button.accept:not(.fill-open)');
      if (!b) return null;
      const from = Number(li.dataset.key.split('\\u0000').pop());
      const places = li.dataset.places.split(' ').filter(Boolean).map((p) => p.split('-').map(Number));
      return { i, from, places, label: b.textContent };
    }).filter(Boolean))()""")


def test_two_fixes_in_a_row_are_both_made_and_reported_as_made(page, server_url):
    paste_letter(page, server_url, BAD_LETTER)
    candidates = [c for c in replaceable(page) if len(c["places"]) == 1]
    assert len(candidates) >= 2, "the letter has two single-place findings with a replacement"
    first, second = candidates[0], candidates[-1]
    text = page.input_value("#editor")
    suggestion = lambda c: c["label"][len("Brug »"):-1]  # noqa: E731
    expected = text
    for c in sorted((first, second), key=lambda c: -c["places"][0][0]):
        a, b = c["places"][0]
        expected = expected[:a] + suggestion(c) + expected[b:]
    page.evaluate("""(() => { window.__statuses = [];
      new MutationObserver(() => window.__statuses.push(document.querySelector('#status').textContent))
        .observe(document.querySelector('#status'), { childList: true, characterData: true, subtree: true }); })()""")
    page.evaluate(HOLD_FIRST_CHECK)
    page.evaluate("""([i, j]) => {
      const items = [...document.querySelectorAll('#findings li.finding')];
      const a = items[i].querySelector('button.accept:not(.fill-open)');
      const b = items[j].querySelector('button.accept:not(.fill-open)');
      a.click(); b.focus(); b.click();
    }""", [first["i"], second["i"]])
    until(page, "window.__checks >= 2")
    page.wait_for_timeout(300)
    assert page.input_value("#editor") == expected
    statuses = page.evaluate("window.__statuses")
    assert not any(s.startswith("Teksten er ændret") for s in statuses), statuses
    assert page.inner_text("#status").startswith(f"Rettet til »{suggestion(second)}«"), page.inner_text("#status")
    # the reader's place: focus on a finding of the list
    assert page.evaluate("document.activeElement.classList.contains('jump')")
    assert not page.errors, page.errors


def test_a_fix_on_text_changed_since_the_check_is_refused_and_said_so(page, server_url):
    # the counterpart: a finding whose words were edited is not replaced, and the page says why
    paste_letter(page, server_url, BAD_LETTER)
    c = [c for c in replaceable(page) if len(c["places"]) == 1][0]
    a, b = c["places"][0]
    page.evaluate("""([a, b]) => {
      const e = document.querySelector('#editor');
      e.value = e.value.slice(0, a) + 'X' + e.value.slice(a + 1);
    }""", [a, b])  # changed without an input event: the list still offers the old words
    before = page.input_value("#editor")
    page.locator("#findings li.finding").nth(c["i"]).locator("button.accept:not(.fill-open)").click()
    until(page, "document.querySelector('#status').textContent.startsWith('Teksten er ændret')")
    assert page.input_value("#editor") == before
