"""At phone size the findings panel sits below the letter: a fix must not scroll the page up to
the letter. The next finding gets focus and is shown where the fixed one was on the screen."""

from __future__ import annotations

import pytest

from .conftest import until
from .test_web_page import paste_letter
from .test_web_reading import long_letter

pytestmark = pytest.mark.e2e

PICK = """(() => {
  const items = [...document.querySelectorAll('#findings li.finding')];
  const ok = items.filter((li) => li.querySelector('button.accept:not(.fill-open)'));
  const li = ok[Math.floor(ok.length / 2)];
  li.scrollIntoView({ block: 'center' });
  return { i: items.indexOf(li), top: li.getBoundingClientRect().top, y: window.scrollY,
           next: items[items.indexOf(li) + 1].dataset.key.split('\\u0000').slice(0, 2).join('|') };
})()"""


@pytest.mark.parametrize("size", [(390, 844), (1280, 720)])
def test_a_fix_keeps_the_finding_on_screen_where_it_was(page, server_url, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    paste_letter(page, server_url, long_letter())
    for _ in range(3):
        target = page.evaluate(PICK)
        if size[0] < 900:
            assert target["y"] > 400, "at phone size the panel is reached by scrolling the page"
        with page.expect_response(lambda r: r.url.endswith("/v1/analyze/paragraphs")):
            page.locator("#findings li.finding").nth(target["i"]).locator("button.accept:not(.fill-open)").first.click()
        until(page, "document.activeElement && document.activeElement.classList.contains('jump') && "
                    "document.querySelector('#status').textContent.startsWith('Rettet til')")
        now = page.evaluate("document.activeElement.closest('li.finding').getBoundingClientRect().top")
        assert abs(now - target["top"]) <= 50, (target, now)
        focused = page.evaluate("document.activeElement.closest('li.finding').dataset.key.split('\\u0000').slice(0, 2).join('|')")
        assert focused == target["next"]
    assert not page.errors, page.errors
