"""The HTTP API: reports, paragraph re-checks, documents, rules, templates, errors."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from api_helpers import BAD_LETTER, client, docx_bytes
from borgertekst.document import Document, decode_text
from borgertekst.report import to_json


@pytest.fixture(scope="module")
def api(analyzer):
    with client() as c:
        yield c


def assert_problem(response, status):
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    # Danish detail
    assert any(ch in body["detail"] for ch in "æøå") or any(
        w in body["detail"].lower() for w in (" er ", " ikke", "send", "findes")
    ), body["detail"]
    return body


def test_health(api):
    r = api.get("/health")
    assert r.status_code == 200
    assert r.json()["status"] == "ok" and r.json()["rules"] > 0


def test_analyze_is_the_check_json_report(api, analyzer):
    r = api.post("/v1/analyze", json={"text": BAD_LETTER})
    assert r.status_code == 200
    # what `check --format json -` prints for the same text
    expected = json.loads(to_json(analyzer.analyze(Document.from_text(decode_text(BAD_LETTER.encode())))))
    body = r.json()
    # plus `rewritable` on each finding (contract 6) and, where "Brug" has text for it,
    # `replacement` (test_api_replacement.py), which the CLI does not print
    assert all(isinstance(f.pop("rewritable"), bool) for f in body["findings"])
    replacements = [f.pop("replacement") for f in body["findings"] if "replacement" in f]
    assert replacements and all(set(r) == {"start", "end", "start_utf16", "end_utf16", "text"} for r in replacements)
    assert body == expected
    assert {f["rule"] for f in body["findings"]} >= {"klarsprog.kancellisprog", "klarsprog.tiltale"}


def test_analyze_with_letter_type(api):
    r = api.post("/v1/analyze", json={"text": BAD_LETTER, "letter_type": "afgoerelse"})
    assert r.status_code == 200
    body = r.json()
    assert body["letter_type"] == "afgoerelse"
    assert any(f["category"] == "struktur" for f in body["findings"])


def _paragraphs(text: str) -> list[dict]:
    return [{"id": f"p{i}", "text": p} for i, p in enumerate(t for t in text.split("\n") if t.strip())]


def test_paragraphs_match_whole_letter_analysis(api):
    paras = _paragraphs(BAD_LETTER)
    r = api.post("/v1/analyze/paragraphs", json={"paragraphs": paras, "letter_type": "afgoerelse"})
    assert r.status_code == 200
    body = r.json()
    whole = api.post("/v1/analyze", json={"text": "\n\n".join(p["text"] for p in paras),
                                          "letter_type": "afgoerelse"}).json()
    # absolute positions of every paragraph finding, in the joined text
    starts, pos = {}, 0
    for p in paras:
        starts[p["id"]] = pos
        pos += len(p["text"]) + 2
    got = set()
    for result, para in zip(body["paragraphs"], paras):
        assert result["id"] == para["id"]
        for f in result["findings"]:
            assert para["text"][f["start"]:f["end"]] == f["text"]
            got.add((f["rule"], starts[para["id"]] + f["start"], starts[para["id"]] + f["end"]))
    for f in body["letter_findings"]:
        got.add((f["rule"], starts[f["paragraph_id"]] + f["start"], starts[f["paragraph_id"]] + f["end"]))
    expected = {(f["rule"], f["start"], f["end"]) for f in whole["findings"]}
    assert got <= expected
    # the documented difference: a sentence-initial "De" is polite address only when
    # the same paragraph uses it unambiguously (the whole letter does here)
    joined = "\n\n".join(p["text"] for p in paras)
    assert {(r, joined[s:e]) for r, s, e in expected - got} == {("klarsprog.tiltale", "De")}
    assert body["metrics"]["lix"] == whole["metrics"]["lix"]
    assert body["metrics"]["words"] == whole["metrics"]["words"]
    assert body["elements"] == whole["elements"]
    assert any(f["category"] == "struktur" for f in body["letter_findings"])
    assert not any(f["category"] == "struktur" for p in body["paragraphs"] for f in p["findings"])


def test_paragraph_recheck_costs_one_paragraph(analyzer):
    with client() as c:
        paras = _paragraphs(BAD_LETTER)
        first = c.post("/v1/analyze/paragraphs", json={"paragraphs": paras}).json()
        assert first["cache"] == {"hits": 0, "misses": len(paras)}
        # the edit keeps the refusal, so the letter type (part of every paragraph's key) stays
        paras[2] = {"id": "p2", "text": "Vi skriver til Dem, fordi ansøgningen hermed afslås."}
        second = c.post("/v1/analyze/paragraphs", json={"paragraphs": paras}).json()
        assert second["cache"] == {"hits": len(paras) - 1, "misses": 1}
        assert [p["cached"] for p in second["paragraphs"]] == [i != 2 for i in range(len(paras))]
        assert second["paragraphs"][2]["findings"][0]["text"] == "Dem"


def test_paragraph_cache_is_bounded():
    from borgertekst.api.paragraphs import ParagraphChecker
    from borgertekst.api.schemas import ParagraphIn, ParagraphsRequest
    from borgertekst.engine import default_analyzer

    checker = ParagraphChecker(max_entries=3)
    request = ParagraphsRequest([ParagraphIn(str(i), f"Afsnit nummer {i} idet.") for i in range(6)])
    checker.check(default_analyzer(), request)
    assert len(checker) == 3


def test_paragraph_cache_forgets_old_entries():
    from borgertekst.api.paragraphs import ParagraphChecker
    from borgertekst.api.schemas import ParagraphIn, ParagraphsRequest
    from borgertekst.engine import default_analyzer

    now = [0.0]
    checker = ParagraphChecker(max_entries=100, max_age=60, clock=lambda: now[0])
    request = ParagraphsRequest([ParagraphIn("a", "Vi skriver idet du spurgte.")])
    assert checker.check(default_analyzer(), request).cache.misses == 1
    now[0] = 30
    assert checker.check(default_analyzer(), request).cache.hits == 1
    now[0] = 100
    assert checker.check(default_analyzer(), request).cache.misses == 1  # expired, analysed again
    now[0] = 200
    checker.check(default_analyzer(), ParagraphsRequest([ParagraphIn("b", "Noget andet.")]))
    assert len(checker) == 1  # the expired entry was dropped when a new one came


def test_paragraph_offsets_in_utf16(api):
    text = "Tak 😀 for din besked idet vi svarer."
    r = api.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": "x", "text": text}]})
    f = next(f for f in r.json()["paragraphs"][0]["findings"] if f["text"] == "idet")
    assert text[f["start"]:f["end"]] == "idet"
    units = text.encode("utf-16-le")
    assert units[2 * f["start_utf16"]:2 * f["end_utf16"]].decode("utf-16-le") == "idet"
    assert f["start_utf16"] == f["start"] + 1
    assert f["replaceable"] is True


def test_advice_is_not_replaceable(api):
    r = api.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": "x", "text": "Ansøgningen er blevet behandlet."}]})
    passive = [f for f in r.json()["paragraphs"][0]["findings"] if f["rule"] == "klarsprog.passiv"]
    assert passive and not passive[0]["replaceable"]


def test_empty_paragraph_list(api):
    r = api.post("/v1/analyze/paragraphs", json={"paragraphs": []})
    assert r.status_code == 200
    assert r.json()["paragraphs"] == [] and r.json()["letter_findings"] == []


def test_document_upload():
    with client() as c:
        data = docx_bytes(["Kære Hans", "Vedrørende din ansøgning.", "Vi har modtaget den idet du skrev."])
        r = c.post("/v1/documents", files={"file": ("brev.docx", data,
                   "application/vnd.openxmlformats-officedocument.wordprocessingml.document")})
        assert r.status_code == 200, r.text
        body = r.json()
        assert [p["text"] for p in body["paragraphs"]][1] == "Vedrørende din ansøgning."
        findings = body["report"]["findings"]
        for index, ids in enumerate(body["findings_by_paragraph"]):
            for i in ids:
                f = findings[i]
                para = body["paragraphs"][index]
                assert f["paragraph"] == index
                assert para["text"][f["start"] - para["start"]:f["end"] - para["start"]] == f["text"]
        assert any(f["text"] == "idet" and f["paragraph"] == 2 for f in findings)
        typed = c.post("/v1/documents?letter_type=afgoerelse", files={"file": ("brev.docx", data)})
        assert typed.json()["report"]["letter_type"] == "afgoerelse"
        assert_problem(c.post("/v1/documents?letter_type=roman", files={"file": ("brev.docx", data)}), 400)


def test_broken_and_hostile_documents():
    with client(max_docx_bytes=200_000) as c:
        assert_problem(c.post("/v1/documents", files={"file": ("brev.docx", b"PK\x03\x04 not a zip")}), 422)
        bomb = io.BytesIO()
        with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("word/document.xml", b"<" + b"a" * 50_000_000)
        body = assert_problem(c.post("/v1/documents", files={"file": ("bombe.docx", bomb.getvalue())}), 422)
        assert "zip-bombe" in body["detail"]
        assert_problem(c.post("/v1/documents", files={"file": ("stor.docx", b"PK" + b"x" * 300_000)}), 413)
        assert_problem(c.post("/v1/documents", files={"andet": ("brev.docx", b"x")}), 400)


def test_problem_details(api):
    assert "JSON" in assert_problem(api.post("/v1/analyze", content=b"{ikke json",
                                             headers={"content-type": "application/json"}), 400)["detail"]
    body = assert_problem(api.post("/v1/analyze", json={"text": 5}), 400)
    assert any("text" in e for e in body["errors"])
    assert_problem(api.post("/v1/analyze", json={"tekst": "hej"}), 400)
    assert_problem(api.post("/v1/analyze", json={"text": "hej", "letter_type": "roman"}), 400)
    assert_problem(api.post("/v1/analyze/paragraphs", json={"paragraphs": [{"id": 1, "text": "x"}]}), 400)
    assert_problem(api.get("/findes-ikke"), 404)
    assert_problem(api.get("/v1/analyze"), 405)


def test_body_limit_is_configurable():
    with client(max_text_bytes=2000) as c:
        assert c.post("/v1/analyze", json={"text": "Hej. " * 100}).status_code == 200
        assert_problem(c.post("/v1/analyze", json={"text": "Hej. " * 1000}), 413)


def test_rules(api):
    rules = api.get("/v1/rules").json()
    ids = {r["id"] for r in rules}
    assert "klarsprog.kancellisprog" in ids
    one = api.get("/v1/rules/klarsprog.kancellisprog").json()
    assert one["id"] == "klarsprog.kancellisprog" and one["type"] == "wordlist" and one["entries"]
    assert_problem(api.get("/v1/rules/findes.ikke"), 404)


def test_openapi_schema(api):
    schema = api.get("/schema/openapi.json").json()
    assert "/v1/analyze/paragraphs" in schema["paths"]
    assert "/v1/documents" in schema["paths"]


def test_openapi_documents_problem_details_for_errors():
    with client() as c:
        spec = c.get("/schema/openapi.json").json()
    for path, item in spec["paths"].items():
        if not path.startswith("/v1"):
            continue
        for operation in item.values():
            for status in ("400", "404", "413", "429"):
                content = operation["responses"][status]["content"]
                assert "detail" in content["application/problem+json"]["schema"]["properties"], (path, status)


def test_paragraph_check_survives_a_rule_that_times_out(monkeypatch):
    from borgertekst.matchers.function import FunctionMatcher

    real = FunctionMatcher.find

    def slow(self, analysis):
        if self.rule.id == "struktur.klagevejledning":  # a letter-level rule for decisions
            raise TimeoutError("regex timed out")
        return real(self, analysis)

    monkeypatch.setattr(FunctionMatcher, "find", slow)
    with client() as c:
        r = c.post("/v1/analyze/paragraphs", json={"letter_type": "afgoerelse", "paragraphs": [
            {"id": "a", "text": "Kære Ida"}, {"id": "b", "text": "Du får ikke hjælpen."}]})
    assert r.status_code == 200
    assert any("sprunget over" in n for n in r.json()["notices"])
