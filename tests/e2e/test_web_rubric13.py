"""The panel's rubric on the web page (PANEL, session 13): under "Det skal borgeren kunne mærke" a closed <details>
says per element what dækket / svagt / mangler means, with one example each, and it passes axe when open."""

from __future__ import annotations

import pytest

from .test_accessibility import serious

pytestmark = pytest.mark.e2e


def test_the_rubric_is_on_the_page_and_readable(page, server_url):
    page.goto(server_url + "/")
    page.wait_for_selector("#element-rubric-body section", state="attached")
    sections = page.locator("#element-rubric-body section.rubric-element")
    assert sections.count() == 4
    assert page.locator("#element-rubric").get_attribute("open") is None  # closed until asked for
    page.click("#element-rubric summary")
    for key in ("indflydelse", "gennemskuelighed", "tillid", "vaerdighed"):
        section = page.locator(f"#element-rubric-body section[data-element='{key}']")
        assert section.locator("dt").all_inner_texts() == ["Dækket", "Svagt", "Mangler"]
        assert section.locator("dd .hint").count() == 3  # an example for each status
        assert all(t.startswith("Eksempel: »") for t in section.locator("dd .hint").all_inner_texts())
    assert serious(page) == []
