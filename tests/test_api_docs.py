"""The API reference page at /schema: every operation, request fields from the schema, no
scripts / inline styles / external addresses (our CSP), and everything from the schema escaped."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEY = "k" * 24


class Page(HTMLParser):
    """Every tag with its attributes, and the text inside each element with an id or aria-labelledby."""

    VOID = {"meta", "link", "br", "img", "input", "hr", "source", "wbr", "col", "area", "base", "embed"}
    BLOCK = {"p", "br", "li", "td", "th", "tr", "caption", "div", "h1", "h2", "h3", "h4", "pre", "table",
             "section", "article", "nav", "header", "footer", "main", "ul", "ol"}

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text_by_id: dict[str, str] = {}
        self.text_by_label: dict[str, str] = {}
        self.text_parts: list[str] = []
        self._open: list[tuple[str, dict, list[str]]] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in self.BLOCK:
            self.handle_data(" ")
        if tag not in self.VOID:
            self._open.append((tag, attrs, []))

    def handle_endtag(self, tag):
        if tag in self.BLOCK:
            self.handle_data(" ")
        while self._open:
            name, attrs, parts = self._open.pop()
            text = "".join(parts)
            if self._open:
                self._open[-1][2].append(text)
            if attrs.get("id"):
                self.text_by_id[attrs["id"]] = text
            if attrs.get("aria-labelledby"):
                self.text_by_label[attrs["aria-labelledby"]] = text
            if name == tag:
                break

    def handle_data(self, data):
        self.text_parts.append(data)
        if self._open:
            self._open[-1][2].append(data)

    def find(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture(scope="module")
def served():
    from litestar.testing import TestClient

    from borgertekst.api import Settings, create_app

    with TestClient(create_app(Settings(), preload=False)) as c:
        page = c.get("/schema")
        spec = c.get("/schema/openapi.json").json()
        css = c.get("/static/apidocs.css")
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    return page, spec, css


@pytest.fixture(scope="module")
def html(served):
    return served[0].text


@pytest.fixture(scope="module")
def spec(served):
    return served[1]


@pytest.fixture(scope="module")
def parsed(html):
    return Page(html)


def operations(spec):
    for path, item in spec["paths"].items():
        for method in METHODS:
            if method in item:
                yield path, method, item[method]


def article_of(parsed: Page, method: str, path: str) -> str:
    """The text of the operation's <article>, found through its heading."""
    for article in parsed.find("article", **{"class": "op"}):
        heading = article["aria-labelledby"]
        if squash(parsed.text_by_id.get(heading, "")) == f"{method.upper()} {path}":
            return squash(parsed.text_by_label[heading])
    raise AssertionError(f"no section for {method.upper()} {path}")


def test_every_operation_in_the_schema_is_on_the_page(spec, parsed):
    ops = list(operations(spec))
    assert len(ops) >= 10  # the real API, not an empty schema
    headings = {squash(parsed.text_by_id[a["aria-labelledby"]]) for a in parsed.find("article", **{"class": "op"})}
    expected = {f"{method.upper()} {path}" for path, method, _ in ops}
    assert headings == expected
    # and each one is in the table of contents, linking to its heading
    toc_links = {a["href"] for a in parsed.find("a") if a.get("href", "").startswith("#op-")}
    anchors = {a["aria-labelledby"] for a in parsed.find("article", **{"class": "op"})}
    assert {"#" + a for a in anchors} == toc_links


def test_each_operation_shows_its_summary_parameters_and_status_codes(spec, parsed):
    for path, method, op in operations(spec):
        text = article_of(parsed, method, path)
        if op.get("summary"):
            assert op["summary"] in text, (method, path)
        for param in op.get("parameters", []):
            assert param["name"] in text, (method, path, param["name"])
        for status in op["responses"]:
            assert re.search(rf"\b{status}\b", text), (method, path, status)


def test_request_field_descriptions_and_enums_from_the_schema_appear(spec, parsed):
    components = spec["components"]["schemas"]
    checked = 0
    for path, method, op in operations(spec):
        for media in (op.get("requestBody") or {}).get("content", {}).values():
            ref = media["schema"].get("$ref", "")
            if not ref.startswith("#/components/schemas/"):
                continue
            text = article_of(parsed, method, path)
            assert ref.rsplit("/", 1)[1] in text  # the data type is named (and linked)
            for name, prop in components[ref.rsplit("/", 1)[1]].get("properties", {}).items():
                assert name in text, (path, name)
                if prop.get("description"):
                    assert squash(prop["description"].replace("`", "")) in text, (path, name)
                    checked += 1
    assert checked >= 3
    rewrite = article_of(parsed, "post", "/v1/rewrite")
    assert "Omskriv kun her: [start, slut]" in rewrite
    assert "only_span liste [heltal, heltal], eller null nej" in rewrite  # name, type, not required
    assert "text tekst ja" in rewrite
    analyze = article_of(parsed, "post", "/v1/analyze")
    assert "Tilladte værdier: afgoerelse, andet, indkaldelse" in analyze
    documents = article_of(parsed, "post", "/v1/documents")
    assert "multipart/form-data" in documents and "file fil" in documents


def test_responses_have_a_danish_meaning_and_link_their_data_type(parsed):
    analyze = article_of(parsed, "post", "/v1/analyze")
    assert "200 OK application/json: AnalyzedReport" in analyze
    assert "401 Mangler adgang API-nøgle mangler eller er forkert." in analyze
    assert "Request fulfilled" not in analyze  # Litestar's English default is replaced
    assert parsed.find("a", href="#type-analyzedreport") and parsed.find("h3", id="type-analyzedreport")
    assert parsed.find("a", href="#type-problem")


def test_every_link_inside_the_page_has_a_target(parsed):
    ids = {a["id"] for _, a in parsed.tags if "id" in a}
    for link in parsed.find("a"):
        if link.get("href", "").startswith("#"):
            assert link["href"][1:] in ids, link["href"]


def test_no_scripts_inline_styles_or_external_addresses(served, html, parsed):
    from borgertekst.api.security import STRICT_CSP

    page, _, css = served
    assert page.headers["content-security-policy"] == STRICT_CSP
    assert not parsed.find("script") and not parsed.find("style")
    for tag, attrs in parsed.tags:
        assert "style" not in attrs, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        for name in ("href", "src", "action", "srcset", "poster", "data"):
            value = attrs.get(name)
            if value is not None:
                assert value.startswith(("/", "#", "data:")) and not value.startswith("//"), (tag, name, value)
    assert not re.search(r"https?://", html, re.I)
    assert "<script" not in html.lower()
    sheets = parsed.find("link", rel="stylesheet")
    assert [s["href"] for s in sheets] == ["/static/apidocs.css"]
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "@import" not in css.text and not re.search(r"url\(|https?://", css.text)


def test_page_is_danish_with_headings_and_a_table_of_contents(parsed):
    assert parsed.find("html", lang="da")
    assert len(parsed.find("h1")) == 1 and len(parsed.find("main")) == 1
    assert parsed.find("nav", **{"aria-labelledby": "toc-title"})
    for section in ("kom-i-gang", "adgang", "fejl", "kald", "datatyper"):
        assert parsed.find("h2", id=section) and parsed.find("a", href="#" + section)
    assert parsed.find("a", href="/schema/openapi.json")
    access = squash(parsed.text_by_id["adgang"])
    assert access == "Adgang og API-nøgler"


def test_access_section_matches_how_the_server_behaves(html):
    """What the page says about keys is what the server does."""
    from litestar.testing import TestClient

    from borgertekst.api import Settings, create_app

    assert "Authorization: Bearer &lt;nøgle&gt;" in html and "BORGERTEKST_API_KEYS" in html
    assert "sat op uden API-nøgler" in squash(html)
    with TestClient(create_app(Settings(api_keys=[KEY]), preload=False)) as c:
        keyed = c.get("/schema")
        assert keyed.status_code == 200  # "denne side kræver ingen nøgle"
        assert "Denne server kræver en API-nøgle." in squash(keyed.text)
        assert c.get("/health").status_code == 200
        assert c.post("/v1/triage", json={"text": "Hej"}).status_code == 401
        assert c.post("/v1/triage", json={"text": "Hej"}, headers={"Authorization": f"Bearer {KEY}"}).status_code != 401
        assert c.get("/schema/openapi.json").status_code == 200


# A small hand-made schema: the page must escape what it shows and resolve $ref.
EVIL = "<script>alert('x')</script>"
HAND_MADE = {
    "openapi": "3.1.0",
    "info": {"title": "Prøve <b>API</b>", "version": "2", "description": f"Intro {EVIL}"},
    "paths": {
        "/v1/ting/{id}": {
            "post": {
                "summary": f"Gem {EVIL}",
                "description": "Brug `a<b>` og <img src=x onerror=alert(1)>",
                "parameters": [{"name": "id\"><script>", "in": "path", "required": True,
                                "schema": {"type": "integer", "minimum": 1}, "description": "Tingens nummer"}],
                "requestBody": {"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/Ting<x>"}}}},
                "responses": {
                    "201": {"description": "Created", "content": {"application/json": {
                        "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Ting<x>"}}}}},
                    "422": {"description": f"Forkert {EVIL}"},
                },
            },
        },
    },
    "components": {"schemas": {"Ting<x>": {
        "type": "object", "required": ["navn"], "description": "En ting",
        "properties": {
            "navn": {"type": "string", "description": f"Tingens navn {EVIL}", "maxLength": 80},
            "farve": {"anyOf": [{"enum": ["rød", "</td><script>x</script>"]}, {"type": "null"}]},
            "mærker": {"type": "array", "items": {"type": "string"}},
        },
    }}},
}


@pytest.fixture(scope="module")
def hand_made():
    from borgertekst.api.apidocs import render_reference

    html = render_reference(HAND_MADE)
    return html, Page(html)


def test_everything_from_the_schema_is_escaped(hand_made):
    html, parsed = hand_made
    assert "<script" not in html.lower()
    assert not parsed.find("script") and not parsed.find("img") and not parsed.find("b")
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<code>a&lt;b&gt;</code>" in html  # backticks become <code>, the inside stays escaped
    assert "&lt;/td&gt;&lt;script&gt;x&lt;/script&gt;" in html  # an enum value
    text = squash("".join(parsed.text_parts))
    assert f"Tingens navn {EVIL}" in text  # shown as text, not run
    assert f"Gem {EVIL}" in text and 'id"><script>' in text


def test_hand_made_schema_fields_are_resolved_through_ref(hand_made):
    html, parsed = hand_made
    text = squash("".join(parsed.text_parts))
    assert "POST /v1/ting/{id}" in text
    assert "navn tekst ja Tingens navn" in text and "højst 80 tegn" in text
    assert "farve tekst eller null nej Tilladte værdier: rød" in text
    assert "mærker liste med tekst nej" in text
    assert "id\"><script> sti heltal ja Tingens nummer Regler: mindst 1" in text
    anchor = parsed.find("h3", id="type-ting-x")
    assert anchor and parsed.find("a", href="#type-ting-x")
    assert "201 Oprettet application/json: liste med Ting<x>" in text
    assert "422 Indholdet kan ikke bruges Forkert" in text
    assert "Created" not in text  # the generic English phrase gives way to the Danish meaning
