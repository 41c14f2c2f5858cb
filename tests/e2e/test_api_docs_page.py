"""The API reference at /schema in headless Chromium, under the server's own CSP."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.e2e

# Injected by Playwright (not subject to the page's CSP): records every CSP violation.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def test_api_reference_loads_offline_without_csp_violations(page, server_url):
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.add_init_script(WATCH_CSP)
    response = page.goto(server_url + "/schema")
    page.wait_for_load_state("load")
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert page.locator("h1").inner_text() == "API-reference"
    assert page.evaluate("document.documentElement.lang") == "da"
    # the stylesheet came through the CSP: the header has the page's accent colour
    assert page.evaluate("getComputedStyle(document.querySelector('.top')).backgroundColor") == "rgb(11, 79, 138)"
    assert page.evaluate("document.styleSheets.length") == 1
    assert page.locator("article.op").count() >= 10
    # the table of contents leads to an operation and its request fields
    page.click("nav.toc a[href='#op-post-v1-analyze']")
    assert page.evaluate("location.hash") == "#op-post-v1-analyze"
    op = page.locator("article.op", has=page.locator("h3#op-post-v1-analyze"))
    assert op.locator("table.fields th[scope=row] code", has_text="text").count() == 1
    assert op.locator("a[href='#type-analyzerequest']").count() == 1
    page.click("a[href='#type-analyzerequest']")
    assert page.locator("h3#type-analyzerequest").is_visible()
    assert page.evaluate("window.__csp") == []
    assert not page.errors, page.errors
    assert requests and all(url.startswith(server_url + "/") for url in requests), requests
    assert not any("/v1/" in url for url in requests)  # the page fetches nothing from the API


def test_json_schema_link_works(page, server_url):
    page.goto(server_url + "/schema")
    href = page.get_attribute("a:text('OpenAPI-beskrivelsen som JSON')", "href")
    assert href == "/schema/openapi.json"
    response = page.request.get(server_url + href)
    assert response.ok
    assert "/v1/analyze" in response.json()["paths"]
    assert not page.errors, page.errors
